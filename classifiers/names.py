"""Person-name lists from a general source: the first and last names of Faker's person
providers (MIT; 80+ locales, compiled from national name statistics), kept as a snapshot
in `classifiers/data/` (rebuilt by `benchmarks/build_name_lists.py`) so that Faker is
not needed at run time.

A capitalised ordinary word must not read as a person, so the frequent English words
that are also names are left out.
"""

from __future__ import annotations

import gzip
import importlib.resources
import re
import unicodedata
from functools import cache, lru_cache


def words(text: str) -> frozenset[str]:
    """A word list written as text, one or more a line."""
    return frozenset(text.split())

# Frequent English words that are also frequent census names; as a capitalised word at
# the start of a sentence or in a title they are almost never a person.
COMMON_WORDS = words("""
will may june april august mark bill grant rose hope faith joy grace dawn summer autumn
winter sunny page king young long white black brown green gray grey love bell hall hill
wood woods stone price rich major street lane way little small golden silver christian
english french german irish dutch welsh rock ray don ben sky star sun rain storm case
best good west north south east park field house ford church rice bird fox wolf hunter
baker miller cook carter porter banks waters rivers lake pool marsh sharp strong short
wise noble power powers new city street road march trust money cash chase pay care law
justice prince princess queen duke royal lady lord
""")


def _read(name: str) -> frozenset[str]:
    raw = importlib.resources.files("classifiers").joinpath("data", f"{name}.txt.gz")
    text = gzip.decompress(raw.read_bytes()).decode("utf-8")
    return frozenset(
        w for w in text.splitlines() if w and not w.startswith("#") and w not in COMMON_WORDS)


@cache
def first_names() -> frozenset[str]:
    return _read("first_names")


@cache
def surnames() -> frozenset[str]:
    return _read("surnames")


@cache
def _local_table() -> dict[tuple[str, str], frozenset[str]]:
    """(language, "first" | "last") -> names: `local_names.tsv.gz`, the most common names
    of each language's countries (names-dataset, MIT; rebuilt by
    `benchmarks/build_local_names.py`)."""
    raw = importlib.resources.files("classifiers").joinpath("data", "local_names.tsv.gz")
    table: dict[tuple[str, str], set[str]] = {}
    for line in gzip.decompress(raw.read_bytes()).decode("utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        language, kind, name = line.split("\t")
        table.setdefault((language, kind), set()).add(name)
    return {key: frozenset(names) for key, names in table.items()}


def name_languages() -> frozenset[str]:
    """The languages with a name source of their own."""
    return frozenset(language for language, _ in _local_table())


FOLDED_SOURCES = frozenset({"pl"})
"""Languages whose names names-dataset writes without their diacritics ("bronislaw",
"sliwinski"): a word of the text is looked up folded as well."""


@lru_cache(maxsize=1 << 16)
def fold(word: str) -> str:
    """`word` without diacritics ("Śliwiński" → "Sliwinski", "Łukasz" → "Lukasz")."""
    folded = unicodedata.normalize("NFKD", word)
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return plain.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("đ", "d")


class FoldedNames(frozenset):
    """A name list that also answers for a word written with diacritics its source left
    out: "bronisław" is listed as "bronislaw"."""

    def __contains__(self, word: object) -> bool:
        return frozenset.__contains__(self, word) or (
            isinstance(word, str) and frozenset.__contains__(self, fold(word)))


def _for_language(language: str, names: frozenset[str]) -> frozenset[str]:
    if language not in FOLDED_SOURCES:
        return names
    return FoldedNames(names | {fold(name) for name in names})


@cache
def local_first_names(language: str) -> frozenset[str]:
    """First names of the language's countries, and Faker's of every locale."""
    return _for_language(language,
                         _local_table().get((language, "first"), frozenset()) | first_names())


@cache
def local_surnames(language: str) -> frozenset[str]:
    return _for_language(language,
                         _local_table().get((language, "last"), frozenset()) | surnames())


@cache
def all_first_names() -> frozenset[str]:
    """First names of every language's countries: a name travels."""
    table = _local_table()
    return frozenset().union(*(names for (_, kind), names in table.items()
                               if kind == "first")) | first_names()


@cache
def common_words(language: str) -> frozenset[str]:
    """Words that texts in `language` use at least once in a million (wordfreq, CC BY-SA
    4.0; `common_words.tsv.gz`, rebuilt by `benchmarks/build_common_words.py`): in text
    written in lower case, a word outside them beside other signs of a name is a name."""
    return frozenset(re.findall(rf"(?m)^{re.escape(language)}\t(.*)$", _common_text()))


@cache
def common_anywhere() -> frozenset[str]:
    """The common words of every language the snapshot holds."""
    return frozenset(re.findall(r"(?m)^[a-z]+\t(.*)$", _common_text()))


def common_form(word: str, language: str) -> bool:
    """Is `word` a common word of `language` as an address or an inflection writes it:
    without diacritics ("scolarite"), German umlauts spelled out ("buero"), or inflected
    from one ("adopcje", "adopciones", "méditations")?"""
    plain, stems = _folded_common_words(language)
    folded = fold(word.replace("ß", "ss"))
    forms = {folded, folded.replace("ue", "u").replace("oe", "o").replace("ae", "a")} \
        if language == "de" else {folded}
    return any(form in plain or len(_stem(form)) >= 5 and _stem(form) in stems
               for form in forms)


def _stem(word: str) -> str:
    """The word without the vowels and the "s" its inflections end in ("adopcj")."""
    return word.rstrip("aeiouyąęs")


@cache
def _folded_common_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The language's common words without diacritics, and their stems."""
    plain = frozenset(fold(w.replace("ß", "ss")) for w in common_words(language))
    return plain, frozenset(_stem(w) for w in plain if len(_stem(w)) >= 5)


@cache
def _common_text() -> str:
    """`common_words.tsv.gz` decompressed once for every language (language, tab, word)."""
    raw = importlib.resources.files("classifiers").joinpath("data", "common_words.tsv.gz")
    return gzip.decompress(raw.read_bytes()).decode("utf-8")

"""Rebuild `classifiers/data/local_names.tsv.gz` (per-language first names and surnames)
from `names-dataset` (MIT), and the accuracy harness's held-out surnames.

names-dataset ranks the first and last names of each country by how many people carry
them (from a large public list of social-network profiles). Loading it takes about 20 s
and 1.9 GB of memory, far too much for a worker, so the classifier reads this snapshot:
the most common names of each language's countries, Latin script, three letters or more,
without the language's stop words, without place names (Faker's address providers) and
without the language's dictionary words (spacy-lookups-data) unless Faker's person
providers list them as names too.

A language's surnames can be words of it: Polish ones are adjectives and nouns
(Kowalski, Zielińska, Adamczyk, Woźniak), and spacy-lookups-data's Polish tables (from
PoliMorf) list even the surnames themselves, so the dictionary rule left 230 of Poland's
3,000 most common surnames. For a language in `SURNAME_ENDINGS` a dictionary word with one
of its surname endings stays a surname unless it is a common word of the language (Zipf
frequency >= 3, `classifiers/data/common_words.tsv.gz`) in the sense it has as a word:
an adjective whose neuter form texts use ('górskie', 'krakowskie', 'polskie': 'górski',
'krakowski', 'polska' are words; 'kowalskie' is not), or a noun the tables write in
lower case ('piątek', 'ptak', 'laska'). A surname is frequent in texts by its bearers
alone ('kowalski', 'kaczyński'), so a word's own frequency is not enough: only in a
sense the language uses as a word.

The harness must not measure the lists against themselves: this script also writes the
surnames ranked just past the cut (`benchmarks/data/heldout_surnames.tsv.gz`), none of
them in any list the classifier reads, for the harness to put in its texts. They are those
that the dictionary rule alone leaves, so that the surname endings did not change what the
harness measures; a name the endings add to a language's list is left out of it again if
it is one of the language's held-out names, compared as the classifier compares them
(without diacritics for Polish: listed 'kuczyńska' would find held-out 'Kuczynska').
Another language's held-out name may be among them ('kowalewski' is held out for German):
a language's surnames are read in its own texts only.

    pip install names-dataset spacy-lookups-data && python benchmarks/build_local_names.py
"""

from __future__ import annotations

import gzip
import importlib
import re
from collections.abc import Callable
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "classifiers" / "data" / "local_names.tsv.gz"
HELDOUT = ROOT / "benchmarks" / "data" / "heldout_surnames.tsv.gz"

COUNTRIES = {
    "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH", "LU"), "es": ("ES",),
    "it": ("IT",), "nl": ("NL", "BE"), "pl": ("PL",), "pt": ("PT",), "sv": ("SE",),
    "da": ("DK",), "fi": ("FI",), "cs": ("CZ",), "sk": ("SK",), "hu": ("HU",),
    "ro": ("RO",), "hr": ("HR",), "sl": ("SI",), "et": ("EE",), "lv": ("LV",),
    "lt": ("LT",),
}
"""The languages with a name source, and the countries whose names they read."""
FIRST_PER_GENDER = 1000
SURNAMES = 3000
HELDOUT_SURNAMES = 1500
LATIN = re.compile(r"^[a-zà-öø-ɏ'’-]{3,}$")
SURNAME_ENDINGS = {
    "pl": re.compile(r"(?:[sc]k[ia]|dzk[ia]|wicz|czyk|rzyk|czak|iak|ak|ek|ik|uk|ec)$"),
}
"""Endings of the language's surnames that are words of it too: -ski/-ska, -cki/-cka,
-dzki/-dzka (adjectives), -wicz, -czyk, -rzyk, -czak, -iak, -ak, -ek, -ik, -uk, -ec
(nouns). Chosen from the 2,730 of Poland's 3,000 most common surnames that the dictionary
rule dropped: each of these endings ends dozens of them, and its common words (-ek:
'piątek', -ec: 'marzec', -uk: 'wnuk') are common words by the test below."""
ADJECTIVES = {"pl": (re.compile(r"(?:[sc]|dz)k[ia]$"), "ie")}
"""An adjectival surname ending, and what replaces its last letter to make the neuter form
of the adjective: 'krakowski', 'krakowska' -> 'krakowskie'."""


def stop_words(language: str) -> frozenset[str]:
    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


def dictionary(language: str) -> frozenset[str]:
    """The language's word forms (spacy-lookups-data's lemma tables, MIT): a profile name
    that is a word ('atelier') and no name of Faker's lists is left out."""
    import gzip as gz
    import json

    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    found: set[str] = set()
    for path in folder.glob(f"{language}_lemma_lookup*.json.gz"):
        table = json.loads(gz.decompress(path.read_bytes()))
        found.update(k.lower() for k in table)
        found.update(v.lower() for v in table.values() if isinstance(v, str))
    return frozenset(found)


def plain_verdict(name: str, stops: frozenset[str], words: frozenset[str],
                  faker_names: frozenset[str], place_names: frozenset[str]) -> str:
    """Why a name of names-dataset is left out ('script', 'stop word', 'place',
    'dictionary word'), or '' when it is kept."""
    if not LATIN.match(name):
        return "script"
    if name in stops:
        return "stop word"
    if name in place_names:
        return "place"
    if name not in faker_names and name in words:
        return "dictionary word"
    return ""


def lower_case_words(language: str) -> frozenset[str]:
    """The word forms that the language's lemma tables write in lower case, adjectives'
    tables left out: the nouns and other words ('piątek', 'marszałek'), not the proper
    nouns ('Adamczyk') nor the adjectives that surnames share ('kowalski')."""
    import gzip as gz
    import json

    import spacy_lookups_data

    folder = Path(spacy_lookups_data.__file__).parent / "data"
    found: set[str] = set()
    for path in folder.glob(f"{language}_lemma_lookup*.json.gz"):
        if path.name.endswith("_adj.json.gz"):
            continue
        table = json.loads(gz.decompress(path.read_bytes()))
        found.update(k for k in table if k == k.lower())
        found.update(v for v in table.values() if isinstance(v, str) and v == v.lower())
    return frozenset(found)


def surname_word(language: str) -> Callable[[str], str]:
    """For a dictionary word that names-dataset ranks among the language's surnames: why
    it is no surname ('no ending', 'common adjective', 'common word'), or '' when it is
    one all the same. Words are compared without diacritics, as names-dataset writes
    Polish names both ways ('sliwinski', 'śliwiński')."""
    from classifiers.names import common_words, fold

    ending = SURNAME_ENDINGS.get(language)
    if ending is None:
        return lambda name: "no ending"
    common = {fold(word) for word in common_words(language)}
    nouns = {fold(word) for word in lower_case_words(language)}
    adjective, neuter = ADJECTIVES.get(language, (None, ""))

    def why_not(name: str) -> str:
        if not ending.search(name):
            return "no ending"
        if adjective is not None and adjective.search(name) \
                and fold(name[:-1] + neuter) in common:
            return "common adjective"
        return "common word" if fold(name) in common and fold(name) in nouns else ""

    return why_not


def surname_kept(name: str, check: Callable[[str], str], why_not: Callable[[str], str],
                 dropped: dict[str, str]) -> bool:
    """Whether a surname of names-dataset is kept: by the rules for every name, or as a
    dictionary word with a surname ending (`surname_word`); the dictionary words with an
    ending go into `dropped` with why they are left out ('' when they are not)."""
    verdict = check(name)
    if verdict != "dictionary word":
        return not verdict
    reason = why_not(name)
    if reason != "no ending":
        dropped[name] = reason
    return not reason


def places() -> frozenset[str]:
    """City and country names of Faker's address providers: 'Bremen' and 'Verona' are
    profile names too, but in a text they are nearly always the place."""
    import pkgutil

    import faker.providers.address as address

    found: set[str] = set()
    for module in pkgutil.iter_modules(address.__path__):
        provider = importlib.import_module(f"{address.__name__}.{module.name}").Provider
        for attr in ("cities", "city_names", "countries", "states", "provinces", "regions",
                     "departments", "land", "voivodeships"):
            values = getattr(provider, attr, ())
            values = values.values() if isinstance(values, dict) else values
            for value in values:
                if isinstance(value, (tuple, list)):
                    value = value[-1]
                if isinstance(value, str):
                    found.add(value.lower())
    return frozenset(found)


def main() -> None:
    from names_dataset import NameDataset

    from classifiers.names import first_names, surnames

    dataset = NameDataset()
    faker_names = first_names() | surnames()
    place_names = places()
    rows: set[tuple[str, str, str]] = set()
    plain_rows: set[tuple[str, str, str]] = set()  # the dictionary rule alone
    heldout: set[tuple[str, str]] = set()
    dropped: dict[str, dict[str, str]] = {}
    for language, countries in COUNTRIES.items():
        dropped[language] = {}

        check = partial(plain_verdict, stops=stop_words(language), words=dictionary(language),
                        faker_names=faker_names, place_names=place_names)

        def keep(name: str, check: Callable[[str], str] = check) -> bool:
            return not check(name)

        keep_surname = partial(surname_kept, check=check, why_not=surname_word(language),
                               dropped=dropped[language])

        for country in countries:
            top = dataset.get_top_names(FIRST_PER_GENDER, country_alpha2=country)
            for names in top.get(country, {}).values():
                kept = {(language, "first", n.lower()) for n in names if keep(n.lower())}
                rows.update(kept)
                plain_rows.update(kept)
            ranked = dataset.get_top_names(SURNAMES + HELDOUT_SURNAMES, use_first_names=False,
                                           country_alpha2=country).get(country, [])
            plain_rows.update((language, "last", n.lower()) for n in ranked[:SURNAMES]
                              if keep(n.lower()))
            rows.update((language, "last", n.lower()) for n in ranked[:SURNAMES]
                        if keep_surname(n.lower()))
            heldout.update((language, n.lower()) for n in ranked[SURNAMES:] if keep(n.lower()))
    listed = {name for _, _, name in plain_rows} | first_names() | surnames()
    heldout = {(language, name) for language, name in heldout if name not in listed}
    # a surname the endings add stays out if it is held out in its language, as the
    # classifier reads it: without diacritics where it looks names up so ('kuczyńska' is
    # held-out 'kuczynska' to it)
    held = {(language, held_key(language, name)) for language, name in heldout}
    clashes = {row for row in rows - plain_rows
               if row[1] == "last" and (row[0], held_key(row[0], row[2])) in held}
    rows -= clashes
    report(plain_rows, rows, dropped, len(clashes))
    header = "# from names-dataset (MIT): the most common names of each language's countries\n"
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write((header + "".join(f"{lang}\t{kind}\t{name}\n"
                                       for lang, kind, name in sorted(rows))).encode("utf-8"))
    header = ("# from names-dataset (MIT): surnames ranked just past the classifier's cut, "
              "in none of its lists\n")
    with gzip.GzipFile(HELDOUT, "wb", mtime=0) as handle:
        handle.write((header + "".join(f"{lang}\t{name}\n"
                                       for lang, name in sorted(heldout))).encode("utf-8"))
    print(f"{OUT.name}: {len(rows)} rows; {HELDOUT.name}: {len(heldout)} rows")


def held_key(language: str, name: str) -> str:
    """A surname as the classifier looks it up in `language`'s lists."""
    from classifiers.names import FOLDED_SOURCES, fold

    return fold(name) if language in FOLDED_SOURCES else name


def report(plain_rows: set, rows: set, dropped: dict[str, dict[str, str]],
           clashes: int) -> None:
    """Rows per language and kind by the dictionary rule alone and with the surname
    endings; for the languages with endings, samples of the surnames they add and of the
    dictionary words with an ending that stay out, and why."""
    for language in COUNTRIES:
        counts = []
        for kind in ("first", "last"):
            before = sum(1 for row in plain_rows if row[:2] == (language, kind))
            after = sum(1 for row in rows if row[:2] == (language, kind))
            counts.append(f"{kind} {before}" + (f" -> {after}" if after != before else ""))
        print(f"{language}: " + ", ".join(counts))
    for language, reasons in dropped.items():
        if not reasons:
            continue
        added = sorted(name for name, reason in reasons.items() if not reason
                       and (language, "last", name) in rows)
        print(f"{language}: {len(added)} surnames that are dictionary words kept for their "
              f"ending, e.g. {', '.join(added[::max(1, len(added) // 40)][:40])}")
        for why in ("common adjective", "common word"):
            out = sorted(name for name, reason in reasons.items() if reason == why)
            print(f"{language}: {len(out)} with an ending left out as a {why}: "
                  f"{', '.join(out)}")
    print(f"surnames added by their ending but held out in their language, left out: "
          f"{clashes}")


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT))
    main()

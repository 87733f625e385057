"""Rebuild `classifiers/data/local_names.tsv.gz` (per-language first names and surnames)
from `names-dataset` (MIT), and the accuracy harness's held-out surnames.

names-dataset ranks the first and last names of each country by how many people carry
them (from a large public list of social-network profiles). Loading it takes about 20 s
and 1.9 GB of memory, far too much for a worker, so the classifier reads this snapshot:
the most common names of each language's countries, Latin script, three letters or more,
without the language's stop words, without place names (Faker's address providers) and
without the language's dictionary words (spacy-lookups-data) unless Faker's person
providers list them as names too.

The harness must not measure the lists against themselves: this script also writes the
surnames ranked just past the cut (`benchmarks/data/heldout_surnames.tsv.gz`), none of
them in any list the classifier reads, for the harness to put in its texts.

    pip install names-dataset spacy-lookups-data && python benchmarks/build_local_names.py
"""

from __future__ import annotations

import gzip
import importlib
import re
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
    heldout: set[tuple[str, str]] = set()
    for language, countries in COUNTRIES.items():
        stops = stop_words(language)
        words = dictionary(language)

        def keep(name: str) -> bool:
            return bool(LATIN.match(name)) and name not in stops \
                and name not in place_names and (name in faker_names or name not in words)  # noqa: B023

        for country in countries:
            top = dataset.get_top_names(FIRST_PER_GENDER, country_alpha2=country)
            for names in top.get(country, {}).values():
                rows.update((language, "first", n.lower()) for n in names if keep(n.lower()))
            ranked = dataset.get_top_names(SURNAMES + HELDOUT_SURNAMES, use_first_names=False,
                                           country_alpha2=country).get(country, [])
            rows.update((language, "last", n.lower()) for n in ranked[:SURNAMES]
                        if keep(n.lower()))
            heldout.update((language, n.lower()) for n in ranked[SURNAMES:] if keep(n.lower()))
    listed = {name for _, _, name in rows} | first_names() | surnames()
    heldout = {(language, name) for language, name in heldout if name not in listed}
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


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(ROOT))
    main()

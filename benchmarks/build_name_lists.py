"""Rebuild `classifiers/data/{first_names,surnames}.txt.gz` from Faker's person providers.

Faker (MIT) ships first and last names for 80+ locales, compiled from national name
statistics; the classifier reads a snapshot of them so that Faker stays a dev-only
dependency. Only names written in Latin script, three letters or longer, are kept; country and
continent names are left out.

    python benchmarks/build_name_lists.py
"""

from __future__ import annotations

import gzip
import importlib
import pkgutil
import re
from pathlib import Path

import faker
import faker.providers.person as person

OUT = Path(__file__).resolve().parent.parent / "classifiers" / "data"
LATIN = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ɏ'’-]{3,}$")


def _names(value) -> list[str]:
    return list(value) if isinstance(value, (dict, list, tuple)) else []


def collect() -> tuple[set[str], set[str]]:
    firsts: set[str] = set()
    lasts: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"{person.__name__}.{module.name}").Provider
        attrs = vars(provider)
        for attr in ("first_names", "first_names_male", "first_names_female",
                     "first_names_nonbinary"):
            firsts.update(n.lower() for n in _names(attrs.get(attr)) if LATIN.match(n))
        for attr in ("last_names", "last_names_male", "last_names_female"):
            lasts.update(n.lower() for n in _names(attrs.get(attr)) if LATIN.match(n))
    return firsts, lasts


def places() -> set[str]:
    """Country and continent names: 'France' and 'Asia' are first names too, but in
    running text they are nearly always the place."""
    from faker.providers.address.en_US import Provider as Address

    words = {c.lower() for c in Address.countries}
    return words | {"africa", "america", "asia", "europe", "oceania", "antarctica"}


def main() -> None:
    firsts, lasts = collect()
    firsts -= places()
    lasts -= places()
    header = f"# from Faker {faker.VERSION} person providers (MIT), all locales, Latin script\n"
    for name, words in (("first_names", firsts), ("surnames", lasts)):
        data = header + "".join(f"{w}\n" for w in sorted(words))
        # mtime=0: the same names give a byte-identical file
        with gzip.GzipFile(OUT / f"{name}.txt.gz", "wb", mtime=0) as handle:
            handle.write(data.encode("utf-8"))
        print(f"{name}: {len(words)}")


if __name__ == "__main__":
    main()

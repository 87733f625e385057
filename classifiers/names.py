"""Person-name lists from a general source: the US Census 1990 name frequency lists
(public domain) as shipped by the `names` package (MIT).

Only the frequent part of each list is kept: the long tail of the surname list is
mostly ordinary words (STREET, WILL, BRIDGE), and a capitalised ordinary word must not
read as a person.
"""

from __future__ import annotations

import importlib.resources
from functools import cache

FIRST_NAMES_KEPT = 3000  # of 5,163 (male and female together)
SURNAMES_KEPT = 12000  # of 88,799

# Frequent English words that are also frequent census names; as a capitalised word at
# the start of a sentence or in a title they are almost never a person.
COMMON_WORDS = frozenset(["will", "may", "june", "april", "august", "mark", "bill", "grant", "rose", "hope", "faith", "joy", "grace", "dawn", "summer", "autumn", "winter", "sunny", "page", "king", "young", "long", "white", "black", "brown", "green", "gray", "grey", "love", "bell", "hall", "hill", "wood", "woods", "stone", "price", "rich", "major", "street", "lane", "way", "little", "small", "golden", "silver", "christian", "english", "french", "german", "irish", "dutch", "welsh", "rock", "ray", "don", "ben", "sky", "star", "sun", "rain", "storm", "case", "best", "good", "west", "north", "south", "east", "park", "field", "house", "ford", "church", "rice", "bird", "fox", "wolf", "hunter", "baker", "miller", "cook", "carter", "porter", "banks", "waters", "rivers", "lake", "pool", "marsh", "sharp", "strong", "short", "wise", "noble", "power", "powers", "new", "city", "street", "road", "march", "trust", "money", "cash", "chase", "pay", "care", "law", "justice"])


def _read(resource: str, keep: int) -> frozenset[str]:
    text = importlib.resources.files("names").joinpath(resource).read_text(encoding="ascii")
    words = [line.split()[0].lower() for line in text.splitlines()[:keep] if line.strip()]
    return frozenset(w for w in words if w not in COMMON_WORDS and len(w) > 1)


@cache
def first_names() -> frozenset[str]:
    half = FIRST_NAMES_KEPT // 2
    return _read("dist.female.first", half) | _read("dist.male.first", half)


@cache
def surnames() -> frozenset[str]:
    return _read("dist.all.last", SURNAMES_KEPT)

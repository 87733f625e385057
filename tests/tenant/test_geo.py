"""Geo catalogue: region spellings, membership, suggestions, extra regions."""

from __future__ import annotations

import collections
import json
import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.tenant.exports.locations import load_locations_export
from pipelines.tenant.geo import REGION_ALIASES, Geo, normalise_region
from tests.fixtures_tenant import BUILTIN_ORDER, SERVICE_TAGS_FULL, fixture

# --------------------------------------------------------------- normalise_region

@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("westeurope", "westeurope"),
        ("West Europe", "westeurope"),
        (" WestEurope ", "westeurope"),
        ("WESTEUROPE", "westeurope"),
        ("Germany West Central", "germanywestcentral"),
        ("North\tEurope", "northeurope"),
        # service-tag spellings -> ARM names
        ("centralfrance", "francecentral"),
        ("southfrance", "francesouth"),
        ("germanywc", "germanywestcentral"),
        ("germanyn", "germanynorth"),
        ("norwaye", "norwayeast"),
        ("norwayw", "norwaywest"),
        ("switzerlandn", "switzerlandnorth"),
        ("switzerlandw", "switzerlandwest"),
        ("brazilse", "brazilsoutheast"),
        ("usstagec", "southcentralusstg"),
        ("Germany WC", "germanywestcentral"),
        ("CentralFrance", "francecentral"),
        # service-tag names that are already ARM names stay
        ("uksouth", "uksouth"),
        ("ukwest", "ukwest"),
        ("eastus2euap", "eastus2euap"),
        # no confirmed ARM name: kept as the tag file spells them
        ("uksouth2", "uksouth2"),
        ("uknorth", "uknorth"),
        ("northeurope2", "northeurope2"),
        ("brazilne", "brazilne"),
        # unknown names: lower-cased, spaces dropped; validation decides
        ("Mars Central", "marscentral"),
        ("", ""),
    ],
)
def test_normalise_region(given: str, expected: str) -> None:
    assert normalise_region(given) == expected


@given(st.text(alphabet=st.characters(categories=["L", "N", "Zs"]), max_size=30))
def test_normalise_region_is_idempotent(name: str) -> None:
    once = normalise_region(name)
    assert normalise_region(once) == once


def test_region_aliases_agree_with_the_names_microsoft_gives_regional_tags() -> None:
    """Each alias is what most regional tags of that region are called (e.g. X.FranceCentral)."""
    data = json.loads(SERVICE_TAGS_FULL.read_text(encoding="utf-8"))
    suffixes: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for tag in data["values"]:
        region = tag["properties"].get("region")
        if region and "." in tag["name"]:
            suffixes[region][tag["name"].split(".", 1)[1].lower()] += 1
    for spelling, arm in REGION_ALIASES.items():
        assert suffixes[spelling].most_common(1)[0][0] == arm, spelling
    # and every region of the file that has many regional tags maps to their name
    for region, counter in suffixes.items():
        name, count = counter.most_common(1)[0]
        if count > 1:
            assert normalise_region(region) == name, region


@pytest.mark.parametrize(
    ("geo", "display_name", "regions"),
    [
        ("europe", "Europe", {"westeurope", "northeurope"}),
        ("unitedstates", "United States", {"eastus", "westus"}),
        ("unitedstatesfirstrelease", "Preview (United States)", {"eastus", "westus"}),
        ("unitedarabemirates", "United Arab Emirates (UAE)", {"uaenorth"}),
        ("southamerica", "South America", {"brazilsouth"}),
        ("Europe", "Europe", {"westeurope", "northeurope"}),
        (" GERMANY ", "Germany", {"germanynorth", "germanywestcentral"}),
    ],
)
def test_geo_lookup(catalogue, geo, display_name, regions) -> None:
    found = catalogue.geo(geo)
    assert found is not None
    assert found.display_name == display_name
    assert found.regions == frozenset(regions)
    assert catalogue.has_geo(geo)


@pytest.mark.parametrize("geo", ["usgov", "mars", "", "west europe"])
def test_unknown_geo(catalogue, geo) -> None:
    assert catalogue.geo(geo) is None
    assert not catalogue.has_geo(geo)
    assert not catalogue.contains(geo, "westeurope")


@pytest.mark.parametrize(
    ("geo", "region", "inside"),
    [
        ("europe", "westeurope", True),
        ("europe", "West Europe", True),
        ("Europe", "NORTHEUROPE", True),
        ("europe", "uksouth", False),
        ("europe", "francecentral", False),
        ("unitedkingdom", "uksouth", True),
        ("unitedkingdom", "westeurope", False),
        ("unitedstates", "eastus", True),
        ("unitedstatesfirstrelease", "eastus", True),  # shared region: both geos list it
        ("unitedstates", "eastus2", False),  # a real Azure region the catalogue does not list
        ("france", "centralfrance", True),  # service-tag spelling
        ("germany", "germanywc", True),
        ("switzerland", "switzerlandw", True),
        ("norway", "norwaye", True),
        ("germany", "francecentral", False),
        ("europe", "", False),
    ],
)
def test_contains_is_membership_in_the_geos_regions(catalogue, geo, region, inside) -> None:
    assert catalogue.contains(geo, region) is inside


@pytest.mark.parametrize(
    ("region", "geos"),
    [
        ("eastus", ("unitedstates", "unitedstatesfirstrelease")),
        ("West US", ("unitedstates", "unitedstatesfirstrelease")),
        ("westeurope", ("europe",)),
        ("centralfrance", ("france",)),
        ("eastus2", ()),
        ("usgovtexas", ()),
    ],
)
def test_geos_of_region_lists_every_geo_in_catalogue_order(catalogue, region, geos) -> None:
    assert catalogue.geos_of_region(region) == geos
    assert catalogue.knows_region(region) is bool(geos)


@pytest.mark.parametrize(
    ("region", "prefer", "expected"),
    [
        ("eastus", None, "unitedstates"),
        ("eastus", "unitedstatesfirstrelease", "unitedstatesfirstrelease"),
        ("eastus", "UnitedStatesFirstRelease", "unitedstatesfirstrelease"),
        ("eastus", "europe", "unitedstates"),  # preferred geo does not list it
        ("eastus", "mars", "unitedstates"),
        ("westeurope", "unitedstates", "europe"),
        ("West Europe", None, "europe"),
        ("germanywc", None, "germany"),
        ("eastus2", None, None),
        ("eastus2", "unitedstates", None),
    ],
)
def test_home_geo_of_region(catalogue, region, prefer, expected) -> None:
    assert catalogue.home_geo_of_region(region, prefer=prefer) == expected


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("eurpe", "europe"),
        ("Unitedkingdon", "unitedkingdom"),
        ("united states", "unitedstates"),
        ("swizerland", "switzerland"),
        ("xyz", None),
    ],
)
def test_suggest_geo(catalogue, name, suggestion) -> None:
    assert catalogue.suggest_geo(name) == suggestion


@pytest.mark.parametrize(
    ("name", "suggestion"),
    [
        ("westeurop", "westeurope"),
        ("West Eurpe", "westeurope"),
        ("uk south", "uksouth"),
        ("australiaest", "australiaeast"),
        ("qqqq", None),
    ],
)
def test_suggest_region(catalogue, name, suggestion) -> None:
    assert catalogue.suggest_region(name) == suggestion


def test_regions_property_lists_every_known_region(catalogue) -> None:
    assert "westeurope" in catalogue.regions
    assert len(catalogue.regions) == 30  # 32 listings, eastus and westus listed twice


# ------------------------------------------------------------- with_extra_regions

def test_extra_regions_extend_a_known_geo_and_keep_order(catalogue) -> None:
    extended = catalogue.with_extra_regions({"Europe": ["France Central", "swedencentral"]})
    assert extended.contains("europe", "francecentral")
    assert extended.contains("europe", "westeurope")
    assert extended.geos_of_region("francecentral") == ("europe", "france")
    assert tuple(g.name for g in extended.geos) == BUILTIN_ORDER
    assert not catalogue.contains("europe", "francecentral")  # original untouched


def test_extra_regions_add_new_geos_at_the_end(catalogue) -> None:
    extended = catalogue.with_extra_regions({"usgov": ["usgovtexas", "usgovvirginia"]})
    assert extended.geos[-1] == Geo("usgov", "usgov", frozenset({"usgovtexas", "usgovvirginia"}))
    assert extended.home_geo_of_region("usgovtexas") == "usgov"
    assert extended.contains("usgov", "USGov Texas")


def test_extra_regions_accept_a_single_region_string(catalogue) -> None:
    assert catalogue.with_extra_regions({"unitedstates": "eastus2"}).contains(
        "unitedstates", "eastus2"
    )


def test_extra_regions_normalise_service_tag_spellings(catalogue) -> None:
    extended = catalogue.with_extra_regions({"europe": ["germanywc"]})
    assert extended.contains("europe", "germanywestcentral")


def test_empty_extra_leaves_an_equal_catalogue(catalogue) -> None:
    assert catalogue.with_extra_regions({}) == catalogue


def test_catalogue_pickles_for_beam_workers(catalogue) -> None:
    copy = pickle.loads(pickle.dumps(catalogue))
    assert copy == catalogue
    assert copy.geos_of_region("eastus") == ("unitedstates", "unitedstatesfirstrelease")


def test_catalogue_is_hashable(catalogue) -> None:
    assert hash(catalogue) == hash(load_locations_export(fixture("locations_get_locations.json")))

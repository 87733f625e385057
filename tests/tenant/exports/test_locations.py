"""BAP locations exports, and the built-in catalogue copied from one."""

from __future__ import annotations

import pytest

from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.locations import builtin_catalogue, load_locations_export
from pipelines.tenant.geo import Geo
from tests.fixtures_tenant import BUILTIN_ORDER, fixture, read_fixture, write_json

# ------------------------------------------------------------- built-in catalogue

def test_builtin_catalogue_keeps_the_order_and_names_of_the_locations_file(catalogue) -> None:
    assert tuple(g.name for g in catalogue.geos) == BUILTIN_ORDER


def test_builtin_catalogue_is_read_once(catalogue) -> None:
    assert builtin_catalogue() is catalogue


def test_builtin_catalogue_equals_the_bap_export_it_was_copied_from(catalogue) -> None:
    assert load_locations_export(fixture("locations_get_locations.json")) == catalogue


def test_builtin_catalogue_keeps_disabled_geos(catalogue) -> None:
    # isDisabled stops new environments there; it does not move existing data
    assert catalogue.contains("australia", "australiaeast")
    assert catalogue.contains("sweden", "swedencentral")


# ----------------------------------------------------------- locations exports

def test_load_locations_export_accepts_a_bare_list(tmp_path) -> None:
    items = read_fixture("locations_get_locations.json")["value"]
    path = write_json(tmp_path, items)
    assert load_locations_export(path) == builtin_catalogue()


def test_load_locations_export_normalises_region_spellings(tmp_path) -> None:
    path = write_json(tmp_path, {"value": [
        {"name": "Europe", "properties": {"displayName": "Europe",
                                          "azureRegions": ["West Europe", "germanywc"]}},
    ]})
    catalogue = load_locations_export(path)
    assert catalogue.geos == (Geo("europe", "Europe", frozenset({"westeurope",
                                                                  "germanywestcentral"})),)


def _locations(*items) -> dict:
    return {"value": list(items)}


GOOD = {"name": "europe", "properties": {"displayName": "Europe", "azureRegions": ["westeurope"]}}


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"values": []}, ["value: missing (expected a BAP locations export or a list)"]),
        ({"value": {"name": "europe"}}, ["value: expected a list"]),
        ({"value": []}, ["value: no geo defined"]),
        ("europe", ["(top level): expected a list"]),
        (_locations(GOOD, "asia"), ["value[1]: expected an object"]),
        (_locations(GOOD, {"properties": {"azureRegions": []}}),
         ["value[1].name: expected a non-empty string"]),
        (_locations(GOOD, {"name": "asia"}), ["value[1].properties: expected an object"]),
        (_locations(GOOD, {"name": "asia", "properties": {}}),
         ["value[1].properties.azureRegions: missing"]),
        (_locations(GOOD, GOOD, {"name": "asia", "properties": {"azureRegions": "eastasia"}}),
         ["value[1].name: geo 'europe' already defined at value[0]",
          "value[2].properties.azureRegions: expected a list"]),
        (_locations({"name": "x", "properties": {"azureRegions": ["a", 3, ""]}}),
         ["value[0].properties.azureRegions[1]: expected a region name",
          "value[0].properties.azureRegions[2]: expected a region name"]),
    ],
)
def test_malformed_locations_export_lists_every_problem(tmp_path, document, problems) -> None:
    path = write_json(tmp_path, document)
    with pytest.raises(TenantFileError) as caught:
        load_locations_export(path)
    assert caught.value.problems == problems
    assert caught.value.path == str(path)
    assert isinstance(caught.value, ValueError)
    for problem in problems:
        assert problem in str(caught.value)


def test_missing_locations_file_is_a_tenant_file_error(tmp_path) -> None:
    with pytest.raises(TenantFileError) as caught:
        load_locations_export(tmp_path / "nope.json")
    assert caught.value.problems[0].startswith("cannot read file")

"""Every Azure public region, with its geography and paired region, from a real
`az account list-locations` capture (configs/azure_locations.json)."""

from __future__ import annotations

import json

import pytest

from pipelines.config import load_config
from pipelines.tenant.exports.azure_locations import (
    builtin_azure_regions,
    parse_azure_locations,
    with_azure_regions,
)
from pipelines.tenant.exports.locations import builtin_catalogue
from pipelines.tenant.model import Tenant
from tests.conftest import ROOT


@pytest.fixture(scope="module")
def catalogue():
    return with_azure_regions(builtin_catalogue(), builtin_azure_regions())


def test_the_capture_is_complete_and_shipped_with_its_source():
    regions = builtin_azure_regions()
    assert len(regions) == 63  # the physical ones of 103 entries
    source = (ROOT / "configs" / "azure_locations.SOURCE.md").read_text()
    assert "btnguyen2k/azure-regions" in source and "MIT" in source


@pytest.mark.parametrize(("region", "geo", "geography"), [
    ("polandcentral", "poland", "Poland"),
    ("italynorth", "italy", "Italy"),
    ("centralus", "unitedstates", "United States"),   # joins the geo that lists eastus
    ("brazilsoutheast", "southamerica", "Brazil"),
    ("australiacentral", "australia", "Australia"),
    ("chilecentral", "chile", "Chile"),               # never merged into South America
    ("westeurope", "europe", "Europe"),               # Power Platform's own listing stays
])
def test_every_region_has_a_geo(catalogue, region, geo, geography):
    assert catalogue.knows_region(region)
    assert catalogue.home_geo_of_region(region) == geo
    assert catalogue.geography_of(region) == geography


@pytest.mark.parametrize(("region", "pairs"), [
    ("brazilsouth", ("southcentralus",)),   # a pair that crosses geographies
    ("westeurope", ("northeurope",)),
    ("swedencentral", ("swedensouth",)),    # named, though the capture does not list it
    ("polandcentral", ()),
])
def test_paired_regions(catalogue, region, pairs):
    assert catalogue.pairs_of(region) == pairs


def test_cross_geo_pair_is_caught(catalogue):
    tenant = Tenant(home_geo="southamerica", catalogue=catalogue, environments=())
    assert not tenant.allows("southamerica", catalogue.pairs_of("brazilsouth")[0])


@pytest.mark.parametrize(("boundary", "region", "inside"), [
    (False, "polandcentral", False), (True, "polandcentral", True),
    (True, "italynorth", True), (True, "norwayeast", True),      # EFTA
    (True, "uksouth", False), (True, "eastus", False),
])
def test_eu_data_boundary(catalogue, boundary, region, inside):
    tenant = Tenant(home_geo="europe", catalogue=catalogue, environments=(),
                    eu_boundary=boundary)
    assert tenant.allows("europe", region) is inside


def test_a_capture_without_geography_is_refused_with_a_reason():
    regions, problems = parse_azure_locations([{"name": "eastus", "metadata": {
        "regionType": "Physical", "pairedRegion": [{"name": "westus", "id": "x"}]}}])
    assert not regions and "metadata.geography" in problems[0]


def test_config_loads_the_catalogue_and_the_boundary(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("tenant: {home_geo: europe}\nresidency: {boundary: eu}\n"
                    "environments: [{id: p, geo: poland, region: polandcentral}]\n")
    tenant = load_config(path).tenant
    assert tenant.eu_boundary and tenant.environment("p").region == "polandcentral"
    assert json.loads((ROOT / "configs" / "azure_locations.json").read_text())[0]["name"] == "eastus"

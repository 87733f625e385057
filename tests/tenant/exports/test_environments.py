"""Environment exports: BAP API, PowerShell, ScubaGear and flowaudit's own form."""

from __future__ import annotations

import pytest

from pipelines.tenant.environments import Environment
from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.environments import load_environment_file, parse_environments
from tests.fixtures_tenant import BAP_ENV, SCUBA_ENV, fixture, read_fixture, write_json, write_text

# ------------------------------------------------------------ the real fixtures

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("environment_get_environment.json", [BAP_ENV]),  # BAP single environment
        ("getdlppolicy_v1_export.json", [SCUBA_ENV]),  # ScubaGear environment_list
    ],
)
def test_load_real_exports(name, expected) -> None:
    assert load_environment_file(fixture(name)) == expected


def test_scubagear_region_comes_from_the_flattened_powershell_properties() -> None:
    # Internal.properties is a string "@{...; azureRegionHint=usgovtexas; ...}" there
    data = read_fixture("getdlppolicy_v1_export.json")
    assert isinstance(data["environment_list"][0]["Internal"]["properties"], str)
    assert load_environment_file(fixture("getdlppolicy_v1_export.json"))[0].region == "usgovtexas"


# ------------------------------------------------------------------- the shapes

BAP_ITEM = read_fixture("environment_get_environment.json")


def _powershell(**fields) -> dict:
    item = {
        "EnvironmentName": "Contoso-Prod",
        "DisplayName": "Contoso production",
        "Location": "europe",
        "Internal": {"id": "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"
                           "Contoso-Prod",
                     "location": "europe",
                     "properties": {"azureRegion": "northeurope", "displayName": "ignored"}},
    }
    item.update(fields)
    return item


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        # BAP list response
        ({"value": [BAP_ITEM]}, [BAP_ENV]),
        # BAP item with only the old azureRegionHint
        ({"value": [{"name": "e1", "location": "Europe",
                     "properties": {"azureRegionHint": "West Europe"}}]},
         [Environment("e1", "europe", "westeurope", None)]),
        # BAP item keyed by full id only
        ({"id": "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/E2",
          "location": "france", "properties": {"azureRegion": "centralfrance"}},
         [Environment("e2", "france", "francecentral", None)]),
        # BAP item without a region
        ({"name": "e3", "location": "asia", "properties": {}},
         [Environment("e3", "asia", None, None)]),
        # PowerShell list, region from Internal.properties as an object
        ([_powershell()],
         [Environment("contoso-prod", "europe", "northeurope", "Contoso production")]),
        # PowerShell single object, top-level AzureRegionHint wins; service-tag spelling
        (_powershell(AzureRegionHint="germanywc"),
         [Environment("contoso-prod", "europe", "germanywestcentral", "Contoso production")]),
        (_powershell(azureRegionHint="norwaye"),
         [Environment("contoso-prod", "europe", "norwayeast", "Contoso production")]),
        # PowerShell with Internal.properties flattened to a string (ConvertTo-Json depth)
        (_powershell(Internal={"properties": "@{azureRegion=uksouth; displayName=x}"}),
         [Environment("contoso-prod", "europe", "uksouth", "Contoso production")]),
        (_powershell(Location=None, DisplayName=None,
                     Internal={"location": "unitedkingdom",
                               "properties": "@{tenantId=t; azureRegionHint=ukwest; "
                                             "displayName=Y}"}),
         [Environment("contoso-prod", "unitedkingdom", "ukwest", "Y")]),
        # ScubaGear shape with two environments
        ({"environment_list": [_powershell(), _powershell(EnvironmentName="Other")]},
         [Environment("contoso-prod", "europe", "northeurope", "Contoso production"),
          Environment("other", "europe", "northeurope", "Contoso production")]),
        # flowaudit's own form, as a list or under environments:
        ([{"id": "contoso-apac", "geo": "australia", "region": "Australia East"}],
         [Environment("contoso-apac", "australia", "australiaeast", None)]),
        ({"environments": [{"id": "X", "geo": "Europe", "display_name": "x"}]},
         [Environment("x", "europe", None, "x")]),
        ({"value": []}, []),
    ],
)
def test_parse_environment_shapes(tmp_path, document, expected) -> None:
    assert parse_environments(document) == expected
    assert load_environment_file(write_json(tmp_path, document)) == expected


def test_load_environment_file_reads_yaml(tmp_path) -> None:
    path = write_text(tmp_path, "- {id: contoso-prod, geo: europe, region: westeurope}\n",
                      "envs.yaml")
    assert load_environment_file(path) == [Environment("contoso-prod", "europe", "westeurope")]


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"value": [{"name": "e1", "properties": {}}]},
         ["value[0].location: expected the environment's geo (e.g. 'europe')"]),
        ({"value": [{"location": "europe", "properties": {}}]},
         ["value[0].id: expected a non-empty environment id"]),
        ([_powershell(Location=None, Internal={})],
         ["[0].Location: expected the environment's geo (e.g. 'europe')"]),
        ({"environment_list": [_powershell(), _powershell(DisplayName="again")]},
         ["environment_list[1]: environment 'contoso-prod' already defined at "
          "environment_list[0]"]),
        ({"value": ["e1", {"name": "e2", "location": "asia",
                           "properties": {"azureRegion": 7}}]},
         ["value[0]: expected an object", "value[1]: region must be a string, got int"]),
        ({"value": {"name": "e1"}},
         ["expected an environment, a list of them, or an object with 'value' / "
          "'environment_list' holding a list"]),
        ("europe",
         ["expected an environment, a list of them, or an object with 'value' / "
          "'environment_list' holding a list"]),
        ({"name": "e1"}, ["location: expected the environment's geo (e.g. 'europe')"]),
    ],
)
def test_malformed_environment_files_list_every_problem(tmp_path, document, problems) -> None:
    path = write_json(tmp_path, document)
    with pytest.raises(TenantFileError) as caught:
        load_environment_file(path)
    assert caught.value.problems == problems
    assert caught.value.path == str(path)

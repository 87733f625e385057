"""DLP policy files: every shape a file may hold, every problem of a file at once."""

from __future__ import annotations

import dataclasses

import pytest
import yaml

from pipelines.tenant.dlp import ConnectorGroup, normalise_connector_id
from pipelines.tenant.exports.connectors import load_unblockable
from pipelines.tenant.exports.dlp_file import load_policy_file, parse_policies
from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.environments import load_environment_file
from pipelines.tenant.exports.locations import load_locations_export
from tests.fixtures_tenant import (
    API,
    POWERPLATFORM_FILES,
    fixture,
    one_policy,
    read_fixture,
    write_json,
    write_text,
)

B, N = ConnectorGroup.BUSINESS, ConnectorGroup.NON_BUSINESS


# --------------------------------------------------------- file validation

def _v2(**definition) -> dict:
    base = {"name": "p1", "displayName": "P1", "defaultConnectorsClassification": "General",
            "environmentType": "AllEnvironments", "environments": [], "connectorGroups": []}
    base.update(definition)
    return {"policyDefinition": base}


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"value": [_v2(), _v2(name="p2", defaultConnectorsClassification="Purple")]},
         ["value[1].policyDefinition.defaultConnectorsClassification: 'Purple' is not one of "
          "Confidential, General, Blocked"]),
        (_v2(environmentType="SomeEnvironments"),
         ["policyDefinition.environmentType: 'SomeEnvironments' is not one of AllEnvironments, "
          "OnlyEnvironments, ExceptEnvironments, SingleEnvironment"]),
        (_v2(connectorGroups=[{"classification": "Secret", "connectors": []}]),
         ["policyDefinition.connectorGroups[0].classification: 'Secret' is not one of "
          "Confidential, General, Blocked"]),
        (_v2(connectorGroups=[
            {"classification": "Confidential", "connectors": [{"id": API + "shared_x"}]},
            {"classification": "Blocked", "connectors": [{"id": API + "Shared_X"}, {}]}]),
         ["policyDefinition.connectorGroups[1].connectors[0].id: connector 'shared_x' is also "
          "in group business at policyDefinition.connectorGroups[0].connectors[0].id",
          "policyDefinition.connectorGroups[1].connectors[1]: expected a connector id"]),
        (_v2(environmentType="SingleEnvironment", environments=[]),
         ["policyDefinition.environments: SingleEnvironment needs exactly one environment, "
          "got 0"]),
        (_v2(name=""), ["policyDefinition.name: expected the policy name"]),
        ({**_v2(), "connectorConfigurationsDefinition": {
            "connectorActionConfigurations": [
                {"connectorId": API + "shared_sql", "defaultConnectorActionRuleBehavior": "Deny",
                 "actionRules": [{"actionId": "A", "behavior": "Stop"}]}],
            "endpointConfigurations": [
                {"connectorId": API + "shared_sql",
                 "endpointRules": [{"order": "x", "behavior": "Block", "endPoint": "*"}]}]}},
         ["connectorConfigurationsDefinition.connectorActionConfigurations[0]."
          "defaultConnectorActionRuleBehavior: 'Deny' is not one of Allow, Block",
          "connectorConfigurationsDefinition.connectorActionConfigurations[0].actionRules[0]."
          "behavior: 'Stop' is not one of Allow, Block",
          "connectorConfigurationsDefinition.endpointConfigurations[0].endpointRules[0].order: "
          "expected an integer, got 'x'",
          "connectorConfigurationsDefinition.endpointConfigurations[0].endpointRules[0]."
          "behavior: 'Block' is not one of Allow, Deny"]),
        ({**_v2(), "customConnectorUrlPatternsDefinition": {"rules": [
            {"order": 1, "customConnectorRuleClassification": "Allowed", "pattern": "*"}]}},
         ["customConnectorUrlPatternsDefinition.rules[0].customConnectorRuleClassification: "
          "'Allowed' is not one of Confidential, General, Blocked, Ignore"]),
        ({"dlp_policies": [{"value": [{"name": "v1", "environmentType": "AllEnvironments",
                                       "defaultConnectorsClassification": "Pink"}]}]},
         ["dlp_policies[0].value[0].defaultConnectorsClassification: 'Pink' is not one of "
          "Confidential, General, Blocked"]),
        ({"value": [_v2(), _v2()]}, ["policy 'p1' is defined twice"]),
        ({"value": {}}, ["value: expected a list"]),
        ({"something": 1},
         ["(top level): not a DLP policy: expected policyDefinition, a Get-DlpPolicy object "
          "or the inline form"]),
        ([_v2(), "x"],
         ['[1]: expected a DLP policy, a list of them or {"value": [...]}']),
        ([{"name": "inline", "default_group": "purple"}],
         ["[0].default_group: 'purple' is not one of business, non_business, blocked"]),
    ],
)
def test_malformed_policy_files_list_every_problem(tmp_path, document, problems) -> None:
    path = write_json(tmp_path, document)
    with pytest.raises(TenantFileError) as caught:
        load_policy_file(path)
    assert caught.value.problems == problems
    assert caught.value.path == str(path)


def test_empty_defaults_in_terraform_exports_mean_allow() -> None:
    # terraform writes default_action_rule_behavior = "" for connectors without rules
    (policy,) = parse_policies({**_v2(), "connectorConfigurationsDefinition": {
        "connectorActionConfigurations": [
            {"connectorId": API + "shared_x", "defaultConnectorActionRuleBehavior": "",
             "actionRules": []}]}})
    assert not policy.is_action_blocked("shared_x", "Anything")


def test_string_environment_and_connector_references_are_accepted() -> None:
    (policy,) = parse_policies(_v2(
        environmentType="OnlyEnvironments", environments=["Contoso-Prod"],
        connectorGroups=[{"classification": "Blocked", "connectors": ["shared_dropbox"]}]))
    assert policy.environments == {"contoso-prod"}
    assert policy.blocked == {"shared_dropbox"}


def test_policy_files_may_be_yaml(tmp_path) -> None:
    path = write_text(tmp_path, """
dlp_policies:
  - name: Sandbox policy
    scope: except
    environments: [contoso-prod]
    blocked: [shared_dropbox]
  - name: Tenant
    default_group: business
""", "policies.yaml")
    policies = load_policy_file(path)
    assert [(p.name, p.scope, p.default_group) for p in policies] == [
        ("Sandbox policy", "except", N), ("Tenant", "all", B)
    ]
    assert all(p.source == str(path) for p in policies)


def test_v2_export_converted_to_yaml_loads_the_same(tmp_path) -> None:
    data = read_fixture("dlp_get_policy_02.json")
    path = write_text(tmp_path, yaml.safe_dump(data), "p.yml")
    (policy,) = load_policy_file(path)
    assert policy == dataclasses.replace(one_policy("dlp_get_policy_02.json"), source=str(path))


# ------------------------------------------- every Power Platform reference file


def _load_any(name: str) -> object:
    loaders = {
        "connectors_get_apis.json": lambda p: {
            normalise_connector_id(a["id"]) for a in read_fixture(name)["value"]},
        "connectors_get_virtual.json": lambda p: {
            normalise_connector_id(v["id"]) for v in read_fixture(name)},
        "connectors_get_unblockable.json": load_unblockable,
        "environment_get_environment.json": load_environment_file,
        "locations_get_locations.json": load_locations_export,
    }
    return loaders.get(name, load_policy_file)(fixture(name))


@pytest.mark.parametrize("name", POWERPLATFORM_FILES)
def test_every_power_platform_reference_file_loads(name) -> None:
    assert _load_any(name)


def test_the_scubagear_export_yields_both_policies_and_environments() -> None:
    path = fixture("getdlppolicy_v1_export.json")
    (policy,) = load_policy_file(path)
    (environment,) = load_environment_file(path)
    assert policy.applies_to(environment.id)

"""Power Platform DLP exports (v2 single and list, v1 Get-DlpPolicy): the real captures."""

from __future__ import annotations

import pytest

from pipelines.tenant.dlp import (
    ActionRules,
    ConnectorGroup,
    CustomConnectorPattern,
    EndpointRule,
    EndpointRules,
)
from pipelines.tenant.exports.dlp_file import load_policy_file
from tests.fixtures_tenant import fixture

N, X = ConnectorGroup.NON_BUSINESS, ConnectorGroup.BLOCKED


# ------------------------------------------------------------ the real exports

@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("dlp_get_policy_01.json", [
            ("00000000-0000-0000-0000-000000000001", "a1", "all", set(), N, set(), set(), set()),
        ]),
        ("dlp_get_policy_02.json", [
            ("00000000-0000-0000-0000-000000000002", "a2", "except",
             {"be0eb809-e58a-ec1b-8fce-ea40b0e53442"}, N,
             {"shared_office365users", "shared_azureblob"},
             {"shared_powerappsforappmakers", "shared_microsoftspatialservices", "shared_sql",
              "shared_bttn"}, set()),
        ]),
        ("dlp_create_get_policy_01.json", [
            ("00000000-0000-0000-0000-000000000001", "Block All Policy", "only",
             {"00000000-0000-0000-0000-000000000000"}, X,
             {"shared_sharepointonline"}, {"shared_sql"}, {"shared_azureblob"}),
        ]),
        ("dlp_get_policies.json", [  # list shape, no connector groups in it
            ("00000000-0000-0000-0000-000000000001", "a1", "all", set(), N, set(), set(), set()),
            ("00000000-0000-0000-0000-000000000002", "a2", "except",
             {"be0eb809-e58a-ec1b-8fce-ea40b0e53442"}, N, set(), set(), set()),
        ]),
        ("getdlppolicy_v1_export.json", [  # v1 flat, SingleEnvironment, inside ScubaGear
            ("02eb3707-182d-48a3-ad52-15d593c38517", "DLP functional test", "only",
             {"default-ca08493a-c9c8-4db0-a9e8-d3b4bafac269"}, N, set(), set(), set()),
        ]),
    ],
)
def test_load_real_policy_exports(name, expected) -> None:
    policies = load_policy_file(fixture(name))
    got = [
        (p.name, p.display_name, p.scope, set(p.environments), p.default_group,
         set(p.business), set(p.non_business), set(p.blocked))
        for p in policies
    ]
    assert got == expected
    assert all(p.source == str(fixture(name)) for p in policies)


def test_v2_rules_are_loaded(block_all) -> None:
    assert block_all.action_rules == (
        ActionRules("shared_sql", "allow", (("DeleteItem_V2", "block"),
                                            ("ExecutePassThroughNativeQuery_V2", "block"))),
    )
    assert block_all.endpoint_rules == (
        EndpointRules("shared_sql", (EndpointRule(1, "contoso.com", "allow"),
                                     EndpointRule(2, "*", "deny"))),
    )
    assert block_all.custom_connector_patterns == (
        CustomConnectorPattern(1, "https://*.contoso.com", X),
        CustomConnectorPattern(2, "*", "ignore"),
    )


def test_connectors_are_keyed_on_id_not_on_their_display_name(policy_02) -> None:
    # dlp_get_policy_02 names shared_sql "SQL Server": the id must win
    assert "shared_sql" in policy_02.non_business
    assert "sql server" not in policy_02.non_business

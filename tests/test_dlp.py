"""DLP policies: every export shape, group semantics, action/endpoint rules, validation."""

from __future__ import annotations

import dataclasses
import pickle

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st

from pipelines.tenant.dlp import (
    ActionRules,
    ConnectorGroup,
    CustomConnectorPattern,
    DlpPolicy,
    EndpointRule,
    EndpointRules,
    PolicySet,
    connector_groups_in,
    load_policy_file,
    load_unblockable,
    normalise_connector_id,
    parse_policies,
    policy_from_inline,
)
from pipelines.tenant.geo import TenantFileError
from tests.fixtures_tenant import (
    POWERPLATFORM_FILES,
    fixture,
    read_fixture,
    write_json,
    write_text,
)

B, N, X = ConnectorGroup.BUSINESS, ConnectorGroup.NON_BUSINESS, ConnectorGroup.BLOCKED
API = "/providers/Microsoft.PowerApps/apis/"
ENV_PREFIX = "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"


def _one(name: str) -> DlpPolicy:
    (policy,) = load_policy_file(fixture(name))
    return policy


@pytest.fixture(scope="module")
def block_all() -> DlpPolicy:
    """Default group Blocked, action + endpoint rules on shared_sql, custom patterns."""
    return _one("dlp_create_get_policy_01.json")


@pytest.fixture(scope="module")
def policy_02() -> DlpPolicy:
    """Except one environment; azureblob actions default Block; deny * endpoints."""
    return _one("dlp_get_policy_02.json")


# --------------------------------------------------------------- connector ids

@pytest.mark.parametrize(
    ("given", "expected"),
    [
        (API + "shared_sharepointonline", "shared_sharepointonline"),
        ("/providers/microsoft.powerapps/apis/Shared_SQL/", "shared_sql"),
        ("Shared_X", "shared_x"),
        ("shared_x", "shared_x"),
        ("  shared_x ", "shared_x"),
        ("Http", "http"),
        ("/providers/Microsoft.PowerApps/scopes/admin/environments/e1/apis/"
         "shared_contoso-5fapi-5f1234abcd", "shared_contoso-5fapi-5f1234abcd"),
        ("", ""),
    ],
)
def test_normalise_connector_id(given, expected) -> None:
    assert normalise_connector_id(given) == expected


@given(st.text(max_size=40))
def test_normalise_connector_id_is_idempotent(value) -> None:
    once = normalise_connector_id(value)
    assert normalise_connector_id(once) == once


def test_connector_catalogue_ids_normalise_to_their_names() -> None:
    apis = read_fixture("connectors_get_apis.json")["value"]
    assert [normalise_connector_id(a["id"]) for a in apis] == [a["name"] for a in apis]
    virtual = read_fixture("connectors_get_virtual.json")
    assert [normalise_connector_id(v["id"]) for v in virtual] == ["http", "httprequestreceived"]


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


# ------------------------------------------------------------------ applies_to

@pytest.mark.parametrize(
    ("scope", "environment", "applies"),
    [
        ("all", "anything", True),
        ("all", None, True),
        ("only", "e1", True),
        ("only", "E1", True),
        ("only", ENV_PREFIX + "e1", True),
        ("only", "e2", False),
        ("only", None, False),  # region-only source: cannot be shown to be covered
        ("except", "e1", False),
        ("except", ENV_PREFIX + "E1", False),
        ("except", "e2", True),
        ("except", None, True),
    ],
)
def test_applies_to(scope, environment, applies) -> None:
    policy = DlpPolicy("p", "p", scope, environments=frozenset({"e1"}))
    assert policy.applies_to(environment) is applies


@pytest.mark.parametrize(
    ("name", "environment", "applies"),
    [
        ("dlp_create_get_policy_01.json", "00000000-0000-0000-0000-000000000000", True),
        ("dlp_create_get_policy_01.json", "00000000-0000-0000-0000-000000000001", False),
        ("dlp_get_policy_02.json", "be0eb809-e58a-ec1b-8fce-ea40b0e53442", False),
        ("dlp_get_policy_02.json", "contoso-prod", True),
        ("getdlppolicy_v1_export.json", "Default-ca08493a-c9c8-4db0-a9e8-d3b4bafac269", True),
        ("getdlppolicy_v1_export.json", "contoso-prod", False),
    ],
)
def test_real_policies_apply_to_their_environments(name, environment, applies) -> None:
    assert _one(name).applies_to(environment) is applies


# ------------------------------------------------------------------- groups

@pytest.mark.parametrize(
    ("connector", "group"),
    [
        ("shared_sharepointonline", B),
        (API + "shared_sharepointonline", B),
        ("Shared_SharePointOnline", B),
        ("shared_sql", N),
        ("shared_azureblob", X),
        ("shared_twitter", X),  # unlisted: default group Blocked
        ("http", X),
    ],
)
def test_group_of_uses_explicit_group_else_default(block_all, connector, group) -> None:
    assert block_all.group_of(connector) is group


@pytest.mark.parametrize(
    ("connector", "group"),
    [("shared_office365users", B), ("shared_bttn", N), ("shared_dropbox", N)],
)
def test_group_of_with_default_non_business(policy_02, connector, group) -> None:
    assert policy_02.group_of(connector) is group


@pytest.mark.parametrize(
    ("connector", "endpoint", "group"),
    [
        ("shared_contosoapi", "https://api.contoso.com", X),  # Blocked custom pattern
        ("shared_contosoapi", "https://api.contoso.com/v1/items", X),
        ("shared_contosoapi", "API.CONTOSO.COM", X),  # host only
        ("shared_contosoapi", "https://contoso.com", X),  # Ignore -> default (Blocked)
        ("shared_sql", "https://api.contoso.com", N),  # listed connectors keep their group
        ("shared_sharepointonline", "https://x.contoso.com", B),
    ],
)
def test_effective_group_block_all(block_all, connector, endpoint, group) -> None:
    assert block_all.effective_group(connector, endpoint) is group


@pytest.mark.parametrize(
    ("connector", "endpoint", "group"),
    [
        ("shared_aaaapi", "http://aaa.com", B),  # Confidential custom pattern
        ("shared_aaaapi", "http://aaa.com/", B),
        ("shared_aaaapi", "https://aaa.com", N),  # Ignore rule -> default General
        ("shared_aaaapi", None, N),
        ("shared_bttn", "http://aaa.com", N),  # listed: pattern does not apply
    ],
)
def test_effective_group_policy_02(policy_02, connector, endpoint, group) -> None:
    assert policy_02.effective_group(connector, endpoint) is group


@pytest.mark.parametrize(
    ("endpoint", "group"),
    [
        ("https://api.contoso.com", X),
        ("https://a.b.contoso.com:8443/path", X),
        ("https://contoso.com", None),
        ("https://api.contoso.com.evil.net", None),
        ("http://api.contoso.com", None),
        ("", None),
        (None, None),
    ],
)
def test_custom_connector_group(block_all, endpoint, group) -> None:
    assert block_all.custom_connector_group(endpoint) == group


def test_custom_patterns_apply_in_order_not_in_file_order() -> None:
    policy = DlpPolicy(
        "p", "p", "all",
        custom_connector_patterns=(
            CustomConnectorPattern(2, "*", X),
            CustomConnectorPattern(1, "https://*.contoso.com", B),
        ),
    )
    assert policy.custom_connector_group("https://api.contoso.com") is B
    assert policy.custom_connector_group("https://other.net") is X


# ------------------------------------------------------------------ actions

@pytest.mark.parametrize(
    ("connector", "action", "blocked"),
    [
        ("shared_sql", "DeleteItem_V2", True),
        ("shared_sql", "deleteitem_v2", True),
        (API + "shared_sql", "ExecutePassThroughNativeQuery_V2", True),
        ("shared_sql", "GetItems_V2", False),  # default Allow
        ("shared_sql", None, False),
        ("shared_sql", "", False),
        ("shared_sharepointonline", "DeleteItem", False),  # no action rules
    ],
)
def test_is_action_blocked_default_allow(block_all, connector, action, blocked) -> None:
    assert block_all.is_action_blocked(connector, action) is blocked


@pytest.mark.parametrize(
    ("action", "blocked"),
    [
        ("CreateFile_V2", False),  # listed Allow
        ("UpdateFile_V2", False),
        ("DeleteBlob_V2", True),  # unlisted: default Block
        ("CopyFile", True),
        (None, False),
    ],
)
def test_is_action_blocked_default_block(policy_02, action, blocked) -> None:
    assert policy_02.is_action_blocked("shared_azureblob", action) is blocked


# ---------------------------------------------------------------- endpoints

@pytest.mark.parametrize(
    ("connector", "endpoint", "denied"),
    [
        ("shared_sql", "contoso.com", False),  # rule 1 Allow
        ("shared_sql", "CONTOSO.COM", False),
        ("shared_sql", "https://contoso.com/db", False),  # URL matched by its host
        ("shared_sql", "sql.contoso.com", True),  # rule 2 Deny *
        ("shared_sql", "evil.example", True),
        ("shared_sql", "https://evil.example/?q=contoso.com", True),
        ("shared_sql", None, False),
        ("shared_sql", " ", False),
        ("shared_sharepointonline", "evil.example", False),  # no rules
    ],
)
def test_is_endpoint_denied_first_match_wins(block_all, connector, endpoint, denied) -> None:
    assert block_all.is_endpoint_denied(connector, endpoint) is denied


@pytest.mark.parametrize(
    ("rules", "endpoint", "denied"),
    [
        ((EndpointRule(1, "*.contoso.com", "allow"), EndpointRule(2, "*", "deny")),
         "api.contoso.com", False),
        ((EndpointRule(1, "*.contoso.com", "allow"), EndpointRule(2, "*", "deny")),
         "contoso.com", True),
        ((EndpointRule(2, "*", "deny"), EndpointRule(1, "*.contoso.com", "allow")),
         "api.contoso.com", False),  # order field decides, not position
        ((EndpointRule(1, "https://contoso.sharepoint.com/sites/hr*", "deny"),
          EndpointRule(2, "*", "allow")), "https://contoso.sharepoint.com/sites/hr/docs", True),
        ((EndpointRule(1, "https://contoso.sharepoint.com/sites/hr*", "deny"),
          EndpointRule(2, "*", "allow")), "https://contoso.sharepoint.com/sites/sales", False),
        ((EndpointRule(1, "a.com", "deny"),), "b.com", False),  # no match -> not denied
        ((EndpointRule(1, "db?.contoso.com", "deny"),), "db1.contoso.com", False),  # '?' literal
        ((EndpointRule(1, "db?.contoso.com", "deny"),), "db?.contoso.com", True),
    ],
)
def test_endpoint_rule_semantics(rules, endpoint, denied) -> None:
    policy = DlpPolicy("p", "p", "all", endpoint_rules=(EndpointRules("shared_x", rules),))
    assert policy.is_endpoint_denied("Shared_X", endpoint) is denied


@given(st.text(min_size=1, max_size=60).filter(str.strip))
def test_a_star_deny_rule_denies_every_endpoint(endpoint) -> None:
    policy = DlpPolicy("p", "p", "all",
                       endpoint_rules=(EndpointRules("c", (EndpointRule(1, "*", "deny"),)),))
    assert policy.is_endpoint_denied("c", endpoint)


# --------------------------------------------------------------- policy sets

def _inline(**data) -> DlpPolicy:
    return policy_from_inline({"name": "p", **data})


@pytest.fixture(scope="module")
def tenant_policies() -> PolicySet:
    return PolicySet(
        (
            policy_from_inline({"name": "z-tenant", "blocked": ["shared_dropbox"],
                                "business": ["shared_sql"]}),
            policy_from_inline({"name": "a-prod", "scope": "only", "environments": ["prod"],
                                "business": ["shared_sharepointonline"], "default_group": "blocked",
                                "action_rules": {"shared_sql": {"block": ["DeleteItem_V2"]}},
                                "endpoint_rules": {"shared_sql": [{"allow": "*.contoso.com"},
                                                                  {"deny": "*"}]}}),
            policy_from_inline({"name": "m-sandbox", "scope": "except", "environments": ["prod"],
                                "non_business": ["shared_approvals"],
                                "custom_connector_patterns": [
                                    {"pattern": "https://*.evil.net", "classification": "blocked"}
                                ]}),
        ),
        unblockable=frozenset({API + "shared_approvals"}),
    )


@pytest.mark.parametrize(
    ("environment", "names"),
    [
        ("prod", ["a-prod", "z-tenant"]),
        ("PROD", ["a-prod", "z-tenant"]),
        ("dev", ["m-sandbox", "z-tenant"]),
        (None, ["m-sandbox", "z-tenant"]),
    ],
)
def test_applicable_sorted_by_name(tenant_policies, environment, names) -> None:
    assert [p.name for p in tenant_policies.applicable(environment)] == names


@pytest.mark.parametrize(
    ("environment", "connector", "endpoint", "names"),
    [
        ("prod", "shared_dropbox", None, ["a-prod", "z-tenant"]),  # listed, and a's default
        ("prod", "shared_twitter", None, ["a-prod"]),  # via a-prod's default group
        ("prod", "shared_sql", None, ["a-prod"]),  # business in z, default-blocked in a
        ("prod", "shared_sharepointonline", None, []),
        ("dev", "shared_twitter", None, []),
        ("dev", "shared_contoso", "https://api.evil.net", ["m-sandbox"]),  # custom pattern
        ("dev", "shared_contoso", "https://api.good.net", []),
        ("dev", "shared_dropbox", "https://api.evil.net", ["m-sandbox", "z-tenant"]),
        ("dev", "shared_dropbox", None, ["z-tenant"]),
        (None, "shared_dropbox", None, ["z-tenant"]),
        ("prod", "shared_approvals", None, []),  # unblockable, even with default Blocked
        ("prod", API + "Shared_Approvals", None, []),
        ("prod", None, None, []),
        ("prod", "", None, []),
    ],
)
def test_blocking_policies_most_restrictive_wins(
    tenant_policies, environment, connector, endpoint, names
) -> None:
    found = tenant_policies.blocking_policies(environment, connector, endpoint)
    assert [p.name for p in found] == names


@pytest.mark.parametrize(
    ("environment", "connector", "action", "names"),
    [
        ("prod", "shared_sql", "DeleteItem_V2", ["a-prod"]),
        ("prod", "shared_sql", "GetItems", []),
        ("dev", "shared_sql", "DeleteItem_V2", []),
        ("prod", "shared_sql", None, []),
        ("prod", None, "DeleteItem_V2", []),
    ],
)
def test_action_blocking_policies(tenant_policies, environment, connector, action, names) -> None:
    found = tenant_policies.action_blocking_policies(environment, connector, action)
    assert [p.name for p in found] == names


@pytest.mark.parametrize(
    ("environment", "endpoint", "names"),
    [
        ("prod", "db.contoso.com", []),
        ("prod", "db.fabrikam.com", ["a-prod"]),
        ("dev", "db.fabrikam.com", []),
        ("prod", None, []),
    ],
)
def test_endpoint_denying_policies(tenant_policies, environment, endpoint, names) -> None:
    found = tenant_policies.endpoint_denying_policies(environment, "shared_sql", endpoint)
    assert [p.name for p in found] == names


def test_policy_set_normalises_unblockable_ids() -> None:
    assert PolicySet((), frozenset({API + "Shared_Approvals"})).unblockable == {"shared_approvals"}


@pytest.mark.parametrize(
    ("connectors", "groups"),
    [
        (["shared_sharepointonline", "shared_sql"], {B, N}),  # a mix
        (["shared_sharepointonline", API + "shared_sharepointonline"], {B}),
        (["shared_sql", "shared_twitter"], {N, X}),
        ([("shared_custom", "https://api.contoso.com"), "shared_sql"], {X, N}),
        ([("shared_sql", None), "", None], {N}),
        ([], set()),
    ],
)
def test_connector_groups_in(connectors, groups) -> None:
    policy = DlpPolicy("p", "p", "all", business=frozenset({"shared_sharepointonline"}),
                       non_business=frozenset({"shared_sql"}), blocked=frozenset(),
                       default_group=X,
                       custom_connector_patterns=(
                           CustomConnectorPattern(1, "https://*.contoso.com", X),))
    found = connector_groups_in(policy, [c for c in connectors if c is not None])
    assert found == groups


# ---------------------------------------------------------------- inline form

def test_inline_full_form() -> None:
    policy = policy_from_inline({
        "name": "Sandbox policy",
        "scope": "except",
        "environments": ["Contoso-Prod", ENV_PREFIX + "contoso-dev"],
        "business": [API + "shared_sharepointonline"],
        "non_business": ["Shared_Twitter"],
        "blocked": ["shared_dropbox"],
        "default_group": "Business",
        "action_rules": {"shared_sql": {"default": "block", "allow": ["GetItems_V2"]}},
        "endpoint_rules": {"shared_sql": [{"allow": "contoso.com"},
                                          {"behavior": "deny", "pattern": "*"}]},
        "custom_connector_patterns": [{"pattern": "https://*.contoso.com",
                                       "classification": "ignore"}],
    }, source="dlp_policies[1]")
    assert policy == DlpPolicy(
        name="Sandbox policy", display_name="Sandbox policy", scope="except",
        environments=frozenset({"contoso-prod", "contoso-dev"}),
        business=frozenset({"shared_sharepointonline"}),
        non_business=frozenset({"shared_twitter"}), blocked=frozenset({"shared_dropbox"}),
        default_group=B,
        action_rules=(ActionRules("shared_sql", "block", (("GetItems_V2", "allow"),)),),
        endpoint_rules=(EndpointRules("shared_sql", (EndpointRule(1, "contoso.com", "allow"),
                                                     EndpointRule(2, "*", "deny"))),),
        custom_connector_patterns=(CustomConnectorPattern(1, "https://*.contoso.com", "ignore"),),
        source="dlp_policies[1]",
    )
    assert policy.is_action_blocked("shared_sql", "DeleteItem_V2")
    assert not policy.is_action_blocked("shared_sql", "getitems_v2")


@pytest.mark.parametrize(
    ("data", "scope", "default"),
    [
        ({"name": "p"}, "all", N),  # Power Platform puts new connectors in Non-business
        ({"name": "p", "scope": "ONLY", "environments": "e1"}, "only", N),
        ({"name": "p", "default_group": "non business"}, "all", N),
        ({"name": "p", "default_group": "Non-Business"}, "all", N),
        ({"name": "p", "scope": " Except ", "environments": ["e"]}, "except", N),
        ({"name": "p", "default_group": "Blocked"}, "all", X),
    ],
)
def test_inline_defaults_and_spellings(data, scope, default) -> None:
    policy = policy_from_inline(data)
    assert (policy.scope, policy.default_group) == (scope, default)


@pytest.mark.parametrize(
    ("data", "problems"),
    [
        ({"name": "p", "default_group": "purple"},
         ["default_group: 'purple' is not one of business, non_business, blocked"]),
        ({"name": "p", "scope": "some", "environments": ["e1"]},
         ["scope: 'some' is not one of all, only, except"]),
        ({"name": "p", "environments": ["e1"]},
         ["scope: missing: say whether the environments are the only ones (only) or exempt "
          "(except)"]),
        ({"name": "p", "scope": "only", "environments": []},
         ["environments: scope 'only' lists no environment"]),
        ({"name": "p", "business": ["shared_x"], "blocked": ["Shared_X"]},
         ["blocked[0]: connector 'shared_x' is also listed in business"]),
        ({"name": "p", "business": "shared_x", "non_business": [3]},
         ["non_business[0]: expected a connector id, got 3"]),
        ({"name": "p", "business": {"a": 1}}, ["business: expected a list of connector ids"]),
        ({"scope": "all"}, ["name: expected the policy name"]),
        ({"name": "p", "colour": "red"},
         ["colour: unknown key (allowed: name, display_name, scope, environments, business, "
          "non_business, blocked, default_group, action_rules, endpoint_rules, "
          "custom_connector_patterns)"]),
        ({"name": "p", "action_rules": {"shared_sql": {"default": "maybe", "deny": ["A"]}}},
         ["action_rules.shared_sql.deny: unknown key (allowed: default, block, allow)",
          "action_rules.shared_sql.default: 'maybe' is not one of allow, block"]),
        ({"name": "p", "action_rules": {"shared_sql": {"block": ["A"], "allow": ["a"]}}},
         ["action_rules.shared_sql.block[0]: action 'A' is listed twice"]),
        ({"name": "p", "action_rules": ["x"]},
         ["action_rules: expected a mapping of connector id to rules"]),
        ({"name": "p", "endpoint_rules": {"shared_sql": [{"permit": "*"}, "x", {"deny": ""}]}},
         ["endpoint_rules.shared_sql[0]: 'permit' is not one of allow, deny",
          "endpoint_rules.shared_sql[1]: expected {allow: pattern} or {deny: pattern}",
          "endpoint_rules.shared_sql[2]: expected an endpoint pattern such as '*.contoso.com'"]),
        ({"name": "p", "custom_connector_patterns": [{"pattern": "*", "classification": "x"}]},
         ["custom_connector_patterns[0].classification: 'x' is not one of business, "
          "non_business, blocked, ignore"]),
        # every problem of one policy, not just the first
        ({"name": "p", "scope": "most", "default_group": "purple", "blocked": [None]},
         ["scope: 'most' is not one of all, only, except",
          "default_group: 'purple' is not one of business, non_business, blocked",
          "blocked[0]: expected a connector id, got None"]),
    ],
)
def test_inline_validation_names_the_key_and_allowed_values(data, problems) -> None:
    with pytest.raises(TenantFileError) as caught:
        policy_from_inline(data, source="dlp_policies[1]")
    assert caught.value.problems == problems
    assert caught.value.path == "dlp_policies[1]"


def test_inline_problems_can_be_prefixed_by_the_caller() -> None:
    with pytest.raises(TenantFileError) as caught:
        policy_from_inline({"name": "p", "default_group": "purple"})
    prefixed = [f"dlp_policies[1].{p}" for p in caught.value.problems]
    assert prefixed == [
        "dlp_policies[1].default_group: 'purple' is not one of business, non_business, blocked"
    ]


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
    assert policy == dataclasses.replace(_one("dlp_get_policy_02.json"), source=str(path))


# ------------------------------------------------------------------ unblockable

def test_load_unblockable_fixture() -> None:
    assert load_unblockable(fixture("connectors_get_unblockable.json")) == {
        "shared_approvals", "shared_cloudappsecurity", "shared_commondataservice"
    }


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"value": [{"id": API + "shared_a", "metadata": {"unblockable": True}}]},
         {"shared_a"}),
        ([{"id": API + "shared_a", "metadata": {"unblockable": False}}, {"id": "shared_b"}],
         {"shared_b"}),
        (["Shared_C", API + "shared_d"], {"shared_c", "shared_d"}),
        ([], set()),
    ],
)
def test_load_unblockable_shapes(tmp_path, document, expected) -> None:
    assert load_unblockable(write_json(tmp_path, document)) == expected


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"value": 3}, ["value: expected a list"]),
        ([{"metadata": {}}, 5], ["[0]: expected a connector id", "[1]: expected a connector id"]),
    ],
)
def test_malformed_unblockable_files(tmp_path, document, problems) -> None:
    with pytest.raises(TenantFileError) as caught:
        load_unblockable(write_json(tmp_path, document))
    assert caught.value.problems == problems


# ------------------------------------------------------------- value semantics

def test_hand_built_policies_are_normalised_like_loaded_ones() -> None:
    policy = DlpPolicy("p", "p", "only", environments=frozenset({ENV_PREFIX + "E1"}),
                       blocked=frozenset({API + "Shared_X"}), default_group="business")
    assert policy.environments == {"e1"}
    assert policy.blocked == {"shared_x"}
    assert policy.default_group is B


def test_hand_built_policy_rejects_an_unknown_scope() -> None:
    with pytest.raises(ValueError, match="scope: 'some' is not one of all, only, except"):
        DlpPolicy("p", "p", "some")


def test_connector_group_is_a_string_enum() -> None:
    assert B == "business" and f"{N}" == "non_business" and isinstance(X, str)


@pytest.mark.parametrize("name", ["dlp_create_get_policy_01.json", "dlp_get_policy_02.json"])
def test_policies_pickle_and_hash(name) -> None:
    policy = _one(name)
    copy = pickle.loads(pickle.dumps(policy))
    assert copy == policy and hash(copy) == hash(policy)
    assert copy.is_action_blocked("shared_sql", "DeleteItem_V2") == policy.is_action_blocked(
        "shared_sql", "DeleteItem_V2")
    assert PolicySet((policy,)) == pickle.loads(pickle.dumps(PolicySet((policy,))))


def test_the_inline_example_of_design_md() -> None:
    policy = policy_from_inline(yaml.safe_load("""
name: Sandbox policy           # inline
scope: except                  # all | only | except
environments: [contoso-prod]
business: [shared_sharepointonline]
non_business: [shared_twitter]
blocked: [shared_dropbox]
default_group: non_business    # business | non_business | blocked
"""))
    assert not policy.applies_to("contoso-prod") and policy.applies_to("contoso-apac")
    assert [policy.group_of(c) for c in ("shared_sharepointonline", "shared_twitter",
                                         "shared_dropbox", "shared_sql")] == [B, N, X, N]


def test_inline_accepts_a_config_model_dump_with_every_key_present() -> None:
    dumped = {"name": "p", "scope": "all", "environments": [], "business": [],
              "non_business": [], "blocked": ["shared_x"], "default_group": "non_business",
              "action_rules": {}, "endpoint_rules": {}}
    assert policy_from_inline(dumped).blocked == {"shared_x"}


# ------------------------------------------- every Power Platform reference file


def _load_any(name: str) -> object:
    from pipelines.tenant.environments import load_environment_file
    from pipelines.tenant.geo import load_locations_export

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
    from pipelines.tenant.environments import load_environment_file

    path = fixture("getdlppolicy_v1_export.json")
    (policy,) = load_policy_file(path)
    (environment,) = load_environment_file(path)
    assert policy.applies_to(environment.id)

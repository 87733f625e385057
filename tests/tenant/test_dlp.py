"""DLP policies as values: connector ids, scopes, groups, action/endpoint rules, policy sets."""

from __future__ import annotations

import pickle

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipelines.tenant.dlp import (
    ConnectorGroup,
    CustomConnectorPattern,
    DlpPolicy,
    EndpointRule,
    EndpointRules,
    PolicySet,
    connector_groups_in,
    normalise_connector_id,
)
from pipelines.tenant.exports.dlp_inline import policy_from_inline
from tests.fixtures_tenant import API, ENV_PREFIX, one_policy, read_fixture

B, N, X = ConnectorGroup.BUSINESS, ConnectorGroup.NON_BUSINESS, ConnectorGroup.BLOCKED


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
    assert one_policy(name).applies_to(environment) is applies


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
    policy = one_policy(name)
    copy = pickle.loads(pickle.dumps(policy))
    assert copy == policy and hash(copy) == hash(policy)
    assert copy.is_action_blocked("shared_sql", "DeleteItem_V2") == policy.is_action_blocked(
        "shared_sql", "DeleteItem_V2")
    assert PolicySet((policy,)) == pickle.loads(pickle.dumps(PolicySet((policy,))))

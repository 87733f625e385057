"""The inline policy form: defaults, spellings, and every problem named by its key."""

from __future__ import annotations

import pytest
import yaml

from pipelines.tenant.dlp import (
    ActionRules,
    ConnectorGroup,
    CustomConnectorPattern,
    DlpPolicy,
    EndpointRule,
    EndpointRules,
)
from pipelines.tenant.exports.dlp_inline import policy_from_inline
from pipelines.tenant.exports.document import TenantFileError
from tests.fixtures_tenant import API, ENV_PREFIX

B, N, X = ConnectorGroup.BUSINESS, ConnectorGroup.NON_BUSINESS, ConnectorGroup.BLOCKED


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
        ({"name": "p", "display_name": 3}, ["display_name: expected a string, got 3"]),
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

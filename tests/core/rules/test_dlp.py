"""DLP: blocked connectors, actions and endpoints, and connector-group mix."""

from __future__ import annotations

import pytest

from pipelines.core.rules import judge_transfer
from pipelines.core.rules.dlp import FlowUse, group_mix_findings
from pipelines.tenant.dlp import PolicySet
from pipelines.tenant.environments import Environment
from pipelines.tenant.exports.dlp_inline import policy_from_inline
from pipelines.tenant.exports.locations import builtin_catalogue
from pipelines.tenant.model import Tenant
from tests.core.rules.cases import CUSTOMER, PERSONAL, transfer, verdicts

CONNECTORS = [
    ("shared_dropbox", PERSONAL, {("blocked-connector", "high")}),
    ("shared_dropbox", CUSTOMER, {("blocked-connector", "medium")}),
    ("shared_sharepointonline", PERSONAL, set()),
    ("shared_twitter", PERSONAL, set()),
    ("shared_unlisted", PERSONAL, set()),  # default group non_business: allowed
    (None, PERSONAL, set()),
]


@pytest.mark.parametrize(("connector", "moved", "expected"), CONNECTORS)
def test_blocked_connector(tenant, connector, moved, expected):
    assert verdicts(judge_transfer(transfer(connector=connector), moved, tenant)) == expected


GROUP_MIX = [
    ([("shared_sharepointonline", False), ("shared_twitter", False)], {("connector-group-mix", "medium")}),
    ([("shared_sharepointonline", True), ("shared_twitter", False)], {("connector-group-mix", "high")}),
    ([("shared_sharepointonline", True), ("shared_office365", True)], set()),
    ([("shared_twitter", True), ("shared_unlisted", True)], set()),  # both non-business
    ([("shared_sharepointonline", False), ("shared_unlisted", False)], {("connector-group-mix", "medium")}),
    ([("shared_sharepointonline", False)], set()),
]


@pytest.mark.parametrize(("uses", "expected"), GROUP_MIX)
def test_connector_group_mix(tenant, uses, expected):
    flow = [FlowUse(c, "prod", personal, f"T{i}") for i, (c, personal) in enumerate(uses)]
    found = group_mix_findings("flow-1", flow, tenant)
    assert verdicts(found) == expected
    assert all(f.subject == "flow-1@Tenant policy" for f in found)


API = "/providers/Microsoft.PowerApps/apis/"


@pytest.fixture(scope="module")
def dlp_tenant() -> Tenant:
    """Two policies: 'Tenant' (all environments, with action, endpoint and custom-connector
    rules) and 'Dev' (only dev, Blocked by default); shared_approvals cannot be blocked."""
    tenant_policy = policy_from_inline({
        "name": "Tenant", "scope": "all",
        "business": ["shared_sharepointonline", "shared_office365", "shared_sql",
                     "shared_azureblob"],
        "non_business": ["shared_twitter"],
        "blocked": ["shared_dropbox"],
        "action_rules": {
            "shared_office365": {"default": "allow", "block": ["ForwardEmail_V2"]},
            "shared_sharepointonline": {"default": "block", "allow": ["GetItems", "PostItem"]},
        },
        "endpoint_rules": {
            "shared_sql": [{"deny": "legacy.contoso.com"}, {"allow": "*.contoso.com"},
                           {"deny": "*"}],
            "shared_azureblob": [{"allow": "*.contoso.com"}, {"deny": "legacy.contoso.com"}],
        },
        "custom_connector_patterns": [
            {"pattern": "https://*.evil.net", "classification": "blocked"},
            {"pattern": "https://*.contoso.com", "classification": "business"},
            {"pattern": "*", "classification": "ignore"},
        ],
    })
    dev_policy = policy_from_inline({
        "name": "Dev", "scope": "only", "environments": ["dev"], "default_group": "blocked",
        "business": ["shared_sharepointonline"], "non_business": ["shared_office365"],
    })
    return Tenant(
        home_geo="europe", catalogue=builtin_catalogue(),
        environments=(Environment("prod", "europe", "westeurope"),
                      Environment("dev", "europe", "northeurope")),
        policies=PolicySet((tenant_policy, dev_policy), frozenset({API + "shared_approvals"})),
    )


def dlp_verdicts(findings) -> set[tuple[str, str, str]]:
    return {(f.rule, f.severity, f.details["policy"]) for f in findings}


BC, BA, BE = "blocked-connector", "blocked-connector-action", "blocked-endpoint"
DLP_TABLE = [
    # (source environment, connector, action, endpoint, moved, {(rule, severity, policy)})
    ("prod", "shared_dropbox", None, None, PERSONAL, {(BC, "high", "Tenant")}),
    ("prod", API + "Shared_DropBox", None, None, CUSTOMER, {(BC, "medium", "Tenant")}),
    # most restrictive wins: blocked by both policies, by one, or by Dev's default only
    ("dev", "shared_dropbox", None, None, CUSTOMER, {(BC, "medium", "Dev, Tenant")}),
    ("dev", "shared_twitter", None, None, PERSONAL, {(BC, "high", "Dev")}),
    ("prod", "shared_twitter", None, None, PERSONAL, set()),
    ("dev", "shared_sharepointonline", "PostItem", None, PERSONAL, set()),
    # connectors Power Platform cannot block are never reported, whatever the default
    ("dev", "shared_approvals", None, None, PERSONAL, set()),
    ("dev", API + "Shared_Approvals", None, None, PERSONAL, set()),
    ("prod", "shared_approvals", None, "https://flow.evil.net", PERSONAL, set()),
    # custom-connector URL patterns classify unlisted connectors, first match wins
    ("prod", "shared_contoso-5fupload", None, "https://upload.evil.net/api", CUSTOMER,
     {(BC, "medium", "Tenant")}),
    ("prod", "shared_contoso-5fupload", None, "https://api.contoso.com", CUSTOMER, set()),
    ("prod", "shared_contoso-5fupload", None, "https://other.example.org", CUSTOMER, set()),
    ("prod", "shared_twitter", None, "https://x.evil.net", CUSTOMER, set()),  # listed
    # action rules: listed block, any case; unlisted action falling to a Block default
    ("prod", "shared_office365", "ForwardEmail_V2", None, PERSONAL, {(BA, "high", "Tenant")}),
    ("prod", "shared_office365", "forwardemail_v2", None, CUSTOMER, {(BA, "medium", "Tenant")}),
    ("prod", "shared_office365", "SendEmailV2", None, PERSONAL, set()),
    ("prod", "shared_sharepointonline", "DeleteItem", None, CUSTOMER,
     {(BA, "medium", "Tenant")}),
    ("prod", "shared_sharepointonline", "PostItem", None, PERSONAL, set()),
    ("prod", "shared_sharepointonline", None, None, PERSONAL, set()),
    ("dev", "shared_sharepointonline", "DeleteItem", None, PERSONAL, {(BA, "high", "Tenant")}),
    # endpoint rules: ordered, first match wins, '*' wildcards
    ("prod", "shared_sql", None, "legacy.contoso.com", PERSONAL, {(BE, "high", "Tenant")}),
    ("prod", "shared_sql", None, "app.contoso.com", PERSONAL, set()),
    ("prod", "shared_sql", None, "db.example.net", CUSTOMER, {(BE, "medium", "Tenant")}),
    ("prod", "shared_sql", None, None, CUSTOMER, set()),
    ("prod", "shared_azureblob", None, "legacy.contoso.com", CUSTOMER, set()),  # allow first
    ("prod", "shared_azureblob", None, "store.example.net", CUSTOMER, set()),  # no match
    ("prod", "shared_twitter", None, "api.twitter.com", CUSTOMER, set()),  # no rules
    # one transfer, three DLP rules
    ("dev", "shared_sql", "DeleteItem", "legacy.contoso.com", CUSTOMER,
     {(BC, "medium", "Dev"), (BE, "medium", "Tenant")}),
]


@pytest.mark.parametrize(("env", "connector", "action", "endpoint", "moved", "expected"),
                         DLP_TABLE)
def test_dlp_rules(dlp_tenant, env, connector, action, endpoint, moved, expected):
    t = transfer(source_environment=env, connector=connector, action=action, endpoint=endpoint)
    assert dlp_verdicts(judge_transfer(t, moved, dlp_tenant)) == expected


MIX_TABLE = [
    # ([(environment, connector, endpoint, personal)], {(subject, severity)})
    ([("prod", "shared_sharepointonline", None, True), ("prod", "shared_twitter", None, False)],
     {("f@Tenant", "high")}),
    # Dev governs dev only: office365 is Business under Tenant, Non-business under Dev
    ([("dev", "shared_sharepointonline", None, False), ("dev", "shared_office365", None, False)],
     {("f@Dev", "medium")}),
    ([("prod", "shared_sharepointonline", None, False), ("prod", "shared_office365", None, False)],
     set()),
    # twitter is Blocked under Dev (default): no mix there, but a mix under Tenant
    ([("dev", "shared_sharepointonline", None, False), ("dev", "shared_twitter", None, False)],
     {("f@Tenant", "medium")}),
    # an unblockable connector under a Blocked default stays Non-business: a mix under both
    ([("dev", "shared_sharepointonline", None, False), ("dev", "shared_approvals", None, True)],
     {("f@Tenant", "high"), ("f@Dev", "high")}),
    # each policy sees only the transfers from environments it governs
    ([("prod", "shared_sharepointonline", None, False), ("dev", "shared_office365", None, True)],
     set()),
    ([("prod", "shared_twitter", None, False), ("dev", "shared_sharepointonline", None, True)],
     {("f@Tenant", "high")}),
    # custom-connector patterns classify an unlisted connector by its endpoint
    ([("prod", "shared_custom", "https://api.contoso.com", False),
      ("prod", "shared_twitter", None, False)], {("f@Tenant", "medium")}),
    ([("prod", "shared_custom", "https://api.other.org", False),
      ("prod", "shared_twitter", None, False)], set()),
    # blocked connectors are neither Business nor Non-business
    ([("prod", "shared_dropbox", None, True), ("prod", "shared_sharepointonline", None, True)],
     set()),
    # the same connector written two ways is one connector
    ([("prod", "shared_twitter", None, False), ("prod", API + "Shared_Twitter", None, False)],
     set()),
]


@pytest.mark.parametrize(("uses", "expected"), MIX_TABLE)
def test_group_mix_per_policy(dlp_tenant, uses, expected):
    flow = [FlowUse(c, env, personal, f"T{i}", endpoint)
            for i, (env, c, endpoint, personal) in enumerate(uses)]
    found = group_mix_findings("f", flow, dlp_tenant)
    assert {(f.subject, f.severity) for f in found} == expected
    assert all(f.details["flow_id"] == "f" and f.details["transfer_id"] is None for f in found)


def test_two_policies_with_one_name_are_judged_separately(dlp_tenant):
    """Exports from two files may reuse a policy name (the GUID): both are applied."""
    a = policy_from_inline({"name": "p", "display_name": "A", "business": ["shared_x"]},
                           source="a.json")
    b = policy_from_inline({"name": "p", "display_name": "B", "business": ["shared_y"]},
                           source="b.json")
    tenant = Tenant(home_geo="europe", catalogue=builtin_catalogue(),
                    environments=dlp_tenant.environments, policies=PolicySet((a, b)))
    flow = [FlowUse("shared_x", "prod", False, "T1"), FlowUse("shared_y", "prod", False, "T2")]
    assert {f.subject for f in group_mix_findings("f", flow, tenant)} == {"f@A", "f@B"}

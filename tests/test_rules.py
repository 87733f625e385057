"""The rules as tables: a transfer or a stored dataset in, the expected verdicts out."""

from __future__ import annotations

import pytest

from pipelines.core.model import DataSummary, Transfer
from pipelines.rules import (
    FlowUse,
    at_rest_findings,
    group_mix_findings,
    judge_transfer,
    leaves_geo,
)

PERSONAL = DataSummary(records=3, personal_records=2, entity_counts=(("EMAIL_ADDRESS", 2),),
                       personal_samples=("c1", "c2"), other_samples=("c3",))
CUSTOMER = DataSummary(records=4, other_samples=("t1", "t2", "t3", "t4"))
MISSING = DataSummary(records=2, unclassified_records=2, other_samples=("x1", "x2"))
MIXED = DataSummary(records=3, personal_records=1, unclassified_records=1)
NOTHING = DataSummary()


def transfer(**fields) -> Transfer:
    base = dict(transfer_id="T1", timestamp="2026-10-01T00:00:00Z", source="t.jsonl",
                position=1, source_environment="prod", source_region="westeurope",
                source_geo="europe", dataset="prod/contacts")
    base.update(fields)
    return Transfer(**base)


def verdicts(findings) -> set[tuple[str, str]]:
    return {(f.rule, f.severity) for f in findings}


RESIDENCY = [
    # (destination fields, moved data, expected {(rule, severity)})
    ({"destination_region": "northeurope", "destination_geo": "europe"}, PERSONAL, set()),
    ({"destination_region": "westeurope", "destination_geo": "europe"}, PERSONAL, set()),
    ({"destination_region": "eastus", "destination_geo": "unitedstates"}, PERSONAL,
     {("personal-data-outside-geo", "high")}),
    ({"destination_region": "eastus", "destination_geo": "unitedstates"}, CUSTOMER,
     {("customer-data-outside-geo", "info")}),
    ({"destination_region": "eastus", "destination_geo": "unitedstates"}, MISSING,
     {("unclassified-data-outside-geo", "medium")}),
    ({"destination_region": "eastus", "destination_geo": "unitedstates"}, MIXED,
     {("personal-data-outside-geo", "high"), ("unclassified-data-outside-geo", "medium")}),
    ({"destination_region": "eastus", "destination_geo": "unitedstates"}, NOTHING,
     {("unclassified-data-outside-geo", "medium")}),
    # residency allowance europe -> unitedkingdom
    ({"destination_region": "uksouth", "destination_geo": "unitedkingdom"}, PERSONAL, set()),
    # destination unknown: residency is not judged
    ({}, PERSONAL, set()),
    # destination known by geo only
    ({"destination_geo": "unitedstates", "destination_environment": "us"}, PERSONAL,
     {("personal-data-outside-geo", "high")}),
    ({"destination_geo": "europe", "destination_environment": "dev"}, PERSONAL, set()),
    ({"destination_geo": "unitedkingdom"}, PERSONAL, set()),
]


@pytest.mark.parametrize(("destination", "moved", "expected"), RESIDENCY)
def test_residency_of_transfers(tenant, destination, moved, expected):
    found = judge_transfer(transfer(**destination), moved, tenant)
    assert verdicts(found) == expected


MULTI_GEO = [
    # data of the multi-geo environment apac must stay in australia
    ("australiasoutheast", "australia", set()),
    ("westeurope", "europe", {("personal-data-outside-geo", "high")}),
    # the allowance is europe -> unitedkingdom, not australia -> unitedkingdom
    ("uksouth", "unitedkingdom", {("personal-data-outside-geo", "high")}),
]


@pytest.mark.parametrize(("region", "geo", "expected"), MULTI_GEO)
def test_multi_geo_environment_keeps_its_own_geo(tenant, region, geo, expected):
    moved = transfer(source_environment="apac", source_region="australiaeast",
                     source_geo="australia", destination_region=region, destination_geo=geo)
    assert verdicts(judge_transfer(moved, PERSONAL, tenant)) == expected


def test_shared_region_is_judged_by_membership_not_lookup(tenant):
    """eastus is listed by unitedstates and unitedstatesfirstrelease: data from the
    preview geo going to eastus stays in its geo."""
    moved = transfer(source_environment=None, source_region="eastus",
                     source_geo="unitedstatesfirstrelease", destination_region="eastus",
                     destination_geo="unitedstates")
    assert not leaves_geo(moved, tenant)


TRANSIT = [
    ("1.0", {("weak-tls", "high")}),
    ("1.1", {("weak-tls", "high")}),
    ("0.3", {("weak-tls", "high")}),
    ("1.2", set()),
    ("1.3", set()),
    (None, set()),
]


@pytest.mark.parametrize(("version", "expected"), TRANSIT)
def test_weak_tls(tenant, version, expected):
    assert verdicts(judge_transfer(transfer(tls_version=version), CUSTOMER, tenant)) == expected


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


def test_one_transfer_can_break_several_rules(tenant):
    bad = transfer(destination_region="eastus", destination_geo="unitedstates",
                   connector="shared_dropbox", tls_version="1.0")
    assert verdicts(judge_transfer(bad, PERSONAL, tenant)) == {
        ("personal-data-outside-geo", "high"), ("blocked-connector", "high"), ("weak-tls", "high")}


def test_finding_carries_counts_and_samples_not_values(tenant):
    bad = transfer(destination_region="eastus", destination_geo="unitedstates")
    (finding,) = judge_transfer(bad, PERSONAL, tenant)
    data = finding.to_json()
    assert data["records"] == 3 and data["personal_records"] == 2
    assert data["sample_record_ids"] == ["c1", "c2", "c3"]
    assert data["entity_types"] == {"EMAIL_ADDRESS": 2}
    assert data["source_geo"] == "europe" and data["destination_geo"] == "unitedstates"
    assert finding.finding_id == judge_transfer(bad, PERSONAL, tenant)[0].finding_id


AT_REST = [
    ("westeurope", "europe", PERSONAL, set()),
    ("northeurope", "europe", PERSONAL, set()),
    ("eastus", "europe", PERSONAL, {("personal-data-outside-geo", "high")}),
    ("eastus", "europe", CUSTOMER, {("customer-data-outside-geo", "info")}),
    ("uksouth", "europe", PERSONAL, set()),
    ("australiasoutheast", "australia", PERSONAL, set()),
    ("westeurope", "australia", PERSONAL, {("personal-data-outside-geo", "high")}),
]


@pytest.mark.parametrize(("region", "home_geo", "stored", "expected"), AT_REST)
def test_data_at_rest(tenant, region, home_geo, stored, expected):
    found = at_rest_findings("prod/contacts", region, home_geo, stored, tenant)
    assert verdicts(found) == expected
    for finding in found:
        assert finding.subject == f"prod/contacts@{region}"
        assert finding.details["transfer_id"] is None


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


# --- DLP through judge_transfer: several policies, unblockable connectors ----------------

from pipelines.tenant.dlp import PolicySet  # noqa: E402
from pipelines.tenant.environments import Environment  # noqa: E402
from pipelines.tenant.exports.dlp_inline import policy_from_inline  # noqa: E402
from pipelines.tenant.exports.locations import builtin_catalogue  # noqa: E402
from pipelines.tenant.model import Tenant  # noqa: E402

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


# --- untrusted destination, over the real service-tag file ------------------------------

@pytest.fixture(scope="module")
def service_tags():
    from pipelines.tenant.exports.service_tags import load_service_tags
    from tests.fixtures_tenant import SERVICE_TAGS_FULL

    return load_service_tags(SERVICE_TAGS_FULL)


UD_RULE = "untrusted-destination"
DESTINATIONS = [
    # (address, allowed tags, untrusted?)  addresses checked against the file by hand
    ("20.50.2.14", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), False),
    ("20.50.68.150", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), False),  # PPI.NorthEurope
    ("20.50.68.150", ("AzureCloud.westeurope",), True),  # northeurope is not allowed then
    ("52.168.10.4", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),  # AzureCloud.eastus
    ("203.0.113.50", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),  # in no tag
    ("2603:1020:200::1", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), False),
    ("2603:1030:20e:3::23c", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),
    ("2001:db8::1", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),
    ("::ffff:20.50.2.14", ("AzureCloud.westeurope",), False),  # IPv4-mapped
    ("20.50.2.14", ("azurecloud.WESTEUROPE",), False),  # names compare in any case
    ("20.50.2.14", ("AzureCloud.*",), False),
    ("20.50.2.14", ("AzureCloud",), False),  # the global tag holds every region's prefixes
    ("20.50.2.14", ("AzureCloud.west*",), False),
    ("20.50.2.14", ("AzureCloud.eastus",), True),
]


@pytest.mark.parametrize(("address", "allowed", "untrusted"), DESTINATIONS)
def test_untrusted_destination(tenant, service_tags, address, allowed, untrusted):
    from dataclasses import replace

    configured = replace(tenant, service_tags_file="ServiceTags_Public.json",
                         allowed_service_tags=allowed)
    found = judge_transfer(transfer(destination_ip=address), CUSTOMER, configured, service_tags)
    assert verdicts(found) == ({(UD_RULE, "medium")} if untrusted else set())


def test_no_destination_ip_no_verdict(tenant, service_tags):
    from dataclasses import replace

    configured = replace(tenant, allowed_service_tags=("AzureCloud.westeurope",))
    assert judge_transfer(transfer(), CUSTOMER, configured, service_tags) == []

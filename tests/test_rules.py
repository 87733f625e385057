"""The rules as tables: a transfer or a stored dataset in, the expected verdicts out."""

from __future__ import annotations

import pytest

from pipelines.model import DataSummary, Transfer
from pipelines.rules import (
    FlowUse,
    at_rest_findings,
    group_mix_findings,
    judge_transfer,
    leaves_geo,
    merge_uses,
    summarise_uses,
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


FLOW_USES = [
    # (connector, environment, personal) per transfer; many runs of one flow
    [("shared_sharepointonline", "prod", False)] * 30 + [("shared_twitter", "prod", True)] * 5,
    [("shared_sharepointonline", "prod", False), ("shared_twitter", "dev", False),
     ("shared_office365", None, True)] * 7,
    [("shared_sharepointonline", "apac", False)] * 12 + [("shared_twitter", "us", False)] * 12,
    [("shared_twitter", "prod", True)] * 3,
]


@pytest.mark.parametrize("spec", FLOW_USES)
def test_group_mix_from_merged_summaries_matches_raw_uses(tenant, spec):
    """The keyed combine (bounded FlowUses, merged in any grouping) judges as the raw uses do."""
    uses = [FlowUse(c, env, personal, f"T{i:03d}") for i, (c, env, personal) in enumerate(spec)]
    raw = group_mix_findings("flow-9", uses, tenant)
    parts = [summarise_uses(uses[i::3]) for i in range(3)]
    merged = merge_uses(merge_uses(parts[2], parts[0]), parts[1])
    assert all(len(ids) <= 10 for *_, ids in merged.buckets)
    assert group_mix_findings("flow-9", merged, tenant) == raw
    for finding in raw:
        assert f"in {len(spec)} transfers" in finding.message
        assert finding.details["sample_record_ids"] == [f"T{i:03d}" for i in range(10)]

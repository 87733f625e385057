"""Residency: transfers and data at rest, judged by geo membership and allowances."""

from __future__ import annotations

import pytest

from pipelines.core.rules import judge_transfer
from pipelines.core.rules.residency import at_rest_findings, leaves_geo
from tests.core.rules.cases import CUSTOMER, MISSING, MIXED, NOTHING, PERSONAL, transfer, verdicts

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


def test_findings_say_where_their_evidence_was_read(tenant):
    """A transfer's finding points at the transfer's row, a dataset's at the record the
    judge chose; SARIF and OCSF locations are made from these two columns."""
    moved = transfer(source="/in/t.jsonl", position=7, destination_region="eastus",
                     destination_geo="unitedstates")
    for finding in judge_transfer(moved, PERSONAL, tenant):
        assert (finding.details["input_file"], finding.details["input_position"]) == \
            ("/in/t.jsonl", 7)
    stored = at_rest_findings("prod/contacts", "eastus", "europe", PERSONAL, tenant,
                              place=("/in/r.csv", 12))
    assert [(f.details["input_file"], f.details["input_position"]) for f in stored] == \
        [("/in/r.csv", 12)]
    unknown = at_rest_findings("prod/contacts", "eastus", "europe", PERSONAL, tenant)
    assert [(f.details["input_file"], f.details["input_position"]) for f in unknown] == \
        [(None, None)]

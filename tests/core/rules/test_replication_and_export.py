"""`personal-data-replicated-outside-geo` (residency.replica_findings) and
`personal-data-exported` (export): tables of input and verdict."""

from __future__ import annotations

import pytest

from pipelines.core.model import EXPORT, REPLICA
from pipelines.core.rules import export, judge_transfer, not_judgeable
from tests.core.rules.cases import CUSTOMER, MISSING, MIXED, NOTHING, PERSONAL, transfer, verdicts

PR, UD = "personal-data-replicated-outside-geo", "unclassified-data-outside-geo"


def replica(region: str, geo: str, **more):
    return transfer(transfer_id="replica:storage/a:prod/contacts->" + region, timestamp=None,
                    destination_region=region, destination_geo=geo, event=REPLICA,
                    operation="geo-replication of storage account a (Standard_GRS)", **more)


@pytest.mark.parametrize(("region", "geo", "moved", "expected"), [
    ("northeurope", "europe", PERSONAL, set()),                 # replica inside the geo
    ("uksouth", "unitedkingdom", PERSONAL, set()),              # allowed europe -> unitedkingdom
    ("francesouth", "france", PERSONAL, {(PR, "high")}),
    ("francesouth", "france", MIXED, {(PR, "high")}),
    ("francesouth", "france", CUSTOMER, {(PR, "info")}),        # non-personal: permitted
    ("francesouth", "france", MISSING, {(UD, "medium")}),       # records not in the input
    ("francesouth", "france", NOTHING, {(UD, "medium")}),       # no dataset mapped / no records
    ("eastus", "unitedstates", CUSTOMER, {(PR, "info")}),
])
def test_replica_verdicts(tenant, region, geo, moved, expected):
    found = judge_transfer(replica(region, geo), moved, tenant)
    assert verdicts(found) == expected
    # never also personal-data-outside-geo: one finding per replica
    assert "personal-data-outside-geo" not in {f.rule for f in found}


def test_an_own_schema_replicate_transfer_is_still_judged_by_the_residency_rules(tenant):
    found = judge_transfer(transfer(destination_region="eastus", destination_geo="unitedstates",
                                    operation="replicate"), PERSONAL, tenant)
    assert verdicts(found) == {("personal-data-outside-geo", "high")}


def exported(**more):
    return transfer(transfer_id="dataverse:x/contact:ExportToExcel", event=EXPORT,
                    operation="ExportToExcel", **more)


@pytest.mark.parametrize(("moved", "expected", "unjudged"), [
    (PERSONAL, {("personal-data-exported", "medium")}, None),
    (MIXED, {("personal-data-exported", "medium")}, None),
    (CUSTOMER, set(), None),
    (MISSING, set(), "some exported records are not in the records input"),
    (NOTHING, set(), "the exported table has no records in the records input"),
])
def test_export_verdicts(tenant, moved, expected, unjudged):
    assert verdicts(judge_transfer(exported(), moved, tenant)) == expected
    assert export.unjudgeable(exported(), moved) == unjudged


def test_only_exports_feed_the_export_rule(tenant):
    assert not judge_transfer(transfer(operation="export"), PERSONAL, tenant)
    assert export.unjudgeable(transfer(), NOTHING) is None


@pytest.mark.parametrize(("fields", "rules", "expected"), [
    ({}, ["weak-tls"], [("weak-tls", "no TLS version")]),
    ({"tls_version": "1.2"}, ["weak-tls"], []),
    ({}, ["personal-data-outside-geo"],
     [("personal-data-outside-geo", "no destination region or environment")]),
    ({"source_geo": None, "destination_region": "eastus"}, ["personal-data-outside-geo"],
     [("personal-data-outside-geo", "the source's place is unknown")]),
    ({}, ["untrusted-destination"], [("untrusted-destination", "no destination address")]),
    ({"destination_ip": "52.168.10.4"}, ["untrusted-destination"],
     [("untrusted-destination", "no service-tag file and allowed tags configured")]),
    ({"connector": "shared_x", "source_environment": None}, ["blocked-connector"],
     [("blocked-connector", "no environment known, so no DLP policy can be applied")]),
    ({"dataset": None}, ["personal-data-exported"],
     [("personal-data-exported", "not mapped to a dataset (config stores)")]),
])
def test_not_judgeable_names_what_a_rule_lacks(tenant, fields, rules, expected):
    assert not_judgeable(transfer(**fields), tenant, rules) == expected

"""findings.ocsf.json from finding rows: valid OCSF 1.2.0 Data Security Findings (class
2006), one per finding, types and counts but never values; and the checker itself."""

from __future__ import annotations

import copy
import json

import jsonschema
import pytest

from pipelines.runs.ocsf import ocsf_bytes, ocsf_event, ocsf_events
from tests.ocsf_check import json_schema, problems
from tests.runs.export_cases import STARTED_MS, rows, summary, suppress


@pytest.fixture()
def cases(tenant, tmp_path):
    return rows(tenant, tmp_path), summary(tmp_path)


def by_subject(found: list[dict], rule: str, subject: str) -> dict:
    return next(r for r in found if r["rule"] == rule and r["subject"] == subject)


def schema_errors(event: dict) -> list[str]:
    profiles = tuple(event["metadata"]["profiles"])
    return [e.message for e in jsonschema.Draft202012Validator(
        json_schema(profiles)).iter_errors(event)]


def test_every_event_is_a_valid_data_security_finding(cases):
    found, context = cases
    events = ocsf_events([suppress(found[0]), *found[1:]], context)
    assert len(events) == len(found)
    for event in events:
        assert problems(event) == [], event["finding_info"]["uid"]
        assert schema_errors(event) == [], event["finding_info"]["uid"]


def test_events_carry_the_finding_ids(cases):
    found, context = cases
    events = ocsf_events(found, context)
    assert [e["finding_info"]["uid"] for e in events] == [r["finding_id"] for r in found]
    assert {e["class_uid"] for e in events} == {2006}
    assert {e["type_uid"] for e in events} == {200601}


@pytest.mark.parametrize(("severity", "severity_id", "caption"), [
    ("info", 1, "Informational"), ("low", 2, "Low"), ("medium", 3, "Medium"),
    ("high", 4, "High"), ("critical", 5, "Critical"),
])
def test_severity(cases, severity, severity_id, caption):
    found, context = cases
    event = ocsf_event({**found[0], "severity": severity}, context)
    assert (event["severity_id"], event["severity"]) == (severity_id, caption)
    assert problems(event) == []


@pytest.mark.parametrize(("suppressed", "status", "comment"), [
    (False, (1, "New"), None),
    (True, (3, "Suppressed"), "accepted until the migration ends"),
])
def test_baseline_matches_are_suppressed_with_their_reason(cases, suppressed, status, comment):
    found, context = cases
    row = suppress(found[0]) if suppressed else found[0]
    event = ocsf_event(row, context)
    assert (event["status_id"], event["status"]) == status
    assert event.get("comment") == comment
    assert event["activity_id"] == 1  # the finding is made; Suppressed is its status


@pytest.mark.parametrize(("rule", "subject", "state", "category", "region"), [
    ("personal-data-outside-geo", "prod/contacts@eastus", 1, 1, "eastus"),
    ("customer-data-outside-geo", "prod/telemetry@westus", 1, 4, "westus"),
    ("personal-data-outside-geo", "T-1", 2, 1, "westeurope"),
    ("customer-data-outside-geo", "T-2", 2, 4, "westeurope"),
    ("unclassified-data-outside-geo", "T-3", 2, 0, "westeurope"),   # nobody can tell
    ("connector-group-mix", "flow-mix@Tenant policy", 2, 0, None),
])
def test_data_security_says_where_the_data_was_and_what_it_was(cases, rule, subject, state,
                                                               category, region):
    found, context = cases
    event = ocsf_event(by_subject(found, rule, subject), context)
    security = event["data_security"]
    assert security["data_lifecycle_state_id"] == state
    assert security["category_id"] == category
    assert security["detection_system_id"] == 12
    assert event["cloud"].get("region") == region and event["cloud"]["provider"] == "Azure"


def test_classification_is_types_and_counts(cases):
    found, context = cases
    event = ocsf_event(by_subject(found, "personal-data-outside-geo", "T-1"), context)
    assert event["data_security"]["detection_pattern"] == "EMAIL_ADDRESS, PERSON"
    assert event["unmapped"]["entity_types"] == {"EMAIL_ADDRESS": 2, "PERSON": 3}
    assert (event["unmapped"]["records"], event["unmapped"]["personal_records"]) == (3, 2)


def test_dlp_policy_and_destination(cases):
    found, context = cases
    event = ocsf_event(by_subject(found, "blocked-connector", "T-4"), context)
    assert event["data_security"]["policy"] == {"name": "Tenant policy",
                                                "uid": "dlp_policies[0]"}
    # the host the connector reached, never the URL's path (which may name a person)
    assert event["dst_endpoint"]["hostname"] == "content.dropboxapi.com"
    assert "JaneDoe" not in json.dumps(event)
    assert {"type": "Power Platform connector", "uid": "shared_dropbox"} in event["resources"]


def test_destination_address_and_region(cases):
    found, context = cases
    event = ocsf_event(by_subject(found, "personal-data-outside-geo", "T-1"), context)
    assert event["dst_endpoint"] == {"ip": "20.42.0.1", "name": "eastus",
                                     "location": {"region": "eastus"}}
    assert event["src_endpoint"] == {"name": "prod", "location": {"region": "westeurope"}}


@pytest.mark.parametrize(("endpoint", "expected"), [
    ("https://contoso.sharepoint.com/sites/Finance?owner=x", {"hostname": "contoso.sharepoint.com"}),
    ("203.0.113.9", {"ip": "203.0.113.9"}),
    ("https://[2001:db8::1]:8443/api", {"ip": "2001:db8::1"}),
    ("*.contoso.com", None),   # a pattern, not a place
    ("::", None),
])
def test_the_endpoint_reached_is_a_host_name_or_an_address(cases, endpoint, expected):
    found, context = cases
    event = ocsf_event({**by_subject(found, "blocked-connector", "T-4"), "endpoint": endpoint},
                       context)
    assert event.get("dst_endpoint") == expected
    assert problems(event) == [] and schema_errors(event) == []


def test_times_are_the_runs_start_and_the_transfers_own(cases):
    found, context = cases
    event = ocsf_event(by_subject(found, "personal-data-outside-geo", "T-1"), context)
    assert event["time"] == event["finding_info"]["created_time"] == STARTED_MS
    assert event["finding_info"]["first_seen_time"] == 1790812800000  # 2026-10-01T00:00:00Z
    at_rest = ocsf_event(by_subject(found, "personal-data-outside-geo", "prod/contacts@eastus"),
                         context)
    assert "first_seen_time" not in at_rest["finding_info"]


def test_no_record_id_and_the_same_bytes_every_time(cases):
    found, context = cases
    text = ocsf_bytes(found, context)
    assert text == ocsf_bytes(copy.deepcopy(found), copy.deepcopy(context))
    assert b"REC-SAMPLE" not in text


# --- the checker can fail --------------------------------------------------------------

def _drop(path: str):
    def mutate(event):
        *parents, last = path.split(".")
        target = event
        for name in parents:
            target = target[name]
        del target[last]
    return mutate


@pytest.mark.parametrize(("mutate", "problem"), [
    (_drop("time"), "event.time: required"),
    (_drop("finding_info.uid"), "event.finding_info.uid: required"),
    (_drop("metadata.product.vendor_name"), "event.metadata.product.vendor_name: required"),
    (lambda e: e.update(severity_id=7), "event.severity_id: 7 is not one of"),
    (lambda e: e.update(severity="Severe"), "is not the caption of severity_id"),
    (lambda e: e.update(activity_id=5), "event.activity_id: 5 is not one of"),
    (lambda e: e.update(type_uid=200604), "event.type_uid: 200604 is not class_uid"),
    (lambda e: e.update(class_uid=2004), "event.class_uid"),
    (lambda e: e.update(remediation={"desc": "x"}), "event.remediation: not an attribute"),
    (lambda e: e["metadata"].update(profiles=[]), "event.cloud: only with the 'cloud' profile"),
    (lambda e: e["metadata"].update(profiles=["cloud", "nosuch"]), "'nosuch' is not a profile"),
    (lambda e: e.update(time="2026-11-28"), "event.time: '2026-11-28' is not a Timestamp"),
    (lambda e: e["dst_endpoint"].update(ip="999.1.1.1"), "does not match the IP Address"),
    (lambda e: e.update(dst_endpoint={"port": 443}), "needs at least one of ip"),
    (lambda e: e["data_security"].update(data_lifecycle_state_id=9), "9 is not one of"),
    (lambda e: e["finding_info"].update(types="dlp"), "expected an array"),
])
def test_the_checker_finds_what_is_wrong(cases, mutate, problem):
    found, context = cases
    event = ocsf_event(by_subject(found, "personal-data-outside-geo", "T-1"), context)
    assert problems(event) == []
    mutate(event)
    assert any(problem in p for p in problems(event)), problems(event)


def test_the_only_wall_clock_values_are_the_runs_start(cases, tmp_path):
    found, context = cases
    later = summary(tmp_path, timings={"started_at": "2027-01-01T00:00:00Z"})
    for first, other in zip(ocsf_events(found, context), ocsf_events(found, later), strict=True):
        assert other.pop("time") == other["finding_info"].pop("created_time") == 1798761600000
        assert first.pop("time") == first["finding_info"].pop("created_time") == STARTED_MS
        assert other == first

"""findings.sarif from finding rows: the official SARIF 2.1.0 schema, rules from the
registry, one result per finding with its id as fingerprint, locations, suppressions."""

from __future__ import annotations

import json

import jsonschema
import pytest

from pipelines.core.rules.registry import RULES
from pipelines.runs.sarif import (
    FINGERPRINT,
    LEVELS,
    highest_severity,
    sarif_bytes,
    sarif_document,
)
from tests.conftest import FIXTURES
from tests.runs.export_cases import SAMPLE_IDS, STARTED_AT, rows, summary, suppress

SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


def schema_errors(document: dict) -> list[str]:
    validator = jsonschema.Draft4Validator(
        SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}"
            for e in validator.iter_errors(document)]


@pytest.fixture()
def cases(tenant, tmp_path):
    return rows(tenant, tmp_path), summary(tmp_path), tmp_path


def results(document: dict) -> list[dict]:
    return document["runs"][0]["results"]


def test_the_vendored_schema_is_the_official_one():
    assert SCHEMA["id"] == ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/"
                            "schemas/sarif-schema-2.1.0.json")
    assert SCHEMA["properties"]["version"]["enum"] == ["2.1.0"]


def test_checkov_published_example_validates():
    """The schema check accepts a real tool's SARIF (Checkov's documented output)."""
    example = json.loads((FIXTURES / "checkov_example.sarif").read_text(encoding="utf-8"))
    assert schema_errors(example) == []


def test_the_document_validates_against_the_sarif_schema(cases):
    found, context, _ = cases
    document = sarif_document([found[0], suppress(found[1]), *found[2:]], context)
    assert schema_errors(document) == []
    assert document["version"] == "2.1.0"


@pytest.mark.parametrize(("mutate", "problem"), [
    (lambda d: d["runs"][0]["results"][0].update(level="fatal"), "'fatal' is not one of"),
    (lambda d: d["runs"][0]["tool"]["driver"].pop("name"), "'name' is a required property"),
    (lambda d: d["runs"][0]["results"][0].update(fingerprint="x"),
     "Additional properties are not allowed"),
    (lambda d: d["runs"][0]["results"][0]["suppressions"][0].update(kind="baseline"),
     "'baseline' is not one of"),
])
def test_the_schema_check_can_fail(cases, mutate, problem):
    found, context, _ = cases
    document = sarif_document([suppress(found[0])], context)
    mutate(document)
    assert any(problem in error for error in schema_errors(document))


def test_one_rule_per_registry_entry_with_its_help(cases):
    found, context, _ = cases
    rules = sarif_document(found, context)["runs"][0]["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == list(RULES)
    for descriptor in rules:
        rule = RULES[descriptor["id"]]
        assert descriptor["help"]["text"] == rule.remediation
        assert descriptor["shortDescription"]["text"] == f"{rule.title}."
        assert descriptor["fullDescription"]["text"].startswith(rule.title)
        assert rule.severity_text in descriptor["fullDescription"]["text"]
        assert descriptor["defaultConfiguration"]["level"] == LEVELS[highest_severity(rule)]


@pytest.mark.parametrize(("rule", "default_level", "security_severity"), [
    ("personal-data-outside-geo", "error", "8.0"),
    ("blocked-connector", "error", "8.0"),        # medium, high with personal data
    ("unclassified-data-outside-geo", "warning", "5.5"),
    ("untrusted-destination", "warning", "5.5"),
    ("customer-data-outside-geo", "note", None),  # info: shown, not a security alert
])
def test_rule_levels_assume_personal_data(cases, rule, default_level, security_severity):
    found, context, _ = cases
    rules = {r["id"]: r for r in sarif_document(found, context)["runs"][0]["tool"]["driver"]
             ["rules"]}
    assert rules[rule]["defaultConfiguration"]["level"] == default_level
    assert rules[rule]["properties"].get("security-severity") == security_severity


@pytest.mark.parametrize(("severity", "level"), [
    ("critical", "error"), ("high", "error"), ("medium", "warning"), ("low", "note"),
    ("info", "note"),
])
def test_result_level_follows_the_findings_severity(cases, severity, level):
    found, context, _ = cases
    result = results(sarif_document([{**found[0], "severity": severity}], context))[0]
    assert result["level"] == level
    assert result["properties"]["severity"] == severity


def test_one_result_per_finding_fingerprinted_by_its_id(cases):
    found, context, _ = cases
    document = sarif_document(found, context)
    rules = document["runs"][0]["tool"]["driver"]["rules"]
    assert len(results(document)) == len(found)
    for row, result in zip(found, results(document), strict=True):
        assert result["partialFingerprints"] == {FINGERPRINT: row["finding_id"]}
        assert result["ruleId"] == row["rule"] == rules[result["ruleIndex"]]["id"]
        assert result["message"]["text"] == row["message"]


def test_suppressed_findings_are_results_with_the_baseline_reason(cases):
    found, context, _ = cases
    document = sarif_document([suppress(found[0], "accepted: vendor contract"), found[1]],
                              context)
    suppressed, open_ = results(document)
    assert suppressed["suppressions"] == [
        {"kind": "external", "status": "accepted", "justification": "accepted: vendor contract"}]
    assert "suppressions" not in open_


def _by_subject(found: list[dict], rule: str, subject: str) -> dict:
    return next(r for r in found if r["rule"] == rule and r["subject"] == subject)


@pytest.mark.parametrize(("rule", "subject", "uri", "line", "position"), [
    ("personal-data-outside-geo", "T-1", "logs/t.jsonl", 4, 4),
    ("customer-data-outside-geo", "T-2", "logs/t.csv.gz", 9, 9),       # lines of the text
    ("unclassified-data-outside-geo", "T-3", "logs/t.parquet", None, 2),  # a row, no line
    ("personal-data-outside-geo", "prod/contacts@eastus", "records/contacts.jsonl", 12, 12),
    ("customer-data-outside-geo", "prod/telemetry@westus", "records/telemetry.parquet",
     None, 3),
    ("weak-tls", "T-4", "logs/t.jsonl", 5, 5),
])
def test_records_and_transfers_point_at_their_input_row(cases, rule, subject, uri, line,
                                                         position):
    found, context, cwd = cases
    document = sarif_document([_by_subject(found, rule, subject)], context)
    [location] = results(document)[0]["locations"]
    physical = location["physicalLocation"]
    assert physical["artifactLocation"] == {"uri": uri, "uriBaseId": "%SRCROOT%"}
    assert physical.get("region") == ({"startLine": line} if line else None)
    assert location["properties"] == {"position": position}
    base = document["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == cwd.as_uri() + "/"


@pytest.mark.parametrize(("path", "uri"), [
    ("/elsewhere/logs/t.jsonl", "file:///elsewhere/logs/t.jsonl"),  # outside the run's folder
    ("gs://bucket/logs/t.jsonl", "gs://bucket/logs/t.jsonl"),
])
def test_inputs_outside_the_working_directory_keep_an_absolute_uri(cases, path, uri):
    found, context, _ = cases
    row = {**_by_subject(found, "personal-data-outside-geo", "T-1"), "input_file": path}
    location = results(sarif_document([row], context))[0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"] == {"uri": uri}


def test_uris_are_escaped(cases):
    found, context, cwd = cases
    row = {**_by_subject(found, "personal-data-outside-geo", "T-1"),
           "input_file": str(cwd / "logs" / "march exports" / "t#1.jsonl")}
    document = sarif_document([row], context)
    location = results(document)[0]["locations"][0]
    assert location["physicalLocation"]["artifactLocation"]["uri"] == \
        "logs/march%20exports/t%231.jsonl"
    assert schema_errors(document) == []


def test_dlp_findings_point_at_the_policy_in_the_config(cases):
    found, context, _ = cases
    result = results(sarif_document([_by_subject(found, "blocked-connector", "T-4")],
                                    context))[0]
    [location] = result["locations"]
    assert location["physicalLocation"] == {
        "artifactLocation": {"uri": "config.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 12}}
    assert location["logicalLocations"] == [{"fullyQualifiedName": "dlp_policies[0]",
                                             "kind": "object"}]
    [related] = result["relatedLocations"]
    assert related["physicalLocation"]["region"] == {"startLine": 5}
    assert related["message"]["text"] == "transfer T-4"


def test_a_flow_finding_points_at_its_policy_only(cases):
    found, context, _ = cases
    result = results(sarif_document([_by_subject(found, "connector-group-mix",
                                                 "flow-mix@Tenant policy")], context))[0]
    assert [loc["logicalLocations"][0]["fullyQualifiedName"] for loc in result["locations"]] \
        == ["dlp_policies[0]"]
    assert "relatedLocations" not in result


def test_every_policy_of_a_finding_is_a_location(cases, tmp_path):
    found, context, _ = cases
    context["locations"]["dlp_policies"] += [
        {"policy": "Sandbox, strict", "key": "dlp_policies[1]", "line": 20},
        {"policy": "Sandbox", "key": "dlp_policies[2]", "line": None}]
    row = {**_by_subject(found, "blocked-connector", "T-4"),
           "policy": "Sandbox, strict, Tenant policy"}
    locations = results(sarif_document([row], context))[0]["locations"]
    assert [(loc["logicalLocations"][0]["fullyQualifiedName"],
             loc["physicalLocation"].get("region")) for loc in locations] == [
        ("dlp_policies[0]", {"startLine": 12}), ("dlp_policies[1]", {"startLine": 20})]


def test_a_dlp_finding_whose_policy_is_unknown_keeps_its_input_row(cases):
    found, context, _ = cases
    row = {**_by_subject(found, "blocked-connector", "T-4"), "policy": "Policy of another run"}
    result = results(sarif_document([row], context))[0]
    assert result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == \
        "logs/t.jsonl"


def test_input_text_is_never_read_as_a_link(cases):
    found, context, _ = cases
    row = {**found[0], "message": "connector [click](1) is blocked"}
    document = sarif_document([row], context)
    assert results(document)[0]["message"]["text"] == "connector \\[click\\](1) is blocked"


def test_no_record_id_in_the_document(cases):
    found, context, _ = cases
    assert all(row["sample_record_ids"] for row in found if row["records"])
    text = sarif_bytes(found, context).decode()
    assert not any(record_id in text for record_id in SAMPLE_IDS)


def test_the_only_wall_clock_value_is_the_runs_start(cases):
    found, context, cwd = cases
    assert sarif_bytes(found, context) == sarif_bytes(found, json.loads(json.dumps(context)))
    first = sarif_document(found, context)
    later = sarif_document(found, summary(cwd, timings={"started_at": "2027-01-01T00:00:00Z"}))
    assert first["runs"][0]["invocations"][0]["startTimeUtc"] == STARTED_AT
    assert later["runs"][0]["invocations"][0].pop("startTimeUtc") == "2027-01-01T00:00:00Z"
    first["runs"][0]["invocations"][0].pop("startTimeUtc")
    assert later == first

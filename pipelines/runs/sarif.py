"""findings.sarif: the findings as SARIF 2.1.0, for CI code-scanning views.

One run; `tool.driver.rules` is the rule registry (description, default level, the
remediation as help). Each finding is one result, in the findings files' order, whose
partial fingerprint is its `finding_id`, so a code-scanning tool tracks it from run to
run. A result points at the input row the finding was seen in, or, for DLP rules, at the
config entry that declares the policy (the transfer's row then follows as a related
location). A finding the baseline suppresses is still a result, with a SARIF suppression
that carries the baseline's reason.

A pure function of the finding rows and summary.json: the same run always gives the
same bytes, and the only wall-clock value is the run's recorded start.
"""

from __future__ import annotations

import json

from pipelines.core.model import SEVERITY_RANK
from pipelines.core.rules.registry import RULES, Rule
from pipelines.runs.locations import (
    SRCROOT,
    artifact_uri,
    base_uri,
    counts_lines,
    input_path,
    policy_entries,
)

SARIF_FILE = "findings.sarif"
SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
FINGERPRINT = "flowauditFindingId/v1"
"""The partialFingerprints key whose value is the finding_id."""

LEVELS = {"critical": "error", "high": "error", "medium": "warning", "low": "note",
          "info": "note"}
SECURITY_SEVERITY = {"critical": "9.5", "high": "8.0", "medium": "5.5", "low": "3.0"}
"""GitHub's code-scanning severity bands (critical above 9.0, high 7.0-8.9, medium
4.0-6.9, low 0.1-3.9); an info rule has none and shows as a note."""

RESULT_PROPERTIES = ("severity", "subject", "source_geo", "destination_geo", "records",
                     "personal_records", "unclassified_records", "entity_types", "policy")
"""What a result carries besides its message: counts and entity types, never a value
and no record ids."""


def highest_severity(rule: Rule) -> str:
    """A rule's severity when the data involved is (or may be) personal: the default a
    scanner should assume before it knows."""
    return max((rule.severity, rule.personal_severity or rule.severity),
               key=SEVERITY_RANK.__getitem__)


def plain(text: str) -> str:
    """Message text from the inputs (dataset, connector and policy names) stays text: a
    SARIF viewer reads `[...](n)` as a link, so brackets are escaped (SARIF 3.11.6)."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _pascal(rule_id: str) -> str:
    return "".join(part.capitalize() for part in rule_id.split("-"))


def rule_descriptor(rule: Rule) -> dict:
    severity = highest_severity(rule)
    properties: dict = {"tags": ["security", rule.category], "severity": rule.severity_text}
    if severity in SECURITY_SEVERITY:
        properties["security-severity"] = SECURITY_SEVERITY[severity]
    return {
        "id": rule.id,
        "name": _pascal(rule.id),
        "shortDescription": {"text": f"{rule.title}."},
        "fullDescription": {"text": f"{rule.title}. Severity: {rule.severity_text}."},
        "help": {"text": rule.remediation},
        "defaultConfiguration": {"level": LEVELS[severity]},
        "properties": properties,
    }


def _artifact(path: str, working_directory: str | None) -> dict:
    uri, base = artifact_uri(path, working_directory)
    return {"uri": uri, "uriBaseId": base} if base else {"uri": uri}


def input_location(row: dict, summary: dict) -> dict | None:
    """The input file and row the finding was seen in (text files: as a line)."""
    name, position = row.get("input_file"), row.get("input_position")
    if not name:
        return None
    path = input_path(name, summary)
    working_directory = (summary.get("locations") or {}).get("working_directory")
    physical: dict = {"artifactLocation": _artifact(path, working_directory)}
    if position and counts_lines(path):
        physical["region"] = {"startLine": position}
    location: dict = {"physicalLocation": physical}
    if position is not None:
        location["properties"] = {"position": position}
    return location


def policy_locations(row: dict, summary: dict) -> list[dict]:
    """The config entries (`dlp_policies[i]`) declaring the finding's DLP policies."""
    config = summary.get("config")
    if not config:
        return []
    working_directory = (summary.get("locations") or {}).get("working_directory")
    out = []
    for entry in policy_entries(row.get("policy"), summary):
        physical: dict = {"artifactLocation": _artifact(config, working_directory)}
        if entry.get("line"):
            physical["region"] = {"startLine": entry["line"]}
        out.append({
            "physicalLocation": physical,
            "logicalLocations": [{"fullyQualifiedName": entry["key"], "kind": "object"}],
            "message": {"text": plain(f"DLP policy {entry['policy']}")},
        })
    return out


def _locations(row: dict, summary: dict) -> tuple[list[dict], list[dict]]:
    """(locations, related locations)."""
    seen = input_location(row, summary)
    rule = RULES.get(row["rule"])
    if rule is not None and rule.category == "dlp":
        policies = policy_locations(row, summary)
        if policies:
            related = []
            if seen and row.get("transfer_id"):
                message = {"text": plain(f"transfer {row['transfer_id']}")}
                related.append({"id": 1, **seen, "message": message})
            return policies, related
    return ([seen] if seen else []), []


def sarif_result(row: dict, summary: dict, rule_index: dict[str, int]) -> dict:
    result: dict = {
        "ruleId": row["rule"],
        "level": LEVELS[row["severity"]],
        "message": {"text": plain(row["message"])},
    }
    if row["rule"] in rule_index:
        result["ruleIndex"] = rule_index[row["rule"]]
    locations, related = _locations(row, summary)
    if locations:
        result["locations"] = locations
    if related:
        result["relatedLocations"] = related
    result["partialFingerprints"] = {FINGERPRINT: row["finding_id"]}
    if row.get("suppressed"):
        suppression = {"kind": "external", "status": "accepted"}
        if row.get("suppression_reason"):
            suppression["justification"] = row["suppression_reason"]
        result["suppressions"] = [suppression]
    result["properties"] = {name: row[name] for name in RESULT_PROPERTIES
                            if row.get(name) not in (None, {}, [])}
    return result


def sarif_document(rows: list[dict], summary: dict) -> dict:
    rules = list(RULES.values())
    rule_index = {rule.id: index for index, rule in enumerate(rules)}
    run: dict = {
        "tool": {"driver": {
            "name": "flowaudit",
            "version": str(summary.get("version") or "dev"),
            "rules": [rule_descriptor(rule) for rule in rules],
        }},
    }
    invocation: dict = {"executionSuccessful": True}
    started = (summary.get("timings") or {}).get("started_at")
    if started:
        invocation["startTimeUtc"] = started
    if summary.get("exit_status") is not None:
        invocation["exitCode"] = summary["exit_status"]
    run["invocations"] = [invocation]
    working_directory = (summary.get("locations") or {}).get("working_directory")
    if working_directory:
        run["originalUriBaseIds"] = {SRCROOT: {"uri": base_uri(working_directory)}}
    run["results"] = [sarif_result(row, summary, rule_index) for row in rows]
    return {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}


def sarif_bytes(rows: list[dict], summary: dict) -> bytes:
    return (json.dumps(sarif_document(rows, summary), indent=2, ensure_ascii=False)
            + "\n").encode("utf-8")

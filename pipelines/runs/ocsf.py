"""findings.ocsf.json: the findings as OCSF 1.2.0 Data Security Findings (class 2006),
for security data lakes and SIEMs (Amazon Security Lake, Microsoft Sentinel, Splunk).

One event per finding, in the findings files' order, as a JSON array. `finding_info.uid`
is the `finding_id`, so a SIEM correlates a finding across runs. What the data was is
said by entity types and counts only: `data_security.detection_pattern` names the types,
`unmapped` holds their counts; never a value and no record ids. Baseline matches have
status Suppressed with the baseline's reason as the finding's comment.

Times: `time` and `finding_info.created_time` are the run's recorded start (when the
finding was made); a transfer's own logged timestamp is its first and last seen time. A
pure function of the finding rows and summary.json, like findings.sarif.
"""

from __future__ import annotations

import ipaddress
import json
import re
from urllib.parse import urlsplit

from pipelines.core.rules.registry import RULES
from pipelines.runs.clock import epoch_millis
from pipelines.runs.locations import artifact_uri, input_path, policy_entries

OCSF_FILE = "findings.ocsf.json"
OCSF_VERSION = "1.2.0"
PROFILES = ["cloud"]
"""`cloud` brings the event's `cloud` (provider Azure, the region involved) and each
resource's `region`."""

CATEGORY_UID, CATEGORY_NAME = 2, "Findings"
CLASS_UID, CLASS_NAME = 2006, "Data Security Finding"
ACTIVITY_CREATE = (1, "Create")
STATUS_NEW, STATUS_SUPPRESSED = (1, "New"), (3, "Suppressed")
SEVERITY_IDS = {"info": (1, "Informational"), "low": (2, "Low"), "medium": (3, "Medium"),
                "high": (4, "High"), "critical": (5, "Critical")}
AT_REST, IN_TRANSIT = (1, "Data at-Rest"), (2, "Data in-Transit")
DSPM = (12, "Data Security Posture Management")
"""flowaudit finds where sensitive data lives and moves against the tenant's rules."""
PERSONAL, BUSINESS, UNKNOWN = (1, "Personal"), (4, "Business"), (0, "Unknown")
RULE_ANALYTIC = (1, "Rule")
PROVIDER = "Azure"

TRANSFER_DETAILS = ("transfer_id", "operation", "connector", "action", "flow_id",
                    "tls_version", "source_environment", "destination_environment",
                    "source_geo", "destination_geo")
"""Transfer fields OCSF has no attribute for, kept under `unmapped`."""


def _category(row: dict) -> tuple[int, str]:
    """Personal data involved; else business (customer) data; unknown when nothing
    was classified (records absent from the input, or a rule about a flow)."""
    if row.get("personal_records"):
        return PERSONAL
    if (row.get("records") or 0) > (row.get("unclassified_records") or 0):
        return BUSINESS
    return UNKNOWN


def _data_security(row: dict, summary: dict) -> dict:
    at_rest = row.get("transfer_id") is None and row.get("region") is not None
    state = AT_REST if at_rest else IN_TRANSIT
    category = _category(row)
    out: dict = {
        "category_id": category[0], "category": category[1],
        "data_lifecycle_state_id": state[0], "data_lifecycle_state": state[1],
        "detection_system_id": DSPM[0], "detection_system": DSPM[1],
    }
    types = sorted(row.get("entity_types") or {})
    if types:
        out["detection_pattern"] = ", ".join(types)
    policies = policy_entries(row.get("policy"), summary)
    if row.get("policy"):
        policy: dict = {"name": row["policy"]}
        if len(policies) == 1:
            policy["uid"] = policies[0]["key"]
        out["policy"] = policy
    return out


HOSTNAME = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$")


def _reached(endpoint: str | None) -> tuple[str | None, str | None]:
    """(host name, address) of the endpoint a connector reached: never its path or
    query, which may hold names; neither for a pattern such as `*.contoso.com`."""
    if not endpoint:
        return None, None
    text = endpoint.strip()
    try:
        host = urlsplit(text if "://" in text else f"//{text}").hostname
    except ValueError:
        return None, None
    if not host:
        return None, None
    try:
        return None, str(ipaddress.ip_address(host))
    except ValueError:
        return (host, None) if HOSTNAME.match(host) else (None, None)


def _endpoint(name: str | None, region: str | None, ip: str | None = None,
              host: str | None = None) -> dict | None:
    out: dict = {}
    if ip:
        out["ip"] = ip
    if host:
        out["hostname"] = host
    if name or region:
        out["name"] = name or region
    if region:
        out["location"] = {"region": region}
    return out or None


def _resources(row: dict) -> list[dict]:
    out = []
    if row.get("dataset"):
        dataset = {"type": "Dataset", "uid": row["dataset"], "name": row["dataset"]}
        if row.get("region"):
            dataset["region"] = row["region"]
        out.append(dataset)
    if row.get("flow_id"):
        out.append({"type": "Power Platform flow or app", "uid": row["flow_id"]})
    if row.get("connector"):
        out.append({"type": "Power Platform connector", "uid": row["connector"]})
    return out


def _unmapped(row: dict, summary: dict) -> dict:
    rule = RULES.get(row["rule"])
    out: dict = {"rule": row["rule"], "subject": row["subject"]}
    out.update({name: row[name] for name in TRANSFER_DETAILS if row.get(name) is not None})
    for name in ("records", "personal_records", "unclassified_records"):
        if row.get(name) is not None:
            out[name] = row[name]
    if row.get("entity_types"):
        out["entity_types"] = dict(row["entity_types"])
    if row.get("input_file"):
        working_directory = (summary.get("locations") or {}).get("working_directory")
        path = input_path(row["input_file"], summary)
        out["input"] = {"uri": artifact_uri(path, working_directory)[0],
                        "position": row.get("input_position")}
    if rule is not None:
        out["remediation"] = rule.remediation
    return out


def ocsf_event(row: dict, summary: dict) -> dict:
    rule = RULES.get(row["rule"])
    created = epoch_millis(summary["timings"]["started_at"])
    severity_id, severity = SEVERITY_IDS[row["severity"]]
    status_id, status = STATUS_SUPPRESSED if row.get("suppressed") else STATUS_NEW
    finding_info: dict = {
        "uid": row["finding_id"],
        "title": rule.title if rule else row["rule"],
        "desc": row["message"],
        "types": [rule.category] if rule else [],
        "analytic": {"uid": row["rule"], "name": row["rule"],
                     "type_id": RULE_ANALYTIC[0], "type": RULE_ANALYTIC[1]},
        "product_uid": "flowaudit",
        "created_time": created,
    }
    if row.get("timestamp"):
        seen = epoch_millis(row["timestamp"])
        finding_info["first_seen_time"] = finding_info["last_seen_time"] = seen
    event: dict = {
        "time": created,
        "activity_id": ACTIVITY_CREATE[0], "activity_name": ACTIVITY_CREATE[1],
        "category_uid": CATEGORY_UID, "category_name": CATEGORY_NAME,
        "class_uid": CLASS_UID, "class_name": CLASS_NAME,
        "type_uid": CLASS_UID * 100 + ACTIVITY_CREATE[0],
        "type_name": f"{CLASS_NAME}: {ACTIVITY_CREATE[1]}",
        "severity_id": severity_id, "severity": severity,
        "status_id": status_id, "status": status,
        "message": row["message"],
        "metadata": {
            "version": OCSF_VERSION,
            "product": {"name": "flowaudit", "uid": "flowaudit", "vendor_name": "flowaudit",
                        "version": str(summary.get("version") or "dev")},
            "profiles": list(PROFILES),
        },
        "finding_info": finding_info,
        "data_security": _data_security(row, summary),
        "cloud": {"provider": PROVIDER},
    }
    if row.get("suppressed") and row.get("suppression_reason"):
        event["comment"] = row["suppression_reason"]
    if row.get("timestamp"):
        event["metadata"]["original_time"] = row["timestamp"]
    region = row.get("region") or row.get("source_region")
    if region:
        event["cloud"]["region"] = region
    source = _endpoint(row.get("source_environment"), row.get("source_region"))
    if source:
        event["src_endpoint"] = source
    host, address = _reached(row.get("endpoint"))
    destination = _endpoint(row.get("destination_environment"), row.get("destination_region"),
                            row.get("destination_ip") or address, host)
    if destination:
        event["dst_endpoint"] = destination
    resources = _resources(row)
    if resources:
        event["resources"] = resources
    event["unmapped"] = _unmapped(row, summary)
    return event


def ocsf_events(rows: list[dict], summary: dict) -> list[dict]:
    return [ocsf_event(row, summary) for row in rows]


def ocsf_bytes(rows: list[dict], summary: dict) -> bytes:
    return (json.dumps(ocsf_events(rows, summary), indent=2, ensure_ascii=False)
            + "\n").encode("utf-8")

"""Finding rows for the SARIF and OCSF tests, made by the rules themselves (not typed by
hand), and the summary.json context the writers read."""

from __future__ import annotations

from pathlib import Path

from pipelines.core.model import DataSummary, Finding
from pipelines.core.rules import judge_transfer
from pipelines.core.rules.dlp import FlowUse, group_mix_findings
from pipelines.core.rules.registry import UNTRUSTED_DESTINATION
from pipelines.core.rules.residency import at_rest_findings
from pipelines.files.findings import finding_rows
from tests.core.rules.cases import transfer

STARTED_AT = "2026-11-28T02:15:00.000Z"
STARTED_MS = 1795832100000
SAMPLE_IDS = ("REC-SAMPLE-0001", "REC-SAMPLE-0002", "REC-SAMPLE-0003")
"""Record ids the moved data names: no format may show them."""

PERSONAL = DataSummary(records=3, personal_records=2,
                       entity_counts=(("EMAIL_ADDRESS", 2), ("PERSON", 3)),
                       personal_samples=SAMPLE_IDS[:2], other_samples=SAMPLE_IDS[2:])
CUSTOMER = DataSummary(records=2, entity_counts=(("URL", 2),), other_samples=SAMPLE_IDS[:2])
MISSING = DataSummary(records=2, unclassified_records=2, other_samples=SAMPLE_IDS[:2])


def summary(cwd: Path, **changes) -> dict:
    """What the writers read from summary.json."""
    out = {
        "tool": "flowaudit", "version": "0.1.0", "config": str(cwd / "config.yaml"),
        "exit_status": 1,
        "timings": {"started_at": STARTED_AT, "pipeline_seconds": 1.0,
                    "total_seconds": 1.5},
        "locations": {"working_directory": str(cwd), "dlp_policies": [
            {"policy": "Tenant policy", "key": "dlp_policies[0]", "line": 12}]},
    }
    out.update(changes)
    return out


def findings(tenant, cwd: Path) -> list[Finding]:
    """One or more findings of every kind of subject and every rule category."""
    logs = cwd / "logs"
    out: list[Finding] = []
    out += judge_transfer(transfer(transfer_id="T-1", source=str(logs / "t.jsonl"), position=4,
                                   destination_region="eastus", destination_geo="unitedstates",
                                   destination_ip="20.42.0.1", operation="replicate"),
                          PERSONAL, tenant)
    out += judge_transfer(transfer(transfer_id="T-2", source=str(logs / "t.csv.gz"), position=9,
                                   destination_region="eastus", destination_geo="unitedstates"),
                          CUSTOMER, tenant)
    out += judge_transfer(transfer(transfer_id="T-3", source=str(logs / "t.parquet"), position=2,
                                   destination_region="eastus", destination_geo="unitedstates"),
                          MISSING, tenant)
    out += judge_transfer(transfer(transfer_id="T-4", source=str(logs / "t.jsonl"), position=5,
                                   connector="shared_dropbox", tls_version="1.0",
                                   flow_id="flow-backup",
                                   endpoint="https://content.dropboxapi.com/2/files/JaneDoe"),
                          PERSONAL, tenant)
    out += at_rest_findings("prod/contacts", "eastus", "europe", PERSONAL, tenant,
                            place=(str(cwd / "records" / "contacts.jsonl"), 12))
    out += at_rest_findings("prod/telemetry", "westus", "europe", CUSTOMER, tenant,
                            place=(str(cwd / "records" / "telemetry.parquet"), 3))
    out += group_mix_findings("flow-mix", [
        FlowUse("shared_sharepointonline", "prod", True, "T-5"),
        FlowUse("shared_twitter", "prod", True, "T-6")], tenant)
    out.append(UNTRUSTED_DESTINATION.finding(
        "T-7", "destination 203.0.113.9 lies in none of the allowed service tags",
        {**_transfer_facts("T-7", cwd), "destination_ip": "203.0.113.9"}))
    return out


def _transfer_facts(transfer_id: str, cwd: Path) -> dict:
    from pipelines.core.rules.common import transfer_details

    moved = transfer(transfer_id=transfer_id, source=str(cwd / "logs" / "t.jsonl"), position=8)
    return transfer_details(moved, CUSTOMER)


def rows(tenant, cwd: Path) -> list[dict]:
    """Finding rows as findings.jsonl holds them, in the files' order."""
    return finding_rows(findings(tenant, cwd))


def suppress(row: dict, reason: str = "accepted until the migration ends") -> dict:
    return {**row, "suppressed": True, "suppression_reason": reason}

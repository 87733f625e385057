"""A runner that loses rows never yields an audit: the driver checks that the files the
workers wrote hold as many classifications, rejected rows and findings as the pipeline
counted, and fails the run (exit 2, nothing published) when they do not."""

from __future__ import annotations

import json

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.audit import AuditPlan
from pipelines.core.model import RECORDS, TRANSFERS, Finding
from pipelines.files.classifications import CLASSIFICATION_SCHEMA
from pipelines.files.findings import finding_shard_line
from pipelines.runs.finish import IncompleteOutput, RunRequest, Timing, finish
from pipelines.write import COUNTS_FILE, REJECTED_FILE


def classification(record_id: str) -> dict:
    return {"record_id": record_id, "dataset": "d", "environment": "prod",
            "region": "westeurope", "home_geo": "europe", "category": "customer",
            "entity_types": [], "personal_fields": [], "source": "r.jsonl",
            "personal_reasons": []}


def staged(folder, classified: int, rejected: int, findings: int, written: dict) -> None:
    """What a pipeline run leaves in its staging folder: the counts, and files holding
    `written` rows of each kind."""
    counts = [[["read", RECORDS, "r.jsonl"], classified + rejected],
              [["classified", RECORDS, "r.jsonl"], classified],
              [["category", "customer"], classified],
              [["read", TRANSFERS, "t.jsonl"], findings],
              [["evaluated", TRANSFERS, "t.jsonl"], findings]]
    if rejected:
        counts.append([["rejected", RECORDS, "r.jsonl"], rejected])
    if findings:
        counts.append([["findings"], findings])
    (folder / COUNTS_FILE).write_text(json.dumps(counts))
    table = pa.Table.from_pylist([classification(f"r{i}") for i in range(written["classified"])],
                                 schema=CLASSIFICATION_SCHEMA)
    pq.write_table(table, folder / "classifications-part-00000-of-00001.parquet")
    (folder / REJECTED_FILE).write_text("".join(
        json.dumps({"source": "r.jsonl", "position": i}) + "\n"
        for i in range(written["rejected"])))
    (folder / "findings-part-transfers-00000-of-00001.jsonl").write_text("".join(
        finding_shard_line(Finding("weak-tls", "high", f"T{i}", "m")) + "\n"
        for i in range(written["findings"])))


@pytest.mark.parametrize("written, lost", [
    ({"classified": 3, "rejected": 1, "findings": 2}, None),
    ({"classified": 2, "rejected": 1, "findings": 2}, "wrote 2 classifications where the "
                                                      "pipeline counted 3"),
    ({"classified": 0, "rejected": 1, "findings": 2}, "wrote 0 classifications"),
    ({"classified": 3, "rejected": 0, "findings": 2}, "wrote 0 rejected rows where the "
                                                      "pipeline counted 1"),
    ({"classified": 3, "rejected": 1, "findings": 1}, "wrote 1 findings where the pipeline "
                                                      "counted 2"),
    ({"classified": 3, "rejected": 1, "findings": 0}, "wrote 0 findings"),
    ({"classified": 4, "rejected": 1, "findings": 2}, "wrote 4 classifications"),
])
def test_the_files_must_hold_what_the_pipeline_counted(tmp_path, audit_config, written, lost):
    staged(tmp_path, classified=3, rejected=1, findings=2, written=written)
    plan = AuditPlan(audit_config.tenant, audit_config.classifier, ("r.jsonl",), ("t.jsonl",))
    request = RunRequest(fail_on="high", max_rejected=1.0)
    if lost is None:
        code, summary = finish(str(tmp_path), plan, audit_config, request, Timing(0.0, 1.0))
        assert code == 1 and summary["findings"] == 2 and summary["records_classified"] == 3
        assert "findings" not in json.dumps(summary["files"])  # not a file's count
        return
    with pytest.raises(IncompleteOutput, match=lost):
        finish(str(tmp_path), plan, audit_config, request, Timing(0.0, 1.0))

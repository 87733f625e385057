"""Findings files: sorted, one schema, byte-identical for the same input on any runner."""

from __future__ import annotations

import io
import json
from collections.abc import Iterable

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.core.model import (
    COUNT,
    ENTITY_COUNTS,
    FINDING_COLUMNS,
    FINDING_FIELDS,
    FLAG,
    IDS,
    TEXT,
    Finding,
)
from pipelines.files import storage

FINDINGS_JSONL = "findings.jsonl"
FINDINGS_PARQUET = "findings.parquet"
FINDING_SHARDS = "findings-part"

ARROW_TYPES = {
    TEXT: pa.string(),
    COUNT: pa.int64(),
    IDS: pa.list_(pa.string()),
    ENTITY_COUNTS: pa.map_(pa.string(), pa.int64()),
    FLAG: pa.bool_(),
}
FINDING_SCHEMA = pa.schema([(name, ARROW_TYPES[kind]) for name, kind in FINDING_COLUMNS])


def finding_row(finding: Finding) -> dict:
    data = finding.to_json()
    row = {name: data.get(name) for name in FINDING_FIELDS}
    row["suppressed"] = bool(row["suppressed"])  # a baseline may set it later
    return row


def finding_rows(findings: Iterable[Finding]) -> list[dict]:
    return [finding_row(finding) for finding in sorted(findings, key=Finding.sort_key)]


def finding_shard_line(finding: Finding) -> str:
    """One finding in a findings shard: its sort key, then its row."""
    return json.dumps([list(finding.sort_key()), finding_row(finding)], ensure_ascii=False)


def merge_finding_shards(folder: str) -> list[dict]:
    """The finding rows of the shards the workers wrote, in the one order of
    `Finding.sort_key` (ties by their text, so the order never depends on the runner);
    the shards are removed.

    Workers write shards so that no worker has to hold every finding; the driver reads
    them all afterwards anyway, for the summary and the report.
    """
    shards = storage.list_files(folder, FINDING_SHARDS + "*")
    entries = []
    for shard in shards:
        with io.TextIOWrapper(storage.open_read(shard.path), encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    key, row = json.loads(line)
                    entries.append((key, line, row))
    entries.sort(key=lambda entry: entry[:2])
    storage.delete(shard.path for shard in shards)
    return [row for _, _, row in entries]


def findings_jsonl(rows: list[dict]) -> bytes:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows).encode()


def write_finding_rows(rows: list[dict], folder: str) -> None:
    """Both findings files from rows already in order."""
    storage.write_bytes(storage.join(folder, FINDINGS_JSONL), findings_jsonl(rows))
    table_rows = [
        {**row, "entity_types": list((row["entity_types"] or {}).items())} for row in rows
    ]
    table = pa.Table.from_pylist(table_rows, schema=FINDING_SCHEMA)
    with storage.open_write(storage.join(folder, FINDINGS_PARQUET)) as handle:
        pq.write_table(table, handle)


def read_findings(folder: str) -> list[dict]:
    """The findings of a finished run: only from a folder whose `_SUCCESS` marker lists
    findings.jsonl with these very bytes (a run killed part-way, or a folder someone
    edited, is refused with NotAFinishedRun)."""
    from pipelines.files.staging import verified_bytes

    data = verified_bytes(folder, FINDINGS_JSONL)
    return [json.loads(line) for line in data.decode("utf-8").splitlines() if line.strip()]

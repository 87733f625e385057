"""Write: the audit's results into a staging folder that the driver publishes only if
the run succeeds. Findings and classifications are written in shards, one per bundle,
which the post-run step (runs/finish.py) joins into one file each."""

from __future__ import annotations

import json

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipelines.core.model import Rejection
from pipelines.files import storage
from pipelines.files.classifications import (
    CLASSIFICATION_SCHEMA,
    CLASSIFICATION_SHARDS,
    ROW_GROUP_BYTES,
    classification_row,
)
from pipelines.files.findings import FINDING_SHARDS, finding_shard_line

REJECTED_FILE = "rejected.jsonl"
COUNTS_FILE = "counts.json"


def rejection_json(rejection: Rejection) -> str:
    return json.dumps(rejection.to_json(), ensure_ascii=False, sort_keys=True)


class _WriteJson(beam.DoFn):
    def __init__(self, path: str) -> None:
        self.path = path

    def process(self, pairs: list) -> None:
        rows = sorted([list(key), count] for key, count in pairs)
        with FileSystems.create(self.path) as handle:
            handle.write(json.dumps(rows, indent=1).encode())


class _WriteRejected(beam.DoFn):
    """Rejected rows in file order (source, then position), so that the file is the
    same on every runner and reads top to bottom like the inputs."""

    def __init__(self, path: str) -> None:
        self.path = path

    def process(self, rejections: list) -> None:
        ordered = sorted(rejections, key=lambda r: (r.source, r.position, r.kind, r.reason))
        with FileSystems.create(self.path) as handle:
            for rejection in ordered:
                handle.write((rejection_json(rejection) + "\n").encode("utf-8"))


class WriteAudit(beam.PTransform):
    """Findings (unless `findings` is False: classification only), classifications,
    rejected rows and counts, all into `folder`."""

    def __init__(self, folder: str, findings: bool = True) -> None:
        super().__init__()
        self.folder, self.findings = folder, findings

    def expand(self, result: dict):
        folder = self.folder
        if self.findings:
            for part, findings in result["findings"].items():
                (
                    findings
                    | f"FindingLines {part}" >> beam.Map(finding_shard_line)
                    | f"WriteFindings {part}" >> beam.io.WriteToText(
                        storage.join(folder, f"{FINDING_SHARDS}-{part}"),
                        file_name_suffix=".jsonl")
                )
        (
            result["classified"]
            | "ClassificationRows" >> beam.Map(classification_row)
            | "WriteClassifications" >> beam.io.WriteToParquet(
                storage.join(folder, CLASSIFICATION_SHARDS), CLASSIFICATION_SCHEMA,
                file_name_suffix=".parquet", row_group_buffer_size=ROW_GROUP_BYTES)
        )
        (
            result["rejected"]
            | "AllRejected" >> beam.combiners.ToList()
            | "WriteRejected" >> beam.ParDo(_WriteRejected(storage.join(folder, REJECTED_FILE)))
        )
        (
            result["counts"]
            | "AllCounts" >> beam.combiners.ToList()
            | "WriteCounts" >> beam.ParDo(_WriteJson(storage.join(folder, COUNTS_FILE)))
        )
        return beam.pvalue.PDone(result["classified"].pipeline)

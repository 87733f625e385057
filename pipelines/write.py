"""Write: the audit's results into a staging folder that the driver publishes only if
the run succeeds. Findings and classifications are written in shards, one per bundle,
which the post-run step (runs/finish.py) joins into one file each."""

from __future__ import annotations

import json

import apache_beam as beam
from apache_beam.io.filesystems import FileSystems

from pipelines.core.model import ClassifiedRecord, Rejection
from pipelines.core.pseudonyms import Pseudonyms
from pipelines.files import storage
from pipelines.files.classifications import (
    CLASSIFICATION_SCHEMA,
    CLASSIFICATION_SHARDS,
    ROW_GROUP_BYTES,
    classification_row,
)
from pipelines.files.findings import FINDING_SHARDS, finding_shard_line
from pipelines.transforms.common import part_label, parts

REJECTED_FILE = "rejected.jsonl"
COUNTS_FILE = "counts.json"


def rejection_json(rejection: Rejection, pseudonyms: Pseudonyms | None = None,
                   paths: dict[str, str] | None = None) -> str:
    """One line of rejected.jsonl; with `pseudonyms`, file names and any personal value
    in the reason are pseudonymised (`paths`: each input file's written name)."""
    row = rejection.to_json()
    if pseudonyms is not None:
        row["source"] = pseudonyms.path(row["source"])
        row["reason"] = pseudonyms.text(row["reason"], paths)
    return json.dumps(row, ensure_ascii=False, sort_keys=True)


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

    def __init__(self, path: str, pseudonyms: Pseudonyms | None, sources: tuple[str, ...]) -> None:
        self.path, self.pseudonyms, self.sources = path, pseudonyms, sources

    def process(self, rejections: list) -> None:
        ordered = sorted(rejections, key=lambda r: (r.source, r.position, r.kind, r.reason))
        safe = self.pseudonyms
        paths = {source: safe.path(source) for source in self.sources} if safe else None
        with FileSystems.create(self.path) as handle:
            for rejection in ordered:
                handle.write((rejection_json(rejection, safe, paths) + "\n").encode("utf-8"))


class WriteAudit(beam.PTransform):
    """Findings (unless `findings` is False: classification only), classifications,
    rejected rows and counts, all into `folder`; names from the input pseudonymised
    where they hold a personal value (`pseudonyms`; `sources` are the input files)."""

    def __init__(self, folder: str, findings: bool = True, pseudonyms: Pseudonyms | None = None,
                 sources: tuple[str, ...] = ()) -> None:
        super().__init__()
        self.folder, self.findings = folder, findings
        self.pseudonyms, self.sources = pseudonyms, tuple(sources)

    def expand(self, result: dict):
        folder, safe = self.folder, self.pseudonyms
        if self.findings:
            for part, findings in result["findings"].items():
                (
                    findings
                    | f"FindingLines {part}" >> beam.Map(
                        lambda f: finding_shard_line(safe.finding(f) if safe else f))
                    | f"WriteFindings {part}" >> beam.io.WriteToText(
                        storage.join(folder, f"{FINDING_SHARDS}-{part}"),
                        file_name_suffix=".jsonl")
                )
        for i, part in enumerate(parts(result["classified"])):
            (
                part
                | part_label("Classified only", i) >> beam.Filter(
                    lambda r: isinstance(r, ClassifiedRecord))
                | part_label("ClassificationRows", i) >> beam.Map(classification_row, safe)
                | part_label("WriteClassifications", i) >> beam.io.WriteToParquet(
                    storage.join(folder, f"{CLASSIFICATION_SHARDS}-{i}"),
                    CLASSIFICATION_SCHEMA, file_name_suffix=".parquet",
                    row_group_buffer_size=ROW_GROUP_BYTES)
            )
        (
            result["rejected"]
            | "AllRejected" >> beam.combiners.ToList()
            | "WriteRejected" >> beam.ParDo(
                _WriteRejected(storage.join(folder, REJECTED_FILE), safe, self.sources))
        )
        (
            result["counts"]
            | "AllCounts" >> beam.combiners.ToList()
            | "WriteCounts" >> beam.ParDo(_WriteJson(storage.join(folder, COUNTS_FILE)))
        )
        return beam.pvalue.PDone(parts(result["classified"])[0].pipeline)

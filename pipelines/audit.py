"""The audit as one Beam transform that reads like the audit itself, and its writer."""

from __future__ import annotations

import glob
import json
import os
from dataclasses import dataclass

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
from apache_beam.io.filesystems import FileSystems

from classifiers.settings import ClassifierSettings
from pipelines.core.model import RECORDS, TRANSFERS, ClassifiedRecord
from pipelines.files.findings import finding_shard_line, merge_finding_shards
from pipelines.runs.progress import CountProgress
from pipelines.tenant.model import Tenant
from pipelines.transforms.steps import (
    ClassifyRecords,
    CountRows,
    JudgeDataAtRest,
    JudgeFlows,
    JudgeTransfers,
    ParseRows,
    ProfileColumns,
    ReadRows,
    RejectDuplicates,
    SelectWindow,
    SummariseMovedData,
    rejection_json,
)

CLASSIFICATIONS_FILE = "classifications.parquet"
CLASSIFICATION_SHARDS = "classifications-part"
FINDING_SHARDS = "findings-part"
ROW_GROUP_BYTES = 4 * 1024 * 1024
"""Rows a worker buffers before it writes them (Beam's default, 64 MB, is held per worker
until the whole stage ends on the local runner)."""
REJECTED_FILE = "rejected.jsonl"
COUNTS_FILE = "counts.json"


@dataclass(frozen=True)
class AuditPlan:
    """Everything one audit run needs, resolved before the pipeline is built."""

    tenant: Tenant
    classifier: ClassifierSettings
    record_files: tuple[str, ...]
    transfer_files: tuple[str, ...]
    since: str | None = None
    until: str | None = None
    progress_file: str | None = None  # workers count into it (runs/progress.py)
    read_shards: int = 1  # parallel read tasks (pipelines/transforms/ ReadRows)


class Audit(beam.PTransform):
    """read → parse → classify → join → judge; returns the PCollections to write."""

    def __init__(self, plan: AuditPlan) -> None:
        super().__init__()
        self.plan = plan

    def expand(self, pbegin) -> dict:
        plan, tenant = self.plan, self.plan.tenant
        files, shards = list(plan.record_files), plan.read_shards
        # A first pass over the records with a small result, what each column holds: the
        # classifier needs it before it starts, and thanks to it the second pass takes
        # each record from its file to the classifier without holding it anywhere.
        profiles = (
            pbegin
            | "SurveyRecords" >> ReadRows(RECORDS, files, shards, metric="records_surveyed")
            | "ParseSurveyed" >> ParseRows(tenant, metric="surveyed_rows_rejected")
        ).parsed | "ProfileColumns" >> ProfileColumns()
        record_rows = pbegin | "ReadRecords" >> ReadRows(RECORDS, files, shards, by_key=True)
        records = record_rows | "ParseRecords" >> ParseRows(tenant)
        unique_records = records.parsed | "UniqueRecords" >> RejectDuplicates(
            RECORDS, lambda r: r.key, "record_id within its dataset", files)
        classified = unique_records.unique | "ClassifyRecords" >> ClassifyRecords(
            plan.classifier, profiles)
        if plan.progress_file:
            classified.classified | "Progress" >> CountProgress(plan.progress_file)

        transfer_rows = pbegin | "ReadTransfers" >> ReadRows(
            TRANSFERS, list(plan.transfer_files), shards, by_key=True)
        transfers = transfer_rows | "ParseTransfers" >> ParseRows(tenant)
        unique_transfers = transfers.parsed | "UniqueTransfers" >> RejectDuplicates(
            TRANSFERS, lambda t: t.transfer_id, "transfer_id", list(plan.transfer_files))
        in_window, outside_window = unique_transfers.unique | "SelectWindow" >> SelectWindow(
            plan.since, plan.until)

        moved = in_window | "SummariseMovedData" >> SummariseMovedData(classified.classified)
        judged = in_window | "JudgeTransfers" >> JudgeTransfers(tenant, moved)
        flow_findings = judged.flow_use | "JudgeFlows" >> JudgeFlows(tenant)
        rest_findings = classified.classified | "JudgeDataAtRest" >> JudgeDataAtRest(tenant)

        # Three parts, written where they are made: a Flatten would gather every finding
        # in one more stage (in the driver, on the local runner).
        findings = {"transfers": judged.findings, "flows": flow_findings,
                    "at-rest": rest_findings}
        rejected = (
            records.rejected, unique_records.rejected, classified.rejected,
            transfers.rejected, unique_transfers.rejected,
        ) | "Rejected" >> beam.Flatten()
        counts = pbegin | "Count" >> CountRows(
            rows=(record_rows, transfer_rows),
            rejected=rejected,
            classified=classified.classified,
            evaluated=judged.evaluated,
            outside_window=outside_window,
            columns=profiles,
        )
        return {"findings": findings, "classified": classified.classified,
                "rejected": rejected, "counts": counts}


CLASSIFICATION_SCHEMA = pa.schema([
    ("record_id", pa.string()),
    ("dataset", pa.string()),
    ("environment", pa.string()),
    ("region", pa.string()),
    ("home_geo", pa.string()),
    ("category", pa.string()),
    ("entity_types", pa.map_(pa.string(), pa.int64())),
    ("personal_fields", pa.list_(pa.string())),
    ("source", pa.string()),
    # what made the record personal: field and entity type with a count, never a value
    ("personal_reasons", pa.list_(pa.struct([
        ("field", pa.string()), ("entity_type", pa.string()), ("count", pa.int64())]))),
])


def classification_row(record: ClassifiedRecord) -> dict:
    return {
        "record_id": record.record_id,
        "dataset": record.dataset,
        "environment": record.environment,
        "region": record.region,
        "home_geo": record.home_geo,
        "category": record.category,
        "entity_types": list(record.entity_counts),
        "personal_fields": list(record.personal_fields),
        "source": record.source,
        "personal_reasons": [
            {"field": field, "entity_type": entity, "count": count}
            for field, entity, count in record.reasons],
    }


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
    """Findings, classifications, rejects and counts, all into a staging folder that the
    driver publishes only if the run succeeds. Findings and classifications are written
    in shards, one per bundle, which `join_shards` turns into one file each."""

    def __init__(self, folder: str) -> None:
        super().__init__()
        self.folder = folder

    def expand(self, result: dict):
        folder = self.folder
        for part, findings in result["findings"].items():
            (
                findings
                | f"FindingLines {part}" >> beam.Map(finding_shard_line)
                | f"WriteFindings {part}" >> beam.io.WriteToText(
                    os.path.join(folder, f"{FINDING_SHARDS}-{part}"), file_name_suffix=".jsonl")
            )
        (
            result["classified"]
            | "ClassificationRows" >> beam.Map(classification_row)
            | "WriteClassifications" >> beam.io.WriteToParquet(
                os.path.join(folder, CLASSIFICATION_SHARDS), CLASSIFICATION_SCHEMA,
                file_name_suffix=".parquet", row_group_buffer_size=ROW_GROUP_BYTES)
        )
        (
            result["rejected"]
            | "AllRejected" >> beam.combiners.ToList()
            | "WriteRejected" >> beam.ParDo(_WriteRejected(os.path.join(folder, REJECTED_FILE)))
        )
        (
            result["counts"]
            | "AllCounts" >> beam.combiners.ToList()
            | "WriteCounts" >> beam.ParDo(_WriteJson(os.path.join(folder, COUNTS_FILE)))
        )
        return beam.pvalue.PDone(result["classified"].pipeline)


def join_shards(folder: str) -> None:
    """The driver's part of writing, after the pipeline: one file from each kind of shard."""
    merge_finding_shards(folder, FINDING_SHARDS)
    merge_classification_shards(folder)


def merge_classification_shards(folder: str) -> None:
    """Join the per-bundle classification files into `classifications.parquet`, one row
    group at a time. A one-shard write would group every row on one worker (and, on the
    local runner, decoded in the driver too): memory that grows with the input."""
    shards = sorted(glob.glob(os.path.join(glob.escape(folder), CLASSIFICATION_SHARDS + "*")))
    with pq.ParquetWriter(os.path.join(folder, CLASSIFICATIONS_FILE),
                          CLASSIFICATION_SCHEMA) as writer:
        for shard in shards:
            source = pq.ParquetFile(shard)
            for index in range(source.num_row_groups):
                writer.write_table(source.read_row_group(index))
            source.close()
            os.remove(shard)

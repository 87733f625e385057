"""The audit as one Beam transform that reads like the audit itself:
read -> parse -> classify -> join -> judge. `write.py` writes what it returns."""

from __future__ import annotations

from dataclasses import dataclass

import apache_beam as beam

from classifiers.settings import ClassifierSettings
from pipelines.core.model import RECORDS, TRANSFERS
from pipelines.sources import SourceKeys
from pipelines.tenant.model import Tenant
from pipelines.transforms.classify import ClassifyRecords, ProfileColumns
from pipelines.transforms.count import CountProgress, CountRows
from pipelines.transforms.join import SummariseMovedData
from pipelines.transforms.judge import JudgeDataAtRest, JudgeFlows, JudgeTransfers
from pipelines.transforms.parse import (
    ParseRows,
    RejectDuplicates,
    SelectWindow,
    TransfersOf,
    row_facts,
)
from pipelines.transforms.read import ReadRows


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
    read_shards: int = 1  # parallel read tasks (transforms/read.py ReadRows)
    transfer_formats: tuple[tuple[str, str], ...] = ()  # file -> source (pipelines/sources/)


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

        # Transfer files: each row through its source's adapter (pipelines/sources/) into
        # a SourceRow; rows are what the duplicate check, the window and the counts go by,
        # their transfers what the rules judge.
        formats = {path: "flowaudit" for path in plan.transfer_files}
        formats.update(dict(plan.transfer_formats))
        transfer_rows = pbegin | "ReadTransfers" >> ReadRows(
            TRANSFERS, list(plan.transfer_files), shards, by_key=True,
            key_of=SourceKeys(formats))
        transfers = transfer_rows | "ParseTransfers" >> ParseRows(tenant, formats=formats)
        unique_transfers = transfers.parsed | "UniqueTransfers" >> RejectDuplicates(
            TRANSFERS, lambda r: r.key, lambda r: r.key_name, list(plan.transfer_files))
        in_window, outside_window = unique_transfers.unique | "SelectWindow" >> SelectWindow(
            plan.since, plan.until)
        row_facts_ = in_window | "RowFacts" >> beam.FlatMap(row_facts)
        to_judge = in_window | "TransfersOf" >> TransfersOf()

        moved = to_judge | "SummariseMovedData" >> SummariseMovedData(classified.classified)
        judged = to_judge | "JudgeTransfers" >> JudgeTransfers(tenant, moved)
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
            evaluated=in_window,
            outside_window=outside_window,
            columns=profiles,
            findings=findings,
            facts=(row_facts_, judged.facts),
        )
        return {"findings": findings, "classified": classified.classified,
                "rejected": rejected, "counts": counts}

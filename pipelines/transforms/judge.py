"""Judge: transfers, flows and data at rest -> findings, through the pure rules."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.shared import Shared

from pipelines.core.model import (
    ClassifiedRecord,
    DataSummary,
    add_missing,
    summarise_record,
)
from pipelines.core.rules import judge_transfer, unjudgeable_after_join
from pipelines.core.rules.dlp import FlowUse, group_mix_findings
from pipelines.core.rules.residency import at_rest_findings
from pipelines.tenant.model import Tenant
from pipelines.transforms.common import NAMESPACE, Holder, pack, part_label, parts, unpack
from pipelines.transforms.join import MergeSummaries

_SERVICE_TAGS = Shared()


def _load_service_tags(path: str):
    from pipelines.tenant.exports.service_tags import load_service_tags

    return Holder(load_service_tags(path))


class _JudgeTransfer(beam.DoFn):
    def __init__(self, tenant: Tenant) -> None:
        self.tenant = tenant
        self.evaluated = Metrics.counter(NAMESPACE, "transfers_evaluated")

    def setup(self) -> None:
        self.service_tags = None
        path = self.tenant.service_tags_file
        if path and self.tenant.allowed_service_tags:
            self.service_tags = _SERVICE_TAGS.acquire(
                lambda: _load_service_tags(path), tag=path).value

    def process(self, item):
        _, grouped = item
        transfers = list(grouped["transfer"])
        if not transfers:
            return
        self.evaluated.inc()
        transfer = unpack(transfers[0])
        found = list(grouped["moved"])  # one value at most: a transfer names records or not
        summary, ids = found[0] if found else (DataSummary(), frozenset())
        moved = add_missing(summary, ids, transfer.record_ids)
        yield beam.pvalue.TaggedOutput("evaluated", transfer)
        yield beam.pvalue.TaggedOutput("facts", ("judged", transfer.origin))
        for rule, reason in unjudgeable_after_join(transfer, moved):
            yield beam.pvalue.TaggedOutput("facts", (
                "not_judgeable", transfer.origin, rule, reason))
        if transfer.flow_id and transfer.connector:
            yield beam.pvalue.TaggedOutput("flow_use", (transfer.flow_id, FlowUse(
                transfer.connector, transfer.source_environment,
                moved.personal_records > 0, transfer.transfer_id, transfer.endpoint)))
        yield from judge_transfer(transfer, moved, self.tenant, self.service_tags)


class JudgeTransfers(beam.PTransform):
    """Transfers + what each moved -> findings; also each flow's connector uses."""

    def __init__(self, tenant: Tenant, moved) -> None:
        super().__init__()
        self.tenant = tenant
        self.moved = moved

    def expand(self, transfers):
        keyed = transfers | "ById" >> beam.Map(lambda t: (t.transfer_id, pack(t)))
        return (
            {"transfer": keyed, "moved": self.moved}
            | "Join" >> beam.CoGroupByKey()
            | "Judge" >> beam.ParDo(_JudgeTransfer(self.tenant)).with_outputs(
                "evaluated", "flow_use", "facts", main="findings")
        )


class JudgeFlows(beam.PTransform):
    """One flow joining Business and Non-business connectors: `connector-group-mix`."""

    def __init__(self, tenant: Tenant) -> None:
        super().__init__()
        self.tenant = tenant

    def expand(self, flow_uses):
        tenant = self.tenant
        return (
            flow_uses
            | "PerFlow" >> beam.GroupByKey()
            | "Judge" >> beam.FlatMap(lambda item: group_mix_findings(item[0], item[1], tenant))
        )


def _evidence(record: ClassifiedRecord) -> tuple[bool, str, int]:
    """Which record a finding about data at rest points at: the first by file and
    position, a personal one if there is one."""
    return (not record.is_personal, *record.place)


class JudgeDataAtRest(beam.PTransform):
    """Records stored outside their home geo, one finding per dataset, region and rule
    (over the parts of the records' verdicts; a presumed record has no place at rest)."""

    def __init__(self, tenant: Tenant) -> None:
        super().__init__()
        self.tenant = tenant

    def expand(self, verdicts):
        tenant = self.tenant
        sums = [
            part
            | part_label("OutsideGeo", i) >> beam.Filter(
                lambda c: isinstance(c, ClassifiedRecord) and c.outside_geo)
            | part_label("ByPlace", i) >> beam.Map(
                lambda c: ((c.dataset, c.region, c.home_geo), (summarise_record(c), _evidence(c))))
            | part_label("Summarise", i) >> beam.CombinePerKey(
                beam.combiners.TupleCombineFn(MergeSummaries(), min))
            for i, part in enumerate(parts(verdicts))
        ]
        if len(sums) > 1:
            sums = [sums | "Parts" >> beam.Flatten()
                    | "Summarise parts" >> beam.CombinePerKey(
                        beam.combiners.TupleCombineFn(MergeSummaries(), min))]
        return sums[0] | "Judge" >> beam.FlatMap(
            lambda item: at_rest_findings(*item[0], item[1][0], tenant, place=item[1][1][1:]))

"""Parse: raw rows -> records and transfers (or rejected rows), the first of each key,
and the transfers of the audit's time window."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipelines.core.model import (
    TRANSFERS,
    RawRow,
    Rejection,
    SourceRow,
    Transfer,
)
from pipelines.core.parse import parse_row
from pipelines.core.sharding import (
    key_digest,
    place_of,
    source_and_position,
)
from pipelines.core.window import in_window
from pipelines.sources import parse_source_row
from pipelines.tenant.model import Tenant
from pipelines.transforms.common import NAMESPACE, REJECTED, pack, unpack


class _ParseRow(beam.DoFn):
    def __init__(self, tenant: Tenant, metric: str, formats: dict | None) -> None:
        self.tenant, self.formats = tenant, formats
        self.rejected = Metrics.counter(NAMESPACE, metric)

    def process(self, row: RawRow):
        if self.formats is not None and row.kind == TRANSFERS:
            value = parse_source_row(row, self.tenant, self.formats.get(row.source, "flowaudit"))
        else:
            value = parse_row(row, self.tenant)
        if isinstance(value, Rejection):
            self.rejected.inc()
            yield beam.pvalue.TaggedOutput(REJECTED, value)
        else:
            yield value


class ParseRows(beam.PTransform):
    """RawRow -> Record/Transfer, or a Rejection on the `rejected` output. With `formats`
    (transfer file -> source), transfer rows go through their source's adapter and
    become SourceRows (pipelines/sources/)."""

    def __init__(self, tenant: Tenant, metric: str = "rows_rejected",
                 formats: dict | None = None) -> None:
        super().__init__()
        self.tenant, self.metric, self.formats = tenant, metric, formats

    def expand(self, rows):
        return rows | beam.ParDo(_ParseRow(self.tenant, self.metric, self.formats)).with_outputs(
            REJECTED, main="parsed")


class _FirstOfEachKey(beam.DoFn):
    def __init__(self, kind: str, key, what: str, sources: list[str]) -> None:
        self.kind, self.key, self.what, self.sources = kind, key, what, sources
        self.rejected = Metrics.counter(NAMESPACE, "duplicates_rejected")

    def start_bundle(self) -> None:
        # Per bundle: a retried bundle starts afresh, and a read task's rows never
        # straddle two bundles (a task is one element).
        self.first: dict[int, int] = {}

    def process(self, value):
        place = place_of(value.source, value.position, self.sources)
        first = self.first.setdefault(key_digest(self.key(value)), place)
        if first == place:
            yield value
            return
        self.rejected.inc()
        source, position = source_and_position(first, self.sources)
        what = self.what(value) if callable(self.what) else self.what
        yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
            self.kind, value.source, value.position,
            f"duplicate {what} (first seen in {source} at row {position})"))


class RejectDuplicates(beam.PTransform):
    """Keep the first row of each key (by file and position); reject the others.

    Nothing is grouped: the rows come from `ReadRows(by_key=True)` through steps fused
    with it, so every row of one key reaches the same bundle, in file order, and the
    first one seen is the first one. A bundle remembers a 96-bit digest and a place per
    key it owns (about 110 bytes; the local runner has one bundle per worker).
    """

    def __init__(self, kind: str, key, what: str, sources: list[str]) -> None:
        super().__init__()
        self.kind, self.key, self.what = kind, key, what
        self.sources = sorted(sources)

    def expand(self, values):
        return values | beam.ParDo(
            _FirstOfEachKey(self.kind, self.key, self.what, self.sources)
        ).with_outputs(REJECTED, main="unique")


class SelectWindow(beam.PTransform):
    """Transfers inside [since, until); the others are counted, not judged."""

    def __init__(self, since: str | None, until: str | None) -> None:
        super().__init__()
        self.since, self.until = since, until

    def expand(self, transfers):
        since, until = self.since, self.until

        def side(transfer: Transfer | SourceRow, _count) -> int:
            # an inventory (a store's replicas) has no time: it holds whenever one looks
            if transfer.timestamp is None:
                return 0
            return 0 if in_window(transfer.timestamp, since, until) else 1

        return transfers | beam.Partition(side, 2)


def row_facts(row: SourceRow):
    """What an in-window row adds to summary.json besides its transfers: what it was,
    each rule it could not be judged by, and its own facts (a DLP policy change, a
    connector name nobody could map)."""
    yield ("row_kind", row.origin, row.what)
    for rule, reason in row.notes:
        yield ("not_judgeable", row.origin, rule, reason)
    yield from row.facts


def _first_transfer(packed: list):
    return min(packed)


class TransfersOf(beam.PTransform):
    """SourceRows -> their transfers, one per transfer_id: the rows of a source that
    aggregates (a flow definition edited ten times, a conversation logged every minute)
    share ids, and the earliest transfer of an id stands for it. A keyed combine lifted
    into the stage that makes the transfers, so only one per id per worker leaves it."""

    def expand(self, rows):
        return (
            rows
            | "Transfers" >> beam.FlatMap(lambda row: row.transfers)
            | "ById" >> beam.Map(lambda t: (t.transfer_id, (
                (t.timestamp or "", t.source, t.position), pack(t))))
            | "Earliest" >> beam.CombinePerKey(_first_transfer)
            | "Transfer" >> beam.MapTuple(lambda _, first: unpack(first[1]))
        )

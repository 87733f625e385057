"""Parse: raw rows -> records and transfers (or rejected rows), the first of each key,
and the transfers of the audit's time window."""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipelines.core.model import (
    RawRow,
    Rejection,
    Transfer,
)
from pipelines.core.parse import parse_row
from pipelines.core.sharding import (
    key_digest,
    place_of,
    source_and_position,
)
from pipelines.core.window import in_window
from pipelines.tenant.model import Tenant
from pipelines.transforms.common import NAMESPACE, REJECTED


class _ParseRow(beam.DoFn):
    def __init__(self, tenant: Tenant, metric: str) -> None:
        self.tenant = tenant
        self.rejected = Metrics.counter(NAMESPACE, metric)

    def process(self, row: RawRow):
        value = parse_row(row, self.tenant)
        if isinstance(value, Rejection):
            self.rejected.inc()
            yield beam.pvalue.TaggedOutput(REJECTED, value)
        else:
            yield value


class ParseRows(beam.PTransform):
    """RawRow -> Record/Transfer, or a Rejection on the `rejected` output."""

    def __init__(self, tenant: Tenant, metric: str = "rows_rejected") -> None:
        super().__init__()
        self.tenant, self.metric = tenant, metric

    def expand(self, rows):
        return rows | beam.ParDo(_ParseRow(self.tenant, self.metric)).with_outputs(
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
        yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
            self.kind, value.source, value.position,
            f"duplicate {self.what} (first seen in {source} at row {position})"))


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

        def side(transfer: Transfer, _count) -> int:
            return 0 if in_window(transfer.timestamp, since, until) else 1

        return transfers | beam.Partition(side, 2)

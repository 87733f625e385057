"""Copies: records whose key occurs in more than one row, and rejected records that are
still known by their key (the model and the reasoning are in core/copies.py).

Three steps, none of which groups the records:
- `SurveyCopies`, in the first pass over the rows (which profiles the columns anyway):
  each read task owns its keys (`ReadRows(by_key=True)`), sees their rows in file order
  and remembers one int per key; it reports only the keys seen twice, summed per key.
- `SettleCopies`, before classification: identical copies keep the first; every copy of
  a conflicting key is classified.
- `MergeCopies`, after classification: the verdicts on a conflicting key's copies are
  merged by a keyed combine over those few keys; a rejected record that is known by its
  key becomes a `PresumedRecord`, judged as if personal.
"""

from __future__ import annotations

import apache_beam as beam
from apache_beam.metrics import Metrics

from pipelines.core.copies import (
    Copies,
    CopyTracker,
    CopyVerdicts,
    content_digest,
    copy_verdict,
    merge_copies,
    merge_verdicts,
    rejected_copy,
    rejected_note,
    settle,
)
from pipelines.core.model import (
    RECORDS,
    ClassifiedRecord,
    PresumedRecord,
    RawRow,
    Record,
    Rejection,
)
from pipelines.core.parse import parse_row
from pipelines.core.sharding import key_digest, place_of, source_and_position
from pipelines.tenant.model import Tenant
from pipelines.transforms.common import NAMESPACE, REJECTED

COPIES = "copies"


class _SurveyRow(beam.DoFn):
    def __init__(self, tenant: Tenant, sources: list[str], metric: str) -> None:
        self.tenant, self.sources = tenant, sources
        self.rejected = Metrics.counter(NAMESPACE, metric)

    def start_bundle(self) -> None:
        # Per bundle: a read task is one element, so its rows never straddle two bundles,
        # and a retried bundle starts afresh.
        self.tracker = CopyTracker()

    def process(self, row: RawRow):
        value = parse_row(row, self.tenant)
        if isinstance(value, Record):
            yield value
            key, digest = value.key, content_digest(value)
        else:
            self.rejected.inc()
            key, digest = value.key, None
        if key is None:
            return
        news = self.tracker.seen(key_digest(key), place_of(row.source, row.position,
                                                           self.sources), digest)
        if news is not None:
            yield beam.pvalue.TaggedOutput(COPIES, (key, news))


class _MergeNews(beam.CombineFn):
    """Copies per key, merged in any order."""

    def create_accumulator(self) -> Copies | None:
        return None

    def add_input(self, accumulator, value: Copies):
        return value if accumulator is None else merge_copies(accumulator, value)

    def merge_accumulators(self, accumulators):
        merged = None
        for accumulator in accumulators:
            if accumulator is not None:
                merged = accumulator if merged is None else merge_copies(merged, accumulator)
        return merged

    def extract_output(self, accumulator):
        return accumulator


class SurveyCopies(beam.PTransform):
    """Raw record rows (read by key) -> the parsed records (`parsed`, for the column
    profiles) and, per key seen in more than one row, its `Copies` (`copies`)."""

    def __init__(self, tenant: Tenant, sources: list[str],
                 metric: str = "surveyed_rows_rejected") -> None:
        super().__init__()
        self.tenant, self.sources, self.metric = tenant, sorted(sources), metric

    def expand(self, rows):
        surveyed = rows | "Parse" >> beam.ParDo(
            _SurveyRow(self.tenant, self.sources, self.metric)).with_outputs(
                COPIES, main="parsed")
        copies = surveyed[COPIES] | "PerKey" >> beam.CombinePerKey(_MergeNews())
        return {"parsed": surveyed.parsed, "copies": copies}


def _where(place: int, sources: list[str]) -> str:
    source, position = source_and_position(place, sources)
    return f"{source} at row {position}"


class _SettleCopies(beam.DoFn):
    def __init__(self, sources: list[str]) -> None:
        self.sources = sources
        self.rejected = Metrics.counter(NAMESPACE, "duplicates_rejected")

    def process(self, record: Record, copies: dict):
        news = copies.get(record.key)
        place = place_of(record.source, record.position, self.sources)
        if news is None or news.conflicting or news.first_good == place:
            yield record
            return
        self.rejected.inc()
        yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
            RECORDS, record.source, record.position,
            "duplicate record_id within its dataset, identical to the row in "
            f"{_where(news.first_good, self.sources)}"))


class SettleCopies(beam.PTransform):
    """Records -> the records to classify (`unique`): the first of identical copies,
    every copy of a conflicting key; the later identical copies are `rejected`."""

    def __init__(self, copies, sources: list[str]) -> None:
        super().__init__()
        self.copies, self.sources = copies, sorted(sources)

    def expand(self, records):
        return records | beam.ParDo(
            _SettleCopies(self.sources), beam.pvalue.AsDict(self.copies)).with_outputs(
                REJECTED, main="unique")


class _RouteClassified(beam.DoFn):
    def __init__(self, sources: list[str]) -> None:
        self.sources = sources

    def process(self, record: ClassifiedRecord, copies: dict):
        news = copies.get(record.key)
        if news is None or not news.conflicting:
            yield record
            return
        place = place_of(record.source, record.position, self.sources)
        yield beam.pvalue.TaggedOutput(COPIES, (record.key, copy_verdict(place, record)))
        if place != news.first_good:
            yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
                RECORDS, record.source, record.position,
                "duplicate record_id within its dataset, with different content (first "
                f"seen in {_where(news.first_good, self.sources)}); every copy was "
                "classified and the record is judged as personal"))


class _RouteRejected(beam.DoFn):
    def __init__(self, sources: list[str]) -> None:
        self.sources = sources

    def process(self, rejection: Rejection, copies: dict):
        if rejection.kind != RECORDS or rejection.key is None:
            return
        if rejection.key in copies:
            place = place_of(rejection.source, rejection.position, self.sources)
            yield beam.pvalue.TaggedOutput(COPIES, (rejection.key,
                                                    rejected_copy(place, rejection.reason)))
            return
        yield PresumedRecord(*rejection.key, rejected_note(rejection.reason))


class _MergeVerdicts(beam.CombineFn):
    def create_accumulator(self) -> CopyVerdicts:
        return CopyVerdicts()

    def add_input(self, accumulator: CopyVerdicts, value: CopyVerdicts) -> CopyVerdicts:
        return merge_verdicts(accumulator, value)

    def merge_accumulators(self, accumulators) -> CopyVerdicts:
        merged = CopyVerdicts()
        for accumulator in accumulators:
            merged = merge_verdicts(merged, accumulator)
        return merged

    def extract_output(self, accumulator: CopyVerdicts) -> CopyVerdicts:
        return accumulator


class MergeCopies(beam.PTransform):
    """(classified records, rejected records) -> the audit's verdicts on records, in two
    parts: `classified`, the records of keys seen once or in identical copies (they stay
    in the stage that classified them: a Flatten would hold them all in the local
    runner's driver), and `settled`, few: one ClassifiedRecord per conflicting key, and a
    PresumedRecord per record present but rejected. The later copies of a conflicting
    key, each classified, are `rejected`, so that read = classified + rejected."""

    def __init__(self, copies, sources: list[str]) -> None:
        super().__init__()
        self.copies, self.sources = copies, sorted(sources)

    def expand(self, inputs):
        classified, rejected = inputs
        copies = beam.pvalue.AsDict(self.copies)
        routed = classified | "RouteClassified" >> beam.ParDo(
            _RouteClassified(self.sources), copies).with_outputs(COPIES, REJECTED,
                                                                 main="classified")
        presumed = rejected | "RouteRejected" >> beam.ParDo(
            _RouteRejected(self.sources), copies).with_outputs(COPIES, main="presumed")
        merged = (
            (routed[COPIES], presumed[COPIES])
            | "CopyVerdicts" >> beam.Flatten()
            | "PerKey" >> beam.CombinePerKey(_MergeVerdicts())
            | "Settle" >> beam.MapTuple(settle)
        )
        return {
            "classified": routed.classified,
            "settled": (merged, presumed.presumed) | "Settled" >> beam.Flatten(),
            "rejected": routed[REJECTED],
        }

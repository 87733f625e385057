"""The audit's steps as composite Beam transforms.

Each transform wires pure functions from `parse`, `rules` and `classifiers`; heavy
resources (the classifier, the service-tag index) are built once per worker in
`DoFn.setup` through `Shared`, and bad rows leave through tagged outputs.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import pickle
import zlib
from collections.abc import Iterable

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics
from apache_beam.utils.shared import Shared

from classifiers.columns import COLUMN_SAMPLE_SIZE, DatasetProfile, infer_profile
from classifiers.settings import ClassifierSettings
from pipelines.core.model import (
    RECORDS,
    TRANSFERS,
    ClassifiedRecord,
    DataSummary,
    Finding,
    RawRow,
    Record,
    Rejection,
    Transfer,
    add_missing,
    merge_summaries,
    summarise_record,
)
from pipelines.core.parse import parse_row, row_key
from pipelines.core.sharding import (
    key_digest,
    owner_of,
    owner_of_key,
    place_of,
    source_and_position,
)
from pipelines.core.window import in_window
from pipelines.files.readers import read_rows
from pipelines.rules import (
    FlowUse,
    at_rest_findings,
    group_mix_findings,
    judge_transfer,
)
from pipelines.tenant.model import Tenant

REJECTED = "rejected"
NAMESPACE = "flowaudit"

# One classifier per worker process, shared by every DoFn instance and thread in it.
_CLASSIFIERS = Shared()
_SERVICE_TAGS = Shared()


class _Holder:
    """`Shared` needs a weak-referenceable object; plain classes are."""

    def __init__(self, value) -> None:
        self.value = value


# --- read and parse --------------------------------------------------------------------

class _Owned:
    """`keep` for one file of one read task. Readers ask it about every row that is not
    blank, so the last row asked about, where a file that breaks off stopped being
    readable, is the same for every task. With `by_key`, every row is read and the task
    decides once the row is decoded (`owns_row`)."""

    def __init__(self, source: str, shards: int, shard: int, by_key: bool) -> None:
        self.source, self.shards, self.shard, self.by_key = source, shards, shard, by_key
        self.last = 0

    def __call__(self, position: int) -> bool:
        self.last = max(self.last, position)
        return self.by_key or self.owns(position)

    def owns(self, position: int) -> bool:
        return owner_of(self.source, position, self.shards) == self.shard

    def owns_row(self, row: RawRow) -> bool:
        key = row_key(row) if self.by_key else None
        if key is None:
            return self.owns(row.position)
        return owner_of_key(key, self.shards) == self.shard


class _ReadShard(beam.DoFn):
    """One read task: every input file, opened by its exact name (no second glob match,
    which would silently skip a file called e.g. `data[1].jsonl`), yielding the rows
    this task owns; the other tasks yield the rest."""

    def __init__(self, kind: str, files: list[str], shards: int, metric: str,
                 by_key: bool) -> None:
        self.kind, self.files, self.shards, self.by_key = kind, files, shards, by_key
        self.rows = Metrics.counter(NAMESPACE, metric)

    def process(self, shard: int) -> Iterable[RawRow]:
        for path in self.files:
            owned = _Owned(path, self.shards, shard, self.by_key)
            for row in self._file_rows(path, owned):
                if owned.owns_row(row):
                    self.rows.inc()
                    yield row

    def _file_rows(self, path: str, owned: _Owned) -> Iterable[RawRow]:
        try:
            handle = _open(path)
        except Exception as error:  # noqa: BLE001 - Beam wraps OSError in BeamIOError
            yield RawRow(self.kind, path, 0, error=f"cannot open file ({type(error).__name__})")
            return
        with handle:
            try:
                yield from read_rows(self.kind, path, handle, owned)
            except (OSError, EOFError, zlib.error) as error:  # e.g. a truncated .gz
                yield RawRow(self.kind, path, owned.last + 1, error="file unreadable from "
                             f"this row on ({type(error).__name__})")


def _open(path: str):
    """A decompressed stream. Gzip goes through Python's reader, which raises on a
    truncated file; Beam's own returns the bytes it has and stops, and the rows after
    the cut would be lost without a word."""
    if path.lower().endswith(".gz"):
        raw = FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)
        return gzip.GzipFile(fileobj=raw, mode="rb")
    return FileSystems.open(path, compression_type=CompressionTypes.AUTO)


class ReadRows(beam.PTransform):
    """Resolved input files -> one RawRow per row, read by `shards` parallel tasks.

    Each task reads every file and keeps the rows it owns, so that rows never cross a
    stage boundary before they are classified: the local runner holds every element that
    does in its driver, and hands each worker its whole share as one message, which made
    memory grow with input. Decoding is cheap beside classification, so reading each
    file `shards` times costs little. Rows are owned by a hash of their place, or, with
    `by_key`, of their key: then every row of one key reaches one task, in file order
    (see RejectDuplicates).
    """

    def __init__(self, kind: str, files: list[str], shards: int = 1, *,
                 by_key: bool = False, metric: str | None = None) -> None:
        super().__init__()
        self.kind, self.by_key = kind, by_key
        self.files = sorted(files)
        self.shards = max(1, shards)
        self.metric = metric or f"{kind}_read"  # a second pass counts under its own name

    def expand(self, pbegin):
        return (
            pbegin
            | "Tasks" >> beam.Create(list(range(self.shards)))  # reshuffled over workers
            | "Rows" >> beam.ParDo(
                _ReadShard(self.kind, self.files, self.shards, self.metric, self.by_key))
        )


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


def pack(value) -> bytes:
    """A value as one bytes object, for a grouping's values.

    The local runner holds every grouped value in its driver, decoded, as a tree of
    Python objects several times its pickled size. Packed, a grouped value is one bytes
    object until its group is read.
    """
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(data: bytes):
    return pickle.loads(data)  # noqa: S301 - only ever bytes this pipeline packed


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


# --- classify --------------------------------------------------------------------------

def _sample_rank(record_id: str, column: str) -> int:
    """A stable pseudo-random rank: the same sample on every run and every runner."""
    digest = hashlib.blake2b(f"{record_id}\0{column}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class SampleColumns(beam.CombineFn):
    """Per dataset, each column's non-empty values of lowest rank: a bounded, deterministic
    sample (at most `size` values a column), whatever the dataset's size."""

    def __init__(self, size: int = COLUMN_SAMPLE_SIZE) -> None:
        self.size = size

    def create_accumulator(self) -> dict[str, list[tuple[int, str]]]:
        return {}

    def _lowest(self, values: list[tuple[int, str]]) -> list[tuple[int, str]]:
        # Duplicate records (the sample sees them before they are rejected) share a rank:
        # each rank counts once.
        return sorted(dict(sorted(values, reverse=True)).items())[: self.size]

    def _trim(self, values: list[tuple[int, str]]) -> list[tuple[int, str]]:
        return self._lowest(values) if len(values) > 2 * self.size else values

    def add_input(self, accumulator, record: Record):
        for column, value in record.fields:
            if value and value.strip():
                kept = accumulator.setdefault(column, [])
                kept.append((_sample_rank(record.record_id, column), value))
                accumulator[column] = self._trim(kept)
        return accumulator

    def merge_accumulators(self, accumulators):
        merged: dict[str, list[tuple[int, str]]] = {}
        for accumulator in accumulators:
            for column, values in accumulator.items():
                merged[column] = self._trim(merged.get(column, []) + values)
        return merged

    def extract_output(self, accumulator) -> dict[str, list[str]]:
        return {column: [value for _, value in self._lowest(values)]
                for column, values in sorted(accumulator.items())}


class ProfileColumns(beam.PTransform):
    """Records -> (dataset, DatasetProfile): what each column holds, inferred once per
    dataset from a sample of its values (small: datasets × columns, a side input)."""

    def expand(self, records):
        return (
            records
            | "ByDataset" >> beam.Map(lambda r: (r.dataset, r))
            | "Sample" >> beam.CombinePerKey(SampleColumns())
            | "Infer" >> beam.Map(lambda item: (item[0], infer_profile(item[0], item[1])))
        )


def column_counts(item: tuple[str, DatasetProfile]):
    """summary.json rows: which column of which dataset was read as what."""
    dataset, profile = item
    sampled = dict(profile.sampled)
    for column, kind in profile.columns:
        yield ("column", dataset, column, kind.value), sampled.get(column, 0)


class _ClassifyBatch(beam.DoFn):
    def __init__(self, settings: ClassifierSettings) -> None:
        self.settings = settings
        self.classified = Metrics.counter(NAMESPACE, "records_classified")
        self.personal = Metrics.counter(NAMESPACE, "records_personal")

    def setup(self) -> None:
        # Imported here: spaCy and Presidio take 1.5 s to import, and the driver, which
        # only builds the pipeline, never needs them.
        from classifiers.classify import RecordClassifier
        from classifiers.offline import use_bundled_suffix_list

        settings = self.settings
        use_bundled_suffix_list()  # also when the shared classifier was built earlier
        self.classifier = _CLASSIFIERS.acquire(
            lambda: _Holder(RecordClassifier(settings)), tag=repr(settings)).value

    def process(self, batch: list[Record], profiles: dict | None = None):
        # A dataset without a profile is analysed in full (fail closed, never skipped).
        known = [profiles.get(record.dataset) for record in batch] if profiles else None
        try:
            verdicts = self.classifier.classify_batch(
                [record.fields for record in batch], known)
        except Exception as error:  # fail closed: the batch is rejected, never "customer"
            for record in batch:
                yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
                    RECORDS, record.source, record.position,
                    f"classification failed ({type(error).__name__})"))
            return
        for record, verdict in zip(batch, verdicts, strict=True):
            if verdict.failed:
                yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
                    RECORDS, record.source, record.position, verdict.error))
                continue
            self.classified.inc()
            if verdict.category == "personal":
                self.personal.inc()
            yield ClassifiedRecord(
                dataset=record.dataset,
                record_id=record.record_id,
                environment=record.environment,
                region=record.region,
                home_geo=record.home_geo,
                outside_geo=record.outside_geo,
                category=verdict.category,
                entity_counts=verdict.entity_counts,
                personal_fields=verdict.personal_fields,
                source=record.source,
                reasons=verdict.reasons,
            )


class ClassifyRecords(beam.PTransform):
    """Records -> ClassifiedRecord (personal or customer), in batches; with column
    profiles (a side input from `ProfileColumns`), structured values are checked by
    their column's validator and only free text goes through full NLP."""

    def __init__(self, settings: ClassifierSettings, profiles=None, max_batch: int = 256) -> None:
        super().__init__()
        self.settings = settings
        self.profiles = profiles
        self.max_batch = max_batch

    def expand(self, records):
        side = [] if self.profiles is None else [beam.pvalue.AsDict(self.profiles)]
        return (
            records
            | "Batch" >> beam.BatchElements(min_batch_size=8, max_batch_size=self.max_batch)
            | "Classify" >> beam.ParDo(_ClassifyBatch(self.settings), *side).with_outputs(
                REJECTED, main="classified")
        )


# --- join ------------------------------------------------------------------------------

class MergeSummaries(beam.CombineFn):
    def create_accumulator(self) -> DataSummary:
        return DataSummary()

    def add_input(self, accumulator: DataSummary, value: DataSummary) -> DataSummary:
        return merge_summaries(accumulator, value)

    def merge_accumulators(self, accumulators) -> DataSummary:
        total = DataSummary()
        for accumulator in accumulators:
            total = merge_summaries(total, accumulator)
        return total

    def extract_output(self, accumulator: DataSummary) -> DataSummary:
        return accumulator


class MergeMoved(beam.CombineFn):
    """(DataSummary, ids of the named records found) per transfer."""

    def create_accumulator(self) -> tuple[DataSummary, frozenset[str]]:
        return DataSummary(), frozenset()

    def add_input(self, accumulator, value):
        return merge_summaries(accumulator[0], value[0]), accumulator[1] | value[1]

    def merge_accumulators(self, accumulators):
        summary, found = self.create_accumulator()
        for more, ids in accumulators:
            summary, found = merge_summaries(summary, more), found | ids
        return summary, found

    def extract_output(self, accumulator):
        return accumulator


def _named_contributions(record: ClassifiedRecord, named: dict):
    """What each transfer that names this record learns about it."""
    transfer_ids = named.get(record.key)
    if transfer_ids:
        moved = summarise_record(record), frozenset((record.record_id,))
        for transfer_id in transfer_ids:
            yield transfer_id, moved


def _dataset_contributions(item):
    _, grouped = item
    summaries = list(grouped["summary"])
    summary = summaries[0] if summaries else DataSummary()
    for transfer_id in grouped["transfers"]:
        yield transfer_id, (summary, frozenset())


class SummariseMovedData(beam.PTransform):
    """Per transfer, what it moved among the records read: (DataSummary, ids found).

    Transfers that name records learn about them where they are classified: which
    transfers name which record is a side input as large as the transfers' own lists,
    and the contributions are summed per transfer by a keyed combine lifted into that
    stage, so no step groups the records (on the local runner every grouping lives in
    the driver). Named records that were not found are counted by `JudgeTransfers`
    (`add_missing`). Whole-dataset transfers join a per-dataset summary
    (a CoGroupByKey). No worker ever holds all classifications.
    """

    def __init__(self, classified) -> None:
        super().__init__()
        self.classified = classified

    def expand(self, transfers):
        named = (
            transfers
            | "NamedRecords" >> beam.FlatMap(
                lambda t: [((t.dataset, rid), t.transfer_id) for rid in t.record_ids or ()])
            | "TransfersPerRecord" >> beam.GroupByKey()
            | "Sorted" >> beam.MapTuple(lambda key, ids: (key, tuple(sorted(ids))))
        )
        from_named = (
            self.classified
            | "FromNamedRecords" >> beam.FlatMap(_named_contributions, beam.pvalue.AsDict(named))
            | "PerNamingTransfer" >> beam.CombinePerKey(MergeMoved())
        )
        per_dataset = (
            self.classified
            | "DatasetOf" >> beam.Map(lambda c: (c.dataset, summarise_record(c)))
            | "SummariseDataset" >> beam.CombinePerKey(MergeSummaries())
        )
        whole = transfers | "WholeDatasets" >> beam.FlatMap(
            lambda t: [] if t.record_ids else [(t.dataset, t.transfer_id)])
        from_datasets = (
            {"summary": per_dataset, "transfers": whole}
            | "JoinDatasets" >> beam.CoGroupByKey()
            | "PerDataset" >> beam.FlatMap(_dataset_contributions)
        )
        return (from_named, from_datasets) | "EitherWay" >> beam.Flatten()


# --- judge -----------------------------------------------------------------------------

def _load_service_tags(path: str):
    from pipelines.tenant.service_tags import load_service_tags

    return _Holder(load_service_tags(path))


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
                "evaluated", "flow_use", main="findings")
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


class JudgeDataAtRest(beam.PTransform):
    """Records stored outside their home geo, one finding per dataset, region and rule."""

    def __init__(self, tenant: Tenant) -> None:
        super().__init__()
        self.tenant = tenant

    def expand(self, classified):
        tenant = self.tenant
        return (
            classified
            | "OutsideGeo" >> beam.Filter(lambda c: c.outside_geo)
            | "ByPlace" >> beam.Map(lambda c: ((c.dataset, c.region, c.home_geo),
                                                summarise_record(c)))
            | "Summarise" >> beam.CombinePerKey(MergeSummaries())
            | "Judge" >> beam.FlatMap(
                lambda item: at_rest_findings(*item[0], item[1], tenant))
        )


# --- counts ----------------------------------------------------------------------------

class CountBy(beam.PTransform):
    """((label, *key(element)), count) pairs.

    Summed by a keyed combine straight after the map, which runners lift into the stage
    that makes the elements: only partial counts leave it. Flattening the elements first
    would make the local runner hold every row in its driver only to count it.
    """

    def __init__(self, label: str, key) -> None:
        super().__init__(label)
        self.name, self.key = label, key

    def expand(self, values):
        name, key = self.name, self.key
        return (
            values
            | "Pair" >> beam.Map(lambda value: ((name, *key(value)), 1))
            | "Sum" >> beam.CombinePerKey(sum)
        )


class CountRows(beam.PTransform):
    """Every count of summary.json, computed as data so that every runner agrees."""

    def __init__(self, **collections) -> None:
        super().__init__()
        self.collections = collections

    def expand(self, pbegin):
        c = self.collections
        counted = [
            rows | f"read {index}" >> CountBy("read", lambda r: (r.kind, r.source))
            for index, rows in enumerate(c["rows"])
        ] + [
            c["rejected"] | CountBy("rejected", lambda r: (r.kind, r.source)),
            c["classified"] | CountBy("classified", lambda r: (RECORDS, r.source)),
            c["classified"] | CountBy("category", lambda r: (r.category,)),
            c["evaluated"] | CountBy("evaluated", lambda t: (TRANSFERS, t.source)),
            c["outside_window"] | CountBy("outside_window", lambda t: (TRANSFERS, t.source)),
        ]
        if c.get("columns") is not None:  # column profiles: already (key, count) pairs
            counted.append(c["columns"] | "ColumnKinds" >> beam.FlatMap(column_counts))
        return (
            counted
            | "All" >> beam.Flatten()
            | "Sum" >> beam.CombinePerKey(sum)
        )


def finding_sort_key(finding: Finding) -> tuple:
    return finding.sort_key()


def rejection_json(rejection: Rejection) -> str:
    return json.dumps(rejection.to_json(), ensure_ascii=False, sort_keys=True)

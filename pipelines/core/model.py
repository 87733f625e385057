"""The small immutable values that flow through the audit.

Everything here is plain data: rules, parsers and tests use these types without Beam.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields

RECORDS = "records"
TRANSFERS = "transfers"

PERSONAL = "personal"
CUSTOMER = "customer"

SEVERITIES = ("critical", "high", "medium", "low", "info")
SEVERITY_RANK = {name: rank for rank, name in enumerate(reversed(SEVERITIES))}
"""info=0 ... critical=4: a finding counts for --fail-on when its rank reaches the threshold's."""

EntityCounts = tuple[tuple[str, int], ...]
"""Entity type -> count, sorted by type, so that values hash and compare."""

SAMPLE_RECORD_IDS = 10
"""Record ids a finding shows as samples, personal ones first."""

INTERNAL = {"in_findings": False}
"""Metadata of a Transfer field that a finding does not show (where the row was read,
what the parser derived)."""


@dataclass(frozen=True)
class RawRow:
    """One row as read from an input file, before validation.

    `data` is None when the row could not even be decoded; `error` then says why, and
    `ids` holds the row's key columns when they could still be read unambiguously.
    `preview` is a masked rendering of the raw text (never the raw text itself).
    """

    kind: str
    source: str
    position: int
    data: dict | None = None
    error: str | None = None
    preview: str = ""
    fmt: str = "jsonl"
    ids: dict | None = None


@dataclass(frozen=True)
class Rejection:
    """An input row that could not be used, with a reason a person understands."""

    kind: str
    source: str
    position: int
    reason: str
    preview: str = ""
    key: tuple[str, str] | None = None
    """A rejected record's (dataset, record_id) when it could be read: the record was
    present, so it is judged as if personal, never as absent (not written out)."""

    def to_json(self) -> dict:
        return {
            "kind": self.kind,
            "source": self.source,
            "position": self.position,
            "reason": self.reason,
            "preview": self.preview,
        }


@dataclass(frozen=True)
class Record:
    """A stored row of business data: where it lives and what it says."""

    dataset: str
    record_id: str
    environment: str | None
    region: str | None
    home_geo: str
    outside_geo: bool
    fields: tuple[tuple[str, str], ...]
    source: str
    position: int

    @property
    def key(self) -> tuple[str, str]:
        return (self.dataset, self.record_id)


@dataclass(frozen=True)
class Transfer:
    """One logged movement of data, with its endpoints already resolved to geos."""

    transfer_id: str
    timestamp: str
    source: str = field(metadata=INTERNAL)
    position: int = field(metadata=INTERNAL)
    source_environment: str | None = None
    source_region: str | None = None
    source_geo: str | None = field(default=None, metadata=INTERNAL)
    destination_environment: str | None = None
    destination_region: str | None = None
    destination_geo: str | None = field(default=None, metadata=INTERNAL)
    dataset: str | None = None
    record_ids: tuple[str, ...] | None = field(default=None, metadata=INTERNAL)
    operation: str | None = None
    connector: str | None = None
    action: str | None = None
    endpoint: str | None = None
    flow_id: str | None = None
    tls_version: str | None = None
    destination_ip: str | None = None
    origin: str = field(default="flowaudit", metadata=INTERNAL)
    """The source adapter that made the transfer (pipelines/sources/)."""
    event: str | None = field(default=None, metadata=INTERNAL)
    """What kind of movement, for rules that judge only one kind: EXPORT (records
    exported or read in bulk to a destination nobody knows) or REPLICA (a store's
    geo-replica). None: a transfer as flowaudit's own schema means it."""

    def subject_fields(self) -> dict:
        """The transfer's own fields, as they appear in a finding."""
        return {name: getattr(self, name) for name in TRANSFER_FIELDS}


EXPORT = "export"
REPLICA = "replica"


@dataclass(frozen=True)
class SourceRow:
    """What one row of a transfer log or inventory said, in flowaudit's terms.

    A row may carry no transfer (an audit record of an operation no rule reads), one
    (a transfer in flowaudit's own schema) or several (each connector of a flow
    definition, each outbound flow of a network-log record). Rows, not transfers, are
    what the window selects and the duplicate check and the counts go by.

    `notes` are (rule, reason): a rule this row feeds but cannot be judged by, because
    the row lacks what the rule needs. `facts` are extra count keys the row adds to
    summary.json (a DLP policy change, a connector name nobody could map).
    """

    key: str
    origin: str
    source: str
    position: int
    timestamp: str | None
    what: str
    transfers: tuple[Transfer, ...] = ()
    notes: tuple[tuple[str, str], ...] = ()
    facts: tuple[tuple[str, ...], ...] = ()
    key_name: str = "transfer_id"


TRANSFER_FIELDS = tuple(f.name for f in fields(Transfer) if f.metadata.get("in_findings", True))
"""A transfer's fields as findings show them, in the dataclass's order: adding a field
to Transfer adds it to every finding and to both findings files."""


@dataclass(frozen=True)
class ClassifiedRecord:
    """A record with its verdict: what the join and the at-rest rule need, no content."""

    dataset: str
    record_id: str
    environment: str | None
    region: str | None
    home_geo: str
    outside_geo: bool
    category: str
    entity_counts: EntityCounts
    personal_fields: tuple[str, ...]
    source: str
    reasons: tuple[tuple[str, str, int], ...] = ()  # (field, personal entity type, count)
    position: int = 0  # line or row in `source`, as in rejected.jsonl
    unread_languages: tuple[str, ...] = ()  # text in languages nothing reads names in
    presumed: bool = False  # judged as personal though no copy was found to be personal
    note: str | None = None  # why the verdict covers more than one row (see core/copies.py)

    @property
    def place(self) -> tuple[str, int]:
        return (self.source, self.position)

    @property
    def key(self) -> tuple[str, str]:
        return (self.dataset, self.record_id)

    @property
    def is_personal(self) -> bool:
        return self.category == PERSONAL


@dataclass(frozen=True)
class PresumedRecord:
    """A record that was present in the input but whose every row was rejected: nobody
    can show it is not personal, so the transfers that moved it are judged as if it
    were. It is not classified, and has no place at rest."""

    dataset: str
    record_id: str
    note: str
    category = PERSONAL
    presumed = True

    @property
    def key(self) -> tuple[str, str]:
        return (self.dataset, self.record_id)


@dataclass(frozen=True)
class DataSummary:
    """What a set of records amounts to: counts, entity types and a few sample ids.

    `unclassified` counts records that were named but are not in the records input:
    nobody can tell whether they are personal. `presumed` counts the personal records
    that are judged so without a personal finding of their own (a row of theirs was
    rejected, or their copies differ); `notes` says why, a few distinct reasons.
    """

    records: int = 0
    personal_records: int = 0
    unclassified_records: int = 0
    entity_counts: EntityCounts = ()
    personal_samples: tuple[str, ...] = ()
    other_samples: tuple[str, ...] = ()
    presumed_records: int = 0
    notes: tuple[str, ...] = ()

    @property
    def sample_record_ids(self) -> tuple[str, ...]:
        """Personal records first: they are the ones a reviewer needs to look at."""
        return (self.personal_samples + self.other_samples)[:SAMPLE_RECORD_IDS]


def merge_counts(*counts: EntityCounts) -> EntityCounts:
    total: dict[str, int] = {}
    for pairs in counts:
        for name, count in pairs:
            total[name] = total.get(name, 0) + count
    return tuple(sorted(total.items()))


def _smallest(ids: tuple[str, ...], more: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(set(ids) | set(more)))[:SAMPLE_RECORD_IDS]


MAX_NOTES = 3
"""Distinct reasons a summary keeps for its presumed records (messages stay short)."""


def merge_summaries(a: DataSummary, b: DataSummary) -> DataSummary:
    """Associative and commutative, so Beam may combine in any order and still agree."""
    return DataSummary(
        records=a.records + b.records,
        personal_records=a.personal_records + b.personal_records,
        unclassified_records=a.unclassified_records + b.unclassified_records,
        entity_counts=merge_counts(a.entity_counts, b.entity_counts),
        personal_samples=_smallest(a.personal_samples, b.personal_samples),
        other_samples=_smallest(a.other_samples, b.other_samples),
        presumed_records=a.presumed_records + b.presumed_records,
        notes=tuple(sorted(set(a.notes) | set(b.notes)))[:MAX_NOTES],
    )


def summarise_record(record: ClassifiedRecord | PresumedRecord) -> DataSummary:
    if isinstance(record, PresumedRecord):
        return DataSummary(1, 1, 0, (), (record.record_id,), (), 1, (record.note,))
    notes = (record.note,) if record.note else ()
    if record.is_personal:
        return DataSummary(1, 1, 0, record.entity_counts, (record.record_id,), (),
                           int(record.presumed), notes)
    return DataSummary(1, 0, 0, record.entity_counts, (), (record.record_id,), 0, notes)


def summarise_missing(record_id: str) -> DataSummary:
    """A record named by a transfer but absent from the records input."""
    return DataSummary(1, 0, 1, (), (), (record_id,))


def add_missing(summary: DataSummary, found: frozenset[str],
                named: tuple[str, ...] | None) -> DataSummary:
    """What a transfer moved: `summary` of the named records that were classified, plus
    each other record it names (absent from the input, or not classifiable): nobody can
    tell whether those are personal."""
    for record_id in named or ():
        if record_id not in found:
            summary = merge_summaries(summary, summarise_missing(record_id))
    return summary


TEXT, COUNT, IDS, ENTITY_COUNTS, FLAG = "text", "count", "ids", "entity_counts", "flag"


def _subject_columns() -> tuple[tuple[str, str], ...]:
    """The transfer's fields; a dataset at rest is also placed by its region, shown
    beside the dataset."""
    columns: list[tuple[str, str]] = []
    for name in TRANSFER_FIELDS:
        columns.append((name, TEXT))
        if name == "dataset":
            columns.append(("region", TEXT))
    return tuple(columns)


FINDING_COLUMNS: tuple[tuple[str, str], ...] = (
    ("finding_id", TEXT), ("rule", TEXT), ("severity", TEXT), ("subject", TEXT),
    ("message", TEXT),
    *_subject_columns(),
    ("source_geo", TEXT), ("destination_geo", TEXT),
    ("records", COUNT), ("personal_records", COUNT), ("unclassified_records", COUNT),
    ("sample_record_ids", IDS), ("entity_types", ENTITY_COUNTS), ("policy", TEXT),
    ("input_file", TEXT), ("input_position", COUNT),
    ("suppressed", FLAG), ("suppression_reason", TEXT),
)
"""Every finding has every column (None where it does not apply), in this order, in
both findings files. `input_file` / `input_position` say where the evidence was read
(the transfer's row; for data at rest, a record of the dataset, personal ones first;
none for a flow, whose evidence is its DLP policy): SARIF and OCSF point there.
`suppressed` / `suppression_reason` are set from a baseline after judging
(pipelines/runs/baseline.py); a rule never sets them."""

FINDING_FIELDS = tuple(name for name, _ in FINDING_COLUMNS)
FINDING_HEAD = FINDING_FIELDS[:5]
"""What every finding states itself; the rest are its details."""


@dataclass(frozen=True)
class Finding:
    """One broken rule for one subject (a transfer, a dataset at rest, or a flow)."""

    rule: str
    severity: str
    subject: str
    message: str
    details: dict = field(default_factory=dict, compare=False, hash=False)

    @property
    def finding_id(self) -> str:
        """Stable across runs and runners: a hash of the rule and its subject only."""
        digest = hashlib.sha256(f"{self.rule}\x1f{self.subject}".encode()).hexdigest()
        return digest[:16]

    def sort_key(self) -> tuple:
        return (-SEVERITY_RANK[self.severity], self.rule, self.subject)

    def to_json(self) -> dict:
        out = {
            "finding_id": self.finding_id,
            "rule": self.rule,
            "severity": self.severity,
            "subject": self.subject,
            "message": self.message,
        }
        out.update(self.details)
        return out

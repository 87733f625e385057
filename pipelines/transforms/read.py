"""Read: resolved input files -> one RawRow per row, by parallel read tasks."""

from __future__ import annotations

import gzip
import zlib
from collections.abc import Iterable

import apache_beam as beam
from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems
from apache_beam.metrics import Metrics

from pipelines.core.model import (
    RawRow,
)
from pipelines.core.parse import row_key
from pipelines.core.sharding import (
    owner_of,
    owner_of_key,
)
from pipelines.files.readers import MAX_ROW_BYTES, read_rows
from pipelines.transforms.common import NAMESPACE


class _Owned:
    """`keep` for one file of one read task. Readers ask it about every row that is not
    blank, so the last row asked about, where a file that breaks off stopped being
    readable, is the same for every task. With `by_key`, every row is read and the task
    decides once the row is decoded (`owns_row`)."""

    def __init__(self, source: str, shards: int, shard: int, by_key: bool,
                 key_of=row_key) -> None:
        self.source, self.shards, self.shard, self.by_key = source, shards, shard, by_key
        self.key_of = key_of
        self.last = 0

    def __call__(self, position: int) -> bool:
        self.last = max(self.last, position)
        return self.by_key or self.owns(position)

    def owns(self, position: int) -> bool:
        return owner_of(self.source, position, self.shards) == self.shard

    def owns_row(self, row: RawRow) -> bool:
        key = self.key_of(row) if self.by_key else None
        if key is None:
            return self.owns(row.position)
        return owner_of_key(key, self.shards) == self.shard


class _ReadShard(beam.DoFn):
    """One read task: every input file, opened by its exact name (no second glob match,
    which would silently skip a file called e.g. `data[1].jsonl`), yielding the rows
    this task owns; the other tasks yield the rest."""

    def __init__(self, kind: str, files: list[str], shards: int, metric: str,
                 by_key: bool, key_of=None, max_row_bytes: int = MAX_ROW_BYTES) -> None:
        self.kind, self.files, self.shards, self.by_key = kind, files, shards, by_key
        self.key_of = key_of or row_key
        self.max_row_bytes = max_row_bytes
        self.rows = Metrics.counter(NAMESPACE, metric)

    def process(self, shard: int) -> Iterable[RawRow]:
        for path in self.files:
            owned = _Owned(path, self.shards, shard, self.by_key, self.key_of)
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
                yield from read_rows(self.kind, path, handle, owned, self.max_row_bytes)
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


open_input = _open
"""A decompressed stream of one input file (the launcher detects sources with it)."""


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
                 by_key: bool = False, metric: str | None = None, key_of=None,
                 max_row_bytes: int = MAX_ROW_BYTES) -> None:
        super().__init__()
        self.kind, self.by_key, self.key_of = kind, by_key, key_of
        self.max_row_bytes = max_row_bytes
        self.files = sorted(files)
        self.shards = max(1, shards)
        self.metric = metric or f"{kind}_read"  # a second pass counts under its own name

    def expand(self, pbegin):
        return (
            pbegin
            | "Tasks" >> beam.Create(list(range(self.shards)))  # reshuffled over workers
            | "Rows" >> beam.ParDo(
                _ReadShard(self.kind, self.files, self.shards, self.metric, self.by_key,
                           self.key_of, self.max_row_bytes))
        )

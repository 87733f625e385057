"""Turn an input file into rows, keeping each row's position for the reject report.

Plain generators over an open binary file: Beam calls them per matched file, tests
call them on bytes. A row that cannot be decoded is still yielded, with `error` set,
so that nothing is dropped silently.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from typing import BinaryIO

from pipelines.masking import mask_text
from pipelines.model import RawRow

TEXT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv"}
SUPPORTED_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".parquet")
PARQUET_BATCH_ROWS = 1024
BOM = "\ufeff"


def format_of(path: str) -> str | None:
    """The input format from a file name; `.gz` wraps a text format."""
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    if name.endswith(".parquet"):
        return None if path.lower().endswith(".gz") else "parquet"
    for suffix, fmt in TEXT_FORMATS.items():
        if name.endswith(suffix):
            return fmt
    return None


class _Stream(io.RawIOBase):
    """Beam's file objects (e.g. its gzip reader) have `read` but are neither iterable
    nor accepted by TextIOWrapper; this makes any of them an ordinary binary stream."""

    def __init__(self, handle) -> None:
        self.handle = handle

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.handle.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def read_rows(kind: str, source: str, handle: BinaryIO) -> Iterator[RawRow]:
    """Rows of one file (already decompressed), dispatched on its name."""
    fmt = format_of(source)
    if fmt == "jsonl":
        yield from read_jsonl(kind, source, io.BufferedReader(_Stream(handle), 1 << 16))
    elif fmt == "csv":
        yield from read_csv(kind, source, io.BufferedReader(_Stream(handle), 1 << 16))
    elif fmt == "parquet":
        yield from read_parquet(kind, source, handle)
    else:
        reason = f"unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})"
        yield RawRow(kind, source, 0, error=reason)


def _decode(raw: bytes, first: bool) -> str:
    text = raw.decode("utf-8")
    return text[1:] if first and text.startswith(BOM) else text


def read_jsonl(kind: str, source: str, handle: BinaryIO) -> Iterator[RawRow]:
    for number, raw in enumerate(handle, start=1):
        try:
            line = _decode(raw, number == 1)
        except UnicodeDecodeError as error:
            yield RawRow(kind, source, number, error=f"not valid UTF-8 (byte {error.start + 1})",
                         preview=mask_text(raw.decode("utf-8", "replace")))
            continue
        if not line.strip():
            continue
        preview = mask_text(line.strip())
        if "\x00" in line:
            yield RawRow(kind, source, number, error="contains a NUL character", preview=preview)
            continue
        try:
            data = json.loads(line)
        except RecursionError:
            yield RawRow(kind, source, number, error="JSON nested too deeply", preview=preview)
            continue
        except ValueError as error:
            reason = f"invalid JSON: {error.msg} at character {error.pos + 1}"
            yield RawRow(kind, source, number, error=reason, preview=preview)
            continue
        if not isinstance(data, dict):
            reason = f"expected a JSON object, got {_json_type(data)}"
            yield RawRow(kind, source, number, error=reason, preview=preview)
            continue
        yield RawRow(kind, source, number, data=data, preview=preview, fmt="jsonl")


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def read_csv(kind: str, source: str, handle: BinaryIO) -> Iterator[RawRow]:
    """CSV with a header row; quoted fields may hold newlines.

    Bytes that are not UTF-8 are carried as surrogates and the row is rejected, so one
    bad byte costs one row, not the file.
    """
    text = io.TextIOWrapper(handle, encoding="utf-8", errors="surrogateescape", newline="")
    reader = csv.reader(text)
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as error:
        yield RawRow(kind, source, 1, error=f"unreadable CSV header: {error}")
        return
    if header and header[0].startswith(BOM):
        header[0] = header[0][1:]
    header = [name.strip() for name in header]
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            yield RawRow(kind, source, start, error=f"unreadable CSV row: {error}")
            start = reader.line_num + 1
            continue
        position, start = start, reader.line_num + 1
        if not values or all(not value.strip() for value in values):
            continue
        preview = mask_text(",".join(values))
        if any(_has_surrogate(value) for value in values):
            yield RawRow(kind, source, position, error="not valid UTF-8", preview=preview,
                         fmt="csv")
            continue
        if len(values) != len(header):
            reason = f"expected {len(header)} columns, found {len(values)}"
            yield RawRow(kind, source, position, error=reason, preview=preview, fmt="csv")
            continue
        data = {name: value for name, value in zip(header, values, strict=True) if value != ""}
        yield RawRow(kind, source, position, data=data, preview=preview, fmt="csv")


def _has_surrogate(value: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in value)


def read_parquet(kind: str, source: str, handle: BinaryIO) -> Iterator[RawRow]:
    """Parquet in record batches, so a large file never sits in memory at once."""
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(handle)
    except Exception as error:  # any pyarrow error means the file is unreadable
        yield RawRow(kind, source, 0, error=f"unreadable Parquet file: {type(error).__name__}")
        return
    position = 0
    for batch in parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS):
        for data in batch.to_pylist():
            position += 1
            data = {name: value for name, value in data.items() if value is not None}
            yield RawRow(kind, source, position, data=data,
                         preview=mask_text(json.dumps(data, default=str)), fmt="parquet")

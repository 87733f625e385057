"""Turn an input file into rows, keeping each row's position for the reject report.

Plain generators over an open binary file: Beam calls them per matched file, tests
call them on bytes. A row that cannot be decoded is still yielded, with `error` set,
so that nothing is dropped silently.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
from collections.abc import Callable, Iterable, Iterator
from typing import BinaryIO

from pipelines.core.masking import mask_text
from pipelines.core.model import RawRow

TEXT_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv"}
SUPPORTED_SUFFIXES = (".jsonl", ".ndjson", ".json", ".csv", ".parquet")
PARQUET_BATCH_ROWS = 1024
BOM = "\ufeff"
MAX_JSON_DEPTH = 100
"""Deeper rows are rejected by the reader: nothing in a record needs more, and a row
nested close to Python's recursion limit would fail later, when Beam pickles it."""

# A field of any size is read whole (the classifier chunks it); the csv module's
# default 128 KiB field limit would otherwise reject long text.
csv.field_size_limit(2**31 - 1)


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
        # read1 returns what is ready instead of insisting on a full buffer, so a
        # truncated .gz yields every row before the cut before it raises.
        self.read_some = getattr(handle, "read1", handle.read)

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        data = self.read_some(len(buffer))
        buffer[: len(data)] = data
        return len(data)


Keep = Callable[[int], bool]


def _every(position: int) -> bool:
    return True


def read_rows(kind: str, source: str, handle: BinaryIO, keep: Keep = _every) -> Iterator[RawRow]:
    """Rows of one file (already decompressed), dispatched on its name.

    `keep(position)` is asked for every row that is not blank, before it is decoded or
    checked: a read task that owns a share of the rows skips the others at almost no
    cost. Rows about the whole file (an unsupported type, Parquet that breaks off) are
    yielded whatever `keep` says.
    """
    fmt = format_of(source)
    if fmt == "jsonl":
        yield from read_jsonl(kind, source, io.BufferedReader(_Stream(handle), 1 << 16), keep)
    elif fmt == "json":
        yield from read_json(kind, source, io.BufferedReader(_Stream(handle), 1 << 16), keep)
    elif fmt == "csv":
        yield from read_csv(kind, source, io.BufferedReader(_Stream(handle), 1 << 16), keep)
    elif fmt == "parquet":
        yield from read_parquet(kind, source, handle, keep)
    else:
        reason = f"unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})"
        yield RawRow(kind, source, 0, error=reason)


def _decode(raw: bytes, first: bool) -> str:
    text = raw.decode("utf-8")
    return text[1:] if first and text.startswith(BOM) else text


def read_json(kind: str, source: str, handle: BinaryIO, keep: Keep = _every) -> Iterator[RawRow]:
    """A `.json` file: JSON lines (one object per line, as Azure's diagnostic settings write
    resource logs) or one JSON document (`az ... list` output, an API response, a flow
    log's `{"records": [...]}`). Told apart by the first line: a whole JSON value followed
    by more lines means JSON lines, read a line at a time; otherwise the file is one
    document, read whole, whose records become the rows, numbered from 1."""
    first = handle.readline()
    while first and not first.strip():
        first = handle.readline()
    if not first:
        return
    rest = handle.peek(1)[:1] if hasattr(handle, "peek") else b""
    try:
        json.loads(_decode(first, True))
        complete = True
    except (ValueError, UnicodeDecodeError, RecursionError):
        complete = False
    if complete and rest.strip():
        yield from read_jsonl(kind, source, itertools.chain([first], handle), keep)
        return
    raw = first + handle.read()
    try:
        text = _decode(raw, True)
    except UnicodeDecodeError as error:
        yield RawRow(kind, source, 1, error=f"not valid UTF-8 (byte {error.start + 1})")
        return
    if "\x00" in text:
        yield RawRow(kind, source, 1, error="contains a NUL character")
        return
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys)
    except RecursionError:
        yield RawRow(kind, source, 1, error="JSON nested too deeply")
        return
    except _DuplicateKey:
        yield RawRow(kind, source, 1, error="JSON object repeats a key (which value counts "
                     "is ambiguous)")
        return
    except ValueError as error:
        yield RawRow(kind, source, 1, error=f"invalid JSON document: {error.msg} at line "
                     f"{error.lineno} column {error.colno}", preview=mask_text(text.strip()))
        return
    for number, item in enumerate(document_rows(document), start=1):
        if not keep(number):
            continue
        preview = mask_text(json.dumps(item, ensure_ascii=False, default=str))
        if not isinstance(item, dict):
            yield RawRow(kind, source, number, error=f"expected a JSON object, got "
                         f"{_json_type(item)}", preview=preview)
            continue
        problem = _json_problem(item)
        if problem:
            yield RawRow(kind, source, number, error=problem, preview=preview)
            continue
        yield RawRow(kind, source, number, data=item, preview=preview, fmt="json")


def document_rows(document: object) -> list:
    """The records a JSON document holds: a list's items; an Azure envelope's `records`
    (resource logs, flow logs) or `value` (ARM list responses); the response body of an
    Azure REST API example (`{"parameters", "responses": {"200": {"body"}}}`); else the
    document itself. A bare list of `{Name, Value}` pairs is one property bag (Power
    Platform's `PropertyCollection`), so one row."""
    if isinstance(document, list):
        if document and all(isinstance(i, dict) and set(i) == {"Name", "Value"} for i in document):
            return [{"PropertyCollection": document}]
        return document
    if isinstance(document, dict):
        responses = document.get("responses")
        if isinstance(responses, dict) and "parameters" in document:
            for status in sorted(responses):
                body = responses[status].get("body") if isinstance(responses[status], dict) \
                    else None
                if str(status).startswith("2") and body is not None:
                    return document_rows(body)
        for key in ("records", "value"):
            if isinstance(document.get(key), list) and len(document) <= 2:
                return document[key]
    return [document]


def read_jsonl(kind: str, source: str, handle: Iterable[bytes],
               keep: Keep = _every) -> Iterator[RawRow]:
    for number, raw in enumerate(handle, start=1):
        if not raw.strip() or not keep(number):
            continue
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
            data = json.loads(line, object_pairs_hook=_unique_keys)
        except RecursionError:
            yield RawRow(kind, source, number, error="JSON nested too deeply", preview=preview)
            continue
        except _DuplicateKey:
            yield RawRow(kind, source, number, error="JSON object repeats a key (which value "
                         "counts is ambiguous)", preview=preview)
            continue
        except ValueError as error:
            reason = f"invalid JSON: {error.msg} at character {error.pos + 1}"
            yield RawRow(kind, source, number, error=reason, preview=preview)
            continue
        if not isinstance(data, dict):
            reason = f"expected a JSON object, got {_json_type(data)}"
            yield RawRow(kind, source, number, error=reason, preview=preview)
            continue
        problem = _json_problem(data)
        if problem:
            yield RawRow(kind, source, number, error=problem, preview=preview)
            continue
        yield RawRow(kind, source, number, data=data, preview=preview, fmt="jsonl")


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """`json` keeps the last of repeated keys; an auditor must not silently drop a value."""
    data = dict(pairs)
    if len(data) != len(pairs):
        raise _DuplicateKey()
    return data


def _json_problem(data: dict) -> str | None:
    """What escaped characters can smuggle past the byte-level checks: NUL, lone
    surrogates (not encodable as UTF-8, so no output could hold them), and depth."""
    stack: list[tuple[object, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_JSON_DEPTH:
            return f"JSON nested too deeply (more than {MAX_JSON_DEPTH} levels)"
        if isinstance(value, dict):
            for key, item in value.items():
                stack.append((key, depth))
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            stack.extend((item, depth + 1) for item in value)
        elif isinstance(value, str):
            if "\x00" in value:
                return "contains a NUL character"
            if _has_lone_surrogate(value):
                return "contains an invalid Unicode escape (a lone surrogate)"
    return None


def _has_lone_surrogate(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    return {list: "an array", str: "a string", bool: "a boolean", int: "a number",
            float: "a number"}.get(type(value), type(value).__name__)


def read_csv(kind: str, source: str, handle: BinaryIO, keep: Keep = _every) -> Iterator[RawRow]:
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
    header_problem = None
    if len(set(header)) != len(header):
        header_problem = "CSV header repeats a column name (which value counts is ambiguous)"
    elif any(_has_surrogate(name) or "\x00" in name for name in header):
        header_problem = "CSV header is not valid UTF-8 text"
    start = reader.line_num + 1
    while True:
        try:
            values = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if keep(start):
                yield RawRow(kind, source, start, error=f"unreadable CSV row: {error}")
            start = reader.line_num + 1
            continue
        position, start = start, reader.line_num + 1
        if not values or all(not value.strip() for value in values) or not keep(position):
            continue
        preview = mask_text(",".join(values))
        if header_problem:
            yield RawRow(kind, source, position, error=header_problem, preview=preview, fmt="csv")
            continue
        if any(_has_surrogate(value) for value in values):
            yield RawRow(kind, source, position, error="not valid UTF-8", preview=preview,
                         fmt="csv")
            continue
        if any("\x00" in value for value in values):
            yield RawRow(kind, source, position, error="contains a NUL character",
                         preview=preview, fmt="csv")
            continue
        if len(values) != len(header):
            reason = f"expected {len(header)} columns, found {len(values)}"
            yield RawRow(kind, source, position, error=reason, preview=preview, fmt="csv")
            continue
        data = {name: value for name, value in zip(header, values, strict=True) if value != ""}
        yield RawRow(kind, source, position, data=data, preview=preview, fmt="csv")


def _has_surrogate(value: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in value)


def read_parquet(kind: str, source: str, handle: BinaryIO,
                 keep: Keep = _every) -> Iterator[RawRow]:
    """Parquet in record batches, so a large file never sits in memory at once.

    A file that breaks part-way (a corrupt page, text that is not UTF-8) keeps the rows
    read so far and adds one rejected row saying where it stopped.
    """
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(handle)
        batches = parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS)
    except Exception as error:  # any pyarrow error means the file is unreadable
        yield RawRow(kind, source, 0, error=f"unreadable Parquet file: {type(error).__name__}")
        return
    position = 0
    while True:
        try:
            batch = next(batches, None)
            rows = batch.to_pylist() if batch is not None else None
        except Exception as error:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError, ...
            yield RawRow(kind, source, position + 1, error="unreadable Parquet data from this "
                         f"row on: {type(error).__name__}", fmt="parquet")
            return
        if rows is None:
            return
        for data in rows:
            position += 1
            if not keep(position):
                continue
            data = {name: value for name, value in data.items() if value is not None}
            yield RawRow(kind, source, position, data=data,
                         preview=mask_text(json.dumps(data, default=str)), fmt="parquet")

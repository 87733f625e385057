"""Turn an input file into rows, keeping each row's position for the reject report.

Plain generators over an open binary file: Beam calls them per matched file, tests
call them on bytes. A row that cannot be decoded is still yielded, with `error` set,
so that nothing is dropped silently.
"""

from __future__ import annotations

import csv
import io
import json
import re
import unicodedata
from collections import deque
from collections.abc import Callable, Iterator
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
MAX_ROW_BYTES = 16 * 1024 * 1024
"""The default cap on one row (a JSON line, a CSV record with its quoted newlines, a
Parquet value), decompressed: a longer row is rejected with its position and never held
in memory whole (`--max-row-bytes`). Far above any record a person wrote, far below what
a small compressed file can expand to."""
DOCUMENT_ROWS = 16
"""A `.json` file that is one document (not JSON lines) is read whole, up to this many
row caps."""
PARQUET_GROUP_FACTOR = 64
"""A Parquet row group is decompressed whole; one that claims more than this many row
caps of data is rejected unread."""
KEY_COLUMNS = {"records": ("record_id", "dataset"), "transfers": ("transfer_id",)}
"""The columns that identify a row. Read from a row that is rejected when they can be
read unambiguously (`RawRow.ids`): a record that was present but unreadable is then
still known by its key, and judged as if personal rather than as absent."""
_SCAN_BYTES = 64 * 1024
"""How much of an unreadable line is searched for its key columns."""

# The cap on a row bounds every field; the csv module's own default (128 KiB) would
# reject long text that the cap allows.
csv.field_size_limit(2**31 - 1)


def size_text(size: int) -> str:
    """1048576 -> '1 MiB', for messages."""
    for unit, scale in (("GiB", 1 << 30), ("MiB", 1 << 20), ("KiB", 1 << 10)):
        if size >= scale:
            value = size / scale
            return f"{value:.0f} {unit}" if value == int(value) else f"{value:.1f} {unit}"
    return f"{size} bytes"


def _too_long(cap: int) -> str:
    return f"row longer than {size_text(cap)} (--max-row-bytes): not read"


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


def read_rows(kind: str, source: str, handle: BinaryIO, keep: Keep = _every,
              max_row_bytes: int = MAX_ROW_BYTES) -> Iterator[RawRow]:
    """Rows of one file (already decompressed), dispatched on its name.

    `keep(position)` is asked for every row that is not blank, before it is decoded or
    checked: a read task that owns a share of the rows skips the others at almost no
    cost. Rows about the whole file (an unsupported type, Parquet that breaks off) are
    yielded whatever `keep` says. No row longer than `max_row_bytes` is ever held whole.
    """
    fmt = format_of(source)
    if fmt == "jsonl":
        yield from read_jsonl(kind, source, io.BufferedReader(_Stream(handle), 1 << 16), keep,
                              max_row_bytes)
    elif fmt == "json":
        yield from read_json(kind, source, io.BufferedReader(_Stream(handle), 1 << 16), keep,
                             max_row_bytes)
    elif fmt == "csv":
        yield from read_csv(kind, source, io.BufferedReader(_Stream(handle), 1 << 16), keep,
                            max_row_bytes)
    elif fmt == "parquet":
        yield from read_parquet(kind, source, handle, keep, max_row_bytes)
    else:
        reason = f"unsupported file type (use {', '.join(SUPPORTED_SUFFIXES)})"
        yield RawRow(kind, source, 0, error=reason)


def _decode(raw: bytes, first: bool) -> str:
    text = raw.decode("utf-8")
    return text[1:] if first and text.startswith(BOM) else text


def read_json(kind: str, source: str, handle: BinaryIO, keep: Keep = _every,
              cap: int = MAX_ROW_BYTES) -> Iterator[RawRow]:
    """A `.json` file: JSON lines (one object per line, as Azure's diagnostic settings write
    resource logs) or one JSON document (`az ... list` output, an API response, a flow
    log's `{"records": [...]}`). Told apart by the first line: a whole JSON value followed
    by more lines means JSON lines, read a line at a time (each capped like any row);
    otherwise the file is one document, read whole if it is no larger than
    DOCUMENT_ROWS times the row cap, whose records become the rows, numbered from 1."""
    if not isinstance(handle, io.BufferedReader):
        handle = io.BufferedReader(_Stream(handle), 1 << 16)
    blank = _skip_blank_lines(handle)
    first = handle.readline(cap + 1)
    if not first:
        return
    rest = handle.peek(1)[:1]
    try:
        complete = len(first) <= cap and json.loads(_decode(first, not blank)) is not None
    except (ValueError, UnicodeDecodeError, RecursionError):
        complete = False
    if complete and rest.strip():
        lines = io.BufferedReader(_Prefixed(first, handle), 1 << 16)
        yield from read_jsonl(kind, source, lines, keep, cap, first_line=blank + 1)
        return
    limit = DOCUMENT_ROWS * cap
    raw = first + handle.read(limit + 1 - len(first))
    if len(raw) > limit:
        yield RawRow(kind, source, 1, error=f"JSON document larger than {size_text(limit)} "
                     f"({DOCUMENT_ROWS} times --max-row-bytes): not read; write it as JSON "
                     "lines, one record a line")
        return
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
        yield _object_row(kind, source, number, item, preview, "json")


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


_NOT_BLANK = re.compile(rb"[^\r\n]")
SHORT_BLANK_RUN = 256
"""Blank bytes looked at before a whole buffer is: most runs of blank lines are short."""


def _skip_blank_lines(handle: io.BufferedReader) -> int:
    """Consume the blank lines ahead (CR and LF only) in blocks; how many line ends.

    A file of nothing but newlines (gigabytes of them compress to a few megabytes) then
    costs a pass over its buffers, not a Python loop per line; a line that starts at once,
    the common case, costs a look at one byte (`peek` hands over the whole buffer)."""
    ends = 0
    while True:
        ahead = handle.peek(1)
        if ahead[:1] not in (b"\n", b"\r"):
            return ends
        found = _NOT_BLANK.search(ahead, 0, SHORT_BLANK_RUN)
        if found:
            blank = found.start()
        elif ahead.count(b"\n") + ahead.count(b"\r") == len(ahead):
            blank = len(ahead)  # counting runs at memory speed, a regex does not
        else:
            blank = _NOT_BLANK.search(ahead).start()
        ends += ahead.count(b"\n", 0, blank)
        handle.read(blank)


def _skip_rest_of_line(handle: io.BufferedReader, line: bytes) -> None:
    """Read past the end of an overlong line a block at a time, keeping nothing."""
    while not line.endswith(b"\n"):
        line = handle.readline(1 << 20)
        if not line:
            return


def _lines(handle: io.BufferedReader, cap: int,
           before: int = 0) -> Iterator[tuple[int, bytes, bool]]:
    """(line number, line, whole) of every line that is not blank, counted after
    `before` lines; a line longer than `cap` comes with `whole` False as its first bytes
    only, its rest skipped unread."""
    number = before
    while True:
        number += _skip_blank_lines(handle)
        line = handle.readline(cap + 1)
        if not line:
            return
        number += 1
        if len(line) > cap:
            head = line[:_SCAN_BYTES]
            del line
            _skip_rest_of_line(handle, b"")
            yield number, head, False
            continue
        yield number, line, True


def read_jsonl(kind: str, source: str, handle: BinaryIO, keep: Keep = _every,
               cap: int = MAX_ROW_BYTES, first_line: int = 1) -> Iterator[RawRow]:
    if not isinstance(handle, io.BufferedReader):
        handle = io.BufferedReader(_Stream(handle), 1 << 16)
    for number, raw, whole in _lines(handle, cap, first_line - 1):
        if not whole:
            if keep(number):
                yield RawRow(kind, source, number, error=_too_long(cap),
                             ids=_ids_in_text(kind, raw.decode("utf-8", "replace")))
            continue
        if not raw.strip() or not keep(number):
            continue
        try:
            line = _decode(raw, number == 1)
        except UnicodeDecodeError as error:
            text = raw.decode("utf-8", "replace")
            yield RawRow(kind, source, number, error=f"not valid UTF-8 (byte {error.start + 1})",
                         preview=mask_text(text), ids=_ids_in_text(kind, text))
            continue
        if not line.strip():
            continue
        preview = mask_text(line.strip())
        if "\x00" in line:
            yield RawRow(kind, source, number, error="contains a NUL character", preview=preview,
                         ids=_ids_in_text(kind, line.replace("\x00", "")))
            continue
        try:
            data = json.loads(line, object_pairs_hook=_unique_keys)
        except RecursionError:
            yield RawRow(kind, source, number, error="JSON nested too deeply", preview=preview,
                         ids=_ids_in_text(kind, line))
            continue
        except _DuplicateKey:
            yield RawRow(kind, source, number, error="JSON object repeats a key (which value "
                         "counts is ambiguous)", preview=preview, ids=_ids_of_pairs(kind, line))
            continue
        except ValueError as error:
            reason = f"invalid JSON: {error.msg} at character {error.pos + 1}"
            yield RawRow(kind, source, number, error=reason, preview=preview,
                         ids=_ids_in_text(kind, line))
            continue
        yield _object_row(kind, source, number, data, preview, "jsonl")


class _DuplicateKey(ValueError):
    pass


def _unique_keys(pairs: list[tuple[str, object]]) -> dict:
    """`json` keeps the last of repeated keys; an auditor must not silently drop a value."""
    data = dict(pairs)
    if len(data) != len(pairs):
        raise _DuplicateKey()
    return data


def _clean_id(value: object) -> str | None:
    """An id as the parser would accept it: text, not blank, printable, valid UTF-8."""
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if any(unicodedata.category(char) in ("Cc", "Cf", "Cs") for char in value):
        return None
    return value


def _ids_of(kind: str, values: dict) -> dict | None:
    """The key columns of a rejected row, when every one of them reads as a clean id."""
    ids = {name: _clean_id(values.get(name)) for name in KEY_COLUMNS.get(kind, ())}
    return ids if ids and all(ids.values()) else None


def _ids_of_pairs(kind: str, line: str) -> dict | None:
    """The key columns of a JSON object that repeats a key: read when each of them
    appears once at the top level."""
    try:
        pairs = json.loads(line, object_pairs_hook=lambda items: items)
    except (ValueError, RecursionError):
        return None
    if not isinstance(pairs, list):
        return None
    found: dict = {}
    for item in pairs:
        if isinstance(item, tuple) and len(item) == 2 and item[0] in KEY_COLUMNS.get(kind, ()):
            if item[0] in found:
                return None  # a repeated key column: which one identifies the row?
            found[item[0]] = item[1]
    return _ids_of(kind, found)


_JSON_STRING = r'"((?:[^"\\\x00-\x1f]|\\.){1,1024})"'


def _ids_in_text(kind: str, text: str) -> dict | None:
    """The key columns of a line that is not a usable JSON object (cut off, a trailing
    comma, a bad byte), found as `"name": "value"` pairs when each occurs exactly once:
    a row must not vanish from the audit because its author broke its syntax."""
    head = text[:_SCAN_BYTES]
    found: dict = {}
    for name in KEY_COLUMNS.get(kind, ()):
        matches = re.findall(rf'"{name}"\s*:\s*{_JSON_STRING}', head)
        if len(matches) != 1 or head.count(f'"{name}"') != 1:
            return None
        try:
            found[name] = json.loads(f'"{matches[0]}"')
        except ValueError:
            return None
    return _ids_of(kind, found)


def _object_row(kind: str, source: str, number: int, value, preview: str, fmt: str) -> RawRow:
    """A parsed JSON value as a row: an object whose values flowaudit can read, else a
    rejection with the reason (and the ids it holds, so the rejected row keeps its key)."""
    if not isinstance(value, dict):
        return RawRow(kind, source, number, preview=preview,
                      error=f"expected a JSON object, got {_json_type(value)}")
    problem = _json_problem(value)
    if problem:
        return RawRow(kind, source, number, error=problem, preview=preview,
                      ids=_ids_of(kind, value))
    return RawRow(kind, source, number, data=value, preview=preview, fmt=fmt)


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


class _Prefixed(io.RawIOBase):
    """Bytes already read (a first line) and then the rest of a stream, as one stream."""

    def __init__(self, head: bytes, handle) -> None:
        self.head, self.handle = head, handle

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        if self.head:
            size = min(len(buffer), len(self.head))
            buffer[:size] = self.head[:size]
            self.head = self.head[size:]
            return size
        data = self.handle.read1(len(buffer))
        buffer[: len(data)] = data
        return len(data)


class _LineTooLong(Exception):
    pass


class _RowTooLong(Exception):
    pass


_LINE_ENDS = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+")


class _CsvLines:
    """The lines `csv.reader` reads, taken from a binary stream.

    Each line is decoded on its own (bytes that are not UTF-8 become surrogates, so one
    bad byte costs one row), blank lines between rows are skipped in blocks, and no line
    or row may pass `cap` bytes. The lines of the row being read are kept (at most `cap`
    bytes of them), so that a row that never ends, an unterminated quote that would
    swallow the rest of the file, can be rejected on its own and the lines after its
    first line read again as rows.
    """

    def __init__(self, handle: io.BufferedReader, cap: int) -> None:
        self.handle, self.cap = handle, cap
        self.number = 0
        self.replay: deque[tuple[int, str, int]] = deque()
        self.row: list[tuple[int, str, int]] = []
        self.row_bytes = 0

    def start_row(self) -> None:
        self.row, self.row_bytes = [], 0

    def read_again_after_first_line(self) -> None:
        """The current row is rejected: its later lines are read again as rows."""
        self.replay.extendleft(reversed(self.row[1:]))
        self.start_row()

    @property
    def row_start(self) -> int:
        return self.row[0][0] if self.row else self.number

    def __iter__(self):
        return self

    def __next__(self) -> str:
        line = self.replay.popleft() if self.replay else self._read(skip_blank=not self.row)
        self.row.append(line)
        self.row_bytes += line[2]
        if self.row_bytes > self.cap:
            raise _RowTooLong()
        return line[1]

    def _read(self, skip_blank: bool) -> tuple[int, str, int]:
        if skip_blank:
            self.number += _skip_blank_lines(self.handle)
        raw = self.handle.readline(self.cap + 1)
        if not raw:
            raise StopIteration
        self.number += 1
        if len(raw) > self.cap:
            head = raw[:_SCAN_BYTES].decode("utf-8", "surrogateescape")
            del raw
            _skip_rest_of_line(self.handle, b"")
            self.row.append((self.number, head, 0))
            raise _LineTooLong()
        text = raw.decode("utf-8", "surrogateescape")
        if self.number == 1 and text.startswith(BOM):
            text = text[1:]
        number = self.number
        if "\r" in text.rstrip("\r\n"):  # lines that end in a bare CR (old Mac files)
            pieces = _LINE_ENDS.findall(text)
            for offset, piece in enumerate(pieces[1:], start=1):
                self.replay.append((number + offset, piece, len(piece)))
            self.number += len(pieces) - 1
            text = pieces[0]
        return number, text, len(raw)


def read_csv(kind: str, source: str, handle: BinaryIO, keep: Keep = _every,
             cap: int = MAX_ROW_BYTES) -> Iterator[RawRow]:
    """CSV with a header row; quoted fields may hold newlines.

    Parsed strictly: a quote that is never closed rejects the row it opens (its first
    line) and the lines after that line are read again as rows, so one stray quote
    never swallows the rest of the file. Bytes that are not UTF-8 are carried as
    surrogates and the row is rejected, so one bad byte costs one row, not the file.
    """
    if not isinstance(handle, io.BufferedReader):
        handle = io.BufferedReader(_Stream(handle), 1 << 16)
    lines = _CsvLines(handle, cap)
    reader = csv.reader(lines, strict=True)
    try:
        header = next(reader)
    except StopIteration:
        return
    except (_LineTooLong, _RowTooLong):
        yield RawRow(kind, source, 1, error=f"unreadable CSV header: {_too_long(cap)}")
        return
    except csv.Error as error:
        yield RawRow(kind, source, 1, error=f"unreadable CSV header: {error}")
        return
    header = [name.strip() for name in header]
    header_problem = None
    if len(set(header)) != len(header):
        header_problem = "CSV header repeats a column name (which value counts is ambiguous)"
    elif any(_has_surrogate(name) or "\x00" in name for name in header):
        header_problem = "CSV header is not valid UTF-8 text"
    key_at = {name: header.index(name) for name in KEY_COLUMNS.get(kind, ())
              if header.count(name) == 1}

    def ids(values: list[str]) -> dict | None:
        return _ids_of(kind, {name: values[i] for name, i in key_at.items() if i < len(values)})

    while True:
        lines.start_row()
        try:
            values = next(reader)
        except StopIteration:
            return
        except (_LineTooLong, _RowTooLong, csv.Error) as error:
            position = lines.row_start
            first = lines.row[0][1] if lines.row else ""
            if isinstance(error, _LineTooLong):
                reason = _too_long(cap)
            elif isinstance(error, _RowTooLong):
                reason = (f"{_too_long(cap)}; a quoted field ran on past the limit, so the "
                          "lines after this row's first are read again as rows")
                lines.read_again_after_first_line()
            elif str(error) == "unexpected end of data":
                reason = ("unterminated quoted field: a quote opened in this row is never "
                          "closed (the lines after its first are read as rows of their own)")
                lines.read_again_after_first_line()
            elif len(lines.row) > 1:  # a stray quote paired with one lines later
                reason = (f"unreadable CSV row: {error}; a quoted field ran over "
                          f"{len(lines.row)} lines, so the lines after this row's first are "
                          "read again as rows")
                lines.read_again_after_first_line()
            else:
                reason = f"unreadable CSV row: {error}"
            reader = csv.reader(lines, strict=True)
            if keep(position):
                yield RawRow(kind, source, position, error=reason, preview=mask_text(first),
                             ids=ids(_loose_fields(first)))
            continue
        position = lines.row_start
        if not values or all(not value.strip() for value in values) or not keep(position):
            continue
        preview = mask_text(",".join(values))
        if header_problem:
            yield RawRow(kind, source, position, error=header_problem, preview=preview,
                         fmt="csv", ids=ids(values))
            continue
        if any(_has_surrogate(value) for value in values):
            yield RawRow(kind, source, position, error="not valid UTF-8", preview=preview,
                         fmt="csv", ids=ids(values))
            continue
        if any("\x00" in value for value in values):
            yield RawRow(kind, source, position, error="contains a NUL character",
                         preview=preview, fmt="csv", ids=ids(values))
            continue
        if len(values) != len(header):
            reason = f"expected {len(header)} columns, found {len(values)}"
            yield RawRow(kind, source, position, error=reason, preview=preview, fmt="csv",
                         ids=ids(values))
            continue
        data = {name: value for name, value in zip(header, values, strict=True) if value != ""}
        yield RawRow(kind, source, position, data=data, preview=preview, fmt="csv")


def _loose_fields(line: str) -> list[str]:
    """The fields of one line read leniently (an open quote runs to the line's end):
    where a rejected row's key columns are looked for."""
    try:
        return next(csv.reader([line.rstrip("\r\n")]), [])
    except csv.Error:
        return []


def _has_surrogate(value: str) -> bool:
    return any("\udc80" <= char <= "\udcff" for char in value)


def _repeated_names(schema) -> bool:
    """A column name used twice, at the top or inside a struct: pyarrow would keep one."""
    import pyarrow as pa

    def repeats(fields) -> bool:
        names = [field.name for field in fields]
        if len(set(names)) != len(names):
            return True
        for field in fields:
            kind = field.type
            while pa.types.is_list(kind) or pa.types.is_large_list(kind):
                kind = kind.value_type
            if pa.types.is_struct(kind) and repeats(list(kind)):
                return True
        return False

    return repeats(list(schema))


def _longest_value(row: dict) -> int:
    """The size of the largest text or bytes value in a row, nested ones too."""
    longest, stack = 0, [row]
    while stack:
        value = stack.pop()
        if isinstance(value, str | bytes):
            longest = max(longest, len(value))
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return longest


def read_parquet(kind: str, source: str, handle: BinaryIO,
                 keep: Keep = _every, cap: int = MAX_ROW_BYTES) -> Iterator[RawRow]:
    """Parquet in record batches, so a large file never sits in memory at once.

    A file that breaks part-way (a corrupt page, text that is not UTF-8) keeps the rows
    read so far and adds one rejected row saying where it stopped. A file that names a
    column twice rejects every row (pyarrow would keep one of the two values); a row
    group too large to decompress safely rejects its rows unread.
    """
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(handle)
        schema = parquet.schema_arrow
        metadata = parquet.metadata
    except Exception as error:  # any pyarrow error means the file is unreadable
        yield RawRow(kind, source, 0, error=f"unreadable Parquet file: {type(error).__name__}")
        return
    names = [field.name for field in schema]
    key_columns = [name for name in KEY_COLUMNS.get(kind, ()) if names.count(name) == 1]
    if _repeated_names(schema):
        yield from _reject_parquet_rows(
            kind, source, parquet, range(metadata.num_row_groups), keep, key_columns,
            "Parquet file repeats a column name (which value counts is ambiguous)", 0)
        return
    position = 0
    for group in range(metadata.num_row_groups):
        rows_in_group = metadata.row_group(group).num_rows
        if metadata.row_group(group).total_byte_size > PARQUET_GROUP_FACTOR * cap:
            yield from _reject_parquet_rows(
                kind, source, parquet, [group], keep, key_columns,
                f"Parquet row group larger than {size_text(PARQUET_GROUP_FACTOR * cap)} "
                "decompressed: not read", position)
            position += rows_in_group
            continue
        try:
            batches = parquet.iter_batches(batch_size=PARQUET_BATCH_ROWS, row_groups=[group])
        except Exception as error:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError, ...
            yield RawRow(kind, source, position + 1, error="unreadable Parquet data from this "
                         f"row on: {type(error).__name__}", fmt="parquet")
            return
        while True:
            try:
                batch = next(batches, None)
                rows = batch.to_pylist() if batch is not None else None
            except Exception as error:  # noqa: BLE001 - pyarrow raises ArrowInvalid, OSError
                yield RawRow(kind, source, position + 1, error="unreadable Parquet data from "
                             f"this row on: {type(error).__name__}", fmt="parquet")
                return
            if rows is None:
                break
            for data in rows:
                position += 1
                if not keep(position):
                    continue
                data = {name: value for name, value in data.items() if value is not None}
                if _longest_value(data) > cap:
                    yield RawRow(kind, source, position, error=_too_long(cap), fmt="parquet",
                                 ids=_ids_of(kind, data))
                    continue
                yield RawRow(kind, source, position, data=data,
                             preview=mask_text(json.dumps(data, default=str)), fmt="parquet")


def _reject_parquet_rows(kind: str, source: str, parquet, groups, keep: Keep,
                         key_columns: list[str], reason: str,
                         position: int) -> Iterator[RawRow]:
    """One rejected row per row of `groups` (the first after `position`), with the key
    columns read alone when they can be (they are small), so that each rejected record
    is still known by its key."""
    metadata = parquet.metadata
    for group in groups:
        keys: list[dict] = []
        if len(key_columns) == len(KEY_COLUMNS.get(kind, ())):
            try:
                keys = parquet.read_row_group(group, columns=key_columns).to_pylist()
            except Exception:  # noqa: BLE001 - the key columns are a courtesy
                keys = []
        for index in range(metadata.row_group(group).num_rows):
            position += 1
            if keep(position):
                found = keys[index] if index < len(keys) else {}
                yield RawRow(kind, source, position, error=reason, fmt="parquet",
                             ids=_ids_of(kind, found))

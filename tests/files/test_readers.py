"""Files to rows: positions, formats, and rows that cannot be decoded."""

from __future__ import annotations

import gzip
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.files.readers import format_of, read_rows


def rows(name: str, payload: bytes):
    return list(read_rows("records", name, io.BytesIO(payload)))


@pytest.mark.parametrize(("name", "fmt"), [
    ("a.jsonl", "jsonl"), ("a.ndjson", "jsonl"), ("a.JSONL.gz", "jsonl"), ("a.csv", "csv"),
    ("a.csv.gz", "csv"), ("a.parquet", "parquet"), ("a.parquet.gz", None), ("a.txt", None),
])
def test_format_of(name, fmt):
    assert format_of(name) == fmt


def test_jsonl_positions_bom_blank_lines_and_errors():
    payload = (
        "\ufeff" + '{"a": 1}\n'
        "\n"
        '{"a": \n'
        "[1, 2]\n"
        "null\n"
        '"text"\n'
    ).encode() + b'{"a": "\xff"}\n' + b'{"a": "x\x00"}\n'
    out = rows("f.jsonl", payload)
    assert [(r.position, r.data, r.error) for r in out] == [
        (1, {"a": 1}, None),
        (3, None, "invalid JSON: Expecting value at character 8"),
        (4, None, "expected a JSON object, got an array"),
        (5, None, "expected a JSON object, got null"),
        (6, None, "expected a JSON object, got a string"),
        (7, None, "not valid UTF-8 (byte 8)"),
        (8, None, "contains a NUL character"),
    ]


def test_jsonl_deep_nesting_is_a_reject_not_a_crash():
    payload = ("[" * 5000 + "]" * 5000 + "\n").encode()
    (row,) = rows("f.jsonl", payload)
    assert row.error == "JSON nested too deeply"


def test_csv_quoted_newlines_and_column_counts():
    payload = (
        b"record_id,dataset,body\n"
        b'r1,d,"line one\nline two, with comma"\n'
        b"r2,d\n"
        b"r3,d,x,extra\n"
        b"r4,d,\n"
    )
    out = rows("f.csv", payload)
    assert [(r.position, r.error) for r in out] == [
        (2, None), (4, "expected 3 columns, found 2"), (5, "expected 3 columns, found 4"),
        (6, None)]
    assert out[0].data["body"] == "line one\nline two, with comma"
    assert out[3].data == {"record_id": "r4", "dataset": "d"}


def test_csv_bad_bytes_cost_one_row():
    payload = b"record_id,body\nr1,ok\nr2,\xff\xfe\nr3,ok\n"
    out = rows("f.csv", payload)
    assert [(r.position, r.error) for r in out] == [(2, None), (3, "not valid UTF-8"), (4, None)]


def test_csv_with_bom_header():
    out = rows("f.csv", "\ufeffrecord_id,x\nr1,2\n".encode())
    assert out[0].data == {"record_id": "r1", "x": "2"}


def test_parquet_rows_and_positions():
    table = pa.table({"record_id": ["a", "b", None], "n": [1, None, 3]})
    sink = io.BytesIO()
    pq.write_table(table, sink)
    out = rows("f.parquet", sink.getvalue())
    assert [(r.position, r.data) for r in out] == [
        (1, {"record_id": "a", "n": 1}), (2, {"record_id": "b"}), (3, {"n": 3})]


def test_unreadable_parquet_is_one_reject():
    (row,) = rows("f.parquet", b"not parquet at all")
    assert row.position == 0 and row.error.startswith("unreadable Parquet file")


def test_previews_are_masked():
    (row,) = rows("f.jsonl", b'{"email": "alice@example.com", "n": 42}\n')
    assert "alice" not in row.preview and "42" not in row.preview
    assert row.preview == '{"xxxxx": "xxxxx@xxxxxxx.xxx", "x": 99}'


def test_gzip_is_transparent_through_beam_open(tmp_path):
    from apache_beam.io.filesystem import CompressionTypes
    from apache_beam.io.filesystems import FileSystems

    path = tmp_path / "f.jsonl.gz"
    path.write_bytes(gzip.compress(b'{"a": 1}\n{"a": 2}\n'))
    with FileSystems.open(str(path), compression_type=CompressionTypes.AUTO) as handle:
        out = list(read_rows("records", str(path), handle))
    assert [r.data for r in out] == [{"a": 1}, {"a": 2}]


def _parquet_bytes(rows: list[dict]) -> bytes:
    sink = io.BytesIO()
    pq.write_table(pa.Table.from_pylist(rows), sink)
    return sink.getvalue()


KEEP_CASES = [
    # (file name, payload): rows at positions 1.. with a blank line or row at 3
    ("a.jsonl", b'{"n": 1}\n{"n": 2}\n\n{"n": 4}\nnot json\n{"n": 6}\n'),
    ("a.csv", b"n\n1\n\n3\nx\n5\n"),
    ("a.parquet", _parquet_bytes([{"n": i} for i in range(1, 7)])),
]


@pytest.mark.parametrize(("name", "payload"), KEEP_CASES)
def test_keep_skips_rows_before_they_are_read_and_asks_about_every_other_row(name, payload):
    everything = rows(name, payload)
    asked = []

    def odd(position: int) -> bool:
        asked.append(position)
        return position % 2 == 1

    kept = list(read_rows("records", name, io.BytesIO(payload), odd))
    assert kept == [row for row in everything if row.position % 2 == 1]
    # blank rows are never asked about, every other row is, once, in order
    assert asked == [row.position for row in everything]

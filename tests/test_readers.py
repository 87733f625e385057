"""Files to rows: positions, formats, and rows that cannot be decoded."""

from __future__ import annotations

import gzip
import io

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.readers import format_of, read_rows, shuffled_in_blocks


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


@pytest.mark.parametrize("count", [0, 1, 7, 8, 9, 100])
def test_shuffled_in_blocks_keeps_every_row_once(count):
    rows = list(range(count))
    out = list(shuffled_in_blocks(rows, "a.jsonl", block=8))
    assert sorted(out) == rows
    for start in range(0, count, 8):  # rows never leave their block: bounded memory
        assert sorted(out[start:start + 8]) == rows[start:start + 8]


def test_shuffled_in_blocks_breaks_alternation_and_is_reproducible():
    rows = list(range(2_048))
    out = list(shuffled_in_blocks(rows, "a.jsonl"))
    assert out == list(shuffled_in_blocks(rows, "a.jsonl"))
    # dealt round-robin to two workers, the even rows no longer all go to one of them
    first_worker = out[0::2]
    assert 412 < sum(1 for row in first_worker if row % 2 == 0) < 612  # of 1,024; was 1,024


def test_shuffled_in_blocks_yields_the_rows_read_before_a_failure():
    def failing():
        yield from range(5)
        raise EOFError("truncated")

    seen = []
    with pytest.raises(EOFError):
        for row in shuffled_in_blocks(failing(), "a.jsonl.gz", block=8):
            seen.append(row)
    assert sorted(seen) == list(range(5))

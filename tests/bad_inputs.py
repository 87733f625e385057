"""The bad-input corpus: files that a real tenant export can contain, written into a
folder, each with what must become of every one of its rows.

`write_corpus(root)` writes `root/records/...` and `root/transfers/...` and returns the
cases. A case is one file plus its expectations: per row position either a fragment of
the reject reason a person should read, or None for a good row that must still be
audited. Expectations are written by hand from the input contract (DESIGN.md), not
copied from the program's output.

Personal values (`SEEDS`) are planted in the content of good and bad rows, so the same
corpus serves the no-leak test.
"""

from __future__ import annotations

import gzip
import json
import random
import string
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

RECORDS, TRANSFERS = "records", "transfers"
RLO, LRI, PDI = "\u202e", "\u2066", "\u2069"

SEEDS = {
    "name": ["Priya Raghunathan", "Jonathan Whitaker"],
    "email": ["priya.raghunathan@fabrikam-mail.com", "j.whitaker77@contoso-people.org",
              "ceo.secret@northwind-private.net"],
    "phone": ["+44 20 7946 0958", "(425) 555-0172"],
    "iban": ["DE89 3704 0044 0532 0130 00", "GB82WEST12345698765432"],
    "card": ["4111 1111 1111 1111", "5500-0000-0000-0004"],
}
ALL_SEEDS = [value for values in SEEDS.values() for value in values]
ID_EMAIL = "ceo.secret@northwind-private.net"
"""Used as the record_id of a bad row: it must not reach rejected.jsonl unmasked."""


@dataclass(frozen=True)
class Row:
    position: int
    reason: str | None = None        # fragment of the reject reason; None = a good row
    record_id: str | None = None     # good record: must be classified
    transfer_id: str | None = None   # good transfer: must be judged (each has a finding)
    category: str | None = None      # expected classification, when the content decides it
    rule: str = "weak-tls"           # a finding the good transfer must produce


@dataclass(frozen=True)
class Case:
    name: str
    kind: str
    path: str                        # relative to the corpus root
    what: str                        # the bad input, in words (for the closing note)
    rows: tuple[Row, ...]
    write: Callable[[Path], None] = field(compare=False, repr=False)
    truncated: bool = False          # rows cut off at an unknown row: see test_bad_input


def _jsonl(rows: list) -> bytes:
    """Rows given as dicts are dumped; str/bytes are written as they are (one line)."""
    out = b""
    for row in rows:
        if isinstance(row, bytes):
            out += row + b"\n"
        elif isinstance(row, str):
            out += row.encode("utf-8") + b"\n"
        else:
            out += json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n"
    return out


def _bytes(payload: bytes) -> Callable[[Path], None]:
    return lambda path: path.write_bytes(payload)


def rec(record_id, dataset: str, **content) -> dict:
    return {"record_id": record_id, "dataset": dataset, "environment": "prod", **content}


def tr(transfer_id, **fields) -> dict:
    """A good transfer: in-geo, TLS 1.0, so that it yields exactly one weak-tls finding."""
    return {"transfer_id": transfer_id, "timestamp": "2026-03-01T10:00:00Z",
            "source_environment": "prod", "destination_environment": "dev",
            "dataset": "bad/transfers-target", "tls_version": "1.0", **fields}


def long_text(chars: int, seed: int = 6) -> str:
    """Lower-case letters in 1,000-character words: long, and cheap to classify (English
    prose costs the classifier ~60-80 us a character today, this ~4)."""
    rnd = random.Random(seed)
    letters = "".join(rnd.choice(string.ascii_lowercase) for _ in range(min(chars, 50_000)))
    text = (letters * (chars // len(letters) + 1))[:chars] if letters else ""
    return " ".join(text[i:i + 1000] for i in range(0, len(text), 1000))


def _parquet(table: pa.Table) -> Callable[[Path], None]:
    return lambda path: pq.write_table(table, path)


def _gzip_truncated(payload: bytes) -> Callable[[Path], None]:
    def write(path: Path) -> None:
        data = gzip.compress(payload)
        path.write_bytes(data[: len(data) * 2 // 3])
    return write


def cases(long_chars: int = 1_200_000) -> list[Case]:
    e1, e2, e3 = SEEDS["email"]
    n1, n2 = SEEDS["name"]
    p1, p2 = SEEDS["phone"]
    i1, i2 = SEEDS["iban"]
    c1, c2 = SEEDS["card"]
    out: list[Case] = []

    def add(name, kind, path, what, rows, write, truncated=False):
        out.append(Case(name, kind, path, what, tuple(rows), write, truncated))

    d = "bad/json"
    add("invalid-json", RECORDS, "records/invalid.jsonl",
        "truncated and invalid JSON lines (unquoted keys, trailing comma, cut-off last line)",
        [Row(1, record_id="j1", category="personal"), Row(2, "invalid JSON"),
         Row(3, "invalid JSON"), Row(4, record_id="j4"), Row(5, "invalid JSON")],
        _bytes(_jsonl([rec("j1", d, contact=e1), "{record_id: 'j2', email: '" + e2 + "'}",
                       '{"record_id": "j3", "dataset": "bad/json", "phone": "' + p1 + '",}',
                       rec("j4", d, note="fine")])
               + b'{"record_id": "j5", "dataset": "bad/json", "card": "' + c1.encode()))
    d = "bad/shapes"
    add("not-an-object", RECORDS, "records/shapes.jsonl",
        "JSON lines that are an array, null, a bare string, a number, a boolean",
        [Row(1, "got an array"), Row(2, "got null"), Row(3, "got a string"),
         Row(4, "got a number"), Row(5, "got a boolean"), Row(6, record_id="s6")],
        _bytes(_jsonl([[rec("s1", d, email=e1)], "null", json.dumps(n1), "42", "true",
                       rec("s6", d, note="fine")])))
    d = "bad/bom"
    add("bom", RECORDS, "records/bom.jsonl",
        "a UTF-8 byte-order mark at the start of the file, and another before line 2",
        [Row(1, record_id="b1"), Row(2, "invalid JSON"), Row(3, record_id="b3")],
        _bytes("\ufeff".encode() + _jsonl([rec("b1", d, note="x"),
                                           "\ufeff" + json.dumps(rec("b2", d, phone=p2)),
                                           rec("b3", d, note="y")])))
    d = "bad/bytes"
    add("non-utf8", RECORDS, "records/latin1.jsonl",
        "bytes that are not UTF-8 (Latin-1 text, a stray 0xFF), a NUL byte, an escaped NUL",
        [Row(1, "not valid UTF-8"), Row(2, "not valid UTF-8"), Row(3, "NUL"), Row(4, "NUL"),
         Row(5, record_id="u5", category="personal")],
        _bytes(_jsonl([json.dumps(rec("u1", d, name="Jos\u00e9 " + n1),
                                  ensure_ascii=False).encode("latin-1"),
                       b'{"record_id": "u2", "dataset": "bad/bytes", "x": "\xff\xfe"}',
                       json.dumps(rec("u3", d, email=e2)).replace("u3", "u\x003"),
                       json.dumps(rec("u4", d, note="a\u0000b")),
                       rec("u5", d, iban=i1)])))
    d = "bad/bidi"
    add("bidi", RECORDS, "records/bidi.jsonl",
        "bidirectional-override and isolate characters in content, in a record_id, and in "
        "a line that is not JSON",
        [Row(1, record_id="bd1", category="personal"), Row(2, "bidirectional-override"),
         Row(3, "invalid JSON"), Row(4, "bidirectional-override")],
        _bytes(_jsonl([rec("bd1", d, note=f"{RLO}{e1}{PDI} {LRI}txt.exe{PDI}"),
                       rec(f"bd2{RLO}gpj.exe", d, note="x"),
                       f"{RLO}not json {e3}",
                       {"record_id": "bd4", "dataset": f"bad/{LRI}bidi", "environment": "prod"}])))
    d = "bad/blank"
    add("blank-lines", RECORDS, "records/blank.jsonl",
        "blank and whitespace-only lines between rows, CRLF line ends",
        [Row(2, record_id="k2"), Row(5, record_id="k5")],
        _bytes(b"\n" + json.dumps(rec("k2", d, n="1")).encode() + b"\r\n   \n\t\r\n"
               + json.dumps(rec("k5", d, n="2")).encode() + b"\n\n"))
    add("csv-shapes", RECORDS, "records/tickets.csv",
        "CSV with a BOM, quoted newlines and commas, too few and too many columns, a row "
        "with non-UTF-8 bytes, a NUL, a ragged last line",
        [Row(2, record_id="c1", category="personal"), Row(4, "expected 4 columns, found 3"),
         Row(5, "expected 4 columns, found 5"), Row(6, "not valid UTF-8"), Row(7, "NUL"),
         Row(8, record_id="c6"), Row(9, "expected 4 columns, found 2")],
        _bytes("\ufeffrecord_id,dataset,environment,body\n".encode()
               + f'c1,bad/csv,prod,"Call {n2} on\n{p1}, or {e2}"\n'.encode()
               + f"c2,bad/csv,{c2}\n".encode()
               + f"c3,bad/csv,prod,{i2},extra\n".encode()
               + b"c4,bad/csv,prod,caf\xe9\n"
               + b"c5,bad/csv,prod,a\x00b\n"
               + b"c6,bad/csv,prod,\n"
               + f"c7,{e1}".encode()))
    add("csv-duplicate-header", RECORDS, "records/dupheader.csv",
        "CSV whose header names a column twice",
        [Row(2, "repeats a column name"), Row(3, "repeats a column name")],
        _bytes(f"record_id,dataset,environment,email,email\nh1,bad/h,prod,{e1},x\n"
               f"h2,bad/h,prod,y,{e2}\n".encode()))
    add("csv-header-only", RECORDS, "records/header_only.csv",
        "CSV with a header and no rows", [], _bytes(b"record_id,dataset,environment\n"))
    add("empty-jsonl", RECORDS, "records/empty.jsonl", "an empty file (0 bytes)", [],
        _bytes(b""))
    add("empty-csv", RECORDS, "records/empty.csv", "an empty CSV file (0 bytes)", [],
        _bytes(b""))
    add("blank-jsonl", RECORDS, "records/only_blank.ndjson",
        "a file of blank lines only", [], _bytes(b"\n \n\n"))

    d = "bad/required"
    add("missing-required", RECORDS, "records/missing.jsonl",
        "missing record_id, dataset, both environment and region; empty record_id",
        [Row(1, "missing required column 'record_id'"),
         Row(2, "missing required column 'dataset'"),
         Row(3, "needs 'environment' or 'region'"), Row(4, "missing required column 'record_id'"),
         Row(5, record_id="m5")],
        _bytes(_jsonl([{"dataset": d, "environment": "prod", "email": e1},
                       {"record_id": "m2", "environment": "prod", "phone": p1},
                       {"record_id": "m3", "dataset": d, "name": n1},
                       rec("  ", d, iban=i1),
                       {"record_id": "m5", "dataset": d, "region": "westeurope", "n": "1"}])))
    d = "bad/types"
    add("wrong-types", RECORDS, "records/types.jsonl",
        "record_id as a number, a list, an object, a boolean; environment as a number; "
        "a record_id that is itself an e-mail in a row with no dataset",
        [Row(1, "'record_id' must be text, got a number"),
         Row(2, "'record_id' must be text, got a list"),
         Row(3, "'record_id' must be text, got an object"),
         Row(4, "'record_id' must be text, got a boolean"),
         Row(5, "'environment' must be text, got a number"),
         Row(6, "missing required column 'dataset'"), Row(7, record_id="t7")],
        _bytes(_jsonl([rec(17, d, email=e1), rec(["a", "b"], d), rec({"id": e2}, d),
                       rec(True, d), {**rec("t5", d), "environment": 3},
                       {"record_id": ID_EMAIL, "environment": "prod", "card": c1},
                       rec("t7", d, count=3, ratio=0.5, flag=False, tags=["a", "b"],
                           nested={"deep": {"er": "x"}}, nothing=None)])))
    d = "bad/where"
    add("unknown-places", RECORDS, "records/places.jsonl",
        "unknown environment id, unknown region, a misspelt region",
        [Row(1, "unknown environment in 'environment'"), Row(2, "unknown region in 'region'"),
         Row(3, "unknown region in 'region'"), Row(4, record_id="w4")],
        _bytes(_jsonl([rec("w1", d, email=e1) | {"environment": "prod-typo"},
                       {"record_id": "w2", "dataset": d, "region": "moon-1", "phone": p1},
                       {"record_id": "w3", "dataset": d, "region": "west europe!", "x": "y"},
                       {"record_id": "w4", "dataset": d, "region": "West Europe", "x": "y"}])))
    d = "bad/dup"
    add("duplicate-ids", RECORDS, "records/dup_a.jsonl",
        "the same record_id twice within a dataset in one file (same id in another "
        "dataset is fine)",
        [Row(1, record_id="dup1"), Row(2, "duplicate record_id"), Row(3, record_id="dup2"),
         Row(4, record_id="dup1")],
        _bytes(_jsonl([rec("dup1", d, n="1"), rec("dup1", d, email=e1), rec("dup2", d, n="2"),
                       rec("dup1", "bad/dup-other", n="3")])))
    add("duplicate-ids-across-files", RECORDS, "records/dup_b.jsonl",
        "a record_id already used in the same dataset by another file",
        [Row(1, "duplicate record_id"), Row(2, record_id="dup3")],
        _bytes(_jsonl([rec("dup2", d, phone=p2), rec("dup3", d, n="4")])))
    d = "bad/deep"
    add("deep-nesting", RECORDS, "records/deep.jsonl",
        "JSON nested 5,000 levels deep, 150 levels, and 70 levels (content)",
        [Row(1, "nested too deeply"), Row(2, "nested too deeply"), Row(3, "nested deeper than"),
         Row(4, record_id="dp4")],
        _bytes(_jsonl(['{"record_id": "dp1", "dataset": "bad/deep", "environment": "prod", '
                       '"x": ' + "[" * 5000 + "]" * 5000 + "}",
                       rec("dp2", d, x=_nest(150, e1)), rec("dp3", d, x=_nest(70, "v")),
                       rec("dp4", d, x=_nest(10, "v"))])))
    d = "bad/escape"
    add("json-escapes", RECORDS, "records/escapes.jsonl",
        "a repeated key (two e-mail values), a lone surrogate escape, a surrogate pair",
        [Row(1, "repeats a key"), Row(2, "lone surrogate"), Row(3, record_id="es3")],
        _bytes(_jsonl(['{"record_id": "es1", "dataset": "bad/escape", "environment": "prod", '
                       f'"email": "{e1}", "email": "{e2}"}}',
                       '{"record_id": "es2", "dataset": "bad/escape", "environment": "prod", '
                       '"x": "\\ud800 ' + n1 + '"}',
                       '{"record_id": "es3", "dataset": "bad/escape", "environment": "prod", '
                       '"x": "\\ud83d\\ude00"}'])))
    add("long-text", RECORDS, "records/long.jsonl",
        f"a single text field of {long_chars:,} characters with an e-mail at its very end",
        [Row(1, record_id="long1", category="personal"), Row(2, record_id="long2")],
        _bytes(_jsonl([rec("long1", "bad/long", body=long_text(long_chars) + f" mail {e3}"),
                       rec("long2", "bad/long", note="short")])))
    add("gzip-truncated", RECORDS, "records/cut.jsonl.gz",
        "a .jsonl.gz file cut off part-way (rows gz1... up to the cut are good)",
        [Row(0, "file unreadable from this row on")],
        _gzip_truncated(_jsonl([rec(f"gz{i}", "bad/gz", note=long_text(300, seed=i))
                                for i in range(1, 200)])), truncated=True)
    add("glob-characters", RECORDS, "records/odd [1]*.jsonl",
        "a file whose name holds glob characters ([, ], *, space)",
        [Row(1, record_id="odd1")], _bytes(_jsonl([rec("odd1", "bad/odd", n="1")])))
    add("nested-folder", RECORDS, "records/more/deeper/nested.csv",
        "a file two folders down inside the --records folder",
        [Row(2, record_id="nest1")],
        _bytes(b"record_id,dataset,region,x\nnest1,bad/nested,westeurope,1\n"))
    add("parquet-types", RECORDS, "records/types.parquet",
        "Parquet with a numeric (int64) record_id column",
        [Row(1, "'record_id' must be text, got a number"),
         Row(2, "'record_id' must be text, got a number")],
        _parquet(pa.table({"record_id": pa.array([1, 2], pa.int64()),
                           "dataset": ["bad/pq", "bad/pq"], "environment": ["prod"] * 2,
                           "email": [e1, n1]})))
    add("parquet-list-dataset", RECORDS, "records/list_dataset.parquet",
        "Parquet with a list-typed dataset column",
        [Row(1, "'dataset' must be text, got a list")],
        _parquet(pa.table({"record_id": ["pl1"], "environment": ["prod"],
                           "dataset": pa.array([["bad", "pq"]], pa.list_(pa.string())),
                           "phone": [p2]})))
    add("parquet-odd-columns", RECORDS, "records/odd_columns.parquet",
        "Parquet whose content columns are timestamp, binary, map, struct, decimal, "
        "float NaN and all-null types",
        [Row(1, record_id="pq1"), Row(2, record_id="pq2", category="personal")],
        _parquet(_odd_parquet(e2, p2)))
    add("parquet-corrupt", RECORDS, "records/corrupt.parquet",
        "a .parquet file that is not Parquet (random bytes)",
        [Row(0, "unreadable Parquet file")], _bytes(random.Random(1).randbytes(4096)))
    add("parquet-empty", RECORDS, "records/empty.parquet",
        "an empty .parquet file (0 bytes)", [Row(0, "unreadable Parquet file")], _bytes(b""))

    # --- transfers ---------------------------------------------------------------------
    add("transfer-basics", TRANSFERS, "transfers/basics.jsonl",
        "transfers missing transfer_id, timestamp, source; transfer_id as a number; "
        "record_ids without dataset; neither record_ids nor dataset",
        [Row(1, "missing required column 'transfer_id'"),
         Row(2, "missing required column 'timestamp'"),
         Row(3, "needs 'source_environment' or 'source_region'"),
         Row(4, "'transfer_id' must be text, got a number"),
         Row(5, "'record_ids' needs a 'dataset'"),
         Row(6, "needs 'record_ids' with 'dataset', or a 'dataset'"),
         Row(7, transfer_id="T-ok")],
        _bytes(_jsonl([{k: v for k, v in tr("x").items() if k != "transfer_id"},
                       {k: v for k, v in tr("T2").items() if k != "timestamp"},
                       {k: v for k, v in tr("T3").items() if k != "source_environment"},
                       tr(4),
                       {k: v for k, v in tr("T5", record_ids=["a"]).items() if k != "dataset"},
                       {k: v for k, v in tr("T6").items() if k != "dataset"},
                       tr("T-ok")])))
    add("timestamps", TRANSFERS, "transfers/timestamps.jsonl",
        "unparseable and ambiguous timestamps: words, 01/02/2026, 2026-13-01, 2026-02-30, "
        "+25:00 offset, a number, 9999-12-31T23:00-05:00 (past year 9999 in UTC); "
        "accepted: no zone (read as UTC), date only (midnight UTC), +05:30 offset",
        [Row(1, "not an ISO 8601"), Row(2, "not an ISO 8601"), Row(3, "not a valid ISO 8601"),
         Row(4, "not a valid ISO 8601"), Row(5, "not a valid ISO 8601"),
         Row(6, "'timestamp' must be text, got a number"), Row(7, "out of range"),
         Row(8, transfer_id="TS-nozone"), Row(9, transfer_id="TS-date"),
         Row(10, transfer_id="TS-offset")],
        _bytes(_jsonl([tr("TS1", timestamp="yesterday at noon"),
                       tr("TS2", timestamp="01/02/2026"),
                       tr("TS3", timestamp="2026-13-01T00:00:00Z"),
                       tr("TS4", timestamp="2026-02-30T00:00:00Z"),
                       tr("TS5", timestamp="2026-03-01T10:00:00+25:00"),
                       tr("TS6", timestamp=1767225600),
                       tr("TS7", timestamp="9999-12-31T23:00:00-05:00"),
                       tr("TS-nozone", timestamp="2026-03-01T10:00:00"),
                       tr("TS-date", timestamp="2026-03-01"),
                       tr("TS-offset", timestamp="2026-03-01T10:00:00+05:30")])))
    add("transfer-places", TRANSFERS, "transfers/places.jsonl",
        "unknown source/destination environment and region in transfers",
        [Row(1, "unknown environment in 'source_environment'"),
         Row(2, "unknown environment in 'destination_environment'"),
         Row(3, "unknown region in 'destination_region'"),
         Row(4, "unknown region in 'source_region'"), Row(5, transfer_id="TP5")],
        _bytes(_jsonl([tr("TP1", source_environment="nowhere"),
                       tr("TP2", destination_environment="elsewhere"),
                       tr("TP3", destination_region="atlantis"),
                       {k: v for k, v in tr("TP4", source_region="mars").items()
                        if k != "source_environment"},
                       tr("TP5", source_region="westeurope")])))
    add("record-ids", TRANSFERS, "transfers/record_ids.jsonl",
        "record_ids that is a string, a number, an object, a list holding a number, a list "
        "of blanks; a transfer naming records absent from the input",
        [Row(1, "'record_ids' must be a list, got a string"),
         Row(2, "'record_ids' must be a list, got a number"),
         Row(3, "'record_ids' must be a list, got an object"),
         Row(4, "'record_ids' must be a list of text ids"), Row(5, "'record_ids' is empty"),
         Row(6, transfer_id="TR-absent", rule="unclassified-data-outside-geo")],
        _bytes(_jsonl([tr("TR1", record_ids="a;b"), tr("TR2", record_ids=7),
                       tr("TR3", record_ids={"a": 1}), tr("TR4", record_ids=["a", 2]),
                       tr("TR5", record_ids=[" ", ""]),
                       tr("TR-absent", record_ids=["ghost-1", "ghost-2"], dataset="bad/none",
                          destination_environment=None, destination_region="eastus",
                          tls_version="1.2")])))
    add("tls", TRANSFERS, "transfers/tls.jsonl",
        "garbage TLS versions (banana, TLS 9.9, 1.2.3, a number, 'TLSv1.2; DROP TABLE')",
        [Row(1, "not a TLS version"), Row(2, "not a known TLS version"),
         Row(3, "not a TLS version"), Row(4, "'tls_version' must be text, got a number"),
         Row(5, "not a TLS version"), Row(6, transfer_id="TLS-ssl3")],
        _bytes(_jsonl([tr("TL1", tls_version="banana"), tr("TL2", tls_version="TLS 9.9"),
                       tr("TL3", tls_version="1.2.3"), tr("TL4", tls_version=1.2),
                       tr("TL5", tls_version="TLSv1.2; DROP TABLE x"),
                       tr("TLS-ssl3", tls_version="SSLv3")])))
    add("ip", TRANSFERS, "transfers/ip.jsonl",
        "invalid IPv4/IPv6 addresses (999.1.1.1, 1.2.3, ::gg, a CIDR range, a host name)",
        [Row(1, "not a valid IPv4 or IPv6"), Row(2, "not a valid IPv4 or IPv6"),
         Row(3, "not a valid IPv4 or IPv6"), Row(4, "not a valid IPv4 or IPv6"),
         Row(5, "not a valid IPv4 or IPv6"), Row(6, transfer_id="IP-v6")],
        _bytes(_jsonl([tr("IP1", destination_ip="999.1.1.1"), tr("IP2", destination_ip="1.2.3"),
                       tr("IP3", destination_ip="::gg"), tr("IP4", destination_ip="10.0.0.0/8"),
                       tr("IP5", destination_ip="example.com"),
                       tr("IP-v6", destination_ip="2001:db8::1")])))
    add("duplicate-transfers", TRANSFERS, "transfers/dup.csv",
        "CSV transfers with a duplicate transfer_id, a quoted newline, too few columns",
        [Row(2, transfer_id="TD1"), Row(3, "duplicate transfer_id"),
         Row(4, "expected 7 columns, found 6"), Row(5, transfer_id="TD3")],
        _bytes(b"transfer_id,timestamp,source_environment,destination_environment,dataset,"
               b"record_ids,tls_version\n"
               b"TD1,2026-03-01T10:00:00Z,prod,dev,bad/transfers-target,a;b,1.0\n"
               b"TD1,2026-03-01T11:00:00Z,prod,dev,bad/transfers-target,,1.0\n"
               b"TD2,2026-03-01T10:00:00Z,prod,dev,bad/transfers-target,1.0\n"
               b'TD3,2026-03-01T10:00:00Z,prod,dev,bad/transfers-target,"a;\nb",1.0\n'))
    add("transfer-bidi", TRANSFERS, "transfers/bidi.jsonl",
        "bidi override in transfer_id and flow_id",
        [Row(1, "bidirectional-override"), Row(2, "bidirectional-override"),
         Row(3, transfer_id="TB3")],
        _bytes(_jsonl([tr(f"TB1{RLO}"), tr("TB2", flow_id=f"flow{RLO}1"), tr("TB3")])))
    add("transfers-parquet", TRANSFERS, "transfers/typed.parquet",
        "Parquet transfers with record_ids as a list of numbers and as ';'-text",
        [Row(1, "'record_ids' must be a list of text ids"), Row(2, transfer_id="TQ2")],
        _parquet(pa.table({
            "transfer_id": ["TQ1", "TQ2"], "timestamp": ["2026-03-01T10:00:00Z"] * 2,
            "source_environment": ["prod"] * 2, "destination_environment": ["dev"] * 2,
            "dataset": ["bad/transfers-target"] * 2, "tls_version": ["1.0"] * 2,
            "record_ids": pa.array([[1, 2], None], pa.list_(pa.int64()))})))
    return out


def _nest(levels: int, leaf: str) -> object:
    value: object = leaf
    for _ in range(levels):
        value = {"n": value}
    return value


def _odd_parquet(email: str, phone: str) -> pa.Table:
    from datetime import datetime
    from decimal import Decimal

    return pa.table({
        "record_id": ["pq1", "pq2"],
        "dataset": ["bad/pq-odd"] * 2,
        "environment": ["prod"] * 2,
        "when": pa.array([datetime(2026, 1, 1)] * 2, pa.timestamp("us")),
        "blob": pa.array([b"\x00\x01", b"\xff"], pa.binary()),
        "attrs": pa.array([[("k", 1)], []], pa.map_(pa.string(), pa.int64())),
        "contact": pa.array([{"email": None, "phone": None}, {"email": email, "phone": phone}],
                            pa.struct([("email", pa.string()), ("phone", pa.string())])),
        "amount": pa.array([Decimal("1.50"), None], pa.decimal128(5, 2)),
        "ratio": pa.array([float("nan"), 1.0], pa.float64()),
        "nothing": pa.array([None, None], pa.null()),
    })


def write_corpus(root: Path, long_chars: int = 1_200_000) -> list[Case]:
    """Write every case under `root` (plus files that must be skipped) and return them."""
    all_cases = cases(long_chars)
    for case in all_cases:
        path = root / case.path
        path.parent.mkdir(parents=True, exist_ok=True)
        case.write(path)
    # Not inputs: a hidden file and a file of another type inside the folders.
    (root / "records" / ".hidden.jsonl").write_text("not read\n")
    (root / "records" / "README.txt").write_text("not read either\n")
    return all_cases

"""The throughput benchmark's corpus: deterministic, and mixed as the README says.

The benchmark's own smoke run is outside the suite: `pytest benchmarks/tests`."""

from __future__ import annotations

import sys
from collections import Counter

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import CONTACTS, TELEMETRY, TICKETS, make_records, make_transfers  # noqa: E402


def test_corpus_is_deterministic_and_mixed():
    rows, gold = make_records(400)
    again, _ = make_records(400)
    assert rows == again
    kinds = Counter(row["dataset"] for row in rows)
    assert kinds == {CONTACTS: 160, TICKETS: 140, TELEMETRY: 100}
    personal = Counter(row["dataset"] for row in rows if gold[(row["dataset"], row["record_id"])])
    assert personal[CONTACTS] == 160
    assert 60 <= personal[TICKETS] <= 100  # about 4 tickets in 7 (80 of 140) name someone
    assert TELEMETRY not in personal
    transfers = make_transfers(rows, 20)
    ids = {(row["dataset"], row["record_id"]) for row in rows}
    assert all((t["dataset"], r) in ids for t in transfers for r in t.get("record_ids", ()))

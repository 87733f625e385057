"""The throughput benchmark keeps working: a smoke run at N = 200 (figures not judged)."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter

import pytest

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


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    work = tmp_path_factory.mktemp("bench")
    return subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "bench_throughput.py"), "--n", "200",
         "--sample", "20", "--batch-size", "32", "--workdir", str(work),
         "--flowaudit-arg=--direct_running_mode=multi_processing"],
        capture_output=True, text=True, timeout=600, cwd=ROOT)


def test_smoke_run_prints_every_figure(smoke):
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    for label in ("(a) stock AnalyzerEngine", "(b) stock BatchAnalyzerEngine",
                  "(c) flowaudit run", "ratios: (c)/(a)", "disagree on", "agreement: ok"):
        assert label in smoke.stdout


def test_smoke_run_counts_worker_processes(smoke):
    """Peak memory covers Beam's worker subprocesses, not only the driver."""
    from pipelines.cli.runner import worker_count

    found = re.search(r"peak memory (\d+) MiB over (\d+) processes", smoke.stdout)
    assert found, smoke.stdout
    assert int(found.group(1)) > 0
    assert int(found.group(2)) >= (1 + worker_count() if worker_count() > 1 else 1)

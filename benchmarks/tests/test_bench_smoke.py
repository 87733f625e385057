"""The throughput benchmark keeps working: a smoke run at N = 200 (figures not judged).

Not part of the test suite (it costs a whole benchmark run and tells only that the
script still runs): `pytest benchmarks/tests`.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


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

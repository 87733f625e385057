"""The same inputs give byte-identical findings on every run and runner: over the
bad-input corpus, a second in-process run and a multi-process run (two workers) are
compared with the acceptance run."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from tests.conftest import corpus_args, run_cli

RUNS = {
    "in_memory-again": [],
    "multi_processing": ["--direct_running_mode=multi_processing", "--direct_num_workers=2"],
}


@pytest.fixture(scope="module", params=sorted(RUNS))
def other_run(request, bad_corpus, tmp_path_factory):
    root, _, config = bad_corpus
    out = tmp_path_factory.mktemp(request.param) / "out"
    result = run_cli(*corpus_args(root, config, out), *RUNS[request.param])
    assert result.returncode == 0, result.stderr[-3000:]
    return out


def _summary_without_timings(folder) -> dict:
    summary = json.loads((folder / "summary.json").read_text())
    summary.pop("timings")
    return summary


def test_findings_are_byte_identical(bad_corpus_run, other_run):
    _, reference = bad_corpus_run
    expected = (reference / "findings.jsonl").read_bytes()
    assert expected  # the corpus does produce findings
    assert (other_run / "findings.jsonl").read_bytes() == expected
    assert (pq.read_table(other_run / "findings.parquet")
            .equals(pq.read_table(reference / "findings.parquet")))


def test_rejected_rows_and_counts_are_identical(bad_corpus_run, other_run):
    _, reference = bad_corpus_run
    assert ((other_run / "rejected.jsonl").read_bytes()
            == (reference / "rejected.jsonl").read_bytes())
    assert _summary_without_timings(other_run) == _summary_without_timings(reference)


def test_classifications_are_the_same_set(bad_corpus_run, other_run):
    """classifications.parquet is written in parallel, so its row order may differ."""
    _, reference = bad_corpus_run

    def rows(folder):
        return sorted(json.dumps(r, sort_keys=True, default=str)
                      for r in pq.read_table(folder / "classifications.parquet").to_pylist())

    assert rows(other_run) == rows(reference)

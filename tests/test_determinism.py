"""The same inputs give byte-identical findings on every run and runner: the sample
tenant and the bad-input corpus, each audited in-process (the reference run), are
audited again by other runners and compared output by output. Every run here starts
from the same folder with the same pinned start time (SOURCE_DATE_EPOCH), the one
wall-clock value findings.sarif and findings.ocsf.json may hold."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from tests.conftest import EXPORT_ARGS, PINNED_START, corpus_args, run_cli

pytestmark = pytest.mark.slow

MULTI_PROCESSING = ["--direct_running_mode=multi_processing", "--direct_num_workers=2"]
PORTABLE = ["--runner=PortableRunner", "--job_endpoint=embed", "--environment_type=LOOPBACK"]
RUNS = {
    # (input, Beam options): the portable path is the one Flink, Spark and Dataflow use
    "sample-multi_processing": ("sample", MULTI_PROCESSING),
    "sample-portable": ("sample", PORTABLE),
    "corpus-multi_processing": ("corpus", MULTI_PROCESSING),
}


@pytest.fixture(scope="module", params=sorted(RUNS))
def runs(request, sample_run, bad_corpus, bad_corpus_run, tmp_path_factory):
    """(reference output folder, this runner's output folder)."""
    source, options = RUNS[request.param]
    out = tmp_path_factory.mktemp(request.param) / "out"
    if source == "sample":
        reference_result, reference = sample_run
        result = run_cli("run", "--output", str(out), *EXPORT_ARGS, *options,
                         cwd=reference.parent, env=PINNED_START)
    else:
        root, _, config = bad_corpus
        reference_result, reference = bad_corpus_run
        result = run_cli(*corpus_args(root, config, out), *options, env=PINNED_START)
    assert result.returncode == reference_result.returncode, result.stderr[-3000:]
    return reference, out


def _summary_without_timings(folder) -> dict:
    summary = json.loads((folder / "summary.json").read_text())
    summary.pop("timings")
    return summary


def test_findings_are_byte_identical(runs):
    reference, other = runs
    expected = (reference / "findings.jsonl").read_bytes()
    assert expected  # both inputs do produce findings
    assert (other / "findings.jsonl").read_bytes() == expected
    assert (pq.read_table(other / "findings.parquet")
            .equals(pq.read_table(reference / "findings.parquet")))


@pytest.mark.parametrize("name", ["findings.sarif", "findings.ocsf.json"])
def test_sarif_and_ocsf_are_byte_identical(runs, name):
    reference, other = runs
    expected = (reference / name).read_bytes()
    assert json.loads(expected)  # findings are in it
    assert (other / name).read_bytes() == expected


def test_rejected_rows_and_counts_are_identical(runs):
    reference, other = runs
    assert (other / "rejected.jsonl").read_bytes() == (reference / "rejected.jsonl").read_bytes()
    assert _summary_without_timings(other) == _summary_without_timings(reference)


def test_classifications_are_the_same_set(runs):
    """classifications.parquet is written in parallel, so its row order may differ."""
    reference, other = runs

    def rows(folder):
        return sorted(json.dumps(r, sort_keys=True, default=str)
                      for r in pq.read_table(folder / "classifications.parquet").to_pylist())

    assert rows(other) == rows(reference)

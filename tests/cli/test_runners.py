"""The same pipeline on Beam's portable path (what Flink, Spark and Dataflow use)."""

from __future__ import annotations

from tests.conftest import run_cli


def test_portable_runner_gives_identical_findings(sample_run, tmp_path):
    _, reference = sample_run
    out = tmp_path / "portable"
    result = run_cli("run", "--output", str(out), "--runner=PortableRunner",
                     "--job_endpoint=embed", "--environment_type=LOOPBACK")
    assert result.returncode == 1, result.stderr
    assert (out / "findings.jsonl").read_bytes() == (reference / "findings.jsonl").read_bytes()

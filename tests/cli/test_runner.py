"""--runner: runners known to lose data are refused (exit 2, nothing written) unless the
user insists; runners flowaudit has not verified run with a warning naming what was."""

from __future__ import annotations

import logging

import pytest

from pipelines.cli.options import UsageError
from pipelines.cli.runner import REFUSED_RUNNERS, check_runner, runner_key
from tests.conftest import cli_in_process, write_jsonl


@pytest.mark.parametrize("name, key", [
    ("DaskRunner", "dask"),
    ("dask", "dask"),
    ("apache_beam.runners.dask.dask_runner.DaskRunner", "dask"),
    ("PortableRunner", "portable"),
    ("DirectRunner", "direct"),
    ("FlinkRunner", "flink"),
    ("dataflow", "dataflow"),
])
def test_runner_names_are_read_as_beam_reads_them(name, key):
    assert runner_key(name) == key


@pytest.mark.parametrize("beam_args, outcome", [
    ([], "silent"),
    (["--runner=DirectRunner"], "silent"),
    (["--runner=PortableRunner", "--environment_type=LOOPBACK"], "silent"),
    (["--runner", "PortableRunner", "--environment_type=EXTERNAL",
      "--environment_config=localhost:50000"], "silent"),
    (["--runner=PortableRunner", "--environment_type=DOCKER"], "warn"),
    (["--runner=PortableRunner"], "warn"),  # Beam's default environment is DOCKER
    (["--runner=FlinkRunner"], "warn"),
    (["--runner=SparkRunner"], "warn"),
    (["--runner=DataflowRunner"], "warn"),
    (["--runner=PrismRunner"], "warn"),
    (["--runner=DaskRunner"], "refused"),
    (["--runner", "DaskRunner"], "refused"),
    (["--runner=dask"], "refused"),
    (["--runner=apache_beam.runners.dask.dask_runner.DaskRunner"], "refused"),
])
@pytest.mark.parametrize("allow", [False, True])
def test_refused_warned_or_silent(beam_args, outcome, allow, caplog):
    caplog.set_level(logging.WARNING, logger="flowaudit")
    if outcome == "refused" and not allow:
        with pytest.raises(UsageError, match="known to lose data") as error:
            check_runner(beam_args, allow)
        assert "Verified: Beam's in-process FnApiRunner" in str(error.value)
        assert not caplog.records
        return
    check_runner(beam_args, allow)
    warnings = [r.getMessage() for r in caplog.records]
    if outcome == "silent":
        assert warnings == []
    else:
        assert len(warnings) == 1 and "not verified" in warnings[0]
        assert "verified: Beam's in-process FnApiRunner" in warnings[0]
        assert "EXTERNAL" in warnings[0]  # names the verified portable path
        if outcome == "refused":  # allowed, but the reason is still said
            assert REFUSED_RUNNERS["dask"] in warnings[0]


def test_a_refused_runner_exits_2_before_anything_is_written(tmp_path, config_file):
    records = write_jsonl(tmp_path / "records.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "note": "fine"}])
    out = tmp_path / "out"
    done = cli_in_process("run", "--config", str(config_file), "--records", str(records),
                          "--output", str(out), "--runner=DaskRunner")
    assert done.returncode == 2
    assert "--runner DaskRunner refused" in done.stderr
    assert "finish_bundle" in done.stderr and "--allow-unverified-runner" in done.stderr
    assert not out.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["config.yaml", "records.jsonl"]

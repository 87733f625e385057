"""Atomic output: a run killed with SIGKILL part-way leaves the previous output folder as
it was and no partial new one; the next run cleans up after it."""

from __future__ import annotations

import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipelines.files.staging import (
    PREVIOUS_PREFIX,
    STAGING_PREFIX,
    StagingFolder,
    recover,
    write_marker,
)
from tests.conftest import ROOT, run_cli, write_jsonl


def _snapshot(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


def _previous_output(out: Path) -> dict[str, str]:
    out.mkdir()
    (out / "findings.jsonl").write_text('{"finding_id": "from-the-previous-run"}\n')
    (out / "summary.json").write_text('{"exit_status": 1}\n')
    write_marker(out, "previous-run")
    return _snapshot(out)


@pytest.mark.slow
def test_sigkill_part_way_leaves_the_previous_output(tmp_path, config_file):
    out = tmp_path / "audit-out"
    before = _previous_output(out)
    records = write_jsonl(tmp_path / "records.jsonl", [
        {"record_id": f"r{i}", "dataset": "big", "environment": "prod",
         "note": f"Ticket {i}: customer asked about order {i * 7} and delivery to Leeds"}
        for i in range(4000)])
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    process = subprocess.Popen(
        [sys.executable, "-m", "pipelines", "run", "--config", str(config_file),
         "--records", str(records), "--output", str(out)],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not list(tmp_path.glob(f"{STAGING_PREFIX}*")):
            assert process.poll() is None, "the run ended before its staging folder appeared"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        time.sleep(2.0)  # into the pipeline: the model loads, classification starts
        assert process.poll() is None, "the run finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    assert _snapshot(out) == before
    visible = sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("."))
    assert visible == ["audit-out", "config.yaml", "records.jsonl"]
    assert list(tmp_path.glob(f"{STAGING_PREFIX}*"))  # the dead run's leftovers

    small = write_jsonl(tmp_path / "small.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "note": "fine"}])
    result = run_cli("run", "--config", str(config_file), "--records", str(small),
                     "--output", str(out), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert not list(tmp_path.glob(".flowaudit-*"))
    assert json.loads((out / "summary.json").read_text())["records_read"] == 1


def test_a_run_killed_inside_the_swap_gets_its_previous_output_back(tmp_path):
    out = tmp_path / "audit-out"
    pid = _dead_pid()
    aside = tmp_path / f"{PREVIOUS_PREFIX}audit-out-{pid}-0a1b2c3d"
    before = _previous_output(aside)
    recover(out)
    assert _snapshot(out) == before
    assert not aside.exists()


@pytest.mark.parametrize(("name", "marked", "kept"), [
    (f"{STAGING_PREFIX}audit-out-{{dead}}-00000000", False, False),
    (f"{STAGING_PREFIX}audit-out-{{live}}-00000000", False, True),
    (f"{STAGING_PREFIX}other-output-{{dead}}-00000000", False, True),  # that output's to recover
    (f"{STAGING_PREFIX}garbage", False, True),  # not a name flowaudit makes
    (f"{PREVIOUS_PREFIX}audit-out-{{dead}}-00000000", True, False),  # output exists: stale copy
    (f"{PREVIOUS_PREFIX}audit-out-{{dead}}-00000000", False, True),  # no marker: not ours
    (f"{PREVIOUS_PREFIX}audit-out-{{live}}-00000000", True, True),   # a live run is swapping
], ids=["dead-staging", "live-staging", "other-output", "unparseable", "dead-previous",
        "dead-previous-without-marker", "live-previous"])
def test_recover_removes_only_dead_runs_folders(tmp_path, name, marked, kept):
    out = tmp_path / "audit-out"
    out.mkdir()
    folder = tmp_path / name.format(dead=_dead_pid(), live=os.getpid())
    folder.mkdir()
    (folder / "partial.jsonl").write_text("x")
    if marked:
        write_marker(folder, "an-earlier-run")
    recover(out)
    assert folder.exists() == kept
    assert out.exists()


def test_a_failed_run_discards_its_staging_folder(tmp_path):
    out = tmp_path / "audit-out"
    before = _previous_output(out)
    staging = StagingFolder(out)
    (staging.path / "findings.jsonl").write_text("partial")
    staging.discard()
    assert _snapshot(out) == before
    assert not list(tmp_path.glob(".flowaudit-*"))


def test_publish_replaces_the_previous_output_whole(tmp_path):
    out = tmp_path / "audit-out"
    _previous_output(out)
    staging = StagingFolder(out)
    (staging.path / "summary.json").write_text("{}")
    staging.publish()
    assert _snapshot(out).keys() == {"summary.json", "_SUCCESS"}
    assert not list(tmp_path.glob(".flowaudit-*"))

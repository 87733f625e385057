"""The `_SUCCESS` marker is the completion mark of a local output folder too: `diff`,
`baseline` and `--history` read only a folder whose marker lists the file they read with
its exact size and SHA-256."""

from __future__ import annotations

import json

import pytest

from pipelines.cli.main import main
from pipelines.files.findings import read_findings
from pipelines.files.staging import MARKER, NotAFinishedRun, StagingFolder

FINDING = {"finding_id": "0123456789abcdef", "severity": "high", "rule": "weak-tls",
           "subject": "T1", "suppressed": False}


def published(tmp_path, name="out"):
    staging = StagingFolder(tmp_path / name)
    (staging.path / "findings.jsonl").write_text(json.dumps(FINDING) + "\n")
    (staging.path / "summary.json").write_text("{}\n")
    staging.publish()
    return tmp_path / name


@pytest.mark.parametrize("damage, reason", [
    (None, None),
    ("edit findings", "differs from what the run wrote"),
    ("same size", "differs from what the run wrote"),
    ("remove summary", "missing or differs"),
    ("remove marker", "no flowaudit _SUCCESS marker"),
    ("marker not json", "no flowaudit _SUCCESS marker"),
    ("marker of another tool", "no flowaudit _SUCCESS marker"),
    ("marker says publishing", "stopped while it was being published"),
    ("marker is a link", "no flowaudit _SUCCESS marker"),
])
def test_readers_take_only_a_finished_run(tmp_path, damage, reason):
    out = published(tmp_path)
    marker = out / MARKER
    data = json.loads(marker.read_text())
    if damage == "edit findings":
        (out / "findings.jsonl").write_text("{}\n")
    elif damage == "same size":
        text = (out / "findings.jsonl").read_text()
        (out / "findings.jsonl").write_text(text.replace("T1", "T2"))
    elif damage == "remove summary":
        (out / "summary.json").unlink()
    elif damage == "remove marker":
        marker.unlink()
    elif damage == "marker not json":
        marker.write_text("{")
    elif damage == "marker of another tool":
        marker.write_text(json.dumps({**data, "tool": "other"}))
    elif damage == "marker says publishing":
        marker.write_text(json.dumps({**data, "state": "publishing"}))
    elif damage == "marker is a link":
        (tmp_path / "elsewhere").write_text(marker.read_text())
        marker.unlink()
        marker.symlink_to(tmp_path / "elsewhere")
    if reason is None:
        assert read_findings(str(out)) == [FINDING]
        return
    with pytest.raises(NotAFinishedRun, match=reason):
        read_findings(str(out))


def test_diff_and_baseline_refuse_an_unfinished_run(tmp_path, capsys):
    good = published(tmp_path, "good")
    bad = published(tmp_path, "bad")
    (bad / "findings.jsonl").write_text("")
    assert main(["diff", str(good), str(good)]) == 0
    capsys.readouterr()
    for command in (["diff", str(good), str(bad)], ["baseline", str(bad)]):
        assert main(command) == 2
        err = capsys.readouterr().err
        assert "cannot read findings" in err and "differs from what the run wrote" in err

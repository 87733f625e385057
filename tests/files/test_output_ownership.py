"""--output replaces only a folder flowaudit made itself (issue 14, D1).

Each refused case is built as a careless user would build it, then the real command line
runs against it: exit 2, a message that says why, every file exactly as it was, and no
staging folder left behind. The accepted cases run whole audits and check that only
flowaudit's own files were replaced."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from pipelines.cli import main as cli
from pipelines.files.staging import (
    MARKER,
    PREVIOUS_PREFIX,
    STAGING_PREFIX,
    OutputRefused,
    check_output,
    recover,
    write_marker,
)
from tests.conftest import TEST_CONFIG, run_cli, write_jsonl

RECORD = {"record_id": "r1", "dataset": "d", "environment": "prod", "note": "fine"}


def _tree(root: Path) -> dict[str, str]:
    """Every file and link below root (hidden ones too), with a digest of its bytes."""
    found = {}
    for path in sorted(root.rglob("*")):
        key = str(path.relative_to(root))
        if path.is_symlink():
            found[key] = "-> " + os.readlink(path)
        elif path.is_file():
            found[key] = hashlib.sha256(path.read_bytes()).hexdigest()
        else:
            found[key] = "dir"
    return found


def _our_output(folder: Path) -> Path:
    """A folder as a finished flowaudit run leaves it: its files and the marker."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "findings.jsonl").write_text('{"finding_id": "previous"}\n')
    (folder / "summary.json").write_text('{"exit_status": 1}\n')
    write_marker(folder, "previous-run")
    return folder


# Each builder gets the work folder (which holds config.yaml and records/records.jsonl)
# and returns the --output argument, relative to the work folder where that is the point.
def _records_folder(work: Path) -> str:
    (work / "records" / "notes.txt").write_text("my notes, not an input")
    return "records"


def _working_folder(work: Path) -> str:
    return "."


def _root(work: Path) -> str:
    return "/"


def _symlink_to_someone_elses_folder(work: Path) -> str:
    target = work / "thesis"
    target.mkdir()
    (target / "chapter1.md").write_text("years of work")
    (work / "out").symlink_to(target)
    return "out"


def _existing_file(work: Path) -> str:
    (work / "report.pdf").write_bytes(b"%PDF-1.7 not ours")
    return "report.pdf"


def _folder_holding_the_config(work: Path) -> str:
    folder = work / "settings"
    folder.mkdir()
    (folder / "config.yaml").write_text(TEST_CONFIG)
    return "settings"


def _parent_of_the_working_folder(work: Path) -> str:
    return ".."


def _someone_elses_folder(work: Path) -> str:
    folder = work / "photos"
    folder.mkdir()
    (folder / "holiday.jpg").write_bytes(b"\xff\xd8\xff")
    return "photos"


def _our_folder_with_a_file_added(work: Path) -> str:
    folder = _our_output(work / "audit-out")
    (folder / "notes.txt").write_text("kept beside the findings")
    return "audit-out"


def _our_folder_with_a_subfolder_added(work: Path) -> str:
    folder = _our_output(work / "audit-out")
    (folder / "drafts").mkdir()
    (folder / "drafts" / "memo.txt").write_text("x")
    return "audit-out"


def _marker_not_ours(work: Path) -> str:
    folder = work / "spark-out"
    folder.mkdir()
    (folder / MARKER).write_text("")  # Hadoop's empty _SUCCESS
    (folder / "part-00000").write_text("someone else's job")
    return "spark-out"


def _listed_name_is_now_a_link(work: Path) -> str:
    folder = _our_output(work / "audit-out")
    (folder / "summary.json").unlink()
    (folder / "summary.json").symlink_to(work / "config.yaml")
    return "audit-out"


REFUSED = [
    (_records_folder, "holds an input"),
    (_working_folder, "is the working folder"),
    (_root, "root of the file system"),
    (_symlink_to_someone_elses_folder, "did not make"),
    (_existing_file, "is a file, not a folder"),
    (_folder_holding_the_config, "holds an input"),
    (_parent_of_the_working_folder, "holds an input"),
    (_someone_elses_folder, "did not make"),
    (_our_folder_with_a_file_added, "1 entry in it flowaudit did not write"),
    (_our_folder_with_a_subfolder_added, "1 entry in it flowaudit did not write"),
    (_marker_not_ours, "did not make"),
    (_listed_name_is_now_a_link, "1 entry in it flowaudit did not write"),
]


@pytest.fixture()
def work(tmp_path: Path) -> Path:
    work = tmp_path / "work"
    work.mkdir()
    (work / "config.yaml").write_text(TEST_CONFIG)
    (work / "records").mkdir()
    write_jsonl(work / "records" / "records.jsonl", [RECORD])
    return work


@pytest.mark.parametrize(("make", "message"), REFUSED, ids=[m.__name__[1:] for m, _ in REFUSED])
def test_an_output_that_is_not_ours_is_refused_before_anything_runs(work, monkeypatch, capsys,
                                                                   make, message):
    output = make(work)
    config = "settings/config.yaml" if make is _folder_holding_the_config else "config.yaml"
    before = _tree(work.parent)
    monkeypatch.chdir(work)
    code = cli.main(["run", "--config", config, "--records", "records", "--output", output])
    err = capsys.readouterr().err
    assert code == 2, err
    assert message in err
    assert _tree(work.parent) == before  # nothing deleted, moved aside or written


@pytest.mark.slow
def test_the_reported_case_output_over_the_records_folder_deletes_nothing(work):
    """The issue's own reproduction, through a subprocess: it used to delete the input
    files and notes.txt, then exit 0."""
    _records_folder(work)
    before = _tree(work)
    result = run_cli("run", "--config", "config.yaml", "--records", "records",
                     "--output", "records", cwd=work)
    assert result.returncode == 2, result.stderr
    assert "holds an input" in result.stderr
    assert _tree(work) == before


def test_refusal_messages_never_name_the_files_found(work, monkeypatch, capsys):
    folder = work / "inbox"
    folder.mkdir()
    (folder / "jane.doe@example.com.eml").write_text("x")
    monkeypatch.chdir(work)
    assert cli.main(["run", "--config", "config.yaml", "--records", "records",
                     "--output", "inbox"]) == 2
    err = capsys.readouterr().err
    assert "did not make" in err and "jane" not in err


@pytest.mark.parametrize("make", [
    lambda root: root / "new" / "audit-out",
    lambda root: (root / "empty").mkdir() or root / "empty",
    lambda root: _our_output(root / "audit-out"),
], ids=["missing", "empty-folder", "our-own-output"])
def test_an_output_flowaudit_may_write(tmp_path, make):
    target = make(tmp_path)
    assert check_output(target) == target.resolve()


@pytest.mark.slow
@pytest.mark.parametrize("through_link", [False, True], ids=["folder", "symlinked-folder"])
def test_a_second_run_replaces_its_own_output_and_keeps_the_link(work, through_link):
    first = run_cli("run", "--config", "config.yaml", "--records", "records",
                    "--output", "audit-out", cwd=work)
    assert first.returncode == 0, first.stderr
    marker = json.loads((work / "audit-out" / MARKER).read_text())
    assert marker["tool"] == "flowaudit"
    assert set(marker["files"]) == {p.name for p in (work / "audit-out").iterdir()} - {MARKER}
    output = "audit-out"
    if through_link:
        (work / "link").symlink_to(work / "audit-out")
        output = "link"
    write_jsonl(work / "records" / "records.jsonl", [RECORD, {**RECORD, "record_id": "r2"}])
    second = run_cli("run", "--config", "config.yaml", "--records", "records",
                     "--output", output, cwd=work)
    assert second.returncode == 0, second.stderr
    assert (work / "link").is_symlink() == through_link
    summary = json.loads((work / "audit-out" / "summary.json").read_text())
    assert summary["records_read"] == 2
    assert json.loads((work / "audit-out" / MARKER).read_text())["run_id"] != marker["run_id"]
    assert not list(work.glob(".flowaudit-*"))


def test_publish_judges_the_output_again(tmp_path):
    """A file dropped into the old output while the run was going stops the swap."""
    from pipelines.files.staging import StagingFolder

    out = _our_output(tmp_path / "audit-out")
    staging = StagingFolder(out)
    (staging.path / "summary.json").write_text("{}")
    (out / "added-during-the-run.txt").write_text("x")
    with pytest.raises(OutputRefused):
        staging.publish()
    staging.discard()
    assert (out / "added-during-the-run.txt").exists()
    assert json.loads((out / "summary.json").read_text()) == {"exit_status": 1}


def test_recover_never_touches_a_neighbours_moved_aside_output(tmp_path):
    """Run A must not delete B's output that a killed run of B had moved aside."""
    import subprocess
    import sys

    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    neighbour = _our_output(tmp_path / f"{PREVIOUS_PREFIX}b-out-{process.pid}-00000000")
    staging = tmp_path / f"{STAGING_PREFIX}b-out-{process.pid}-00000000"
    staging.mkdir()
    before = _tree(tmp_path)
    recover(tmp_path / "a-out")
    assert _tree(tmp_path) == before
    recover(tmp_path / "b-out")  # B's own next run gets its output back
    assert (tmp_path / "b-out" / MARKER).exists()
    assert not neighbour.exists() and not staging.exists()

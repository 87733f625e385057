"""--history DIR: one folder per run named by its UTC start, and DIR/latest."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest

from pipelines.runs.history import (
    latest_run,
    new_run_folder,
    point_latest,
    previous_run,
    run_folder,
    run_stamp,
    runs,
)

NOW = datetime(2026, 11, 28, 2, 15, 7, tzinfo=UTC)


@pytest.mark.parametrize("moment, stamp", [
    (NOW, "20261128T021507Z"),
    (NOW.astimezone(timezone(timedelta(hours=5, minutes=30))), "20261128T021507Z"),
    (datetime(2026, 1, 1, 0, 30, tzinfo=timezone(timedelta(hours=1))), "20251231T233000Z"),
    (datetime(2026, 11, 28, 2, 15, 7, 999999, tzinfo=UTC), "20261128T021507Z"),
])
def test_stamp_is_utc_basic_iso(moment, stamp):
    assert run_stamp(moment) == stamp


def make_run(history, name):
    folder = history / name
    folder.mkdir(parents=True)
    (folder / "findings.jsonl").write_text("")
    return folder


def test_two_runs_in_the_same_second_get_distinct_folders(tmp_path):
    """Issue 14, D12: the name is no longer 'the first free one' (two runs started at once
    both found the same one free); it carries the process id and a random part."""
    first = new_run_folder(tmp_path, NOW, pid=4242)
    second = new_run_folder(tmp_path, NOW, pid=4243)
    again = new_run_folder(tmp_path, NOW, pid=4242)
    assert not first.exists() and not second.exists()
    assert first.name.startswith("20261128T021507Z-4242-")
    assert second.name.startswith("20261128T021507Z-4243-")
    assert len({first, second, again}) == 3  # the same process twice: the random part
    for folder in (first, second, again):
        make_run(tmp_path, folder.name)
    assert [p.name for p in runs(tmp_path)] == sorted(p.name for p in (first, second, again))


def test_runs_are_ordered_and_skip_latest_staging_and_strays(tmp_path):
    for name in ("20261128T021507Z-10", "20261127T021507Z", "20261128T021507Z",
                 "20261128T021507Z-2"):
        make_run(tmp_path, name)
    (tmp_path / ".flowaudit-staging-x-1-abcd").mkdir()
    (tmp_path / "notes").mkdir()
    (tmp_path / "20261129T000000Z.txt").write_text("")
    point_latest(tmp_path, tmp_path / "20261128T021507Z-10")
    assert [p.name for p in runs(tmp_path)] == [
        "20261127T021507Z", "20261128T021507Z", "20261128T021507Z-2", "20261128T021507Z-10"]
    assert previous_run(tmp_path, tmp_path / "20261128T021507Z-10").name == "20261128T021507Z-2"
    assert previous_run(tmp_path, tmp_path / "20261127T021507Z") is None


def test_latest_is_swapped_to_the_newest_run(tmp_path):
    assert latest_run(tmp_path) is None
    one, two = make_run(tmp_path, "20261127T000000Z"), make_run(tmp_path, "20261128T000000Z")
    point_latest(tmp_path, one)
    assert latest_run(tmp_path) == one.resolve()
    point_latest(tmp_path, two)
    assert latest_run(tmp_path) == two.resolve()
    link = tmp_path / "latest"
    assert link.is_symlink() and str(link.readlink()) == two.name  # relative: DIR can move
    assert sorted(p.name for p in tmp_path.iterdir()) == ["20261127T000000Z",
                                                          "20261128T000000Z", "latest"]


def test_latest_as_a_file_where_symlinks_are_not_allowed(tmp_path, monkeypatch):
    run = make_run(tmp_path, "20261128T000000Z")

    def refuse(*_args, **_kwargs):
        raise OSError("symlinks not allowed")

    monkeypatch.setattr("pipelines.runs.history.os.symlink", refuse)
    point_latest(tmp_path, run)
    assert (tmp_path / "latest").read_text().strip() == run.name
    assert latest_run(tmp_path) == run
    assert run_folder(tmp_path) == run


def test_run_folder_accepts_a_run_or_a_history(tmp_path):
    run = make_run(tmp_path / "h", "20261128T000000Z")
    assert run_folder(run) == run
    point_latest(tmp_path / "h", run)
    assert run_folder(tmp_path / "h") == run.resolve()
    assert run_folder(tmp_path / "h" / "latest") == tmp_path / "h" / "latest"
    assert run_folder(tmp_path / "missing") == tmp_path / "missing"

"""Run history: `--history DIR` keeps each run in `DIR/<UTC timestamp>-<pid>-<hex>/` and
points `DIR/latest` at the newest, so a nightly job can diff against the night before.

DIR may be in object storage (`azfs://...`): there `latest` is a one-line file naming
the run, written after the run's own completion marker.
"""

from __future__ import annotations

import os
import re
import secrets
from datetime import UTC, datetime
from pathlib import Path

from pipelines.files import storage

LATEST = "latest"
STAMP = re.compile(r"^(\d{8}T\d{6}Z)(?:-(\d+)(?:-([0-9a-f]{4}))?)?$")
"""A run's name: its UTC start, then the process id and 4 random hex digits (older runs:
nothing, or a counter)."""


class HistoryError(ValueError):
    """DIR/latest is something flowaudit did not make (exit 2, nothing written)."""


def run_stamp(now: datetime) -> str:
    """Basic ISO 8601 in UTC (no colons, so it is a valid name everywhere; sorts by time)."""
    return now.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")


def new_run_folder(history: str | os.PathLike, now: datetime | None = None,
                   pid: int | None = None) -> Path | str:
    """A free `DIR/<stamp>-<pid>-<hex>` name (not created: the run's staging folder
    becomes it). Two runs started in the same second differ by process id, and runs of
    two machines sharing DIR by the random part, so no run takes another's folder."""
    stamp = run_stamp(now or datetime.now(UTC))
    pid = os.getpid() if pid is None else pid
    if storage.is_remote(history):
        taken = _remote_children(str(history))
        name = f"{stamp}-{pid}-{secrets.token_hex(2)}"
        while name in taken:
            name = f"{stamp}-{pid}-{secrets.token_hex(2)}"
        return storage.join(str(history), name)
    history = Path(history)
    while True:
        candidate = history / f"{stamp}-{pid}-{secrets.token_hex(2)}"
        if not (candidate.exists() or candidate.is_symlink()):
            return candidate


def check_latest(history: str | os.PathLike) -> None:
    """Before a run: DIR/latest must be flowaudit's link (or one-line file), or absent.
    A real folder there would be found only after the run was published. (In object
    storage `latest` is always a one-line file.)"""
    if storage.is_remote(history):
        return
    link = Path(history) / LATEST
    if link.is_dir() and not link.is_symlink():
        raise HistoryError(f"--history: '{link}' is a folder, not the link flowaudit keeps "
                           "to the latest run; move it away or give another history folder")
    if link.exists() and not link.is_symlink() and not link.is_file():
        raise HistoryError(f"--history: '{link}' is not a link or a file; move it away")


def runs(history: str | os.PathLike) -> list[Path]:
    """Finished runs, oldest first (staging folders and `latest` are not runs)."""
    history = Path(history)
    if not history.is_dir():
        return []
    found = [p for p in history.iterdir()
             if p.is_dir() and not p.is_symlink() and STAMP.match(p.name)]
    return sorted(found, key=_run_order)


def _run_order(path: Path) -> tuple:
    """By start time; within one second, old counters in order, then by name."""
    match = STAMP.match(path.name)
    if match is None:
        return (path.name, 0, "")
    stamp, number, tag = match.groups()
    return (stamp, int(number or 1) if tag is None else 0, path.name)


def point_latest(history: str | os.PathLike, run: Path) -> None:
    """Swap `DIR/latest` to `run` atomically (a relative symlink; where symlinks are not
    allowed, a one-line file naming the run). Refuses, and leaves nothing behind, when
    `latest` has become something else (a real folder) during the run."""
    if storage.is_remote(history):
        storage.write_bytes(storage.join(str(history), LATEST),
                            (storage.basename(str(run)) + "\n").encode())
        return
    history = Path(history)
    link = history / LATEST
    check_latest(history)
    temporary = history / f".{LATEST}-{os.getpid()}-{secrets.token_hex(4)}"
    try:
        try:
            os.symlink(run.name, temporary, target_is_directory=True)
        except OSError:
            temporary.write_text(run.name + "\n", encoding="utf-8")
        os.replace(temporary, link)
    finally:
        if temporary.is_symlink() or temporary.exists():
            temporary.unlink()


def latest_run(history: str | os.PathLike) -> Path | str | None:
    if storage.is_remote(history):
        link = storage.join(str(history), LATEST)
        if not storage.exists(link):
            return None
        name = storage.read_bytes(link).decode("utf-8").strip()
        return storage.join(str(history), name) if STAMP.match(name) else None
    link = Path(history) / LATEST
    if link.is_symlink() or link.is_dir():
        target = link.resolve()
        return target if target.is_dir() else None
    if link.is_file():
        target = Path(history) / link.read_text(encoding="utf-8").strip()
        return target if target.is_dir() else None
    return None


def previous_run(history: str | os.PathLike, current: Path) -> Path | None:
    earlier = [run for run in runs(history) if _run_order(run) < _run_order(current)]
    return earlier[-1] if earlier else None


def run_folder(path: str | os.PathLike) -> Path | str:
    """What `flowaudit diff` accepts: a run's output folder (one with a marker), or a
    history folder (its latest run)."""
    if storage.is_remote(path):
        path = str(path).rstrip("/")
        if storage.exists(storage.join(path, "_SUCCESS")):
            return path
        return latest_run(path) or path
    path = Path(path)
    if (path / "_SUCCESS").is_file():
        return path
    latest = latest_run(path)
    if latest is not None:
        return latest
    return path


def _remote_children(history: str) -> set[str]:
    """Names directly below a history folder in object storage."""
    return {entry.path[len(history.rstrip("/")) + 1:].split("/", 1)[0]
            for entry in storage.list_files(history)}

"""Output folders: flowaudit replaces only a folder it made itself, and swaps a new run
in atomically.

Ownership. Every published output holds a marker file (`_SUCCESS`, JSON: the tool, the
run id and the name, size and SHA-256 of every file the run wrote). A folder may be
replaced only when it is missing, empty, or holds that marker and nothing but the files
the marker lists. Anything else (a non-empty folder of someone else's, a file, `/`, the
working folder, a folder holding an input, the config or the baseline) is refused
before the pipeline starts, because replacing it would delete what is not ours. A
symlinked output is resolved and the target judged by the same rule.

Atomicity. A run writes into a hidden staging folder beside the output folder and swaps
it into place only when everything succeeded. A killed or failed run leaves the previous
output as it was. Names carry the writing process's id, so the next run can tell a live
run's folders from a dead one's: `.flowaudit-staging-<output>-<pid>-<hex>` (a run in
progress) and `.flowaudit-previous-<output>-<pid>-<hex>` (the old output, moved aside
for the instant of the swap). A run killed inside that instant leaves no output folder
but a previous one; the next run of the same output puts it back before anything else.
A run only ever touches its own output's leftovers, never a neighbour's.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import uuid
from collections.abc import Iterable
from pathlib import Path

STAGING_PREFIX = ".flowaudit-staging-"
PREVIOUS_PREFIX = ".flowaudit-previous-"
MARKER = "_SUCCESS"
MARKER_TOOL = "flowaudit"


class OutputRefused(Exception):
    """The output folder is not flowaudit's to replace (exit 2, nothing written)."""


def marker_files(folder: Path) -> dict | None:
    """The files a flowaudit run wrote into `folder`, from its marker; None when the
    folder holds no readable flowaudit marker."""
    path = folder / MARKER
    try:
        if not path.is_file() or path.is_symlink() or path.stat().st_size > 1 << 20:
            return None
        marker = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("tool") != MARKER_TOOL:
        return None
    files = marker.get("files")
    return files if isinstance(files, dict) else None


def foreign_entries(folder: Path) -> list[Path] | None:
    """Entries of an existing folder that flowaudit did not write: None when the folder
    has no marker at all, else the entries beside the marker that it does not list (a
    listed name that is now a folder or a link counts as foreign too)."""
    files = marker_files(folder)
    if files is None:
        return None
    return [
        entry for entry in sorted(folder.iterdir())
        if entry.name != MARKER
        and (entry.name not in files or entry.is_symlink() or not entry.is_file())
    ]


def _within(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def check_output(output: str | os.PathLike, protected: Iterable[str | os.PathLike] = ()) -> Path:
    """The resolved folder a run may write to, or OutputRefused saying why not.

    `protected` are paths the run reads (inputs, config, baseline): a folder holding one
    of them is never replaced. Messages name the output as the user gave it, never the
    names of the files found inside it (a file name can be a personal value).
    """
    given = str(output)
    target = Path(output).resolve()
    if target == Path(target.anchor):
        raise OutputRefused(f"--output '{given}' is the root of the file system")
    if target == Path.cwd().resolve():
        raise OutputRefused(f"--output '{given}' is the working folder; give a folder of "
                            "its own, e.g. ./audit-out")
    for path in protected:
        if "://" in str(path):
            continue
        if _within(Path(path).resolve(), target):
            raise OutputRefused(f"--output '{given}' holds an input of this run "
                                "(records, transfers, config or baseline); give another folder")
    if not target.exists():
        return target
    if not target.is_dir():
        raise OutputRefused(f"--output '{given}' is a file, not a folder")
    if not any(target.iterdir()):
        return target
    foreign = foreign_entries(target)
    if foreign is None:
        raise OutputRefused(
            f"--output '{given}' is a folder that flowaudit did not make (it is not empty "
            f"and has no {MARKER} marker); flowaudit replaces only its own output folders: "
            "give a new or empty folder")
    if foreign:
        raise OutputRefused(
            f"--output '{given}' is a flowaudit output folder, but {len(foreign)} "
            f"entr{'y' if len(foreign) == 1 else 'ies'} in it flowaudit did not write; "
            "move them out or give another folder")
    return target


def write_marker(folder: Path, run_id: str) -> None:
    """List every file of a finished run, with size and SHA-256, in its marker."""
    files = {}
    for entry in sorted(folder.iterdir()):
        if entry.name == MARKER or not entry.is_file():
            continue
        digest = hashlib.sha256()
        with entry.open("rb") as handle:
            for block in iter(lambda: handle.read(1 << 20), b""):
                digest.update(block)
        files[entry.name] = {"bytes": entry.stat().st_size, "sha256": digest.hexdigest()}
    marker = {"tool": MARKER_TOOL, "run_id": run_id, "files": files}
    (folder / MARKER).write_text(json.dumps(marker, indent=2) + "\n", encoding="utf-8")


class StagingFolder:
    """A run's hidden staging folder beside an output folder that flowaudit may replace."""

    def __init__(self, output: str | os.PathLike,
                 protected: Iterable[str | os.PathLike] = ()) -> None:
        self.given = str(output)
        self.output = check_output(output, protected)
        self.output.parent.mkdir(parents=True, exist_ok=True)
        recover(self.output)
        self.run_id = uuid.uuid4().hex
        self.path = self.output.parent / _name(STAGING_PREFIX, self.output.name)
        self.path.mkdir()

    def publish(self) -> None:
        """Mark the staging folder as a finished run and swap it in; the old output is
        judged again (it may have changed during the run), moved aside, and removed
        after, so at no point is a half-written folder under the output name."""
        write_marker(self.path, self.run_id)
        self.output = check_output(self.given)
        old = None
        if self.output.exists():
            old = self.output.parent / _name(PREVIOUS_PREFIX, self.output.name)
            os.replace(self.output, old)
        os.replace(self.path, self.output)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _name(prefix: str, output_name: str) -> str:
    return f"{prefix}{output_name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"


def _owner(entry: Path, prefix: str) -> tuple[str, int | None]:
    """(output name, pid) from a staging or previous folder's name; pid None if the
    name does not parse (then it is not a folder flowaudit made)."""
    parts = entry.name[len(prefix):].rsplit("-", 2)
    if len(parts) == 3 and parts[1].isdigit():
        return parts[0], int(parts[1])
    return "", None


def _leftovers(output: Path, prefix: str) -> list[Path]:
    """This output's folders of dead runs, oldest first."""
    found = []
    for entry in output.parent.glob(f"{prefix}*"):
        name, pid = _owner(entry, prefix)
        if name == output.name and pid is not None and not _alive(pid) \
                and entry.is_dir() and not entry.is_symlink():
            found.append(entry)
    return sorted(found, key=lambda p: p.stat().st_mtime)


def recover(output: Path) -> None:
    """Before a run: restore this output if a killed run had moved it aside, then remove
    this output's staging and previous folders of runs that are gone. Other outputs'
    leftovers are theirs to recover; a moved-aside folder without flowaudit's marker is
    left alone."""
    for entry in _leftovers(output, PREVIOUS_PREFIX):
        if not (output.exists() or output.is_symlink()):
            os.replace(entry, output)
        elif foreign_entries(entry) == []:
            shutil.rmtree(entry, ignore_errors=True)
    for entry in _leftovers(output, STAGING_PREFIX):
        shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

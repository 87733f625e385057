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

Object storage (`azfs://`, `gs://`, `s3://`) has no folders and no rename. There the run
stages inside the output, in `OUTPUT/.flowaudit-staging-<run id>/`, and publishing
copies each file into place under a marker that says `publishing` (so the folder stays
recognisably flowaudit's but no reader accepts it), removes the old run's files that the
new one does not replace, and writes the complete marker last. A run killed at any point
leaves either the previous complete marker or none that readers accept.

Completion. The marker is also what readers (`diff`, `baseline`, `--history`, the
report's comparison with the previous run) check: they accept only a folder whose
complete marker lists the file they read with its exact size and SHA-256.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import socket
import time
import uuid
from collections.abc import Iterable
from pathlib import Path

from pipelines.files import storage

STAGING_PREFIX = ".flowaudit-staging-"
PREVIOUS_PREFIX = ".flowaudit-previous-"
MARKER = "_SUCCESS"
MARKER_TOOL = "flowaudit"
MARKER_MAX_BYTES = 1 << 20
PUBLISHING = "publishing"
OWNER_NOTE = "_OWNER"
"""In a remote staging folder: which host and process runs it, so that a later run on
the same host can tell a dead run's leftovers from a live one's."""


class OutputRefused(Exception):
    """The output folder is not flowaudit's to replace (exit 2, nothing written)."""


class NotAFinishedRun(Exception):
    """A folder that is not the complete output of a flowaudit run (no marker, a run
    killed part-way, or files that differ from what the run wrote)."""


def read_marker(folder: str | os.PathLike) -> dict | None:
    """A folder's flowaudit marker (complete or publishing), or None when it holds no
    readable one. A local marker that is a link, or any marker over a megabyte, is none."""
    folder = os.fspath(folder)
    try:
        if storage.is_remote(folder):
            path = storage.join(folder, MARKER)
            if not storage.exists(path):
                return None
            with storage.open_read(path) as handle:
                data = handle.read(MARKER_MAX_BYTES + 1)
        else:
            path = Path(folder) / MARKER
            if not path.is_file() or path.is_symlink() or path.stat().st_size > MARKER_MAX_BYTES:
                return None
            data = path.read_bytes()
        if len(data) > MARKER_MAX_BYTES:
            return None
        marker = json.loads(data.decode("utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(marker, dict) or marker.get("tool") != MARKER_TOOL \
            or not isinstance(marker.get("files"), dict):
        return None
    return marker


def marker_files(folder: str | os.PathLike) -> dict | None:
    """The files a flowaudit run wrote (or is publishing) into `folder`, from its
    marker; None when the folder holds no readable flowaudit marker."""
    marker = read_marker(folder)
    return None if marker is None else marker["files"]


def verified_files(folder: str | os.PathLike) -> dict[str, dict]:
    """The files of a finished run, from its complete marker, each there with the size
    the marker gives; raises NotAFinishedRun saying what is wrong."""
    folder = os.fspath(folder)
    marker = read_marker(folder)
    if marker is None:
        raise NotAFinishedRun(f"'{folder}' holds no flowaudit {MARKER} marker: not the output "
                              "of a finished run")
    if marker.get("state", "complete") != "complete":
        raise NotAFinishedRun(f"'{folder}' is a run that was stopped while it was being "
                              "published; run the audit again")
    files = marker["files"]
    sizes = {entry.name: entry.size for entry in storage.list_files(folder, "*")}
    for name, listed in sorted(files.items()):
        if not isinstance(listed, dict) or sizes.get(name) != listed.get("bytes"):
            raise NotAFinishedRun(f"'{folder}': {name} is missing or differs from what the "
                                  "run wrote")
    return files


def verified_bytes(folder: str | os.PathLike, name: str) -> bytes:
    """One file of a finished run, checked against the SHA-256 its marker gives."""
    folder = os.fspath(folder)
    files = verified_files(folder)
    if name not in files:
        raise NotAFinishedRun(f"'{folder}': the run wrote no {name}")
    path = storage.join(folder, name)
    if storage.is_remote(path):
        data = storage.read_bytes(path)
    else:  # a named pipe in a run's place must not block `diff` or `export` (issue 14)
        from pipelines.files.bounded import open_regular

        with open_regular(path) as handle:
            data = handle.read()
    if hashlib.sha256(data).hexdigest() != files[name].get("sha256"):
        raise NotAFinishedRun(f"'{folder}': {name} differs from what the run wrote")
    return data


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
    (folder / MARKER).write_bytes(marker_json(run_id, files))


def marker_json(run_id: str, files: dict, state: str = "complete") -> bytes:
    marker = {"tool": MARKER_TOOL, "run_id": run_id, "state": state, "files": files}
    return (json.dumps(marker, indent=2) + "\n").encode("utf-8")


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


def open_staging(output: str, protected: Iterable[str | os.PathLike] = ()):
    """The staging folder of a run into `output`: beside it on a local disk, inside it
    on object storage."""
    if storage.is_remote(output):
        return RemoteStagingFolder(output, protected)
    return StagingFolder(output, protected)


def check_remote_output(output: str, protected: Iterable[str | os.PathLike] = ()) -> str:
    """The same ownership rule as `check_output`, for a prefix in object storage: it
    may be replaced when nothing is under it, or only a flowaudit marker, the files it
    lists and flowaudit's staging folders."""
    given = output
    output = output.rstrip("/")
    for path in protected:
        path = os.fspath(path)
        if storage.is_remote(path) and (path.rstrip("/") + "/").startswith(output + "/"):
            raise OutputRefused(f"--output '{given}' holds an input of this run "
                                "(records, transfers, config or baseline); give another folder")
    try:
        entries = [entry for entry in storage.list_files(output)
                   if not entry.path[len(output) + 1:].startswith(STAGING_PREFIX)]
    except Exception as error:  # noqa: BLE001 - Beam wraps the store's errors
        raise OutputRefused(f"--output '{given}': cannot list it "
                            f"({storage.why(error)})") from None
    if not entries:  # new, or only runs' staging folders (never deleted but by their run)
        return output
    files = marker_files(output)
    if files is None:
        raise OutputRefused(
            f"--output '{given}' is a folder that flowaudit did not make (it is not empty "
            f"and has no {MARKER} marker); flowaudit replaces only its own output folders: "
            "give a new or empty folder")
    foreign = [entry for entry in entries
               if (relative := entry.path[len(output) + 1:]) != MARKER and relative not in files]
    if foreign:
        raise OutputRefused(
            f"--output '{given}' is a flowaudit output folder, but {len(foreign)} "
            f"entr{'y' if len(foreign) == 1 else 'ies'} in it flowaudit did not write; "
            "move them out or give another folder")
    return output


class RemoteStagingFolder:
    """A run's staging folder inside an output in object storage, and its publishing
    without rename: copy into place, then the marker last."""

    def __init__(self, output: str, protected: Iterable[str | os.PathLike] = ()) -> None:
        self.given = output
        self.output = check_remote_output(output, protected)
        self.run_id = uuid.uuid4().hex
        recover_remote(self.output)
        self.path = storage.join(self.output, STAGING_PREFIX + self.run_id)
        owner = {"tool": MARKER_TOOL, "run_id": self.run_id, "host": socket.gethostname(),
                 "pid": os.getpid(), "started": time.time()}
        storage.write_bytes(storage.join(self.path, OWNER_NOTE), json.dumps(owner).encode())

    def publish(self) -> None:
        staged = [entry for entry in storage.list_files(self.path, "*")
                  if entry.name != OWNER_NOTE]
        self.output = check_remote_output(self.given)
        old = marker_files(self.output) or {}
        names = {entry.name for entry in staged}
        publishing = {name: None for name in sorted(set(old) | names)}
        marker = storage.join(self.output, MARKER)
        storage.write_bytes(marker, marker_json(self.run_id, publishing, PUBLISHING),
                            mime_type="application/json")
        files = {}
        for entry in staged:
            size, sha256 = storage.copy_file(entry.path, storage.join(self.output, entry.name))
            files[entry.name] = {"bytes": size, "sha256": sha256}
        storage.delete(storage.join(self.output, name) for name in sorted(set(old) - names))
        storage.write_bytes(marker, marker_json(self.run_id, files),
                            mime_type="application/json")
        self.discard()

    def discard(self) -> None:
        with contextlib.suppress(Exception):  # a leftover is removed by a later run
            storage.delete(entry.path for entry in storage.list_files(self.path))


def recover_remote(output: str) -> None:
    """Remove the staging folders under `output` of runs that are gone: those started on
    this host by a process that no longer exists. Another host's are left alone (their
    run may be alive); they never count against the output's ownership."""
    this_host = socket.gethostname()
    folders: dict[str, list[str]] = {}
    for entry in storage.list_files(output, STAGING_PREFIX + "*/**"):
        run = entry.path[len(output) + 1:].split("/", 1)[0]
        folders.setdefault(run, []).append(entry.path)
    for run, paths in sorted(folders.items()):
        try:
            owner = json.loads(storage.read_bytes(storage.join(output, run, OWNER_NOTE)))
            dead = owner.get("host") == this_host and not _alive(int(owner.get("pid")))
        except Exception:  # noqa: BLE001 - no readable note: not provably dead
            dead = False
        if dead:
            storage.delete(paths)

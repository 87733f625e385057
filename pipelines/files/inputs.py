"""Resolve --records/--transfers arguments into concrete files before anything runs.

A path that matches nothing, a file that cannot be opened, or something that is not a
regular file is a usage error (exit 2), never an empty or partial audit that reads as
clean. Local paths are resolved here, without Beam's globbing: a file whose name holds
`[`, `*` or `?` is that file, and a folder (given, or matched by a glob) stands for
every supported file below it.
"""

from __future__ import annotations

import glob
import os
import re
import stat
from collections.abc import Iterable

from apache_beam.io.filesystems import FileSystems

from pipelines.files import storage
from pipelines.files.readers import format_of

SUPPORTED = ".jsonl, .ndjson, .csv, .parquet (optionally .gz for text)"


class InputError(ValueError):
    pass


def _is_glob(pattern: str) -> bool:
    return any(char in pattern for char in "*?[")


def _hidden(path: str) -> bool:
    return os.path.basename(path).startswith(".")


UNSUPPORTED = "unsupported file type"
HIDDEN = "hidden"
OUTPUT = "the run's output folder"
LOOP = "a link to a folder already read (a loop)"


def _folder_files(folder: str, exclude: str | None = None,
                  skipped: list[dict] | None = None) -> list[str]:
    """Supported, non-hidden files below a folder, following linked sub-folders (each
    real folder read once, so a link back up cannot loop). Hidden folders (a run's
    staging folder) and `exclude` (the output folder, when it lies inside an input
    folder) are not entered, so one run's outputs are never the next run's inputs.
    Whatever is not read is added to `skipped` ({path, reason}), for summary.json."""
    skipped = [] if skipped is None else skipped
    excluded = {os.path.abspath(exclude), os.path.realpath(exclude)} if exclude else set()
    found: list[str] = []
    seen: set[tuple[int, int]] = set()
    stack = [folder]
    while stack:
        root = stack.pop()
        try:
            info = os.stat(root)
            entries = sorted(os.scandir(root), key=lambda entry: entry.name)
        except OSError:
            continue  # a folder that vanished or cannot be listed: nothing below it is read
        if (info.st_dev, info.st_ino) in seen:
            skipped.append({"path": root, "reason": LOOP})
            continue
        seen.add((info.st_dev, info.st_ino))
        folders = []
        for entry in entries:
            path = os.path.join(root, entry.name)
            if entry.name.startswith("."):
                skipped.append({"path": path, "reason": HIDDEN})
            elif _is_dir(entry):
                if {os.path.abspath(path), os.path.realpath(path)} & excluded:
                    skipped.append({"path": path, "reason": OUTPUT})
                else:
                    folders.append(path)
            elif format_of(entry.name):
                found.append(path)
            else:
                skipped.append({"path": path, "reason": UNSUPPORTED})
        stack.extend(reversed(folders))
    return sorted(found)


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir(follow_symlinks=True)
    except OSError:
        return False


def _check_readable(path: str, flag: str) -> None:
    """Open the file once now, so that an unreadable input fails the run before any
    output exists instead of turning into rejected rows."""
    try:
        mode = os.stat(path).st_mode
    except OSError as error:
        raise InputError(f"{flag}: cannot read '{path}' ({_why(error)})") from None
    if not stat.S_ISREG(mode):
        raise InputError(f"{flag}: '{path}' is not a regular file")
    try:
        with open(path, "rb") as handle:
            handle.read(1)
    except OSError as error:
        raise InputError(f"{flag}: cannot read '{path}' ({_why(error)})") from None


def _why(error: OSError) -> str:
    return error.strerror.lower() if error.strerror else type(error).__name__


def _local(pattern: str, flag: str, exclude: str | None, skipped: list[dict]) -> list[str]:
    if os.path.lexists(pattern):
        paths = [pattern]
    elif _is_glob(pattern):
        paths = sorted(glob.glob(pattern))
        if not paths:
            raise InputError(f"{flag}: '{pattern}' matches no file")
    else:
        raise InputError(f"{flag}: no such file '{pattern}'")
    globbed = not os.path.lexists(pattern)
    files: list[str] = []
    for path in paths:
        if os.path.isdir(path):
            found = _folder_files(path, exclude, skipped)
            if not found and not globbed:
                raise InputError(f"{flag}: folder '{path}' holds no {SUPPORTED} file")
            files.extend(found)
        elif format_of(path) is None:
            if not globbed:
                raise InputError(f"{flag}: '{path}' is not a supported file type ({SUPPORTED})")
            skipped.append({"path": path, "reason": UNSUPPORTED})
        elif globbed and _hidden(path):
            skipped.append({"path": path, "reason": HIDDEN})
        else:
            files.append(path)
    if not files:
        raise InputError(f"{flag}: '{pattern}' matches no {SUPPORTED} file")
    for path in files:
        _check_readable(path, flag)
    return [os.path.abspath(path) for path in files]


def _remote(pattern: str, flag: str, output: str | None = None,
            skipped: list[dict] | None = None) -> list[str]:
    """Files in object storage. A name that is no file but a folder (a prefix ending
    before a `/`) stands for every supported file below it, as a local folder does; in a
    folder or glob, hidden names and the run's own output are skipped."""
    expanded = _is_glob(pattern)
    if expanded or storage.exists(pattern):
        paths = _remote_match(pattern, flag)
    else:  # Beam's exact match fails on a missing name instead of matching nothing
        paths = _remote_match(glob.escape(pattern.rstrip("/")) + "/**", flag)
        expanded = True
    if not paths:
        raise InputError(f"{flag}: '{pattern}' matches no file")
    if expanded:
        prefix = re.match(r"^[^[*?]*", pattern).group(0)
        mine = output.rstrip("/") + "/" if output and "://" in output else None
        paths = [path for path in paths
                 if not (mine and path.startswith(mine))
                 and not any(part.startswith(".") for part in path[len(prefix):].split("/"))]
    files = []
    for path in paths:
        if format_of(path) is None:
            if expanded:
                if skipped is not None:
                    skipped.append({"path": path, "reason": UNSUPPORTED})
                continue
            raise InputError(f"{flag}: '{path}' is not a supported file type ({SUPPORTED})")
        files.append(path)
    if not files:
        raise InputError(f"{flag}: '{pattern}' matches no {SUPPORTED} file")
    return files


def _remote_match(pattern: str, flag: str) -> list[str]:
    try:
        matched = FileSystems.match([pattern])[0].metadata_list
    except Exception as error:  # noqa: BLE001 - Beam raises BeamIOError and friends
        raise InputError(f"{flag}: cannot list '{pattern}' ({storage.why(error)})") from None
    return sorted(m.path for m in matched if not m.path.endswith("/"))


def resolve_inputs(patterns: Iterable[str], flag: str, output: str | None = None,
                   skipped: list[dict] | None = None) -> list[str]:
    """Concrete files for the patterns of one flag; `output` (the run's output folder)
    is skipped inside input folders. What a folder or glob holds but is not read (a file
    of another type, a hidden one, a link back into a folder already read) is added to
    `skipped` as {path, reason}: listed in summary.json, never passed over in silence."""
    exclude = os.path.abspath(output) if output and "://" not in output else None
    found_skipped: list[dict] = []
    files: list[str] = []
    for pattern in patterns:
        files.extend(_remote(pattern, flag, output, found_skipped) if "://" in pattern
                     else _local(pattern, flag, exclude, found_skipped))
    if skipped is not None:
        known = {entry["path"] for entry in skipped}
        for entry in sorted(found_skipped, key=lambda e: e["path"]):
            if entry["path"] not in known:
                known.add(entry["path"])
                skipped.append({**entry, "path": os.path.abspath(entry["path"])
                                if "://" not in entry["path"] else entry["path"],
                                "flag": flag})
    return sorted(dict.fromkeys(files))


def input_names(files: Iterable[str]) -> dict[str, str]:
    """Each input file's name in the outputs: the shortest ending of its path that no
    other input shares (`contacts.jsonl`, or `eu/contacts.jsonl` beside `us/contacts.jsonl`).
    The same files give the same names wherever they lie (a local folder, a checkout in
    CI, an azfs:// container), so findings stay byte-identical across those runs;
    summary.json maps each name back to its full path (`input_files`)."""
    parts = {path: [part for part in path.split("://", 1)[-1].replace(os.sep, "/").split("/")
                    if part] for path in dict.fromkeys(files)}
    depth = dict.fromkeys(parts, 1)
    while True:
        names = {path: "/".join(parts[path][-depth[path]:]) for path in parts}
        holders: dict[str, list[str]] = {}
        for path, name in names.items():
            holders.setdefault(name, []).append(path)
        clashing = [path for same in holders.values() if len(same) > 1 for path in same]
        if not clashing:
            return names
        deeper = [path for path in clashing if depth[path] < len(parts[path])]
        if not deeper:  # the same path twice under different schemes: keep them whole
            return {path: path for path in parts}
        for path in deeper:
            depth[path] += 1

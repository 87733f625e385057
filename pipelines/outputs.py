"""Atomic output: a run writes into a hidden staging folder beside the output folder and
swaps it into place only when everything succeeded. A killed or failed run leaves the
previous output as it was.

Names carry the writing process's id, so the next run can tell a live run's folders
from a dead one's: `.flowaudit-staging-<output>-<pid>-<hex>` (a run in progress) and
`.flowaudit-previous-<output>-<pid>-<hex>` (the old output, moved aside for the
instant of the swap). A run killed inside that instant leaves no output folder but a
previous one; the next run puts it back before anything else.
"""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

STAGING_PREFIX = ".flowaudit-staging-"
PREVIOUS_PREFIX = ".flowaudit-previous-"


class StagingFolder:
    def __init__(self, output: str | os.PathLike) -> None:
        self.output = Path(output).resolve()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        recover(self.output)
        self.path = self.output.parent / _name(STAGING_PREFIX, self.output.name)
        self.path.mkdir()

    def publish(self) -> None:
        """Swap the staging folder in; the old output is moved aside first and removed
        after, so at no point is a half-written folder under the output name."""
        old = None
        if self.output.exists() or self.output.is_symlink():
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
    name does not parse (then nobody owns it)."""
    parts = entry.name[len(prefix):].rsplit("-", 2)
    if len(parts) == 3 and parts[1].isdigit():
        return parts[0], int(parts[1])
    return "", None


def recover(output: Path) -> None:
    """Before a run: restore an output that a killed run had moved aside, then remove
    the staging and previous folders of runs that are gone."""
    parent = output.parent
    previous = sorted(parent.glob(f"{PREVIOUS_PREFIX}*"), key=lambda p: p.stat().st_mtime)
    for entry in previous:
        name, pid = _owner(entry, PREVIOUS_PREFIX)
        if pid is not None and _alive(pid):
            continue
        if name == output.name and not (output.exists() or output.is_symlink()):
            os.replace(entry, output)
        else:
            shutil.rmtree(entry, ignore_errors=True)
    for entry in parent.glob(f"{STAGING_PREFIX}*"):
        _, pid = _owner(entry, STAGING_PREFIX)
        if pid is not None and _alive(pid):
            continue
        shutil.rmtree(entry, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True

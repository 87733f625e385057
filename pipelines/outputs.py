"""Atomic output: a run writes into a hidden staging folder beside the output folder and
swaps it into place only when everything succeeded. A killed or failed run leaves the
previous output as it was."""

from __future__ import annotations

import os
import shutil
import uuid
from pathlib import Path

STAGING_PREFIX = ".flowaudit-staging-"


class StagingFolder:
    def __init__(self, output: str | os.PathLike) -> None:
        self.output = Path(output).resolve()
        self.output.parent.mkdir(parents=True, exist_ok=True)
        _remove_stale(self.output.parent)
        name = f"{STAGING_PREFIX}{self.output.name}-{os.getpid()}-{uuid.uuid4().hex[:8]}"
        self.path = self.output.parent / name
        self.path.mkdir()

    def publish(self) -> None:
        """Swap the staging folder in; the old output is moved aside first and removed
        after, so at no point is a half-written folder under the output name."""
        old = None
        if self.output.exists() or self.output.is_symlink():
            aside = f"{STAGING_PREFIX}old-{self.output.name}-{uuid.uuid4().hex[:8]}"
            old = self.output.parent / aside
            os.replace(self.output, old)
        os.replace(self.path, self.output)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)

    def discard(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def _remove_stale(parent: Path) -> None:
    """Staging folders of runs that died (their process is gone)."""
    for entry in parent.glob(f"{STAGING_PREFIX}*"):
        parts = entry.name.rsplit("-", 2)
        pid = parts[-2] if len(parts) == 3 else ""
        if pid.isdigit() and _alive(int(pid)):
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

"""Helper processes that tests start and stop by PID: a free port, waiting until one
listens, stopping a process group."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_listening(port: int, process: subprocess.Popen, what: str, log: Path,
                   seconds: float = 60) -> None:
    """Until something listens on 127.0.0.1:`port`; fails the test, with the end of the
    process's log, when it exits first or takes longer than `seconds`."""
    deadline = time.monotonic() + seconds
    while True:
        if process.poll() is not None:
            pytest.fail(f"{what} exited with {process.returncode}: "
                        f"{log.read_text(errors='replace')[-1000:]}")
        with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", port), 0.2):
            return
        if time.monotonic() > deadline:
            pytest.fail(f"{what} did not listen within {seconds:.0f} s")
        time.sleep(0.1)


def stop(process: subprocess.Popen) -> None:
    """Stop a process started with `start_new_session=True` and what it started (its
    process group), by its PID: SIGTERM, then SIGKILL after 10 s."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()

"""Progress on long runs: periodic `records classified, records/s` lines on stderr.

Beam's in-process runner merges metric counters only when a bundle ends, and
`FnApiRunner.run_pipeline` returns only when the pipeline is done, so nothing can poll
live metrics. Instead the workers append their counts to a small file
(transforms/count.py `CountProgress`) and a thread in the driver sums it. That works in
`in_memory` and `multi_processing` modes, where workers share the driver's disk; on a
remote runner the file is not there and progress is simply not shown.
"""

from __future__ import annotations

import sys
import threading
import time
from typing import TextIO


def read_count(path: str) -> int:
    try:
        with open(path, encoding="ascii") as handle:
            return sum(int(line) for line in handle if line.strip().isdigit())
    except OSError:
        return 0


def progress_line(count: int, rate: float, elapsed: float) -> str:
    return (f"flowaudit: progress: {count} records classified, {rate:.0f} records/s, "
            f"{elapsed:.0f} s elapsed")


class ProgressReporter:
    """Prints a progress line every `seconds` while the pipeline runs."""

    def __init__(self, path: str, seconds: float, stream: TextIO | None = None) -> None:
        self.path, self.seconds = path, seconds
        self.stream = stream or sys.stderr
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="flowaudit-progress",
                                        daemon=True)
        self.lines = 0

    def __enter__(self) -> ProgressReporter:
        self.started = time.monotonic()
        self._thread.start()
        return self

    def __exit__(self, *_exc) -> None:
        self._stop.set()
        self._thread.join()

    def _loop(self) -> None:
        last_count, last_time = 0, self.started
        while not self._stop.wait(self.seconds):
            now = time.monotonic()
            count = read_count(self.path)
            rate = (count - last_count) / max(now - last_time, 1e-9)
            print(progress_line(count, rate, now - self.started), file=self.stream, flush=True)
            self.lines += 1
            last_count, last_time = count, now

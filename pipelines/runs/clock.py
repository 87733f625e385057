"""The run's own start time: the one wall-clock value SARIF and OCSF outputs may hold.

Everything else in those files comes from the findings (their ids, rows and, for
transfers, the logged timestamps), so two runs of the same inputs differ only here. Set
`SOURCE_DATE_EPOCH` (seconds since 1970, the reproducible-builds convention) to pin it:
then two runs of the same inputs write the same bytes.
"""

from __future__ import annotations

import os
import time
from datetime import UTC, datetime, timedelta

from pipelines.core.window import instant

SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"


class ClockError(ValueError):
    """SOURCE_DATE_EPOCH is set but is not a whole number of seconds."""


def run_started_at(environ: dict | None = None) -> str:
    """Now (or SOURCE_DATE_EPOCH) as UTC ISO text with milliseconds: `...T02:15:00.000Z`."""
    environ = os.environ if environ is None else environ
    pinned = environ.get(SOURCE_DATE_EPOCH)
    if pinned is not None and pinned.strip():
        try:
            seconds = int(pinned.strip())
        except ValueError:
            raise ClockError(f"{SOURCE_DATE_EPOCH}={pinned!r} is not a whole number of "
                             "seconds since 1970-01-01T00:00:00Z") from None
        moment = datetime.fromtimestamp(seconds, UTC)
    else:
        moment = datetime.fromtimestamp(time.time(), UTC)
    return moment.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def epoch_millis(text: str) -> int:
    """UTC ISO text (a run's start, a parsed transfer timestamp) -> milliseconds since
    1970, as OCSF's timestamp_t counts."""
    return (instant(text) - _EPOCH) // timedelta(milliseconds=1)


_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

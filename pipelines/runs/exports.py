"""The standard formats a run can add to its outputs (`--format`), and the same
conversion of a finished run (`flowaudit export OUT --format ...`).

Both writers are pure functions of the finding rows and summary.json, so exporting a
finished run gives the bytes its own `--format` would have written.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipelines.files import storage
from pipelines.runs.ocsf import OCSF_FILE, ocsf_bytes
from pipelines.runs.sarif import SARIF_FILE, sarif_bytes

Writer = Callable[[list[dict], dict], bytes]

FORMATS: dict[str, tuple[str, Writer]] = {
    "sarif": (SARIF_FILE, sarif_bytes),
    "ocsf": (OCSF_FILE, ocsf_bytes),
}
"""--format value -> (file name, writer)."""


class ExportError(ValueError):
    """A folder that cannot be converted (not a finished run, or one made before the
    run recorded what these formats need)."""


def render(fmt: str, rows: list[dict], summary: dict) -> bytes:
    if not (summary.get("timings") or {}).get("started_at") or "locations" not in summary:
        raise ExportError("the run's summary.json has no recorded start time or input "
                          "locations (it was made by an older flowaudit); run the audit "
                          "again with --format")
    return FORMATS[fmt][1](rows, summary)


def write_exports(folder: str, rows: list[dict], summary: dict, formats: Iterable[str]) -> None:
    """Each requested format's file, beside the findings files in the run's staging folder."""
    for fmt in dict.fromkeys(formats):
        name, _ = FORMATS[fmt]
        storage.write_bytes(storage.join(folder, name), render(fmt, rows, summary))

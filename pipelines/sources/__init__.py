"""Transfer sources: one adapter per format, each a pure function from a native row to
flowaudit's transfers (or facts about stores), wrapped in a SourceRow.

flowaudit's own schema is one source among the others. `--transfers-format auto` (the
default) detects each file's source from the shape of its first row; a name overrides it
for every transfer file. Each adapter module has `NAME`, `DESCRIPTION`, `FEEDS` (the rules
its rows can be judged by), `matches(data)`, `row_key(data)` and `parse(row, tenant)`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipelines.core.model import TRANSFERS, RawRow, Rejection, SourceRow
from pipelines.core.parse import fail_closed
from pipelines.files.readers import read_rows
from pipelines.sources import flowaudit, network_logs, purview, replication, storage_logs
from pipelines.tenant.model import Tenant

ADAPTERS = {module.NAME: module for module in (
    flowaudit, purview, storage_logs, network_logs, replication)}
"""In detection order: the first whose `matches` accepts a file's first row wins."""
AUTO = "auto"
FORMATS = (AUTO, *ADAPTERS)
DETECT_ROWS = 20
"""Rows looked at to detect a file's source (the first ones that decode): the first that
some source recognises decides."""


class UnknownSource(ValueError):
    """A transfer file whose shape no adapter recognises."""


def detect(rows: Iterable[RawRow]) -> str | None:
    """The source of the first decodable rows, or None when there is none to look at."""
    looked = 0
    for row in rows:
        if row.data is None:
            continue
        for name, module in ADAPTERS.items():
            if module.matches(row.data):
                return name
        looked += 1
        if looked >= DETECT_ROWS:
            break
    return None if looked == 0 else ""


def detect_file(path: str, handle) -> str:
    """A file's source from its first rows; a file with no readable row is flowaudit's
    (its rows are rejected as they are). Raises UnknownSource."""
    found = detect(read_rows(TRANSFERS, path, handle))
    if found is None:
        return flowaudit.NAME
    if not found:
        raise UnknownSource(
            f"cannot tell which source '{path}' is: its first rows match none of "
            f"{', '.join(ADAPTERS)} (give --transfers-format)")
    return found


def row_key(row: RawRow, origin: str) -> str | None:
    """The row's identity (read tasks own rows by it, the duplicate check compares it)."""
    if row.data is None:
        return None
    try:
        return ADAPTERS[origin].row_key(row.data)
    except Exception:  # noqa: BLE001 - no usable key: parse will say why
        return None


def parse_source_row(row: RawRow, tenant: Tenant, origin: str) -> SourceRow | Rejection:
    """Never raises: every row becomes a SourceRow or a rejection with a reason."""
    return fail_closed(row, lambda: ADAPTERS[origin].parse(row, tenant),
                       f"row could not be read as {origin}")


class SourceKeys:
    """`row_key` for read tasks, knowing each file's source (picklable for Beam)."""

    def __init__(self, formats: Mapping[str, str]) -> None:
        self.formats = dict(formats)

    def __call__(self, row: RawRow) -> str | None:
        return row_key(row, self.formats.get(row.source, flowaudit.NAME))

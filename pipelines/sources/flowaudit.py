"""flowaudit's own transfer schema (README "Inputs"): one row, one transfer.

It is one source among the others: its optional columns are optional, but a transfer
without a destination, a TLS version or an address is counted as not judgeable by the
rules that needed them, as any other source's row is.
"""

from __future__ import annotations

from pipelines.core.model import RawRow, SourceRow
from pipelines.core.parse import parse_transfer
from pipelines.core.rules.registry import PERSONAL_OUTSIDE_GEO, UNTRUSTED_DESTINATION, WEAK_TLS
from pipelines.sources.common import source_row
from pipelines.tenant.model import Tenant

NAME = "flowaudit"
DESCRIPTION = "flowaudit's own transfer schema (transfer_id, timestamp, source_environment, ...)"
FEEDS = (PERSONAL_OUTSIDE_GEO.id, WEAK_TLS.id, UNTRUSTED_DESTINATION.id)
"""DLP rules are not listed: a transfer without a connector used none (platform
replication), which is not a lack."""


SCHEMA_COLUMNS = frozenset({"transfer_id", "source_environment", "source_region",
                            "destination_environment", "destination_region", "record_ids"})


def matches(data: dict) -> bool:
    """A row with a column of flowaudit's schema (a row without `transfer_id` is still
    flowaudit's, to be rejected for it)."""
    return bool(SCHEMA_COLUMNS & set(data))


def row_key(data: dict) -> str | None:
    value = data.get("transfer_id")
    return value.strip() if isinstance(value, str) and value.strip() else None


def parse(row: RawRow, tenant: Tenant) -> SourceRow:
    transfer = parse_transfer(row, tenant)
    return source_row(row, NAME, transfer.transfer_id, transfer.timestamp, "transfer",
                      (transfer,), tenant, FEEDS, key_name="transfer_id")

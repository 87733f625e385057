"""Export: records of a table that holds personal data left the platform by an export or a
bulk read (Dataverse Export to Excel, RetrieveMultiple) to a destination nobody knows."""

from __future__ import annotations

from pipelines.core.model import EXPORT, DataSummary, Finding, Transfer
from pipelines.core.rules.common import transfer_details
from pipelines.core.rules.registry import PERSONAL_EXPORTED
from pipelines.tenant.model import Tenant


def transfer_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    """Judged on the exported table's records as the records input has them; a table with
    no records there is counted as not judgeable (see `unjudgeable`), never as clean."""
    if transfer.event != EXPORT or not moved.personal_records:
        return []
    return [PERSONAL_EXPORTED.finding(
        transfer.transfer_id,
        f"{transfer.operation or 'an export'} of table {transfer.dataset}, which holds "
        f"{moved.personal_records} records with personal data, to a destination the audit "
        "record does not name",
        transfer_details(transfer, moved),
    )]


def unjudgeable(transfer: Transfer, moved: DataSummary) -> str | None:
    """Why the export cannot be judged once its table's records are known, or None."""
    if transfer.event != EXPORT or moved.personal_records:
        return None
    if moved.records == 0:
        return "the exported table has no records in the records input"
    if moved.unclassified_records:
        return "some exported records are not in the records input"
    return None

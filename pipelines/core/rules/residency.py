"""Residency: personal data stays in its home geo; other customer data may be
replicated elsewhere (shown for visibility); data nobody could classify is flagged."""

from __future__ import annotations

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.core.rules.common import details, place, transfer_details
from pipelines.core.rules.registry import (
    CUSTOMER_OUTSIDE_GEO,
    PERSONAL_OUTSIDE_GEO,
    UNCLASSIFIED_OUTSIDE_GEO,
)
from pipelines.tenant.model import Tenant


def leaves_geo(transfer: Transfer, tenant: Tenant) -> bool:
    """Judged only when the destination is known; by region membership when the region
    is known, else by geo."""
    if transfer.source_geo is None:
        return False
    if transfer.destination_region:
        return not tenant.allows(transfer.source_geo, transfer.destination_region)
    if transfer.destination_geo:
        return not tenant.allows_geo(transfer.source_geo, transfer.destination_geo)
    return False


def transfer_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    if not leaves_geo(transfer, tenant):
        return []
    where = (
        f"from {place(transfer.source_geo, transfer.source_region)} to "
        f"{place(transfer.destination_geo, transfer.destination_region)}"
    )
    how = f" by {transfer.operation}" if transfer.operation else ""
    facts = transfer_details(transfer, moved)
    findings = []
    if moved.personal_records:
        findings.append(PERSONAL_OUTSIDE_GEO.finding(
            transfer.transfer_id,
            f"{moved.personal_records} of {moved.records} records holding personal data moved "
            f"{where}{how}; personal data must stay in its geo",
            facts,
        ))
    if moved.unclassified_records or moved.records == 0:
        count = moved.unclassified_records
        findings.append(UNCLASSIFIED_OUTSIDE_GEO.finding(
            transfer.transfer_id,
            f"{count} of {moved.records} moved records are not in the records input, so nobody "
            f"can tell whether they are personal; data moved {where}{how}"
            if moved.records else
            f"the moved dataset has no records in the records input; data moved {where}{how}",
            facts,
        ))
    if not findings:
        findings.append(CUSTOMER_OUTSIDE_GEO.finding(
            transfer.transfer_id,
            f"{moved.records} records of customer data (no personal data found) moved "
            f"{where}{how}; "
            "permitted replication, shown for visibility",
            facts,
        ))
    return findings


def at_rest_findings(
    dataset: str, region: str, home_geo: str, stored: DataSummary, tenant: Tenant,
    place: tuple[str, int] | None = None,
) -> list[Finding]:
    """Records of `dataset` whose home is `home_geo` stored in `region`; `place` is the
    input file and position of one of them, shown as where the finding was seen."""
    if tenant.allows(home_geo, region):
        return []
    subject = f"{dataset}@{region}"
    input_file, input_position = place or (None, None)
    facts = details(stored, dataset=dataset, region=region, source_geo=home_geo,
                    destination_geo=tenant.region_geo(region), input_file=input_file,
                    input_position=input_position)
    if stored.personal_records:
        return [PERSONAL_OUTSIDE_GEO.finding(
            subject,
            f"{stored.personal_records} of {stored.records} records of {dataset} holding personal "
            f"data are stored in {region}, outside their home geo {home_geo}",
            facts,
        )]
    return [CUSTOMER_OUTSIDE_GEO.finding(
        subject,
        f"{stored.records} records of {dataset} (no personal data found) are stored in {region}, "
        f"outside their home geo {home_geo}",
        facts,
    )]

"""Residency: personal data stays in its home geo; other customer data may be
replicated elsewhere (shown for visibility); data nobody could classify is flagged."""

from __future__ import annotations

from pipelines.core.model import REPLICA, DataSummary, Finding, Transfer
from pipelines.core.rules.common import details, place, presumption, transfer_details
from pipelines.core.rules.registry import (
    CUSTOMER_OUTSIDE_GEO,
    PERSONAL_OUTSIDE_GEO,
    PERSONAL_REPLICATED,
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
    if transfer.event == REPLICA:
        return replica_findings(transfer, moved, tenant)
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
            f"{where}{how}; personal data must stay in its geo{presumption(moved)}",
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
            f"data are stored in {region}, outside their home geo {home_geo}"
            f"{presumption(stored)}",
            facts,
        )]
    return [CUSTOMER_OUTSIDE_GEO.finding(
        subject,
        f"{stored.records} records of {dataset} (no personal data found) are stored in {region}, "
        f"outside their home geo {home_geo}",
        facts,
    )]


def replica_findings(replica: Transfer, stored: DataSummary, tenant: Tenant) -> list[Finding]:
    """A store's geo-replica (a transfer from its primary to its secondary region, of the
    datasets mapped to the store). Personal data there is high; customer data only is
    info (replication of non-personal data is permitted); data nobody classified (no
    dataset mapped, or none of its records in the input) is `unclassified-data-outside-geo`:
    the replica lies outside the geo and nobody can show it holds no personal data."""
    if not leaves_geo(replica, tenant):
        return []
    where = (f"from {place(replica.source_geo, replica.source_region)} to "
             f"{place(replica.destination_geo, replica.destination_region)}")
    what = f"{replica.operation} " if replica.operation else ""
    facts = transfer_details(replica, stored)
    if stored.personal_records:
        return [PERSONAL_REPLICATED.finding(
            replica.transfer_id,
            f"{what}keeps {stored.personal_records} of {stored.records} records holding "
            f"personal data {where}; personal data must stay in its geo",
            facts, personal=True)]
    if stored.unclassified_records or stored.records == 0:
        about = (f"dataset {replica.dataset} has no records in the records input"
                 if replica.dataset else "no dataset is mapped to the store (config stores)")
        return [UNCLASSIFIED_OUTSIDE_GEO.finding(
            replica.transfer_id,
            f"{what}replicates {where}, and nobody can tell whether the data is personal: "
            f"{about}", facts)]
    return [PERSONAL_REPLICATED.finding(
        replica.transfer_id,
        f"{what}keeps {stored.records} records of customer data (no personal data found) "
        f"{where}; permitted replication, shown for visibility", facts)]

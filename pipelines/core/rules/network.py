"""Network: a destination address outside every allowed Azure service tag is not trusted."""

from __future__ import annotations

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.core.rules.common import transfer_details
from pipelines.core.rules.registry import UNTRUSTED_DESTINATION
from pipelines.tenant.model import Tenant


def transfer_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant,
                      service_tags=None) -> list[Finding]:
    """`service_tags` is the tenant's ServiceTagIndex, built once per worker; without it
    (no service-tag file configured) the rule is not judged."""
    if service_tags is None or not transfer.destination_ip or not tenant.allowed_service_tags:
        return []
    if service_tags.allowed(transfer.destination_ip, tenant.allowed_service_tags):
        return []
    return [UNTRUSTED_DESTINATION.finding(
        transfer.transfer_id,
        f"destination address is in none of the allowed service tags "
        f"({', '.join(tenant.allowed_service_tags)})",
        transfer_details(transfer, moved),
    )]

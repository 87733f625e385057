"""Transit: data in transit must use TLS at or above the tenant's minimum."""

from __future__ import annotations

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.core.rules.common import transfer_details
from pipelines.core.rules.registry import WEAK_TLS
from pipelines.tenant.model import Tenant


def transfer_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    if transfer.tls_version is None or not tenant.tls_below_minimum(transfer.tls_version):
        return []
    shown = "SSL 3" if transfer.tls_version == "0.3" else f"TLS {transfer.tls_version}"
    return [WEAK_TLS.finding(
        transfer.transfer_id,
        f"data sent over {shown}; the minimum is TLS {tenant.min_tls}",
        transfer_details(transfer, moved),
    )]

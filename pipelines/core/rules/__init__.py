"""The audit rules: plain functions from facts to findings, no Beam and no I/O.

`registry` lists every rule (id, severity, subject, description, remediation); each
category's module judges its rules: `residency`, `dlp`, `transit`, `network`. Per
transfer, `judge_transfer` asks every module in TRANSFER_CHECKS; data at rest and
flows have their own entry points (`residency.at_rest_findings`,
`dlp.group_mix_findings`).
"""

from __future__ import annotations

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.core.rules import dlp, network, residency, transit
from pipelines.tenant.model import Tenant

TRANSFER_CHECKS = (residency.transfer_findings, dlp.transfer_findings,
                   transit.transfer_findings)
"""Per-transfer checks that need only the tenant; `network` also needs the service-tag
index and is called with it."""


def judge_transfer(transfer: Transfer, moved: DataSummary, tenant: Tenant,
                   service_tags=None) -> list[Finding]:
    """Every per-transfer rule; at most one finding per rule."""
    findings = [finding for check in TRANSFER_CHECKS
                for finding in check(transfer, moved, tenant)]
    return findings + network.transfer_findings(transfer, moved, tenant, service_tags)

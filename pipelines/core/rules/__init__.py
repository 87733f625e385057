"""The audit rules: plain functions from facts to findings, no Beam and no I/O.

`registry` lists every rule (id, severity, subject, description, remediation); each
category's module judges its rules: `residency`, `dlp`, `transit`, `network`, `export`.
Per transfer, `judge_transfer` asks every module in TRANSFER_CHECKS; data at rest and
flows have their own entry points (`residency.at_rest_findings`,
`dlp.group_mix_findings`). `not_judgeable` says which rules a transfer lacks the facts
for: sources count those rows, so that a row missing what a rule needs never reads as
clean.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.core.rules import dlp, export, network, residency, transit
from pipelines.core.rules.registry import (
    BLOCKED_CONNECTOR,
    GROUP_MIX,
    PERSONAL_EXPORTED,
    PERSONAL_OUTSIDE_GEO,
    PERSONAL_REPLICATED,
    UNTRUSTED_DESTINATION,
    WEAK_TLS,
)
from pipelines.tenant.model import Tenant

TRANSFER_CHECKS = (residency.transfer_findings, dlp.transfer_findings,
                   transit.transfer_findings, export.transfer_findings)
"""Per-transfer checks that need only the tenant; `network` also needs the service-tag
index and is called with it."""


GAPS_AFTER_JOIN = ((PERSONAL_EXPORTED.id, export.unjudgeable),)
"""Rules that can tell only once a transfer's moved records are known that it lacks what
they need: (rule id, `check(transfer, moved) -> reason or None`)."""


def unjudgeable_after_join(transfer: Transfer, moved: DataSummary) -> list[tuple[str, str]]:
    """(rule id, reason) for each rule of GAPS_AFTER_JOIN that cannot judge the transfer."""
    return [(rule, reason) for rule, check in GAPS_AFTER_JOIN
            if (reason := check(transfer, moved))]


def judge_transfer(transfer: Transfer, moved: DataSummary, tenant: Tenant,
                   service_tags=None) -> list[Finding]:
    """Every per-transfer rule; at most one finding per rule."""
    findings = [finding for check in TRANSFER_CHECKS
                for finding in check(transfer, moved, tenant)]
    return findings + network.transfer_findings(transfer, moved, tenant, service_tags)


def _destination(transfer: Transfer, tenant: Tenant) -> str | None:
    if transfer.source_geo is None:
        return "the source's place is unknown"
    if not (transfer.destination_region or transfer.destination_geo):
        return "no destination region or environment"
    return None


def _tls(transfer: Transfer, tenant: Tenant) -> str | None:
    return "no TLS version" if transfer.tls_version is None else None


def _address(transfer: Transfer, tenant: Tenant) -> str | None:
    if not transfer.destination_ip:
        return "no destination address"
    if not (tenant.service_tags_file and tenant.allowed_service_tags):
        return "no service-tag file and allowed tags configured"
    return None


def _connector(transfer: Transfer, tenant: Tenant) -> str | None:
    if not transfer.connector:
        return "no connector"
    if transfer.source_environment is None:
        return "no environment known, so no DLP policy can be applied"
    return None


def _dataset(transfer: Transfer, tenant: Tenant) -> str | None:
    return "not mapped to a dataset (config stores)" if transfer.dataset is None else None


REQUIREMENTS: dict[str, Callable[[Transfer, Tenant], str | None]] = {
    PERSONAL_OUTSIDE_GEO.id: _destination,
    WEAK_TLS.id: _tls,
    UNTRUSTED_DESTINATION.id: _address,
    BLOCKED_CONNECTOR.id: _connector,
    GROUP_MIX.id: _connector,
    PERSONAL_EXPORTED.id: _dataset,
    PERSONAL_REPLICATED.id: _destination,
}
"""What each rule needs of a transfer before it can be judged, as the reason it cannot.
The residency rules share one entry (`personal-data-outside-geo` stands for the three)."""


def not_judgeable(transfer: Transfer, tenant: Tenant,
                  rules: Iterable[str]) -> list[tuple[str, str]]:
    """(rule, reason) for each of `rules` the transfer lacks the facts for."""
    found = []
    for rule in rules:
        reason = REQUIREMENTS[rule](transfer, tenant)
        if reason:
            found.append((rule, reason))
    return found

"""The audit rules: plain functions from facts to findings.

Each rule looks at one subject (a transfer with a summary of the data it moved, a
dataset stored in a region, or a flow's connectors) and returns findings. No Beam,
no I/O: tests call these directly with hand-made values.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.tenant.dlp import ConnectorGroup, normalise_connector_id
from pipelines.tenant.model import Tenant

PERSONAL_OUTSIDE_GEO = "personal-data-outside-geo"
CUSTOMER_OUTSIDE_GEO = "customer-data-outside-geo"
UNCLASSIFIED_OUTSIDE_GEO = "unclassified-data-outside-geo"
BLOCKED_CONNECTOR = "blocked-connector"
BLOCKED_ACTION = "blocked-connector-action"
BLOCKED_ENDPOINT = "blocked-endpoint"
GROUP_MIX = "connector-group-mix"
WEAK_TLS = "weak-tls"
UNTRUSTED_DESTINATION = "untrusted-destination"

RULES = {
    PERSONAL_OUTSIDE_GEO: "high",
    CUSTOMER_OUTSIDE_GEO: "info",
    UNCLASSIFIED_OUTSIDE_GEO: "medium",
    BLOCKED_CONNECTOR: "high with personal data, else medium",
    BLOCKED_ACTION: "high with personal data, else medium",
    BLOCKED_ENDPOINT: "high with personal data, else medium",
    GROUP_MIX: "high with personal data, else medium",
    WEAK_TLS: "high",
    UNTRUSTED_DESTINATION: "medium",
}

FINDING_FIELDS = (
    "finding_id", "rule", "severity", "subject", "message",
    "transfer_id", "timestamp", "source_environment", "source_region",
    "destination_environment", "destination_region", "dataset", "region", "operation",
    "connector", "action", "endpoint", "flow_id", "tls_version", "destination_ip",
    "source_geo", "destination_geo", "records", "personal_records", "unclassified_records",
    "sample_record_ids", "entity_types", "policy", "suppressed", "suppression_reason",
)
"""Every finding has every field (None where it does not apply): one schema for all.
`suppressed` / `suppression_reason` are set from a baseline after judging
(pipelines/runs/baseline.py); a rule never sets them."""


def _details(summary: DataSummary, **fields) -> dict:
    out = {name: None for name in FINDING_FIELDS[5:]}
    out.update(
        records=summary.records,
        personal_records=summary.personal_records,
        unclassified_records=summary.unclassified_records,
        sample_record_ids=list(summary.sample_record_ids),
        entity_types=dict(summary.entity_counts),
    )
    out.update(fields)
    return out


def _transfer_details(transfer: Transfer, summary: DataSummary, **extra) -> dict:
    return _details(
        summary,
        **transfer.subject_fields(),
        source_geo=transfer.source_geo,
        destination_geo=transfer.destination_geo,
        **extra,
    )


def _dlp_severity(summary: DataSummary) -> str:
    return "high" if summary.personal_records else "medium"


def _where(geo: str | None, region: str | None) -> str:
    if geo and region:
        return f"{geo} ({region})"
    return geo or region or "an unknown place"


# --- residency -------------------------------------------------------------------------

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


def residency_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    if not leaves_geo(transfer, tenant):
        return []
    where = (
        f"from {_where(transfer.source_geo, transfer.source_region)} to "
        f"{_where(transfer.destination_geo, transfer.destination_region)}"
    )
    how = f" by {transfer.operation}" if transfer.operation else ""
    details = _transfer_details(transfer, moved)
    findings = []
    if moved.personal_records:
        findings.append(Finding(
            PERSONAL_OUTSIDE_GEO, "high", transfer.transfer_id,
            f"{moved.personal_records} of {moved.records} records holding personal data moved "
            f"{where}{how}; personal data must stay in its geo",
            details,
        ))
    if moved.unclassified_records or moved.records == 0:
        count = moved.unclassified_records
        findings.append(Finding(
            UNCLASSIFIED_OUTSIDE_GEO, "medium", transfer.transfer_id,
            f"{count} of {moved.records} moved records are not in the records input, so nobody "
            f"can tell whether they are personal; data moved {where}{how}"
            if moved.records else
            f"the moved dataset has no records in the records input; data moved {where}{how}",
            details,
        ))
    if not findings:
        findings.append(Finding(
            CUSTOMER_OUTSIDE_GEO, "info", transfer.transfer_id,
            f"{moved.records} records of customer data (no personal data found) moved "
            f"{where}{how}; "
            "permitted replication, shown for visibility",
            details,
        ))
    return findings


def at_rest_findings(
    dataset: str, region: str, home_geo: str, stored: DataSummary, tenant: Tenant
) -> list[Finding]:
    """Records of `dataset` whose home is `home_geo` stored in `region`."""
    if tenant.allows(home_geo, region):
        return []
    subject = f"{dataset}@{region}"
    details = _details(stored, dataset=dataset, region=region, source_geo=home_geo,
                       destination_geo=tenant.region_geo(region))
    if stored.personal_records:
        return [Finding(
            PERSONAL_OUTSIDE_GEO, "high", subject,
            f"{stored.personal_records} of {stored.records} records of {dataset} holding personal "
            f"data are stored in {region}, outside their home geo {home_geo}",
            details,
        )]
    return [Finding(
        CUSTOMER_OUTSIDE_GEO, "info", subject,
        f"{stored.records} records of {dataset} (no personal data found) are stored in {region}, "
        f"outside their home geo {home_geo}",
        details,
    )]


# --- transit ---------------------------------------------------------------------------

def tls_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    if transfer.tls_version is None or not tenant.tls_below_minimum(transfer.tls_version):
        return []
    shown = "SSL 3" if transfer.tls_version == "0.3" else f"TLS {transfer.tls_version}"
    return [Finding(
        WEAK_TLS, "high", transfer.transfer_id,
        f"data sent over {shown}; the minimum is TLS {tenant.min_tls}",
        _transfer_details(transfer, moved),
    )]


# --- DLP -------------------------------------------------------------------------------

def _names(policies: Iterable) -> str:
    return ", ".join(sorted(policy.display_name or policy.name for policy in policies))


def dlp_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    if not transfer.connector:
        return []
    policies = tenant.policies
    env = transfer.source_environment
    findings = []
    blocking = policies.blocking_policies(env, transfer.connector, transfer.endpoint)
    if blocking:
        findings.append(Finding(
            BLOCKED_CONNECTOR, _dlp_severity(moved), transfer.transfer_id,
            f"connector {transfer.connector} is blocked by DLP policy {_names(blocking)}"
            + (" and carried personal data" if moved.personal_records else ""),
            _transfer_details(transfer, moved, policy=_names(blocking)),
        ))
    if transfer.action:
        denying = policies.action_blocking_policies(env, transfer.connector, transfer.action)
        if denying:
            findings.append(Finding(
                BLOCKED_ACTION, _dlp_severity(moved), transfer.transfer_id,
                f"action {transfer.action} of connector {transfer.connector} is blocked by DLP "
                f"policy {_names(denying)}",
                _transfer_details(transfer, moved, policy=_names(denying)),
            ))
    if transfer.endpoint:
        denying = policies.endpoint_denying_policies(env, transfer.connector, transfer.endpoint)
        if denying:
            findings.append(Finding(
                BLOCKED_ENDPOINT, _dlp_severity(moved), transfer.transfer_id,
                f"connector {transfer.connector} reached an endpoint denied by DLP policy "
                f"{_names(denying)}",
                _transfer_details(transfer, moved, policy=_names(denying)),
            ))
    return findings


@dataclass(frozen=True)
class FlowUse:
    """One connector used by a flow in one environment, and whether personal data went.

    ``endpoint`` lets custom-connector URL patterns classify an unlisted connector, as
    they do for ``blocked-connector``.
    """

    connector: str
    environment: str | None
    personal: bool
    transfer_id: str
    endpoint: str | None = None


def _mix_group(policy, use: FlowUse, unblockable: frozenset[str]) -> ConnectorGroup:
    """The connector's group under ``policy`` for the group-mix rule. Power Platform keeps
    connectors that cannot be blocked out of the Blocked group (they stay Non-business),
    so a Blocked default does not hide them from the mix."""
    group = policy.effective_group(use.connector, use.endpoint)
    if group is ConnectorGroup.BLOCKED and normalise_connector_id(use.connector) in unblockable:
        return ConnectorGroup.NON_BUSINESS
    return group


def group_mix_findings(flow_id: str, uses: Iterable[FlowUse], tenant: Tenant) -> list[Finding]:
    """A flow may not join Business and Non-business connectors: judged per policy, each
    policy over the flow's transfers from environments it governs."""
    uses = sorted(set(uses), key=lambda u: (u.transfer_id, u.connector, str(u.environment),
                                            str(u.endpoint)))
    unblockable = tenant.policies.unblockable
    policies = {}
    for use in uses:
        for policy in tenant.policies.applicable(use.environment):
            policies.setdefault((policy.name, policy.source), policy)
    findings = []
    for key in sorted(policies):
        policy = policies[key]
        covered = [u for u in uses if policy.applies_to(u.environment)]
        groups: dict[str, set[ConnectorGroup]] = {}
        for use in covered:
            groups.setdefault(normalise_connector_id(use.connector), set()).add(
                _mix_group(policy, use, unblockable))
        business = sorted(c for c, g in groups.items() if ConnectorGroup.BUSINESS in g)
        non_business = sorted(c for c, g in groups.items() if ConnectorGroup.NON_BUSINESS in g)
        if not (business and non_business):
            continue
        personal = any(u.personal for u in covered)
        transfers = sorted({u.transfer_id for u in covered})
        label = policy.display_name or policy.name
        summary = DataSummary()
        details = _details(summary, flow_id=flow_id, policy=label,
                           source_environment=_single({u.environment for u in covered}))
        details.update(records=None, personal_records=None, unclassified_records=None,
                       sample_record_ids=transfers[:10], entity_types={})
        findings.append(Finding(
            GROUP_MIX, "high" if personal else "medium", f"{flow_id}@{label}",
            f"flow uses Business connectors ({', '.join(business)}) and Non-business connectors "
            f"({', '.join(non_business)}) under DLP policy {label} in {len(transfers)} transfers"
            + ("; personal data was moved" if personal else ""),
            details,
        ))
    return findings



def _single(values: set) -> str | None:
    values.discard(None)
    return next(iter(values)) if len(values) == 1 else None


def judge_transfer(transfer: Transfer, moved: DataSummary, tenant: Tenant,
                   service_tags=None) -> list[Finding]:
    """Every per-transfer rule; at most one finding per rule."""
    findings = residency_findings(transfer, moved, tenant)
    findings += dlp_findings(transfer, moved, tenant)
    findings += tls_findings(transfer, moved, tenant)
    findings += destination_findings(transfer, moved, tenant, service_tags)
    return findings


def destination_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant,
                         service_tags) -> list[Finding]:
    """An address in none of the allowed Azure service tags is not trusted."""
    if service_tags is None or not transfer.destination_ip or not tenant.allowed_service_tags:
        return []
    if service_tags.allowed(transfer.destination_ip, tenant.allowed_service_tags):
        return []
    return [Finding(
        UNTRUSTED_DESTINATION, "medium", transfer.transfer_id,
        f"destination address is in none of the allowed service tags "
        f"({', '.join(tenant.allowed_service_tags)})",
        _transfer_details(transfer, moved),
    )]

"""DLP: connectors, connector actions and endpoints a policy blocks, and flows that
join Business and Non-business connectors under one policy."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from pipelines.core.model import DataSummary, Finding, Transfer
from pipelines.core.rules.common import details, presumption, transfer_details
from pipelines.core.rules.registry import (
    BLOCKED_ACTION,
    BLOCKED_CONNECTOR,
    BLOCKED_ENDPOINT,
    GROUP_MIX,
    Rule,
)
from pipelines.tenant.dlp import ConnectorGroup, DlpPolicy, PolicySet, normalise_connector_id
from pipelines.tenant.model import Tenant


def _names(policies: Iterable[DlpPolicy]) -> str:
    return ", ".join(sorted(policy.label for policy in policies))


def _questions(transfer: Transfer, policies: PolicySet, moved: DataSummary
               ) -> Iterator[tuple[Rule, tuple[DlpPolicy, ...], Callable[[str], str]]]:
    """(rule, the policies that deny the transfer under it, the message given the
    policies' names) for each DLP question the transfer's fields let us ask. Messages
    are built by functions, never by `str.format` over text that holds input values."""
    env, connector, action = transfer.source_environment, transfer.connector, transfer.action
    carried = " and carried personal data" if moved.personal_records else ""
    note = presumption(moved)
    yield (BLOCKED_CONNECTOR, policies.blocking_policies(env, connector, transfer.endpoint),
           lambda names: f"connector {connector} is blocked by DLP policy {names}{carried}{note}")
    if action:
        yield (BLOCKED_ACTION, policies.action_blocking_policies(env, connector, action),
               lambda names: f"action {action} of connector {connector} is blocked by DLP "
                             f"policy {names}{note}")
    if transfer.endpoint:
        yield (BLOCKED_ENDPOINT,
               policies.endpoint_denying_policies(env, connector, transfer.endpoint),
               lambda names: f"connector {connector} reached an endpoint denied by DLP policy "
                             f"{names}{note}")


def transfer_findings(transfer: Transfer, moved: DataSummary, tenant: Tenant) -> list[Finding]:
    if not transfer.connector:
        return []
    findings = []
    for rule, denying, message in _questions(transfer, tenant.policies, moved):
        if denying:
            names = _names(denying)
            findings.append(rule.finding(
                transfer.transfer_id, message(names),
                transfer_details(transfer, moved, policy=names),
                personal=moved.personal_records > 0,
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


def _mix_group(policy: DlpPolicy, use: FlowUse, unblockable: frozenset[str]) -> ConnectorGroup:
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
        label = policy.label
        facts = details(DataSummary(), flow_id=flow_id, policy=label,
                        source_environment=_single({u.environment for u in covered}))
        facts.update(records=None, personal_records=None, unclassified_records=None,
                     sample_record_ids=transfers[:10], entity_types={})
        findings.append(GROUP_MIX.finding(
            f"{flow_id}@{label}",
            f"flow uses Business connectors ({', '.join(business)}) and Non-business connectors "
            f"({', '.join(non_business)}) under DLP policy {label} in {len(transfers)} transfers"
            + ("; personal data was moved" if personal else ""),
            facts,
            personal=personal,
        ))
    return findings


def _single(values: set) -> str | None:
    values.discard(None)
    return next(iter(values)) if len(values) == 1 else None

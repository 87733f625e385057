"""Network logs: NSG flow logs (version 1 and 2) and VNet flow logs, as Network Watcher
writes them (`PT1H.json`: `{"records": [...]}`), and Azure Firewall `AZFWNetworkRule`
rows (Log Analytics CSV or JSON).

What a row feeds: the destination address of each allowed outbound flow, for
`untrusted-destination`. Only allowed flows are data that left (a denied flow moved
nothing), and only outbound ones have an outside destination. NSG flow tuples give epoch
seconds, VNet flow tuples epoch milliseconds. The flows of one source, destination, port
and protocol are one transfer however often they recur, so a conversation gives one
finding, with a stable id from night to night.

What it cannot tell: which data or dataset a flow carried, its TLS version, or the
region behind an address; a flow to a private address stays inside the network (or
goes through a VPN nobody can see) and cannot be matched to service tags.
"""

from __future__ import annotations

from pipelines.core.model import RawRow, SourceRow, Transfer
from pipelines.core.parse import RowError
from pipelines.core.rules.registry import UNTRUSTED_DESTINATION
from pipelines.sources.common import (
    address,
    digest,
    epoch,
    fields,
    is_public,
    source_row,
    text,
    timestamp,
)
from pipelines.tenant.model import Tenant

NAME = "network-logs"
DESCRIPTION = "NSG flow logs v1/v2, VNet flow logs (PT1H.json), Azure Firewall AZFWNetworkRule"
FEEDS = (UNTRUSTED_DESTINATION.id,)
NSG, VNET = "networksecuritygroupflowevent", "flowlogflowevent"
PROTOCOLS = {"t": "tcp", "u": "udp", "6": "tcp", "17": "udp", "1": "icmp"}


def matches(data: dict) -> bool:
    row = fields(data)
    category = str(row.get("category") or "").lower()
    if category in (NSG, VNET) or "flowrecords" in row:
        return True
    if str(row.get("type") or "").lower() == "azfwnetworkrule":
        return True
    return {"sourceip", "destinationip", "action"} <= set(row)


def row_key(data: dict) -> str | None:
    return "network:" + digest(data)


def _resource(row: dict) -> str:
    """The NSG, VNet or firewall name: the last segment of its resource id."""
    resource = text(row.get("targetresourceid") or row.get("resourceid")
                    or row.get("_resourceid")) or "-"
    return resource.rstrip("/").rsplit("/", 1)[-1].lower()


def _flow(row: RawRow, resource: str, when: str, source_ip: str | None, target: str | None,
          port: str | None, protocol: str | None, notes: list) -> Transfer | None:
    destination = address(target)
    if destination is None:
        notes.append((UNTRUSTED_DESTINATION.id, "no valid destination address"))
        return None
    if not is_public(destination):
        notes.append((UNTRUSTED_DESTINATION.id,
                      "private, internal or reserved destination address"))
        return None
    protocol = PROTOCOLS.get((protocol or "").lower(), (protocol or "-").lower())
    return Transfer(
        transfer_id=f"flow:{resource}:{source_ip or '-'}->{destination}:{port or '-'}/{protocol}",
        timestamp=when, source=row.source, position=row.position,
        operation=f"network flow {protocol}/{port or '-'}", endpoint=resource,
        destination_ip=destination, origin=NAME)


def _tuples(row: dict) -> list[tuple[str, str]]:
    """(rule, tuple text) of an NSG (properties.flows) or VNet (flowRecords.flows) record."""
    found = []
    properties = row.get("properties") if isinstance(row.get("properties"), dict) else {}
    for group in (properties.get("flows") or []):
        for flow in (group.get("flows") or []) if isinstance(group, dict) else []:
            for item in (flow.get("flowTuples") or []) if isinstance(flow, dict) else []:
                found.append((str(group.get("rule") or ""), str(item)))
    records = row.get("flowrecords") if isinstance(row.get("flowrecords"), dict) else {}
    for acl in (records.get("flows") or []):
        for group in (acl.get("flowGroups") or []) if isinstance(acl, dict) else []:
            for item in (group.get("flowTuples") or []) if isinstance(group, dict) else []:
                found.append((str(group.get("rule") or ""), str(item)))
    return found


def _flow_log(row: RawRow, data: dict, key: str) -> SourceRow:
    vnet = str(data.get("category") or "").lower() == VNET or "flowrecords" in data
    when = timestamp(data.get("time"), "time")
    resource = _resource(data)
    transfers: list[Transfer] = []
    notes: list[tuple[str, str]] = []
    tuples = _tuples(data)
    if not tuples:
        return source_row(row, NAME, key, when, "flow log record without flows")
    outbound = 0
    for _, item in tuples:
        parts = item.split(",")
        if len(parts) < 8:
            raise RowError("a flow tuple has fewer than 8 fields")
        stamp, source_ip, target, _, port, protocol, direction = parts[:7]
        allowed = parts[7].upper() != "D" if vnet else parts[7].upper() == "A"
        if direction.upper() != "O" or not allowed:
            continue  # inbound, or denied: no data left
        outbound += 1
        flow = _flow(row, resource, epoch(stamp, milliseconds=vnet), address(source_ip),
                     target, port, protocol, notes)
        if flow is not None:
            transfers.append(flow)
    what = "network flow record" if outbound else "network flow record (no allowed outbound flow)"
    return source_row(row, NAME, key, when, what, transfers, notes=notes)


def _firewall(row: RawRow, data: dict, key: str) -> SourceRow:
    when = timestamp(data.get("timegenerated") or data.get("time"), "TimeGenerated")
    action = (text(data.get("action")) or "").lower()
    if action not in ("allow", "allowed"):
        return source_row(row, NAME, key, when, "firewall rule hit (denied: no data left)")
    notes: list[tuple[str, str]] = []
    flow = _flow(row, _resource(data), when, address(data.get("sourceip")),
                 data.get("destinationip"), text(data.get("destinationport")),
                 text(data.get("protocol")), notes)
    return source_row(row, NAME, key, when, "firewall network rule hit",
                      (flow,) if flow else (), notes=notes)


def parse(row: RawRow, tenant: Tenant) -> SourceRow:
    data = fields(row.data or {})
    key = row_key(row.data or {})
    category = str(data.get("category") or "").lower()
    if category in (NSG, VNET) or "flowrecords" in data:
        result = _flow_log(row, data, key)
    elif {"destinationip", "action"} <= set(data):
        result = _firewall(row, data, key)
    else:
        raise RowError("not a flow log record or an AZFWNetworkRule row")
    if not (tenant.service_tags_file and tenant.allowed_service_tags) and result.transfers:
        reason = (UNTRUSTED_DESTINATION.id, "no service-tag file and allowed tags configured")
        return source_row(row, NAME, key, result.timestamp, result.what, result.transfers,
                          notes=(*result.notes, reason), facts=result.facts)
    return result

"""What the source adapters share: reading a native row's fields whatever their spelling,
times in the forms Microsoft writes them, addresses with ports, and stable keys.

Microsoft writes one field several ways: `operationName` in a resource log,
`OperationName` in Log Analytics, `OperationName [UTC]`-style headers in a portal CSV
export. Adapters read rows through `fields`, which ignores case and such suffixes.
"""

from __future__ import annotations

import hashlib
import ipaddress
import json
import re
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime

from pipelines.core.model import RawRow, SourceRow, Transfer
from pipelines.core.parse import RowError, parse_timestamp
from pipelines.core.rules import not_judgeable
from pipelines.tenant.geo import normalise_region
from pipelines.tenant.model import Tenant

_SUFFIX = re.compile(r"\s*\[[^\]]*\]\s*$")  # "TimeGenerated [UTC]" -> "TimeGenerated"
_PORTAL_TIME = re.compile(
    r"^\s*(\d{1,2})/(\d{1,2})/(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.(\d{1,7}))?)?"
    r"\s*([AaPp][Mm])\s*$")


def fields(data: Mapping | None) -> dict:
    """A row's fields keyed by lower-case name without a `[UTC]`-style suffix."""
    if not isinstance(data, Mapping):
        return {}
    return {_SUFFIX.sub("", str(key)).strip().lower(): value for key, value in data.items()}


def text(value: object) -> str | None:
    """A field as stripped text; None for absent or empty (CSV writes empty cells)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


def nested(value: object):
    """A dynamic column: an object already (JSON), or JSON text (a CSV cell)."""
    if isinstance(value, str):
        try:
            return json.loads(value)
        except ValueError:
            raise RowError("a JSON column is not valid JSON") from None
    return value


def timestamp(value: object, name: str = "time") -> str:
    """ISO 8601, or the Azure portal's Log Analytics export form '8/23/2023, 2:00:00.000 PM'
    (always month/day, always UTC), as UTC ISO text."""
    raw = text(value)
    if raw is None:
        raise RowError(f"missing '{name}'")
    match = _PORTAL_TIME.match(raw)
    if match:
        month, day, year, hour, minute, second, fraction, half = match.groups()
        hour = int(hour) % 12 + (12 if half.lower() == "pm" else 0)
        try:
            moment = datetime(int(year), int(month), int(day), hour, int(minute),
                              int(second or 0), int((fraction or "0").ljust(6, "0")[:6]),
                              tzinfo=UTC)
        except ValueError:
            raise RowError(f"'{name}' is not a valid date-time") from None
        return moment.isoformat().replace("+00:00", "Z")
    try:
        return parse_timestamp(raw)
    except RowError:
        raise RowError(f"'{name}' is not an ISO 8601 or Log Analytics date-time") from None


def epoch(value: str, milliseconds: bool) -> str:
    """A flow tuple's time: epoch seconds (NSG) or milliseconds (VNet), as UTC ISO text."""
    try:
        number = int(value)
        moment = datetime.fromtimestamp(number / 1000 if milliseconds else number, tz=UTC)
    except (ValueError, OverflowError, OSError):
        raise RowError("flow tuple time is not an epoch number") from None
    return moment.isoformat().replace("+00:00", "Z")


def address(value: object) -> str | None:
    """An IP address without its port ('192.168.0.1:11111', '[2001:db8::1]:443'), or None
    when the field holds no address."""
    raw = text(value)
    if raw is None:
        return None
    candidates = [raw]
    if raw.startswith("[") and "]" in raw:
        candidates.insert(0, raw[1:raw.index("]")])
    elif raw.count(":") == 1:
        candidates.insert(0, raw.split(":", 1)[0])
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None


def is_public(ip: str) -> bool:
    """A globally routable address: data sent there left the network."""
    parsed = ipaddress.ip_address(ip)
    if isinstance(parsed, ipaddress.IPv6Address) and parsed.ipv4_mapped:
        parsed = parsed.ipv4_mapped
    return parsed.is_global


def known_region(tenant: Tenant, value: object) -> str | None:
    """The ARM name of a region the catalogue knows, or None ('Japan East' -> japaneast)."""
    raw = text(value)
    if raw is None:
        return None
    region = normalise_region(raw)
    return region if tenant.catalogue.knows_region(region) else None


def digest(value: object) -> str:
    """A stable short hash of a row's content, for rows that carry no id of their own."""
    canonical = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:20]


def source_row(row: RawRow, origin: str, key: str, when: str | None, what: str,
               transfers: Iterable[Transfer] = (), tenant: Tenant | None = None,
               feeds: Iterable[str] = (), notes: Iterable[tuple[str, str]] = (),
               facts: Iterable[tuple[str, ...]] = (),
               key_name: str = "record id") -> SourceRow:
    """A SourceRow whose notes are the rows's own plus, for each of its transfers, the
    rules of `feeds` the transfer lacks the facts for; each (rule, reason) once per row."""
    transfers = tuple(transfers)
    found = dict.fromkeys(notes)
    if tenant is not None:
        for transfer in transfers:
            found.update(dict.fromkeys(not_judgeable(transfer, tenant, feeds)))
    return SourceRow(key=key, origin=origin, source=row.source, position=row.position,
                     timestamp=when, what=what, transfers=transfers,
                     notes=tuple(sorted(found)), facts=tuple(facts), key_name=key_name)

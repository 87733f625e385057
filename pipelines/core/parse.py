"""Validate raw rows into typed records and transfers, or reject them with a reason.

Reasons name the column and say what was expected; they never quote the value, which
may be personal data.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from collections.abc import Callable
from datetime import UTC, datetime
from typing import TypeVar

from pipelines.core.model import RECORDS, RawRow, Record, Rejection, Transfer
from pipelines.tenant.dlp import normalise_connector_id
from pipelines.tenant.geo import normalise_region
from pipelines.tenant.model import Tenant

RECORD_RESERVED = ("record_id", "dataset", "environment", "region")
MAX_FIELD_DEPTH = 64
_TLS = re.compile(r"^\s*(?:(tls|ssl)\s*v?\s*)?(\d)(?:\.(\d))?\s*$", re.IGNORECASE)


T = TypeVar("T")


class RowError(ValueError):
    """A row that cannot be used; the message is the reject reason."""


def parse_row(row: RawRow, tenant: Tenant) -> Record | Transfer | Rejection:
    """Never raises: every row becomes a typed value or a rejection."""
    parse = parse_record if row.kind == RECORDS else parse_transfer
    return fail_closed(row, lambda: parse(row, tenant), "row could not be parsed")


def fail_closed(row: RawRow, parse: Callable[[], T], failure: str) -> T | Rejection:
    """`parse()`'s value, or the row rejected with the reason: an unreadable row, a
    RowError's message, too deep a nesting, or `failure` and the error's type for a bug
    (a parser bug costs one row, never the run)."""
    if row.data is None:
        return reject(row, row.error or "unreadable row")
    try:
        return parse()
    except RowError as error:
        return reject(row, str(error))
    except RecursionError:
        return reject(row, "nested too deeply")
    except Exception as error:  # noqa: BLE001 - fail closed
        return reject(row, f"{failure} ({type(error).__name__})")


def row_key(row: RawRow) -> tuple[str, str] | str | None:
    """The key the row will have once parsed ((dataset, record_id) or transfer_id), or
    None if it has none. A row that cannot be decoded is known by the key columns the
    reader could still read (`RawRow.ids`). Read tasks own rows by it."""
    data = row.data if row.data is not None else row.ids
    if data is None:
        return None
    try:
        if row.kind == RECORDS:
            return _text(data, "dataset", True), _text(data, "record_id", True)
        return _text(data, "transfer_id", True)
    except Exception:  # noqa: BLE001 - no usable key: parse_row will say why
        return None


def reject(row: RawRow, reason: str) -> Rejection:
    """A rejected record keeps its key when it has one: it was present (core/copies.py)."""
    key = row_key(row) if row.kind == RECORDS else None
    return Rejection(row.kind, row.source, row.position, reason, row.preview, key)


def _text(data: dict, name: str, required: bool = False) -> str | None:
    value = data.get(name)
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            raise RowError(f"missing required column '{name}'")
        return None
    if not isinstance(value, str):
        raise RowError(f"column '{name}' must be text, got {_type_name(value)}")
    value = value.strip()
    if _has_control(value):
        raise RowError(f"column '{name}' contains control or bidirectional-override characters")
    return value


def _has_control(value: str) -> bool:
    """Identifiers end up in findings and the report; a bidi override (U+202E) or other
    format/control character there could make one id display as another."""
    return any(unicodedata.category(char) in ("Cc", "Cf") for char in value)


def _type_name(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list | tuple):
        return "a list"
    if isinstance(value, dict):
        return "an object"
    if isinstance(value, str):
        return "a string"
    return type(value).__name__


def _environment(
    tenant: Tenant, data: dict, name: str
) -> tuple[str | None, str | None, str | None]:
    """(environment id, its region, its geo) or Nones; unknown ids are rejected."""
    value = _text(data, name)
    if value is None:
        return None, None, None
    env = tenant.environment(value)
    if env is None:
        raise RowError(f"unknown environment in '{name}' (not in the configuration)")
    return env.id, env.region, env.geo


def _region(tenant: Tenant, data: dict, name: str) -> str | None:
    value = _text(data, name)
    if value is None:
        return None
    region = normalise_region(value)
    if not tenant.catalogue.knows_region(region):
        raise RowError(f"unknown region in '{name}' (not in the geo catalogue)")
    return region


def parse_record(row: RawRow, tenant: Tenant) -> Record:
    data = row.data or {}
    record_id = _text(data, "record_id", required=True)
    dataset = _text(data, "dataset", required=True)
    environment, env_region, env_geo = _environment(tenant, data, "environment")
    region = _region(tenant, data, "region")
    if environment is None and region is None:
        raise RowError("needs 'environment' or 'region' to know where the record lives")
    home_geo = env_geo or tenant.region_geo(region)
    stored_in = region or env_region
    outside = stored_in is not None and not tenant.allows(home_geo, stored_in)
    content = {k: v for k, v in data.items() if k not in RECORD_RESERVED}
    return Record(
        dataset=dataset,
        record_id=record_id,
        environment=environment,
        region=stored_in,
        home_geo=home_geo,
        outside_geo=outside,
        fields=tuple(flatten(content)),
        source=row.source,
        position=row.position,
    )


def flatten(value: object, prefix: str = "", depth: int = 0) -> list[tuple[str, str]]:
    """Nested objects become dotted names; lists of scalars are joined with '; '."""
    if depth > MAX_FIELD_DEPTH:
        raise RowError(f"content nested deeper than {MAX_FIELD_DEPTH} levels")
    if isinstance(value, dict):
        out: list[tuple[str, str]] = []
        for key in sorted(value, key=str):
            name = f"{prefix}.{key}" if prefix else str(key)
            out.extend(flatten(value[key], name, depth + 1))
        return out
    if isinstance(value, list | tuple):
        if all(not isinstance(item, dict | list | tuple) for item in value):
            text = "; ".join(_scalar(item) for item in value if item is not None)
            return [(prefix, text)] if text.strip() else []
        out = []
        for index, item in enumerate(value):
            out.extend(flatten(item, f"{prefix}.{index}", depth + 1))
        return out
    if value is None:
        return []
    text = _scalar(value)
    return [(prefix, text)] if text.strip() else []


def _scalar(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def parse_timestamp(value: str) -> str:
    """ISO 8601 only; a time without a zone is read as UTC. Returns UTC ISO text."""
    text = value.strip()
    if not re.match(r"^\d{4}-\d{2}-\d{2}", text):
        raise RowError("'timestamp' is not an ISO 8601 date-time (expected YYYY-MM-DDThh:mm:ssZ)")
    try:
        moment = datetime.fromisoformat(text.replace("z", "Z"))
    except ValueError:
        raise RowError("'timestamp' is not a valid ISO 8601 date-time") from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        moment = moment.astimezone(UTC)
    except OverflowError:  # e.g. 9999-12-31T23:00:00-05:00 is past year 9999 in UTC
        raise RowError("'timestamp' is out of range") from None
    return moment.isoformat().replace("+00:00", "Z")


def parse_tls(value: str) -> str:
    """'1.2', 'TLSv1.2', 'TLS 1.2', 'tls1_2' -> '1.2'; 'SSLv3' -> '0.3'."""
    match = _TLS.match(value.replace("_", "."))
    if not match:
        raise RowError("'tls_version' is not a TLS version (expected 1.0, 1.1, 1.2 or 1.3)")
    family, major, minor = match.group(1), match.group(2), match.group(3) or "0"
    version = f"0.{major}" if family and family.lower() == "ssl" else f"{major}.{minor}"
    if version not in ("0.2", "0.3", "1.0", "1.1", "1.2", "1.3"):
        raise RowError("'tls_version' is not a known TLS version (expected 1.0 to 1.3)")
    return version


def parse_record_ids(value: object, fmt: str) -> tuple[str, ...]:
    if isinstance(value, str) and fmt in ("csv", "parquet"):
        items = [item.strip() for item in value.split(";")]
    elif isinstance(value, list | tuple):
        if not all(isinstance(item, str) for item in value):
            raise RowError("'record_ids' must be a list of text ids")
        items = [item.strip() for item in value]
    else:
        raise RowError(f"'record_ids' must be a list, got {_type_name(value)}")
    if any(_has_control(item) for item in items):
        raise RowError("'record_ids' contains control or bidirectional-override characters")
    ids = tuple(dict.fromkeys(item for item in items if item))
    if not ids:
        raise RowError("'record_ids' is empty")
    return ids


def parse_transfer(row: RawRow, tenant: Tenant) -> Transfer:
    data = row.data or {}
    transfer_id = _text(data, "transfer_id", required=True)
    timestamp = parse_timestamp(_text(data, "timestamp", required=True))
    src_env, src_env_region, src_env_geo = _environment(tenant, data, "source_environment")
    src_region = _region(tenant, data, "source_region")
    if src_env is None and src_region is None:
        raise RowError("needs 'source_environment' or 'source_region'")
    dst_env, dst_env_region, dst_env_geo = _environment(tenant, data, "destination_environment")
    dst_region = _region(tenant, data, "destination_region") or dst_env_region
    dst_geo = dst_env_geo or (tenant.region_geo(dst_region) if dst_region else None)
    dataset = _text(data, "dataset")
    record_ids = None
    if data.get("record_ids") not in (None, "", []):
        record_ids = parse_record_ids(data["record_ids"], row.fmt)
        if dataset is None:
            raise RowError("'record_ids' needs a 'dataset' (ids are keys within a dataset)")
    if dataset is None:
        raise RowError("needs 'record_ids' with 'dataset', or a 'dataset'")
    tls = _text(data, "tls_version")
    ip = _text(data, "destination_ip")
    if ip is not None:
        try:
            ip = str(ipaddress.ip_address(ip))
        except ValueError:
            raise RowError("'destination_ip' is not a valid IPv4 or IPv6 address") from None
    connector = _text(data, "connector")
    return Transfer(
        transfer_id=transfer_id,
        timestamp=timestamp,
        source=row.source,
        position=row.position,
        source_environment=src_env,
        source_region=src_region or src_env_region,
        source_geo=src_env_geo or tenant.region_geo(src_region),
        destination_environment=dst_env,
        destination_region=dst_region,
        destination_geo=dst_geo,
        dataset=dataset,
        record_ids=record_ids,
        operation=_text(data, "operation"),
        connector=normalise_connector_id(connector) if connector else None,
        action=_text(data, "action"),
        endpoint=_text(data, "endpoint"),
        flow_id=_text(data, "flow_id"),
        tls_version=parse_tls(tls) if tls else None,
        destination_ip=ip,
    )

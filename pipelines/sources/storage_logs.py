"""Azure Storage resource logs: the JSON lines a diagnostic setting archives
(`insights-logs-storageread/.../PT1H.json`: `time`, `category`, `operationName`,
`callerIpAddress`, `location`, `properties.accountName`, `properties.tlsVersion`,
`properties.objectKey`) and Log Analytics exports of `StorageBlobLogs` (CSV or JSON:
`TimeGenerated`, `AccountName`, `Location`, `CallerIpAddress`, `TlsVersion`, `ObjectKey`).

What a row feeds: `TlsVersion` feeds `weak-tls`; the caller of a read is where the data
went, for `untrusted-destination`; a write puts the dataset's data in the account's
`Location`, for the residency rules. Which dataset a blob holds comes from the config's
`stores` (account, container, prefix).

What it cannot tell: the caller's region (an address, not a place), who the caller is,
and anything about a request that failed (no data moved); a caller on a private address
(a private endpoint, a VNet) cannot be matched to service tags.
"""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

from pipelines.core.model import RawRow, SourceRow, Transfer
from pipelines.core.parse import RowError, parse_tls
from pipelines.core.rules.registry import PERSONAL_OUTSIDE_GEO, UNTRUSTED_DESTINATION, WEAK_TLS
from pipelines.sources.common import (
    address,
    digest,
    fields,
    is_public,
    known_region,
    source_row,
    text,
    timestamp,
)
from pipelines.tenant.model import Tenant
from pipelines.tenant.stores import blob_datasets

NAME = "storage-logs"
DESCRIPTION = "Azure Storage resource logs (diagnostic-setting JSON lines, StorageBlobLogs)"
READ_FEEDS = (WEAK_TLS.id, UNTRUSTED_DESTINATION.id)
WRITE_FEEDS = (WEAK_TLS.id, PERSONAL_OUTSIDE_GEO.id)
FEEDS = (WEAK_TLS.id, UNTRUSTED_DESTINATION.id, PERSONAL_OUTSIDE_GEO.id)
CATEGORIES = {"storageread": "read", "storagewrite": "write", "storagedelete": "delete"}
TABLES = frozenset({"storagebloblogs", "storagefilelogs", "storagequeuelogs", "storagetablelogs"})


def _row(data: dict) -> dict:
    """One flat view of both shapes: the resource log's `properties` merged in."""
    row = fields(data)
    inner = row.get("properties")
    if isinstance(inner, dict):
        for name, value in fields(inner).items():
            row.setdefault(name, value)
    return row


def matches(data: dict) -> bool:
    row = _row(data)
    if str(row.get("type") or "").lower() in TABLES:
        return True
    category = str(row.get("category") or "").lower()
    return category in CATEGORIES and ("accountname" in row or "resourceid" in row)


def row_key(data: dict) -> str | None:
    return "storage:" + digest(data)


def _blob(row: dict, account: str) -> tuple[str | None, str | None]:
    """(container, blob name) from `ObjectKey` ('/account/container/blob') or the URI."""
    key = text(row.get("objectkey"))
    if key:
        parts = unquote(key.strip('"')).lstrip("/").split("/", 2)
        if len(parts) >= 2 and parts[0].lower() == account.lower():
            return parts[1], parts[2] if len(parts) > 2 else ""
    uri = text(row.get("uri")) or text(row.get("requesturl"))
    if uri:
        path = unquote(urlsplit(uri).path).lstrip("/").split("/", 1)
        if path and path[0]:
            return path[0], path[1] if len(path) > 1 else ""
    return None, None


def _status_ok(row: dict) -> bool:
    status = text(row.get("statuscode"))
    return status is None or not status.isdigit() or int(status) < 400


def parse(row: RawRow, tenant: Tenant) -> SourceRow:
    data = _row(row.data or {})
    key = row_key(row.data or {})
    category = str(data.get("category") or "").lower()
    kind = CATEGORIES.get(category)
    if kind is None:
        raise RowError("not a Storage resource log: 'category' is not StorageRead, "
                       "StorageWrite or StorageDelete")
    when = timestamp(data.get("time") or data.get("timegenerated"), "time")
    account = text(data.get("accountname"))
    if account is None:
        resource = text(data.get("resourceid") or data.get("_resourceid")) or ""
        parts = resource.lower().split("/storageaccounts/")
        account = parts[1].split("/")[0] if len(parts) == 2 else None
    if account is None:
        raise RowError("missing 'accountName' (and no storage account in 'resourceId')")
    if kind == "delete":
        return source_row(row, NAME, key, when, "storage delete (no data moved)")
    if not _status_ok(data):
        return source_row(row, NAME, key, when, f"failed storage {kind} (no data moved)")
    operation = text(data.get("operationname"))
    container, blob = _blob(data, account)
    mappings = blob_datasets(tenant.stores, account, container, blob)
    dataset = mappings[0].dataset if len(mappings) == 1 else None
    home = tenant.environment(mappings[0].environment) \
        if len(mappings) == 1 and mappings[0].environment else None
    tls_text = text(data.get("tlsversion"))
    try:
        tls = parse_tls(tls_text) if tls_text else None
    except RowError:
        raise RowError("'TlsVersion' is not a TLS version") from None
    region = known_region(tenant, data.get("location"))
    notes = []
    if text(data.get("location")) and region is None:
        notes.append((PERSONAL_OUTSIDE_GEO.id, "the account's location is not in the geo "
                      "catalogue"))
    where = f"{account}/{container or '-'}"
    shown_tls = tls or "-"
    if kind == "read":
        caller = address(data.get("calleripaddress"))
        if caller is not None and not is_public(caller):
            notes.append((UNTRUSTED_DESTINATION.id, "private, internal or reserved caller address"))
            caller = None
        transfer = Transfer(
            transfer_id=f"storage-read:{where}:{caller or '-'}:tls{shown_tls}", timestamp=when,
            source=row.source, position=row.position, source_region=region,
            source_geo=tenant.region_geo(region) if region else None, dataset=dataset,
            operation=operation, endpoint=f"{account}.blob.core.windows.net",
            tls_version=tls, destination_ip=caller, origin=NAME)
        if caller is None and not any(n[0] == UNTRUSTED_DESTINATION.id for n in notes):
            notes.append((UNTRUSTED_DESTINATION.id, "no caller address"))
        feeds = (WEAK_TLS.id,)
        return source_row(row, NAME, key, when, "storage read", (transfer,), tenant, feeds,
                          notes)
    transfer = Transfer(
        transfer_id=f"storage-write:{where}:{region or '-'}:tls{shown_tls}", timestamp=when,
        source=row.source, position=row.position,
        source_environment=home.id if home else None, source_region=home.region if home else None,
        source_geo=home.geo if home else None, destination_region=region,
        destination_geo=tenant.region_geo(region) if region else None, dataset=dataset,
        operation=operation, endpoint=f"{account}.blob.core.windows.net", tls_version=tls,
        origin=NAME)
    if dataset is None:
        notes.append((PERSONAL_OUTSIDE_GEO.id, "blob not mapped to a dataset (config stores)"))
    return source_row(row, NAME, key, when, "storage write", (transfer,), tenant, WRITE_FEEDS,
                      notes)

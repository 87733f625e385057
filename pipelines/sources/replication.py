"""Where stores replicate: storage account inventories (`az storage account list` / `show`
JSON: `primaryLocation`, `secondaryLocation`, `sku`; the ARM REST shape with the same keys
under `properties`) and SQL geo-replication (`replicationLinks`: `partnerLocation`;
failover groups: `location` and `partnerServers[].location`).

What a row feeds: `personal-data-replicated-outside-geo`, one transfer per replica and
dataset the store holds (config `stores`), from the store's home to the replica's region.
The home is the environment of the store's mapping when it names one, else the primary
region's geo. A geo-redundant account whose inventory names no secondary region
replicates to its primary's Azure paired region (the built-in region catalogue).

What it cannot tell: which records the store holds (that comes from the records input
through `stores`), or when the replica was made; a SQL replication link does not say
where its own database is.
"""

from __future__ import annotations

from pipelines.core.model import REPLICA, RawRow, SourceRow, Transfer
from pipelines.core.parse import RowError
from pipelines.core.rules.registry import PERSONAL_REPLICATED
from pipelines.sources.common import digest, fields, known_region, source_row, text
from pipelines.tenant.model import Tenant
from pipelines.tenant.stores import StoreMapping, account_datasets, sql_datasets

NAME = "replication"
DESCRIPTION = ("store replication inventories: az storage account list/show, ARM storage "
               "accounts, SQL replication links and failover groups")
FEEDS = (PERSONAL_REPLICATED.id,)
GEO_REDUNDANT = ("GRS", "GZRS")  # Standard_GRS, Standard_RAGRS, Standard_GZRS, Standard_RAGZRS


def _kind(row: dict) -> str | None:
    kind = str(row.get("type") or "").lower()
    properties = fields(row.get("properties")) if isinstance(row.get("properties"), dict) else {}
    if kind == "microsoft.storage/storageaccounts" or "primarylocation" in row \
            or "primarylocation" in properties:
        return "storage"
    if kind.endswith("/failovergroups") or "partnerservers" in properties:
        return "failover"
    if kind.endswith("/replicationlinks") or "partnerlocation" in properties:
        return "link"
    return None


def matches(data: dict) -> bool:
    return _kind(fields(data)) is not None


def row_key(data: dict) -> str | None:
    row = fields(data)
    ident = text(row.get("id"))
    return ("store:" + ident.lower()) if ident else "store:" + digest(data)


def _segment(resource_id: str, name: str) -> str | None:
    """The name after `/<name>/` in an ARM id (servers, databases, storageAccounts)."""
    parts = resource_id.split("/")
    lowered = [p.lower() for p in parts]
    if name in lowered:
        index = lowered.index(name)
        if index + 1 < len(parts):
            return parts[index + 1]
    return None


def _replicas(row: RawRow, tenant: Tenant, key: str, store: str, home_region: str | None,
              replicas: list[str], how: str, mappings: tuple[StoreMapping, ...],
              notes: list[tuple[str, str]], what: str) -> SourceRow:
    transfers = []
    for replica in replicas:
        region = known_region(tenant, replica)
        if region is None:
            notes.append((PERSONAL_REPLICATED.id, "the replica's region is not in the geo "
                          "catalogue"))
            continue
        for mapping in mappings or (None,):
            environment = tenant.environment(mapping.environment) \
                if mapping and mapping.environment else None
            source_region = environment.region if environment else home_region
            source_geo = environment.geo if environment else (
                tenant.region_geo(home_region) if home_region else None)
            if source_geo is None:
                notes.append((PERSONAL_REPLICATED.id, "the store's own region is unknown "
                              "(name its environment in config stores)"))
                continue
            dataset = mapping.dataset if mapping else None
            transfers.append(Transfer(
                transfer_id=f"replica:{store}:{dataset or '-'}->{region}", timestamp=None,
                source=row.source, position=row.position,
                source_environment=environment.id if environment else None,
                source_region=source_region, source_geo=source_geo, destination_region=region,
                destination_geo=tenant.region_geo(region), dataset=dataset,
                operation=f"{how}", endpoint=store, origin=NAME, event=REPLICA))
    return source_row(row, NAME, key, None, what, transfers, tenant, FEEDS, notes)


def _storage(row: RawRow, tenant: Tenant, data: dict, key: str) -> SourceRow:
    properties = fields(data.get("properties")) if isinstance(data.get("properties"), dict) \
        else {}
    merged = {**properties, **{k: v for k, v in data.items() if v is not None}}
    name = text(merged.get("name")) or _segment(text(merged.get("id")) or "", "storageaccounts")
    if name is None:
        raise RowError("a storage account without 'name' or 'id'")
    sku = merged.get("sku")
    sku_name = text(sku.get("name")) if isinstance(sku, dict) else text(sku)
    primary = text(merged.get("primarylocation")) or text(merged.get("location"))
    primary_region = known_region(tenant, primary)
    secondary = text(merged.get("secondarylocation"))
    notes: list[tuple[str, str]] = []
    how = f"geo-replication of storage account {name} ({sku_name or 'sku unknown'})"
    if primary and primary_region is None:
        notes.append((PERSONAL_REPLICATED.id, "the store's primary region is not in the geo "
                      "catalogue"))
    if secondary is None:
        redundant = sku_name is not None and any(s in sku_name.upper() for s in GEO_REDUNDANT)
        if not redundant:
            what = "storage account without a geo-replica"
            if sku_name is None:
                notes.append((PERSONAL_REPLICATED.id, "neither a secondary region nor a sku"))
                what = "storage account (redundancy unknown)"
            return source_row(row, NAME, key, None, what, notes=notes)
        pairs = tenant.catalogue.pairs_of(primary_region) if primary_region else ()
        if not pairs:
            notes.append((PERSONAL_REPLICATED.id, "geo-redundant, but the primary region's "
                          "paired region is unknown"))
            return source_row(row, NAME, key, None, "geo-redundant storage account",
                              notes=notes)
        replicas = list(pairs)
    else:
        replicas = [secondary]
    mappings = account_datasets(tenant.stores, name)
    return _replicas(row, tenant, key, f"storage/{name.lower()}", primary_region, replicas,
                     how, mappings, notes, "geo-redundant storage account")


def _sql(row: RawRow, tenant: Tenant, data: dict, key: str, kind: str) -> SourceRow:
    properties = fields(data.get("properties")) if isinstance(data.get("properties"), dict) \
        else {}
    ident = text(data.get("id")) or ""
    server = _segment(ident, "servers")
    database = _segment(ident, "databases")
    if server is None:
        raise RowError("a SQL replication entry whose 'id' names no server")
    notes: list[tuple[str, str]] = []
    if kind == "failover":
        home = text(data.get("location"))
        partners = properties.get("partnerservers") or []
        replicas = [text(fields(p).get("location")) for p in partners if isinstance(p, dict)]
        how = f"failover group {text(data.get('name')) or '-'} of SQL server {server}"
        store = f"sql/{server.lower()}"
        database = None
    else:
        home = None  # a replication link names only its partner's location
        replicas = [text(properties.get("partnerlocation"))]
        how = (f"{text(properties.get('linktype')) or 'geo'} replication of SQL database "
               f"{database or '-'} on {server} ({text(properties.get('role')) or '-'})")
        store = f"sql/{server.lower()}/{(database or '-').lower()}"
    replicas = [r for r in replicas if r]
    if not replicas:
        notes.append((PERSONAL_REPLICATED.id, "no partner location"))
        return source_row(row, NAME, key, None, "SQL replication", notes=notes)
    mappings = sql_datasets(tenant.stores, server, database)
    return _replicas(row, tenant, key, store, known_region(tenant, home), replicas, how,
                     mappings, notes, "SQL geo-replication")


def parse(row: RawRow, tenant: Tenant) -> SourceRow:
    data = fields(row.data or {})
    key = row_key(row.data or {})
    kind = _kind(data)
    if kind == "storage":
        return _storage(row, tenant, data, key)
    if kind in ("failover", "link"):
        return _sql(row, tenant, data, key, kind)
    raise RowError("not a storage account or SQL replication entry")

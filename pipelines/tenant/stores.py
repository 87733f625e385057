"""Which dataset lives where: the config's `stores` mapping.

Microsoft's logs and inventories name storage accounts, blob paths, SQL servers and
Dataverse tables, never flowaudit's datasets; `stores` says which dataset each one holds,
so that a Storage read, a Dataverse export or a geo-replica can be judged on the records
of that dataset:

    stores:
      - {account: contosocrm, container: exports, prefix: contacts/, dataset: crm/contacts}
      - {server: contoso-sql, database: crm, dataset: crm/contacts, environment: contoso-prod}
      - {instance: contoso.crm4.dynamics.com, table: contact, dataset: crm/contacts}
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class StoreMapping:
    dataset: str
    account: str | None = None  # storage account
    container: str | None = None
    prefix: str = ""  # blob name prefix inside the container
    server: str | None = None  # SQL logical server
    database: str | None = None
    instance: str | None = None  # Dataverse instance host, e.g. contoso.crm4.dynamics.com
    table: str | None = None  # Dataverse table (entity) logical name
    environment: str | None = None  # the environment whose data it is (its home geo)


def _same(a: str | None, b: str | None) -> bool:
    return a is None or (b is not None and a.lower() == b.lower())


def blob_datasets(stores: Iterable[StoreMapping], account: str, container: str | None,
                  blob: str | None) -> tuple[StoreMapping, ...]:
    """Mappings for a blob: same account, the container if given, the longest prefix
    that matches (one dataset per blob)."""
    found = [s for s in stores if s.account and s.account.lower() == account.lower()
             and _same(s.container, container)
             and (blob or "").lower().startswith(s.prefix.lower())]
    if not found:
        return ()
    longest = max(len(s.prefix) + (s.container is not None) for s in found)
    return tuple(s for s in found if len(s.prefix) + (s.container is not None) == longest)


def account_datasets(stores: Iterable[StoreMapping], account: str) -> tuple[StoreMapping, ...]:
    """Every mapping of a storage account: a replica copies all of its containers."""
    return tuple(s for s in stores if s.account and s.account.lower() == account.lower())


def sql_datasets(stores: Iterable[StoreMapping], server: str,
                 database: str | None) -> tuple[StoreMapping, ...]:
    """Mappings of a SQL server (a failover group) or one of its databases."""
    return tuple(s for s in stores if s.server and s.server.lower() == server.lower()
                 and (database is None or _same(s.database, database)))


def table_datasets(stores: Iterable[StoreMapping], instance: str | None, environment: str | None,
                   table: str) -> tuple[StoreMapping, ...]:
    """Mappings of a Dataverse table, by instance host or environment."""
    return tuple(s for s in stores if s.table and s.table.lower() == table.lower()
                 and ((s.instance and instance and s.instance.lower() == instance.lower())
                      or (s.environment and environment
                          and s.environment.lower() == environment.lower())
                      or (s.instance is None and s.environment is None)))

"""Where stores replicate: storage accounts and SQL geo-replication."""

from __future__ import annotations

import pytest

from pipelines.core.model import REPLICA, RawRow
from pipelines.sources import replication
from tests.sources.conftest import LOGS, parsed, rows_of


def _ids(values):
    return [t.transfer_id for v in values for t in v.transfers]


@pytest.mark.parametrize(("name", "ids", "note"), [
    ("e_az_storage_account_show_msdocs.json",
     ["replica:storage/contosotweets2017:social/tweets->eastus2"], None),
    ("e_rest_sql_FailoverGroupGet_example.json",
     ["replica:sql/failover-group-primary-server:jp/orders->japanwest"], None),
    ("e_rest_sql_ReplicationLinkListByDatabase_example.json",
     ["replica:sql/sourcesvr/tetha-db:jp/orders->japaneast"] * 2, None),
    # the REST example's regions are staging names ('eastus2(stage)'): said, not guessed
    ("e_rest_storage_StorageAccountGetProperties_example.json", [],
     "the replica's region is not in the geo catalogue"),
])
def test_real_inventories(source_tenant, name, ids, note):
    values = parsed(rows_of(LOGS / name), source_tenant, "replication")
    assert _ids(values) == ids
    assert all(t.event == REPLICA for v in values for t in v.transfers)
    if note:
        assert any(n[1] == note for v in values for n in v.notes)


def _account(**keys) -> RawRow:
    data = {"name": "acct", "type": "Microsoft.Storage/storageAccounts",
            "primaryLocation": "brazilsouth", "sku": {"name": "Standard_GRS"}, **keys}
    return RawRow("transfers", "accounts.json", 1, data=data, fmt="json")


@pytest.mark.parametrize(("keys", "replicas", "what"), [
    # no secondaryLocation: GRS goes to the primary's Azure pair (Brazil South -> South Central US)
    ({}, ["southcentralus"], "geo-redundant storage account"),
    ({"secondaryLocation": "brazilsoutheast"}, ["brazilsoutheast"], "geo-redundant storage account"),
    ({"sku": {"name": "Standard_LRS"}}, [], "storage account without a geo-replica"),
    ({"sku": {"name": "Standard_ZRS"}}, [], "storage account without a geo-replica"),
    ({"primaryLocation": "polandcentral"}, [], "geo-redundant storage account"),
])
def test_storage_account_replicas(source_tenant, keys, replicas, what):
    value = replication.parse(_account(**keys), source_tenant)
    assert value.what == what
    assert [t.destination_region for t in value.transfers] == replicas
    for transfer in value.transfers:
        assert (transfer.source_region, transfer.source_geo) == ("brazilsouth", "southamerica")
        assert transfer.dataset is None  # no mapping: judged as unclassified if outside
    if keys.get("primaryLocation") == "polandcentral":  # a new region with no pair
        assert ("personal-data-replicated-outside-geo",
                "geo-redundant, but the primary region's paired region is unknown") in value.notes

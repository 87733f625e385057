"""Azure Storage resource logs: diagnostic-setting JSON and StorageBlobLogs rows."""

from __future__ import annotations

import json
import re

import pytest

from pipelines.core.model import RawRow
from pipelines.sources import storage_logs
from tests.sources.conftest import LOGS


def _fragments() -> list[str]:
    text = (LOGS / "c_storage_resourcelog_fragments_msdocs.txt").read_text()
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    return [part for part in re.split(r"\n(?=\{)", body.strip()) if part.strip()]


def _row(data: dict) -> RawRow:
    return RawRow("transfers", "PT1H.json", 1, data=data, fmt="jsonl")


def test_microsofts_fragments_operation_and_service_make_a_record(source_tenant):
    """Microsoft publishes the record as three fragments; the operation and the service
    fragments together are one write by 192.168.0.1 to testaccount1, whose TLS version the
    fragments do not show; the authentication fragment is not valid JSON."""
    operation, identity, service = _fragments()
    with pytest.raises(ValueError):
        json.loads(identity)  # a trailing comma, as published
    record = {**json.loads(operation), **json.loads(service)}
    assert storage_logs.matches(record)
    value = storage_logs.parse(_row(record), source_tenant)
    (transfer,) = value.transfers
    assert value.what == "storage write" and transfer.dataset == "crm/uploads"
    assert transfer.tls_version is None and transfer.destination_region is None
    assert ("weak-tls", "no TLS version") in value.notes
    # 'uswestcentral' is not an ARM region name: not judged for residency, and said why
    assert ("personal-data-outside-geo", "the account's location is not in the geo catalogue") \
        in value.notes


BASE = {"time": "2026-10-04T06:10:00Z", "category": "StorageRead", "operationName": "GetBlob",
        "statusCode": 200, "callerIpAddress": "104.16.218.84:443", "location": "westeurope",
        "properties": {"accountName": "contosocrm", "tlsVersion": "TLS 1.0",
                       "objectKey": "/contosocrm/exports/contacts/2026-10.csv"}}
LA = {"TimeGenerated [UTC]": "10/4/2026, 6:10:00.000 AM", "Type": "StorageBlobLogs",
      "AccountName": "contosocrm", "Location": "westeurope", "OperationName": "GetBlob",
      "Category": "StorageRead", "StatusCode": "200", "CallerIpAddress": "104.16.218.84:443",
      "TlsVersion": "TLS 1.0", "ObjectKey": "/contosocrm/exports/contacts/2026-10.csv"}


@pytest.mark.parametrize("data", [BASE, LA], ids=["diagnostic-setting", "log-analytics"])
def test_a_read_feeds_weak_tls_and_untrusted_destination_in_both_shapes(source_tenant, data):
    value = storage_logs.parse(_row(data), source_tenant)
    (transfer,) = value.transfers
    assert transfer.transfer_id == "storage-read:contosocrm/exports:104.16.218.84:tls1.0"
    assert (transfer.tls_version, transfer.destination_ip, transfer.dataset,
            transfer.source_region) == ("1.0", "104.16.218.84", "crm/contacts", "westeurope")
    assert value.timestamp == "2026-10-04T06:10:00Z" and value.notes == ()


@pytest.mark.parametrize(("change", "what", "note"), [
    ({"category": "StorageDelete"}, "storage delete (no data moved)", None),
    ({"statusCode": 403}, "failed storage read (no data moved)", None),
    ({"callerIpAddress": "10.1.2.3:5000"}, "storage read",
     ("untrusted-destination", "private, internal or reserved caller address")),
    ({"properties": {**BASE["properties"], "tlsVersion": None}}, "storage read",
     ("weak-tls", "no TLS version")),
    ({"category": "StorageWrite", "location": "eastus"}, "storage write", None),
])
def test_storage_rows(source_tenant, change, what, note):
    value = storage_logs.parse(_row({**BASE, **change}), source_tenant)
    assert value.what == what
    if note:
        assert note in value.notes
    if change.get("category") == "StorageWrite":
        (transfer,) = value.transfers
        assert (transfer.source_geo, transfer.destination_region) == ("europe", "eastus")

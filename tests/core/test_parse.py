"""Row validation: every reject reason, and what a good row becomes."""

from __future__ import annotations

import pytest

from pipelines.core.model import RECORDS, TRANSFERS, RawRow, Record, Rejection, Transfer
from pipelines.core.parse import RowError, flatten, parse_row, parse_timestamp, parse_tls


def record_row(fmt="jsonl", **data) -> RawRow:
    return RawRow(RECORDS, "r.jsonl", 7, data=data, fmt=fmt)


def transfer_row(fmt="jsonl", **data) -> RawRow:
    base = {"transfer_id": "T1", "timestamp": "2026-10-01T10:00:00Z",
            "source_environment": "prod", "dataset": "prod/contacts"}
    base.update(data)
    return RawRow(TRANSFERS, "t.jsonl", 3, data={k: v for k, v in base.items() if v is not None},
                  fmt=fmt)


def test_good_record(tenant):
    record = parse_row(record_row(record_id="C1", dataset="prod/contacts", environment="prod",
                                  name="x", address={"city": "y", "lines": ["a", "b"]}), tenant)
    assert isinstance(record, Record)
    assert record.key == ("prod/contacts", "C1")
    assert record.home_geo == "europe" and record.region == "westeurope"
    assert not record.outside_geo
    assert dict(record.fields) == {"name": "x", "address.city": "y", "address.lines": "a; b"}


@pytest.mark.parametrize(("data", "outside", "home"), [
    ({"environment": "prod", "region": "eastus"}, True, "europe"),
    ({"environment": "prod", "region": "North Europe"}, False, "europe"),
    ({"environment": "prod", "region": "uksouth"}, False, "europe"),  # allowance
    ({"region": "eastus"}, False, "unitedstates"),  # home geo = geo of its region
    ({"environment": "apac", "region": "westeurope"}, True, "australia"),
])
def test_record_home_geo_and_storage(tenant, data, outside, home):
    record = parse_row(record_row(record_id="C1", dataset="d", **data), tenant)
    assert isinstance(record, Record)
    assert (record.outside_geo, record.home_geo) == (outside, home)


RECORD_REJECTS = [
    ({"dataset": "d", "environment": "prod"}, "missing required column 'record_id'"),
    ({"record_id": "", "dataset": "d", "environment": "prod"}, "missing required column 'record_id'"),
    ({"record_id": "1", "environment": "prod"}, "missing required column 'dataset'"),
    ({"record_id": 5, "dataset": "d", "environment": "prod"}, "column 'record_id' must be text, got a number"),
    ({"record_id": ["a"], "dataset": "d", "environment": "prod"}, "column 'record_id' must be text, got a list"),
    ({"record_id": "1", "dataset": "d"}, "needs 'environment' or 'region'"),
    ({"record_id": "1", "dataset": "d", "environment": "nope"}, "unknown environment in 'environment'"),
    ({"record_id": "1", "dataset": "d", "region": "marsnorth"}, "unknown region in 'region'"),
]


@pytest.mark.parametrize(("data", "reason"), RECORD_REJECTS)
def test_record_rejects(tenant, data, reason):
    result = parse_row(record_row(**data), tenant)
    assert isinstance(result, Rejection)
    assert result.reason.startswith(reason)
    assert (result.source, result.position) == ("r.jsonl", 7)


def test_undecodable_row_is_rejected_with_its_reader_error(tenant):
    row = RawRow(RECORDS, "r.jsonl", 2, data=None, error="invalid JSON: Expecting value at column 1")
    assert parse_row(row, tenant).reason == "invalid JSON: Expecting value at column 1"


def test_good_transfer(tenant):
    result = parse_row(transfer_row(
        record_ids=["a", "b", "a"], destination_region="East US",
        connector="/providers/Microsoft.PowerApps/apis/shared_Dropbox", tls_version="TLS 1.2",
        destination_ip="2001:db8::1"), tenant)
    assert isinstance(result, Transfer)
    assert result.record_ids == ("a", "b")
    assert (result.source_geo, result.destination_region, result.destination_geo) == (
        "europe", "eastus", "unitedstates")
    assert result.connector == "shared_dropbox"
    assert result.tls_version == "1.2"
    assert result.destination_ip == "2001:db8::1"


def test_destination_environment_gives_region_and_geo(tenant):
    result = parse_row(transfer_row(destination_environment="apac"), tenant)
    assert (result.destination_region, result.destination_geo) == ("australiaeast", "australia")


def test_csv_record_ids_are_semicolon_separated(tenant):
    result = parse_row(transfer_row(fmt="csv", record_ids="a; b;c"), tenant)
    assert result.record_ids == ("a", "b", "c")


TRANSFER_REJECTS = [
    ({"transfer_id": None}, "missing required column 'transfer_id'"),
    ({"timestamp": None}, "missing required column 'timestamp'"),
    ({"timestamp": "yesterday"}, "'timestamp' is not an ISO 8601 date-time"),
    ({"timestamp": "01/02/2026 10:00"}, "'timestamp' is not an ISO 8601 date-time"),
    ({"timestamp": "2026-13-45T10:00:00Z"}, "'timestamp' is not a valid ISO 8601 date-time"),
    ({"source_environment": None}, "needs 'source_environment' or 'source_region'"),
    ({"source_environment": "nowhere"}, "unknown environment in 'source_environment'"),
    ({"destination_region": "atlantis"}, "unknown region in 'destination_region'"),
    ({"record_ids": "a;b"}, "'record_ids' must be a list, got a string"),
    ({"record_ids": {"a": 1}}, "'record_ids' must be a list, got an object"),
    ({"record_ids": [1, 2]}, "'record_ids' must be a list of text ids"),
    ({"record_ids": ["a"], "dataset": None}, "'record_ids' needs a 'dataset'"),
    ({"dataset": None}, "needs 'record_ids' with 'dataset', or a 'dataset'"),
    ({"tls_version": "banana"}, "'tls_version' is not a TLS version"),
    ({"tls_version": "1.7"}, "'tls_version' is not a known TLS version"),
    ({"destination_ip": "300.1.1.1"}, "'destination_ip' is not a valid IPv4 or IPv6 address"),
    ({"destination_ip": "2001:::1"}, "'destination_ip' is not a valid IPv4 or IPv6 address"),
]


@pytest.mark.parametrize(("data", "reason"), TRANSFER_REJECTS)
def test_transfer_rejects(tenant, data, reason):
    result = parse_row(transfer_row(**data), tenant)
    assert isinstance(result, Rejection), result
    assert result.reason.startswith(reason)


def test_reasons_never_quote_values(tenant):
    secret = "alice.smith@example.com"
    for data in ({"transfer_id": secret, "timestamp": secret},
                 {"source_environment": secret}, {"destination_ip": secret},
                 {"tls_version": secret}):
        result = parse_row(transfer_row(**data), tenant)
        assert secret not in result.reason


@pytest.mark.parametrize(("text", "expected"), [
    ("1.2", "1.2"), ("TLSv1.2", "1.2"), ("TLS 1.3", "1.3"), ("tls1_1", "1.1"), ("1", "1.0"),
    ("SSLv3", "0.3"), (" 1.0 ", "1.0"),
])
def test_tls_spellings(text, expected):
    assert parse_tls(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-10-01T10:00:00Z", "2026-10-01T10:00:00Z"),
    ("2026-10-01T12:00:00+02:00", "2026-10-01T10:00:00Z"),
    ("2026-10-01T10:00:00", "2026-10-01T10:00:00Z"),  # no zone: read as UTC
    ("2026-10-01", "2026-10-01T00:00:00Z"),
    ("2026-10-01T10:00:00.123456Z", "2026-10-01T10:00:00.123456Z"),
])
def test_timestamps(text, expected):
    assert parse_timestamp(text) == expected


def test_flatten_nesting_and_lists():
    assert flatten({"a": {"b": {"c": 1}}, "l": [1, "x", None], "o": [{"k": "v"}], "n": None,
                    "t": True}) == [("a.b.c", "1"), ("l", "1; x"), ("o.0.k", "v"), ("t", "true")]


def test_flatten_refuses_absurd_depth():
    deep: dict = {}
    node = deep
    for _ in range(100):
        node["x"] = {}
        node = node["x"]
    with pytest.raises(RowError):
        flatten(deep)

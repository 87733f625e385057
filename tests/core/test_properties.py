"""Property tests: any input either parses or is rejected with a reason; no exception
escapes the readers, the parsers or the rules; reasons and previews carry no value."""

from __future__ import annotations

import io
import json
import re
import unicodedata
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from pipelines.core.masking import PREVIEW_LENGTH, mask_text
from pipelines.core.model import (
    RECORDS,
    SEVERITIES,
    TRANSFERS,
    DataSummary,
    Finding,
    RawRow,
    Record,
    Rejection,
    Transfer,
)
from pipelines.core.parse import RowError, flatten, parse_row, parse_timestamp, parse_tls
from pipelines.core.rules import judge_transfer
from pipelines.core.rules.dlp import FlowUse, group_mix_findings
from pipelines.core.rules.registry import RULES
from pipelines.core.rules.residency import at_rest_findings
from pipelines.files.readers import read_rows

SETTINGS = settings(max_examples=150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_values = st.recursive(
    scalars,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8),
                                                                      children, max_size=4),
    max_leaves=15)

ENVIRONMENTS = ["prod", "dev", "apac", "us", "nowhere", "", " prod "]
REGIONS = ["westeurope", "West Europe", "eastus", "australiaeast", "uksouth", "moon", ""]
TLS = ["1.0", "1.1", "1.2", "1.3", "TLSv1.2", "SSLv3", "tls1_3", "banana", "9.9"]
IPS = ["10.0.0.1", "2001:db8::1", "999.1.1.1", "::gg", "13.69.0.1"]
CONNECTORS = ["shared_sharepointonline", "shared_twitter", "shared_dropbox",
              "/providers/Microsoft.PowerApps/apis/shared_office365", "shared_unknown"]


def maybe(strategy):
    """A plausible value, any JSON value, or the column left out."""
    return st.one_of(strategy, json_values, st.just(None))


record_rows = st.fixed_dictionaries({}, optional={
    "record_id": maybe(st.text(min_size=1, max_size=12)),
    "dataset": maybe(st.sampled_from(["d", "prod/contacts"])),
    "environment": maybe(st.sampled_from(ENVIRONMENTS)),
    "region": maybe(st.sampled_from(REGIONS)),
    "body": json_values,
    "email": maybe(st.emails()),
})

transfer_rows = st.fixed_dictionaries({}, optional={
    "transfer_id": maybe(st.text(min_size=1, max_size=12)),
    "timestamp": maybe(st.datetimes(timezones=st.none() | st.just(UTC)).map(
        lambda d: d.isoformat())),
    "source_environment": maybe(st.sampled_from(ENVIRONMENTS)),
    "source_region": maybe(st.sampled_from(REGIONS)),
    "destination_environment": maybe(st.sampled_from(ENVIRONMENTS)),
    "destination_region": maybe(st.sampled_from(REGIONS)),
    "dataset": maybe(st.sampled_from(["d", "prod/contacts"])),
    "record_ids": maybe(st.lists(st.text(max_size=6), max_size=4)),
    "connector": maybe(st.sampled_from(CONNECTORS)),
    "flow_id": maybe(st.sampled_from(["f1", "f2"])),
    "tls_version": maybe(st.sampled_from(TLS)),
    "destination_ip": maybe(st.sampled_from(IPS)),
})


# --- readers ---------------------------------------------------------------------------

@SETTINGS
@given(fmt=st.sampled_from(["jsonl", "csv", "parquet"]), payload=st.binary(max_size=400))
def test_any_bytes_become_rows_or_reasons(fmt, payload):
    rows = list(read_rows(RECORDS, f"f.{fmt}", io.BytesIO(payload)))
    for row in rows:
        assert (row.data is None) != (row.error is None)
        assert row.data is None or isinstance(row.data, dict)
    positions = [row.position for row in rows]
    assert positions == sorted(positions)


@SETTINGS
@given(lines=st.lists(st.one_of(st.dictionaries(st.text(max_size=6), json_values, max_size=4),
                                json_values), max_size=6))
def test_jsonl_rows_come_back_or_are_rejected_one_by_one(lines):
    payload = "".join(json.dumps(line) + "\n" for line in lines).encode()
    rows = list(read_rows(RECORDS, "f.jsonl", io.BytesIO(payload)))
    assert [row.position for row in rows] == list(range(1, len(lines) + 1))
    for line, row in zip(lines, rows, strict=True):
        if row.data is not None:
            assert row.data == line or json.dumps(row.data) == json.dumps(line)  # NaN != NaN
        else:
            assert row.error and not isinstance(line, dict) or "NUL" in row.error or (
                "surrogate" in row.error)


@SETTINGS
@given(cells=st.lists(st.lists(st.text(max_size=8), min_size=1, max_size=4), max_size=5))
def test_csv_rows_keep_their_cells_or_give_a_reason(cells):
    header = ["record_id", "dataset", "environment", "x"]
    text = io.StringIO()
    import csv

    writer = csv.writer(text)
    writer.writerow(header)
    writer.writerows(cells)
    rows = list(read_rows(RECORDS, "f.csv", io.BytesIO(text.getvalue().encode())))
    for row in rows:
        assert row.data is not None or row.error
        if row.data is not None:
            assert set(row.data) <= set(header)


# --- parsers ---------------------------------------------------------------------------

@SETTINGS
@given(kind=st.sampled_from([RECORDS, TRANSFERS]), data=st.one_of(record_rows, transfer_rows),
       fmt=st.sampled_from(["jsonl", "csv", "parquet"]))
def test_any_row_parses_or_is_rejected_with_a_reason(tenant, kind, data, fmt):
    result = parse_row(RawRow(kind, "f", 1, data=data, fmt=fmt), tenant)
    if isinstance(result, Rejection):
        assert result.reason and result.kind == kind and result.position == 1
    elif kind == RECORDS:
        assert isinstance(result, Record) and result.record_id and result.dataset
        assert result.home_geo
    else:
        assert isinstance(result, Transfer) and result.transfer_id and result.dataset
        assert result.timestamp.endswith("Z")


@SETTINGS
@given(kind=st.sampled_from([RECORDS, TRANSFERS]),
       values=st.dictionaries(
           st.sampled_from(["record_id", "dataset", "environment", "region", "transfer_id",
                            "timestamp", "source_environment", "destination_region",
                            "tls_version", "destination_ip", "record_ids"]),
           st.text(alphabet="abcdefghijklmnopqrstuvwxyz@.0123456789", min_size=6,
                   max_size=20).map(lambda s: "zq" + s)))
def test_reasons_never_quote_a_value(tenant, kind, values):
    result = parse_row(RawRow(kind, "f", 1, data=values), tenant)
    if isinstance(result, Rejection):
        for value in values.values():
            assert value not in result.reason


@SETTINGS
@given(text=st.text(max_size=40))
def test_any_text_is_a_timestamp_or_a_reason(text):
    try:
        parsed = parse_timestamp(text)
    except RowError as error:
        assert "timestamp" in str(error)
        return
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", parsed)


@SETTINGS
@given(moment=st.datetimes(min_value=datetime(1, 1, 2), max_value=datetime(9999, 12, 30)),
       offset_minutes=st.integers(min_value=-23 * 60, max_value=23 * 60))
def test_zoned_timestamps_mean_the_same_instant(moment, offset_minutes):
    zoned = moment.replace(tzinfo=timezone(timedelta(minutes=offset_minutes)))
    parsed = parse_timestamp(zoned.isoformat())
    assert datetime.fromisoformat(parsed.replace("Z", "+00:00")) == zoned


def test_a_timestamp_without_a_zone_is_read_as_utc():
    assert parse_timestamp("2026-03-01T10:00:00") == "2026-03-01T10:00:00Z"
    assert parse_timestamp("2026-03-01") == "2026-03-01T00:00:00Z"


@pytest.mark.parametrize("text", ["01/02/2026", "02.01.2026", "2026/01/02", "1/2/26",
                                  "Jan 2 2026", "2026-W01-5", "2026-002", "20260102T000000Z"])
def test_ambiguous_or_non_iso_dates_are_rejected(text):
    with pytest.raises(RowError):
        parse_timestamp(text)


@SETTINGS
@given(text=st.text(max_size=12))
def test_any_text_is_a_tls_version_or_a_reason(text):
    try:
        version = parse_tls(text)
    except RowError:
        return
    assert version in ("0.2", "0.3", "1.0", "1.1", "1.2", "1.3")


@SETTINGS
@given(value=json_values)
def test_flatten_gives_named_text_or_a_reason(value):
    try:
        fields = flatten({"c": value})
    except RowError:
        return
    assert all(isinstance(name, str) and isinstance(text, str) and text.strip()
               for name, text in fields)


# --- masking ---------------------------------------------------------------------------

@SETTINGS
@given(text=st.text(max_size=300))
def test_a_preview_keeps_no_letter_digit_or_control(text):
    preview = mask_text(text)
    shown = re.sub(r"\.\.\. \(\+\d+ chars\)$", "", preview)
    assert {c for c in shown if c.isalnum()} <= {"x", "X", "9"}
    assert not [c for c in shown if unicodedata.category(c) in ("Cc", "Cf", "Cs", "Zl", "Zp")]
    assert len(shown) <= min(len(text), PREVIEW_LENGTH)  # combining marks are dropped


# --- rules -----------------------------------------------------------------------------

summaries = st.builds(
    lambda records, personal, unclassified, ids: DataSummary(
        records, min(personal, records), min(unclassified, records),
        (("EMAIL_ADDRESS", personal),) if personal else (), tuple(sorted(ids))[:10], ()),
    st.integers(0, 50), st.integers(0, 50), st.integers(0, 50),
    st.sets(st.text(min_size=1, max_size=5), max_size=12))


def _check(findings: list[Finding]) -> None:
    for finding in findings:
        assert finding.rule in RULES and finding.severity in SEVERITIES
        assert finding.message and finding.subject
        json.dumps(finding.to_json())


valid_transfer_rows = st.fixed_dictionaries({
    "transfer_id": st.text(alphabet="abcT0123456789-", min_size=1, max_size=8),
    "timestamp": st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1),
                              timezones=st.just(UTC)).map(lambda d: d.isoformat()),
    "source_environment": st.sampled_from(["prod", "dev", "apac", "us"]),
    "dataset": st.sampled_from(["d", "prod/contacts"]),
}, optional={
    "destination_environment": st.sampled_from(["prod", "dev", "apac", "us"]),
    "destination_region": st.sampled_from(REGIONS[:-2]),
    "record_ids": st.lists(st.text(alphabet="abc123", min_size=1, max_size=4), min_size=1,
                           max_size=4),
    "connector": st.sampled_from(CONNECTORS),
    "flow_id": st.sampled_from(["f1", "f2"]),
    "tls_version": st.sampled_from(TLS[:7]),
    "destination_ip": st.sampled_from(["10.0.0.1", "2001:db8::1", "13.69.0.1"]),
})


@SETTINGS
@given(data=valid_transfer_rows, moved=summaries)
def test_rules_judge_any_parsed_transfer_without_raising(tenant, data, moved):
    transfer = parse_row(RawRow(TRANSFERS, "t", 1, data=data), tenant)
    assume(isinstance(transfer, Transfer))
    findings = judge_transfer(transfer, moved, tenant)
    _check(findings)
    assert len({f.rule for f in findings}) == len(findings)  # one finding per rule
    if transfer.tls_version in ("0.2", "0.3", "1.0", "1.1"):
        assert "weak-tls" in {f.rule for f in findings}


@SETTINGS
@given(region=st.sampled_from(REGIONS[:-2]), home=st.sampled_from(["europe", "australia"]),
       moved=summaries)
def test_rules_judge_any_data_at_rest_without_raising(tenant, region, home, moved):
    _check(at_rest_findings("d", region, home, moved, tenant))


@SETTINGS
@given(uses=st.lists(st.builds(FlowUse, st.sampled_from(CONNECTORS).map(
    lambda c: c.rsplit("/", 1)[-1]), st.sampled_from(["prod", "apac", None]), st.booleans(),
    st.text(min_size=1, max_size=4)), max_size=6))
def test_rules_judge_any_flow_without_raising(tenant, uses):
    findings = group_mix_findings("flow-1", uses, tenant)
    _check(findings)

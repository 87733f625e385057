"""Baselines: loading (every bad entry named), suppression, expiry, and the file a person edits."""

from __future__ import annotations

import json
from datetime import date

import pyarrow.parquet as pq
import pytest

from pipelines.config import ConfigError
from pipelines.core.model import FINDING_FIELDS, Finding
from pipelines.files.findings import FINDING_SCHEMA, finding_rows, write_finding_rows
from pipelines.runs.baseline import (
    Baseline,
    Suppression,
    apply_baseline,
    baseline_yaml,
    load_baseline,
)

TODAY = date(2026, 11, 28)
A, B, C = "0123456789abcdef", "fedcba9876543210", "00000000ffffffff"


def row(finding_id: str, severity: str = "high", rule: str = "weak-tls",
        subject: str = "T-1") -> dict:
    out = {name: None for name in FINDING_FIELDS}
    out.update(finding_id=finding_id, rule=rule, severity=severity, subject=subject,
               message="m", suppressed=False, sample_record_ids=[], entity_types={})
    return out


def baseline(*entries: tuple[str, str, date]) -> Baseline:
    return Baseline("b.yaml", tuple(Suppression(*e) for e in entries))


@pytest.mark.parametrize("text", [
    f"- {{finding_id: {A}, reason: accepted risk, expires: 2026-12-31}}\n",
    f'- finding_id: "{A}"\n  reason: accepted risk\n  expires: "2026-12-31"\n',
    json.dumps([{"finding_id": A, "reason": "accepted risk", "expires": "2026-12-31"}]),
    f"- {{finding_id: '{A.upper()}', reason: '  accepted risk ', expires: 2026-12-31}}\n",
])
def test_load_yaml_and_json(tmp_path, text):
    path = tmp_path / "baseline.any"
    path.write_text(text)
    loaded = load_baseline(path)
    assert loaded.entries == (Suppression(A, "accepted risk", date(2026, 12, 31)),)


@pytest.mark.parametrize("text", ["", "[]\n", "# nothing accepted yet\n"])
def test_an_empty_baseline_suppresses_nothing(tmp_path, text):
    path = tmp_path / "b.yaml"
    path.write_text(text)
    assert load_baseline(path).entries == ()


@pytest.mark.parametrize("text, problems", [
    ("{finding_id: x}\n", ["expected a list"]),
    ("- just a string\n", ["[0]: expected a mapping"]),
    ("- {reason: r, expires: 2026-12-31}\n", ["[0].finding_id: Field required"]),
    (f"- {{finding_id: {A}, expires: 2026-12-31}}\n", ["[0].reason: Field required"]),
    (f"- {{finding_id: {A}, reason: r}}\n", ["[0].expires: Field required"]),
    (f"- {{finding_id: {A}, reason: '  ', expires: 2026-12-31}}\n", ["[0].reason"]),
    (f"- {{finding_id: {A}, reason: r, expires: next year}}\n", ["[0].expires"]),
    (f"- {{finding_id: {A}, reason: r, expires: 2026-02-30}}\n", ["[0].expires"]),
    ("- {finding_id: T-001, reason: r, expires: 2026-12-31}\n", ["[0].finding_id: Value error"]),
    (f"- {{finding_id: {A}, reason: r, expires: 2026-12-31, expire: 2027-01-01}}\n",
     ["[0].expire: Extra inputs"]),
    (f"- {{finding_id: {A}, reason: r, expires: 2026-12-31}}\n"
     f"- {{finding_id: {A}, reason: s, expires: 2027-12-31}}\n", ["[1].finding_id", "at [0]"]),
    (f"- {{finding_id: {A}, reason: r}}\n- {{finding_id: {B}, expires: 2026-12-31}}\n",
     ["[0].expires", "[1].reason"]),
    ("- [unclosed\n", ["not valid YAML or JSON at line"]),
])
def test_bad_baselines_name_every_problem(tmp_path, text, problems):
    path = tmp_path / "b.yaml"
    path.write_text(text)
    with pytest.raises(ConfigError) as error:
        load_baseline(path)
    message = str(error.value)
    assert str(path) in message
    for problem in problems:
        assert problem in message


def test_missing_baseline_file(tmp_path):
    with pytest.raises(ConfigError, match="no such baseline file"):
        load_baseline(tmp_path / "nope.yaml")


@pytest.mark.parametrize("expires, suppressed", [
    (date(2026, 11, 27), False),   # expired yesterday
    (date(2026, 11, 28), True),    # the last day it suppresses
    (date(2026, 11, 29), True),
    (date(2099, 1, 1), True),
])
def test_expiry_is_inclusive_of_its_date(expires, suppressed):
    outcome = apply_baseline([row(A)], baseline((A, "why", expires)), TODAY)
    assert outcome.rows[0]["suppressed"] is suppressed
    assert outcome.rows[0]["suppression_reason"] == ("why" if suppressed else None)
    assert [e.finding_id for e in outcome.expired] == ([] if suppressed else [A])


def test_suppressed_expired_and_unmatched_entries():
    rows = [row(A), row(B, "medium", subject="T-2"), row(C, "info", subject="T-3")]
    entries = baseline((A, "accepted until the migration", date(2026, 12, 31)),
                       (B, "old exception", date(2026, 1, 1)),
                       ("1111111111111111", "finding gone", date(2027, 1, 1)),
                       ("2222222222222222", "gone and expired", date(2025, 1, 1)))
    outcome = apply_baseline(rows, entries, TODAY)
    assert [r["finding_id"] for r in outcome.rows] == [A, B, C]  # order kept, nothing dropped
    assert [(r["suppressed"], r["suppression_reason"]) for r in outcome.rows] == [
        (True, "accepted until the migration"), (False, None), (False, None)]
    assert outcome.suppressed == (A,)
    assert [e.finding_id for e in outcome.expired] == ["2222222222222222", B]
    assert [e.finding_id for e in outcome.unmatched] == ["1111111111111111"]
    summary = outcome.to_summary(entries, TODAY)
    assert summary["entries"] == 4 and summary["suppressed"] == 1
    assert summary["date"] == "2026-11-28"
    assert summary["expired"] == [
        {"finding_id": "2222222222222222", "reason": "gone and expired", "expires": "2025-01-01",
         "finding_present": False},
        {"finding_id": B, "reason": "old exception", "expires": "2026-01-01",
         "finding_present": True},
    ]
    assert summary["unmatched"] == [
        {"finding_id": "1111111111111111", "reason": "finding gone", "expires": "2027-01-01"}]


def test_applying_does_not_change_the_input_rows():
    rows = [row(A)]
    apply_baseline(rows, baseline((A, "why", date(2030, 1, 1))), TODAY)
    assert rows[0]["suppressed"] is False


def test_a_written_baseline_loads_back_and_covers_every_finding(tmp_path):
    rows = [row(A), row(B, "medium", subject='odd "subject"\nwith a newline'), row(C, "info")]
    rows[2] = {**rows[2], "suppressed": True, "suppression_reason": "kept from before"}
    text = baseline_yaml(rows, "audit-out", TODAY, days=30)
    path = tmp_path / "b.yaml"
    path.write_text(text)
    loaded = load_baseline(path)
    assert [e.finding_id for e in loaded.entries] == [A, B, C]
    assert {e.expires for e in loaded.entries} == {date(2026, 12, 28)}
    assert loaded.entries[2].reason == "kept from before"
    assert loaded.entries[0].reason.startswith("TODO")
    assert all(line.startswith(("#", "-", "  ")) for line in text.splitlines())
    assert "# medium weak-tls" in text
    with_reason = baseline_yaml(rows[:1], "audit-out", TODAY, reason="ticket SEC-12")
    path.write_text(with_reason)
    assert load_baseline(path).entries[0].reason == "ticket SEC-12"


def test_a_baseline_of_no_findings_is_an_empty_list(tmp_path):
    path = tmp_path / "b.yaml"
    path.write_text(baseline_yaml([], "audit-out", TODAY))
    assert load_baseline(path).entries == ()


def test_findings_files_carry_suppression_and_stay_byte_identical(tmp_path):
    findings = [Finding("weak-tls", "high", f"T-{n}", "data sent over TLS 1.0") for n in range(3)]
    rows = finding_rows(findings)
    assert all(r["suppressed"] is False and r["suppression_reason"] is None for r in rows)
    entries = baseline((rows[1]["finding_id"], "accepted", date(2030, 1, 1)))
    outputs = []
    for name in ("a", "b"):
        folder = tmp_path / name
        folder.mkdir()
        write_finding_rows(apply_baseline(rows, entries, TODAY).rows, str(folder))
        outputs.append(folder)
    for file in ("findings.jsonl", "findings.parquet"):
        assert (outputs[0] / file).read_bytes() == (outputs[1] / file).read_bytes()
    table = pq.read_table(outputs[0] / "findings.parquet")
    assert table.schema.equals(FINDING_SCHEMA)
    assert table.column("suppressed").to_pylist() == [r["finding_id"] == rows[1]["finding_id"]
                                                      for r in rows]
    lines = [json.loads(line) for line in (outputs[0] / "findings.jsonl").open()]
    assert [line["suppression_reason"] for line in lines] == [
        "accepted" if r["finding_id"] == rows[1]["finding_id"] else None for r in rows]
    assert list(lines[0]) == list(FINDING_FIELDS)

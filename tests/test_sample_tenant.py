"""Regression over the bundled sample tenant: the findings must be exactly the ones
reasoned out by hand in sample_data/expected_findings.jsonl (see sample_data/README.md)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


def triples(path) -> list[tuple[str, str, str]]:
    with open(path, encoding="utf-8") as handle:
        rows = [json.loads(line) for line in handle if line.strip()]
    return sorted((r["rule"], r["subject"], r["severity"]) for r in rows)


def test_findings_match_expected(sample_run):
    _, out = sample_run
    assert triples(out / "findings.jsonl") == triples(ROOT / "sample_data" / "expected_findings.jsonl")


def test_sample_counts(sample_run):
    _, out = sample_run
    summary = json.loads((out / "summary.json").read_text())
    assert summary["records_read"] == 259 and summary["records_rejected"] == 1
    assert summary["transfers_read"] == 75 and summary["transfers_rejected"] == 1
    # 100 contacts + 30 APAC customers + 32 tickets carry personal data (sample_data/README.md)
    assert summary["classification"] == {"personal": 162, "customer": 96}


@pytest.mark.parametrize("rule", [
    "personal-data-outside-geo", "customer-data-outside-geo", "unclassified-data-outside-geo",
    "blocked-connector", "blocked-connector-action", "blocked-endpoint", "connector-group-mix",
    "weak-tls", "untrusted-destination",
])
def test_sample_exercises_rule(sample_run, rule):
    _, out = sample_run
    assert any(r == rule for r, _, _ in triples(out / "findings.jsonl"))

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
    # 75 rows of flowaudit's schema + 26 of Microsoft's logs and inventories
    assert summary["transfers_read"] == 101 and summary["transfers_rejected"] == 1
    # 100 contacts + 30 APAC customers + 32 tickets carry personal data (sample_data/README.md)
    assert summary["classification"] == {"personal": 162, "customer": 96}


@pytest.mark.parametrize("rule", [
    "personal-data-outside-geo", "customer-data-outside-geo", "unclassified-data-outside-geo",
    "blocked-connector", "blocked-connector-action", "blocked-endpoint", "connector-group-mix",
    "weak-tls", "untrusted-destination", "personal-data-replicated-outside-geo",
    "personal-data-exported",
])
def test_sample_exercises_rule(sample_run, rule):
    _, out = sample_run
    assert any(r == rule for r, _, _ in triples(out / "findings.jsonl"))


def test_sample_reports_each_files_source_and_what_could_not_be_judged(sample_run):
    _, out = sample_run
    summary = json.loads((out / "summary.json").read_text())
    sources = {path.rsplit("/", 1)[-1]: f.get("source") for path, f in summary["files"].items()
               if f["kind"] == "transfers"}
    assert sources == {
        "transfers.jsonl": "flowaudit", "transfers_legacy.csv": "flowaudit",
        "purview_audit_export.csv": "purview", "storage_PT1H.json": "storage-logs",
        "nsg_flowlog_PT1H.json": "network-logs", "az_storage_account_list.json": "replication"}
    unjudged = {(n["source"], n["rule"], n["reason"]): n["rows"] for n in summary["not_judgeable"]}
    # sample_data/README.md: the unmapped connector, the unmapped table, the read without TLS,
    # the private destination of the flow log
    assert unjudged[("purview", "blocked-connector",
                     "a connector name is not in the connector catalogue")] == 1
    assert unjudged[("purview", "personal-data-exported",
                     "table not mapped to a dataset (config stores)")] == 1
    assert unjudged[("storage-logs", "weak-tls", "no TLS version")] == 1
    assert unjudged[("network-logs", "untrusted-destination",
                     "private, internal or reserved destination address")] == 1
    assert summary["unmapped_connectors"] == {"purview": {"Contoso Legacy API": 1}}
    assert [(c["operation"], c["policy"]) for c in summary["dlp_policy_changes"]] == [
        ("UpdateDlpPolicy", "Contoso tenant policy")]
    report = (out / "report.html").read_text()
    for section in ('id="not-judgeable"', 'id="dlp-changes"', 'id="unmapped-connectors"',
                    'id="sources"'):
        assert section in report

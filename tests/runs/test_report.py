"""report.html from findings and a summary: sections, the geo picture, no network, no values."""

from __future__ import annotations

import re

import pytest

from pipelines.core.model import FINDING_FIELDS
from pipelines.runs.report import geo_flows, render_report, sankey


def finding(n: int, rule: str, severity: str, src="europe", dst="unitedstates", records=3,
            personal=1, unclassified=0, env="contoso-prod", suppressed=False) -> dict:
    out = {name: None for name in FINDING_FIELDS}
    out.update(finding_id=f"{n:016x}", rule=rule, severity=severity, subject=f"T-{n:03d}",
               message=f"message {n}", source_environment=env, source_geo=src,
               destination_geo=dst, records=records, personal_records=personal,
               unclassified_records=unclassified, sample_record_ids=["C-0001"],
               entity_types={"EMAIL_ADDRESS": 2, "PERSON": 1}, suppressed=suppressed,
               suppression_reason="accepted until migration" if suppressed else None)
    return out


FINDINGS = [
    finding(1, "personal-data-outside-geo", "high", records=10, personal=4),
    finding(2, "customer-data-outside-geo", "info", records=6, personal=0),
    finding(3, "unclassified-data-outside-geo", "medium", dst="australia", records=5,
            personal=0, unclassified=5, env="contoso-dev"),
    finding(4, "weak-tls", "high", dst="europe", suppressed=True),
    finding(5, "personal-data-outside-geo", "high", src="australia", dst="unitedkingdom",
            records=2, personal=2, env=None),
    finding(6, "blocked-connector", "medium", records=1, personal=0),
]

SUMMARY = {
    "tenant": "Test <tenant>", "home_geo": "europe", "version": "dev", "exit_status": 1,
    "fail_on": "high", "config": "/x/config.yaml", "model": "en_core_web_sm",
    "max_rejected": 0.01, "rejected_fraction": 0.006,
    "window": {"since": "2026-10-10T10:00:00Z", "until": None}, "transfers_outside_window": 7,
    "classification": {"personal": 12, "customer": 30},
    "records_read": 43, "records_classified": 42, "records_rejected": 1,
    "transfers_read": 20, "transfers_evaluated": 12, "transfers_rejected": 1,
    "files": {
        "/in/records.jsonl": {"kind": "records", "read": 43, "used": 42, "rejected": 1,
                              "outside_window": 0},
        "/in/transfers.csv": {"kind": "transfers", "read": 20, "used": 12, "rejected": 1,
                              "outside_window": 7},
    },
    "baseline": {"file": "baseline.yaml", "date": "2026-11-28", "entries": 3, "suppressed": 1,
                 "expired": [{"finding_id": "00000000000000aa", "reason": "r",
                              "expires": "2026-01-01", "finding_present": False}],
                 "unmatched": []},
    "history": None,
    "timings": {"total_seconds": 9.5},
}


@pytest.fixture(scope="module")
def html() -> str:
    return render_report(FINDINGS, SUMMARY)


def test_flows_keep_personal_apart_from_customer_data():
    flows = {(f["source"], f["destination"]): f for f in geo_flows(FINDINGS)}
    assert set(flows) == {("europe", "unitedstates"), ("europe", "australia"),
                          ("australia", "unitedkingdom")}  # non-residency rules left out
    assert (flows[("europe", "unitedstates")]["personal"],
            flows[("europe", "unitedstates")]["customer"]) == (4, 6 + 6)
    assert flows[("europe", "australia")]["unclassified"] == 5
    assert flows[("australia", "unitedkingdom")]["personal"] == 2


def test_sankey_bands_are_proportional_and_nodes_hold_their_bands():
    flows = geo_flows(FINDINGS)
    picture = sankey(flows, scale_height=330)
    total = sum(f["personal"] + f["customer"] + f["unclassified"] for f in flows)
    assert sum(b.records for b in picture.bands) == total
    kinds = {(b.source, b.destination, b.kind): b.records for b in picture.bands}
    assert kinds == {("europe", "unitedstates", "personal"): 4,
                     ("europe", "unitedstates", "customer"): 12,
                     ("europe", "australia", "unclassified"): 5,
                     ("australia", "unitedkingdom", "personal"): 2}
    for nodes, side in ((picture.sources, "source"), (picture.destinations, "destination")):
        for node in nodes:
            assert node.records == sum(b.records for b in picture.bands
                                       if getattr(b, side) == node.geo)
            assert node.height == pytest.approx(node.records * 330 / total)
            assert node.y >= 0 and node.y + node.height <= picture.height
        assert all(a.y + a.height < b.y for a, b in zip(nodes, nodes[1:], strict=False))


def test_no_flows_no_picture():
    assert sankey(geo_flows([finding(1, "weak-tls", "high")])) is None
    assert "No data left its geo." in render_report([finding(1, "weak-tls", "high")], SUMMARY)


def test_every_section_is_there(html):
    for text in ("Findings by severity", "Data leaving its geo", "<svg", "Findings (6)",
                 "Inputs", "2026-10-10T10:00:00Z", "(no end)", "7 transfers outside it",
                 "/x/config.yaml", "en_core_web_sm", "baseline.yaml", "1 expired",
                 "00000000000000aa", "/in/transfers.csv", "accepted until migration"):
        assert text in html, text
    for n in range(1, 7):
        assert f"{n:016x}" in html


def test_severity_cards_count_suppressed_apart(html):
    high = re.search(r'<div class="card high"><b>(\d+)</b>high(.*?)</div>', html)
    assert high.group(1) == "2" and "+ 1 suppressed" in high.group(2)


def test_filters_cover_rule_severity_environment_and_status(html):
    for select in ("f-rule", "f-sev", "f-env", "f-status"):
        assert f'id="{select}"' in html
    rows = re.findall(r'<tr data-rule="([^"]+)" data-sev="([^"]+)" data-env="([^"]+)" '
                      r'data-status="([^"]+)"', html)
    assert len(rows) == 6
    assert ("weak-tls", "high", "contoso-prod", "suppressed") in rows
    assert ("personal-data-outside-geo", "high", "(none)", "active") in rows


def test_self_contained(html):
    assert not re.search(r"<(link|img|iframe)\b", html, re.I)
    assert not re.search(r"<script[^>]*\bsrc=", html, re.I)
    assert not re.search(r"(url\(|@import|fetch\(|XMLHttpRequest)", html)
    urls = set(re.findall(r"https?://[^\s\"'<>]+", html))
    assert urls <= {"http://www.w3.org/2000/svg"}  # the SVG namespace name, never fetched
    assert len(html) < 200_000


def test_escapes_and_holds_no_record_ids_or_values(html):
    assert "Test &lt;tenant&gt;" in html and "Test <tenant>" not in html
    assert "C-0001" not in html  # sample record ids stay in findings.jsonl
    assert "<span>EMAIL_ADDRESS&nbsp;2</span> <span>PERSON&nbsp;1</span>" in html  # types, counts

"""Run-to-run diff by finding_id: new, resolved, unchanged, and when it fails."""

from __future__ import annotations

import pytest

from pipelines.runs.diff import diff_findings, diff_table


def f(finding_id: str, severity: str = "high", rule: str = "weak-tls", subject: str = "",
      suppressed: bool = False) -> dict:
    return {"finding_id": finding_id, "severity": severity, "rule": rule,
            "subject": subject or finding_id, "suppressed": suppressed}


OLD = [f("a"), f("b", "medium"), f("c", "info"), f("d", "medium")]
NEW = [f("b", "medium"), f("d", "high"), f("e", "low"), f("g", "critical"), f("h")]


def test_new_resolved_unchanged():
    diff = diff_findings(OLD, NEW)
    assert [r["finding_id"] for r in diff.new] == ["g", "h", "e"]  # by severity, then rule
    assert [r["finding_id"] for r in diff.resolved] == ["a", "c"]
    assert [(o["finding_id"], n["severity"]) for o, n in diff.unchanged] == [
        ("d", "high"), ("b", "medium")]


@pytest.mark.parametrize("old, new, counts", [
    ([], [], (0, 0, 0)),
    ([], NEW, (5, 0, 0)),
    (OLD, [], (0, 4, 0)),
    (OLD, OLD, (0, 0, 4)),
    (OLD, NEW, (3, 2, 2)),
    (NEW, OLD, (2, 3, 2)),
])
def test_counts_add_up(old, new, counts):
    diff = diff_findings(old, new)
    assert (len(diff.new), len(diff.resolved), len(diff.unchanged)) == counts
    assert len(diff.new) + len(diff.unchanged) == len(new)
    assert len(diff.resolved) + len(diff.unchanged) == len(old)


@pytest.mark.parametrize("fail_on, failing", [
    ("critical", ["g"]),
    ("high", ["g", "h"]),
    ("medium", ["g", "h"]),
    ("low", ["g", "h", "e"]),
    ("info", ["g", "h", "e"]),
    ("never", []),
])
def test_only_new_findings_at_or_above_fail_on_fail(fail_on, failing):
    diff = diff_findings(OLD, NEW)
    assert [r["finding_id"] for r in diff.failing(fail_on)] == failing


def test_a_suppressed_new_finding_does_not_fail():
    diff = diff_findings([], [f("x", "critical", suppressed=True), f("y", "low")])
    assert diff.failing("high") == []
    assert [r["finding_id"] for r in diff.failing("low")] == ["y"]


def test_an_escalated_finding_is_unchanged_but_shows_both_severities():
    diff = diff_findings(OLD, NEW)
    entries = {e["finding_id"]: e for e in diff.entries()}
    assert entries["d"] == {"status": "unchanged", "finding_id": "d", "severity": "high",
                            "rule": "weak-tls", "subject": "d", "suppressed": False,
                            "old_severity": "medium"}
    assert "old_severity" not in entries["b"]
    assert "medium->high" in diff_table(diff)


def test_json_shape():
    data = diff_findings(OLD, NEW).to_json("old-run", "new-run", "high")
    assert data["counts"] == {"new": 3, "resolved": 2, "unchanged": 2}
    assert data["failing"] == ["g", "h"]
    assert [e["status"] for e in data["findings"]] == ["new"] * 3 + ["resolved"] * 2 + [
        "unchanged"] * 2
    assert (data["old"], data["new"], data["fail_on"]) == ("old-run", "new-run", "high")


def test_table_lists_every_finding_once_with_its_status():
    table = diff_table(diff_findings(OLD, NEW)).splitlines()
    assert table[0].split() == ["status", "severity", "rule", "subject", "finding_id"]
    body = table[1:-1]
    assert sorted(line.split()[-1] for line in body) == ["a", "b", "c", "d", "e", "g", "h"]
    assert table[-1] == "3 new, 2 resolved, 2 unchanged"
    marked = diff_table(diff_findings([], [f("x", suppressed=True)]))
    assert "new (suppressed)" in marked

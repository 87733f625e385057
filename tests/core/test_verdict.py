"""The exit status, as a table: the one function `run`, `classify` and `diff` share."""

from __future__ import annotations

import pytest

from pipelines.core.verdict import EXIT_CLEAN, EXIT_FINDINGS, EXIT_REJECTED, exit_status


def f(severity: str, suppressed: bool = False) -> dict:
    return {"severity": severity, "suppressed": suppressed}


VERDICTS = [
    # (findings, fail_on, rejected fraction, max rejected, exit status)
    ([], "high", 0.0, 0.01, EXIT_CLEAN),
    ([f("high")], "high", 0.0, 0.01, EXIT_FINDINGS),
    ([f("critical")], "high", 0.0, 0.01, EXIT_FINDINGS),
    ([f("medium")], "high", 0.0, 0.01, EXIT_CLEAN),
    ([f("medium")], "medium", 0.0, 0.01, EXIT_FINDINGS),
    ([f("info")], "info", 0.0, 0.01, EXIT_FINDINGS),
    ([f("info")], "low", 0.0, 0.01, EXIT_CLEAN),
    ([f("critical")], "never", 0.0, 0.01, EXIT_CLEAN),
    ([f("high", suppressed=True)], "high", 0.0, 0.01, EXIT_CLEAN),
    ([f("high", suppressed=True), f("high")], "high", 0.0, 0.01, EXIT_FINDINGS),
    # too many rejected rows: no verdict, whatever the findings say
    ([], "high", 0.02, 0.01, EXIT_REJECTED),
    ([f("high")], "high", 0.02, 0.01, EXIT_REJECTED),
    ([f("high")], "never", 0.5, 0.01, EXIT_REJECTED),
    # exactly at the limit is still within it
    ([f("high")], "high", 0.01, 0.01, EXIT_FINDINGS),
    ([], "high", 1.0, 1.0, EXIT_CLEAN),
]


@pytest.mark.parametrize(("findings", "fail_on", "rejected", "max_rejected", "expected"),
                         VERDICTS)
def test_exit_status(findings, fail_on, rejected, max_rejected, expected):
    assert exit_status(findings, fail_on, rejected, max_rejected) == expected


def test_diff_uses_the_same_verdict_on_new_findings_only():
    from pipelines.runs.diff import diff_findings

    old = [{"finding_id": "a", "severity": "high", "rule": "weak-tls", "subject": "T1"}]
    new = old + [{"finding_id": "b", "severity": "medium", "rule": "weak-tls", "subject": "T2"}]
    changes = diff_findings(old, new)
    assert exit_status(changes.new, "high") == EXIT_CLEAN  # the high one is not new
    assert exit_status(changes.new, "medium") == EXIT_FINDINGS

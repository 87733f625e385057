"""The exit status of a run or a diff: one pure function, so that `run`, `classify` and
`diff` can never disagree on what "failing" means.

0 nothing unsuppressed at or above --fail-on; 1 such findings; 2 usage, configuration
or unreadable input (decided before any verdict); 3 more input rows rejected than
--max-rejected allows, which wins over 1: an audit of unreadable input is no verdict.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from pipelines.core.model import SEVERITY_RANK

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_REJECTED = 0, 1, 2, 3
NEVER = "never"
FAIL_ON = ("critical", "high", "medium", "low", "info", NEVER)


def failing(findings: Iterable[Mapping], fail_on: str) -> list[Mapping]:
    """Findings at or above `fail_on` that no baseline suppresses."""
    if fail_on == NEVER:
        return []
    threshold = SEVERITY_RANK[fail_on]
    return [f for f in findings
            if not f.get("suppressed") and SEVERITY_RANK[f["severity"]] >= threshold]


def exit_status(findings: Iterable[Mapping], fail_on: str, rejected_fraction: float = 0.0,
                max_rejected: float = 1.0) -> int:
    if rejected_fraction > max_rejected:
        return EXIT_REJECTED
    return EXIT_FINDINGS if failing(findings, fail_on) else EXIT_CLEAN

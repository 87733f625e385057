"""`flowaudit diff OLD NEW`: what changed between two runs, by `finding_id`.

`finding_id` hashes a finding's rule and subject only, so the same problem keeps its id
from run to run; a changed severity (e.g. personal data now moved) shows as unchanged
with both severities.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipelines.core.masking import printable
from pipelines.core.model import SEVERITY_RANK
from pipelines.core.verdict import failing

NEW, RESOLVED, UNCHANGED = "new", "resolved", "unchanged"


def _order(row: dict) -> tuple:
    return (-SEVERITY_RANK[row["severity"]], row["rule"], row["subject"], row["finding_id"])


@dataclass(frozen=True)
class FindingsDiff:
    new: tuple[dict, ...]
    resolved: tuple[dict, ...]
    unchanged: tuple[tuple[dict, dict], ...]  # (old, new)

    def failing(self, fail_on: str) -> list[dict]:
        """New findings at or above `fail_on` that no baseline suppresses."""
        return failing(self.new, fail_on)

    def entries(self) -> list[dict]:
        """One row per finding: status, then what a reader needs to recognise it."""
        out = [_entry(NEW, row) for row in self.new]
        out += [_entry(RESOLVED, row) for row in self.resolved]
        for old, new in self.unchanged:
            entry = _entry(UNCHANGED, new)
            if old["severity"] != new["severity"]:
                entry["old_severity"] = old["severity"]
            out.append(entry)
        return out

    def to_json(self, old: str, new: str, fail_on: str) -> dict:
        return {
            "old": old,
            "new": new,
            "counts": {NEW: len(self.new), RESOLVED: len(self.resolved),
                       UNCHANGED: len(self.unchanged)},
            "fail_on": fail_on,
            "failing": [row["finding_id"] for row in self.failing(fail_on)],
            "findings": self.entries(),
        }


def _entry(status: str, row: dict) -> dict:
    return {"status": status, "finding_id": row["finding_id"], "severity": row["severity"],
            "rule": row["rule"], "subject": row["subject"],
            "suppressed": bool(row.get("suppressed"))}


def diff_findings(old: list[dict], new: list[dict]) -> FindingsDiff:
    before = {row["finding_id"]: row for row in old}
    after = {row["finding_id"]: row for row in new}
    return FindingsDiff(
        new=tuple(sorted((r for i, r in after.items() if i not in before), key=_order)),
        resolved=tuple(sorted((r for i, r in before.items() if i not in after), key=_order)),
        unchanged=tuple(sorted(((before[i], r) for i, r in after.items() if i in before),
                               key=lambda pair: _order(pair[1]))),
    )


def diff_table(diff: FindingsDiff) -> str:
    header = ("status", "severity", "rule", "subject", "finding_id")
    rows = []
    for entry in diff.entries():
        severity = entry["severity"]
        if "old_severity" in entry:
            severity = f"{entry['old_severity']}->{severity}"
        status = entry["status"] + (" (suppressed)" if entry["suppressed"] else "")
        rows.append(tuple(printable(str(value)) for value in (
            status, severity, entry["rule"], entry["subject"], entry["finding_id"])))
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = ["  ".join(str(v).ljust(w) for v, w in zip(r, widths, strict=True)).rstrip()
             for r in [header, *rows]]
    lines.append(f"{len(diff.new)} new, {len(diff.resolved)} resolved, "
                 f"{len(diff.unchanged)} unchanged")
    return "\n".join(lines) + "\n"

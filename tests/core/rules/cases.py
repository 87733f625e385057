"""What the rule tables share: moved-data summaries and a transfer builder."""

from __future__ import annotations

from pipelines.core.model import DataSummary, Transfer

PERSONAL = DataSummary(records=3, personal_records=2, entity_counts=(("EMAIL_ADDRESS", 2),),
                       personal_samples=("c1", "c2"), other_samples=("c3",))
CUSTOMER = DataSummary(records=4, other_samples=("t1", "t2", "t3", "t4"))
MISSING = DataSummary(records=2, unclassified_records=2, other_samples=("x1", "x2"))
MIXED = DataSummary(records=3, personal_records=1, unclassified_records=1)
NOTHING = DataSummary()


def transfer(**fields) -> Transfer:
    base = dict(transfer_id="T1", timestamp="2026-10-01T00:00:00Z", source="t.jsonl",
                position=1, source_environment="prod", source_region="westeurope",
                source_geo="europe", dataset="prod/contacts")
    base.update(fields)
    return Transfer(**base)


def verdicts(findings) -> set[tuple[str, str]]:
    return {(f.rule, f.severity) for f in findings}

"""Rejected is not absent (issue 14, D8/D9): records present but rejected, or whose copies
differ, are judged as if personal by every rule, and the finding says why; records
absent from the input stay `unclassified-data-outside-geo`."""

from __future__ import annotations

import pytest

from pipelines.core.model import (
    ClassifiedRecord,
    PresumedRecord,
    merge_summaries,
    summarise_missing,
    summarise_record,
)
from pipelines.core.rules import judge_transfer
from tests.core.rules.cases import transfer, verdicts

REJECTED = summarise_record(PresumedRecord(
    "prod/contacts", "p1", "a row of it was rejected: JSON object repeats a key"))
CONFLICT = summarise_record(ClassifiedRecord(
    "prod/contacts", "c7", "prod", "westeurope", "europe", False, "personal", (), (),
    "a.jsonl", presumed=True, note="its 2 copies differ"))
ABSENT = summarise_missing("ghost")

CASES = [
    # (what moved, transfer fields) -> {(rule, severity)}, words the message must hold
    ("rejected-over-a-blocked-connector", REJECTED,
     {"connector": "shared_dropbox", "destination_region": "eastus"},
     {("blocked-connector", "high"), ("personal-data-outside-geo", "high")},
     "judged as personal because nobody can show it is not — a row of it was rejected"),
    ("conflicting-copies-leave-the-geo", CONFLICT, {"destination_region": "eastus"},
     {("personal-data-outside-geo", "high")}, "its 2 copies differ"),
    ("absent-stays-unclassified", ABSENT,
     {"connector": "shared_dropbox", "destination_region": "eastus"},
     {("blocked-connector", "medium"), ("unclassified-data-outside-geo", "medium")}, None),
    ("rejected-beside-absent", merge_summaries(REJECTED, ABSENT),
     {"destination_region": "eastus"},
     {("personal-data-outside-geo", "high"), ("unclassified-data-outside-geo", "medium")},
     "1 record judged as personal"),
]


@pytest.mark.parametrize(("moved", "fields", "expected", "words"), [c[1:] for c in CASES],
                         ids=[c[0] for c in CASES])
def test_rejected_is_not_absent(tenant, moved, fields, expected, words):
    findings = judge_transfer(transfer(**fields), moved, tenant)
    assert verdicts(findings) == expected
    if words:
        assert all(words in f.message for f in findings if f.severity == "high")


def test_a_message_is_never_formatted_from_input_text(tenant):
    """An action or connector id holding braces once broke `str.format` (the audit died)."""
    from dataclasses import replace

    from pipelines.tenant.dlp import PolicySet
    from pipelines.tenant.exports.dlp_inline import policy_from_inline

    policy = policy_from_inline({"name": "Actions", "scope": "all",
                                 "business": ["shared_office365"],
                                 "action_rules": {"shared_office365": {"default": "block"}}})
    strict = replace(tenant, policies=PolicySet((policy,)))
    findings = judge_transfer(transfer(connector="shared_office365", action="Send{Mail}{0}"),
                              REJECTED, strict)
    assert verdicts(findings) == {("blocked-connector-action", "high")}
    assert "action Send{Mail}{0} of connector shared_office365" in findings[0].message

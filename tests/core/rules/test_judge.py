"""Every per-transfer rule at once: several findings per transfer, what they carry."""

from __future__ import annotations

from pipelines.core.rules import judge_transfer
from tests.core.rules.cases import PERSONAL, transfer, verdicts


def test_one_transfer_can_break_several_rules(tenant):
    bad = transfer(destination_region="eastus", destination_geo="unitedstates",
                   connector="shared_dropbox", tls_version="1.0")
    assert verdicts(judge_transfer(bad, PERSONAL, tenant)) == {
        ("personal-data-outside-geo", "high"), ("blocked-connector", "high"), ("weak-tls", "high")}


def test_finding_carries_counts_and_samples_not_values(tenant):
    bad = transfer(destination_region="eastus", destination_geo="unitedstates")
    (finding,) = judge_transfer(bad, PERSONAL, tenant)
    data = finding.to_json()
    assert data["records"] == 3 and data["personal_records"] == 2
    assert data["sample_record_ids"] == ["c1", "c2", "c3"]
    assert data["entity_types"] == {"EMAIL_ADDRESS": 2}
    assert data["source_geo"] == "europe" and data["destination_geo"] == "unitedstates"
    assert finding.finding_id == judge_transfer(bad, PERSONAL, tenant)[0].finding_id

"""summary.json's `locations`: the run's folder and where each DLP policy is declared."""

from __future__ import annotations

from pipelines.config import load_config
from pipelines.runs.locations import run_locations
from tests.conftest import TEST_CONFIG

TWO_POLICIES = TEST_CONFIG.replace("residency:", """  - name: Sandbox policy
    scope: only
    environments: [dev]
    blocked: [shared_twitter]
residency:""")


def test_policies_are_recorded_with_their_key_and_line(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(TWO_POLICIES, encoding="utf-8")
    lines = path.read_text().splitlines()
    locations = run_locations(load_config(path), str(tmp_path))
    assert locations["working_directory"] == str(tmp_path)
    policies = locations["dlp_policies"]
    assert [(p["policy"], p["key"]) for p in policies] == [
        ("Tenant policy", "dlp_policies[0]"), ("Sandbox policy", "dlp_policies[1]")]
    for entry in policies:
        assert lines[entry["line"] - 1].strip() == f"- name: {entry['policy']}"


def test_a_config_that_cannot_be_read_again_has_no_lines(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text(TWO_POLICIES, encoding="utf-8")
    config = load_config(path)
    path.unlink()
    assert [p["line"] for p in run_locations(config, str(tmp_path))["dlp_policies"]] == \
        [None, None]

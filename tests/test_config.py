"""Configuration: shape and meaning validated once, every problem named by its key."""

from __future__ import annotations

import pytest

from pipelines.config import ConfigError, load_config
from tests.conftest import TEST_CONFIG


def write(tmp_path, text: str):
    path = tmp_path / "config.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def problems_of(tmp_path, text: str) -> list[str]:
    with pytest.raises(ConfigError) as caught:
        load_config(write(tmp_path, text))
    return caught.value.problems


def test_valid_config_builds_tenant(tmp_path):
    config = load_config(write(tmp_path, TEST_CONFIG))
    tenant = config.tenant
    assert tenant.home_geo == "europe"
    assert tenant.environment("APAC").geo == "australia"
    assert ("europe", "unitedkingdom") in tenant.allowed_transfers
    assert [p.name for p in tenant.policies.policies] == ["Tenant policy"]
    assert config.classifier.score_threshold == 0.5


def test_minimal_config_gets_defaults(tmp_path):
    config = load_config(write(tmp_path, "tenant: {home_geo: europe}\n"))
    assert config.tenant.min_tls == "1.2"
    assert "PERSON" in config.classifier.personal_entities
    assert "URL" in config.classifier.customer_entities


@pytest.mark.parametrize(("text", "expected"), [
    ("tenant: {home_geo: europa}\n", "tenant.home_geo: unknown geo 'europa' (did you mean 'europe'?)"),
    ("tenant: {}\n", "tenant.home_geo: Field required"),
    ("tenant: {home_geo: europe}\ntransit: {min_tls: '2.0'}\n", "transit.min_tls: Input should be"),
    ("tenant: {home_geo: europe}\nclassification: {score_threshold: 3}\n",
     "classification.score_threshold: Input should be less than or equal to 1"),
    ("tenant: {home_geo: europe}\nenvironments: [{id: a, geo: mars}]\n",
     "environments[0].geo: unknown geo 'mars'"),
    ("tenant: {home_geo: europe}\nenvironments: [{id: a, geo: europe, region: eastus}]\n",
     "environments[0].region: 'eastus' is not a region of geo 'europe'"),
    ("tenant: {home_geo: europe}\nresidency: {allowed_transfers: [{from: europe, to: narnia}]}\n",
     "residency.allowed_transfers[0].to: unknown geo 'narnia'"),
    ("tenant: {home_geo: europe}\ntypo_section: 1\n", "typo_section: Extra inputs are not permitted"),
    ("tenant: {home_geo: europe}\ndlp_policies: [{file: missing.json}]\n",
     "dlp_policies[0]: no such file 'missing.json'"),
    ("tenant: {home_geo: europe}\nenvironment_files: [nope.json]\n",
     "environment_files[0]: no such file 'nope.json'"),
    ("tenant: [\n", "not valid YAML at line"),
    ("- just a list\n", "expected a mapping at the top level"),
])
def test_problems_name_their_key(tmp_path, text, expected):
    problems = problems_of(tmp_path, text)
    assert any(expected in problem for problem in problems), problems


def test_every_problem_at_once(tmp_path):
    problems = problems_of(tmp_path, """
tenant: {home_geo: europa}
dlp_policies:
  - {name: ok, scope: all}
  - {name: bad, scope: all, default_group: purple}
""")
    assert any(p.startswith("tenant.home_geo") for p in problems)
    assert any(p.startswith("dlp_policies[1]") and "purple" in p for p in problems)


def test_yaml_is_loaded_safely(tmp_path):
    problems = problems_of(tmp_path, "tenant: !!python/object/apply:os.system ['echo hacked']\n")
    assert problems and "not valid YAML" in problems[0]


def test_relative_paths_resolve_against_config_folder(tmp_path):
    (tmp_path / "policies").mkdir()
    (tmp_path / "policies" / "p.yaml").write_text(
        "name: From file\nscope: all\nblocked: [shared_ftp]\n", encoding="utf-8")
    sub = tmp_path / "elsewhere"
    sub.mkdir()
    text = "tenant: {home_geo: europe}\ndlp_policies: [{file: ../policies/p.yaml}]\n"
    config = load_config(write(sub, text))
    assert [p.name for p in config.tenant.policies.policies] == ["From file"]

"""Configuration: shape and meaning validated once, every problem named by its key."""

from __future__ import annotations

from pathlib import Path

import pytest

from classifiers.settings import CustomRecognizerSpec, PatternSpec
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
    ("tenant: {home_geo: europe}\nclassification: {languages: [en, german]}\n",
     "classification.languages[1]: 'german' is not an ISO 639-1 code"),
    ("tenant: {home_geo: europe}\nclassification: {languages: [en, de], models: {fr: x}}\n",
     "classification.models.fr: not among classification.languages"),
    ("tenant: {home_geo: europe}\nclassification: {models: {en: en_core_web_sm}}\n",
     "classification.models.en: English text is read by classification.model"),
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


# --- the tenant model through the config ------------------------------------------------

import json  # noqa: E402

from tests.fixtures_tenant import FIXTURES, POWERPLATFORM_FILES  # noqa: E402

BASE = """tenant: {home_geo: europe}
environments:
  - {id: contoso-prod, geo: europe, region: westeurope}
  - {id: contoso-dev, geo: europe, region: North Europe}
"""


def test_reference_exports_config_loads_every_power_platform_file():
    """Acceptance: a config naming every reference export validates (also run through the
    CLI in test_cli.py)."""
    text = (FIXTURES / "reference-tenant.yaml").read_text(encoding="utf-8")
    assert all(name in text for name in POWERPLATFORM_FILES)
    config = load_config(FIXTURES / "reference-tenant.yaml")
    tenant = config.tenant
    assert tenant.environment("Default-ca08493a-c9c8-4db0-a9e8-d3b4bafac269").region == "usgovtexas"
    assert tenant.environment("00000000-0000-0000-0000-000000000001").geo == "europe"
    assert tenant.policies.unblockable == {"shared_approvals", "shared_cloudappsecurity",
                                           "shared_commondataservice"}
    # a1 and a2 of the list equal neither single GET export exactly, so all are kept;
    # the v1 policy is the sixth
    assert len(tenant.policies.policies) == 6
    assert any("also defined, differently" in w for w in config.warnings)
    # stale environment ids in the exports: warned about, not refused
    stale = [w for w in config.warnings if "unknown environment" in w]
    assert any("'be0eb809-e58a-ec1b-8fce-ea40b0e53442'" in w for w in stale)
    assert any("'00000000-0000-0000-0000-000000000000'" in w for w in stale)


def test_the_same_policy_exported_twice_counts_once(tmp_path):
    policy = json.loads((FIXTURES / "dlp_get_policy_02.json").read_text())
    for name in ("a.json", "b.json"):
        (tmp_path / name).write_text(json.dumps(policy))
    text = BASE + ("  - {id: be0eb809-e58a-ec1b-8fce-ea40b0e53442, geo: europe}\n"
                   "dlp_policies: [{file: a.json}, {file: b.json}]\n")
    config = load_config(write(tmp_path, text))
    assert len(config.tenant.policies.policies) == 1 and config.warnings == ()


@pytest.mark.parametrize(("policy", "expected"), [
    # environments without a scope: refused, never silently tenant-wide
    ("{name: p, environments: [contoso-prod]}", "dlp_policies[0].scope: missing"),
    ("{name: p, scope: only, environments: [contoso-prd]}",
     "dlp_policies[0].environments[0]: unknown environment 'contoso-prd' (not among the "
     "tenant's environments) (did you mean 'contoso-prod'?)"),
    ("{name: p, scope: except, environments: [CONTOSO-DEV, contoso-qa]}",
     "dlp_policies[0].environments[1]: unknown environment 'contoso-qa'"),
    ("{name: p, scope: all, default_group: purple}",
     "dlp_policies[0].default_group: 'purple' is not one of business, non_business, blocked"),
    ("{name: p, scope: everywhere}", "dlp_policies[0].scope: 'everywhere' is not one of"),
    ("{name: p, scop: all}", "dlp_policies[0].scop: Extra inputs are not permitted"),
    ("{name: p, custom_connector_patterns: [{pattern: 'https://*.x.com', classification: red}]}",
     "dlp_policies[0].custom_connector_patterns[0].classification"),
    # the values reach one validator, policy_from_inline, exactly as written
    ("{name: p, business: [shared_sql, 3]}",
     "dlp_policies[0].business[1]: expected a connector id, got 3"),
    ("{name: p, display_name: 3}", "dlp_policies[0].display_name: expected a string, got 3"),
    ("{name: p, action_rules: [x]}",
     "dlp_policies[0].action_rules: expected a mapping of connector id to rules"),
    ("{name: p, scope: only, environments: contoso-prd}",
     "dlp_policies[0].environments[0]: unknown environment 'contoso-prd'"),
    ("{scope: all}", "dlp_policies[0].name: expected the policy name"),
])
def test_inline_policy_problems(tmp_path, policy, expected):
    problems = problems_of(tmp_path, BASE + f"dlp_policies:\n  - {policy}\n")
    assert any(expected in p for p in problems), problems
    assert not any("file: Field required" in p for p in problems), problems


def test_inline_policy_keeps_only_what_the_user_wrote(tmp_path):
    config = load_config(write(tmp_path, BASE + "dlp_policies:\n  - {name: p, blocked: [x]}\n"))
    (policy,) = config.tenant.policies.policies
    assert policy.scope == "all" and policy.default_group == "non_business"
    assert config.tenant.environment("contoso-dev").region == "northeurope"


def test_inline_policy_names_are_unique(tmp_path):
    problems = problems_of(tmp_path, BASE + "dlp_policies:\n  - {name: p, blocked: [x]}\n"
                                            "  - {name: p, blocked: [y]}\n")
    assert any(p.startswith("dlp_policies[1].name: policy 'p' is already defined") for p in problems)


def test_file_policy_naming_an_unknown_environment_is_a_warning(tmp_path):
    """Real exports keep the ids of deleted environments: a warning, not an error."""
    policy = json.loads((FIXTURES / "dlp_create_get_policy_01.json").read_text())
    (tmp_path / "p.json").write_text(json.dumps(policy))
    config = load_config(write(tmp_path, BASE + "dlp_policies: [{file: p.json}]\n"))
    assert len(config.tenant.policies.policies) == 1
    assert config.warnings == (
        "dlp_policies[0] (p.json): policy 'Block All Policy (00000000-0000-0000-0000-000000000001)'"
        " environments: unknown environment '00000000-0000-0000-0000-000000000000' (not among "
        "the tenant's environments); a stale id in an export, the policy still applies to the "
        "environments the tenant has",)


def test_environment_files_are_checked_against_the_catalogue(tmp_path):
    envs = {"value": [
        {"name": "a", "location": "europa", "properties": {"azureRegion": "westeurope"}},
        {"name": "b", "location": "europe", "properties": {"azureRegion": "westeuropa"}},
        {"name": "c", "location": "europe", "properties": {"azureRegion": "West Europe"}},
        {"name": "d", "location": "france", "properties": {"azureRegion": "centralfrance"}},
    ]}
    (tmp_path / "envs.json").write_text(json.dumps(envs))
    problems = problems_of(tmp_path, "tenant: {home_geo: europe}\nenvironment_files: [envs.json]\n")
    assert problems == [
        "environment_files[0] (envs.json): environment 'a' location: unknown geo 'europa' "
        "(did you mean 'europe'?)",
        "environment_files[0] (envs.json): environment 'b' region: 'westeuropa' is not a region "
        "of geo 'europe' (did you mean 'westeurope'?)",
    ]


@pytest.mark.parametrize(("network", "expected"), [
    ("{allowed_service_tags: ['AzureCloud.westeurope']}",
     "network.service_tags_file: required when allowed_service_tags is set"),
    ("{service_tags_file: tags.json}", "network.allowed_service_tags: empty"),
    ("{service_tags_file: tags.json, allowed_service_tags: [PowerPlatformInfra.WestEuropa]}",
     "network.allowed_service_tags[0]: 'PowerPlatformInfra.WestEuropa' matches no tag of "
     "tags.json (did you mean 'PowerPlatformInfra.WestEurope'?)"),
    ("{service_tags_file: nope.json, allowed_service_tags: ['*']}",
     "network.service_tags_file: no such file 'nope.json'"),
])
def test_service_tag_settings(tmp_path, network, expected):
    (tmp_path / "tags.json").write_bytes((FIXTURES / "ServiceTags_trimmed.json").read_bytes())
    problems = problems_of(tmp_path, f"tenant: {{home_geo: europe}}\nnetwork: {network}\n")
    assert any(expected in p for p in problems), problems


def test_every_problem_of_the_tenant_at_once(tmp_path):
    problems = problems_of(tmp_path, """
tenant: {home_geo: eurpoe}
environments: [{id: prod, geo: australia, region: australiaest}]
dlp_policies:
  - {name: p, scope: only, environments: [prd]}
  - {name: q, default_group: purple}
network: {allowed_service_tags: [x]}
""")
    assert [p.split(":")[0] for p in problems] == [
        "tenant.home_geo", "environments[0].region", "dlp_policies[0].environments[0]",
        "dlp_policies[1].default_group", "network.service_tags_file"]
    assert "did you mean 'europe'" in problems[0]
    assert "did you mean 'australiaeast'" in problems[1]
    assert "did you mean 'prod'" in problems[2]


def test_connector_catalogue_warns_about_unknown_connectors(tmp_path):
    for name in ("connectors_get_apis.json", "connectors_get_virtual.json"):
        (tmp_path / name).write_bytes((FIXTURES / name).read_bytes())
    config = load_config(write(tmp_path, BASE + """
connector_catalogue_files: [connectors_get_apis.json, connectors_get_virtual.json]
dlp_policies:
  - {name: p, business: [shared_sharepointonlin, shared_onedriveforbusiness], blocked: [Http]}
"""))
    assert config.warnings == (
        "policy 'p' (dlp_policies[0]): connector 'shared_sharepointonlin' is not in the "
        "connector catalogue (did you mean 'shared_sharepointonline'?)",)


CUSTOM_RECOGNIZERS = r"""
tenant: {name: T, home_geo: europe}
classification:
  personal_entities: [PERSON, EMAIL_ADDRESS, EMPLOYEE_ID, PATIENT_ID]
  customer_entities: [URL, PROJECT]
  recognizers:
    - name: employee ids
      entity: EMPLOYEE_ID
      patterns: [{name: emp, regex: '\bEMP-\d{6}\b', score: 0.3}]
      context: [employee, staff]
    - name: patient numbers
      entity: PATIENT_ID
      patterns: [{name: card-like, regex: '\b\d{16}\b', score: 0.6}]
      checksum: luhn
    - {name: project names, entity: PROJECT, deny_list: [Project Bluebird, Project Falcon]}
"""


def test_custom_recognizers_come_from_the_config(tmp_path):
    settings = load_config(write(tmp_path, CUSTOM_RECOGNIZERS)).classifier
    assert settings.recognizers == (
        CustomRecognizerSpec(
            "employee ids", "EMPLOYEE_ID",
            patterns=(PatternSpec("emp", r"\bEMP-\d{6}\b", 0.3),), context=("employee", "staff")),
        CustomRecognizerSpec(
            "patient numbers", "PATIENT_ID",
            patterns=(PatternSpec("card-like", r"\b\d{16}\b", 0.6),), checksum="luhn"),
        CustomRecognizerSpec(
            "project names", "PROJECT", deny_list=("Project Bluebird", "Project Falcon")),
    )
    assert "PATIENT_ID" in settings.personal_entities and "PROJECT" in settings.customer_entities
    problems = problems_of(tmp_path, CUSTOM_RECOGNIZERS.replace("checksum: luhn", "checksum: crc32"))
    assert any("checksum" in problem for problem in problems), problems


def test_each_applied_policy_knows_its_config_key(tmp_path):
    """SARIF and OCSF point a DLP finding at the config entry of its policy."""
    from tests.conftest import ROOT

    config = load_config(ROOT / "configs" / "default.yaml")
    assert config.policy_keys == (("Contoso tenant policy", "dlp_policies[0]"),
                                  ("Contoso dev sandbox policy", "dlp_policies[1]"))
    path = tmp_path / "config.yaml"
    path.write_text(TEST_CONFIG, encoding="utf-8")
    assert load_config(path).policy_keys == (("Tenant policy", "dlp_policies[0]"),)


def test_languages_and_models_reach_the_classifier(tmp_path):
    path = tmp_path / "config.yaml"
    path.write_text("tenant: {home_geo: europe}\nclassification:\n  languages: [en, fr, de]\n"
                    "  models: {fr: models/fr}\n", encoding="utf-8")
    settings = load_config(path).classifier
    assert settings.languages == ("en", "fr", "de")
    assert settings.models == (("fr", str(tmp_path / "models/fr")),)


def test_one_default_personal_entity_list():
    """configs/default.yaml, classifiers/settings.py and the README name the same list."""
    import re

    from classifiers.settings import DEFAULT_PERSONAL

    root = Path(__file__).resolve().parent.parent
    assert load_config(root / "configs" / "default.yaml").classifier.personal_entities \
        == DEFAULT_PERSONAL
    readme = (root / "README.md").read_text(encoding="utf-8")
    listed = re.search(r"personal_entities: \[([^\]]*)\]", readme).group(1)
    assert tuple(re.findall(r"[A-Z_]+", listed)) == DEFAULT_PERSONAL

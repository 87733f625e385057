"""The rule registry is the one list of rules: every rule a module makes is in it, with a
severity from it, and the README's rule table is rendered from it."""

from __future__ import annotations

import re

import pytest

from pipelines.core.model import SEVERITIES
from pipelines.core.rules.registry import RULES, SUBJECT_FIELDS, Rule, rules_table
from tests.conftest import ROOT


def test_readme_rule_table_is_the_registry():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    match = re.search(r"^\| rule \| severity \| when \|\n(?:\|.*\|\n)+", readme, re.MULTILINE)
    assert match, "README.md has no rule table"
    assert match.group(0) == rules_table()


@pytest.mark.parametrize("rule", list(RULES.values()), ids=list(RULES))
def test_every_rule_is_complete(rule):
    assert re.fullmatch(r"[a-z]+(?:-[a-z]+)*", rule.id)
    assert rule.severity in SEVERITIES
    assert rule.personal_severity in (None, *SEVERITIES)
    assert rule.subjects and all(s in SUBJECT_FIELDS for s in rule.subjects)
    assert rule.description and rule.remediation
    assert rule.description[0].islower() and not rule.description.endswith(".")


@pytest.mark.parametrize(("rule", "personal", "expected"), [
    (RULES["weak-tls"], False, "high"),
    (RULES["weak-tls"], True, "high"),
    (RULES["blocked-connector"], False, "medium"),
    (RULES["blocked-connector"], True, "high"),
    (RULES["customer-data-outside-geo"], True, "info"),
])
def test_severity_comes_from_the_registry(rule, personal, expected):
    assert rule.severity_for(personal) == expected
    assert rule.finding("s", "m", {}, personal=personal).severity == expected


def test_an_unknown_severity_is_refused():
    with pytest.raises(ValueError, match="unknown severity"):
        Rule("x", "dlp", "severe", ("transfer",), "d", "r")

"""The fourth round of held-out European templates is complete and fills with the harness's
placeholders (no classifier is run here: the texts stay unseen by it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from european_templates import (  # noqa: E402
    NOT_PERSONAL,
    NOT_PERSONAL_NEW,
    PERSONAL,
    PERSONAL_NEW,
)
from european_templates_fourth import NOT_PERSONAL_FOURTH, PERSONAL_FOURTH  # noqa: E402
from european_templates_third import NOT_PERSONAL_THIRD, PERSONAL_THIRD  # noqa: E402
from eval_european import LANGUAGES, Filler  # noqa: E402

PERSON_PLACEHOLDERS = {"name", "name2", "name3", "first", "last", "addr", "phone", "email",
                       "iban", "nid"}


@pytest.mark.parametrize("templates", [PERSONAL_FOURTH, NOT_PERSONAL_FOURTH])
def test_twelve_templates_per_language(templates):
    assert sorted(templates) == sorted(LANGUAGES)
    assert all(len(templates[language]) == 12 for language in LANGUAGES)


@pytest.mark.parametrize("seed", [1, 2])
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_template_fills(language, seed):
    filler = Filler(language, seed)
    for template in PERSONAL_FOURTH[language] + NOT_PERSONAL_FOURTH[language]:
        text = filler.fill(template, lower_as_written=True)
        assert not re.search(r"\{\w+\}", text), template


@pytest.mark.parametrize("language", LANGUAGES)
def test_personal_ones_hold_a_person_and_the_others_none(language):
    for template in PERSONAL_FOURTH[language]:
        assert set(re.findall(r"\{(\w+)\}", template)) & PERSON_PLACEHOLDERS, template
    for template in NOT_PERSONAL_FOURTH[language]:
        assert not set(re.findall(r"\{(\w+)\}", template)) & PERSON_PLACEHOLDERS, template


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_template_repeats_an_earlier_round(language):
    earlier = set(PERSONAL[language] + NOT_PERSONAL[language] + PERSONAL_NEW[language]
                  + NOT_PERSONAL_NEW[language] + PERSONAL_THIRD[language]
                  + NOT_PERSONAL_THIRD[language])
    fourth = PERSONAL_FOURTH[language] + NOT_PERSONAL_FOURTH[language]
    assert len(set(fourth)) == len(fourth)
    assert not earlier & set(fourth)

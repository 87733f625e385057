"""Recognizers built from the config by themselves: patterns, checksums and deny lists."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from classifiers.recognizers.custom import custom_recognizer
from classifiers.settings import CustomRecognizerSpec, PatternSpec
from tests.classifiers.recognizers.assertions import assert_results

SPECS = {
    "employee": CustomRecognizerSpec(
        "employee ids", "EMPLOYEE_ID",
        patterns=(PatternSpec("emp", r"\bEMP-\d{6}\b", 0.3),), context=("employee", "staff")),
    "patient": CustomRecognizerSpec(
        "patient numbers", "PATIENT_ID",
        patterns=(PatternSpec("card-like", r"\b\d{16}\b", 0.6),), checksum="luhn"),
    "account": CustomRecognizerSpec(
        "accounts", "BANK_ACCOUNT",
        patterns=(PatternSpec("iban", r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b", 0.5),),
        checksum="iban"),
    "project": CustomRecognizerSpec(
        "project names", "PROJECT", deny_list=("Project Bluebird", "Project Falcon")),
}
RECOGNIZERS = {key: custom_recognizer(spec) for key, spec in SPECS.items()}


@pytest.mark.parametrize("key", SPECS)
def test_the_recognizer_is_the_spec(key):
    spec, recognizer = SPECS[key], RECOGNIZERS[key]
    assert (recognizer.name, recognizer.supported_entities) == (spec.name, [spec.entity])
    assert recognizer.context == (list(spec.context) or None)


FOUND = [
    # (spec, text, entity, span, start, end, lowest score, highest score)
    ("employee", "staff member EMP-004211 called in sick", "EMPLOYEE_ID", "EMP-004211", 13, 23, 0.3, 0.3),
    ("employee", "ticket emp-004211 closed", "EMPLOYEE_ID", "emp-004211", 7, 17, 0.3, 0.3),  # Presidio matches in any case
    # a passed checksum raises a pattern's score to the maximum
    ("patient", "ref 4111111111111111", "PATIENT_ID", "4111111111111111", 4, 20, 1.0, 1.0),
    ("account", "Pay to GB82WEST12345698765432 today", "BANK_ACCOUNT", "GB82WEST12345698765432", 7, 29, 1.0, 1.0),
    # a deny list is matched as whole words, in any case
    ("project", "Project Bluebird slipped a week", "PROJECT", "Project Bluebird", 0, 16, 1.0, 1.0),
    ("project", "status of project falcon?", "PROJECT", "project falcon", 10, 24, 1.0, 1.0),
]


@pytest.mark.parametrize(("key", "text", "entity", "span", "start", "end", "low", "high"), FOUND)
def test_custom_found(key, text, entity, span, start, end, low, high):
    results = RECOGNIZERS[key].analyze(text, [entity])
    assert_results(results, text, entity, [(span, start, end, low, high)])


NOT_FOUND = [
    ("employee", "ticket EMP-04211 closed"),  # five digits
    ("patient", "ref 4111111111111112"),  # fails Luhn
    ("account", "Pay to GB82WEST12345698765433 today"),  # fails mod 97
    ("project", "Projects Bluebird and Falcon"),
    ("project", "Project Bluebirds"),
]


@pytest.mark.parametrize(("key", "text"), NOT_FOUND)
def test_custom_not_found(key, text):
    recognizer = RECOGNIZERS[key]
    assert recognizer.analyze(text, recognizer.supported_entities) == []


WITH_CONTEXT = [
    # (text, span, start, end, lowest score, highest score)
    ("staff member EMP-004211 called in sick", "EMP-004211", 13, 23, 0.64, 0.66),
    ("ticket EMP-004211 closed", "EMP-004211", 7, 17, 0.3, 0.3),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), WITH_CONTEXT)
def test_the_specs_context_words_raise_the_score(nlp_artifacts, text, span, start, end, low, high):
    recognizer = RECOGNIZERS["employee"]
    artifacts = nlp_artifacts(text)
    results = LemmaContextAwareEnhancer().enhance_using_context(
        text, recognizer.analyze(text, ["EMPLOYEE_ID"], artifacts), artifacts, [recognizer], [])
    assert_results(results, text, "EMPLOYEE_ID", [(span, start, end, low, high)])

"""Presidio's engine as flowaudit runs it: the same results as Presidio's own engine for
the same recognizers, and short context words matched only as whole words."""

from __future__ import annotations

import pytest
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from classifiers.engine import ContextWords, LeanAnalyzerEngine, SettledRegistry

TEXTS = [
    "My SSN is 078-05-1121 and my card 4111 1111 1111 1111.",
    "Call 212-555-0199 or write to jane.doe@example.com today.",
    "Driver license number A1234567, issued 2019-04-01.",
    "The deploy finished without errors.",
    "",
    "IP 10.0.0.1 and url https://contoso.example/path?id=7",
]


@pytest.fixture(scope="module")
def engines(classifier):
    """Presidio's own engine and ours over one registry and one NLP engine, the same
    context boost in both, so that only the skipped work differs."""
    registry = classifier.analyzer.registry
    nlp_engine = classifier.nlp_engine
    stock = AnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                           supported_languages=["en"])
    lean = LeanAnalyzerEngine(registry=registry, nlp_engine=nlp_engine,
                              supported_languages=["en"],
                              context_aware_enhancer=LemmaContextAwareEnhancer())
    return stock, lean


@pytest.mark.parametrize("text", TEXTS)
@pytest.mark.parametrize("context", [None, ["ssn"], ["phone"]])
def test_the_lean_engine_finds_what_presidios_finds(engines, text, context):
    stock, lean = engines
    found = [sorted((r.entity_type, r.start, r.end, round(r.score, 6))
                    for r in engine.analyze(text=text, language="en", context=context))
             for engine in (stock, lean)]
    assert found[0] == found[1]


@pytest.mark.parametrize(("surrounding", "context", "expected"), [
    (["gorlice"], ["lic"], ""),            # a short word inside another word: no boost
    (["nie", "ma"], ["nie"], "nie"),       # the short word itself
    (["business"], ["us"], ""),
    (["licence"], ["licen"], "licen"),     # longer words still match inside words
    (["creditcard"], ["card"], "card"),
    ([], ["lic"], ""),
])
def test_short_context_words_count_whole(surrounding, context, expected):
    assert ContextWords._find_supportive_word_in_context(surrounding, context) == expected


def test_the_registry_answer_changes_when_a_recognizer_is_added():
    from presidio_analyzer import Pattern, PatternRecognizer

    registry = SettledRegistry(supported_languages=["en"])
    registry.load_predefined_recognizers(languages=["en"])
    before = registry.get_recognizers("en", ["ZZ_TEST"] + ["EMAIL_ADDRESS"])
    registry.add_recognizer(PatternRecognizer("ZZ_TEST", patterns=[Pattern("z", "zz", 0.5)]))
    after = registry.get_recognizers("en", ["ZZ_TEST", "EMAIL_ADDRESS"])
    assert len(after) == len(before) + 1
    plain = RecognizerRegistry(supported_languages=["en"])
    plain.load_predefined_recognizers(languages=["en"])
    assert {type(r).__name__ for r in before} == {
        type(r).__name__ for r in plain.get_recognizers("en", ["EMAIL_ADDRESS"])}

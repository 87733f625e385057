"""The context boost shared by the weak-pattern recognizers, on a recognizer of its own."""

from __future__ import annotations

import pytest
from presidio_analyzer import Pattern
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from classifiers.recognizers.nearby_word import _NearbyWordBoost
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "ORDER_NUMBER"
RECOGNIZER = _NearbyWordBoost(
    supported_entity=ENTITY,
    patterns=[Pattern("weak", r"\b\d{4}\b", 0.2), Pattern("strong", r"\b\d{6}\b", 0.6)],
    context=["order", "ref"],
)
FAR = "order " + "-" * 60 + " 1234"

BOOSTED = [
    # (text, span, start, end, lowest score, highest score)
    ("order 1234", "1234", 6, 10, 0.54, 0.56),
    ("ORDERS: 1234", "1234", 8, 12, 0.54, 0.56),  # any case, and the word's start is enough
    ("ref. no 1234", "1234", 8, 12, 0.54, 0.56),
    ("1234", "1234", 0, 4, 0.2, 0.2),
    ("1234 is the order", "1234", 0, 4, 0.2, 0.2),  # words after the match do not count
    ("reorder 1234", "1234", 8, 12, 0.2, 0.2),  # the word must start a word
    (FAR, "1234", 67, 71, 0.2, 0.2),  # nor too far before the match
    ("order 123456", "123456", 6, 12, 0.6, 0.6),  # a match strong enough is left as it is
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), BOOSTED)
def test_a_context_word_just_before_a_weak_match_raises_it(text, span, start, end, low, high):
    assert_results(RECOGNIZER.analyze(text, [ENTITY]), text, ENTITY, [(span, start, end, low, high)])


AFTER_PRESIDIO = [
    ("order 1234", "1234", 6, 10, 0.54, 0.56),  # raised once, not a second time
    ("order 123456", "123456", 6, 12, 0.94, 0.96),  # left to Presidio's own enhancer
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), AFTER_PRESIDIO)
def test_presidio_does_not_raise_a_boosted_match_again(
        nlp_artifacts, text, span, start, end, low, high):
    artifacts = nlp_artifacts(text)
    results = LemmaContextAwareEnhancer().enhance_using_context(
        text, RECOGNIZER.analyze(text, [ENTITY], artifacts), artifacts, [RECOGNIZER], [])
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])

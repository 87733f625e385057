"""The domain-name recognizer by itself: host and DNS names, which are customer data."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from classifiers.recognizers.domain_name import domain_name_recognizer
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "DOMAIN_NAME"
RECOGNIZER = domain_name_recognizer()

FOUND = [
    # (text, span, start, end, lowest score, highest score)
    ('web-07.contoso.internal', 'web-07.contoso.internal', 0, 23, 0.5, 0.5),
    ('Connect to db-1.contoso.com now', 'db-1.contoso.com', 11, 27, 0.5, 0.5),
    ('k8s-node-3.prod.example.net is down', 'k8s-node-3.prod.example.net', 0, 27, 0.5, 0.5),
    ('see status.example.io', 'status.example.io', 4, 21, 0.5, 0.5),
    ('Ship the report to api.contoso.co.uk today', 'api.contoso.co.uk', 19, 36, 0.5, 0.5),  # a country code after a second-level domain
    ('Host: WEB01.CONTOSO.COM', 'WEB01.CONTOSO.COM', 6, 23, 0.5, 0.5),  # in any case
    ('Our site is contoso.org.', 'contoso.org', 12, 23, 0.5, 0.5),  # a full stop after it is no label
    ('mail bob@example.com', 'example.com', 9, 20, 0.5, 0.5),  # the domain of an e-mail address
    ('https://api.contoso.com/v2/orders', 'api.contoso.com', 8, 23, 0.5, 0.5),  # the host of a URL
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), FOUND)
def test_domain_name_found(text, span, start, end, low, high):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])


NOT_FOUND = [
    "Server 10.1.2.3 answered",  # an IP address has no top-level domain
    "Attached report.pdf",
    "e.g. this one",
    "version 2.10.4",
    "It ended.Then we left",
    "price 3.50 each",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_domain_name_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


WITH_CONTEXT = [
    # (text, the field's context words, span, start, end, lowest score, highest score)
    ("hostname web-07.contoso.internal", [], "web-07.contoso.internal", 9, 32, 0.84, 0.86),
    ("web-07.contoso.internal", ["hostname"], "web-07.contoso.internal", 0, 23, 0.84, 0.86),
    ("DNS record for db-1.contoso.com", [], "db-1.contoso.com", 15, 31, 0.84, 0.86),
    ("Connect to db-1.contoso.com now", [], "db-1.contoso.com", 11, 27, 0.5, 0.5),
]


@pytest.mark.parametrize(("text", "context", "span", "start", "end", "low", "high"), WITH_CONTEXT)
def test_host_words_raise_the_score(nlp_artifacts, text, context, span, start, end, low, high):
    """Presidio's context enhancer, as the analyzer engine runs it after the recognizer."""
    artifacts = nlp_artifacts(text)
    results = LemmaContextAwareEnhancer().enhance_using_context(
        text, RECOGNIZER.analyze(text, [ENTITY], artifacts), artifacts, [RECOGNIZER], context)
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])

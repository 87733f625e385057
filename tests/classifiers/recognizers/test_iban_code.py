"""IbanCodeRecognizer by itself: IBANs checked by stdnum, a word glued after them or not."""

from __future__ import annotations

import pytest

from classifiers.recognizers.iban_code import IbanCodeRecognizer
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "IBAN_CODE"
RECOGNIZER = IbanCodeRecognizer()

FOUND = [
    ("la cuenta ES0710122283764598455514 pertenece", "ES0710122283764598455514", 10, 34),
    ("IBAN DE89 3704 0044 0532 0130 00 bitte prüfen", "DE89 3704 0044 0532 0130 00", 5, 32),
    ("iban de89370400440532013000", "de89370400440532013000", 5, 27),
    ("GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32", 0, 27),
]


@pytest.mark.parametrize(("text", "span", "start", "end"), FOUND)
def test_iban_found(text, span, start, end):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, 1.0, 1.0)])


@pytest.mark.parametrize("text", ["IBAN DE89370400440532013001", "ref AB12CDEF34567890",
                                  "ES07101222837645984555"])  # wrong check, no country, short
def test_iban_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []

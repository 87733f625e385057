"""DriverLicenseRecognizer by itself: licence numbers have no shape of their own, so the
words before a number decide."""

from __future__ import annotations

import pytest

from classifiers.recognizers.driver_license import DriverLicenseRecognizer
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "US_DRIVER_LICENSE"
RECOGNIZER = DriverLicenseRecognizer()

FOUND = [
    # (text, span, start, end, lowest score, highest score)
    # a licence word within the characters before the number lifts it over the threshold
    ("My driver's license number is 6940579", 'is 6940579', 27, 37, 0.54, 0.56),  # a two-letter word before it reads as a state prefix
    ('Driving licence: D1234567', 'D1234567', 17, 25, 0.54, 0.56),
    ('DL# A123-456-7890', 'A123-456-7890', 4, 17, 0.54, 0.56),  # a letter, then groups of digits
    ('License number: 123456789012', '123456789012', 16, 28, 0.54, 0.56),
    ('driver id TX 12345678', 'TX 12345678', 10, 21, 0.54, 0.56),
    ('licence nr ab-123456', 'ab-123456', 11, 20, 0.54, 0.56),
    ('license no. WDL-12345678', '12345678', 16, 24, 0.54, 0.56),  # a prefix starts a word
    # without one, a number of that shape stays too weak to report
    ('The build number is 6940579', 'is 6940579', 17, 27, 0.2, 0.2),
    ('Order 12345 shipped', '12345', 6, 11, 0.2, 0.2),
    ('12345678 is my licence', '12345678', 0, 8, 0.2, 0.2),  # a word after the number does not count
    ('DL-1234567 on file', 'DL-1234567', 0, 10, 0.2, 0.2),  # nor does one inside it
    ('Reguła zapory dla 10.0.0.1, zgłoszenie 485427', '485427', 39, 45, 0.2, 0.2),  # "dl" only whole
    ('Driver notes follow. The customer called twice about the refund for order 1234567', '1234567', 74, 81, 0.2, 0.2),  # nor one too far before it
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), FOUND)
def test_driver_license_found(text, span, start, end, low, high):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])


NOT_FOUND = [
    "driver license 1234",  # too few digits
    "license 123456789012345",  # too many
    "licence ref abc12345",  # digits glued to a word
    "licence A12-345",  # a letter and digits, but not in its groups
    "Driving lessons start at 9",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_driver_license_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []

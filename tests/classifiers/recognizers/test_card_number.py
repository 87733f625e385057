"""CardNumberRecognizer by itself: card numbers of every issuer range and length, kept
only when they pass Luhn."""

from __future__ import annotations

import pytest

from classifiers.recognizers.card_number import CardNumberRecognizer
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "CREDIT_CARD"
RECOGNIZER = CardNumberRecognizer()

FOUND = [
    # (text, span, start, end, lowest score, highest score)
    # any issuer's range and length that passes Luhn, with a card word before it
    ('Need to change billing date of my card 2223000048400011', '2223000048400011', 39, 55, 0.64, 0.66),  # a 2-series Mastercard
    ('My card 6011000990139424 expires soon', '6011000990139424', 8, 24, 0.64, 0.66),
    ('Visa 4111 1111 1111 1111', '4111 1111 1111 1111', 5, 24, 0.64, 0.66),
    ('Payment with 4111-1111-1111-1111 failed', '4111-1111-1111-1111', 13, 32, 0.64, 0.66),
    ('Expires 12/26, card 5555 5555 5555 4444', '5555 5555 5555 4444', 20, 39, 0.64, 0.66),
    ('Amex 378282246310005', '378282246310005', 5, 20, 0.64, 0.66),  # 15 digits
    ('visa 4222222222222', '4222222222222', 5, 18, 0.64, 0.66),  # 13 digits
    ('debit card 123456789015', '123456789015', 11, 23, 0.64, 0.66),  # 12 digits, the fewest
    ('card 6011000990139424009', '6011000990139424009', 5, 24, 0.64, 0.66),  # 19 digits, the most
    # one number in ten passes Luhn: without a card word the score stays low
    ('Batch 2223000048400011 was processed', '2223000048400011', 6, 22, 0.3, 0.3),
    ('4111111111111111 is my card', '4111111111111111', 0, 16, 0.3, 0.3),  # a word after the number does not count
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), FOUND)
def test_card_number_found(text, span, start, end, low, high):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])


NOT_FOUND = [
    "My card 2223000048400012 expires soon",  # fails Luhn
    "Order 4111 1111 1111 1112",
    "card 12345678903",  # 11 digits
    "card 12345678901234567890",  # 20 digits
    "IBAN DE89370400440532013000",  # digits glued to letters
    "ref tx4111111111111111",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_card_number_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


@pytest.mark.parametrize(("text", "found"), [
    # a patent's application number passes Luhn by chance; elsewhere the number counts
    ("(21) Numero domanda: 4111111111111111 · (22) Data di deposito: 1988-01-29\n"
     "(54) Titolo: Macchina per tortellini", False),
    ("(21) Karte: 4111111111111111 · bitte prüfen", True),
])
def test_a_patents_number_line(text, found):
    assert bool(RECOGNIZER.analyze(text, [ENTITY])) is found

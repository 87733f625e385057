"""Payment card numbers of any issuer, checked with Luhn."""

from __future__ import annotations

from presidio_analyzer import Pattern

from classifiers.recognizers.nearby_word import _NearbyWordBoost
from classifiers.recognizers.phone_shape import on_a_patent_number_line
from classifiers.validators import luhn_ok


class CardNumberRecognizer(_NearbyWordBoost):
    """Card numbers of every issuer range and length (12 to 19 digits) that pass Luhn.

    Presidio's recognizer knows only some issuer prefixes and lengths. One random
    number in ten passes Luhn, so without a context word the score stays low.
    """

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            name="CardNumberRecognizer",
            patterns=[Pattern("12-19 digits", r"\b\d(?:[ -]?\d){11,18}\b", 0.3)],
            context=["card", "credit", "debit", "visa", "mastercard", "amex", "expire",
                     "expires", "expiring", "cvv", "pan", "payment"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if luhn_ok(pattern_text) else False

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Not on a patent's number line: its application number passes Luhn by chance as
        often as any number does."""
        return [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                if not on_a_patent_number_line(text, r.start)]

"""IBANs, checked by `python-stdnum` (country length and mod 97), in any letter case.

Presidio's own recognizer is loaded case-insensitive, and then a word after a number
written without spaces joins the match ("ES07 ... 5514 pertenece" reads as one candidate
of 4-letter groups), which fails the check, so the IBAN is lost. Here a failed candidate
is cut back, a group at a time, until what remains passes or nothing does.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from stdnum import iban

CANDIDATE = re.compile(
    r"(?<![\w])[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}(?:[ ]?[A-Za-z0-9]{1,3})?(?![\w])")
GROUP_END = re.compile(r"[ ]?[A-Za-z0-9]{1,4}$")


class IbanCodeRecognizer(EntityRecognizer):
    SCORE = 1.0  # a checksum and a country's exact length: no doubt left

    def __init__(self) -> None:
        super().__init__(supported_entities=["IBAN_CODE"], name="IbanCodeRecognizer",
                         supported_language="en")

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for match in CANDIDATE.finditer(text):
            candidate = match.group()
            while len(candidate) >= 15:
                if iban.is_valid(candidate):
                    start = match.start()
                    results.append(RecognizerResult("IBAN_CODE", start, start + len(candidate),
                                                    self.SCORE))
                    break
                candidate = GROUP_END.sub("", candidate)
        return results

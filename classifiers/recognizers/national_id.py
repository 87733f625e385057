"""European national identifiers (`classifiers.national_ids`), each checked by
`python-stdnum`, never by a pattern alone: a number of the right shape whose check fails
is no identifier."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult

from classifiers.national_ids import NATIONAL_IDS, NationalId
from classifiers.recognizers.nearby_word import _NearbyWordBoost

MAY_HOLD_ONE = re.compile(r"\d(?:\D{0,3}\d){5}")
"""Six digits, at most three other characters apart: every identifier has them (a NINO
six, a codice fiscale seven, the rest more). Most texts do not, and then none of the
fifteen recognizers' patterns need run."""


class NationalIdRecognizer(_NearbyWordBoost):
    """One identifier of `NATIONAL_IDS`: its shapes, its stdnum check, its context words."""

    def __init__(self, spec: NationalId) -> None:
        self.spec = spec
        super().__init__(
            supported_entity=spec.entity,
            name=f"NationalIdRecognizer.{spec.entity}",
            patterns=[Pattern(f"{spec.entity} {i}", regex, spec.score)
                      for i, regex in enumerate(spec.regexes)],
            context=list(spec.context),
        )
        # The same shapes through `re`: a cheap first look, so that Presidio's slower
        # matching (the `regex` module, with a timeout and an explanation per match)
        # runs only on the texts that hold one.
        self.any_shape = re.compile("|".join(f"(?:{regex})" for regex in spec.regexes),
                                    re.IGNORECASE | re.MULTILINE | re.DOTALL)

    def validate_result(self, pattern_text: str) -> bool | None:
        try:
            valid = bool(self.spec.is_valid(pattern_text))
        except Exception:  # stdnum raises on shapes it was never meant for
            valid = False
        return None if valid else False  # None keeps the pattern's score

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if not MAY_HOLD_ONE.search(text) or not self.any_shape.search(text):
            return []
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        # One number, one place: keep the longest of overlapping matches of the shapes.
        results.sort(key=lambda r: (r.start, -(r.end - r.start)))
        kept: list[RecognizerResult] = []
        for result in results:
            if kept and result.start < kept[-1].end:
                continue
            kept.append(result)
        return kept


def national_id_recognizers() -> list[PatternRecognizer]:
    return [NationalIdRecognizer(spec) for spec in NATIONAL_IDS]

"""A context boost that reads the words themselves, for recognizers with weak patterns."""

from __future__ import annotations

import re

from presidio_analyzer import PatternRecognizer, RecognizerResult


class _NearbyWordBoost(PatternRecognizer):
    """Raise a weak match when one of its context words stands just before it.

    Presidio's own context check reads lemmas minus spaCy's stop words, and "call",
    "name" and "number" are stop words there; so this looks at the words themselves.
    """

    BOOST = 0.35
    WINDOW = 60  # characters before the match

    def __init__(self, *args, whole_words: tuple[str, ...] = (), **kwargs) -> None:
        """`whole_words`: short context words ("dl", "tel") that count only as a whole
        word. They are kept from Presidio's own context check, which matches substrings
        ("dl" in the Polish "dla", "tel" in "Hotel")."""
        super().__init__(*args, **kwargs)
        self.whole_words = tuple(whole_words)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        words = None
        for result in results:
            if result.score >= 0.5:
                continue
            if words is None:
                words = _context_pattern(list(self.context or ()) + list(self.whole_words))
            if words.search(text, max(0, result.start - self.WINDOW), result.start):
                result.score = min(1.0, result.score + self.BOOST)
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] \
                    = True
        return results


def _context_pattern(context: list[str]) -> re.Pattern:
    """A context word and its endings ("licence", "licences"); a word of three letters or
    fewer only whole: "dl" must not boost after the Polish "dla", nor "tel" in "telemetry"."""
    short = [re.escape(w) for w in context if len(w) <= 3]
    longer = [re.escape(w) for w in context if len(w) > 3]
    alternatives = ([rf"(?:{'|'.join(longer)})\w*"] if longer else []) \
        + ([rf"(?:{'|'.join(short)})\b"] if short else [])
    return re.compile(rf"(?i)\b(?:{'|'.join(alternatives)})")

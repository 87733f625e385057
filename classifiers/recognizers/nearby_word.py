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

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        words = None
        for result in results:
            if result.score >= 0.5:
                continue
            if words is None:
                words = re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, self.context))})\w*")
            if words.search(text, max(0, result.start - self.WINDOW), result.start):
                result.score = min(1.0, result.score + self.BOOST)
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] \
                    = True
        return results

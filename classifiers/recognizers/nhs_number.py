"""UK NHS numbers: Presidio's recognizer, read in English text or a British record only,
unless the text names the NHS."""

from __future__ import annotations

import re

from presidio_analyzer.predefined_recognizers import NhsRecognizer

NHS_WORDS = re.compile(r"(?i)\bnhs\b|national health service")
"""Words that name the NHS in any language's text."""


class NhsNumberRecognizer(NhsRecognizer):
    """Ten digits whose mod-11 check holds, as Presidio reads them. One ten-digit number
    in eleven passes that check, so another country's phone number or tax number ("333 123
    4567", a Polish NIP "5250001009") would read as an NHS number: in another language's
    text, for a record of no British region, the text must name the NHS."""

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        language = getattr(nlp_artifacts, "language", "en")
        countries = getattr(nlp_artifacts, "countries", ())
        if language not in (None, "en") and "GB" not in countries \
                and not NHS_WORDS.search(text):
            return []
        return super().analyze(text, entities, nlp_artifacts, regex_flags)

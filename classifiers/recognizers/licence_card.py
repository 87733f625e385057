"""The holder's names on a transcribed European driving licence. The EU model (Directive
2006/126/EC, Annex I) numbers its fields the same in every language: 1. surname, 2. first
names, 3. date and place of birth, 4a. issue date, 4b. expiry, 4c. authority, 5. number.
A scan's text or a clerk's copy keeps the numbers and drops every label a name recognizer
reads, so the numbering itself says which lines are names.
"""

from __future__ import annotations

import re

from classifiers.recognizers.person_spans import PersonSpanRecognizer

FIELD = re.compile(r"(?m)^[ \t]*(1|2|3|4a|4b|4c|5)\.[ \t]+(\S[^\n]*?)[ \t]*$")
DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}")
NAME = re.compile(r"[^\W\d_][\w'’ .-]{0,60}")
SCORE = 0.85


def licence_holder_names(text: str) -> list[tuple[int, int]]:
    """The spans of fields 1 and 2 where the text has the model's numbered fields: 1, 2, 3
    (with a date), and 4a or 4b (dates) or 5."""
    fields = {}
    for match in FIELD.finditer(text):
        fields.setdefault(match.group(1), match)
    if not {"1", "2", "3"} <= fields.keys() or not DATE.search(fields["3"].group(2)):
        return []
    if not any(key in fields for key in ("4a", "4b", "5")):
        return []
    return [(fields[key].start(2), fields[key].end(2)) for key in ("1", "2")
            if NAME.fullmatch(fields[key].group(2))]


class LicenceCardRecognizer(PersonSpanRecognizer):
    """The holder's surname and first names on a European driving licence's text."""

    NAME = "LicenceCardRecognizer"

    def found(self, text, nlp_artifacts):
        if "4a." not in text and "4b." not in text and "\n5." not in text:
            return []
        return [(start, end, SCORE) for start, end in licence_holder_names(text)]

"""The first name a note is addressed to, opening its line ("ps pour tristan : tes
cartons ...", "PS für Anna:", "pd para alma:", "Per Luca: ..."). A household's,
a team's or a flat-share's notes name their members this way, by first name alone,
often in lower case, with no form of address a name recognizer could read.
"""

from __future__ import annotations

import re

from classifiers.names import all_first_names, common_form, fold, words
from classifiers.recognizers.calendar_words import HOLIDAYS, MONTHS, WEEKDAYS
from classifiers.recognizers.person_spans import PersonSpanRecognizer

ADDRESSED = re.compile(
    r"(?im)^[ \t]*(?P<ps>(?:p\.?[ \t]?s\.?|pd|nb|n\.b\.)[ \t]*:?[ \t]*)?"
    r"(?:für|an|pour|à|para|a|per|voor|aan|dla|do|for|to)[ \t]+"
    r"(?P<name>[^\W\d_][\w'’-]*)[ \t]*:(?![/\d])")
"""A preposition of address and one word, then a colon, opening a line; a postscript's mark
before it ("ps", "pd", "nb") at most."""
SCORE = 0.7
NOT_ADDRESSEES = HOLIDAYS | MONTHS | WEEKDAYS | words("noël noel navidad natale kerst pascua")


def addressees(text: str, language: str) -> list[tuple[int, int]]:
    """The spans of the names a line is addressed to. After a postscript's mark, a listed
    first name or a word the language does not use ("ps per rachela:"); without one, a
    listed first name, capitalised, and no holiday's, month's or weekday's ("Pour Noël :"
    is Christmas's menu)."""
    found = []
    for match in ADDRESSED.finditer(text):
        name = match.group("name")
        low = fold(name).lower()
        listed = low in all_first_names()
        if match.group("ps") is not None:
            if not listed and common_form(name.lower(), language):
                continue
        elif not listed or not name[:1].isupper() or name.lower() in NOT_ADDRESSEES:
            continue
        found.append((match.start("name"), match.end("name")))
    return found


class AddresseeRecognizer(PersonSpanRecognizer):
    """A first name a note's line is addressed to."""

    NAME = "AddresseeRecognizer"

    def found(self, text, nlp_artifacts):
        if ":" not in text:
            return []
        language = getattr(nlp_artifacts, "language", None) or "en"
        return [(start, end, SCORE) for start, end in addressees(text, language)]

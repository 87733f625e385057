"""A letter's signer: the name on the line after its place and date, where German, Polish
and Dutch letters and forms put the signature ("Spremberg, 28/10/1991\\ngiesbert denecke",
"Malbork, 10.01.1994\\nJarek Maziarczyk"). The line holds nothing but the name, which no
form of address or sentence announces.
"""

from __future__ import annotations

import re

from classifiers.names import all_first_names, common_anywhere, fold
from classifiers.places import is_place
from classifiers.recognizers.person_spans import PersonSpanRecognizer

PLACE_AND_DATE = re.compile(
    r"(?m)^[ \t]*(?P<town>[^\W\d_][\w'’. -]{1,40}?),?[ \t]+(?:(?i:den|le|el|il|dnia|d\.)[ \t]+)?"
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})[ \t]*\r?\n(?:[ \t]*\r?\n)?"
    r"[ \t]*(?P<name>[^\W\d_][\w'’-]*(?:[ \t]+[^\W\d_][\w'’-]*){1,2})[ \t]*$")
"""A line of a town, a comma and a date, then (after a blank line at most) a line of two or
three words."""
SCORE = 0.7


def signed_names(text: str) -> list[tuple[int, int]]:
    """The spans of the names signed under a place-and-date line: the town a known place,
    and a listed first name among the name's words, or no word of it a common one."""
    found = []
    for match in PLACE_AND_DATE.finditer(text):
        if not is_place(match.group("town").strip()):
            continue
        words = [fold(w).lower() for w in match.group("name").split()]
        if any(w in all_first_names() for w in words) \
                or not any(w in common_anywhere() for w in words):
            found.append((match.start("name"), match.end("name")))
    return found


class SignedNameRecognizer(PersonSpanRecognizer):
    """The name signed under a letter's place and date."""

    NAME = "SignedNameRecognizer"

    def found(self, text, nlp_artifacts):
        if "\n" not in text:
            return []
        return [(start, end, SCORE) for start, end in signed_names(text)]

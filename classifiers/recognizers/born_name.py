"""A person's name right before a birth date's label: a wristband's or a label's cells
(`Gauster, Nepomuk | geb. 06/03/1978 | Fall-Nr. ...`, `Baracca Emma | nato/a il
02.02.1982`), a register's line ("Weber, Anna, geb. 12.03.1961"). Nobody is born but a
person, and such cells name their holder in no sentence a name recognizer could read: no
form of address, often surname first, often in lower case.
"""

from __future__ import annotations

import re

from classifiers.names import all_first_names, common_anywhere, fold
from classifiers.places import is_place
from classifiers.recognizers.person_spans import PersonSpanRecognizer

DATE = r"(?:\d{1,2}[./-]\d{1,2}[./-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2})(?!\d)"
BIRTH_DATE = re.compile(
    r"(?i:(?<![^\W\d_])(?:geb\.|geboren(?:[ \t]+(?:am|op))?|geburtsdatum|né(?:\(e\)|e)?[ \t]+le|"
    r"nacid[oa](?:/a|\(a\))?[ \t]+el|f\.[ \t]?(?:de[ \t])?nac\.|fecha[ \t]+de[ \t]+nacimiento|"
    r"nat[oa](?:/[ao]|\([ao]\))?[ \t]+il|data[ \t]+di[ \t]+nascita|geboortedatum|"
    r"ur\.|urodzon[ya](?:/a|\(a\))?|data[ \t]+urodzenia|dob|d\.o\.b\.|born|date[ \t]+of[ \t]+birth)"
    r"[ \t]*:?[ \t]*)" + DATE)
"""A birth date's label and the date after it, in the tenant's languages and English."""
CELL_START = re.compile(r"[|;\t·:\n]")
LEADING_PREPOSITION = re.compile(r"(?i:für|pour|para|per|voor|dla|for)[ \t]+")
"""A certificate's "for": "für Christsolde Stump, geboren am ..."."""
NAME_WORDS = re.compile(
    r"(?:(?:van|von|de|der|den|di|da|del|della|le|la|ter|ten|zu)[ \t]+)*"
    r"[^\W\d_][\w'’-]*"
    r"(?:,?[ \t]+(?:(?:van|von|de|der|den|di|da|del|della|le|la|ter|ten|zu)[ \t]+)*"
    r"[^\W\d_][\w'’-]*){1,3}")
"""Two to four words of letters, a surname's particles among them, a comma after the first
(surname first) at most."""
SCORE = 0.85


def born_names(text: str) -> list[tuple[int, int]]:
    """The spans of names that stand just before a birth date, in the cell or the clause
    before its label ("Gauster, Nepomuk", "Baracca Emma", "rodriguez henri")."""
    found = []
    for birth in BIRTH_DATE.finditer(text):
        end = birth.start()
        while end > 0 and text[end - 1] in " \t,|;·":
            end -= 1
        cuts = list(CELL_START.finditer(text, max(0, end - 60), end))
        start = cuts[-1].end() if cuts else max(0, end - 60)
        while start < end and text[start] in " \t":
            start += 1
        preposition = LEADING_PREPOSITION.match(text, start, end)
        start = preposition.end() if preposition else start
        name = NAME_WORDS.fullmatch(text, start, end)
        if name is not None and _a_name(name.group()):
            found.append((start, end))
            continue
        # the name ends a longer clause ("Platzangebot für Ihr Kind Hildetraud Rois, geb.")
        words = list(re.finditer(r"[^\W\d_][\w'’-]*", text[start:end]))
        for count in range(2, min(4, len(words) - 1) + 1):
            first = start + words[-count].start()
            if NAME_WORDS.fullmatch(text, first, end) and _a_name(text[first:end]):
                found.append((first, end))
                break
    return found


def _a_name(name: str) -> bool:
    """"Surname, First name"; or a listed first name among the words; or capitalised words,
    the first no common word of any language ("Christsolde Stump"); or, in lower case, words
    none of which is a common word ("wincenty szyguła"); the first word no town's."""
    words = re.findall(r"[^\W\d_][\w'’-]*", name)
    lows = [fold(w).lower() for w in words]
    if "," in name or any(low in all_first_names() for low in lows):
        return True
    if all(w[:1].isupper() for w in words):
        unlike_words = lows[0] not in common_anywhere()
    elif name.islower():
        unlike_words = not any(low in common_anywhere() for low in lows)
    else:
        return False
    return unlike_words and not is_place(words[0]) and not is_place(name)


class BornNameRecognizer(PersonSpanRecognizer):
    """A person's name just before a birth date's label."""

    NAME = "BornNameRecognizer"

    def found(self, text, nlp_artifacts):
        if not BIRTH_DATE.search(text):
            return []
        return [(start, end, SCORE) for start, end in born_names(text)]

"""Person names in the cells of a delimited table pasted into free text, under a header
that says person: a CSV export's `Cognome;Nome` columns, a ticket's `Nachname | Vorname`
table. No capital, form of address or sentence announces such a name; the header does.

A header that says surname, first name, customer, tenant ... takes any cell of letters.
One that says only "name" counts only beside such a header, and then needs what
`named_field.listed_name` asks of a key's value: products, plants and cows have names too
(`Name;Menge;Preis`, `nom botanique;nom commun`, `Ohrmarke | Name | Laktation`).
"""

from __future__ import annotations

import re

from classifiers.names import words
from classifiers.recognizers.named_field import (
    NAME_VALUE,
    PERSON_KEYS,
    key_words,
    listed_name,
    person_key,
)
from classifiers.recognizers.person_spans import PersonSpanRecognizer
from classifiers.recognizers.table_cells import CODE_HEADERS

SEPARATOR = re.compile(r"[ \t]*[;|\t][ \t]*")
"""What separates a delimited table's cells: semicolons (European CSV), pipes, tabs."""
MIN_COLUMNS = 3
GENERIC_KEYS = words("name names fullname nom nombre nome naam nazwa imie imię")
"""Headers that say "name" and no more: a product's or a site's name too."""
SCORE = 0.85


SPECIFIC, GENERIC = "specific", "generic"


def _person_header(key: str) -> str | None:
    """SPECIFIC for a header that says surname, first name, customer, tenant ...; GENERIC
    for one that says "name" alone; None for any other, and for a code's ("Réf. client")."""
    if not key or not person_key(key):
        return None
    parts = key_words(key)
    if any(part in CODE_HEADERS for part in parts):
        return None  # a customer's reference or number ("Réf. client", "Kunden-Nr.")
    if any(part not in GENERIC_KEYS and part in PERSON_KEYS for part in parts):
        return SPECIFIC
    generic = key.lower() in GENERIC_KEYS or all(part in GENERIC_KEYS for part in parts)
    return GENERIC if generic else None


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    """Each cell of a line as (start, end) in the text, stripped of spaces."""
    cells, begin = [], 0
    for cut in [*SEPARATOR.finditer(line), None]:
        end = cut.start() if cut else len(line.rstrip())
        cells.append((offset + begin, offset + end))
        begin = cut.end() if cut else len(line)
    return cells


def name_cells(text: str) -> list[tuple[int, int]]:
    """The spans of name cells: in each block of lines with one number of cells (three or
    more), the first line is the header when it holds no digit; a column whose header says
    person gives its cells of letters."""
    if not any(mark in text for mark in ";|\t"):
        return []
    rows, offset = [], 0
    for line in text.split("\n"):
        rows.append(_cells(line, offset) if SEPARATOR.search(line) else [])
        offset += len(line) + 1
    found = []
    index = 0
    while index < len(rows):
        width = len(rows[index])
        end = index + 1
        while end < len(rows) and len(rows[end]) == width:
            end += 1
        header = rows[index]
        if width >= MIN_COLUMNS and end > index + 1 \
                and not any(c.isdigit() for a, b in header for c in text[a:b]):
            keys = [text[a:b].strip("\"' *#") for a, b in header]
            kinds = [_person_header(key) for key in keys]
            for column, kind in enumerate(kinds):
                if kind is None or kind == GENERIC and SPECIFIC not in kinds:
                    continue
                for row in rows[index + 1:end]:
                    start, stop = row[column]
                    value = text[start:stop].strip("\"'")
                    if value and NAME_VALUE.fullmatch(value) \
                            and (kind == SPECIFIC or listed_name(value)):
                        start = text.index(value, start)
                        found.append((start, start + len(value)))
        index = end
    return sorted(found)


class NameColumnRecognizer(PersonSpanRecognizer):
    """A person's name in a pasted table's column whose header says person."""

    NAME = "NameColumnRecognizer"

    def found(self, text, nlp_artifacts):
        return [(start, end, SCORE) for start, end in name_cells(text)]

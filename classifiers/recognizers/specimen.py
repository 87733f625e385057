"""Specimen values: what official samples, form-filling guides, manuals and test data fill
fields with so that nobody's real data shows ("Erika Mustermann", "Musterstraße 1", "ul.
Przykładowa 1", "0221 1234567", the PESEL printed on the Polish identity card's specimen).
They are no data subject's.

One of two kinds of evidence is needed:
- a value that is a specimen by itself: a placeholder surname nobody bears ("Mustermann",
  "Fulano", "Doe"), a street named "Example", a phone number whose last digits count up or
  repeat one digit, an identifier printed on sample cards;
- a name that samples use and people bear too ("Jan Kowalski", "Mario Rossi", "Jean
  Dupont"), in a text that says its data are fictitious or specimens.
"""

from __future__ import annotations

import re

from classifiers.names import fold

PLACEHOLDER_NAME_WORDS = frozenset({
    "mustermann", "musterfrau", "musterkunde", "musterkundin", "normalverbraucher",  # de
    "modaal",  # nl: "Jan Modaal"
    "fulano", "mengano", "zutano", "perengano",  # es
    "tizio", "sempronio",  # it
    "doe",  # en: "John Doe"
})
"""Words of the names samples are filled with and nobody is called by."""

SAMPLE_NAMES = frozenset({
    ("jan", "kowalski"), ("anna", "kowalska"), ("mario", "rossi"), ("maria", "rossi"),
    ("jean", "dupont"), ("marie", "dupont"), ("juan", "perez"), ("juan", "espanol"),
    ("carmen", "espanola"), ("jan", "jansen"), ("piet", "jansen"), ("max", "muller"),
})
"""Names samples use that people bear too: a specimen only where the text says so."""

SPECIMEN_DECLARED = re.compile(
    r"(?i)\b(?:fiktiv\w*|erfunden\w*|beispieldaten|musterdaten|musterformular|"
    r"fictif|fictive|fictifs|fictives|inventée?s?|spécimen|specimen|"
    r"ficticio|ficticia|ficticios|ficticias|inventados|inventadas|datos de ejemplo|"
    r"fittizi[oae]?|inventat[oiae]|fac-?simile|dati di esempio|"
    r"fictief|fictieve|verzonnen|voorbeeldgegevens|"
    r"fikcyjn\w*|zmyślon\w*|przykładowe|wzór|"
    r"fictitious|made-up|dummy data|sample data|example data)\b")
"""Words with which a text says its data are made up or a sample's."""

SPECIMEN_STREET = re.compile(
    r"(?i)(?:muster|beispiel)[\w-]*(?:straße|strasse|str\b|weg|allee|gasse|platz)|"
    r"voorbeeld\w*|przykładow\w*|\b(?:ejemplo|esempio|exemple|example|sample)\b")
"""A street named after the word "example" ("Musterstraße", "Voorbeeldstraat", "ul.
Przykładowa", "C/ Ejemplo", "Via Esempio", "rue de l'Exemple")."""

COUNTED_DIGITS = re.compile(r"(?:123456|234567|345678|456789|987654|(\d)\1{5})\d?\Z")
"""A phone number's last digits counting up or one digit repeated ("0221 1234567", "600 000
000"): a number printed as a sample, which nobody is reached at."""

SPECIMEN_IDS = {
    "PL_PESEL": frozenset({"44051401359"}),  # the specimen identity card's (Jan Kowalski)
    "IT_FISCAL_CODE": frozenset({"RSSMRA80A01H501U"}),  # Mario Rossi's, every manual's
    "ES_NIF": frozenset({"99999999R"}),  # the specimen DNI's
}
"""Identifiers printed on sample cards and in the issuers' own guides."""

_WORD = re.compile(r"[^\W\d_]+")


def a_specimen(text: str, entity: str, start: int, end: int) -> bool:
    """Is the `entity` found at text[start:end] a specimen value (see the module's doc)?"""
    value = text[start:end]
    if entity == "PERSON":
        words = tuple(fold(word).lower() for word in _WORD.findall(value))
        if any(word in PLACEHOLDER_NAME_WORDS for word in words):
            return True
        return len(words) >= 2 and ((words[0], words[-1]) in SAMPLE_NAMES
                                    or (words[-1], words[0]) in SAMPLE_NAMES) \
            and bool(SPECIMEN_DECLARED.search(text))
    if entity == "STREET_ADDRESS":
        return bool(SPECIMEN_STREET.search(value))
    if entity == "PHONE_NUMBER":
        return bool(COUNTED_DIGITS.search(re.sub(r"\D", "", value)))
    if entity in SPECIMEN_IDS:
        return re.sub(r"[\s.-]", "", value).upper() in SPECIMEN_IDS[entity]
    return False

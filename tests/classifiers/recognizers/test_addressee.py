"""First names a note's line is addressed to, by their positions."""

import pytest

from classifiers.recognizers.addressee import addressees


@pytest.mark.parametrize(("language", "text", "names"), [
    # a postscript to a flat-mate, in lower case
    ("fr", "ps pour tristan : tes cartons s'empilent sur le balcon", ["tristan"]),
    ("es", "pd para alma: tus cajas se acumulan en el balcón", ["alma"]),
    ("de", "PS für Tim: Schlüssel liegt unter der Matte", ["Tim"]),
    # without a postscript's mark: a listed first name, capitalised
    ("de", "Für Anna: bitte die Blumen gießen", ["Anna"]),
    ("it", "Per Luca: chiama l'idraulico", ["Luca"]),
    # no name: a holiday, a month, words of the language, a time
    ("fr", "Pour Noël : menu spécial", []),
    ("de", "Für August: Urlaubsplanung", []),
    ("de", "Für Rückfragen: 030 1234567", []),
    ("de", "Per Mail: info@example.de", []),
    ("es", "Para todos: reunión el lunes", []),
    ("de", "ps für alle: Kuchen im Kühlschrank", []),
    ("fr", "nb pour info : rien à signaler", []),
    ("fr", "à 10:30 réunion", []),
    ("de", "für anna: blumen gießen", []),  # in lower case only after a postscript's mark
])
def test_addressees(language, text, names):
    assert [text[a:b] for a, b in addressees(text, language)] == names

"""under_a_firm by itself: a street or number on a firm's line or right under it is the
firm's; one further down (a label's recipient under its sender) is not."""

from __future__ import annotations

import pytest

from classifiers.recognizers.firms import under_a_firm

BLOCKS = [
    # (text, the word the street or number starts with, the firm's?)
    ("Bärer Krause KG – Filiale Gera, Sergei-Röhrdanz-Straße 98, 07545 Gera", "Sergei", True),
    ("Verantwortlich:\nBudig GmbH\nDietzring 29\n50667 Köln", "Dietz", True),
    # a label's sender above the recipient: the recipient's street is a person's
    ("Absender: Budig GmbH, Retourenzentrum\nAlexa Ullmann\nSeverin-Steinberg-Allee 4",
     "Severin", False),
    ("Verantwortlich:\nBudig GmbH\nDietzring 29\n50667 Köln\nTelefon: 0221 555 1400", "0221",
     False),
    ("TICKET Z n° 455043\nNavarro Seguin SA – magasin de Lyon, 22, rue de Garnier", "22, rue",
     True),
    ("Kłosowicz i syn s.c. sp. z o.o. – sklep nr 4, ul. Środkowa 39", "ul.", True),
    ("Budig GmbH\n\nKunde Hans Müller, Hauptstr. 5", "Hauptstr", False),
    ("Lieferadresse: Hans Müller, Hauptstr. 5", "Hauptstr", False),
    ("se cita a las partes en la calle Mayor 5", "calle", False),
    ("Das SA-Team trifft sich in der Hauptstr. 5", "Hauptstr", False),
]


@pytest.mark.parametrize(("text", "word", "firm"), BLOCKS)
def test_under_a_firm(text, word, firm):
    assert under_a_firm(text, text.index(word)) is firm

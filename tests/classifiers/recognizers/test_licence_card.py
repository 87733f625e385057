"""The holder's names on a European driving licence's numbered fields, by position."""

import pytest

from classifiers.recognizers.licence_card import licence_holder_names

GERMAN = ("FÜHRERSCHEIN · BUNDESREPUBLIK DEUTSCHLAND\n1. Wieloch\n2. Geza\n"
          "3. 2020-10-25 Aschaffenburg\n4a. 2007-09-11   4b. 29.07.1992\n5. J01116457X1\n"
          "9. AM/B/L")


@pytest.mark.parametrize(("text", "names"), [
    (GERMAN, ["Wieloch", "Geza"]),
    ("PRAWO JAZDY\n1. Wereda\n2. Marcelina\n3. 24.02.1991 Tarnowskie Góry\n"
     "4a. 19/03/2002   4b. 26/02/2026\n5. 0351974/21/0614", ["Wereda", "Marcelina"]),
    ("permis de conduire\n1. guilbert\n2. lucas\n3. 14.11.2007 auger-les-bains\n"
     "5. 13AB293421", ["guilbert", "lucas"]),
    # a numbered list that is no licence: no date in 3, no field 4a, 4b or 5
    ("Tagesordnung\n1. Begrüßung\n2. Bericht\n3. Wahlen\n4. Verschiedenes", []),
    ("Schritte\n1. Öffnen\n2. Prüfen\n3. 2024-01-02 eintragen", []),
])
def test_licence_holder_names(text, names):
    assert [text[a:b] for a, b in licence_holder_names(text)] == names

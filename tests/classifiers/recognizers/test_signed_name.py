"""Names signed under a letter's place and date, by their positions."""

import pytest

from classifiers.recognizers.signed_name import signed_names


@pytest.mark.parametrize(("text", "names"), [
    ("ich bitte um eine kurze bestätigung.\n\nspremberg, 28/10/1991\ngiesbert denecke\n\n"
     "vermerk personalabteilung: genehmigt", ["giesbert denecke"]),
    ("Malbork, 10.01.1994\nJarek Maziarczyk\n\nDecyzja pracodawcy: wyrażam zgodę",
     ["Jarek Maziarczyk"]),
    ("Utrecht, 2024-03-12\n\nSanne de Wit", ["Sanne de Wit"]),
    # a letter's heading: a subject or a salutation after the date, words of the language
    ("Sonneberg, 17/04/2022\n\nEinladung zu einem Geschäftsaufenthalt", []),
    ("Berlin, 12.03.2024\n\nSehr geehrte Damen", []),
    ("Berlin, den 12.03.2024\nIhr Team", []),
    # no town before the date
    ("Rechnung, 12.03.2024\nJarek Maziarczyk", []),
])
def test_signed_names(text, names):
    assert [text[a:b] for a, b in signed_names(text)] == names

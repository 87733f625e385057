"""Names just before a birth date's label, by their positions."""

import pytest

from classifiers.recognizers.born_name import born_names


@pytest.mark.parametrize(("text", "names"), [
    # a wristband's or a label's cells, surname first, any first name after a comma
    ("Klinikum Regensburg | Gauster, Nepomuk | geb. 06/03/1978 | Fall-Nr. 786974",
     ["Gauster, Nepomuk"]),
    ("Hospital Universitario de Lleida | Minaya, Marina | F. nac. 30.01.1998 | NHC 117937",
     ["Minaya, Marina"]),
    ("Ziekenhuis Sloten | van der Kaay, Allegonda | geb. 22.03.1984 | pat.nr. 265203",
     ["van der Kaay, Allegonda"]),
    # without a comma, one word a listed first name; in lower case too
    ("AOU Corriolo | Baracca Emma | nato/a il 02.02.1982 | nosologico 254171",
     ["Baracca Emma"]),
    ("chu de gilbert | rodriguez henri | né(e) le 1990-11-06 | ipp 416976",
     ["rodriguez henri"]),
    # a record's fields apart by middle dots
    ("Cliënt: Verkade, Coenraad · geb. 2016-03-13 · sessie 14", ["Verkade, Coenraad"]),
    ("pacjent/ka: gleba franciszek · ur. 2021-12-10 · sesja nr 14", ["gleba franciszek"]),
    # a register's line, the clause before the label
    ("Name: Hans Müller, geboren am 12.03.1961", ["Hans Müller"]),
    ("lista: kowalska anna, ur. 03.04.1955; nowak jan, ur. 1.2.1950",
     ["kowalska anna", "nowak jan"]),
    # a certificate's "for", capitalised words none of which is a common word or a town
    ("Halbjahreszeugnis\nfür Christsolde Stump, geboren am 09/08/2023 in Bruchsal",
     ["Christsolde Stump"]),
    # the name ends a longer clause; in lower case, words no language uses
    ("Platzangebot für Ihr Kind Hildetraud Rois, geb. 06/05/2006", ["Hildetraud Rois"]),
    ("dziecko: wincenty szyguła, ur. 17.03.1970", ["wincenty szyguła"]),
    # no name before the label: a ward, an institution, a single word, a year alone
    ("Klinikum Regensburg | geb. 06/03/1978", []),
    ("Station 4B, geb. 12.03.1961", []),
    ("Kind | geb. 12.03.1961", []),
    ("Anna wurde geb. 1961", []),
    ("Stadtbibliothek Regensburg | geb. 06/03/1978", []),
    ("Station Nord | geb. 06/03/1978", []),
    ("station nord | geb. 06/03/1978", []),
    ("Regensburg Nord | geb. 06/03/1978", []),
])
def test_born_names(text, names):
    assert [text[a:b] for a, b in born_names(text)] == names

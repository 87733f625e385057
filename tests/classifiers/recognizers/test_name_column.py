"""Names in a pasted table's column whose header says person, by their positions."""

import pytest

from classifiers.recognizers.name_column import name_cells


@pytest.mark.parametrize(("text", "names"), [
    # a European CSV's surname and first-name columns, any cell of letters
    ("Cod. cliente;Cognome;Nome;CAP;Comune\n338026;Crespi;Leopoldo;13027;Bitti",
     ["Crespi", "Leopoldo"]),
    ("Nachname | Vorname | Abteilung\nQuastwitzky | Jolanthe | Lager\nRoth | Eva | Einkauf",
     ["Quastwitzky", "Jolanthe", "Roth", "Eva"]),
    ("nazwisko\timię\tmiasto\nbroś\tanna\tłomża", ["broś", "anna"]),
    # a header that says "name" only, beside a person's: a listed first name, or
    # capitalised name words
    ("Cognome;Nome;Reparto\nRossi;Anna;acquisti\nBianchi;Backup Job;IT",
     ["Rossi", "Anna", "Bianchi"]),
    # "name" alone: plants', cows', products' names
    ("Name;Abteilung;Durchwahl\nAnna Weber;Einkauf;-12", []),
    ("Ohrmarke | Name | Laktation\nDE 09 431 22871 | Berta | 3\nDE 09 431 23016 | Liesel | 2",
     []),
    ("réf;nom botanique;nom commun;qté\n1;Lavandula angustifolia;lavande vraie;80", []),
    # a product list, a header with digits, two columns only, a single row
    ("Name;Menge;Preis\nSchrauben M4;200;4,99\nDübel;50;2,49", []),
    ("Kunde 2024;Umsatz;Region\nWeber;1200;Nord", []),
    ("Nachname;Vorname\nWeber;Anna", []),
    ("Nachname;Vorname;Ort", []),
    # cells of digits or codes under a person's header
    ("Kunde;Betrag;Datum\n41233;12,50;2024-01-02", []),
    # a customer's reference or number, not the customer's name
    ("N° labo | Réf. client | Matrice\n25-664746 | Pz two | sol\n25-13097 | P chape | sol", []),
    ("Kunden-Nr.;Betrag;Datum\nAB-Weber;12,50;2024-01-02", []),
])
def test_name_cells(text, names):
    assert [text[a:b] for a, b in name_cells(text)] == names

"""Specimen values (a sample's or a form guide's) are no data subject's; real-looking values,
and sample names outside a text that says its data are made up, stay personal."""

import pytest

from classifiers.recognizers.specimen import a_specimen


@pytest.mark.parametrize(("text", "entity", "value", "specimen"), [
    # placeholder surnames nobody bears
    ("Feld 1 – Familienname, Vorname: Erika Mustermann", "PERSON", "Erika Mustermann", True),
    ("Otto Normalverbraucher zahlt mehr", "PERSON", "Otto Normalverbraucher", True),
    ("Nombre: Fulano de Tal", "PERSON", "Fulano de Tal", True),
    ("the account of John Doe", "PERSON", "John Doe", True),
    ("Kundin Erika Musterer ruft an", "PERSON", "Erika Musterer", False),
    # a form's blank that says what to fill in
    ("a [nombre del arrendador o de la inmobiliaria], [dirección]", "PERSON",
     "del arrendador", True),
    ("[Voornaam Achternaam]\n[Adres, postcode, woonplaats]", "PERSON", "Voornaam Achternaam",
     True),
    ("Mieterin: [Anna Weber], Tel. 0171 2345678", "PERSON", "Anna Weber", False),
    # names people bear too: a specimen only in a text that says it is one
    ("Pole 1 – Imię i nazwisko: Jan Kowalski (dane fikcyjne)", "PERSON", "Jan Kowalski", True),
    ("Nome e cognome: Mario Rossi – dati fittizi", "PERSON", "Mario Rossi", True),
    ("nom, prénom : dupont jean (données inventées)", "PERSON", "dupont jean", True),
    ("Zgłoszenie: Jan Kowalski prosi o kontakt", "PERSON", "Jan Kowalski", False),
    ("Il cliente Mario Rossi chiede un rimborso", "PERSON", "Mario Rossi", False),
    ("Przykład: Anna Nowak, tel. 601 234 567 (dane fikcyjne)", "PERSON", "Anna Nowak", False),
    # streets named "example"
    ("Anschrift: Musterstraße 1, 12345 Musterstadt", "STREET_ADDRESS", "Musterstraße 1", True),
    ("Adres: ul. Przykładowa 1, 00-000 Warszawa", "STREET_ADDRESS", "ul. Przykładowa 1", True),
    ("Adres: Voorbeeldstraat 1, 1234 AB", "STREET_ADDRESS", "Voorbeeldstraat 1", True),
    ("Dirección: C/ Ejemplo, 1", "STREET_ADDRESS", "C/ Ejemplo, 1", True),
    ("Anschrift: Heidestraße 17, 51147 Köln", "STREET_ADDRESS", "Heidestraße 17", False),
    ("Adres: ul. Musztardowa 3", "STREET_ADDRESS", "ul. Musztardowa 3", False),
    # streets samples use that people live in too: only in a text that says it is a sample
    ("(fiktives Beispiel)\nAnschrift: heidestraße 17, 51147 köln", "STREET_ADDRESS",
     "heidestraße 17", True),
    ("Residenza: Via Roma 1, 00100 Roma (esempio fittizio)", "STREET_ADDRESS", "Via Roma 1",
     True),
    ("Residenza: Via Roma 12, 00100 Roma (esempio fittizio)", "STREET_ADDRESS", "Via Roma 12",
     False),
    ("Il cliente abita in Via Roma 1", "STREET_ADDRESS", "Via Roma 1", False),
    ("Achternaam, voornamen: De Bruijn, Willeke Liselotte (fictief voorbeeld)", "PERSON",
     "Willeke Liselotte", True),
    ("Vak 2 – BSN: 999999990 (fictief voorbeeld)", "NL_BSN", "999999990", True),
    ("BSN 999999990 van de klant", "NL_BSN", "999999990", False),
    # phone numbers whose last digits count up or repeat, in a text that says it is a sample
    ("(fiktives Beispiel)\nTelefon: 0221 1234567", "PHONE_NUMBER", "0221 1234567", True),
    ("Telefon: 600 000 000 (dane fikcyjne)", "PHONE_NUMBER", "600 000 000", True),
    ("Bitte zurückrufen: 03012345678", "PHONE_NUMBER", "03012345678", False),
    ("Rückruf an 0221 4471 902", "PHONE_NUMBER", "0221 4471 902", False),
    ("tel. 22 443 00 00", "PHONE_NUMBER", "22 443 00 00", False),
    # identifiers printed on sample cards, in a sample; a valid one of anyone stays personal
    ("wzór – PESEL: 44051401359", "PL_PESEL", "44051401359", True),
    ("Numer PESEL 44051401359 zapisany do listy płac.", "PL_PESEL", "44051401359", False),
    ("codice fiscale RSSMRA80A01H501U (dati fittizi)", "IT_FISCAL_CODE", "RSSMRA80A01H501U",
     True),
    ("DNI 99999999R – datos ficticios", "ES_NIF", "99999999R", True),
    ("PESEL: 02070803628", "PL_PESEL", "02070803628", False),
    # payment providers' test cards and the registry's example IBANs, in a sandbox's data
    ("## Testdaten für die Sandbox\n| Visa | 4111 1111 1111 1111 | autorisiert |",
     "CREDIT_CARD", "4111 1111 1111 1111", True),
    ("dane testowe: | Mastercard | 5555 5555 5555 4444 |", "CREDIT_CARD",
     "5555 5555 5555 4444", True),
    ("card 4111 1111 1111 1111", "CREDIT_CARD", "4111 1111 1111 1111", False),
    # a text that says the account or card is no real one
    ("Prüfen Sie die IBAN DE89 3704 0044 0532 0130 00 – das Standardbeispiel, kein echtes "
     "Konto.", "IBAN_CODE", "DE89 3704 0044 0532 0130 00", True),
    ("vérifiez l'IBAN FR76 3000 6000 0112 3456 7890 189 : l'exemple des documentations, pas un "
     "vrai compte", "IBAN_CODE", "FR76 3000 6000 0112 3456 7890 189", True),
    ("comprueba el IBAN ES91 2100 0418 4502 0005 1332: es el ejemplo, no una cuenta real",
     "IBAN_CODE", "ES91 2100 0418 4502 0005 1332", True),
    ("l'IBAN IT60 X054 2811 1010 0000 0123 456 è l'esempio delle guide, non un conto vero",
     "IBAN_CODE", "IT60 X054 2811 1010 0000 0123 456", True),
    ("controleer NL91 ABNA 0417 1643 00: het standaardvoorbeeld, geen echte rekening",
     "IBAN_CODE", "NL91 ABNA 0417 1643 00", True),
    ("test z 4539 1488 0343 6467 – nigdy nie używajcie prawdziwych numerów kart!",
     "CREDIT_CARD", "4539 1488 0343 6467", True),
    ("Luhn: 4539 1488 0343 6467 (gültig); niemals echte Kartennummern verwenden",
     "CREDIT_CARD", "4539 1488 0343 6467", True),
    ("Karte 4539 1488 0343 6467 des Kunden gesperrt", "CREDIT_CARD", "4539 1488 0343 6467",
     False),
    ("Erstattung auf DE02 1203 0000 0000 2020 51, das ist kein echtes Problem", "IBAN_CODE",
     "DE02 1203 0000 0000 2020 51", False),  # not said of an account
    ("IBAN DE89 3704 0044 0532 0130 01 – kein echtes Konto", "IBAN_CODE",
     "DE89 3704 0044 0532 0130 01", False),  # not the example: anyone's
    ("Karte 4556 7375 8689 9855 belastet (Sandbox)", "CREDIT_CARD", "4556 7375 8689 9855",
     False),
    ("Sandbox: IBAN DE89 3704 0044 0532 0130 00", "IBAN_CODE", "DE89 3704 0044 0532 0130 00",
     True),
    ("données de test : iban nl91 abna 0417 1643 00", "IBAN_CODE", "nl91 abna 0417 1643 00",
     True),
    ("IBAN DE89 3704 0044 0532 0130 00, Lastschrift", "IBAN_CODE",
     "DE89 3704 0044 0532 0130 00", False),
    ("e-mail: erika@example.de", "EMAIL_ADDRESS", "erika@example.de", False),
])
def test_a_specimen_value(text, entity, value, specimen):
    start = text.index(value)
    assert a_specimen(text, entity, start, start + len(value)) is specimen

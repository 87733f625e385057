"""PhoneShapeRecognizer by itself: the groupings people write phone numbers in, the
extension included in the span, and the numbers of other kinds it must leave alone."""

from __future__ import annotations

import pytest

from classifiers.recognizers.phone_shape import PhoneShapeRecognizer, switchboard_extensions
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "PHONE_NUMBER"
RECOGNIZER = PhoneShapeRecognizer()

FOUND = [
    # (text, span, start, end, lowest score, highest score)
    ("Hotel 555 0132 98 booked", "555 0132 98", 6, 17, 0.2, 0.2),  # "tel" only as a word
    # North American numbers, with a country code or an extension
    ("They're not answering at 780-999-2181", '780-999-2181', 25, 37, 0.6, 0.6),
    ('Office line (415) 555-0132 ext. 12', '(415) 555-0132 ext. 12', 12, 34, 0.6, 0.6),
    ('415-555-0132 x 204', '415-555-0132 x 204', 0, 18, 0.6, 0.6),
    ('Mobile: 415.555.0132', '415.555.0132', 8, 20, 0.6, 0.6),
    ('Tel.415.555.0132', '415.555.0132', 4, 16, 0.6, 0.6),  # a phone's label, no reference
    ('(212)555-0199 is the front desk', '(212)555-0199', 0, 13, 0.6, 0.6),
    ('Call 1-800-555-0199 now', '1-800-555-0199', 5, 19, 0.6, 0.6),
    ('Reach me on +1 415 555 0132', '+1 415 555 0132', 12, 27, 0.6, 0.6),
    # international numbers
    ('Reach me on +44 20 7946 0958 tomorrow', '+44 20 7946 0958', 12, 28, 0.6, 0.6),
    ('+49 (0)30 1234567 is the front desk', '+49 (0)30 1234567', 0, 17, 0.6, 0.6),
    ('Paris office: +33 1 23 45 67 89', '+33 1 23 45 67 89', 14, 31, 0.6, 0.6),
    ('Sydney: +61.2.9876.5432', '+61.2.9876.5432', 8, 23, 0.6, 0.6),
    # national numbers with a trunk prefix
    ('Fax: 020 7946 0958', '020 7946 0958', 5, 18, 0.6, 0.6),
    ('Berlin office 030/1234567.', '030/1234567', 14, 25, 0.6, 0.6),
    ('Bel me op 06-12345678', '06-12345678', 10, 21, 0.6, 0.6),
    # digits in groups: a phone number only with a phone word before it
    ('Can someone call me on 67 501 36 56?', '67 501 36 56', 23, 35, 0.54, 0.56),
    ('call (85) 5986-8343', '(85) 5986-8343', 5, 19, 0.54, 0.56),
    ('Tel 04.47.64.53.88', '04.47.64.53.88', 4, 18, 0.54, 0.56),
    ('Telephone: 67 501 36 56', '67 501 36 56', 11, 23, 0.54, 0.56),  # a phone word is matched by its start
    ('The budget is 12 530 475 for next year.', '12 530 475', 14, 24, 0.2, 0.2),
    ('67 501 36 56 is my number', '67 501 36 56', 0, 12, 0.2, 0.2),  # a word after the digits does not count
    # an extension written straight after the digits, as CRM exports write it
    ("001-624-351-4283x1234 was the last caller", "001-624-351-4283x1234", 0, 21, 0.6, 0.6),
    ("Office 415-555-0132ext12 ok", "415-555-0132ext12", 7, 24, 0.6, 0.6),
    ("+44 20 7946 0958x7 after six", "+44 20 7946 0958x7", 0, 18, 0.6, 0.6),
    ("Zentrale 030 1234567x12", "030 1234567x12", 9, 23, 0.6, 0.6),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), FOUND)
def test_phone_number_found(text, span, start, end, low, high):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])


NOT_FOUND = [
    "The export ran on 2024-03-01 and took 12 minutes.",  # an ISO date
    "Due 2024/03/01",
    "Order 1200 shipped 35 units at 12.50 each.",
    "Server 10.1.2.3 answered in 45 ms.",
    "Firewall-Regel für 172.21.189.233 freigegeben",  # an IPv4 address, grouped or not
    "2024-07-19 02:00:13 ERROR backup exit=23",  # a timestamp
    "Card 4111 1111 1111 1111",  # more digits than E.164 allows
    "PIN 123 456",  # fewer than seven
    "Coordinates 51.5074, -0.1278",
    "Price 1,299.00",
    "Batch 415-555-0132xyz",  # digits that run on into a word are no number's end
    # a switchboard's line: its label, or German "-0" after the exchange
    "Taste 0: Zentrale, +49 69 4005-0",
    "Tasto 0: centralino, +39 02 4455 6000",
    "Toets 0: receptie, +31 20 555 4400",
    "Pour toute question : standard au 04 72 00 45 45, du lundi au jeudi.",
    "Pytania dotyczące rekrutacji: recepcja, tel. 22 500 45 45 (pon.–czw.)",
    "Anmeldung am Empfang unter 0711 2020 4040",
    "karten an der abendkasse oder unter 0561 70 70 70.",
    "Bilety w kasie lub pod nr 22 551 71 28",
    # a centre's or an out-of-hours practice's line
    "Centro antiveleni di Niguarda: 02 6610 1029",
    "Centre antipoison de Bailly : 04 72 11 69 11",
    "Huisartsenpost Leimuiderbrug: 088 130 96 70",
    "centro antiveleni di milano niguarda: 02 6610 1029",
    "giftnotruf berlin: 030 19240",
    "Información toxicológica: 91 562 04 20",
    "Service-Hotline 069 4005-0 (Mo-Fr)",
    # a bank statement's (MT940) field tags number a statement, not a phone
    ":28C:00031/001",
    '"location": {"lat": 45.76404, "lng": 4.83566}',  # decimals: a latitude, a longitude
    # a desk's line, beside its mailbox
    "Anmeldung: info@example.de oder 030 1234567 (Mo-Fr)",
    # an information line's label
    "Info-pistes : 04 50 47 76 00",
    "Información de pistas: 958 70 80 90",
    "informacja o trasach: 18 201 22 00",
    "tél. 02 40 41 92 00, accueil@ville-example.fr",
    # a service's compound label; an organisation's round main line
    "Pistentelefon: +43 6462 4400 22",
    "Servicetelefoon: 020 555 4123",
    "Centre de mise en place, tél. 02 33 12 16 00",
    "Pistetelefoon +43 5285 62 000",
    "The budget is 12 500 000 for next year.",
    # a numbered document's letters before its digits
    "Permis n° PC 044 995043 25 C0017 délivré le 19/02/1990",
    "erteilt (Az. 63-275714 44).",
    "Kalibrierschein D-K-632819-01-00 · Kalibrierzeichen 2025-0412",
    "Rif. pratica: 02 4455 6071",
    # an ear tag's label and country
    "Jungbulle „Wotan“ · Fleckvieh · Ohrmarke DE 09 476 666410",
    "taureau « Voltaire » · race charolaise · n° national FR 71 546709",
    "kat.-nr. 14 · jungbulle „wotan“ · fleckvieh · ohrmarke de 09 476 76181",
    "torello «Nerone» · razza Bruna · marca auricolare IT 017 647567",
    # an office's or a service's line, by its label or its department
    "Rückfragen an das Kulturamt, Tel. 0351 488-2307",
    "Tischreservierung: 0221 9433 870 · Happy Hour",
    "Renseignements : 03 80 30 46 12",
    "Información: Concejalía de Festejos, tel. 955 12 30 40",
    # a customer service's, a help line's or a box office's label
    "Kundendienst: 089 69 33 93 39 – bitte E-Nr. bereithalten.",
    "Service après-vente : 01 49 39 44 44",
    "Servicio técnico oficial: 976 305 713",
    "Assistenza tecnica: 0434 558 500",
    "consumentenservice: 020 721 02 57",
    "Infolinia: 801 30 30 30 (opłata wg taryfy operatora)",
    "Orchestra da camera · Biglietteria: 051 617 43 02",
    "Afhalen vanaf 21/01/1992; factuur naar de mediatheek. Vragen: 010 413 22 90",
    # a quantity, a decimal's digits, a code in a table's code column
    "Lichtgeschwindigkeit c = 299 792 458 m/s",
    "N_A = 6,022 140 76 × 10²³ mol⁻¹",
    "Pos. | Teile-Nr. | Bezeichnung\n1 | 0621 448 120 | Brühkolben\n2 | 0172 300 551 | Kegel",
    "Jednostka | Rok budowy | IMO | MMSI | Sygnał\n„Dar Młodzieży” | 1982 | 7924487 | 261183000 | "
    "SQLZ",
    "Produkt | Modell | Vertrag / Key | Ablauf\nAcrobat | je Benutzer | 565-555868 | 2027",
    "lab-nr. | proben-id | matrix | tiefe\n25-962589 | rks 1/2 | boden | 0,3",
    # an establishment's line; a country's letters opening a cell (an ear tag)
    "Mo 01.  Humboldt-Apotheke, Thoralf-Radisch-Platz 3 · Tel. 0821 51 77 20",
    "Trattoria da Mario · cucina casalinga, pranzo di lavoro a 13,50 €, chiuso il lunedì · "
    "Strada Gregorio 12 · 051 38 22 41",
    "Brasserie du Port · plateaux de fruits de mer · 04 78 38 22 41",
    # the last two groups of a card number's four
    "testen Sie ihn mit 4539 1488 0343 6467 (gültig) und 4539 1488 0343 6468 (ungültig)",
    "Apotheek Spinoza, Lolaweg 31 – 020 624 81 30 (ma–vr)",
    "IT 017 990 228 713 | Bianchina | 3 | 112",
]


@pytest.mark.parametrize(("text", "span"), [
    ("Zentrale 030 1234567x12", "030 1234567x12"),  # an extension reaches someone
    ("Herr Weber, Durchwahl 069 4005-123", "069 4005-123"),
    ("Rückruf 0151 2345 6789 (privat), nicht über die Zentrale", "0151 2345 6789"),
    ("anna.schmidt@example.de oder 0151 2345 6789", "0151 2345 6789"),  # a person's mailbox
    ("info@example.de\nRückruf an 0151 2345 6789", "0151 2345 6789"),  # another line
    ("Info: Kunde bittet um Rückruf 0151 2345 6789", "0151 2345 6789"),
    ("Privattelefon: 030 2345 6789", "030 2345 6789"),  # what a person has
    ("Herr Weber vom Empfang, privat 0151 2345 6789", "0151 2345 6789"),
    ("Standard, Lisa: 0151 2345 6789", "0151 2345 6789"),
    ("Zahlung an der Kasse, Kundin Weber oder unter 0151 2345 6789", "0151 2345 6789"),
    ("Mobiltelefon: 0151 2345 6789", "0151 2345 6789"),
    ("Kundin Weber, Rückruf: 0151 2345 6789", "0151 2345 6789"),  # no service's label
    ("Tel.-Nr. 0151 2345 6789", "0151 2345 6789"),  # no document's letters
    ("Telefon-Nr. 0151 2345 6789", "0151 2345 6789"),
    ("Handy-Nr.: 0151 2345 6789", "0151 2345 6789"),
    ("tél. 02 33 12 16 07", "02 33 12 16 07"),  # no round ending
    ("Kunde insgesamt 3x angerufen, Tel. 0151 2345 6789", "0151 2345 6789"),
    ("Take the medicine twice daily, call 0151 2345 6789", "0151 2345 6789"),
    ("Pos. | Kunde | Telefon\n1 | Weber | 0172 300 5512", "0172 300 5512"),  # a phone column
    ("Pos. | Kunde | Telefon-Nr.\n1 | Weber | 0172 300 5512", "0172 300 5512"),
    # a number ends at its line's end: the next line's digits are no part of it
    ("18:23:02 Rückrufnummer: +49 8657 35542\n2025-03-04 18:24:40 Techniker",
     "+49 8657 35542"),
    ("18:23:02 teléfono de contacto: +34 924046967\n2025-03-04 18:24:40 técnico",
     "+34 924046967"),
    ("Rückruf 0151 2345 6789\n# Notiz 12", "0151 2345 6789"),
])
def test_a_line_beside_a_switchboard_is_found(text, span):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze(text, [ENTITY])] == [span]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_phone_number_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


NATIONAL = [
    # (text, countries of the text's language or the record's region, span, lowest, highest)
    ("Bitte zurückrufen: 03012345678", ("DE",), "03012345678", 0.6, 0.6),
    ("appeler le 06 12 34 56 78 demain", ("FR", "BE"), "06 12 34 56 78", 0.6, 0.6),
    ("oddzwonić 729 825 979", ("PL",), "729 825 979", 0.6, 0.6),
    ("chiamare 0521833786 in mattinata", ("IT",), "0521833786", 0.6, 0.6),
    # countries that dial no trunk prefix: mobiles and landlines written without spaces
    ("chiamate subito Gaetano al 3423939442", ("IT",), "3423939442", 0.6, 0.6),
    ("llamar al cliente al 612345678 mañana", ("ES",), "612345678", 0.6, 0.6),
    ("zadzwonić do klienta: 601234567", ("PL",), "601234567", 0.6, 0.6),
    # without a country, digits alone stay below the threshold (a context word lifts them)
    ("Vorgang 03012345678", (), "03012345678", 0.2, 0.2),
    ("Bitte zurückrufen: 03012345678", (), "03012345678", 0.55, 0.55),
    # a number no country's plan knows stays low
    ("Vorgang 0000000000", ("DE",), "0000000000", 0.2, 0.2),
]


@pytest.mark.parametrize(("text", "countries", "span", "low", "high"), NATIONAL)
def test_national_numbers_valid_in_the_country(text, countries, span, low, high):
    from types import SimpleNamespace

    start = text.index(span)
    results = RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=countries))
    assert_results(results, text, ENTITY, [(span, start, start + len(span), low, high)])


@pytest.mark.parametrize("text", ["Lieferung am 16.07.2022 erwartet", "fattura del 13/12/2023",
                                  # a date and its time: not the month, year and hour
                                  "starts_at: 28/01/1982 03:12", "début 20.10.1997 03:12"])
def test_dates_are_no_phone_numbers(text):
    from types import SimpleNamespace

    assert RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=("DE", "IT"))) == []


@pytest.mark.parametrize(("text", "countries"), [
    # a firm's tax or register number, grouped like a phone number
    ("USt-IdNr.: DE 811 907 980 · Gläubiger-ID DE98ZZZ09999999999", ("DE",)),
    ("SAS au capital de 50 000 € – RCS Saint Susan 841 562 307", ("FR",)),
    ("NIP 525-284-15-63, REGON 384156230", ("PL",)),
    # freephone and premium-rate lines are let to firms
    ("TEL;TYPE=WORK,VOICE:+49 800 5550123", ("FR",)),
    ("Hotline 0800 1234567 (kostenlos)", ("DE",)),
    ("Service : 08 92 68 08 92", ("FR",)),
    # a reference's digits after its letters, a file reference's column
    ("Vergabenummer: LK-342182-2025", ("DE",)),
    ("Znak sprawy: ZDP.679707.2025 · tryb podstawowy", ("PL",)),
    ("Az. | Bauherr | Vorhaben\n63-312622 | Segebahn GbR | Neubau", ("DE",)),
    ("Zaaknr. | Aanvrager\nOV-289509 | Alewijnse B.V.", ("NL",)),
    # a press office's, a group tour's or a recorded announcement's line
    ("Ergebnisse folgen mitte des monats. pressestelle: 0711 641-2451", ("DE",)),
    ("Gabinete de prensa: 915 839 100", ("ES",)),
    ("Gruppenführungen: 0911 231 55 40.", ("DE",)),
    ("Zwiedzanie grupowe: 56 622 70 38", ("PL",)),
    ("wsparcie dla firm: +48 22 555 01 42, całą dobę", ("PL",)),
    ("Brücke Mühlenbach (BW-Nr. 6113 514) | Jens-Peter-Scholl-Ring", ("DE",)),
    # a fault's, a booking's or a subscribers' line, a question or hours in brackets before it
    ("zahlung mit münzen oder karte. störung? 030 555 4488", ("DE",)),
    ("Paiement en pièces ou par carte à la centrale. En panne ? 01 43 55 44 88", ("FR",)),
    ("service abonnés (lun.–ven. 8 h–20 h) : 09 69 55 72 31", ("FR",)),
    ("Tendenz: leicht abnehmend. Tonband: 089 9214-1210", ("DE",)),
    ("Fédération départementale pour la pêche : 02 38 55 12 40 · 66, rue Barre", ("FR",)),
    ("Ab Pegel Kaub ruht der Fährbetrieb. Ansage unter 06132 7141 10", ("DE",)),
    ("En cas de crue, le service est suspendu. Répondeur : 02 40 45 71 10", ("FR",)),
    # a patent's application number on its ST.9 line
    ("(21) N° d'enregistrement national : 26 25670 · (22) Date de dépôt : 27/10/2015\n"
     "(54) Titre : plateau de pesée connecté", ("FR",)),
])
def test_firms_numbers_are_no_personal_phone(text, countries):
    from types import SimpleNamespace

    assert RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=countries)) == []


@pytest.mark.parametrize(("text", "countries"), [
    # digits without a trunk prefix count only where valid, and not after an order's label
    ("numer zamówienia 123456789", ("PL",)),
    ("Pedido número 612345678 enviado", ("ES",)),
    ("Rückruf 612345678", ("DE",)),  # no German number
    ("telefono 3423939442", ()),  # no country: a context word does not lift them
])
def test_digits_without_a_trunk_prefix_only_where_valid(text, countries):
    from types import SimpleNamespace

    assert RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=countries)) == []


def test_a_personal_number_beside_a_firms_number_is_found():
    from types import SimpleNamespace

    text = "Rückruf unter 0171 2345678, USt-IdNr. DE 811 907 980"
    results = RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=("DE",)))
    assert [text[r.start:r.end] for r in results] == ["0171 2345678"]


@pytest.mark.parametrize(("numbers", "extensions"), [
    # a directory's lines of one switchboard: all digits but the last four shared
    (["0821 400-0", "0821 400-1100", "0821 400-2310"], [True, True, True]),
    (["03 89 12 40 00", "03 89 12 41 10", "03 89 12 42 31"], [True, True, True]),
    (["0341 400 111", "0341 400 110", "0341 400 231"], [True, True, True]),
    (["91 400 00 00", "91 400 11 00", "91 400 23 10"], [True, True, True]),
    # two numbers are no directory; customers share an area code at most
    (["0821 400-0", "0821 400-1100"], [False, False]),
    (["030 1234567", "030 9876543", "030 1112233"], [False, False, False]),
    (["+49 151 23456789", "+49 151 98765432", "+49 151 11122233"], [False, False, False]),
    (["0821 400-1100", "0821 400-1100", "0821 400-1100"], [False, False, False]),
])
def test_switchboard_extensions(numbers, extensions):
    assert switchboard_extensions(numbers) == extensions


@pytest.mark.parametrize(("text", "spans"), [
    # an organisation's block: a switchboard's extension, numbers one after another
    ("Telefon: 0621 293-0 (Zentrale) · Fax 0621 293-4700", []),
    ("Centrala: 58 777 10 00 · faks 58 777 10 01", []),
    ("Teléfono: 915 298 210 · Fax: 915 298 211", []),
    ("Standard 04 72 10 44 00 ; fax 04 72 10 44 99", []),
    # an on-call service's number
    ("erreichen Sie unseren Bereitschaftsdienst unter 0171 555 01 23.", []),
    ("en cas d'urgence, notre astreinte répond au 06 12 34 56 78.", []),
    ("para urgencias, el teléfono de guardia es el 612 345 678.", []),
    ("voor spoedgevallen is de storingsdienst bereikbaar op 06 12 34 56 78.", []),
    ("w pilnych sprawach prosimy dzwonić na numer dyżurny 601 234 567.", []),
    ("Rufbereitschaft hat Frau Weber, privat 0171 2345678", ["0171 2345678"]),
    # a venue's or an office's number, its name before a comma and the phone's label
    ("Anmeldung in der Geschäftsstelle, Tel. 0621 55 30 10.", []),
    ("reservas en el centro cívico, tel. 976 72 43 10", []),
    ("Pour toute question : 04 78 12 43 40 ou par courriel", []),
    ("Kundin Weber, Tel. 0621 55 30 17", ["0621 55 30 17"]),
    ("Frau Weber aus dem Büro, privat 0171 2345678", ["0171 2345678"]),
    # a person's numbers are not numbered one after another
    ("Mutter 0171 2345678, Vater 0171 2345612", ["0171 2345678", "0171 2345612"]),
    ("Tel. 030 1234567, mobil 0151 2345 6789", ["030 1234567", "0151 2345 6789"]),
    ("Zentrale 0621 293-0, Frau Weber privat 0621 4455667", ["0621 4455667"]),
])
def test_numbers_of_one_block_are_an_organisations(text, spans):
    from types import SimpleNamespace

    results = RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=("DE", "ES", "FR",
                                                                          "PL")))
    assert [text[r.start:r.end] for r in results] == spans


def test_an_area_code_in_brackets_is_no_patents_code():
    from types import SimpleNamespace

    text = "(22) 628 12 34 – Anna Nowak, proszę oddzwonić"
    found = RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(countries=("PL",)))
    assert [text[r.start:r.end] for r in found] == ["(22) 628 12 34"]

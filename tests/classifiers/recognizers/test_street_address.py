"""StreetAddressRecognizer by itself: each postal convention it encodes, the exact span it
yields, and the shapes it must leave alone."""

from __future__ import annotations

import pytest
from presidio_analyzer.context_aware_enhancers import LemmaContextAwareEnhancer

from classifiers.recognizers.street_address import StreetAddressRecognizer, town_after_a_postcode
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "STREET_ADDRESS"
RECOGNIZER = StreetAddressRecognizer()

FOUND = [
    # (text, span, start, end, lowest score, highest score)
    # number, street name, street type
    ('Please ship the replacement to 221 Baker Street, London.', '221 Baker Street', 31, 47, 0.6, 0.6),
    ('Send to 10 Downing St. today', '10 Downing St.', 8, 22, 0.6, 0.6),  # an abbreviated type keeps its stop
    ('Flat keys left at 14b Victoria Road.', '14b Victoria Road.', 18, 36, 0.6, 0.6),  # so does a type that ends a sentence
    ('Deliveries to 12-14 Market Street only', '12-14 Market Street', 14, 33, 0.6, 0.6),
    # street name with its type, number after (German, Dutch, Nordic)
    ('Our office moved to Hauptstraße 12 in Berlin.', 'Hauptstraße 12', 20, 34, 0.6, 0.6),
    ('Bezorgen op Keizersgracht 123 Amsterdam', 'Keizersgracht 123', 12, 29, 0.6, 0.6),
    ('Vi bor på Storgatan 5 i Uppsala', 'Storgatan 5', 10, 21, 0.6, 0.6),
    # street name, separate type, number
    ('Wir wohnen in der Berliner Straße 45.', 'Berliner Straße 45', 18, 36, 0.6, 0.6),
    ('Send the form to Kossuth Lajos utca 12, Budapest.', 'Kossuth Lajos utca 12', 17, 38, 0.6, 0.6),
    ('Return it to Kettering Road 14, Leeds.', 'Kettering Road 14', 13, 30, 0.6, 0.6),
    # street type first (Romance languages, Polish)
    ('Send it to Rua Augusta 274, Lisboa.', 'Rua Augusta 274', 11, 26, 0.6, 0.6),
    ('The shop is at Calle Mayor 5, Madrid.', 'Calle Mayor 5', 15, 28, 0.6, 0.6),
    ('Adres: ul. Długa 5, Gdańsk', 'ul. Długa 5', 7, 18, 0.6, 0.6),
    ('Deliver to 12 Rue de Rivoli 5 please', '12 Rue de Rivoli 5', 11, 29, 0.6, 0.6),  # a number before the type joins the span
    # number first, a Romance street type no English word is, a name: European addresses in
    # English text
    ('The bus station is on 26 rue Ernest Renan', '26 rue Ernest Renan', 22, 41, 0.6, 0.6),
    ('He lives at 7 bis rue des Lacs, Lyon.', '7 bis rue des Lacs', 12, 30, 0.6, 0.6),
    ('The restaurant is at 97 cours Franklin Roosevelt', '97 cours Franklin Roosevelt', 21, 48,
     0.6, 0.6),
    ('Meet me at 12 Calle de Alcalá in Madrid.', '12 Calle de Alcalá', 11, 29, 0.6, 0.6),
    # a unit after the street line
    ('She lives at 41 Kiannonkatu 98\n Suite 464\n Oulu', '41 Kiannonkatu 98\n Suite 464', 13, 41, 0.7, 0.7),
    ('Ship to 500 Oak Ave Apt 12', '500 Oak Ave Apt 12', 8, 26, 0.7, 0.7),
    # USPS military and diplomatic mail
    ('Mail goes to PSC 1437, Box 3833\nAPO AA 66791 now', 'PSC 1437, Box 3833\nAPO AA 66791', 13, 44, 0.85, 0.85),
    ('Ship to USS Nimitz FPO AP 96620 please', 'USS Nimitz FPO AP 96620', 8, 31, 0.85, 0.85),
    ('Unit 8400, Box 2231\nDPO AE 09498', 'Unit 8400, Box 2231\nDPO AE 09498', 0, 32, 0.85, 0.85),
    # number, capitalised words, number: no street type, so no more than the threshold
    ('Send to 4719 Elm Park 12, Springfield', '4719 Elm Park 12', 8, 24, 0.5, 0.5),
    # post office boxes
    ('write to P.O. Box 255 instead', 'P.O. Box 255', 9, 21, 0.6, 0.6),
    ('Returns: PO Box 4471', 'PO Box 4471', 9, 20, 0.6, 0.6),
    # a US city, state and ZIP line
    ('Springfield, IL 62704 is where the invoice goes', 'Springfield, IL 62704', 0, 21, 0.55, 0.55),
    ('Billing: Austin, TX 78701-1234', 'Austin, TX 78701-1234', 9, 30, 0.55, 0.55),
    ('Our branch in New York, NY 10001 closed.', 'New York, NY 10001', 14, 32, 0.55, 0.55),
    # a street corner: the whole match is the span, 'corner of' included
    ('meet me at the corner of Elm Street and 5th Avenue', 'corner of Elm Street and 5th Avenue', 15, 50, 0.6, 0.6),
    # text all in lower case: the same shapes without capitals
    ('the parcel went to 2613 avenida praia 1 suite 463 yesterday', '2613 avenida praia 1 suite 463', 19, 49, 0.7, 0.7),
    ('ship to 221 baker street, london', '221 baker street', 8, 24, 0.6, 0.6),
    ('deliver to hauptstraße 12', 'hauptstraße 12', 11, 25, 0.6, 0.6),
    ('mail it to po box 77 thanks', 'po box 77', 11, 20, 0.6, 0.6),
    ('springfield, il 62704 is the billing city', 'springfield, il 62704', 0, 21, 0.55, 0.55),
    # ...but number, words, number is a count as often as an address there: below the threshold
    ('please ship it to my address: 12 elm park 4.', '12 elm park 4', 30, 43, 0.3, 0.3),
    ('retrying /v2/orders after 503; attempt 4 of 5', '4 of 5', 39, 45, 0.3, 0.3),
    ('added a lock with a 55 minute lease. case 8883.', '55 minute lease. case 8883', 20, 46, 0.3, 0.3),
]


@pytest.mark.parametrize(("text", "span", "start", "end", "low", "high"), FOUND)
def test_street_address_found(text, span, start, end, low, high):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])


NOT_FOUND = [
    "During 2017 the team grew to 40 people.",
    "We sold 3 apples on the way home.",
    "We moved 3 boxes down the street.",  # lower-case words before a type, in mixed case
    "Windows Server 2022 runs on 12 hosts.",
    "Nightly export job failed with HTTP 503 after 3 retries; queue depth 1200.",
    "Version 4 Release 2 ships in Q3.",  # number, word, number, but no line end after it
    "Meet at 10 in Room 4",
    "Invoice paid on 3 March",
    "Order 66 shipped to warehouse 12",
    "cache miss on /v2/customers/search; backend latency 561 ms",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_street_address_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


WITH_CONTEXT = [
    # (text, the field's context words, span, start, end, lowest score, highest score)
    ("Please ship the replacement to 221 Baker Street, London.", [], "221 Baker Street", 31, 47, 0.94, 0.96),
    ("Send to 4719 Elm Park 12, Springfield", [], "4719 Elm Park 12", 8, 24, 0.84, 0.86),
    ("please ship it to my address: 12 elm park 4.", [], "12 elm park 4", 30, 43, 0.64, 0.66),
    ("12 elm park 4", ["home", "address"], "12 elm park 4", 0, 13, 0.64, 0.66),
    ("12 elm park 4", [], "12 elm park 4", 0, 13, 0.3, 0.3),
    ("retrying /v2/orders after 503; attempt 4 of 5", [], "4 of 5", 39, 45, 0.3, 0.3),
]


@pytest.mark.parametrize(("text", "context", "span", "start", "end", "low", "high"), WITH_CONTEXT)
def test_address_words_before_or_in_the_field_name_raise_the_score(
        nlp_artifacts, text, context, span, start, end, low, high):
    """Presidio's context enhancer, as the analyzer engine runs it after the recognizer:
    results from the lower-case patterns must carry this recognizer's id to be raised."""
    artifacts = nlp_artifacts(text)
    results = LemmaContextAwareEnhancer().enhance_using_context(
        text, RECOGNIZER.analyze(text, [ENTITY], artifacts), artifacts, [RECOGNIZER], context)
    assert_results(results, text, ENTITY, [(span, start, end, low, high)])


LOCAL_ADDRESSES = [
    # (language of the text, text, span): the number after the street name, street words
    # written first, house-number ranges; in text of those languages
    ("de", "Neue Lieferadresse: Hans-Michael-Freudenberger-Weg 49-32, 12345 Berlin",
     "Hans-Michael-Freudenberger-Weg 49-32"),
    ("de", "Paket an Kästerstr. 482 zugestellt", "Kästerstr. 482"),
    ("fr", "Livraison au 24, chemin Thérèse Marion, 75103 Paris", "24, chemin Thérèse Marion"),
    ("fr", "Colis pour 12 rue Becker non distribué", "12 rue Becker"),
    ("es", "Envío a Pasaje Edmundo Catalán 1, 28013 Madrid", "Pasaje Edmundo Catalán 1"),
    ("it", "Consegna in Piazza Lisa, 336, 20121 Milano", "Piazza Lisa, 336"),
    ("nl", "Nieuw afleveradres: Aaronbaan 32, 1011 AB Amsterdam", "Aaronbaan 32"),
    ("pl", "Nowy adres: plac Wolności 54/06, 00-950 Warszawa", "plac Wolności 54/06"),
    ("pl", "Nowy adres: ul. Kochanowskiego 481", "ul. Kochanowskiego 481"),
    # an address block: the street's line above the postcode's, in lower case or numberless
    ("pl", "buziaki, alina\n\nromualda fidler\nal. rolna 549\n75-559 inowrocław",
     "al. rolna 549"),
    ("fr", "toute la tribu\n\nparfait legrand\nrue augustin marion\n92639 martinsdan",
     "rue augustin marion"),
    ("es", "Sr. Tomás Prieto\nCalle de Goya\n28001 Madrid", "Calle de Goya"),
    ("nl", "mevrouw j. de wit\nlindelaan 4\n1234 ab utrecht", "lindelaan 4"),
    # a quay with its name, Italian's "via"
    ("fr", "Livraison : quai Voltaire 12, 75007 Paris", "quai Voltaire 12"),
    ("it", "Consegna a Via Roma 12, Milano", "Via Roma 12"),
]


@pytest.mark.parametrize(("language", "text", "span"), LOCAL_ADDRESSES)
def test_local_street_addresses(language, text, span):
    from types import SimpleNamespace

    results = [r for r in StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language=language)) if r.score >= 0.5]
    assert span in [text[r.start:r.end] for r in results], [
        (text[r.start:r.end], r.score) for r in results]


@pytest.mark.parametrize("text", ["Join via Microsoft Teams 3 times", "Meet at the avenue Hotel",
                                  "Spring 2024 release", "Deployed 3 via Azure DevOps",
                                  "I 3 rue nothing"])
def test_local_street_words_stay_off_in_english(text):
    from types import SimpleNamespace

    results = StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language="en"))
    assert [r for r in results if r.score >= 0.5] == []


NOT_ADDRESSES = [
    # (language, text): a street without a house number is a place, not where someone
    # lives; a street type written after a number is no address either
    ("fr", "Travaux rue Jacquet : circulation fermée jusqu'au 04.04.2026."),
    ("pl", "karczek: warkocz „ola” na 24 o., schemat na str. 3."),  # a page
    ("fr", "Travaux chemin Suzanne Peltier : circulation fermée, déviation par Moulin."),
    ("es", "Obras en calle de Rodrigo Acedo: corte de tráfico hasta el jueves."),
    ("it", "Lavori in piazza Gadda: strada chiusa fino a lunedì."),
    ("pl", "Remont ulica Długa: przejazd zamknięty do piątku."),
    ("nl", "werkzaamheden aan de jiplaan: afgesloten tot 16/10/2011, omleiding via augustinusga."),
    ("de", "Bestellung 10/2011, Versand via DHL"),
    # a time's minutes or a date's month and year before words and a street suffix
    ("de", "Di 8:30   Kapelle St. Hedwig – Frühmesse"),
    ("fr", "prochaine brocante : 22/04/2025, parking avenue leclercq"),
    # a street's line with no postcode line under it
    ("fr", "fermeture de la rue augustin marion\nréouverture le 12 mai"),
    ("fr", "rue augustin marion\n\n92639 martinsdan"),
]


@pytest.mark.parametrize(("language", "text"), NOT_ADDRESSES)
def test_streets_without_a_house_number_are_no_address(language, text):
    from types import SimpleNamespace

    results = StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language=language))
    assert [(text[r.start:r.end], r.score) for r in results if r.score >= 0.5] == []


@pytest.mark.parametrize(("language", "text"), [
    # a street, then a day and its month: the day is no house number
    ("fr", "notre agence boulevard coulon sera fermée du 24 décembre au 1er janvier"),
    ("it", "La filiale in Vicolo Patrizia resterà chiusa dal 24 dicembre al 1° gennaio."),
    ("pl", "Punkt przy ul. Towarowa będzie nieczynny od 24 grudnia do 1 stycznia."),
    ("es", "La tienda de la calle Mayor cierra el 6 de enero."),
    ("de", "Die Filiale Hauptstraße bleibt am 24. Dezember geschlossen."),
])
def test_a_day_after_a_street_is_no_house_number(language, text):
    from types import SimpleNamespace

    results = StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language=language))
    assert [text[r.start:r.end] for r in results if text[r.end - 1].isdigit()] == []


@pytest.mark.parametrize(("language", "text"), [
    # a firm's own address under its name; a timetable's column gap before a time
    ("de", "Bärer Krause KG – Filiale Gera, Sergei-Röhrdanz-Straße 98"),
    ("fr", "Navarro Seguin SA – magasin de Lyon, 22, rue de Garnier"),
    ("es", "Calle Ramón y Cajal        salida 05:40"),
    # a table's header over a date: street name and house number share a line
    ("de", "ETA            Schiff            Liegeplatz\n1992-07-15 05:30   Albert Ballin"),
    ("nl", "Terminal       Kade\nWilhelminakade\n23 januari aankomst"),
    # a directory's column gap before a number
    ("nl", "Cardiologie – paviljoen Einthoven    088 400 2310"),
    # Italian and Spanish "al" is no Polish aleja without its dot
    ("it", "3. Variante n. 4 al Piano Regolatore – comparto di via Aldo Moro"),
    ("it", "leonardi spa presenta al padiglione 4, stand c024, il nuovo controllore"),
    # a venue's address: opening hours, or how to get there
    ("fr", "Musée – horaires\nDu mardi au dimanche de 10h à 18h30\nAccès : 77 rue de Varenne"),
    ("pl", "Dojazd: Pałac Ostrogskich, ul. Okólnik 1; metro Nowy Świat"),
    ("en", "Opening hours: daily 9:30-17:00. Getting here: 77 Great Russell Street"),
    # a street's words stay on one line
    ("pl", "sok marchew-jabłko, 300 ml – 1,99 zł\nciastka dr gerard pasja, 170 g – 3,49 zł"),
    # a time's minutes before a street type are no house number
    ("pl", "Przesłuchania 04/01/2016 od 18:00, al. Cicha. Prosimy przygotować monolog."),
    # a venue's address after its kind
    ("de", "Vorsprechen am 18.04. ab 18 Uhr im Bürgerhaus, Schäfergasse 2/6. Bitte"),
    ("fr", "Auditions à partir de 18 h, salle polyvalente, 35, rue de Lacroix. Préparez"),
    ("es", "Audiciones desde las 18:00 en el centro cívico, Ronda de Aroa Ochoa 606."),
    ("it", "Provini dalle 18 nel teatro parrocchiale, Viale Tasso, 168. Portate"),
    ("nl", "Audities vanaf 19.00 uur in het dorpshuis, Sennalaan 8. Neem"),
    # a date with its month written out, a range of years, copies, a part named by a letter
    ("it", "IN QUESTA CASA\nIL 22 DICEMBRE 1858\nNACQUE"),
    ("es", "EN ESTA CASA MURIÓ\nEL 4 DE ENERO DE 1920\nBENITO"),
    ("de", "IN DIESEM HAUSE WOHNTE\nVON 1844 BIS 1850\nCLARA"),
    ("de", "Kafka, Die Verwandlung · Reclam · 28 Ex. à 2,60 €"),
    ("de", "2 | 0621 448 133 | O-Ring 24 × 2 mm | 2"),
    # a number that goes on after a separator; a range of house numbers (a notice's stretch
    # of a street)
    ("de", "TG-Stellplatz 24.500 € · Wallbox-Vorrüstung inklusive"),
    ("de", "in folgenden Straßen: Goethestraße 1–27 und 2–30 · Aleksej-Schinke-Ring 40–66"),
    ("nl", "werkzaamheden in de Dorpsstraat 2–48 en de Kerklaan 1–15"),
    # an establishment's own address on its line
    ("it", "Diurno: Farmacia Dante Alighieri, corso Vittorio Emanuele II 112 – 011 66 90 43"),
    ("pl", "Apteka im. Mikołaja Kopernika, ul. Sobieskiego 14 – tel. 12 633 40 07"),
    # a platform's number, "via" outside Italian, a flat after a venue's address, a club
    ("fr", "bus relais (arrêt cours jean-jaurès, quai 3).\nles arrêts"),
    ("nl", "meer info in de app of via 0800 300 44 00. bedankt"),
    ("it", "serata in sede, Rotonda Pina, 13 Appartamento 39.\nI nominativi"),
    ("de", "Clubabend jeden Donnerstag im Vereinsheim, Wohlgemutstraße 95/45."),
    # a range of numbers; an institute's, a laboratory's, a secretariat's address
    ("fr", "Bach, Jean-Sébastien (1685-1750) : harmonisations n° 401 à 412"),
    ("nl", "ruwe data op aanvraag bij het instituut, Jaripad 79"),
    ("fr", "données brutes sur demande au laboratoire, 76, boulevard Renaud"),
    ("it", "una copia rilegata in segreteria, Incrocio Jolanda, 98 Appartamento 63"),
    ("pl", "jeden egzemplarz w dziekanacie, plac Mieszka I 69/49"),
    # a street's stretch, words between its numbers; a box office's or a branch's address
    ("fr", "de 8 h à 11 h : rue victor-hugo du 1 au 27, impasse des lilas"),
    ("es", "de 8:00 a 11:00: calle de cervantes del 1 al 27, callejón de las flores"),
    ("fr", "ouverture de la location le 01.08.1998, billetterie 25, boulevard daniel moulin"),
    ("fr", "renseignements : direction des espaces verts, 84, avenue Augustin Guillon"),
    ("it", "Sabato: Farmacia Centrale, Stretto Casagrande, 79 Appartamento 67\nDomenica: ..."),
    ("it", "Il settore ospiti è raggiungibile solo dal cancello 14, piazzale Axum."),
    ("de", "Deck 3 (Hauptdeck): Spur 5 Gefahrgut IMDG Klasse 3"),
    ("fr", "Géants et porteurs, départ place Masséna à 14 h 30"),
    ("fr", "« dépôt » devient « louise-michel » (nom de la rue depuis 2020)"),
    # a time in hours after "à"; a decimal's or a date's last digits before words
    ("fr", "J1 Lyon, embarquement quai Claude-Bernard à 18h\nJ2 Vienne"),
    ("de", "km 71,0 Bergwertung 2. Kategorie, Thurner (1.036 m)"),
    ("fr", "Prochain bulletin le 2014-07-31 à 16h"),
])
def test_no_personal_address(language, text):
    from types import SimpleNamespace

    results = StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language=language))
    assert [text[r.start:r.end] for r in results if r.score >= 0.5] == []


@pytest.mark.parametrize(("language", "text", "address"), [
    ("de", "Kundin wohnt im Haus, Heidestraße 17, seit 2019", "Heidestraße 17"),
    ("de", "Lieferadresse: Wohnhaus, Heidestraße 17", "Heidestraße 17"),
    ("fr", "Mme Roux, 35, rue de Lacroix, rappeler", "35, rue de Lacroix"),
])
def test_an_address_after_no_venue_is_found(language, text, address):
    from types import SimpleNamespace

    results = StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language=language))
    assert [text[r.start:r.end] for r in results] == [address]


def test_a_customers_address_past_the_firms_paragraph_is_found():
    from types import SimpleNamespace

    text = "Budig GmbH\n\nLieferung an Hans Müller, Hauptstraße 5"
    results = StreetAddressRecognizer().analyze(
        text, ["STREET_ADDRESS"], SimpleNamespace(language="de"))
    assert [text[r.start:r.end] for r in results] == ["Hauptstraße 5"]


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Lucchesi SPA, Rotonda Morosini, 43, 43056 Misitano Superiore", "Misitano", True),
    ("Hauptstraße 5\n10115 Berlin Mitte", "Berlin", True),
    ("ul. Długa 5, 00-950 Nowa Wieś", "Nowa", True),
    ("Kerkstraat 1, 1234 AB Sint Anthonis", "Sint", True),
    ("Kundennr. 43056 Hans Meier", "Hans", False),
    ("Rechnung 2024 Hans Meier", "Hans", False),
])
def test_a_name_after_a_postcode_is_a_towns(text, name, town):
    assert town_after_a_postcode(text, text.index(name)) is town

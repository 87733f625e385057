"""The classifier on European text: each language's text through its own pipeline, a
personal and a non-personal text per language, the national phone plan of the record's
region, and texts in languages nothing reads names in reported."""

from __future__ import annotations

import pytest

from classifiers.classify import RecordClassifier
from classifiers.languages import LanguageDetector, region_country
from classifiers.settings import ClassifierSettings

TEXTS = [
    # (language, text, category, an entity type found when personal)
    ("de", "Herr Zwiebelmeier bittet um Rückruf wegen der Rechnung.", "personal", "PERSON"),
    ("de", "Neuer Rahmenvertrag für Büromöbel ist unterschrieben.", "customer", None),
    ("de", "Bitte zurückrufen: 03012345678", "personal", "PHONE_NUMBER"),
    ("de", "Steuer-ID 36 574 261 809 für die Lohnabrechnung hinterlegt.", "personal",
     "DE_TAX_ID"),
    ("fr", "Merci de rappeler Mme Lefèvre au sujet de la livraison.", "personal", "PERSON"),
    ("fr", "Atelier reporté, rendez-vous dans le hall de Bordeaux.", "customer", None),
    ("fr", "Le client habite au 24, chemin Thérèse Marion, 75103 Paris.", "personal",
     "STREET_ADDRESS"),
    ("es", "Cita con la Sra. Etxeberria confirmada para el lunes.", "personal", "PERSON"),
    ("es", "El almacén de Zaragoza informa de un stock de 300 unidades.", "customer", None),
    ("es", "NIE X-2482300-W registrado para la nómina.", "personal", "ES_NIE"),
    ("it", "Il cliente Giulia Crispi segnala un doppio addebito.", "personal", "PERSON"),
    ("it", "Stoccaggio esaurito nel magazzino di Verona.", "customer", None),
    ("it", "Codice fiscale RCCMNL83S18D969H registrato per la busta paga.", "personal",
     "IT_FISCAL_CODE"),
    ("nl", "Graag mevrouw De Graaf terugbellen over de levering.", "personal", "PERSON"),
    ("nl", "Kwartaalrapport verkoop Zuid: omzet gestegen, marge stabiel.", "customer", None),
    ("nl", "BSN 1112.22.333 vastgelegd voor de salarisadministratie.", "personal", "NL_BSN"),
    ("pl", "Dzwoniła pani Wiśniewska w sprawie faktury.", "personal", "PERSON"),
    ("pl", "Dostawa do Gdańska opóźniona z powodu strajku w porcie.", "customer", None),
    ("pl", "Numer PESEL 44051401359 zapisany do listy płac.", "personal", "PL_PESEL"),
    # names as values of person keys in log lines (read as English: the keys are), and
    # rooms and streets named after people
    ("en", 'INFO portal.signup id=845153 full_name="Hélène Michaud" locale=fr_FR',
     "personal", "PERSON"),
    ("de", "Schulung im Gebäude Konrad Zuse, Raum 2.14; Beamer bitte bei der Haustechnik.",
     "customer", None),
    ("es", "Obras en Camino de Rodrigo Acedo: corte de tráfico hasta el jueves.", "customer",
     None),
    ("de", '2024-07-19 02:00:13 ERROR backup.rsync src=10.64.221.123 exit=23 msg="teilweise '
     'übertragen"', "customer", None),
    # mostly English, so read as English: English NER names no German word or firm a person
    ("en", '#: templates/orders.html:40\nmsgid "Hello %(name)s, your order has shipped."\n'
     'msgstr "Hallo %(name)s, deine Bestellung ist unterwegs."\nmsgid "Delete account"\n'
     'msgstr "Konto löschen"', "customer", None),
    ("en", "/*\n * Copyright (c) 2019-2025 Gotthard Schleich KG\n *\n * Licensed under the "
     "Apache License, Version 2.0 (the \"License\");\n * you may not use this file except in "
     "compliance with the License.\n * You may obtain a copy of the License at\n *\n * "
     "Berechnet die Versandkosten je Zone.\n */", "customer",
     None),
    # tables in text: a column of products or destinations holds no person
    ("de", "Kommissionierliste Lager Güstrow\nLagerplatz | Artikel | Menge\nA-03-12 | Dr. "
     "Oetker Ristorante Pizza Salame | 24\nC-02-09 | Hugo Boss Bottled Eau de Toilette | 4",
     "customer", None),
    ("de", "Kommissionierliste Lager Güstrow\nKunde | Artikel | Menge\nHans Gruber | Dr. "
     "Oetker Ristorante Pizza Salame | 24", "personal", "PERSON"),
    # a time zone is no person; a hospital's directory of extensions is no one's phone
    ("en", "BEGIN:VEVENT\nSUMMARY:Team meeting\nTZ: Europe/Berlin\nEND:VEVENT", "customer",
     None),
    ("de", "Klinikum – Telefonverzeichnis\nZentrale                 0821 400-0\n"
     "Zentrale Notaufnahme     0821 400-1100\nKardiologie, Station 3   0821 400-2310\n"
     "Patientenaufnahme        0821 400-1010 (Mo–Fr 7–16 Uhr)", "customer", None),
    # a shipping label's printer code: each field is a line
    ("pl", "^XA\n^CI28\n^FO40,30^A0N,26,26^FDNadawca: Minkiewicz S.A., Centrum Zwrotów^FS\n"
     "^FO40,90^A0N,44,44^FDAndrzej Kurczab^FS\n^FO40,140^A0N,44,44^FDplac Kochanowskiego "
     "15/99^FS\n^XZ", "personal", "PERSON"),
    # a venue's address, and an airport's namesake in quotes
    ("fr", "Musée Rodin – horaires et tarifs\nDu mardi au dimanche de 10h à 18h30, fermé le "
     "lundi\nAccès : 77 rue de Varenne, métro Varenne (ligne 13)", "customer", None),
    ("de", "ABFLUG · Flughafen München „Franz Josef Strauß“ · Terminal 2\nZeit   Flug     Ziel"
     "              Gate\n07:05  LH 2470  London Heathrow   K14", "customer", None),
    # a school named after someone in a geocoder's answer, read as English
    ("en", '{"status": "OK", "results": [{"name": "Albert-Schweitzer-Gymnasium", "types": '
     '["school"]}, {"name": "Collège Jules-Ferry", "types": ["school"]}]}', "customer", None),
    # a bank statement's parties are firms, and its element names no one's
    ("en", '<Ntry>\n  <Amt Ccy="EUR">4010.00</Amt>\n  <RltdPties>\n    <Dbtr><Nm>Bouchet '
     'S.A.R.L.</Nm></Dbtr>\n    <DbtrAcct><Id><IBAN>FR1420041010050500013M02606</IBAN></Id>'
     '</DbtrAcct>\n  </RltdPties>\n</Ntry>', "customer", None),
    # a person introducing themselves in a training video's subtitles
    ("de", "2\n00:00:05,100 --> 00:00:09,300\nBozena: Ich bin Bozena Zorbach und hier im Werk "
     "Lüdinghausen für die Arbeitssicherheit zuständig.", "personal", "PERSON"),
    # a name shown to be a namesake in one place is one wherever it stands in the text
    ("de", "Forschungsschiff Elisabeth Mann Borgese: Reise EMB360 ins Gotlandbecken.\n"
     "Namensgeberin: Elisabeth Mann Borgese (1918–2002), Seerechtlerin.", "customer", None),
    ("de", "Fahrtleiterin Elisabeth Manske: Reise EMB360 ins Gotlandbecken.\n"
     "Namensgeberin: Elisabeth Mann Borgese (1918–2002), Seerechtlerin.", "personal",
     "PERSON"),
    # a name's shape in a column of models or materials is a thing's; under a role, a person's
    ("de", "Segelmacherei – Auftragsbuch\nAuftr.;Boot;Arbeit;Tuch\nS-401;Kielzugvogel;"
     "Großsegel neu;Quarzlinnen Vektrastrang\nS-404;Seeschwalbe;Fock;Dacron 220 g",
     "customer", None),
    ("de", "Pferdeschau – Meldeliste\nNr.;Pferd;Züchter\n1;Fly;Quendolin Harzwieser\n"
     "2;Nordwind;Gestüt Lindenhof", "personal", "PERSON"),
    # one name among a column's things is a namesake's; a column of names lists people, and
    # under a customer's header a lone name is still a person's
    ("de", "Kaffeerösterei – Herbstmischungen\nMischung;Herkunft;Röstung\nHeinrich Borowski;"
     "Äthiopien;hell\nNachtschwarz;Brasilien;dunkel\nGoldener Morgen;Kolumbien;mittel\n"
     "Samtweich;Indien;mittel", "customer", None),
    ("it", "Torrefazione – miscele d'autunno\nmiscela | origine | tostatura\nGiulia Ferranti | "
     "Etiopia | chiara\nNotte Scura | Brasile | scura\nVelluto | India | media\nAroma Antico | "
     "Colombia | media", "customer", None),
    ("it", "Gara di ballo – ordine di partenza\nn. | coppia | classe\n11 | Giulio Ferranti e "
     "Marta Ferranti | B\n12 | Sergio Lanza e Paola Lanza | A\n13 | Mirko Tosi e Ilaria Tosi | "
     "A\n14 | Enzo Carli e Rita Carli | B", "personal", "PERSON"),
    # a column of people counts the names no list holds by their shape: one found of four
    # rows is not alone when another looks like a name
    ("fr", "Jardins partagés – attribution des parcelles\nLot;Famille;Surface\n1;Marie "
     "Malvouzet;12 m²\n2;Gaubertine Brévadoux;9 m²\n3;Atelier commun;20 m²\n4;Serres du "
     "parc;15 m²", "personal", "PERSON"),
    ("de", "Werkstatt – offene Aufträge\nAuftr.;Kunde;Gerät\n1;Bäckerei Lutz GmbH;Backofen\n"
     "2;Heinrich Borowski;Waage\n3;Stadtwerke Kiel;Pumpe\n4;Autohaus Brandt KG;Hebebühne",
     "personal", "PERSON"),
    # an English line whose escaped breaks once joined words into another language's
    ("en", "Date: 2005-07-12 10:12:55\\nName: Tadzio L. Chmielewski\\nPhone: 94 20 56",
     "personal", "PERSON"),
]


@pytest.mark.parametrize(("language", "text", "category", "entity"), TEXTS)
def test_a_text_per_language(classifier, language, text, category, entity):
    assert classifier.language_of(text) == language
    verdict = classifier.classify([("note", text)])
    assert verdict.category == category, verdict
    if entity:
        assert entity in dict(verdict.entity_counts)


def test_english_text_is_still_read_as_english(classifier):
    for text in ("Maybe it's under Caitlyn Schulz", "Call Alice Johnson about the renewal."):
        assert classifier.language_of(text) == "en"


def test_the_records_region_gives_the_phone_numbers_country(classifier):
    # ten digits with no sign of a language: only the region's numbering plan tells
    fields = [("ref", "0301234567")]
    assert classifier.classify(fields).category == "customer"
    assert classifier.classify(fields, region="germanywestcentral").category == "personal"
    assert region_country("francecentral") == "FR" and region_country("nowhere") is None


def test_a_language_without_name_source_is_reported():
    settings = ClassifierSettings(languages=("en", "el"))
    classifier = RecordClassifier(settings)
    text = "Ο πελάτης Γιώργος Παπαδόπουλος ζήτησε επιστροφή χρημάτων για την παραγγελία."
    verdict = classifier.classify([("note", text)])
    assert verdict.unread_languages == ("el",)
    assert classifier.classify([("note", "Call me back tomorrow")]).unread_languages == ()


def test_detection_is_limited_to_the_languages_expected():
    detector = LanguageDetector(("en", "de"))
    assert detector.detect("Merci de rappeler Mme Lefèvre au sujet de la livraison.") in (
        "en", "de")
    assert detector.detect("12") == "en"  # too short to tell: the default


DETECTED = [
    # (text, language): hosts, addresses and codes are no words; stop words pick among the
    # languages lingua finds likely
    ("https://contoso.com and db-1.contoso.com at 10.0.0.4 for Contoso Ltd", "en"),
    ("Codice fiscale RCCMNL83S18D969H registrato per la busta paga.", "it"),
    ("Mail an j.weber@example.de wegen der Rechnung 2024-118", "de"),
    ("ref 0301234567", "en"),  # too few letters to tell: the default
    # a text made mostly of names, which lingua hears as English: its stop words decide
    ("Sites en surstock : Delahaye-sur-Boyer, Duhamel et Schmitt-sur-Pinto.", "fr"),
    ("Please ask Jean-Luc Dubois et Marie about the contract renewal for the team.", "en"),
    # an initial and a slashed abbreviation are no Spanish "e", "y" or "o"
    ("I'm Katie E Miles, originally from Mavčiče, and i'm 82 y/o.", "en"),
    ("Hola, soy Ana y vivo en Sevilla o en Cádiz.", "es"),
    # an abbreviation repeated is no stop word ("Ser.-Nr." no Spanish "ser", "Nr." no Dutch)
    ("Klavier C. Bechstein Classic 118, Ser.-Nr. 204 596, Nussbaum – 7.900 €\n"
     "Flügel Modell B-211, Bj. 1984, Ser.-Nr. 487 112, schwarz poliert – 68.500 €\n"
     "Violine 4/4, Ser.-Nr. 3341, Kopie nach Stradivari aus Markneukirchen – 1.150 €\n"
     "Gitarre, Ser.-Nr. 2134 0087, mit Koffer – 2.290 €", "de"),
    ("Bosch Serie 6 · Waschmaschine\nE-Nr.: WGG244A40/01\nMade in Germany\n"
     "Kundendienst: bitte E-Nr. und FD-Nr. bereithalten.", "de"),
]


@pytest.mark.parametrize(("text", "language"), DETECTED)
def test_what_decides_a_texts_language(text, language):
    from classifiers.languages import DEFAULT_LANGUAGES

    assert LanguageDetector(DEFAULT_LANGUAGES).detect(text) == language


def test_an_address_block_beside_an_address_word_is_found(classifier):
    """The address block's own results carry an explanation: Presidio's context step writes
    the supporting word ("Adresse") into it."""
    text = "Adresse de livraison\nrue augustin marion\n92639 martinsdan"
    assert ("STREET_ADDRESS", 21, 40) in classifier.find_spans([text])[0]

"""LocalNameRecognizer by itself: person names in text of languages without an entity
recognizer, read from forms of address, introducing phrases and name lists."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from classifiers.recognizers.local_name import (
    LocalNameRecognizer,
    a_namesake_after_an_article,
    after_a_name_label,
    after_a_saints_title,
    ends_in_a_trade,
    follows_a_founding_body,
    in_an_institutions_name,
    names_a_building,
    names_a_car_model,
    names_a_club,
    names_a_colour,
    names_a_french_town,
    names_a_product,
    names_a_public_body,
    names_a_shop,
    names_an_airline_or_a_drink,
    on_a_route_line,
    opens_with_a_common_word,
    opens_with_a_dutch_compound,
    opens_with_an_organisations_word,
    station_named,
)
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "PERSON"
RECOGNIZER = LocalNameRecognizer()


def analyse(text: str, language: str):
    return RECOGNIZER.analyze(text, [ENTITY], SimpleNamespace(language=language))


FOUND = [
    # (language, text, [(span, start, end, lowest score, highest score), ...])
    # a local form of address before any surname, listed or not
    ("de", "Herr Zwiebelmeier hat angerufen", [("Zwiebelmeier", 5, 17, 0.85, 0.85)]),
    ("de", "Termin mit Frau Dr. Quastenberg", [("Quastenberg", 20, 31, 0.85, 0.85)]),
    ("fr", "Rappeler Mme Lefèvre demain", [("Lefèvre", 13, 20, 0.85, 0.85)]),
    ("es", "Llamar a la Sra. Etxeberria mañana", [("Etxeberria", 17, 27, 0.85, 0.85)]),
    # a surname that opens mountains' names elsewhere
    ("es", "Reclamación 632061 — Sierra, Inocencio — avería de caldera",
     [("Sierra, Inocencio", 21, 38, 0.6, 0.6)]),
    ("it", "Appuntamento con sig.ra Parpinel confermato",
     [("Parpinel", 24, 32, 0.85, 0.85)]),
    ("nl", "Pakket voor dhr. van Leuven niet bezorgd", [("van Leuven", 17, 27, 0.85, 0.85)]),
    ("pl", "Dzwoniła pani Wiśniewska w sprawie faktury", [("Wiśniewska", 14, 24, 0.85, 0.85)]),
    # who signs, receives or is employed: consents, hand-over forms, garnishments
    ("de", "Ich, Klaus Steckel, bin damit einverstanden.", [("Klaus Steckel", 5, 18, 0.7, 0.7)]),
    ("it", "consegnato a: mario pedersoli, ufficio acquisti",
     [("mario pedersoli", 14, 29, 0.6, 0.6)]),
    ("pl", "wydano: jędrzej kowalski, dział zakupów", [("jędrzej kowalski", 8, 24, 0.6, 0.6)]),
    ("fr", "Je soussignée Amélie Poulain, salariée", [("Amélie Poulain", 14, 28, 0.7, 0.7)]),
    ("nl", "Werknemer: Elena Visser, geboren op 2011-02-19", [("Elena Visser", 11, 23, 0.7, 0.7)]),
    # quotes after a namesake's word and a lower-case word: a person's name
    ("de", "Wir treffen uns am Flughafen BER mit „Hans Gruber“ am Gate.",
     [("Hans Gruber", 38, 49, 0.7, 0.7)]),
    # in lower case too, where any word after it counts (more when listed)
    ("nl", "afspraak met meneer demmers bevestigd", [("demmers", 20, 27, 0.6, 0.7)]),
    # a Polish first name, then an adjective's form of a surname
    ("pl", "Rozmawiałem dziś z Joachimem Nowakiem o fakturze",
     [("Joachimem Nowakiem", 19, 37, 0.55, 0.7)]),
    ("pl", "odbiorca pan kowalski nieobecny", [("kowalski", 13, 21, 0.6, 0.7)]),
    # a phrase that introduces a name
    ("de", "Ansprechpartner: Jolanda Quastenberg", [("Jolanda Quastenberg", 17, 36, 0.7, 0.7)]),
    ("nl", "Met vriendelijke groet,\nHarley Borgmans\nKoninklijke B.V.",
     [("Harley Borgmans", 24, 39, 0.7, 0.7)]),
    # a listed first name before another capitalised word
    ("de", "Telefonat mit Sabine Okonkwo wegen Rechnung", [("Sabine Okonkwo", 14, 28, 0.7, 0.7)]),
    ("it", "Segnalazione di Giulia Crispi: export fallito", [("Giulia Crispi", 16, 29, 0.7, 0.7)]),
    # capitalised words in a row mid-sentence, where nouns are lower case
    ("fr", "j'ai parlé avec Xandrine Quopelle hier", [("Xandrine Quopelle", 16, 33, 0.55, 0.7)]),
    # lower case: a listed first name and a listed surname
    ("pl", "zgłoszenie od anna nowak w sprawie faktury", [("anna nowak", 14, 24, 0.6, 0.6)]),
    # a listed surname after a capitalised word, even after a preposition
    ("fr", "Rapport d'erreur de Clet Caron : l'export échoue", [("Clet Caron", 20, 30, 0.6, 0.6)]),
    # lower case: words that are no word of the language, after an introducing phrase or a
    # listed first name
    ("nl", "klant walraad tegelaar meldt een storing", [("walraad tegelaar", 6, 22, 0.6, 0.6)]),
    ("pl", "zgłoszenie od kacper ciesla w sprawie faktury", [("kacper ciesla", 14, 27, 0.6, 0.6)]),
    ("fr", "bonjour, cordialement, elysa abbou", [("elysa abbou", 23, 34, 0.6, 0.6)]),
    # a signature's name after a blank line
    ("fr", "Bien cordialement,\n\nXandrine Quopelle\nService client",
     [("Xandrine Quopelle", 20, 37, 0.7, 0.7)]),
    # several particles inside a surname, in any case
    ("nl", "Sterre van der Meulen heeft de bestelling geannuleerd",
     [("Sterre van der Meulen", 0, 21, 0.7, 0.7)]),
    ("nl", "klant Crispijn van de Brink meldt een storing",
     [("Crispijn van de Brink", 6, 27, 0.7, 0.7)]),
    ("nl", "kun je loek de koning even terugbellen?", [("loek de koning", 7, 21, 0.6, 0.6)]),
    # English words after a particle make a surname, no borrowed term
    ("nl", "Robin van de Water uit Follega heeft de hoofdprijs gewonnen.",
     [("Robin van de Water", 0, 18, 0.7, 0.7)]),
    # a label that says name: its words are a name though compounds of common words
    ("de", "Name, Vorname des Versicherten: Tauscher, Hieronymus\ngeb. am: 1970-11-10",
     [("Tauscher, Hieronymus", 32, 52, 0.7, 0.7)]),
    # a transfer's party
    ("es", "TRANSFERENCIA RECIBIDA 5896,00 EUR ORDENANTE: Eustaquia Benlloch",
     [("Eustaquia Benlloch", 46, 64, 0.7, 0.7)]),
    # names that are English words too, outside a capitalised English term
    ("pt", "Flynn Dill lives at 15026 R Portela 11", [("Flynn Dill", 0, 10, 0.7, 0.7)]),
    ("nl", "Billing address: Lydia Gray", [("Lydia Gray", 17, 27, 0.7, 0.7)]),
    # surname first, as forms write it: after an applicant's word, or before a comma and a
    # listed first name
    ("de", "Antragsteller Katzinger, Hiltraud; geb. 26.01.2000",
     [("Katzinger, Hiltraud", 14, 33, 0.7, 0.7)]),
    ("es", "Solicitante: Lizarraga, Casiano; expediente 234736",
     [("Lizarraga, Casiano", 13, 31, 0.7, 0.7)]),
    ("it", "Richiedente: Grisoni Giuliana, pratica 730597",
     [("Grisoni Giuliana", 13, 29, 0.7, 0.7)]),
    ("pl", "Wnioskodawca: Pokrzywa Augustyn, sprawa 453082",
     [("Pokrzywa Augustyn", 14, 31, 0.7, 0.7)]),
    ("fr", "Dossier 4471 : Duchemin, Amandine ; né le 1987-06-26",
     [("Duchemin, Amandine", 15, 33, 0.6, 0.6)]),
    # a surname and a first name before a role, no list
    ("de", "Teilnehmer: Weber, Anna, Kundin seit 2010",
     [("Weber, Anna", 12, 23, 0.7, 0.7)]),
    # a field's first name that is a word too, without a label
    ("de", "113367 | Simoni, Ruprecht | Kfz-Haftpflicht | offen",
     [("Simoni, Ruprecht", 9, 25, 0.6, 0.6)]),
    # two or three capitalised words that are no words of the language, listed or not
    ("de", "Reinmar Quastwitz hat das Formular geschickt",
     [("Reinmar Quastwitz", 0, 17, 0.55, 0.55)]),
    ("it", "Ottavina Sbrollini ha chiamato stamattina",
     [("Ottavina Sbrollini", 0, 18, 0.55, 0.55)]),
    ("pl", "Zgłoszenie od Radosława Kozień w sprawie faktury",
     [("Radosława Kozień", 14, 30, 0.55, 0.55)]),
    # "Surname, First name" as a record's field, listed or not
    ("de", "4711 | Quastwitz, Heinzfried | Kfz-Haftpflicht | offen",
     [("Quastwitz, Heinzfried", 7, 28, 0.6, 0.6)]),
    # a first name that is also a town's somewhere; a listed surname that is a town's
    ("es", "Reclamación 936928 — Pla, Laura — avería de caldera",
     [("Pla, Laura", 21, 31, 0.6, 0.6)]),
    ("it", "Sollecito n. 2 inviato — Guzzi, Apollonia — fattura 621770",
     [("Guzzi, Apollonia", 25, 41, 0.6, 0.6)]),
    ("de", "345298 | Ring, Heinzfried | Kfz-Haftpflicht", [("Ring, Heinzfried", 9, 25, 0.6, 0.6)]),
    # a role written for either sex before a name
    ("de", "Klient/in: Cavelti, Vinzent · Pflegegrad 3", [("Cavelti, Vinzent", 11, 27, 0.7, 0.7)]),
    ("pl", "student/ka: walentyna lalak, nr albumu 919072",
     [("walentyna lalak", 12, 27, 0.6, 0.6)]),
    # a role after the comma is no first name
    ("de", "Ich, Wilfrid Moeri, Mitarbeiter/in im Kundenservice, bin einverstanden",
     [("Wilfrid Moeri", 5, 18, 0.7, 0.7)]),
    ("fr", "Relance envoyée — Rouvrelle, Gaëtane — facture impayée",
     [("Rouvrelle, Gaëtane", 18, 36, 0.6, 0.6)]),
    # a listed first name and particles that are no articles, in lower case
    ("nl", "dirk van der velden komt morgen langs", [("dirk van der velden", 0, 19, 0.6, 0.6)]),
    # a form of address after an elided article, and a lawyer's title
    ("it", "Le chiavi sono in portineria per l'avv. Trillini, ritiro dopo le 15.",
     [("Trillini", 40, 48, 0.85, 0.85)]),
    ("pl", "odbierze je mec. Stachewicz po 15:00", [("Stachewicz", 17, 27, 0.85, 0.85)]),
    # beside an institution, a person is still one; after a form of address, a surname
    # that is also an institution's word ("Huis") too
    ("it", "Ricoverato all'ospedale Sandro Pertini, il sig. Mario Rossi chiede informazioni.",
     [("Mario Rossi", 48, 59, 0.85, 0.85)]),
    ("nl", "Mevrouw ten Huis belt terug.", [("ten Huis", 8, 16, 0.85, 0.85)]),
    # a chat's mentions
    ("de", "@Benedicta Gotthard kannst du die Folien durchsehen? @Einkauf zur Info",
     [("Benedicta Gotthard", 1, 19, 0.7, 0.7)]),
    # a Polish first name with its diacritics, listed without them ("zdzislaw")
    ("pl", "zdzisław kmiecik dzwonił w sprawie faktury",
     [("zdzisław kmiecik", 0, 16, 0.6, 0.6)]),
    # rare German words made of common ones are words; names ending like surnames are not
    ("de", "Rückfrage bitte an Heinzfried Quastwitz richten",
     [("Heinzfried Quastwitz", 19, 39, 0.55, 0.55)]),
    # a listed first name opening a sentence as a verb's subject; a name alone on a line
    ("de", "Gustav hat sich heute krankgemeldet.", [("Gustav", 0, 6, 0.6, 0.6)]),
    ("fr", "michelle a appelé ce matin", [("michelle", 0, 8, 0.6, 0.6)]),
    ("fr", "Colis remis en main propre à\nMagdeleine Mathieu\npièce vérifiée",
     [("Magdeleine Mathieu", 29, 47, 0.6, 0.6)]),
    # in lower case, two such words in a row (not in Polish, whose word forms are rare)
    ("nl", "kun je wopke zeldenrust even terugbellen?", [("wopke zeldenrust", 7, 23, 0.55, 0.55)]),
    ("de", "kannst du gunthild ebersbächer kurz zurückrufen",
     [("gunthild ebersbächer", 10, 30, 0.55, 0.55)]),
    # "and" between two people, not a firm's "und Söhne"; "z" is "from", not "sp. z o.o."
    ("de", "Bitte rufen Sie Hans Gruber und Petra Klein an.",
     [("Hans Gruber", 16, 27, 0.7, 0.7), ("Petra Klein", 32, 43, 0.7, 0.7)]),
    ("it", "grazie a paola bertolini e marco ferri per l'aiuto",
     [("paola bertolini", 9, 24, 0.6, 0.6)]),
    ("pl", "jan hajda z gminy kórnik odbiera nagrodę", [("jan hajda", 0, 9, 0.6, 0.6)]),
    # a person from a town; a review signed after a dash; an obituary
    ("de", "Thielo Adler aus Gransee hat den Hauptpreis gewonnen.",
     [("Thielo Adler", 0, 12, 0.6, 0.6)]),
    ("de", "Sehr bequem, schnell geliefert.\n– Velten Stiebitz, verifizierter Kauf",
     [("Velten Stiebitz", 34, 49, 0.6, 0.6)]),
    ("fr", "Nous annonçons avec tristesse le décès de Gaspard Tellier, survenu lundi.",
     [("Gaspard Tellier", 42, 57, 0.7, 0.7)]),
    ("pl", "Śp. Benedykt Zaręba\nZ głębokim żalem żegnamy naszego kolegę.",
     [("Benedykt Zaręba", 4, 19, 0.85, 0.85)]),
    ("de", "Wir trauern um Volkrad Schulte-Brinkmann.",
     [("Volkrad Schulte-Brinkmann", 15, 40, 0.7, 0.7)]),
    # a form's label that names a role, words, a colon, then the name
    ("fr", "Conducteur d'après le carnet de bord : Benoist Vegas\nÀ désigner sous 45 jours.",
     [("Benoist Vegas", 39, 52, 0.7, 0.7)]),
    ("nl", "Bestuurder volgens de rittenregistratie: Ans Labeeuw",
     [("Ans Labeeuw", 41, 52, 0.7, 0.7)]),
    # a ticket's or card's holder
    ("de", "Karteninhaber/in: Marlene Quast\nBlock C · Reihe 12",
     [("Marlene Quast", 18, 31, 0.7, 0.7)]),
    ("pl", "Posiadacz biletu: Jadwiga Ostrowska\nBalkon · rząd 4",
     [("Jadwiga Ostrowska", 18, 35, 0.7, 0.7)]),
    # a feast's name that is a first name too
    ("fr", "Demandeur : Noël Gabriel, né le 1997-12-07", [("Noël Gabriel", 12, 24, 0.7, 0.7)]),
    # a person introducing themselves, the sentence going on after a conjunction
    ("de", "Ich bin Bozena Zorbach und hier im Werk zuständig.",
     [("Bozena Zorbach", 8, 22, 0.7, 0.7)]),
    ("es", "Soy Flores Lillo y me encargo de la prevención.", [("Flores Lillo", 4, 16, 0.7, 0.7)]),
    ("fr", "Je suis Julienne Colin et je m'occupe de la prévention.",
     [("Julienne Colin", 8, 22, 0.7, 0.7)]),
    # a form's surname and first-name labels, the names in no list
    ("fr", "Nom : Rezapour\nPrénom : Nadette", [("Rezapour", 6, 14, 0.7, 0.7),
                                             ("Nadette", 24, 31, 0.7, 0.7)]),
    ("de", "Nachname: Quastwitzky\nPersonalnummer: 554192", [("Quastwitzky", 10, 21, 0.7, 0.7)]),
    # in lower case, "me" (maître) before a listed surname, "pan" before any
    ("fr", "rappel de me dupont, avocat", [("dupont", 13, 19, 0.7, 0.7)]),
    ("pl", "rozmowa z pan łuczyk, oferta", [("łuczyk", 14, 20, 0.6, 0.6)]),
    # a family's surname; a letter's salutation
    ("es", "La familia Quintero, de Girona", [("Quintero", 11, 19, 0.85, 0.85)]),
    ("es", "la familia elorza, de navarra", [("elorza", 11, 17, 0.7, 0.7)]),
    ("de", "Liebe Rosa,\nvielen Dank für alles.", [("Rosa", 6, 10, 0.7, 0.7)]),
    ("de", "Hallo Ruben, das tut uns leid.", [("Ruben", 6, 11, 0.7, 0.7)]),
    # a party's role in a claim or a report
    ("de", "hieß es, der Kläger Arlinde Hein habe", [("Arlinde Hein", 20, 32, 0.7, 0.7)]),
    ("es", "que el demandante, natividad mas, había", [("natividad mas", 19, 32, 0.6, 0.6)]),
    ("nl", "De eiser Jan Visser woont in Gouda", [("Jan Visser", 9, 19, 0.7, 0.7)]),
    ("es", "encargo farmacia\npara: amorós, onofre · llamar al", [("amorós, onofre", 23, 37, 0.6,
                                                                0.6)]),
    # a candidate's label; a generation's number after the surname, no firm's initials
    ("nl", "Kandidaat: Nickel de Bock\nGeboortedatum: 15.12.1976",
     [("Nickel de Bock", 11, 25, 0.7, 0.7)]),
    ("de", "Seit dem Update kein Login mehr – Ruben Koch II, 1989-08-09",
     [("Ruben Koch", 34, 44, 0.7, 0.7)]),
    # the one word a greeting addresses, in no list, but no word of the language
    ("de", "Liebe Heliane,\nheute habe ich deinen Zahn gefunden.", [("Heliane", 6, 13, 0.7, 0.7)]),
    ("de", "hallo gunthild, hab dein paket angenommen", [("gunthild", 6, 14, 0.6, 0.6)]),
    ("fr", "Coucou Capucine !\nCette nuit, j'ai trouvé ta dent.",
     [("Capucine", 7, 15, 0.7, 0.7)]),
    ("pl", "cześć błażej, odebrałam twoją paczkę", [("błażej", 6, 12, 0.6, 0.6)]),
    # the one word after a message's sign-off
    ("nl", "Wie heeft er een ladder te leen? Groetjes, Jinthe van nr. 14",
     [("Jinthe", 43, 49, 0.7, 0.7)]),
    ("es", "Nos vemos el sábado. Un abrazo, Vianor", [("Vianor", 32, 38, 0.7, 0.7)]),
    # a first name with an age after it
    ("nl", "herinnering aan de afspraak van Jurre (2 jaar) op 14.04.2002",
     [("Jurre", 32, 37, 0.85, 0.85)]),
    ("de", "Schwimmkurs am Samstag: Lena, 7 Jahre, Anfängergruppe", [("Lena", 24, 28, 0.85, 0.85)]),
    ("fr", "Inscription de Capucine (6 ans) au centre aéré", [("Capucine", 15, 23, 0.85, 0.85)]),
]


@pytest.mark.parametrize(("language", "text", "expected"), FOUND)
def test_local_names_found(language, text, expected):
    assert_results(analyse(text, language), text, ENTITY, expected)


NOT_FOUND = [
    # (language, text): nouns, places, firms, months; a surname or first name alone
    ("de", "Neuer Rahmenvertrag für Büromöbel ist unterschrieben."),
    ("de", "Bitte Angebot an Mitschke Scheuermann GmbH schicken."),
    ("de", "Der Richter hat den Bauer und den Koch angehört."),
    ("de", "Lieferung am 3. August an die Filiale Hamburg."),
    ("fr", "Atelier reporté, rendez-vous dans le hall de Bordeaux."),
    ("fr", "Déménagement du service achats à Saint Valentine prévu le 24.03."),
    ("fr", "Salon de Petitjean annulé, le montage du stand est décommandé."),
    ("es", "Enviar presupuesto a Banca Privada Colomer S.C.P."),
    ("es", "Feria de Zamora cancelada."),
    ("it", "Stoccaggio esaurito nel magazzino di Verona."),
    ("it", "Il magazzino di Castel Giubileo segnala una giacenza."),
    ("pl", "Koszt transportu z Siemianowice Śląskie do Zduńska Wola."),
    # towns: known ones, and runs after or around a saint's title
    ("it", "Costi di trasporto da San Piero Patti a Tolentino."),
    ("pl", "Magazyn Tarnowskie Góry zgłasza stan 58 sztuk."),
    ("it", "Fiera di Masi San Giacomo annullata."),
    ("it", "costi di trasporto da santa maria lo piano a pavignane"),
    ("es", "Enviar presupuesto a Instalaciones Aller S.L.N.E."),  # a legal form in initials
    # lower case: common words, and a particle that is a first name elsewhere ("Van")
    ("nl", "klant meldt storing in de kassa"),
    ("nl", "vrachtkosten van lieveren naar rilland: 3486 eur"),
    ("pl", "nowa wersja systemu kasowego wdrożona we wszystkich sklepach"),
    ("de", "hab das update auf dem server eingespielt, läuft wieder"),
    ("fr", "j'ai passé la mise à jour sur le serveur, ça remarche"),
    # streets named after people are places; so is a town after a word of the language
    ("es", "Obras en Camino de Rodrigo Acedo: corte de tráfico hasta el jueves."),
    ("fr", "Travaux chemin Suzanne Peltier : circulation fermée."),
    ("it", "Lavori in Piazza Gadda: strada chiusa fino a lunedì."),
    ("es", "Ruta Valladolid – Ávila – Jaén: tres paradas."),
    # firms: a legal form, or partners
    ("de", "Rechnung über 5152 EUR an Bauer KGaA versendet."),
    ("es", "Factura enviada a Compañía Nadal & Asociados S.C.P."),
    # words foreign to the language, but a product's (a capital inside) or after a
    # preposition of place
    ("de", "Update auf SharePoint DevOps eingespielt"),
    ("fr", "Livraison à Villefranche Puymirol demain"),
    # rooms and buildings named after people, a firm past its numeral, a street's
    # compound, a street type written short, a route's stops, a town after a word
    ("de", "Schulung im Gebäude Konrad Zuse, Raum 2.14"),
    ("fr", "Formation dans l'amphithéâtre Marie Curie, bâtiment B"),
    ("nl", "01 | 2.01-A | vergaderzaal Aletta Jacobs | 20 spraak"),
    ("it", "Partenza: lungotevere Arnaldo da Brescia, all'altezza del ponte"),
    ("de", "Treffen im Besprechungsraum Lise Meitner, 2. OG"),
    ("de", "Angebot: Ullrich Koch II GmbH & Co. OHG liegt vorn"),
    ("nl", "hoek Willem de Zwijgerlaan, gaat open"),
    ("pl", "róg al. Jana Pawła II, otwarcie w maju"),
    ("es", "Ruta Salamanca – Almería – Las Palmas: tres paradas"),
    ("de", "Mittwoch Tour Leipzig geschlossen"),
    ("de", "Mittwoch Außenlager Luckau geschlossen"),  # foreign words, but one a town
    ("de", "Standorte: Berlin, Hamburg"),
    ("fr", "Paris est une ville."),  # a town, not a first name, before a verb
    ("de", "Mai hat 31 Tage."),
    # a list of towns, a first name inside a street's name
    ("pl", "Magazyny z nadwyżką: Kielce, Radom i Płock."),
    ("de", "Standorte: Berlin, Anna-Seghers-Straße und Hamburg."),
    # institutions named after someone: the word before the name, after it, or the last
    # part of a hyphenated word; Polish "im." (named after)
    ("fr", "Sortie scolaire au lycée Jules Ferry jeudi."),
    ("fr", "Le groupe scolaire Victor Hugo ferme à 17h."),
    ("it", "Visita all'ospedale Sandro Pertini domani."),
    ("it", "Istituto Comprensivo Leonardo da Vinci, circolare n. 12."),
    ("es", "El CEIP Federico García Lorca cierra en agosto."),
    ("de", "Die Klasse 7b des Humboldt-Gymnasium fährt nach Bonn."),
    ("de", "Elternabend in der Sophie-Scholl-Schule am Montag."),
    ("nl", "Excursie naar het Anne Frank Huis en het Van Gogh Museum."),
    ("pl", "Szkoła Podstawowa nr 3 im. Marii Konopnickiej zaprasza."),
    # acronyms and brands after a title or a name, words of the language capitalised
    ("pl", "Transakcja wymaga zgody Prezesa UOKiK."),
    ("de", "Besuche im Deutschen Museum und im Heinz Nixdorf MuseumsForum."),
    ("es", "Pliegos en la Plataforma de Contratación del Sector Público; consultas por escrito."),
    # German compounds of common words; a street type inside a run; "in" before a town
    ("de", "Wartungsvertrag Kältetechnik geht an die Firma Ernst GmbH."),
    ("de", "Ersatzteilliste Kaffeevollautomat – Explosionszeichnung Blatt 4"),  # three parts
    ("es", "Tu paquete te espera en el Citypaq de Paseo de Mercedes Gargallo, Almería."),
    ("nl", "stormschade aan het dak van de hal in netterden, de expert komt."),
    ("pl", "Klimatyzację w Centrum Nauki Kopernik obsługuje nowa firma."),
    # a form of address ("Sr") only right before the name
    ("es", "Estantería SR 200\nCarga por módulo: 400 kg"),
    # airports named after people, a code or quotes between
    ("de", "Abflug vom Flughafen BER „Willy Brandt“ um 8:10 Uhr."),
    ("it", "Ritrovo all'aeroporto Leonardo da Vinci di Fiumicino alle 6:45."),
    ("es", "Salida desde el aeropuerto Adolfo Suárez Madrid-Barajas, T4."),
    ("es", "Colaboramos con el Hospital Gregorio Marañón y con el IES Miguel de Cervantes."),
    # an order's items: a quantity and a unit before words no text uses
    ("nl", "bestelling:\n- 5 pakken steriele petrischalen\n- 2 bunsenbranders met gasbus"),
    ("it", "ordine:\n- 20 beute erlenmeyer da 250 ml"),
    # places between, after "in", a town's lower-case words; "het" takes no person
    ("it", "L'A1 è chiusa tra Casino Pica e Morro fino alle 18."),
    ("nl", "Windstoten in Oost West en Middelbeers vanaf 14.00 uur."),
    ("nl", "De samenwerking met het Antoni van Leeuwenhoek loopt door."),
    # a firm of partners: "and" with no first name after it
    ("it", "Preventivo a Saracino, Gatto e Onio e figli S.r.l. entro venerdì."),
    # English words that technical text borrows
    ("de", "alter table kunden add column geburtsdatum date null;"),
    ("es", "1044 KFP;Ford;Transit Custom;Málaga;25.06.2008;Diésel"),
    # feasts named after saints
    ("de", "Frei: Neujahr, Tag der Arbeit, Christi Himmelfahrt, Mariä Himmelfahrt."),
    ("es", "Festivos: Reyes, San José, Santiago Apóstol y la Asunción."),
    # where a journey ends, a registry of a town, car parks, estates and hospitals
    ("es", "En metro, línea 10 hasta Santiago Bernabéu."),
    ("fr", "RER A jusqu'à Charles de Gaulle – Étoile, sortie n° 5."),
    ("it", "Passante ferroviario fino a Milano Porta Garibaldi."),
    ("es", "Inscrita en el Registro Mercantil de Girona, tomo 4.512."),
    ("nl", "Parkeren in parkeergarage Albert Cuyp."),
    ("es", "Nuevo centro en el polígono industrial Isaac Peral de Córdoba."),
    ("nl", "Geleverd door de apotheek van het St. Antonius Ziekenhuis."),
    # sports grounds, industrial estates and hospitals named after people or places
    ("nl", "bedrijfstoernooi zaterdag op sportpark abe lenstra, aanvang 10.00"),
    ("it", "torneo aziendale sabato al centro sportivo gaetano scirea"),
    ("fr", "Calendrier de collecte 2025 – Zone d'activités Hubert Nord"),
    ("it", "Presidio ospedaliero «Camillo Golgi» di Pionca – rubrica telefonica"),
    # bridges, arcades and culture houses named after people
    ("pl", "Kładka Ojca Bernatka łączy Kazimierz z Podgórzem."),
    ("fr", "Le pont Jacques Chaban-Delmas est un pont levant."),
    ("it", "La Galleria Vittorio Emanuele collega piazza del Duomo con piazza della Scala."),
    ("es", "Clases en la casa de cultura Miguel Hernández, aula 204."),
    ("nl", "Volksuniversiteit Wamel – voorjaarsprogramma"),
    # a namesake in quotes after a town's name
    ("de", "ABFLUG · Flughafen München „Franz Josef Strauß“ · Terminal 2"),
    # English text is PersonNameRecognizer's
    ("en", "Call Alice Johnson about the renewal."),
    # a role or a state after a self-introduction; a naming label in running text
    ("de", "Ich bin Kunde seit 2010 und zufrieden."),
    ("fr", "Je suis Responsable du site depuis mars."),
    ("de", "Marktheidenfeld, 1991-07-03\ni. A. Leitung Qualitätsmanagement"),
    # clubs and schools named after someone, or after a place
    ("nl", "Toernooi van de Schaakvereniging Lemele, locatie Thorbecke Scholengemeenschap."),
    ("it", "Circolo Scacchistico Venusio – allenamento del venerdì"),
    ("pl", "kładka otwarta w 2010 roku, nosi imię zakonnika ze szpitala."),
    # a unit after a quantity is no form of address ("5 m.")
    ("fr", "2 mètres ruban stanley 5 m. livraison quai 3"),
    # a festival named after someone; partners of a firm after a conjunction
    ("fr", "Vidal SARL reste mécène du Festival Berlioz de La Côte-Saint-André et des Chorégies."),
    ("es", "Tercer aviso enviado a Alimentación Palomo y asociados S.A.D: factura 241185."),
    # first names in a list, three or more, one comma between each
    ("it", "l'elenco dei nomi: Aurelio, Bianca, Corrado, Dalila, Enea e Zeno."),
    ("nl", "de stormnamen: Anouk, Bas, Ciara, Dewi, Elin, Floor en Wout."),
    # two items of a list: a word and a comma before, or "and" and a word after
    ("de", "Es spielen: Kasper, Seppel, Gretel, die Großmutter und das Krokodil"),
    ("de", "klappt man alle Gesichter mit Brille um – etwa Hans, Claire und Sam."),
    ("nl", "klap alle gezichten met een bril om, bijvoorbeeld Hans, Claire en Sam."),
    # compounds of the language's words joined by a comma: things or functions
    ("de", "Empfänger: Versanddienstleister, Auftragsverarbeiter für das Ticketsystem"),
    ("de", "| service@example.de | Kundenanfragen, Reklamationen | Kundenservice | 24 h |"),
    ("de", "Kryotank 2 (Flüssigstickstoff, Gasphase) – Inventar Rack C"),
    # seas', bays', forests' and banks' names
    ("nl", "Vaargebied: Golf van Biskaje en de Keltische Zee"),
    ("pl", "Wycieczka: Puszcza Białowieska, Ławica Słupska i Głębia Gdańska"),
    # English words borrowed as a term, though the first is a first name somewhere
    ("fr", "X509v3 Extended Key Usage:\n    TLS Web Server Authentication\nAlerte 30 jours avant."),
    # an author and a work after a label, where a first name would be
    ("es", "FIL-310  Seminario: Spinoza, Ética – jueves 16–18, sala 3"),
    ("fr", "Semaine suivante : Fauré, Requiem – Introït et Kyrie"),
    # two words of another language in a lower-case text taken for this one
    ("es", "flügel, ser.-nr. 487 112, schwarz poliert – 68.500 €"),
    ("es", "violine 4/4, ser.-nr. 12, kopie nach vorlage – 1.150 €"),
    # a form's labels for a name; a public body's name
    ("de", "Feld 1 – Familienname, Vorname: bitte in Druckbuchstaben"),
    ("it", "Per dubbi: Ufficio Casa del Comune di Pietragavina, tel. 0984 000 000."),
    # a town's or a saint's day's first word; a particle alone; a street's compound
    ("fr", "Ville de Chauveau – les prénoms les plus donnés en 2024"),
    ("pl", "13 grudnia: „Święta Łucja dnia przyrzuca.”"),
    ("nl", "de meest voorkomende achternaam van nederland."),
    ("nl", "Zettingsmetingen Daniëlboulevard: alle punten onder de signaleringswaarde"),
    # a tournament named after someone; a plant's Latin name in lower case
    ("it", "14/6 pulcini al memorial gaetano scirea di cavalicco, ritrovo 8:30 al campo"),
    ("es", "21/06 infantiles en el trofeo teresa herrera de fútbol base"),
    ("it", "5;camellia japonica l.;camelia;6;vaso 24\n6;wisteria sinensis (sims) dc.;glicine;2"),
    # a pronoun that is a title's abbreviation too; a club's or a parish's name; a saint's
    # hyphened name opening a church's or a town's
    ("fr", "ma collection – ce qu'il me manque encore : trois albums"),
    # a family of things; greetings and colleagues after "Liebe"
    ("it", "la famiglia di prodotti cresce"),
    ("de", "Liebe Grüße aus dem Büro"),
    ("de", "Liebe Kolleginnen und Kollegen,\nbitte beachten"),
    ("pl", "Statut Uczniowskiego Klubu Sportowego w Bartoszycach"),
    ("pl", "Okręg Polskiego Związku Wędkarskiego: 61 555 12 40"),
    ("fr", "Horaires des messes – Paroisse Saint-Benoît de Gros, semaine du 19.06.2017"),
    # a street named after someone, its type declined
    ("pl", "§ 1. ulicy juliana marchlewskiego nadaje się nazwę ulica ireny sendlerowej."),
    # a greeting to a town, a label before a town
    ("es", "para: madrid, envío urgente"),
    ("de", "Hallo Berlin, wir sind wieder da!"),
    ("de", "Servus Berlin! Die Tour startet am Samstag."),
    # a faculty, a botanical garden; a surname's label inside the run
    ("pl", "Uniwersytet w Nowy Sącz – Wydział Filologiczny"),
    ("pl", "Zielnik Ogrodu Botanicznego w Jawor – zdigitalizowane arkusze"),
    ("de", "Titelblatt: Titel, Vorname Nachname, Matrikelnummer, Gutachter/in"),
    # a weekday before a particle and a common word, in lower case
    ("it", "visite guidate la prima domenica del mese, ore 10:30, ingresso principale"),
    # a sea's name
    ("it", "Mare di Sardegna: maestrale 7 con raffiche."),
    # a cape, a crater
    ("fr", "3 | fra 5120 | Cap Horn | yc de l'odet | 13"),
    ("pl", "20:30 obserwacja: Kratery Kopernik i Kepler"),
    ("it", "21:20 osservazione: Montes Apenninus e cratere Archimede"),
    # a forest, a philharmonic, a students' circle, a zoo's viewpoint
    ("pl", "Strefa: Bory Tucholskie; stopień III"),
    ("pl", "Inwentarz instrumentów – Filharmonia Kutno"),
    ("es", "11:00 Leones, sabana, mirador Félix Rodríguez de la Fuente"),
    ("nl", "Studentencomplex Hugo de Groot – huisregels (uittreksel)"),
    # a planetarium and a hospital's unit named after someone; rowing clubs, a broadcaster
    ("it", "Planetario Ulrico Hoepli, Milano – programma di ottobre"),
    ("es", "Planta 4 Unidad Jaime Ferrán (enfermedades infecciosas)"),
    ("it", "Acqua 1: Canottieri Aniene, barca «Tevere»"),
    ("nl", "Regionieuws van Omroep Brabant om 18.00 uur"),
    # a hall's foyer, a Polish hall, pools named after someone; a bowls club, an aero club,
    # a society of friends
    ("it", "Ricevitori e cuffie al banco del foyer Puccini, dietro cauzione"),
    ("pl", "kabina mobilna w sali Wisławy Szymborskiej"),
    ("nl", "Sportfondsenbad Rie Mastenbroek – baanindeling vanaf 18/11/1999"),
    ("it", "Centro natatorio Carlo Pedersoli – occupazione corsie"),
    ("it", "1 | Bocciofila Pontevecchio | 6 | 16"),
    ("es", "H2-01;EC-JPB;Piper PA-28-181;Aeroclub de Asturias"),
    ("pl", "3 | Vanda | Koło Miłośników Storczyków | 86"),
    # a market's, a show's, a fair's, a rally's, a palace's name after its town
    ("de", "Christkindlmarkt Neunburg vorm Wald – Standplan Rathausplatz"),
    ("nl", "Kerstmarkt Tolbert – standplaatsen en tarieven"),
    ("de", "Orchideenschau Cuxhaven – Bewertung der Schaupflanzen"),
    ("fr", "12e Rallye des Vieilles Mécaniques de Samson – classement"),
    ("it", "Interpretazione simultanea – canali, Palazzo dei Congressi di Vernetto"),
    # a Polish place's adjective before its noun
    ("pl", "m.in. w rejonie Zawratu, Kozich Czub i żlebu pod Kasprowym Wierchem"),
    # a greeting to a group, a team or a town; counts of copies are no ages
    ("de", "Liebe Nachbarn,\nam Samstag ist Hoffest."),
    ("de", "Hallo zusammen, das Meeting fällt aus."),
    ("de", "Hallo Support, der Drucker streikt."),
    ("it", "Ciao ragazzi, stasera pizza."),
    ("pl", "Cześć wszystkim, jutro zebranie."),
    ("fr", "Salut Toulouse !"),
    ("de", "Momo (28 Exemplare), Krabat (24)"),
    ("de", "Willkommen im Team!"),
    ("nl", "Beste carnavalsvierders,\nvanaf nu te huur bij ons: kostuums"),
    ("it", "benvenuto nel wi-fi ospiti dell'hotel\ninserisca il cognome"),
    ("nl", "Groetjes, de buren"),
    ("es", "Expedidor: Inmobiliaria Rojas, Paseo Bienvenida Gil 36, 20329 La Coruña"),
    # "drogi" inside a line is "road's", not "dear"; a script's capitals and lower-case
    # lists of pets before an age
    ("pl", "uszkodzenie drogi piramidowej\nPrzód: triada Virchowa"),
    ("fr", "La porte s'ouvre. Son fils JULIEN (30 ans), trempé, reste sur le seuil."),
    ("it", "gattile comunale – ospiti\nnonno gigi, 12 anni, diabetico"),
    # an Italian school's abbreviation before its namesake
    ("it", "Scuola | Zona\nIC Giovanni Pascoli | nord"),
]


@pytest.mark.parametrize(("language", "text"), NOT_FOUND)
def test_local_names_not_found(language, text):
    assert analyse(text, language) == []


# A word that is a first name and also a month, a title or an organisation word ("abril",
# "maja") in lower-case text once made the scan stand still: it must always move on.
STEADY = [
    ("es", "reunión con abril garcía mañana"),
    ("es", "llamar a abril lópez por la factura de abril"),
    ("pl", "spotkanie z maj kowalski w piątek"),
    ("fr", "rappeler avril dupont avant vendredi"),
    ("it", "chiamare aprile rossi domani"),
]


@pytest.mark.parametrize(("language", "text"), STEADY)
def test_every_text_is_read_to_its_end(language, text):
    import signal

    def stuck(*_):
        raise TimeoutError(f"{language} text not read within 5 s")

    previous = signal.signal(signal.SIGALRM, stuck)
    signal.alarm(5)
    try:
        spans = LocalNameRecognizer().spans(text, language)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert all(start < end for start, end, _ in spans)


@pytest.mark.parametrize(("text", "name", "station"), [
    ("metro Iglesia (línea 1) o Gregorio Marañón (líneas 7 y 10)", "Gregorio Marañón", True),
    ("RER B jusqu'à Denfert (ligne 4)", "Denfert", True),
    ("Fermata Leonardo da Vinci (linea M1)", "Leonardo da Vinci", True),
    ("Gregorio Marañón (cliente desde 2019) ha llamado", "Gregorio Marañón", False),
    ("Anna Nowak (Linienbetrieb) ruft zurück", "Anna Nowak", False),
    ("Wagen 261 nach Berlin Hbf, Gleis 4", "Berlin", True),
    ("Skład pociągu – Wien Hbf, peron 3", "Wien Hbf", True),
    ("Rückruf an Anna Hbfeld", "Anna Hbfeld", False),
])
def test_a_transit_line_after_a_name_makes_it_a_station(text, name, station):
    assert station_named(text, text.index(name) + len(name)) is station


@pytest.mark.parametrize(("text", "name", "institution"), [
    # a university's namesake after its seat, or its word inside the span
    ("| Università degli Studi di Bari Aldo Moro | 77 |", "Aldo Moro", True),
    ("| Université Toulouse III – Paul Sabatier | 49 % |", "Paul Sabatier", True),
    ("Università degli Studi di Urbino Carlo Bo", "Studi di Urbino Carlo Bo", True),
    ("| Erasmus Universiteit Rotterdam | 8,1 |", "Erasmus Universiteit Rotterdam", True),
    # a student after the university's name and a comma or a role; no institution
    ("Universität Hamburg, Student Max Müller", "Max Müller", False),
    ("Uniwersytet Warszawski: Jan Kowalski", "Jan Kowalski", False),
    ("Hans Müller studiert in Bari", "Hans Müller", False),
])
def test_a_name_inside_an_institutions_name(text, name, institution):
    start = text.index(name)
    assert in_an_institutions_name(text, start, start + len(name)) is institution


@pytest.mark.parametrize(("text", "name", "building"), [
    ("Treffpunkt: Empfang im Gordon House, 3. Stock, Raum 12.", "Gordon House", True),
    ("Die Büros liegen am Canal Square in Dublin, Eingang B.", "Canal Square", True),
    ("Reunión en la sede de Trinity Tower, planta 2.", "Trinity Tower", True),
    # a surname that is a building's word elsewhere, and a lone word
    ("Rückruf an Anna Hall, Tel. 0171 2345678", "Anna Hall", False),
    ("Rückruf an Tom Court wegen der Rechnung", "Tom Court", False),
    ("kundin: maria house, rückruf erbeten", "maria house", False),
    ("Rückruf an House", "House", False),
])
def test_a_name_ending_with_a_buildings_word(text, name, building):
    start = text.index(name)
    assert names_a_building(text, start, start + len(name)) is building


@pytest.mark.parametrize(("text", "name", "colour"), [
    ("Colores: Azul de Prusia, Gris de Payne, Verde Hooker y Verde Veronés.", "Gris de Payne",
     True),
    ("Farben: Verde Hooker, Umbra", "Verde Hooker", True),
    ("Kolory: Szarość Payne'a, Zieleń Hookera", "Zieleń Hookera", True),
    ("Couleurs : Vert Véronèse, Jaune de Naples", "Vert Véronèse", True),
    # a colour that is a surname too, opening a list's "Surname First"; a lone word
    ("Klasse 4b: Braun Maximilian, Schwarz Lena", "Braun Maximilian", False),
    ("Lista: Rosso Giulia, Bianco Marco", "Rosso Giulia", False),
    ("Farbe: Gelb", "Gelb", False),
])
def test_a_name_opening_with_a_colour(text, name, colour):
    start = text.index(name)
    assert names_a_colour(text, start, start + len(name)) is colour


@pytest.mark.parametrize(("language", "text", "name", "namesake"), [
    ("es", "El Oviedo recibe al Sporting en el Carlos Tartiere a las 18:30.",
     "Carlos Tartiere", True),
    ("es", "el tenerife juega en el heliodoro rodríguez lópez.", "heliodoro rodríguez lópez",
     True),
    ("it", "La Triestina gioca al Nereo Rocco domenica.", "Nereo Rocco", True),
    ("it", "Trasferito all'ospedale, poi al Giovanni Bosco di Torino.", "Giovanni Bosco", True),
    ("fr", "Le Charles de Gaulle appareille demain ; visite à bord du Charles de Gaulle.",
     "Charles de Gaulle", True),
    # no article, a title between, a surname alone, a language that writes the article
    ("es", "Llamó Carlos Tartiere por la factura.", "Carlos Tartiere", False),
    ("it", "Ha chiamato il sig. Nereo Rocco per il preventivo.", "Nereo Rocco", False),
    ("it", "Ha chiamato la Rossi per il preventivo.", "Rossi", False),
    ("pt", "Ligou o João Silva sobre a fatura.", "João Silva", False),
    ("de", "Rückruf an die Maria Huber bitte.", "Maria Huber", False),
    # an article that closes a word, not one of its own
    ("es", "Contacto: Rafael Carlos Tartiere", "Carlos Tartiere", False),
])
def test_a_namesake_after_an_article(language, text, name, namesake):
    start = text.rindex(name)
    assert a_namesake_after_an_article(text, start, start + len(name), language) is namesake


@pytest.mark.parametrize(("text", "name", "club"), [
    ("1 | FC Carl Zeiss Jena | 21 | 46", "Carl Zeiss Jena", True),
    ("Gastgeber: VfB Lübeck gegen SV Werder Bremen", "Werder Bremen", True),
    ("Wynik: GKS Katowice – Ruch Chorzów 2:1", "Katowice", True),
    # English words and lower-case words that spell a prefix
    ("As John Smith said, the invoice is late.", "John Smith", False),
    ("cc John Smith", "John Smith", False),
    ("klub: as roma", "roma", False),
    ("4 | HC Vittorio Alfieri | 18 | 501-507", "Vittorio Alfieri", True),
    # a sport's or a club's word in the name or right beside it
    ("1 | Fouquet Handball | 18 | 562-471", "Fouquet Handball", True),
    ("Prochaine journée : choc Bigot Handball – Ivry", "Bigot", True),
    ("3 | Polisportiva Garibaldi Neri | 18", "Garibaldi Neri", True),
    ("5 | Entente Saint Frédéric | 18", "Saint Frédéric", True),
    ("Trainer: Hans Becker, Handballabteilung", "Hans Becker", False),
    ("Anmeldung bei Anna Volley, Tel. 0171 2345678", "Anna Volley", False),
    # chess clubs, a workers' club, a league
    ("Circolo Scacchi Baselga – Società Scacchistica Torre Bianca 4,5-3,5",
     "Scacchistica Torre Bianca", True),
    ("Re e Pedone Vermegliano – Dopolavoro Ferroviario Fabbriche 5-3",
     "Dopolavoro Ferroviario Fabbriche", True),
    ("ii liga szachowa, grupa 3", "liga szachowa", True),
    ("Zgłaszający/a: Oskar Szachniewicz, dział", "Oskar Szachniewicz", False),
    ("der Kläger Baldur Schacht habe", "Baldur Schacht", False),
])
def test_a_club_by_its_abbreviation_or_sport(text, name, club):
    start = text.index(name)
    assert names_a_club(text, start, start + len(name)) is club


@pytest.mark.parametrize(("text", "name", "compound"), [
    ("(Huurteam Havelterberg – vul de haakjes zelf in)", "Huurteam Havelterberg", True),
    ("Bel de Huisartsenpost Loenersloot buiten kantooruren.", "Huisartsenpost Loenersloot",
     True),
    ("Uitslag Schaakclub Zevenbergschen Hoek", "Schaakclub Zevenbergschen Hoek", True),
    # a first name, a surname made of words after one, a list's "Surname First"
    ("Contact: Jan Zeldenrust", "Jan Zeldenrust", False),
    ("Deelnemers: Kerkhoven Piet, Molenaar Henk", "Kerkhoven Piet", False),
    ("benzineprijzen doeveren (euro 95 / diesel):", "benzineprijzen doeveren", True),
    ("contact: jan zeldenrust", "jan zeldenrust", False),
])
def test_a_name_opening_with_a_dutch_compound(text, name, compound):
    start = text.index(name)
    assert opens_with_a_dutch_compound(text, start, start + len(name), "nl") is compound


@pytest.mark.parametrize(("text", "name", "model"), [
    ("Škoda | Octavia Combi 2.0 TDI | 8004", "Octavia Combi", True),
    ("Alfa Romeo Tonale 1.5 Hybrid", "Alfa Romeo Tonale", True),
    ("zniżka dla Škody Octavii i Dacii Duster", "Dacii Duster", True),
    ("Toyota | Yaris Hybride | 12", "Yaris Hybride", True),
    # a maker that is a surname too, a first name that begins like a maker, no maker
    ("Kunde: Anna Ford", "Anna Ford", False),
    ("Liste: Ford Anna, Opel Max", "Ford Anna", False),
    ("Fahrer: Dacian Popescu", "Dacian Popescu", False),
    ("Rückruf Audi-Händler Anna Weber", "Anna Weber", False),
    # makers of classic cars; a maker that is an Italian surname too
    ("3;Bugatti Type 35 B;1927;I;14;2", "Bugatti Type", True),
    ("31;Maserati Ghibli 4.7;1968", "Maserati Ghibli", True),
    ("Cliente: Ferrari Giulia, via Roma 3", "Ferrari Giulia", False),
])
def test_a_car_makers_model(text, name, model):
    start = text.index(name)
    assert names_a_car_model(text, start, start + len(name)) is model


@pytest.mark.parametrize(("language", "name", "common"), [
    ("it", "Imprese di Capo Miseno", True),
    ("it", "Registro delle Imprese di Villapaiera", True),
    ("es", "Rentabilidades calculadas", True),
    # a first name that is a word too, a list's "Surname First", German's capitalised nouns
    ("es", "Rosa García", False),
    ("fr", "Pierre Dupont", False),
    ("it", "Bianco Marco", False),
    ("fr", "Urbaine Verslype", False),
    ("it", "Spaziani Ademaro", False),
    ("de", "Gewerbehof Müller", False),
])
def test_a_name_opening_with_a_common_word(language, name, common):
    assert opens_with_a_common_word(name, 0, len(name), language) is common


@pytest.mark.parametrize(("text", "name", "town"), [
    ("Livraison à Jean-sur-Dos Santos, 45000", "Jean-sur-Dos Santos", True),
    ("ville : Dos Santos-sur-Maillot", "Dos Santos", True),
    ("Contact : Jean-Pierre Dos Santos", "Jean-Pierre Dos Santos", False),
])
def test_a_french_towns_name(text, name, town):
    start = text.index(name)
    assert names_a_french_town(text, start, start + len(name)) is town


@pytest.mark.parametrize(("text", "name", "shop"), [
    ("Stand 2.04 · Atelier Joséphine – robes de mariée", "Atelier Joséphine", True),
    ("Stand 2.04 · Brautmoden Anna Sophia – Brautkleider", "Brautmoden Anna Sophia", True),
    ("Stand 2.04 · Brautmoden Anna Sophia – Brautkleider", "Anna Sophia", True),
    ("ich war im salon anna weber", "anna weber", False),
    ("Stand 2.09 · Pâtisserie Marcel – pièces montées", "Pâtisserie Marcel", True),
    ("Camping Sosnowy Zakątek ★★★ · Bielsko-Biała", "Sosnowy Zakątek", True),
    # a person, a shop's word that is a name's last word
    ("Kundin Anna Sophia Weber", "Anna Sophia Weber", False),
    ("Contact : Marcel Boutique", "Marcel Boutique", False),
    ("Reihe C: Stand 16 Imkerei Lindenblüte", "Imkerei Lindenblüte", True),
])
def test_a_name_opening_with_a_shops_kind(text, name, shop):
    start = text.index(name)
    assert names_a_shop(text, start, start + len(name)) is shop


@pytest.mark.parametrize(("text", "name", "labelled"), [
    ("Naam: Kino Geldens · Verblijf: appartementen Alpenrust", "Kino Geldens", True),
    ("Nom et prénom : Atelier Joséphine", "Atelier Joséphine", True),
    ("Imię i nazwisko: Dom Komfort", "Dom Komfort", True),
    # a thing's name, another field's label, no label
    ("Nom du produit : Poulet Marengo", "Poulet Marengo", False),
    ("Verblijf: Kino Geldens", "Kino Geldens", False),
    ("Stand 2.04 · Atelier Joséphine", "Atelier Joséphine", False),
])
def test_a_name_after_a_forms_name_label(text, name, labelled):
    assert after_a_name_label(text, text.index(name)) is labelled


@pytest.mark.parametrize(("text", "name", "body"), [
    ("Aankondiging opdracht – Provincie Terhole (via TenderNed)", "Provincie Terhole", True),
    ("Gevonden Voorwerpen gemeente Schimmert", "Schimmert", True),
    ("Öffentliche Ausschreibung – Landkreis Gotha", "Gotha", True),
    ("Fischereiaufsicht des Landkreises Neustadtner Waldnaab: 05121 309-0",
     "Neustadtner Waldnaab", True),
    # "of" between: the place's name, an unknown one too
    ("Ayuntamiento de Lleida", "Lleida", True),
    ("Comune di Putzu Idu – proposta di deliberazione", "Putzu Idu", True),
    ("Rada Miejska w Ostróda – projekt uchwały", "Rada Miejska", True),
    ("Ville de Bodin-sur-Roger – délibération", "Bodin", True),
    ("le maire de la ville, Jean Dupont, a signé", "Jean Dupont", False),
    ("Brief an die Stadt: Anna Weber", "Anna Weber", False),
    ("Friedhofsverwaltung Neustadtner Waldnaab – Öffnungszeiten", "Neustadtner Waldnaab", True),
    ("Hausverwaltung: Anna Weber", "Anna Weber", False),
    ("Wagenparklijst vestiging Valthermond Schiphol – stand", "Valthermond Schiphol", True),
    # a person after an office's word, a body's word as a surname's end
    ("Sachbearbeiterin Anna Weber, Stadtverwaltung", "Anna Weber", False),
    ("Kontakt: Marie Commune", "Marie Commune", False),
])
def test_a_name_opening_with_a_public_bodys_word(text, name, body):
    start = text.index(name)
    assert names_a_public_body(text, start, start + len(name)) is body


@pytest.mark.parametrize(("text", "name", "product"), [
    ("Unternehmen: Jäkel Kraus AG · Produkt: Hausrat Komfort, Tarif HR-K", "Hausrat Komfort",
     True),
    ("Zakład ubezpieczeń: Kosowicz S.A. · Produkt: Dom Komfort, taryfa DK", "Dom Komfort",
     True),
    ("Versicherungsnehmer: Anna Weber · Produkt: Hausrat", "Anna Weber", False),
])
def test_a_name_after_a_products_label(text, name, product):
    assert names_a_product(text, text.index(name)) is product


@pytest.mark.parametrize(("text", "name", "trade"), [
    ("van Spreeuwel & Oemencs Pakketdienst – tarieven", "Oemencs Pakketdienst", True),
    ("Abholung durch Müller Kurierdienst", "Müller Kurierdienst", True),
    ("Fahrer: Hans Dienst", "Hans Dienst", False),
    ("Kontakt: Anna Weber", "Anna Weber", False),
])
def test_a_name_ending_in_a_trade(text, name, trade):
    start = text.index(name)
    assert ends_in_a_trade(text, start, start + len(name)) is trade


@pytest.mark.parametrize(("text", "name", "founded"), [
    ("Spółdzielnia Gregorczuk Sprzęt laboratoryjny – katalog 2026", "Gregorczuk", True),
    ("1;Reiterkorps Jan von Werth;Reitergruppe", "Jan", True),
    ("Stiftung Warentest testet Akkuschrauber", "Warentest", True),
    ("Fondazione Enrico Mattei, bando 2026", "Enrico", True),
    # a friendly society, a commission, a botanical garden, a nursery
    ("H2-04;F-HPOR;Pilatus PC-6;Amicale Jean-Baptiste Salis", "Jean", True),
    ("secondo la Commissione Ornitologica Italiana (COI)", "Ornitologica", True),
    ("5 | Vanda | Hortus Botanicus Hilvarenbeek | 82", "Botanicus", True),
    ("9 | Cattleya | Szkółka Storczykowy Zakątek | 91", "Storczykowy", True),
    ("Lun. 17–19 | Rari Nantes Gasponi | corso bagnini", "Nantes", True),
    # a person after a foundation's name and a comma, no such word before
    ("Stiftung Warentest, Leitung: Anna Weber", "Anna", False),
    ("Kontakt: Jan Gregorczuk", "Jan", False),
])
def test_a_name_after_a_founding_bodys_word(text, name, founded):
    assert follows_a_founding_body(text, text.index(name)) is founded


@pytest.mark.parametrize(("text", "name", "stop"), [
    ("Ligne B : Place Charles-de-Gaulle – Louise Michel – Université – Parc",
     "Louise Michel", True),
    ("Linia 4: Rondo Daszyńskiego – Uniwersytet – Plac Jana Pawła II – Targi",
     "Jana Pawła II", True),
    # a line's word elsewhere, one dash only, the name before the colon
    ("Fahrer der Linie 4: Anna Weber – Rückruf", "Anna Weber", False),
    ("Ticket zur Linie 5 – Anna Weber – bitte prüfen", "Anna Weber", False),
    # a line's or a stretch's two ends before the colon
    ("Traject Oldeholtpade – Maria Hoop: werkzaamheden tussen", "Maria Hoop", True),
    ("Ligne Bigot – Dos Santosboeuf : travaux entre Saint-Germain", "Dos", True),
    ("Linie 5 – Hauptbahnhof: Fahrer Anna Weber", "Anna", False),
])
def test_a_name_on_a_transport_lines_stops(text, name, stop):
    assert on_a_route_line(text, text.index(name)) is stop


@pytest.mark.parametrize(("text", "name", "saint"), [
    ("Führung mit Verkostung St. Florian Dunkel", "Florian Dunkel", True),
    ("l'originale resta a San Luigi dei Francesi", "Luigi", True),
    ("kościół św. Jana Chrzciciela", "Jana", True),
    ("Sainte Geneviève des Bois", "Geneviève", True),
    ("Comitato di regata: CV Sant'Antonio Magliano Alfieri", "Sant'Antonio", True),
    # no title before, a word that ends in one
    ("Kontakt: Florian Dunkel", "Florian Dunkel", False),
    ("Ost Anna Weber", "Anna Weber", False),
])
def test_a_name_after_a_saints_title(text, name, saint):
    assert after_a_saints_title(text, text.index(name)) is saint


@pytest.mark.parametrize(("text", "name", "airline"), [
    ("Lost & Found: Wizz Air, banco 12", "Wizz Air", True),
    ("Air Nostrum: mostrador 4", "Air Nostrum", True),
    ("Kontakt: Anna Weber", "Anna Weber", False),
    ("Air", "Air", False),
    # a spirit's or a sparkling wine's name
    ("1) Bols Genever Original – mout", "Bols Genever Original", True),
    ("2204 10 | Crémant de Loire, mousseux", "Crémant de Loire", True),
    ("Kontakt: Anna Gin", "Anna", False),
])
def test_a_name_with_an_airlines_word(text, name, airline):
    start = text.index(name)
    assert names_an_airline_or_a_drink(text, start, start + len(name)) is airline


@pytest.mark.parametrize(("text", "name", "organisation"), [
    ("Nr | Koń | Właściciel\n1 | Królowa Bona | Stajnia Pod Lipami", "Stajnia Pod Lipami", True),
    ("N° | Cheval | Propriétaire\n3 | Belle de Mai | Haras du Lieu-Dieu", "Haras du Lieu", True),
    ("Propriétaire : Anne Haras", "Anne Haras", False),
    ("Kontakt: Stajnia", "Stajnia", False),
])
def test_a_name_opening_with_an_organisations_word(text, name, organisation):
    start = text.index(name)
    assert opens_with_an_organisations_word(text, start, start + len(name)) is organisation

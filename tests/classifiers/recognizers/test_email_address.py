"""EmailAddressRecognizer by itself: addresses in prose, inside URLs and headers; shared
mailboxes of a function are no person's."""

from __future__ import annotations

import pytest

from classifiers.offline import use_bundled_suffix_list
from classifiers.recognizers.email_address import (
    EmailAddressRecognizer,
    mailbox_named_in_text,
    role_mailbox,
    word_mailbox,
)
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "EMAIL_ADDRESS"
use_bundled_suffix_list()
RECOGNIZER = EmailAddressRecognizer()

FOUND = [
    # (text, span, start, end)
    ("Bitte an anna.schmidt@example.net schreiben", "anna.schmidt@example.net", 9, 33),
    ('"GET /newsletter/abmelden?email=nkruschwitz@example.net&token=c91f0a HTTP/1.1"',
     "nkruschwitz@example.net", 32, 55),
    ("Reply-To: <m.rossi@example.it>", "m.rossi@example.it", 11, 29),
    ("kontakt: jan.info@example.pl", "jan.info@example.pl", 9, 28),
]


@pytest.mark.parametrize(("text", "span", "start", "end"), FOUND)
def test_email_found(text, span, start, end):
    assert_results(RECOGNIZER.analyze(text, [ENTITY]), text, ENTITY,
                   [(span, start, end, 1.0, 1.0)])


@pytest.mark.parametrize("text", [
    "absender = rechnung@example.de",
    "antwort_an = buchhaltung@example.de",
    "EMAIL;TYPE=INTERNET:service-clients@example.fr",
    "Fragen an info@example.com oder no-reply@example.com",
    "kopia_do = archiwum@example.pl; bok@example.pl",
    "Datenschutzbeauftragter: datenschutz@example.de, dpo@example.fr, iod@example.pl",
    "E-mail: urp@comune-example.it · RPD: rpd@comune-example.it",
    "Correo electrónico: atencionciudadana@ayto-example.es",
    "Pytania: 61 843 12 40 lub przedszkole5@um-example.pl",  # a desk's number at its end
    "Fragen an info2@example.de",
    "ORGANIZER;CN=Betriebsrat:mailto:betriebsrat@example.de",
    "1.3 Abteilung Produktsicherheit, sdb@example.de",
    "failure { mail to: 'team-shop@example.de' }",
    "507  scp export/firmen.csv deploy@gerade-29.corp.example.net:/import/",
    # a calendar's attendee that is a group, a resource or a room
    "ATTENDEE;CUTYPE=GROUP;ROLE=REQ-PARTICIPANT;CN=Alle – site Sud:mailto:site-sud@example.fr",
    "ATTENDEE;CUTYPE=ROOM;CN=Sala Verdi:mailto:sala.verdi@example.it",
    # a desk's line: its mailbox of one word or an abbreviation
    "Réunion ouverte à la presse. Secrétariat : 01 40 55 02 20, lois@assemblee-example.fr",
    "Segreteria: 06 6760 5520, affcost@camera-example.it",
])
def test_shared_mailboxes_are_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


@pytest.mark.parametrize(("address", "role"), [
    ("service-clients@example.fr", True), ("klantenservice@example.nl", True),
    ("dmarc-berichte@example-handel.de", True), ("rapports-dmarc@example.fr", True),
    ("dmarc.anna@example.de", False),
    # a security team's mailbox
    ("it-sicherheit@example.de", True), ("securite-si@example.fr", True),
    ("seguridad-it@example.es", True), ("sicurezza-it@example.it", True),
    ("anna.sicherheit@example.de", False),
    # where to apply for a job: "work with us", "work at"
    ("lavoraconnoi@example-logistica.it", True), ("werkenbij@example-logistiek.nl", True),
    ("trabajaconnosotros@example.es", True), ("bewerbung@example.de", True),
    ("rekrutacja@example.pl", True), ("candidatures@example.fr", True),
    # an insurer's claims desk, business customers' desk
    ("schaden@versicherung-example.de", True), ("sinistres@example.fr", True),
    ("pro@colis-example.fr", True), ("anna.schaden@example.de", False),
    ("anna.service@example.de", False), ("m.rossi@example.it", False), ("@example.org", False),
])
def test_role_mailbox(address, role):
    assert role_mailbox(address) is role


@pytest.mark.parametrize(("address", "language", "desk"), [
    # words of the text's language that name a desk or a function, and no one
    ("kasse@staatstheater-example.de", "de", True), ("biglietteria@example.it", "it", True),
    ("sicurezza.prodotto@example.it", "it", True), ("zlecenia@example.pl", "pl", True),
    ("storingen@liften-example.nl", "nl", True), ("maintenance@example.fr", "fr", True),
    # the same written without accents or umlauts, inflected, or compounded
    ("scolarite@univ-example.fr", "fr", True), ("studienbuero@uni-example.de", "de", True),
    ("adopcje@schronisko-example.pl", "pl", True), ("adopciones@example.es", "es", True),
    ("omgevingsloket@gemeente-example.nl", "nl", True),
    # words run together in a language that writes them apart; a name run together
    ("lavoripubblici@comune-example.it", "it", True),
    ("biuroobslugi@example.pl", "pl", True),
    ("mariorossi@azienda-example.it", "it", False),
    ("pedrogarcia@example.es", "es", False),
    ("bauaufsicht@stadt-example.de", "de", True),
    # names made of words, and a name beside a word, stay someone's
    ("walraad@example.nl", "nl", False), ("tegelaar@example.nl", "nl", False),
    ("graziellavento@example.org", "it", False), ("versacerolando@example.com", "it", False),
    ("mueller@example.de", "de", False), ("zielinska@example.pl", "pl", False),
    # a country's domain names its mailboxes in its language, whatever the text's
    ("gebraucht@klangwerk-example.de", "es", True), ("usato@armonia-example.it", "en", True),
    ("koch@example.de", "en", False), ("gebraucht@example.com", "en", False),
    # names, even where they are words too
    ("koch@example.de", "de", False), ("rossi@example.it", "it", False),
    ("jan.kowalski@example.pl", "pl", False), ("kowalski@example.pl", "pl", False),
    ("nowak@example.pl", "pl", False), ("anna@example.de", "de", False),
    ("bianca36@example.it", "it", False), ("visser@example.nl", "nl", False),
    ("iban47@example.org", "es", False),  # a short word and digits: a handle
    # a free mail provider's mailbox is someone's own; English words are handles too
    ("sonnenschein@gmx.de", "de", False), ("kasse@web.de", "de", False),
    ("someone@example.co.uk", "en", False),
])
def test_word_mailbox(address, language, desk):
    assert word_mailbox(address, language) is desk


def test_a_persons_attendee_line_beside_a_groups_is_found():
    text = ("ATTENDEE;CUTYPE=GROUP;CN=Alle:mailto:alle@example.de\n"
            "ATTENDEE;CUTYPE=INDIVIDUAL;CN=Anna Schmidt:mailto:anna.schmidt@example.de")
    found = [text[r.start:r.end] for r in RECOGNIZER.analyze(text, [ENTITY])]
    assert found == ["anna.schmidt@example.de"]


@pytest.mark.parametrize("text", [
    "Sekretariat: anna.weber@schule-example.de",
    "Sekretariat: Frau Weber, m.weber@schule-example.de",
    "Lois schrieb von lois@example-mail.de",
])
def test_a_persons_mailbox_on_a_desks_line_is_found(text):
    assert [text[r.start:r.end] for r in RECOGNIZER.analyze(text, [ENTITY])] == [
        text[text.rindex(" ") + 1:]]


@pytest.mark.parametrize(("text", "language", "named"), [
    ("Herbarium des Botanischen Gartens\nAnfragen: herbarium@garten-example.de", "de", True),
    ("Zielnik Ogrodu Botanicznego\nzapytania: zielnik@ogrod-example.pl", "pl", True),
    ("Dziekanat: pn.–czw. 9–12 · dziekanat@uniwersytet-example.pl", "pl", True),
    ("herbier du jardin botanique · demandes : herbier@jardin-example.fr", "fr", True),
    # the word nowhere else, a listed name, two parts, a free mail provider, a short word
    ("Anfragen: herbarium@garten-example.de", "de", False),
    ("Herr Weber schreibt: weber@firma-example.de", "de", False),
    ("Anna Weber, Herbarium: anna.herbarium@garten-example.de", "de", False),
    ("Herbarium-Fan, herbarium@gmx.de", "de", False),
    ("Tor 3: tor@firma-example.de", "de", False),
])
def test_mailbox_named_in_text(text, language, named):
    start = text.rfind(" ", 0, text.index("@")) + 1  # each text ends in its address
    assert mailbox_named_in_text(text, start, len(text), language) is named

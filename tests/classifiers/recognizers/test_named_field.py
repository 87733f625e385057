"""NamedFieldRecognizer by itself: a name as the quoted value of a key that says person."""

from __future__ import annotations

import pytest

from classifiers.recognizers.named_field import NamedFieldRecognizer, key_words, person_key
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "PERSON"
RECOGNIZER = NamedFieldRecognizer()

FOUND = [
    # (text, [(span, start, end, lowest score, highest score)])
    ('WARN sepa.mandate id=336356 debtor_name="Grete Wollinger" reason=AC04',
     [("Grete Wollinger", 41, 56, 0.9, 0.9)]),
    ('info checkout order=810206 ship_to="jake zuijdveld" carrier=postnl',
     [("jake zuijdveld", 36, 50, 0.9, 0.9)]),
    ('{"kunde": "Jan de Vries", "produkt": "Tisch"}', [("Jan de Vries", 11, 23, 0.9, 0.9)]),
    ('"kontakt": "Wollinger, Grete"', [("Wollinger, Grete", 12, 28, 0.9, 0.9)]),
    ("owner='Marta Kowalska' status=open", [("Marta Kowalska", 7, 21, 0.9, 0.9)]),
    ('displayName: "Sophie Martin"', [("Sophie Martin", 14, 27, 0.9, 0.9)]),
    # a Windows event's account named after its user
    ("Gesperrtes Konto:\n  Kontoname: Friedrich-Wilhelm.Ebert\n",
     [("Friedrich-Wilhelm.Ebert", 31, 54, 0.9, 0.9)]),
    ("  Nom du compte : Marcien.Brogniez", [("Marcien.Brogniez", 18, 34, 0.9, 0.9)]),
    ("  Nazwa konta: Witold.Pacia", [("Witold.Pacia", 15, 27, 0.9, 0.9)]),
    # no listed first name, but capitalised as names are and no word of any language
    ('INFO portal.signup full_name="Savine Teerlinck" locale=fr_FR',
     [("Savine Teerlinck", 30, 46, 0.9, 0.9)]),
    ('debtor_name="Waldfried Guidi" reason=AC04', [("Waldfried Guidi", 13, 28, 0.9, 0.9)]),
]


@pytest.mark.parametrize(("text", "expected"), FOUND)
def test_names_under_person_keys(text, expected):
    assert_results(RECOGNIZER.analyze(text, [ENTITY]), text, ENTITY, expected)


NOT_FOUND = [
    'job name="Backup Job" status=ok',  # no first name first
    'display_name="Sales Team" members=4',  # words of a language
    'owner="Acme Logistics"',
    'hostname="Maria Server"',  # a thing's key, whatever else it says
    'product_name="Sophie Lamp"',
    'user="admin"',
    'debtor_name="Grete W. 42"',  # digits: no name
    'recipient="grete@example.com"',
    "Grete Wollinger called",  # no key at all
    "  Kontoname: DC01$",  # a machine's account
    "  Account Name: config.Main",
    "  Datei: Backup.Tar",  # no account's key
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_name_without_a_person_key_and_a_name(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


@pytest.mark.parametrize(("key", "words"), [
    ("debtor_name", ["debtor", "name", "debtorname"]),
    ("shipTo", ["ship", "to", "shipto"]),
    ('"kept_contact"', ["kept", "contact", "keptcontact"]),
])
def test_key_words(key, words):
    assert key_words(key) == words


@pytest.mark.parametrize(("key", "person"), [
    ("full_name", True), ("Nachname", True), ("hostname", False), ("project_owner", False),
    ("status", False)])
def test_person_key(key, person):
    assert person_key(key) is person

"""The recognizers as the classifier runs them: beside Presidio's own, with context words,
the score threshold, the engine's choice among overlapping spans and `plausible_person`.
Each recognizer alone is tested in `tests/classifiers/recognizers/`.

Cases are written from the conventions each recognizer encodes (postal formats, phone
groupings, card ranges, how names are introduced), not from any evaluation set.
"""

from __future__ import annotations

import pytest

from classifiers.classify import RecordClassifier
from classifiers.settings import ClassifierSettings, CustomRecognizerSpec, PatternSpec


def found(classifier, text: str, entity: str) -> list[str]:
    """The texts of the spans of `entity` the classifier finds in `text` (no context)."""
    return [text[s:e] for kind, s, e in classifier.find_spans([text])[0] if kind == entity]


ADDRESSES = [
    ("Please ship the replacement to 221 Baker Street, London.", "221 Baker Street"),
    ("Our office moved to Hauptstraße 12 in Berlin.", "Hauptstraße 12"),
    ("Send it to Rua Augusta 274, Lisboa.", "Rua Augusta 274"),
    ("Deliver to 12 Rue de Rivoli 5 please", "12 Rue de Rivoli 5"),
    ("She lives at 41 Kiannonkatu 98\n Suite 464\n Oulu", "41 Kiannonkatu 98\n Suite 464"),
    ("Mail goes to PSC 1437, Box 3833\nAPO AA 66791 now", "PSC 1437, Box 3833\nAPO AA 66791"),
    ("Springfield, IL 62704 is where the invoice goes", "Springfield, IL 62704"),
    ("write to P.O. Box 255 instead", "P.O. Box 255"),
    ("meet me at the corner of Elm Street and 5th Avenue", "corner of Elm Street and 5th Avenue"),
    ("the parcel went to 2613 avenida praia 1 suite 463 yesterday", "2613 avenida praia 1 suite 463"),
    # lower case with no street type: an address word nearby makes it one
    ("please ship it to my address: 12 elm park 4.", "12 elm park 4"),
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_street_addresses(classifier, text, address):
    assert found(classifier, text, "STREET_ADDRESS") == [address]


NOT_ADDRESSES = [
    "During 2017 the team grew to 40 people.",
    "We sold 3 apples on the way home.",
    "Windows Server 2022 runs on 12 hosts.",
    "Nightly export job failed with HTTP 503 after 3 retries; queue depth 1200.",
    "Version 4 Release 2 ships in Q3.",
    # lower case: number, words, number is a count far more often than an address
    "retrying /v2/orders after 503; attempt 4 of 5",
    "added a lock with a 55 minute lease. case 8883.",
]


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_not_street_addresses(classifier, text):
    assert found(classifier, text, "STREET_ADDRESS") == []


PHONES = [
    ("They're not answering at 780-999-2181", "780-999-2181"),
    ("Reach me on +44 20 7946 0958 tomorrow", "+44 20 7946 0958"),
    ("Office line (415) 555-0132 ext. 12", "(415) 555-0132 ext. 12"),
    ("+49 (0)30 1234567 is the front desk", "+49 (0)30 1234567"),
    ("001-624-351-4283x1234 was the last caller", "001-624-351-4283x1234"),
    ("Can someone call me on 67 501 36 56?", "67 501 36 56"),  # European grouping, context word
]


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_phone_numbers(classifier, text, phone):
    assert found(classifier, text, "PHONE_NUMBER") == [phone]


NOT_PHONES = [
    "The export ran on 2024-03-01 and took 12 minutes.",
    "Order 1200 shipped 35 units at 12.50 each.",
    "The budget is 12 500 000 for next year.",  # grouped digits, no phone word
    "Server 10.1.2.3 answered in 45 ms.",
]


@pytest.mark.parametrize("text", NOT_PHONES)
def test_not_phone_numbers(classifier, text):
    assert found(classifier, text, "PHONE_NUMBER") == []


def test_cards_of_every_range_need_luhn_and_a_card_word(classifier):
    # 2-series Mastercard and a 19-digit card: outside Presidio's own issuer prefixes
    assert found(classifier, "Need to change billing date of my card 2223000048400011",
                 "CREDIT_CARD") == ["2223000048400011"]
    assert found(classifier, "My card 6011000990139424 expires soon", "CREDIT_CARD") == [
        "6011000990139424"]
    assert not found(classifier, "My card 2223000048400012 expires soon", "CREDIT_CARD")
    assert not found(classifier, "Batch 2223000048400011 was processed", "CREDIT_CARD")


def test_driver_licence_needs_its_words(classifier):
    # the two-letter word before the number reads as a state prefix
    assert found(classifier, "My driver's license number is 6940579", "US_DRIVER_LICENSE") == [
        "is 6940579"]
    assert not found(classifier, "The build number is 6940579", "US_DRIVER_LICENSE")


PERSONS = [
    ("Please ask Dr. Amara Okafor to sign.", "Amara Okafor"),
    ("My name is Rubija", "Rubija"),
    ("Directed By:    Johannes Varvio", "Johannes Varvio"),
    ("I want to add Heloise A Corbin as a beneficiary", "Heloise A Corbin"),
    ("Follow up with Román Valdivia in a couple of months.", "Román Valdivia"),
    ("Warrane, can I please speak to your boss?", "Warrane"),
    ("I would like to remove my kid Tadzio from the will.", "Tadzio"),
    ("It was a done thing between him and Asya's kid.", "Asya"),
    ("follow up with patricia desrosiers in a couple of months.", "patricia desrosiers"),
]


@pytest.mark.parametrize(("text", "name"), PERSONS)
def test_person_names(classifier, text, name):
    assert found(classifier, text, "PERSON") == [name]


NOT_PERSONS = [
    "SKU-1 and SKU-9 are out of stock.",
    "Thomas and Sons is a multinational investment bank.",
    "I work for Flightstats",
    "The Davis, Reynolds and Williamson Orchestra was founded in 1977.",
    "Lopez, Santos and Coleman is a design agency based in Espoo.",
    "During 2017, Allstate Insurance Group invested heavily in new designs.",
    "We returned to Deanwell by helicopter.",
    "France was super fun to visit!",
    "Ramsey-Johnson is a Swedish bank.",
    "database connection pool exhausted (max 200) during the month-end close",
    "cache miss on /v2/customers/search; backend latency 561 ms",
]


@pytest.mark.parametrize("text", NOT_PERSONS)
def test_not_persons(classifier, text):
    assert found(classifier, text, "PERSON") == []


# --- custom recognizers from the config ------------------------------------------------

CUSTOM_SPECS = (
    CustomRecognizerSpec(
        "employee ids", "EMPLOYEE_ID",
        patterns=(PatternSpec("emp", r"\bEMP-\d{6}\b", 0.3),), context=("employee", "staff")),
    CustomRecognizerSpec(
        "patient numbers", "PATIENT_ID",
        patterns=(PatternSpec("card-like", r"\b\d{16}\b", 0.6),), checksum="luhn"),
    CustomRecognizerSpec(
        "project names", "PROJECT", deny_list=("Project Bluebird", "Project Falcon")),
)


@pytest.fixture(scope="module")
def custom_classifier():
    return RecordClassifier(ClassifierSettings(
        personal_entities=("PERSON", "EMAIL_ADDRESS", "EMPLOYEE_ID", "PATIENT_ID"),
        customer_entities=("URL", "PROJECT"),
        recognizers=CUSTOM_SPECS,
    ))


@pytest.mark.parametrize(("fields", "category", "entity"), [
    ([("note", "staff member EMP-004211 called in sick")], "personal", "EMPLOYEE_ID"),
    ([("note", "ticket EMP-004211 closed")], "customer", None),  # no context word: too weak
    ([("ref", "4111111111111111")], "personal", "PATIENT_ID"),
    ([("ref", "4111111111111112")], "customer", None),  # fails its checksum
    ([("note", "Project Bluebird slipped a week")], "customer", "PROJECT"),
])
def test_custom_recognizers(custom_classifier, fields, category, entity):
    verdict = custom_classifier.classify(fields)
    assert verdict.category == category
    if entity:
        assert entity in dict(verdict.entity_counts)

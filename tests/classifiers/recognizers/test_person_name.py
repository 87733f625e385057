"""PersonNameRecognizer by itself, and `other_languages_words, plausible_person`, the check the classifier applies
to every PERSON span (spaCy's included)."""

from __future__ import annotations

import pytest

from classifiers.recognizers.person_name import (
    PersonNameRecognizer,
    animal_after,
    animal_before,
    dose_after,
    in_an_ingredient_list,
    little_words_only,
    other_languages_words,
    plausible_person,
)
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "PERSON"

SIGNALS = [
    # (text, [(span, start, end, lowest score, highest score), ...])
    # a title before the name
    ('Please ask Dr. Amara Okafor to sign.', [('Amara Okafor', 15, 27, 0.85, 0.85)]),
    ("Mrs Jane O'Neil will call", [("Jane O'Neil", 4, 15, 0.85, 0.85)]),
    # a phrase that introduces a name
    ('My name is Rubija', [('Rubija', 11, 17, 0.7, 0.7)]),
    ('Directed By:    Johannes Varvio', [('Johannes Varvio', 16, 31, 0.7, 0.7)]),
    ('Please speak with Olu Adeyemi tomorrow', [('Olu Adeyemi', 18, 29, 0.7, 0.7)]),
    ('Attn: R. Castellanos', [('R. Castellanos', 6, 20, 0.7, 0.7)]),
    ('first name: ana', [('ana', 12, 15, 0.6, 0.6)]),  # in lower case too
    ('my name is jon snow', [('jon snow', 11, 19, 0.6, 0.6)]),
    # first name, middle initial, last name
    ('I want to add Heloise A Corbin as a beneficiary', [('Heloise A Corbin', 14, 30, 0.6, 0.6)]),
    ('Nayla C. Montero signed', [('Nayla C. Montero', 0, 16, 0.6, 0.6)]),
    # a name said to its bearer
    ('Warrane, can I please speak to your boss?', [('Warrane', 0, 7, 0.55, 0.55)]),
    # what only a person does or has, said of a name no list holds
    ('"Prices will fall," says Tuininga.', [('Tuininga', 25, 33, 0.6, 0.6)]),
    ('She named him Ciset', [('Ciset', 14, 19, 0.6, 0.6)]),
    ('The true gender of Vehbija is debated.', [('Vehbija', 19, 26, 0.6, 0.6)]),
    ('Kosec began writing as a teenager.', [('Kosec', 0, 5, 0.6, 0.6)]),
    ('Unlike the Ruoho novel, it is short.', [('Ruoho', 11, 16, 0.6, 0.6)]),
    ('Please add Mamoru Ooshima as a beneficiary.', [('Mamoru Ooshima', 11, 25, 0.6, 0.6)]),
    ('Aslak is very reliable. You can always depend on him.', [('Aslak', 0, 5, 0.6, 0.6)]),
    ('Thanks. Priya, could you check?', [('Priya', 8, 13, 0.55, 0.55)]),
    # a person named by a relation
    ("It was a done thing between him and Asya's kid.", [('Asya', 36, 40, 0.6, 0.6)]),
    ('It was Maria Lopez’s lawyer who called', [('Maria Lopez', 7, 18, 0.6, 0.6)]),
    ('I would like to remove my kid Tadzio from the will.', [('Tadzio', 30, 36, 0.6, 0.6)]),
    ('Our manager, Ingrid Solberg, approved it', [('Ingrid Solberg', 13, 27, 0.6, 0.6)]),
    # each signal yields its own span; the analyzer engine keeps the best of overlapping ones
    ('Regards, Mr Brown', [('Mr Brown', 9, 17, 0.7, 0.7), ('Brown', 12, 17, 0.85, 0.85)]),
]


@pytest.mark.parametrize(("text", "expected"), SIGNALS)
def test_names_by_title_phrase_initial_address_or_relation(text, expected):
    """The text's own signals, read without NLP artifacts."""
    results = PersonNameRecognizer().analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, expected)


RUNS = [
    # (text, [(span, start, end, lowest score, highest score), ...])
    # a known first name and more capitalised words: a full name, whatever the tags
    ('Call Alice Johnson about the renewal.', [('Alice Johnson', 5, 18, 0.7, 0.7)]),
    ('Please ring Olivia Smith back', [('Olivia Smith', 12, 24, 0.7, 0.7)]),
    ('Follow up with Román Valdivia in a couple of months.', [('Román Valdivia', 15, 29, 0.7, 0.7)]),
    # a lone known first name that spaCy reads as a proper noun
    ('Alice called about the renewal.', [('Alice', 0, 5, 0.55, 0.55)]),
    ('Thomas and Sons is a multinational investment bank.', [('Thomas', 0, 6, 0.55, 0.55)]),  # plausible_person drops it
    # a known surname after the sentence's start, or as its subject
    ('Okafor approved the change', [('Okafor', 0, 6, 0.5, 0.5)]),
    # lower-case text: the name lists decide, for words spaCy reads as nouns
    ('follow up with patricia desrosiers in a couple of months.', [('patricia desrosiers', 15, 34, 0.6, 0.6)]),
    # the signals still count; runs of name-like tokens add their own spans
    ("Please ask Dr. Amara Okafor to sign.", [("Amara Okafor", 15, 27, 0.7, 0.7), ("Amara Okafor", 15, 27, 0.85, 0.85)]),
    ("The invoice was approved by Garcia yesterday.", [("Garcia", 28, 34, 0.5, 0.5), ("Garcia", 28, 34, 0.7, 0.7)]),
]


@pytest.mark.parametrize(("text", "expected"), RUNS)
def test_names_from_spacy_tokens(person_names, nlp_artifacts, text, expected):
    """Runs of capitalised tokens (or, in lower-case text, listed names), as the analyzer
    engine hands the recognizer spaCy's tokens, tags and entities."""
    results = person_names.analyze(text, [ENTITY], nlp_artifacts(text))
    assert_results(results, text, ENTITY, expected)


NOT_FOUND = [
    "Nightly export job failed with HTTP 503 after 3 retries.",
    "SKU-1 and SKU-9 are out of stock.",
    "the cleanup job overlapped again",  # 'job' is a first name, and an English word
    "cache miss on shard 7",
    "disk 80% full on node 4",
    # a person's context around English words is no name
    '"The update ships today," says Nobody.',
    "Please add Travel as a dependent of the policy.",
    "the true gender of the word is debated",
]


@pytest.mark.parametrize("text", NOT_FOUND)
def test_no_names(person_names, nlp_artifacts, text):
    assert person_names.analyze(text, [ENTITY], nlp_artifacts(text)) == []


@pytest.mark.parametrize(("text", "span", "plausible"), [
    ("Meet Alice Johnson today", "Alice Johnson", True),
    ("Yesterday Priya Shah joined us", "Priya Shah", True),
    ("a letter from Alice Johnson", "Alice Johnson", True),  # a known first name wins
    ("follow up with patricia desrosiers", "patricia desrosiers", True),
    # codes
    ("SKU-9 is out", "SKU-9", False),
    ("set by admin_bob", "admin_bob", False),
    # organisations
    ("Davis and Sons is a firm", "Davis", False),
    ("Thomas and Sons is a firm", "Thomas", False),
    ("During 2017, Allstate Insurance Group invested", "Allstate Insurance Group", False),
    ("Alice Johnson, Ltd", "Alice Johnson", False),
    ("The Davis, Reynolds and Williamson Orchestra was founded", "Davis", False),
    ("Lopez, Santos and Coleman is a design agency", "Lopez", False),
    ("Ramsey-Johnson is a Swedish bank.", "Ramsey-Johnson", False),
    # words talked about
    ("Capitalized words like Wisdom and Discipline are mistaken", "Wisdom", False),
    ("Capitalized words like Wisdom and Discipline are mistaken", "Discipline", False),
    ("the word 'Hope' is a name too", "Hope", False),
    ("I like Grace Hopper's work", "Grace Hopper", True),
    ("Ramsey-Johnson called", "Ramsey-Johnson", False),  # double-barrelled and alone
    ("Mayo-Walters called", "Walters", False),  # ...or cut at its hyphen
    ("Ask the Contact Person", "Contact Person", False),
    # employers and places
    ("I work for Acme Widgets", "Acme Widgets", False),
    ("I work with Alice Johnson", "Alice Johnson", False),  # an employer's slot, whoever it is
    ("She joined Contoso Labs", "Contoso Labs", False),
    ("We returned to Deanwell by helicopter.", "Deanwell", False),
    ("a letter from Zanzibar Quay", "Zanzibar Quay", False),
    ("Southern Tunisia is warm", "Southern Tunisia", False),
    ("We love San Jose", "Jose", False),
    ("See you Monday", "Monday", False),
    # lower case: only the name lists tell a name from ordinary words
    ("cache miss on /v2/customers/search", "cache miss", False),
    ("paged the on-call", "on-call", False),
])
def test_plausible_person(text, span, plausible):
    start = text.index(span)
    assert plausible_person(text, start, start + len(span)) is plausible


PO_FILE = ('msgid "Hello %(name)s, your order has shipped."\n'
           'msgstr "Hallo %(name)s, deine Bestellung ist unterwegs."\n'
           'msgid "Delete account"\nmsgstr "Konto löschen"')


@pytest.mark.parametrize(("text", "span", "foreign"), [
    # English NER on a text lingua read as English: another language's words, no name
    (PO_FILE, "Konto", True),
    (PO_FILE, "deine Bestellung", True),
    (" * Berechnet die Versandkosten je Zone, gültig für alle Länder und Kunden.",
     "Versandkosten je Zone", True),
    # a listed name, English words, or an English text around the word stay as they are
    (PO_FILE.replace("Konto", "Anna Schmidt"), "Anna Schmidt", False),
    (PO_FILE, "Delete account", False),
    ("Mrs. Raap flew to Olmedo de Camaces on Thursday morning.", "Raap", False),
    ("I want to add Chizue Senda as a beneficiary to my account", "Chizue Senda", False),
])
def test_other_languages_words(text, span, foreign):
    start = text.index(span)
    assert other_languages_words(text, start, start + len(span),
                                 ("de", "fr", "es", "it", "nl", "pl")) is foreign


@pytest.mark.parametrize(("span", "little"), [
    ("del", True),
    ("les", True),
    ("van der", True),
    ("Del Piero", False),
    ("Ben", False),  # capitalised: a name as often as Dutch "ben"
    ("Ella", False),
    ("Anna", False),
    ("the", False),  # English's own little words are the English readers' to judge
])
def test_little_words_only(span, little):
    assert little_words_only(span, ("de", "fr", "es", "it", "nl", "pl")) is little


@pytest.mark.parametrize(("text", "name", "medicine"), [
    ("Ibuprofen Sandoz 400 mg, filmomhulde tabletten", "Ibuprofen Sandoz", True),
    ("Ibuprofen Teva, 400 mg, tabletki powlekane", "Ibuprofen Teva", True),
    ("Paracetamol Ratiopharm 500mg", "Paracetamol Ratiopharm", True),
    ("Patient Hans Meier, 45 Jahre", "Hans Meier", False),
    ("Hans Meier 400 m vom Bahnhof", "Hans Meier", False),
    # a pack's size or count
    ("838900.5;Pasta Lassar 50 g;Orravan;OR230", "Pasta Lassar", True),
    ("303587.1;Aquilea Sueño 30 comprimidos;Uriach", "Aquilea Sueño", True),
    ("Maria Rossi 30 anni, Milano", "Maria Rossi", False),
    ("drops you off at 7226 Al. Marszałka Józefa Piłsudskiego 41 St.", "Piłsudskiego", False),
])
def test_a_dose_after_a_name_makes_it_a_medicine(text, name, medicine):
    assert dose_after(text, text.index(name) + len(name)) is medicine


@pytest.mark.parametrize(("text", "name", "ingredient"), [
    ("Zutaten: Mandeln 35 %, Zucker,\n(Orangenschale, Säuerungsmittel Citronensäure), Kakao "
     "12,5 % (Emulgator Lecithine).", "Emulgator", True),
    ("ingrediënten: room, suiker (emulgator sojalecithine).", "emulgator", True),
    ("Składniki: mąka, cukier, Stabilizator Pektyny.", "Stabilizator", True),
    # after the list's full stop, or with no list at all
    ("Zutaten: Mandeln, Zucker. Hersteller: Anna Roth, Meiningen", "Anna", False),
    ("Emulgator Lecithine von Anna Roth", "Anna", False),
])
def test_an_ingredient_lists_words(text, name, ingredient):
    assert in_an_ingredient_list(text, text.index(name)) is ingredient


@pytest.mark.parametrize(("language", "text", "name", "animal"), [
    ("de", "Herr Schröder, Kater, ca. 9 Jahre, kastriert", "Schröder", True),
    ("de", "Frau Holle, Angorakaninchen, sucht Partner", "Holle", True),
    ("fr", "Madame Lapin, bélier nain, cherche un compagnon", "Lapin", True),
    ("es", "Doña Rosita, conejo belier, busca compañero", "Rosita", True),
    ("it", "Birba (meticcia, 4 anni) cerca casa", "Birba", True),
    ("nl", "Mevrouw Pluis, konijn, zoekt een maatje", "Pluis", True),
    ("pl", "Pan Kowalski, kot europejski, 9 lat", "Kowalski", True),
    # a person's name before other words, and English left alone
    ("de", "Herr Schröder, Kunde seit 2010, ruft an", "Schröder", False),
    ("fr", "Monsieur Pinson, chef de projet", "Pinson", False),
    ("en", "Jane Smith, chat transcript attached", "Jane Smith", False),
])
def test_an_animals_kind_after_a_name(language, text, name, animal):
    assert animal_after(text, text.index(name) + len(name), language) is animal


@pytest.mark.parametrize(("language", "text", "name", "animal"), [
    # a story's or a fable's animal, its kind before its name
    ("fr", "La Souris Mimi a perdu sa clé", "Souris Mimi", True),
    ("it", "il Coniglio Batuffolo salta il fosso", "Coniglio Batuffolo", True),
    ("de", "Heute besucht der Igel Stachel den Wald", "Stachel", True),
    ("pl", "Zajączek Kicuś szuka marchewki", "Zajączek Kicuś", True),
    ("nl", "Konijn Hoppel en Egel Stekel", "Konijn Hoppel", True),
    # a kind that is also a surname, a person's name
    ("de", "Fuchs Max, Lager", "Fuchs Max", False),
    ("fr", "Renard Paul, comptable", "Renard Paul", False),
    ("de", "Kunde Hans Müller ruft an", "Hans Müller", False),
])
def test_an_animals_kind_before_a_name(language, text, name, animal):
    start = text.index(name)
    assert animal_before(text, start, start + len(name), language) is animal


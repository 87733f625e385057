"""Column kinds: the shape of one value, the kind of a column, the check of each row."""

from __future__ import annotations

import pytest

from classifiers.columns import (
    ADDRESS_LIKE,
    NAME_LIKE,
    WORDS,
    ColumnKind,
    check_value,
    has_first_name,
    infer_kind,
    infer_profile,
    label_ok,
    name_hints,
    phone_ok,
    value_shape,
)

K = ColumnKind

SHAPES = [
    ("alice.johnson@example.co.uk", K.EMAIL_ADDRESS),
    ("https://api.contoso.com/v2/orders?id=7", K.URL),
    ("www.contoso.com", K.URL),
    ("10.1.2.3", K.IP_ADDRESS),
    ("2001:db8::1", K.IP_ADDRESS),
    ("GB82 WEST 1234 5698 7654 32", K.IBAN_CODE),
    ("DE89370400440532013000", K.IBAN_CODE),
    ("4111 1111 1111 1111", K.CREDIT_CARD),
    ("4111-1111-1111-1111", K.CREDIT_CARD),
    ("123-45-6789", K.US_SSN),
    ("2024-03-01", K.DATE_TIME),
    ("2024-03-01T12:30:00Z", K.DATE_TIME),
    ("12/29/1944", K.DATE_TIME),
    ("12.5", K.NUMBER),
    ("-1,200,000.50", K.NUMBER),
    ("42%", K.NUMBER),
    ("+44 20 7946 0958", K.PHONE_NUMBER),
    ("(415) 555-0132", K.PHONE_NUMBER),
    ("001-624-351-4283x1234", K.PHONE_NUMBER),
    ("+49 (0)30 1234567", K.PHONE_NUMBER),
    ("web-07.contoso.internal", K.DOMAIN_NAME),
    ("lt-93.jones.org", K.DOMAIN_NAME),
    ("SKU-4471-B", K.IDENTIFIER),
    ("SKU-9", K.IDENTIFIER),
    ("TK-0040", K.IDENTIFIER),
    ("EUR", K.IDENTIFIER),
    ("Alice Johnson", NAME_LIKE),
    ("Dipl.-Ing. Stefano Ortmann B.A.", NAME_LIKE),
    ("Élisabeth Devaux", NAME_LIKE),
    ("221 Baker Street", ADDRESS_LIKE),
    ("Hauptstraße 12", ADDRESS_LIKE),
    ("the nightly export failed again after the queue filled up completely", WORDS),
    ("", None),
    ("   ", None),
]


@pytest.mark.parametrize(("value", "shape"), SHAPES)
def test_value_shape(value, shape):
    assert value_shape(value) == shape


def test_a_number_that_fails_luhn_is_no_card():
    assert value_shape("4111 1111 1111 1112") != K.CREDIT_CARD
    assert value_shape("GB82 WEST 1234 5698 7654 33") != K.IBAN_CODE


@pytest.mark.parametrize(("value", "ok"), [
    ("+44 20 7946 0958", True),
    ("415.555.0132 ext. 12", True),
    ("(07700) 900123", True),
    ("555-12", False),  # too few digits
    ("1234567890123456789", False),  # too many for E.164
    ("call me", False),
])
def test_phone_ok(value, ok):
    assert phone_ok(value) is ok


HINTS = [
    ("email", {K.EMAIL_ADDRESS}),
    ("contact.homePhone", {K.PHONE_NUMBER}),
    ("mobile_no", set()),  # ends in a key word: a key, whatever precedes it
    ("customer_id", set()),
    ("full_name", {K.PERSON}),
    ("address.street", {K.STREET_ADDRESS}),
    ("hostname", {K.DOMAIN_NAME}),
    ("private_ip", {K.IP_ADDRESS}),
    ("website", {K.URL}),
    ("cpu_pct", set()),
]


@pytest.mark.parametrize(("column", "hints"), HINTS)
def test_name_hints(column, hints):
    assert name_hints(column) == hints


NAMES = ["Alice Johnson", "Bob Smith", "Greta Ziegert B.Sc.", "Mr. Roger Ayala MD",
         "Jayden van den Broek", "Élisabeth Devaux"]
KINDS = [
    ("email", ["a.b@example.com", "c.d@example.org"], K.EMAIL_ADDRESS),
    ("phone", ["+44 20 7946 0958", "(415) 555-0132", "0161 496 0123"], K.PHONE_NUMBER),
    ("phone", ["4155550132", "4155550133"], K.PHONE_NUMBER),  # digits only, the name says
    ("full_name", NAMES, K.PERSON),
    ("owner", NAMES, K.PERSON),
    ("street", ["221 Baker Street", "12 Rue de Rivoli", "Hauptstraße 5"], K.STREET_ADDRESS),
    ("iban", ["GB82 WEST 1234 5698 7654 32", "DE89370400440532013000"], K.IBAN_CODE),
    ("card", ["4111 1111 1111 1111", "5500 0000 0000 0004"], K.CREDIT_CARD),
    ("hostname", ["web-07.contoso.internal", "db-1.contoso.com"], K.DOMAIN_NAME),
    ("private_ip", ["10.1.2.3", "192.168.0.7"], K.IP_ADDRESS),
    ("url", ["https://contoso.com/a", "https://contoso.com/b"], K.URL),
    ("booked_at", ["2024-03-01", "2024-03-02T10:00:00"], K.DATE_TIME),
    ("amount", ["12.50", "1,200.00", "7"], K.NUMBER),
    ("sku", ["SKU-1", "SKU-9", "SKU-4471-B"], K.IDENTIFIER),
    ("customer_id", ["C100001", "C100002"], K.IDENTIFIER),
    ("title", ["Synergized 24/7 toolset", "Robust zero-defect alliance"], K.LABEL),
    ("os", ["Windows Server 2022", "Ubuntu 22.04", "RHEL 9"], K.LABEL),
    ("body", ["The export failed again after the nightly queue filled up, retry at six "
              "and tell the on-call engineer"] * 3, K.FREE_TEXT),
    ("title", ["Alice Johnson", "Bob Smith", "Carol White"], K.PERSON),  # people, header aside
    ("owner", ["Anna Schmidt", "Team Vertrieb", "Support Level 2", "IT Betrieb"] * 5,
     K.FREE_TEXT),  # a few people among teams: each value in full
    ("notes", ["a.b@example.com", "+44 20 7946 0958", "SKU-1", "12.5"], K.MIXED),
    ("phone", ["12.5", "7", "300"], K.MIXED),  # numbers where the name says personal
    ("full_name", ["C1", "C2"], K.MIXED),  # codes where the name says person
    ("anything", [], K.EMPTY),
]


@pytest.mark.parametrize(("column", "values", "kind"), KINDS)
def test_infer_kind(column, values, kind):
    assert infer_kind(column, values) == kind


def test_a_few_odd_values_make_a_column_mixed():
    values = ["a.b@example.com"] * 90 + ["call me back"] * 10
    assert infer_kind("email", values) == K.MIXED
    assert infer_kind("email", ["a.b@example.com"] * 99 + ["n/a"]) == K.EMAIL_ADDRESS


CHECKS = [
    (K.EMAIL_ADDRESS, "a.b@example.com", True),
    (K.EMAIL_ADDRESS, "please call me", False),
    (K.PHONE_NUMBER, "+44 20 7946 0958", True),
    (K.PHONE_NUMBER, "ask for Alice", False),
    (K.PERSON, "Alice Johnson", True),
    (K.PERSON, "SKU-9", False),
    (K.IDENTIFIER, "SKU-9", True),
    (K.IDENTIFIER, "alice@example.com", False),
    (K.NUMBER, "12.5", True),
    (K.NUMBER, "4111111111111111", False),  # passes Luhn: analysed in full
    (K.IP_ADDRESS, "10.1.2.3", True),
    (K.IP_ADDRESS, "web-07.contoso.internal", False),
    (K.LABEL, "Robust zero-defect alliance", True),
    (K.LABEL, "Call Alice Johnson", False),  # a person's name: analysed in full
    (K.LABEL, "221 Baker Street", False),  # an address: analysed in full
    (K.LABEL, "ring +44 20 7946 0958", False),
    (K.FREE_TEXT, "anything", False),
    (K.MIXED, "anything", False),
]


@pytest.mark.parametrize(("kind", "value", "fits"), CHECKS)
def test_check_value(kind, value, fits):
    assert check_value(kind, value) is fits


@pytest.mark.parametrize(("value", "named"), [
    ("Greta Ziegert", True),
    ("Alice", True),
    ("Windows Server 2022", False),
    ("Port Jonathan", False),
    ("Le pouvoir de rouler", False),
    ("Saint Corinne", False),  # a town: a name after a place's first word
    ("San Giovanni Rotondo", False),
])
def test_has_first_name(value, named):
    assert has_first_name(value) is named


def test_label_ok_rejects_personal_shapes():
    assert label_ok("Ergonomic steel chair")
    assert not label_ok("mail a.b@example.com")
    assert not label_ok("Flat 4, 12 Baker Street")


def test_profile_from_rows_and_unknown_columns_are_analysed_in_full():
    rows = [{"email": f"u{i}@example.com", "sku": f"SKU-{i}", "empty": ""} for i in range(20)]
    profile = infer_profile("shop/orders", rows)
    assert profile.kind("email") == K.EMAIL_ADDRESS
    assert profile.kind("sku") == K.IDENTIFIER
    assert profile.kind("empty") == K.EMPTY
    assert profile.kind("not_in_sample") == K.MIXED
    assert dict(profile.sampled) == {"email": 20, "sku": 20, "empty": 0}


LOCAL_COLUMNS = [
    # (column, values, expected kind): columns named in the tenant's languages
    ("Nachname", ["Müller", "Schmidt", "Zwiebelmeier", "Okonkwo"] * 10, ColumnKind.PERSON),
    ("prénom", ["Élodie", "Jean-Luc", "Maëlle", "Théo"] * 10, ColumnKind.PERSON),
    ("apellidos", ["García López", "Etxeberria", "Martínez"] * 10, ColumnKind.PERSON),
    ("cognome", ["Rossi", "Bianchi", "Parpinel"] * 10, ColumnKind.PERSON),
    ("nazwisko", ["Kowalska", "Wiśniewski", "Nowak"] * 10, ColumnKind.PERSON),
    ("Telefon", ["030 1234567", "+49 89 123456", "0171 2345678"] * 10, ColumnKind.PHONE_NUMBER),
    ("courriel", ["a.martin@example.fr", "j.dupont@example.fr"] * 10, ColumnKind.EMAIL_ADDRESS),
    ("Straße", ["Hauptstraße 12", "Am Ring 3a", "Lindenallee 7"] * 10, ColumnKind.STREET_ADDRESS),
    # a column of place names is a location (customer data), never a person
    ("woonplaats", ["Amsterdam", "Den Haag", "Florence", "Paris", "Victoria"] * 10,
     ColumnKind.LOCATION),
    ("Ort", ["Bremen", "Jena", "Augusta", "Marburg"] * 10, ColumnKind.LOCATION),
    ("city", ["Austin", "Florence", "Madison", "Charlotte"] * 10, ColumnKind.LOCATION),
    # national identifiers: each value through its identifier's check and context word
    ("codice_fiscale", ["RCCMNL83S18D969H"] * 20, ColumnKind.MIXED),
    ("bsn", ["111222333", "123456782"] * 10, ColumnKind.MIXED),
    ("Steuer-ID", ["36574261809"] * 20, ColumnKind.MIXED),
    ("ref", ["RCCMNL83S18D969H", "2 95 10 99 126 111 93"] * 10, ColumnKind.MIXED),
]


@pytest.mark.parametrize(("column", "values", "kind"), LOCAL_COLUMNS)
def test_columns_named_in_european_languages(column, values, kind):
    assert infer_kind(column, values) is kind


PLACE_COLUMNS = [
    # (column, values, expected kind): headers that say neither place nor person
    # towns, some of them surnames or first names too: a column of places
    ("Lager", ["Bremen", "Berger", "Lüdenscheid", "Neustadt an der Weinstraße"] * 10,
     ColumnKind.LOCATION),
    ("magazzino", ["Luserna San Giovanni", "Marina di Campo", "Rossi", "Tortora",
                   "Castel San Pietro Romano"] * 10, ColumnKind.LOCATION),
    ("tienda", ["Valencia", "Teruel", "Huesca", "Córdoba"] * 10, ColumnKind.LOCATION),
    ("oddział", ["Siemianowice Śląskie", "Tarnowskie Góry", "Kwidzyn", "Jarocin"] * 10,
     ColumnKind.LOCATION),
    # words that are first names now and then, never a full name: things' names
    ("entrepôt", ["Pascal", "Saint Corinne", "Gomez-sur-Nicolas", "Tessiernec", "Vidal",
                  "Lambertboeuf", "Saint André", "Da Costa-sur-Mer"] * 5, ColumnKind.LABEL),
    # people under a header that does not say so: full names, or first names alone
    ("Verantwortlich", ["Jeannine Rogge", "Selma Albers", "Peggy Schnüriger"] * 10,
     ColumnKind.PERSON),
    ("verantwoordelijke", ["Finn van der Berg", "Sterre van Loon", "Jitze Dhaeyer"] * 10,
     ColumnKind.PERSON),
    ("agent", ["Marie", "Paul", "Julien", "Sophie", "Support"] * 10, ColumnKind.FREE_TEXT),
    # surnames that are towns too, under a person's header: people, whatever the towns
    ("nom", ["Martel", "Berger", "Rossi", "Lambert", "Dupont"] * 10, ColumnKind.PERSON),
]


@pytest.mark.parametrize(("column", "values", "kind"), PLACE_COLUMNS)
def test_a_column_of_towns_is_told_from_one_of_people(column, values, kind):
    assert infer_kind(column, values) is kind


def test_a_place_name_column_is_customer_data(classifier):
    rows = [[("id", f"W{i}"), ("woonplaats", place)] for i, place in enumerate(
        ["Amsterdam", "Florence", "Paris", "Victoria", "Den Haag", "Charlotte"] * 5)]
    profile = infer_profile("logistics/warehouses", [dict(row) for row in rows])
    assert profile.kind("woonplaats") is ColumnKind.LOCATION
    verdicts = classifier.classify_batch(rows, [profile] * len(rows))
    assert {v.category for v in verdicts} == {"customer"}
    assert all(dict(v.entity_counts).get("LOCATION") == 1 for v in verdicts)


@pytest.mark.parametrize(("column", "values"), [
    ("magasin", ["Pascal", "Saint Corinne", "Gomez-sur-Nicolas", "Tessiernec", "Vidal",
                 "Lambertboeuf", "Saint André", "Da Costa-sur-Mer", "Thierry", "Berger"]),
    ("negozio", ["Luserna San Giovanni", "Marina di Campo", "Rossi", "Tortora", "Valencia",
                 "Castel San Pietro Romano", "Mariana Mantovana", "Teruel"]),
])
def test_shops_named_after_towns_are_customer_data(classifier, column, values):
    rows = [[("id", f"S{i}"), (column, value)] for i, value in enumerate(values * 4)]
    profile = infer_profile("sales/shops", [dict(row) for row in rows])
    verdicts = classifier.classify_batch(rows, [profile] * len(rows))
    assert {v.category for v in verdicts} == {"customer"}, [
        value for (_, (_, value)), v in zip(rows, verdicts, strict=True)
        if v.category != "customer"]

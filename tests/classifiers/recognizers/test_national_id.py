"""NationalIdRecognizer by itself: each identifier found with its checksum valid, never
with a wrong check digit, and the bare-digit ones only with a context word."""

from __future__ import annotations

import pytest

from classifiers.national_ids import NATIONAL_IDS
from classifiers.recognizers.national_id import NationalIdRecognizer
from tests.classifiers.recognizers.assertions import assert_results

RECOGNIZERS = {spec.entity: NationalIdRecognizer(spec) for spec in NATIONAL_IDS}

FOUND = [
    # (entity, text, span, start, end, lowest score, highest score); valid numbers are the
    # examples of python-stdnum's documentation
    ("DE_TAX_ID", "Steuer-ID 36 574 261 809 liegt vor", "36 574 261 809", 10, 24, 0.64, 0.66),
    ("DE_TAX_ID", "Identifikationsnummer: 36574261809", "36574261809", 23, 34, 0.64, 0.66),
    ("FR_NIR", "numéro de sécurité sociale 2 95 10 99 126 111 93", "2 95 10 99 126 111 93",
     27, 48, 0.84, 1.0),
    ("FR_NIR", "NIR 253072B07300470 (Corse)", "253072B07300470", 4, 19, 0.84, 1.0),
    ("ES_NIF", "DNI 54362315-K del titular", "54362315-K", 4, 14, 0.84, 1.0),
    ("ES_NIF", "su NIF es 54362315K.", "54362315K", 10, 19, 0.84, 1.0),
    ("ES_NIE", "NIE X-2482300-W caducado", "X-2482300-W", 4, 15, 0.84, 1.0),
    ("IT_FISCAL_CODE", "codice fiscale RCCMNL83S18D969H", "RCCMNL83S18D969H", 15, 31, 0.84, 1.0),
    ("IT_FISCAL_CODE", "cf: rccmnl83s18d969h", "rccmnl83s18d969h", 4, 20, 0.84, 1.0),
    ("NL_BSN", "BSN 1112.22.333 van de klant", "1112.22.333", 4, 15, 0.64, 0.66),
    ("NL_BSN", "burgerservicenummer: 111222333", "111222333", 21, 30, 0.64, 0.66),
    ("PL_PESEL", "PESEL 44051401359, klient", "44051401359", 6, 17, 0.64, 0.66),
    ("PT_NIF", "NIF 123456789 do contribuinte", "123456789", 4, 13, 0.64, 0.66),
    ("BE_NATIONAL_NUMBER", "rijksregisternummer 85.07.30-033.28", "85.07.30-033.28", 20, 35,
     0.64, 0.66),
    ("AT_SOCIAL_SECURITY_NUMBER", "SVNR 1237 010180", "1237 010180", 5, 16, 0.64, 0.66),
    ("SE_PERSONNUMMER", "personnummer 880320-0016", "880320-0016", 13, 24, 0.84, 1.0),
    ("DK_CPR", "CPR-nummer 211062-5629", "211062-5629", 11, 22, 0.64, 0.66),
    ("FI_PERSONAL_IDENTITY_CODE", "henkilötunnus 131052-308T", "131052-308T", 14, 25, 0.84, 1.0),
    ("IE_PPSN", "PPSN 6433435F", "6433435F", 5, 13, 0.64, 0.66),
    ("UK_NINO", "National Insurance number AB 12 34 56 C", "AB 12 34 56 C", 26, 39, 0.84, 1.0),
    # the bare-digit identifiers without a context word: found, but below the threshold
    ("NL_BSN", "order 111222333 shipped", "111222333", 6, 15, 0.3, 0.3),
    ("PL_PESEL", "ref 44051401359", "44051401359", 4, 15, 0.3, 0.3),
    ("DE_TAX_ID", "Vorgang 36574261809", "36574261809", 8, 19, 0.3, 0.3),
]


@pytest.mark.parametrize(("entity", "text", "span", "start", "end", "low", "high"), FOUND)
def test_national_id_found(entity, text, span, start, end, low, high):
    results = RECOGNIZERS[entity].analyze(text, [entity])
    assert_results(results, text, entity, [(span, start, end, low, high)])


NOT_FOUND = [
    # (entity, text): a wrong check digit, an invalid date, a prefix never issued
    ("DE_TAX_ID", "Steuer-ID 36574261890"),
    ("DE_TAX_ID", "Steuer-ID 36554266806"),  # a digit repeated too often
    ("FR_NIR", "numéro de sécurité sociale 295109912611199"),
    ("ES_NIF", "DNI 54362315Z"),
    ("ES_NIF", "NIF B64717838"),  # a company's NIF: no person
    ("ES_NIE", "NIE X2482300A"),
    ("IT_FISCAL_CODE", "codice fiscale RCCMNL83S18D969X"),
    ("NL_BSN", "BSN 1112.52.333"),
    ("PL_PESEL", "PESEL 44051401358"),
    ("PL_PESEL", "PESEL 02381307589"),  # no such birth date
    ("PT_NIF", "NIF 123456780"),
    ("PT_NIF", "NIF 501964843"),  # a company's number
    ("BE_NATIONAL_NUMBER", "rijksregisternummer 12345678901"),
    ("AT_SOCIAL_SECURITY_NUMBER", "SVNR 2237 010180"),
    ("SE_PERSONNUMMER", "personnummer 880320-0018"),
    ("DK_CPR", "CPR 511062-5629"),
    ("FI_PERSONAL_IDENTITY_CODE", "hetu 131052-308U"),
    ("IE_PPSN", "PPSN 6433435E"),
    ("UK_NINO", "NINO ZZ 12 34 56 C"),  # ZZ is never issued
    ("UK_NINO", "NINO QQ 12 34 56 C"),
    ("IT_FISCAL_CODE", "ref XRCCMNL83S18D969H1"),  # glued into a longer code
]


@pytest.mark.parametrize(("entity", "text"), NOT_FOUND)
def test_national_id_not_found(entity, text):
    assert RECOGNIZERS[entity].analyze(text, [entity]) == []


CONTEXT = [
    # (entity, text with a local context word, the same number without one)
    ("DE_TAX_ID", "Steueridentifikationsnummer 36574261809", "Kundennummer 36574261809"),
    ("NL_BSN", "sofinummer 111222333", "artikel 111222333"),
    ("PL_PESEL", "numer PESEL: 44051401359", "numer zamówienia: 44051401359"),
    ("AT_SOCIAL_SECURITY_NUMBER", "Versicherungsnummer 1237010180", "Auftrag 1237010180"),
    ("IE_PPSN", "personal public service number 6433435F", "ticket 6433435F"),
]


@pytest.mark.parametrize(("entity", "with_word", "without"), CONTEXT)
def test_context_words_lift_bare_digits_over_the_threshold(entity, with_word, without):
    recognizer = RECOGNIZERS[entity]
    assert [r.score >= 0.5 for r in recognizer.analyze(with_word, [entity])] == [True]
    assert [r.score >= 0.5 for r in recognizer.analyze(without, [entity])] == [False]


def test_every_identifier_is_in_the_default_personal_list():
    from classifiers.settings import DEFAULT_PERSONAL

    assert {spec.entity for spec in NATIONAL_IDS} <= set(DEFAULT_PERSONAL)

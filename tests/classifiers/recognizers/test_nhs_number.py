"""NHS numbers: English text or a British record, or a text that names the NHS."""

from types import SimpleNamespace

import pytest

from classifiers.recognizers.nhs_number import NhsNumberRecognizer


@pytest.mark.parametrize(("text", "language", "countries", "found"), [
    ("Patient NHS number 943 476 5919 on file.", "en", (), "943 476 5919"),
    ("Patient number 943 476 5919 on file.", "en", (), "943 476 5919"),
    # another language's text: only where it names the NHS or the record is British
    ("Numero NHS del paziente: 943 476 5919.", "it", ("IT",), "943 476 5919"),
    ("Patientin aus Leeds, Nummer 943 476 5919.", "de", ("GB", "DE", "AT", "CH"),
     "943 476 5919"),
    ("Chiamare il numero 943 476 5919 per la consegna.", "it", ("IT",), None),
    ("NIP firmy: 5250001009, REGON 012345678.", "pl", ("PL",), None),
    # the check fails
    ("Patient NHS number 943 476 5918 on file.", "en", (), None),
])
def test_an_nhs_number(text, language, countries, found):
    results = NhsNumberRecognizer().analyze(
        text, ["UK_NHS"], SimpleNamespace(language=language, countries=countries))
    spans = [text[r.start:r.end] for r in results]
    assert spans == ([found] if found else []), spans

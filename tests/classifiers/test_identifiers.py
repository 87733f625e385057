"""The cheap check of names and ids (classifiers/identifiers.py): what must be written as
a pseudonym, and the ordinary names of exports that must stay readable."""

from __future__ import annotations

import sys

import pytest

from classifiers.identifiers import holds_personal_value

PERSONAL = [
    "ceo.secret@northwind-private.net", "https://api.example.com/?email=ann%40example.org",
    "Priya Raghunathan", "jonathan.whitaker", "whitaker_jonathan", "/exports/Jonathan Whitaker.csv",
    "+44 20 7946 0958", "+442079460958", "(425) 555-0172", "Call(425) 555-0172",
    "425-555-0172", "0113 496 0060", "https://x.example/u/+44%2020%207946%200958",
    "4111 1111 1111 1111", "5500-0000-0000-0004", "GB82WEST12345698765432",
    "DE89 3704 0044 0532 0130 00", "123-45-6789", "?name=Jonathan+Whitaker",
]
ORDINARY = [
    "C-0001", "T-001", "TK-0042", "INV-2026-000123", "T-20261001-0001", "1001-2002-3003",
    "1767225600000", "4255550172", "contoso-prod/contacts", "shared_office365", "CreateRecord",
    "SendEmailV2", "ForwardEmail_V2", "flow-crm-dev-refresh", "contoso-dev.crm4.dynamics.com",
    "20.50.2.14", "2001:db8::1", "2026-10-01", "2026-10-01T07:13:29Z", "Grace Period",
    "Windows Server", "mark.test", "email", "full_name", "address.postcode", "v1.2.3.4567890",
    "", "   ",
]


@pytest.mark.parametrize("text", PERSONAL)
def test_personal_values_in_names_are_found(text):
    assert holds_personal_value(text)


@pytest.mark.parametrize("text", ORDINARY)
def test_ordinary_names_stay_readable(text):
    assert not holds_personal_value(text)


def test_the_check_imports_no_nlp():
    """The driver calls it to write summary.json; it must not import spaCy or Presidio."""
    import subprocess

    code = ("import sys; from classifiers.identifiers import holds_personal_value as h; "
            "h('Priya Raghunathan'); print('spacy' in sys.modules, "
            "'presidio_analyzer' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "False"]

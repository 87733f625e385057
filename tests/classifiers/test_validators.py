"""Checksums that tell a real card or IBAN from a number of the same length."""

from __future__ import annotations

import pytest

from classifiers.validators import luhn_ok, mod97_ok


@pytest.mark.parametrize(("digits", "ok"), [
    ("4111 1111 1111 1111", True),
    ("4111 1111 1111 1112", False),
    ("4111-1111-1111-1111", True),  # separators are not digits
    ("378282246310005", True),
    ("2223000048400011", True),
    ("0", False),  # too short to carry a check digit
    ("", False),
])
def test_luhn(digits, ok):
    assert luhn_ok(digits) is ok


@pytest.mark.parametrize(("text", "ok"), [
    ("GB82 WEST 1234 5698 7654 32", True),
    ("GB82 WEST 1234 5698 7654 33", False),
    ("gb82west12345698765432", True),  # case and spaces do not matter
    ("DE89370400440532013000", True),
    ("DE89370400440532013001", False),
    ("GB82", False),  # too short
])
def test_mod97(text, ok):
    assert mod97_ok(text) is ok

"""Does a name or an id hold a personal value? The cheap check for what flowaudit writes
that came from the input's structure rather than its content: column names, record and
transfer ids, endpoints, actions, flow ids, file names.

An export can put a person where a name is expected: a record keyed by its owner's
e-mail, a pivoted CSV whose headers are people, an endpoint with `?email=` in its query,
a file called after a customer. Such a name must not reach an output verbatim.

Only the classifier's cheap validators run here (regexes, checksums, `phonenumbers`, the
first-name and surname lists): no spaCy and no Presidio, so the driver, which writes the
summary, can ask too. A false positive costs readability only (the name is written as a
pseudonym), so the checks lean to caution where a shape is unambiguous (an e-mail, a
valid card or IBAN, a phone number written as one) and keep to known names for people.
"""

from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import unquote, unquote_plus

import phonenumbers

from classifiers.columns import ColumnKind, value_shape
from classifiers.validators import iban_ok, luhn_ok

_EMAIL_ANYWHERE = re.compile(
    r"[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-])")
_SEPARATORS = re.compile(r"[\s/\\?&=#;,|<>\"'`{}\[\]()]+")
_SEGMENTS = re.compile(r"[/\\?&=#;|]+")
_INTERNATIONAL_PHONE = re.compile(r"^\+\d{8,15}$")
_CARD_RUN = re.compile(r"(?<!\d)[2-6](?:[ -]?\d){12,18}(?!\d)")  # card numbers start 2-6
_IBAN_RUN = re.compile(r"(?<![A-Z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}(?![A-Z0-9])")
_SSN_RUN = re.compile(r"(?<!\d)\d{3}-\d{2}-\d{4}(?!\d)")
_NAME_PARTS = re.compile(r"[._\-\s]+")
_PHONE_RUN = re.compile(r"(?<![\d.])\+?\(?\d[\d ().\-/]{5,22}\d(?![\d.])")
PHONE_REGIONS = ("US", "GB")
_NATIONAL_PHONE = re.compile(
    r"\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}"  # North American: (425) 555-0172, 425.555.0172
    r"|\(?0\d{2,4}\)?[ -]?\d{3,4}[ -]?\d{3,4}")  # British and most European: 0113 496 0060
PERSONAL_SHAPES = frozenset({ColumnKind.EMAIL_ADDRESS, ColumnKind.PHONE_NUMBER,
                             ColumnKind.CREDIT_CARD, ColumnKind.IBAN_CODE, ColumnKind.US_SSN})
MAX_CHECKED = 4096
"""Longer names are checked in their first characters only (and are rare: a name)."""


def _person_name(text: str) -> bool:
    """A person's name as ids and headers write one: 'Priya Raghunathan' (a known first
    name, then a capitalised word), or 'priya.raghunathan' / 'Raghunathan_Priya' (a known
    first name and a known surname side by side, any case)."""
    from classifiers.columns import has_first_name
    from classifiers.names import first_names, surnames

    if " " in text.strip() and has_first_name(text):
        return True
    words = [w.lower() for w in _NAME_PARTS.split(text) if w.isalpha() and len(w) > 1]
    first, last = first_names(), surnames()
    return any((a in first and b in last) or (a in last and b in first)
               for a, b in zip(words, words[1:], strict=False))


def _personal_token(token: str) -> bool:
    shape = value_shape(token)
    if shape is ColumnKind.PHONE_NUMBER or _INTERNATIONAL_PHONE.match(token):
        return _valid_phone(token)
    return shape in PERSONAL_SHAPES


@lru_cache(maxsize=65_536)
def holds_personal_value(text: str, names: bool = True) -> bool:
    """True when `text` (a name or id, not free text) holds an e-mail address, a phone
    number, a card number or IBAN that passes its checksum, a US SSN, or (with `names`)
    a person's name; URL escapes (`%40`, `+` for a space) are read too."""
    if not text or not text.strip():
        return False
    text = text[:MAX_CHECKED]
    forms = {text, unquote(text), unquote_plus(text)} if "%" in text or "+" in text else {text}
    return any(_holds(form, names) for form in forms)


def _holds(text: str, names: bool) -> bool:
    if "@" in text and _EMAIL_ANYWHERE.search(text):
        return True
    if any(luhn_ok(m.group()) for m in _CARD_RUN.finditer(text)):
        return True
    if any(iban_ok(m.group().replace(" ", "")) for m in _IBAN_RUN.finditer(text)):
        return True
    if _SSN_RUN.search(text):
        return True
    if any(_personal_token(token) for token in _SEPARATORS.split(text) if token):
        return True
    if any(_valid_phone(m.group()) for m in _PHONE_RUN.finditer(text)):
        return True  # '+44 20 7946 0958', 'Call(425) 555-0172': a phone number inside
    segments = [s.strip() for s in _SEGMENTS.split(text) if s.strip()]
    return names and any(_person_name(segment) for segment in segments)


def _valid_phone(run: str) -> bool:
    """A run of digits and separators that is a valid number, international or in the
    regions whose national forms are most common in exports (stricter than a column's
    check: an id like 20261001-0001 must not pass)."""
    digits = sum(c.isdigit() for c in run)
    if not 7 <= digits <= 15:
        return False
    if not run.startswith("+") and not _NATIONAL_PHONE.fullmatch(run.strip()):
        return False  # a bare number, a date, '2026-000123': an id more likely than a phone
    regions = (None,) if run.startswith("+") else PHONE_REGIONS
    for region in regions:
        try:
            number = phonenumbers.parse(run, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(number):
            return True
    return False

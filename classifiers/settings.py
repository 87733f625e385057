"""What the classifier needs to know, as plain frozen data (no YAML, no pydantic).

The pipeline's configuration builds these; the classifier never sees the rest of it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from classifiers.languages import DEFAULT_LANGUAGES
from classifiers.national_ids import NATIONAL_ID_ENTITIES

DEFAULT_MODEL = "en_core_web_sm"
DEFAULT_PERSONAL = (
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD",
    "IBAN_CODE", "US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN", "UK_NHS",
) + NATIONAL_ID_ENTITIES
"""Personal: identifies a person (names, contact details, cards, bank accounts and
government ids, the European national identifiers of `recognizers/national_id.py`
included). Customer-only: describes systems and organisations. `configs/default.yaml`
and the README name this same list; a test keeps them the same."""
DEFAULT_CUSTOMER = ("URL", "DOMAIN_NAME", "IP_ADDRESS", "ORGANIZATION", "DATE_TIME", "LOCATION")
KNOWN_ENTITIES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "US_SSN", "US_DRIVER_LICENSE", "US_PASSPORT", "US_ITIN", "UK_NHS", "US_BANK_NUMBER",
    "MEDICAL_LICENSE", "CRYPTO", "MAC_ADDRESS", "UUID", "NRP",
    "URL", "DOMAIN_NAME", "IP_ADDRESS", "ORGANIZATION", "DATE_TIME", "LOCATION",
}) | frozenset(NATIONAL_ID_ENTITIES)
"""The entity types the classifier's recognizers find (with a spaCy model that has the
usual PERSON / ORG / GPE / NORP / DATE labels), besides those of the config's own
recognizers. A name outside them would silently find nothing (`EMAIL` for
`EMAIL_ADDRESS`), so the config refuses it; tests/classifiers keeps this list equal to
what the recognizers support."""


@dataclass(frozen=True)
class PatternSpec:
    name: str
    regex: str
    score: float = 0.6


@dataclass(frozen=True)
class CustomRecognizerSpec:
    """A recognizer from the config: regex patterns with context words, or a deny list."""

    name: str
    entity: str
    patterns: tuple[PatternSpec, ...] = ()
    context: tuple[str, ...] = ()
    deny_list: tuple[str, ...] = ()
    checksum: str | None = None  # "luhn" | "iban" | "mod97"


@dataclass(frozen=True)
class ClassifierSettings:
    model: str = DEFAULT_MODEL
    score_threshold: float = 0.5
    personal_entities: tuple[str, ...] = DEFAULT_PERSONAL
    customer_entities: tuple[str, ...] = DEFAULT_CUSTOMER
    recognizers: tuple[CustomRecognizerSpec, ...] = field(default=())
    language: str = "en"
    languages: tuple[str, ...] = DEFAULT_LANGUAGES
    """The languages the tenant's text is expected in (ISO 639-1); each text is read as one
    of them."""
    models: tuple[tuple[str, str], ...] = ()
    """(language, spaCy package or folder) for languages other than English, whose
    entity recognizer then reads text in that language."""
    name_context_model: bool = True
    """Whether the learned name-context model (`name_context.py`) may drop a name found
    in a language it was trained on whose context reads as a namesake's."""

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(self.personal_entities + self.customer_entities))

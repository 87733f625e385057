"""What a column holds, inferred from its name and a sample of its values.

Structured data is scanned the way presidio-structured and piicatcher do it: decide once
per dataset and column what the column holds, then check each row's value with a cheap
validator for that kind (regex, checksum, `phonenumbers`) instead of full NLP. Free text
and columns that mix shapes go through the full Presidio + spaCy analysis, and so does
every value that fails its column's validator: an odd value never reads as clean.

Pure functions over small frozen values; nothing here knows Beam.
"""

from __future__ import annotations

import ipaddress
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

import phonenumbers

from classifiers.names import words
from classifiers.places import is_place
from classifiers.validators import iban_ok, luhn_ok


class ColumnKind(StrEnum):
    # values that are personal data by themselves
    PERSON = "PERSON"
    EMAIL_ADDRESS = "EMAIL_ADDRESS"
    PHONE_NUMBER = "PHONE_NUMBER"
    STREET_ADDRESS = "STREET_ADDRESS"
    CREDIT_CARD = "CREDIT_CARD"
    IBAN_CODE = "IBAN_CODE"
    US_SSN = "US_SSN"
    # customer data
    IP_ADDRESS = "IP_ADDRESS"
    LOCATION = "LOCATION"  # place names: a city column is customer data, not a person
    URL = "URL"
    DOMAIN_NAME = "DOMAIN_NAME"
    DATE_TIME = "DATE_TIME"
    NUMBER = "NUMBER"
    IDENTIFIER = "IDENTIFIER"
    # short text that names things, not people: product titles, OS names, categories
    LABEL = "LABEL"
    # analysed in full, value by value
    FREE_TEXT = "FREE_TEXT"
    MIXED = "MIXED"
    EMPTY = "EMPTY"


FULL_ANALYSIS = frozenset({ColumnKind.FREE_TEXT, ColumnKind.MIXED, ColumnKind.EMPTY})
NO_ENTITY = frozenset({ColumnKind.NUMBER, ColumnKind.IDENTIFIER, ColumnKind.LABEL})
"""Kinds whose valid values are no entity at all (an amount, a SKU, a row id)."""

COLUMN_SAMPLE_SIZE = 200
"""Values kept per column to infer its kind: enough to see a mix, small enough for a
side input of datasets × columns."""
DOMINANT_SHARE = 0.95
"""A column is read as one kind only when this share of its sampled values has that
shape; anything more mixed is analysed in full."""

# --- the shape of one value --------------------------------------------------------------

# Internal shapes besides the kinds: text that looks like a name, or an address.
NAME_LIKE = "NAME_LIKE"
ADDRESS_LIKE = "ADDRESS_LIKE"
WORDS = "WORDS"
NATIONAL_ID = "NATIONAL_ID"  # a valid identifier of a shape of its own: analysed in full

_EMAIL = re.compile(r"^[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}$")
_URL = re.compile(r"^(?:(?:https?|ftp)://|www\.)[^\s]+$", re.IGNORECASE)
_DOMAIN = re.compile(
    r"^(?=.{4,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{1,62}$",
    re.IGNORECASE)
_SSN = re.compile(r"^\d{3}-\d{2}-\d{4}$")
_CARD = re.compile(r"^\d(?:[ -]?\d){12,18}$")
_IBAN = re.compile(r"^[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}$")
_NUMBER = re.compile(r"^[-+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?%?$")
_PHONE = re.compile(
    r"^\+?[\d\s().\-/]{7,24}(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?$", re.IGNORECASE)
_DATE = re.compile(
    r"^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?"
    r"(?:Z|[+-]\d{2}:?\d{2})?)?$")
_IDENTIFIER = re.compile(r"^(?=[^\s]*\d)[A-Za-z0-9_.:#/-]{1,64}$|^[A-Z]{2,6}$")
_WORD = re.compile(r"^[^\W\d_][\w'’.-]*$")
_STRONG_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 .+-]{8,20}[A-Za-z0-9]$")
_LONG_DIGITS = re.compile(r"\d(?:[\s().\-/]*\d){6,}")
LABEL_MEAN_WORDS = 6
LABEL_MAX_WORDS = 12
NAME_EVIDENCE = 0.1
"""A short-text column is a label column when fewer than this share of its sampled values
are written like a person's full name (a known first name before another capitalised
word)..."""
FIRST_NAMES_ALONE = 0.5
"""... and fewer than this share are a known first name alone: one word that is also a first
name ("Pascal", "Thierry", "Marie") is as often a town's, a product's or a room's name,
but a column of them mostly is one of people."""
PEOPLE_SHARE = 0.5
"""A column of name-shaped values whose name says nothing is a column of people when at
least this share of its sampled values are written like full names with a known first
name: a person's name with an unlisted first name stands beside them in such a column."""
PLACE_SHARE = 0.5
"""A column of words whose name says neither person nor street is a column of places
when at least this share of its sampled values are known towns (`classifiers.places`):
"Martel", "Rossi", "Teruel" and "Berger" are towns too, but a column of people does not
hold towns half of the time."""
_HAS_DIGIT = re.compile(r"\d")
_HAS_LETTER = re.compile(r"[^\W\d_]")


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def phone_ok(value: str) -> bool:
    """A phone number in any common national or international writing, extensions too."""
    if not _PHONE.match(value):
        return False
    digits = _digits(re.split(r"(?i)x|ext|#", value)[0])
    if not 7 <= len(digits) <= 15:
        return False
    try:
        number = phonenumbers.parse(value, None if value.startswith("+") else "US")
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_possible_number(number) or len(digits) >= 9


def strong_national_id(value: str) -> bool:
    """A valid national identifier of a shape of its own (not bare digits, which any
    amount or id can be): codice fiscale, NIR, DNI/NIE, HETU, personnummer, NINO."""
    any_shape, shapes = _strong_id_shapes()
    if not any_shape.fullmatch(value):  # most values: one regex, no loop over the specs
        return False
    for spec, regexes in shapes:
        if any(regex.fullmatch(value) for regex in regexes):
            try:
                if spec.is_valid(value):
                    return True
            except Exception:  # stdnum raises on shapes it was never meant for
                continue
    return False


@cache
def _strong_id_shapes() -> tuple[re.Pattern, tuple[tuple[object, tuple[re.Pattern, ...]], ...]]:
    """The strong identifiers' shapes, compiled once: all of them as one alternation, and
    each spec's own."""
    from classifiers.national_ids import NATIONAL_IDS, STRONG

    specs = [spec for spec in NATIONAL_IDS if spec.score >= STRONG]
    any_shape = re.compile("|".join(f"(?:{regex})" for spec in specs for regex in spec.regexes))
    return any_shape, tuple((spec, tuple(map(re.compile, spec.regexes))) for spec in specs)


def _name_like(words: list[str]) -> bool:
    """How a person's name is written, titles and degrees included ('Dipl.-Ing. Stefano
    Ortmann B.A.'): up to seven words of letters, one of them capitalised."""
    return 0 < len(words) <= 7 and all(_WORD.match(w.rstrip(",")) for w in words) and any(
        w[:1].isupper() for w in words)


SURNAME_PARTICLES = words(
    "van von vom zu de der den del della dei di da dal du des la le lo ter ten te dos das do")
"""Lower-case words inside a surname ("van der Berg", "de la Fuente", "di Stefano")."""


def has_first_name(value: str) -> bool:
    """Written like a person's name: a known first name alone, or followed by another
    capitalised word ('Greta Ziegert'); 'Windows Server' and 'Port Jonathan' are not, nor
    is a name after a place's first word ('Saint Corinne', 'San Giovanni', 'Villa Lempa')."""
    from classifiers.names import first_names
    from classifiers.places import PLACE_WORDS

    names = first_names()
    words = [w.strip(".,;:'’()\"") for w in value.split()]
    if words and words[0].lower() in PLACE_WORDS:
        return False
    if len(words) == 1:
        return words[0].lower() in names
    surname = [w for w in words if w.lower() not in SURNAME_PARTICLES]  # "Finn van der Berg"
    return any(
        first[:1].isupper() and first.lower() in names and following[:1].isupper()
        for first, following in zip(surname, surname[1:], strict=False))


@cache
def _address_regexes() -> tuple[re.Pattern, ...]:
    from classifiers.recognizers.street_address import CAPITALISED, _address_patterns

    return tuple(re.compile(p.regex, re.MULTILINE) for p in _address_patterns(CAPITALISED))


def label_ok(value: str) -> bool:
    """A label names a thing: no e-mail, no long digit run (phone, card, account), no
    known first name, no street address. Anything else is analysed in full."""
    if "@" in value or _LONG_DIGITS.search(value) or has_first_name(value):
        return False
    return not any(regex.search(value) for regex in _address_regexes())


def value_shape(value: str) -> str | None:
    """The shape of one value; personal shapes are tested before the customer ones, so a
    card number in a numeric column does not pass as a number."""
    value = value.strip()
    if not value:
        return None
    if _EMAIL.match(value):
        return ColumnKind.EMAIL_ADDRESS
    if _URL.match(value):
        return ColumnKind.URL
    try:
        ipaddress.ip_address(value)
        return ColumnKind.IP_ADDRESS
    except ValueError:
        pass
    compact = value.replace(" ", "")
    if _IBAN.match(value) and iban_ok(compact):
        return ColumnKind.IBAN_CODE
    if _CARD.match(value) and luhn_ok(value):
        return ColumnKind.CREDIT_CARD
    if _SSN.match(value):
        return ColumnKind.US_SSN
    if _STRONG_ID.match(value) and strong_national_id(value):
        return NATIONAL_ID
    if _DATE.match(value):
        return ColumnKind.DATE_TIME
    if _NUMBER.match(value):
        return ColumnKind.NUMBER
    has_separator = any(c in value for c in " ()+-./")
    if has_separator and phone_ok(value):
        return ColumnKind.PHONE_NUMBER
    if _DOMAIN.match(value) and not value.replace(".", "").isdigit():
        return ColumnKind.DOMAIN_NAME
    if _IDENTIFIER.match(value):
        return ColumnKind.IDENTIFIER
    words = value.split()
    if _name_like(words):
        return NAME_LIKE
    if _HAS_DIGIT.search(value) and _HAS_LETTER.search(value) and len(words) <= 10:
        return ADDRESS_LIKE
    return WORDS


# --- the kind of one column --------------------------------------------------------------

_NAME_HINTS: tuple[tuple[ColumnKind, re.Pattern], ...] = tuple(
    (kind, re.compile(pattern)) for kind, pattern in (
        (ColumnKind.EMAIL_ADDRESS, r"e?mail|courriel|correo|posta|pec"),
        (ColumnKind.PHONE_NUMBER, r"phone|tel|telephone|mobile|cell|fax|msisdn|telefon|"
                                  r"telefono|teléfono|téléphone|telefoon|telefone|handy|mobil|"
                                  r"portable|móvil|movil|cellulare|gsm|komórka|komorka|"
                                  r"mobiel|rufnummer|telefonnummer"),
        (ColumnKind.IBAN_CODE, r"iban|bank|account|konto|compte|cuenta|conto|rekening|"
                               r"rachunek|bankverbindung|rib"),
        (ColumnKind.CREDIT_CARD, r"card|pan|cc|karte|carte|tarjeta|carta|kaart|karta"),
        (ColumnKind.US_SSN, r"ssn|social|tin|taxid"),
        (ColumnKind.STREET_ADDRESS, r"street|address|addr|line[12]?|strasse|straße|str|"
                                    r"adresse|anschrift|rue|dirección|direccion|domicilio|"
                                    r"calle|indirizzo|via|straat|adres|ulica|morada|"
                                    r"endereço|endereco|huisnummer|hausnummer"),
        (ColumnKind.PERSON, r"name|first|last|surname|given|family|fullname|contact|person|"
                            r"owner|author|assignee|requester|employee|manager|customer|"
                            r"patient|student|holder|recipient|sender|vorname|nachname|"
                            r"familienname|kunde|kundin|ansprechpartner|mitarbeiter|nom|"
                            r"prénom|prenom|client|cliente|interlocuteur|titulaire|nombre|"
                            r"apellido|apellidos|titular|nome|cognome|nominativo|"
                            r"intestatario|naam|voornaam|achternaam|klant|imię|imie|"
                            r"nazwisko|klient|odbiorca|nadawca|apelido|contacto|kontakt"),
        (ColumnKind.LOCATION, r"city|town|ort|wohnort|stadt|gemeinde|ville|commune|ciudad|"
                              r"localidad|municipio|città|citta|comune|località|localita|"
                              r"woonplaats|plaats|stad|gemeente|miasto|miejscowość|"
                              r"miejscowosc|cidade|location|place|municipality|region|"
                              r"country|land|pays|país|pais|paese|kraj"),
        (ColumnKind.IP_ADDRESS, r"ip|ipv4|ipv6|addr"),
        (ColumnKind.URL, r"url|uri|link|website|href"),
        (ColumnKind.DOMAIN_NAME, r"host|hostname|domain|fqdn|dns|server"),
    ))

_NATIONAL_ID_WORDS = re.compile(
    r"ssn|nir|insee|nif|nie|dni|bsn|pesel|svnr|vsnr|cpr|hetu|pps|ppsn|nino|niss|insz|rrn|"
    r"idnr|tin|cf|personnummer|personnr|burgerservicenummer|sofinummer|rijksregisternummer|"
    r"contribuinte|henkilötunnus|codicefiscale|steuerid|steueridnr|sozialversicherungsnummer|"
    r"versicherungsnummer|securitesociale|sécuritésociale|numerosecu|secu")
"""Column names of national identifiers (whole words, or the name written together)."""


KEY_WORDS = frozenset({"id", "ids", "uuid", "guid", "key", "code", "no", "num", "ref", "count",
                       "type", "status", "category", "segment", "tier", "flag"})
"""A column name ending in one of these holds a key or a category, whatever precedes it:
`customer_id` is no person."""


def _column_words(column: str) -> list[str]:
    spaced = re.sub(r"([a-z])([A-Z])", r"\1 \2", column)
    return [w for w in re.split(r"[\W_]+", spaced.lower()) if w]


def national_id_hint(column: str) -> bool:
    """Does the column's name say it holds a national identifier ('Steuer-ID', 'bsn',
    'codice_fiscale', 'numéro_sécurité_sociale')?"""
    words = _column_words(column)
    return any(_NATIONAL_ID_WORDS.fullmatch(w) for w in words + ["".join(words)]) or any(
        _NATIONAL_ID_WORDS.fullmatch("".join(words[i:i + 2])) for i in range(len(words)))


def name_hints(column: str) -> frozenset[ColumnKind]:
    """What the column's name suggests: `contact.homePhone` -> {PHONE_NUMBER}."""
    words = _column_words(column)
    if words and words[-1] in KEY_WORDS:
        return frozenset()
    # The last word says most ("contact.homePhone" is a phone); the rest only when it is mute.
    for candidates in ([words[-1]] if words else [], words + ["".join(words)]):
        hints = {kind for kind, pattern in _NAME_HINTS
                 if any(pattern.fullmatch(w) for w in candidates)}
        if hints:
            break
    return frozenset(hints)


def infer_kind(column: str, values: Iterable[str]) -> ColumnKind:
    """A column's kind from its name and sampled values (non-empty strings)."""
    values = [v for v in values if v.strip()]
    shapes = Counter(value_shape(v) for v in values)
    shapes.pop(None, None)
    total = sum(shapes.values())
    if not total:
        return ColumnKind.EMPTY
    hints = name_hints(column)

    def share(*kinds) -> float:
        return sum(shapes[k] for k in kinds) / total

    if national_id_hint(column) or share(NATIONAL_ID) >= 0.5:
        return ColumnKind.MIXED  # each value through its identifier's check and context
    if ColumnKind.PHONE_NUMBER in hints and sum(map(phone_ok, values)) / total >= DOMINANT_SHARE:
        return ColumnKind.PHONE_NUMBER
    dominant, count = shapes.most_common(1)[0]
    if count / total >= DOMINANT_SHARE and dominant in ColumnKind.__members__:
        kind = ColumnKind(dominant)
        if kind is ColumnKind.NUMBER and hints & {ColumnKind.PHONE_NUMBER, ColumnKind.CREDIT_CARD,
                                                  ColumnKind.US_SSN, ColumnKind.IBAN_CODE}:
            return ColumnKind.MIXED  # numbers where the name says personal: look closely
        if kind is ColumnKind.IDENTIFIER and hints & {ColumnKind.PERSON}:
            return ColumnKind.MIXED  # a "name" column of codes: unusual, look closely
        return kind
    text = share(NAME_LIKE, ADDRESS_LIKE, WORDS)
    if ColumnKind.PERSON in hints and share(NAME_LIKE) >= DOMINANT_SHARE:
        return ColumnKind.PERSON
    if ColumnKind.STREET_ADDRESS in hints and text >= DOMINANT_SHARE \
            and share(ADDRESS_LIKE) >= 0.5:
        return ColumnKind.STREET_ADDRESS
    if ColumnKind.LOCATION in hints and share(NAME_LIKE, WORDS) >= DOMINANT_SHARE \
            and not hints & {ColumnKind.PERSON, ColumnKind.STREET_ADDRESS}:
        return ColumnKind.LOCATION
    if text < DOMINANT_SHARE:
        return ColumnKind.MIXED
    about_people = hints & {ColumnKind.PERSON, ColumnKind.STREET_ADDRESS}
    if not about_people and share(NAME_LIKE, WORDS) >= DOMINANT_SHARE \
            and sum(map(is_place, values)) / total >= PLACE_SHARE:
        return ColumnKind.LOCATION
    lengths = [len(v.split()) for v in values]
    short = max(lengths) <= LABEL_MAX_WORDS and sum(lengths) / total <= LABEL_MEAN_WORDS
    named = [has_first_name(v) for v in values]
    full_names = sum(n and len(v.split()) > 1 for n, v in zip(named, values, strict=True))
    if not about_people and share(NAME_LIKE) >= DOMINANT_SHARE \
            and full_names / total >= PEOPLE_SHARE:
        return ColumnKind.PERSON  # "Verantwortlich", "responsable": people, header aside
    if not about_people and short and full_names / total < NAME_EVIDENCE \
            and sum(named) / total < FIRST_NAMES_ALONE:
        return ColumnKind.LABEL
    return ColumnKind.FREE_TEXT


def check_value(kind: ColumnKind, value: str) -> bool:
    """Does this row's value fit its column's kind? If not, it is analysed in full."""
    if kind in FULL_ANALYSIS:
        return False
    shape = value_shape(value)
    if kind is ColumnKind.PERSON:
        return shape == NAME_LIKE
    if kind is ColumnKind.STREET_ADDRESS:
        return shape in (ADDRESS_LIKE, NAME_LIKE, WORDS)
    if kind is ColumnKind.PHONE_NUMBER:
        return phone_ok(value)
    if kind is ColumnKind.LABEL:
        return shape in (NAME_LIKE, ADDRESS_LIKE, WORDS) and label_ok(value)
    if kind is ColumnKind.LOCATION:
        return shape in (NAME_LIKE, WORDS) and "@" not in value
    return shape == kind


# --- a dataset's profile -----------------------------------------------------------------

@dataclass(frozen=True)
class DatasetProfile:
    """Each column of one dataset and what it was read as (a side input: small)."""

    dataset: str
    columns: tuple[tuple[str, ColumnKind], ...]
    sampled: tuple[tuple[str, int], ...] = ()

    def kind(self, column: str) -> ColumnKind:
        """Unknown columns (not in the sample) are analysed in full."""
        return dict(self.columns).get(column, ColumnKind.MIXED)


def infer_profile(dataset: str, rows: Iterable[Mapping[str, str]] | Mapping[str, list[str]],
                  sample_size: int = COLUMN_SAMPLE_SIZE) -> DatasetProfile:
    """The profile from rows (dicts) or from column -> sampled values."""
    if isinstance(rows, Mapping):
        samples = {column: list(values)[:sample_size] for column, values in rows.items()}
    else:
        samples: dict[str, list[str]] = {}
        for row in rows:
            for column, value in row.items():
                kept = samples.setdefault(column, [])
                if len(kept) < sample_size and value is not None and str(value).strip():
                    kept.append(str(value))
    columns = tuple(sorted((c, infer_kind(c, v)) for c, v in samples.items()))
    sampled = tuple(sorted((c, len(v)) for c, v in samples.items()))
    return DatasetProfile(dataset, columns, sampled)

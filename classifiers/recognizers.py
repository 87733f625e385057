"""Recognizers that stock Presidio lacks, and those built from the config."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer

from classifiers.settings import CustomRecognizerSpec

STREET_SUFFIXES = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|way|"
    "terrace|close|crescent|square|sq|parkway|pkwy|highway|hwy|row|gardens|grove|hill|mews|"
    "circle|cir|trail|walk|strasse|straße|weg|gasse|platz|allee|rue|via|calle"
)
STREET_ADDRESS = (
    r"\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?,?\s+(?:[A-Z][\w'’.-]*\s+){0,4}"
    rf"(?:{STREET_SUFFIXES})\b\.?"
)
STREET_FIRST = (  # continental order: "Hauptstraße 12", "Rue de Rivoli 5" is rarer; keep it narrow
    r"\b[A-Z][\w'’-]*(?:strasse|straße|weg|gasse|platz|allee|straat|laan|gade|vej)\s+\d{1,4}[a-z]?\b"
)


def street_address_recognizer() -> PatternRecognizer:
    """Street addresses: Presidio ships no recognizer for them.

    A number followed by up to four capitalised words and a street suffix, or the
    German/Dutch/Nordic compound form. Context words raise the score.
    """
    return PatternRecognizer(
        supported_entity="STREET_ADDRESS",
        name="StreetAddressRecognizer",
        patterns=[
            Pattern("number street suffix", STREET_ADDRESS, 0.6),
            Pattern("compound street number", STREET_FIRST, 0.6),
        ],
        context=["address", "street", "lives", "live", "located", "ship", "deliver", "mail"],
    )


DOMAIN_NAME = (
    r"\b(?=[a-z0-9-]{1,63}\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|internal|local|lan|corp|cloud|dev|app|co|biz|info|gov|edu|"
    r"[a-z]{2})\b"
)


def domain_name_recognizer() -> PatternRecognizer:
    """Host and DNS names (customer data, not personal data): Presidio only has URL."""
    return PatternRecognizer(
        supported_entity="DOMAIN_NAME",
        name="DomainNameRecognizer",
        patterns=[Pattern("dns name", DOMAIN_NAME, 0.5)],
        context=["host", "hostname", "domain", "dns", "server", "fqdn"],
    )


def luhn_ok(digits: str) -> bool:
    numbers = [int(c) for c in digits if c.isdigit()]
    if len(numbers) < 2:
        return False
    total = 0
    for index, number in enumerate(reversed(numbers)):
        if index % 2:
            number *= 2
            number -= 9 if number > 9 else 0
        total += number
    return total % 10 == 0


def mod97_ok(text: str) -> bool:
    """ISO 7064 mod 97-10, the IBAN check."""
    compact = "".join(c for c in text if c.isalnum()).upper()
    if len(compact) < 5:
        return False
    rearranged = compact[4:] + compact[:4]
    try:
        return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
    except ValueError:
        return False


CHECKSUMS = {"luhn": luhn_ok, "iban": mod97_ok, "mod97": mod97_ok}


class _ChecksumPatternRecognizer(PatternRecognizer):
    def __init__(self, checksum: str, **kwargs) -> None:
        self._check = CHECKSUMS[checksum]
        super().__init__(**kwargs)

    def validate_result(self, pattern_text: str) -> bool:
        return self._check(pattern_text)


def custom_recognizer(spec: CustomRecognizerSpec) -> EntityRecognizer:
    """A recognizer from the config; patterns with an optional checksum, or a deny list."""
    common = {
        "supported_entity": spec.entity,
        "name": spec.name,
        "context": list(spec.context) or None,
    }
    if spec.deny_list:
        return PatternRecognizer(deny_list=list(spec.deny_list), **common)
    patterns = [Pattern(p.name, p.regex, p.score) for p in spec.patterns]
    if spec.checksum:
        return _ChecksumPatternRecognizer(spec.checksum, patterns=patterns, **common)
    return PatternRecognizer(patterns=patterns, **common)

"""Host and DNS names: customer data that Presidio's URL recognizer does not cover."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

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

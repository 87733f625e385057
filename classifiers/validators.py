"""Checksums that tell a real card or IBAN from a number of the same length."""

from __future__ import annotations


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


iban_ok = mod97_ok

CHECKSUMS = {"luhn": luhn_ok, "iban": mod97_ok, "mod97": mod97_ok}

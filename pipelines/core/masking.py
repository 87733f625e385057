"""Masked previews: enough of a row's shape to find it, none of its content."""

from __future__ import annotations

import unicodedata

PREVIEW_LENGTH = 120


def mask_text(text: str, limit: int = PREVIEW_LENGTH) -> str:
    """Keep punctuation and spacing, replace letters with x/X and digits with 9.

    Control and bidirectional-override characters become '?', so a preview never
    reorders or hides the text around it in a terminal or a browser.
    """
    out = text[:limit].translate(_MASK)
    if len(text) > limit:
        out += f"... (+{len(text) - limit} chars)"
    return out


class _MaskTable(dict):
    """What each character becomes in a preview, worked out on first sight: every row
    gets a preview, so `str.translate` does the work and this only the new characters."""

    MAX_ENTRIES = 4096  # a text of a million distinct characters must not grow it for good

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if char.isnumeric():  # also '²', '¼', '٣'
            masked = "9"
        elif char.isalpha():
            masked = "X" if char.isupper() else "x"
        elif unicodedata.category(char).startswith("M"):  # a combining accent: part of
            masked = ""                                      # the letter it follows
        elif char.isspace():
            masked = " "
        elif char.isprintable() and code < 0x2000:
            masked = char
        else:
            masked = "?"
        if len(self) < self.MAX_ENTRIES:
            self[code] = masked
        return masked


_MASK = _MaskTable()


def _escape(char: str) -> str:
    return f"\\u{ord(char):04x}" if ord(char) <= 0xFFFF else f"\\U{ord(char):08x}"


def printable(text: str) -> str:
    """Text safe to print in a terminal and to render in a report: control characters
    (ESC starts terminal escapes, OSC 8 hyperlinks), bidirectional and other format
    characters (U+202E shows 'txt.exe' as 'exe.txt') and line or paragraph separators
    are written as visible escapes (`\\u202e`); everything else is kept."""
    if text.isprintable():
        return text
    return "".join(_escape(char) if unicodedata.category(char) in _UNPRINTABLE else char
                   for char in text)


_UNPRINTABLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})

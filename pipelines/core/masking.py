"""Masked previews: enough of a row's shape to find it, none of its content."""

from __future__ import annotations

import unicodedata

PREVIEW_LENGTH = 120


def mask_text(text: str, limit: int = PREVIEW_LENGTH) -> str:
    """Keep punctuation and spacing, replace letters with x/X and digits with 9.

    Control and bidirectional-override characters become '?', so a preview never
    reorders or hides the text around it in a terminal or a browser.
    """
    out = []
    for char in text[:limit]:
        if char.isnumeric():  # also '²', '¼', '٣'
            out.append("9")
        elif char.isalpha():
            out.append("X" if char.isupper() else "x")
        elif unicodedata.category(char).startswith("M"):  # a combining accent: part of
            out.append("")                                # the letter it follows
        elif char.isspace():
            out.append(" ")
        elif char.isprintable() and ord(char) < 0x2000:
            out.append(char)
        else:
            out.append("?")
    if len(text) > limit:
        out.append(f"... (+{len(text) - limit} chars)")
    return "".join(out)


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

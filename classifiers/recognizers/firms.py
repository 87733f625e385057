"""A firm's own contact data: the street and phone line that a receipt, an imprint or a
letterhead gives right under the firm's name are no data subject's."""

from __future__ import annotations

import re

LEGAL_FORM = re.compile(
    r"(?<![\w.-])(?:GmbH|AG|KG|OHG|UG|GbR|KGaA|e\.K\.|e\.V\.|SARL|SAS|SASU|EURL|SNC|SA|"
    r"S\.A\.U?|S\.L\.(?:N\.E\.?|U\.?|L\.?)?|SLU?|S\.Coop\.?|S\.Com\.?|S\.r\.l\.?|SRL|Srl|"
    r"S\.p\.A\.?|SpA|SPA|B\.V\.?|BV|N\.V\.?|NV|VOF|Sp\. z o\.o\.|s\.c\.|sp\.k\.|sp\.j\.|"
    r"Ltd|PLC|Inc|LLC)(?![\w-])|(?i:(?<![\w.-])(?:s\.r\.l\.|sp\. z o\.o\.|s\.a\.|b\.v\.))")
"""A firm's legal form as firms write it (case matters for the short ones: "SA", not "sa")."""


def under_a_firm(text: str, start: int) -> bool:
    """Does a firm's legal form stand before `start` on its line, or on the line just above
    it, as in "Bärer Krause KG – Filiale Gera, Sergei-Röhrdanz-Straße 98" or a letterhead's
    "Budig GmbH\nDietzring 29"? Not further up: a shipping label's sender ("Absender:
    Budig GmbH") stands above the recipient's name and street, which are a person's."""
    line = text.rfind("\n", 0, start)
    begin = 0 if line < 0 else text.rfind("\n", 0, line) + 1
    return bool(LEGAL_FORM.search(text, begin, start))

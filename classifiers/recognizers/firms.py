"""A firm's own contact data: the street, phone line and mailbox that a receipt, an imprint,
a privacy notice or a letterhead gives under the firm's name are no data subject's."""

from __future__ import annotations

import re

LEGAL_FORM = re.compile(
    r"(?<![\w.-])(?:GmbH|AG|KG|OHG|UG|GbR|KGaA|e\.K\.|e\.V\.|SARL|SAS|SASU|EURL|SNC|SA|"
    r"S\.A\.U?|S\.L\.(?:N\.E\.?|U\.?|L\.?)?|SLU?|S\.Coop\.?|S\.Com\.?|S\.r\.l\.?|SRL|Srl|"
    r"S\.p\.A\.?|SpA|SPA|B\.V\.?|BV|N\.V\.?|NV|VOF|Sp\. z o\.o\.|s\.c\.|sp\.k\.|sp\.j\.|"
    r"Ltd|PLC|Inc|LLC)(?![\w-])|(?i:(?<![\w.-])(?:s\.r\.l\.|sp\. z o\.o\.|s\.a\.|b\.v\.))")
"""A firm's legal form as firms write it (case matters for the short ones: "SA", not "sa")."""
BLOCK_LINES = 6
"""How many lines above a street or number its firm's name may stand (a letterhead)."""


def under_a_firm(text: str, start: int) -> bool:
    """Does a firm's legal form stand before `start` in its paragraph (up to a blank line,
    a few lines back), as in "Bärer Krause KG – Filiale Gera, Sergei-Röhrdanz-Straße 98" or
    a privacy notice's "Budig GmbH\nDietzring 29\n...\nTelefon: 0221 555 1400"?"""
    paragraph = text.rfind("\n\n", 0, start)
    begin = start
    for _ in range(BLOCK_LINES):
        begin = text.rfind("\n", 0, begin)
        if begin < 0:
            break
    begin = max(begin + 1, paragraph + 2 if paragraph >= 0 else 0)
    return bool(LEGAL_FORM.search(text, begin, start))

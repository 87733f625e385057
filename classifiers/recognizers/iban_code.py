"""IBANs, checked by `python-stdnum` (country length and mod 97), in any letter case.

Presidio's own recognizer is loaded case-insensitive, and then a word after a number
written without spaces joins the match ("ES07 ... 5514 pertenece" reads as one candidate
of 4-letter groups), which fails the check, so the IBAN is lost. Here a failed candidate
is cut back, a group at a time, until what remains passes or nothing does.
"""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult
from stdnum import iban

from classifiers.recognizers.firms import LEGAL_FORM, names_a_firm
from classifiers.recognizers.local_name import WORD, firm_named

CANDIDATE = re.compile(
    r"(?:(?<![\w])|(?<=\?3[01]))[A-Za-z]{2}\d{2}(?:[ ]?[A-Za-z0-9]{4}){2,7}"
    r"(?:[ ]?[A-Za-z0-9]{1,3})?(?![\w])")
GROUP_END = re.compile(r"[ ]?[A-Za-z0-9]{1,4}$")
IBAN_HINT = re.compile(r"(?:(?<![\w])|(?<=\?3[01]))[A-Za-z]{2}\d{2}[ ]?[A-Za-z0-9]{4}")
"""What every IBAN opens with: a cheap look before the full search. MT940's "?31" subfield
runs into the IBAN it holds."""


PAYEE = re.compile(
    r"(?i)(?<!\w)(?:zugunsten(?: von)?|zu gunsten(?: von)?|empfänger|kontoinhaber|an|"
    r"au profit de|à l'ordre de|bénéficiaire|titulaire|a favor de|beneficiario|titular|"
    r"intestato a|a favore di|bonifico da|t\.n\.v\.|ten name van|op naam van|na rachunek|"
    r"odbiorca|na konto)"
    r"[ \t:]+(?P<payee>[^\n]{2,80})")
"""A phrase that names an account's holder, and what follows it on the line."""
HOLDER_FIELD = re.compile(r"(?:\?3[23]|/NAME/|<Nm>)(?P<payee>[^\n<?/]{2,80})")
"""A bank statement's field of a party's name: MT940's "?32" and "/NAME/", camt.053's
"<Nm>"."""
STATEMENT_REACH = 200
"""How far before an IBAN a statement names its holder (camt.053: two elements up)."""
WINDOW = 160
"""How far around an IBAN its holder may be named (an invoice's payment line)."""
FIRM_NAME_FIELD = re.compile(
    r"(?im)^[ \t]*(?:firma|firmenname|raison sociale|dénomination sociale|razón social|"
    r"denominación social|ragione sociale|denominazione sociale|bedrijfsnaam|handelsnaam|"
    r"statutaire naam|nazwa firmy|company name)[ \t]*:[ \t]*(?P<firm>[^\n]{2,120})")
"""A form's field that names the firm the form is about ("Raison sociale : Gomes SARL")."""
FIRM_REGISTRATION = re.compile(
    r"(?i)(?<![\w-])(?:ust-?id(?:nr)?\.?|handelsregister|hrb|siret|siren|tva intracommunautaire|"
    r"cif|registro mercantil|p\.[ \t]?iva|partita iva|rea|kvk|btw-?(?:nummer|id)|nip|krs|regon|"
    r"vat(?: no\.?| number)?)(?![\w-])")
"""A firm's registration or VAT number's label: only firms have one of each."""


def iban_spans(text: str) -> list[tuple[int, int]]:
    """Where valid IBANs stand in the text, each cut back to what passes the check."""
    spans = []
    for match in CANDIDATE.finditer(text):
        candidate = match.group()
        while len(candidate) >= 15:
            if iban.is_valid(candidate):
                spans.append((match.start(), match.start() + len(candidate)))
                break
            candidate = GROUP_END.sub("", candidate)
    return spans


IBAN_SHAPE = re.compile(
    r"(?<![\w])[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]{4}){3,7}(?:[ ]?[A-Z0-9]{1,3})?(?![\w])")
"""An IBAN's shape, capitals only, whether or not its check digits hold."""


def iban_shaped_spans(text: str) -> list[tuple[int, int]]:
    """Where IBANs stand, valid or not: the digits of a mistyped or made-up IBAN ("FR76 3000
    4008 2800 0102 3456 789") are no phone or card number of their own either."""
    return sorted({*iban_spans(text), *((m.start(), m.end()) for m in IBAN_SHAPE.finditer(text))})


DONATION_LABEL = re.compile(
    r"(?i)(?<![^\W\d_])(?:spendenkonto|spenden|dons|donativos|donaciones|donazioni|"
    r"erogazioni liberali|donaties|giften|darowizn\w*|donations?)(?![^\W\d_])"
    r"[ \t]*:[ \t]*(?:iban[ \t]*:?[ \t]*)?\Z")
"""A label of an account for donations right before the IBAN ("Spendenkonto: IBAN", "IBAN
pour les dons :", "Cuenta para donativos:", "Konto na darowizny:"): a charity's account,
which it publishes for anyone to give to."""


def donation_account(text: str, start: int) -> bool:
    """Does a donations' label stand right before the IBAN at `start`?"""
    return bool(DONATION_LABEL.search(text, max(0, start - 40), start))


def firm_account(text: str, start: int, end: int) -> bool:
    """Is the account at start..end named as a firm's: a payee phrase on its line, then a
    firm's legal form ("an Budig GmbH, IBAN ...", "... t.n.v. Loyens & Loeff B.V.", partners
    between: "intestato a Crespi, Ferragni e Tozzo s.r.l."), or a bank statement's party
    field naming a firm? A firm's own account on its invoice or statement is no data
    subject's."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    window = text[max(line_start, start - WINDOW):
                  min(len(text) if line_end < 0 else line_end, end + WINDOW)]
    payees = [m.group("payee") for m in PAYEE.finditer(window)]
    if any(_a_firm(payee) for payee in payees):
        return True
    if not payees and a_firms_data_sheet(text):
        return True
    # a statement's party: the name field just before the IBAN, or after it on its line
    before = list(HOLDER_FIELD.finditer(text, max(0, start - STATEMENT_REACH), start))
    after = HOLDER_FIELD.search(text, end, len(text) if line_end < 0 else line_end)
    return any(_a_firm(m.group("payee")) for m in (before[-1] if before else None, after) if m)


def a_firms_data_sheet(text: str) -> bool:
    """Is the text a firm's own data sheet (a supplier's form): a field naming the firm
    with its legal form, and the firm's registration or VAT number? The account it gives
    is the firm's, though no payee phrase says so."""
    return any(LEGAL_FORM.search(m.group("firm")) for m in FIRM_NAME_FIELD.finditer(text)) \
        and bool(FIRM_REGISTRATION.search(text))


def _a_firm(payee: str) -> bool:
    first = WORD.match(payee)
    return firm_named(payee) or bool(first) and names_a_firm(payee, 0, first.end())


class IbanCodeRecognizer(EntityRecognizer):
    SCORE = 1.0  # a checksum and a country's exact length: no doubt left

    def __init__(self) -> None:
        super().__init__(supported_entities=["IBAN_CODE"], name="IbanCodeRecognizer",
                         supported_language="en")

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        return [RecognizerResult("IBAN_CODE", start, end, self.SCORE)
                for start, end in iban_spans(text)
                if not firm_account(text, start, end) and not donation_account(text, start)]

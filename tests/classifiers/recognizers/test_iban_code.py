"""IbanCodeRecognizer by itself: IBANs checked by stdnum, a word glued after them or not."""

from __future__ import annotations

import pytest

from classifiers.recognizers.iban_code import IbanCodeRecognizer, iban_shaped_spans
from tests.classifiers.recognizers.assertions import assert_results

ENTITY = "IBAN_CODE"
RECOGNIZER = IbanCodeRecognizer()

FOUND = [
    ("la cuenta ES0710122283764598455514 pertenece", "ES0710122283764598455514", 10, 34),
    ("IBAN DE89 3704 0044 0532 0130 00 bitte prüfen", "DE89 3704 0044 0532 0130 00", 5, 32),
    ("iban de89370400440532013000", "de89370400440532013000", 5, 27),
    ("GB82 WEST 1234 5698 7654 32", "GB82 WEST 1234 5698 7654 32", 0, 27),
]


@pytest.mark.parametrize(("text", "span", "start", "end"), FOUND)
def test_iban_found(text, span, start, end):
    results = RECOGNIZER.analyze(text, [ENTITY])
    assert_results(results, text, ENTITY, [(span, start, end, 1.0, 1.0)])


@pytest.mark.parametrize("text", ["IBAN DE89370400440532013001", "ref AB12CDEF34567890",
                                  "ES07101222837645984555"])  # wrong check, no country, short
def test_iban_not_found(text):
    assert RECOGNIZER.analyze(text, [ENTITY]) == []


@pytest.mark.parametrize(("text", "spans"), [
    # valid or not, an IBAN's digits are no phone number of their own
    ("IBAN pour les dons : FR76 3000 4008 2800 0102 3456 789",
     ["FR76 3000 4008 2800 0102 3456 789"]),
    ("IBAN DE89 3704 0044 0532 0130 00", ["DE89 3704 0044 0532 0130 00"]),
    ("iban de89370400440532013000", ["de89370400440532013000"]),  # valid in lower case
    # too short for an IBAN, or not in capitals and not valid
    ("Raum DE12 4711 0815", []),
    ("ab12 3456 7890 1234 5678", []),
])
def test_iban_shaped_spans(text, spans):
    assert [text[a:b] for a, b in iban_shaped_spans(text)] == spans


PAYEE_LINES = [
    # (text, a private account?): a firm named as the payee on the line makes the account
    # the firm's; a person's, or no payee, keeps it personal
    ("Bitte überweisen Sie an Budig GmbH, IBAN DE89 3704 0044 0532 0130 00.", False),
    ("transferencia a favor de Querol y Asociados S.L., IBAN ES91 2100 0418 4502 0005 1332",
     False),
    ("over te maken op NL91 ABNA 0417 1643 00 t.n.v. Loyens & Loeff B.V. te Utrecht", False),
    ("na rachunek Grupa Kowalski sp. z o.o.: PL61 1090 1014 0000 0712 1981 2874", False),
    ("Bitte überweisen Sie an Herrn Max Budig, IBAN DE89 3704 0044 0532 0130 00.", True),
    ("Erstattung auf DE89 3704 0044 0532 0130 00 (Kunde 4411), Budig GmbH", True),
    ("IBAN DE89 3704 0044 0532 0130 00", True),
    # partners before the legal form; a statement's party fields (MT940 ?32 and /NAME/,
    # camt.053 <Nm> two elements up)
    ("c/c intestato a Crespi, Ferragni e Tozzo s.r.l. – IBAN IT60X0542811101000000123456",
     False),
    ("BONIFICO A FAVORE DI Vezzali e figli S.r.l. - IBAN BENEF. IT60X0542811101000000123456",
     False),
    (":86:166?00SEPA-GUTSCHRIFT?31DE89370400440532013000?32Schottin GmbH & Co. OHG", False),
    (":86:/TRTP/SEPA OVERBOEKING/IBAN/NL91ABNA0417164300/BIC/ABNANL2A/NAME/Dachgelt B.V./",
     False),
    ("<Dbtr><Nm>Bouchet S.A.R.L.</Nm></Dbtr>\n<DbtrAcct><Id><IBAN>FR1420041010050500013M02606"
     "</IBAN></Id></DbtrAcct>", False),
    (":86:166?00SEPA-GUTSCHRIFT?31DE89370400440532013000?32Anna Schottin", True),
    ("<Dbtr><Nm>Anna Bouchet</Nm></Dbtr>\n<DbtrAcct><Id><IBAN>FR1420041010050500013M02606"
     "</IBAN></Id></DbtrAcct>", True),
    # a firm's own data sheet: a field naming the firm with its legal form, and its
    # registration or VAT number
    ("Firma: Hamann Stiftung & Co. KG\nHandelsregister: HRB 115054\n"
     "Bankverbindung: IBAN DE89 3704 0044 0532 0130 00", False),
    ("Raison sociale : Gomes SARL\nSIRET : 552 081 317 00027\n"
     "RIB : IBAN FR14 2004 1010 0505 0001 3M02 606", False),
    ("Nazwa firmy: Lew-Suszko sp. z o.o.\nNIP: 779-241-38-21\n"
     "Rachunek bankowy: PL61 1090 1014 0000 0712 1981 2874", False),
    ("Firma: Hamann Stiftung & Co. KG\nAnsprechpartner: Anna Roth\n"
     "IBAN (privat): DE89 3704 0044 0532 0130 00", True),  # no registration number
    ("Firma: Hamann\nUSt-IdNr.: DE 281 493 576\nIBAN DE89 3704 0044 0532 0130 00",
     True),  # no legal form: a sole trader's account may be the person's
    ("Firma: Hamann GmbH, USt-IdNr. DE 281 493 576\n"
     "Erstattung an Anna Roth, IBAN DE89 3704 0044 0532 0130 00", True),
    # a charity's account for donations, which it publishes
    ("Spendenkonto: IBAN DE89 3704 0044 0532 0130 00", False),
    ("Cuenta para donativos: ES91 2100 0418 4502 0005 1332", False),
    ("iban per le donazioni: it60 x054 2811 1010 0000 0123 456", False),
    ("Konto na darowizny: PL61 1090 1014 0000 0712 1981 2874", False),
    ("Spende von Anna Roth erhalten, IBAN DE89 3704 0044 0532 0130 00", True),
]


@pytest.mark.parametrize(("text", "private"), PAYEE_LINES)
def test_a_firms_own_account_is_no_personal_iban(text, private):
    assert bool(RECOGNIZER.analyze(text, [ENTITY])) is private

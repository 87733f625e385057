"""Specimen values: what official samples, form-filling guides, manuals and test data fill
fields with so that nobody's real data shows ("Erika Mustermann", "Musterstraße 1", "ul.
Przykładowa 1", "0221 1234567", the PESEL printed on the Polish identity card's specimen, a payment
provider's test card, the IBAN registry's example IBANs).
They are no data subject's.

Two kinds:
- a value that says so itself: a placeholder surname nobody bears ("Mustermann", "Fulano",
  "Doe"), a street named "Example";
- a value that samples use but that could be someone's ("Jan Kowalski", "Mario Rossi", a
  phone number whose last digits count up or repeat, an identifier printed on sample cards,
  a payment provider's test card, an example IBAN): a specimen only in a text that says
  its data are fictitious, test data or a sandbox's. Anywhere else it counts, as a scanner
  that fails closed must ("Bitte zurückrufen: 03012345678" is someone's number).
"""

from __future__ import annotations

import re

from classifiers.names import fold, words

PLACEHOLDER_NAME_WORDS = frozenset({
    "mustermann", "musterfrau", "musterkunde", "musterkundin", "normalverbraucher",  # de
    "modaal",  # nl: "Jan Modaal"
    "fulano", "mengano", "zutano", "perengano",  # es
    "tizio", "sempronio",  # it
    "doe",  # en: "John Doe"
})
"""Words of the names samples are filled with and nobody is called by."""

SAMPLE_NAMES = frozenset({
    ("jan", "kowalski"), ("anna", "kowalska"), ("mario", "rossi"), ("maria", "rossi"),
    ("jean", "dupont"), ("marie", "dupont"), ("juan", "perez"), ("juan", "espanol"),
    ("carmen", "espanola"), ("jan", "jansen"), ("piet", "jansen"), ("max", "muller"),
    ("willeke", "bruijn"), ("willeke", "liselotte"),  # the Dutch specimen passport's
})
"""Names samples use that people bear too: a specimen only where the text says so."""

SPECIMEN_DECLARED = re.compile(
    r"(?i)\b(?:fiktiv\w*|erfunden\w*|beispieldaten|musterdaten|musterformular|"
    r"fictif|fictive|fictifs|fictives|inventée?s?|spécimen|specimen|"
    r"ficticio|ficticia|ficticios|ficticias|inventados|inventadas|datos de ejemplo|"
    r"fittizi[oae]?|inventat[oiae]|fac-?simile|dati di esempio|"
    r"fictief|fictieve|verzonnen|voorbeeldgegevens|"
    r"fikcyjn\w*|zmyślon\w*|przykładowe|wzór|"
    r"fictitious|made-up|dummy data|sample data|example data|"
    r"testdaten|testkarten?|testumgebung|sandbox\w*|données de test|bac à sable|"
    r"datos de prueba|entorno de pruebas|dati di test|ambiente di test|testgegevens|"
    r"testomgeving|dane testowe|środowisk\w* testow\w*|test data|test cards?|test mode|"
    r"testfälle|jeux de test|cas de test|casos de prueba|casi di test|testgevallen|"
    r"przypadki testowe|test cases)\b")
"""Words with which a text says its data are made up, a sample's or a test system's."""

_OBJECTS = (
    r"(?:konto|konten|karten?|kartennummer\w*|daten|ibans?|nummer\w*|comptes?|cartes?|"
    r"numéros?|données|cuentas?|tarjetas?|números?|datos|cont[oi]|carta|numer[oi]|dati|"
    r"rekening\w*|kaart\w*|gegevens|kont[aou]?|kart[ay]?|numer\w*|dane|danych|accounts?|"
    r"cards?|numbers?|data)")
NOT_REAL = re.compile(
    rf"(?i)\b(?:kein\w*|nie(?:mals)?|geen|nooit|never(?: use)?|no|not an?)[ \t]+"
    rf"(?:echte\w*|real)[ \t]+{_OBJECTS}\b|"
    rf"\b(?:pas|jamais)[ \t]+(?:d'|de[ \t]+|des[ \t]+|une?[ \t]+)?vrai\w*[ \t]+{_OBJECTS}\b|"
    rf"\b(?:no|nunca|non|mai)\b[^.\n]{{0,30}}\b{_OBJECTS}(?:[ \t]+d[ei][ \t]+\w+)?[ \t]+"
    rf"(?:real(?:es)?|ver[oa]|reali?)\b|"
    rf"\bnie[ \t]+(?:jest[ \t]+|używaj\w*[ \t]+)?prawdziw\w*[ \t]+{_OBJECTS}\b")
"""Phrases with which a text says an account, a card or data are no real ones ("kein
echtes Konto", "pas un vrai compte", "no una cuenta real", "non un conto vero", "geen echte
rekening", "a nie prawdziwe konto", "nigdy nie używajcie prawdziwych numerów kart")."""

SPECIMEN_STREET = re.compile(
    r"(?i)(?:muster|beispiel)[\w-]*(?:straße|strasse|str\b|weg|allee|gasse|platz)|"
    r"voorbeeld\w*|przykładow\w*|\b(?:ejemplo|esempio|exemple|example|sample)\b")
"""A street named after the word "example" ("Musterstraße", "Voorbeeldstraat", "ul.
Przykładowa", "C/ Ejemplo", "Via Esempio", "rue de l'Exemple")."""

SAMPLE_STREET = re.compile(
    r"(?i)\A(?:heidestra(?:ß|ss)e[ \t]+17|(?:hauptstra(?:ß|ss)e|via[ \t]+roma|calle[ \t]+mayor|"
    r"dorpsstraat|(?:ul\.?|ulica)[ \t]+główna)[ \t,]+1|1,?[ \t]+(?:grande[ \t]+rue|"
    r"rue[ \t]+principale))\Z")
"""Streets samples use that people live in too: the German identity card specimen's
("Heidestraße 17"), and number one on a country's most common street name ("Via Roma 1",
"Hauptstraße 1"). A specimen only where the text says so."""

COUNTED_DIGITS = re.compile(r"(?:123456|234567|345678|456789|987654|(\d)\1{5})\d?\Z")
"""A phone number's last digits counting up or one digit repeated ("0221 1234567", "600 000
000"): a number printed as a sample, which nobody is reached at."""

TEST_CARDS = words("""
4111111111111111 4242424242424242 4000056655665556 5555555555554444 2223003122003222
5200828282828210 5105105105105100 378282246310005 371449635398431 6011111111111117
6011000990139424 3056930009020004 36227206271667 3566002020360505 6200000000000005
4000000000000002 4000000000009995 4000000000000069 4000000000000127 4000000000000119
4000000000000077 4000002500003155 4000000000003220 4012888888881881 4222222222222
5431111111111111 6011601160116611 341111111111111 378734493671000 30569309025904
38520000023237 3530111333300000 4111111145551142 5555341244441115 370000000000002
36006666333344 4005519200000004 4009348888881881 4012000033330026 4012000077777777
4217651111111119 4500600000000061 2223000048400011 4539148803436467
""")
"""Card numbers payment providers publish for testing (Stripe's, Adyen's, Braintree's,
PayPal's), and the Luhn-valid Visa number that validators' guides and exercises use: a
test log or a developer's guide holds them, no cardholder has them."""

EXAMPLE_IBANS = words("""
DE89370400440532013000 GB29NWBK60161331926819 GB82WEST12345698765432
FR1420041010050500013M02606 FR7630006000011234567890189 ES9121000418450200051332
IT60X0542811101000000123456 NL91ABNA0417164300 PL61109010140000071219812874
BE68539007547034 AT611904300234573201 CH9300762011623852957 PT50000201231234567890154
LU280019400644750000 SE4550000000058398257466 DK5000400440116243 FI2112345600000785
IE29AIBK93115212345678 NO9386011117947 DE02120300000000202051
""")
"""The IBANs that the IBAN registry and the banks' guides print as examples (and the test
IBAN of German e-invoicing and banking guides, DE02 1203 0000 0000 2020 51)."""

SPECIMEN_IDS = {
    "PL_PESEL": frozenset({"44051401359"}),  # the specimen identity card's (Jan Kowalski)
    "IT_FISCAL_CODE": frozenset({"RSSMRA80A01H501U"}),  # Mario Rossi's, every manual's
    "ES_NIF": frozenset({"99999999R"}),  # the specimen DNI's
    "NL_BSN": frozenset({"999999990"}),  # the Dutch specimen passport's
    "CREDIT_CARD": TEST_CARDS,
    "IBAN_CODE": EXAMPLE_IBANS,
}
"""Identifiers printed on sample cards and in the issuers' own guides."""

_WORD = re.compile(r"[^\W\d_]+")

FIELD_WORDS = words("""
name namen vorname nachname unterschrift nom prénom signature nombre apellidos apellido
firma nome cognome naam voornaam achternaam handtekening imię nazwisko podpis surname
arrendador arrendataria arrendatario vermieter vermieterin bailleur locatore locatario
verhuurder huurder wynajmujący najemca""")
"""Words that say what a form's blank is for ("[nombre y apellidos]", "[Voornaam
Achternaam]", "[nombre del arrendador]")."""
FIELD_WORDS_FOLDED = frozenset(fold(word).lower() for word in FIELD_WORDS)
BLANK = re.compile(r"\[([^\[\]\n]{1,80})\]")


def in_a_blank(text: str, start: int, end: int) -> bool:
    """Is text[start:end] inside a form's blank in square brackets that says what to fill
    in ("[nombre del arrendador o de la inmobiliaria]")? A template, no one's name."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    for blank in BLANK.finditer(text, line_start, len(text) if line_end < 0 else line_end):
        if blank.start(1) <= start and end <= blank.end(1):
            return any(fold(word).lower() in FIELD_WORDS_FOLDED
                       for word in _WORD.findall(blank.group(1)))
    return False


def a_specimen(text: str, entity: str, start: int, end: int) -> bool:
    """Is the `entity` found at text[start:end] a specimen value (see the module's doc)?"""
    value = text[start:end]
    if entity == "PERSON":
        name_words = tuple(fold(word).lower() for word in _WORD.findall(value))
        if any(word in PLACEHOLDER_NAME_WORDS for word in name_words) \
                or in_a_blank(text, start, end):
            return True
        ends = (name_words[0], name_words[-1]) if len(name_words) >= 2 else None
        sample = ends is not None and (ends in SAMPLE_NAMES or ends[::-1] in SAMPLE_NAMES)
    elif entity == "STREET_ADDRESS":
        if SPECIMEN_STREET.search(value):
            return True
        sample = bool(SAMPLE_STREET.match(value.strip()))
    elif entity == "PHONE_NUMBER":
        sample = bool(COUNTED_DIGITS.search(re.sub(r"\D", "", value)))
    else:
        sample = re.sub(r"[\s.-]", "", value).upper() in SPECIMEN_IDS.get(entity, ())
    return sample and bool(SPECIMEN_DECLARED.search(text) or NOT_REAL.search(text))

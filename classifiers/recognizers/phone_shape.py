"""Phone numbers by the way people group their digits."""

from __future__ import annotations

import re

import phonenumbers
from presidio_analyzer import Pattern

from classifiers.recognizers.email_address import desk_mailbox_on_line
from classifiers.recognizers.firms import (
    DESK_WORDS,
    VENUES,
    desk_line,
    establishment_on_line,
    under_a_firm,
)
from classifiers.recognizers.nearby_word import _NearbyWordBoost
from classifiers.recognizers.table_cells import in_a_code_column

DIGITS_END = r"(?:\b|(?=(?i:x|ext\.?)[ \t]*\d))"
"""Where a number's digits end: at a word's end, or where an extension is written straight
after them ("4283x1234", "0132ext12", as CRM exports write it)."""
PHONE_PATTERNS = (  # spaces and tabs only: a number ends at its line's end, whatever follows
    # North American: (415) 555-0132, 415.555.0132, +1-415-555-0132, 001-415-555-0132x321;
    # not a reference's digits after its capitals ("LK-342182-2025", "ZDP.679707.2025")
    ("nanp", r"(?<![\w+])(?<!(?-i:[A-Z]{2})[-.])(?:(?:\+?1|001)[-. \t]?)?"
             r"\(?\b[2-9]\d{2}\)?[-. \t]?\d{3}[-. \t]\d{4}" + DIGITS_END),
    # International: +44 20 7946 0958, +49 (0)30 1234567, +33 1 23 45 67 89
    ("international",
     r"(?<![\w+])\+\d{1,3}[ \t.-]?(?:\(0\)[ \t.-]?)?\(?\d{1,5}\)?(?:[ \t.-]?\d{2,5}){1,5}"
     + DIGITS_END),
    # National with trunk prefix: 020 7946 0958, 030/1234567, 06-12345678; not the month and
    # year of a date ("28/01/1982 03:12"), nor a decimal's digits ("6,022 140 76")
    ("national", r"(?<![\w+.,/-])\(?0\d{1,4}\)?[ \t/-]\d{2,8}(?:[ \t-]\d{2,5}){0,3}" + DIGITS_END),
)
# Digits in groups of two to four ("67 501 36 56", "04.47.64.53.88", "(85) 5986-8343"):
# a phone number's grouping, but also an amount's; only a context word decides.
GROUPED_DIGITS = (
    r"(?<![\w+.,/-])(?:\(\d{1,4}\)[ \t]?)?\d{2,4}(?:[ .-]\d{2,8}){1,4}(?![\w.,-]\d)\b"
)
EXTENSION = r"(?:[ \t]*(?:x|ext\.?|extension|#)[ \t]*\d{1,6})?"
# A national number written without any separator: "03012345678", "0612345678". Only a
# country's numbering plan (or a context word) tells it from an order number.
NATIONAL_DIGITS = r"(?<![\w+.,/-])0\d{8,11}(?![\w.,/-]\d|\w)"
# The same in countries that dial no trunk prefix: Italian mobiles ("3471234567"), Spanish,
# Polish and Portuguese numbers ("612345678"). Kept only where valid in a country of the
# text or the record: a context word alone never makes an order number of these a phone's.
PLAN_DIGITS = r"(?<![\w+.,/-])[1-9]\d{8,9}(?![\w.,/-]\d|\w)"
PLAN_DIGITS_COUNTRIES = frozenset({"IT", "ES", "PL", "PT"})
"""Countries that dial no trunk prefix and whose numbers have nine or ten digits
(Luxembourg's vary in length: a serial number would pass as one)."""
NUMBER_LABEL_BEFORE = re.compile(
    r"(?i)(?:\bn[°º]|\b(?:nr|no|num|número|numero|numer|nummer|number|id|pedido|ordine|"
    r"zamówieni[ae]|bestellung|auftrag|rechnung|factura|fattura|faktur[ay]|order|invoice|"
    r"ticket|referencia|riferimento|expediente|pratica|sprawy)\b)[^\n\d]{0,20}\Z")
PHONE_WORD = re.compile(r"(?i)tel|phone|fon|móvil|movil|cellulare|komór|handy|mobil|portable")
FIRM_NUMBER_BEFORE = re.compile(
    r"(?i)(?<!\w)(?:ust-?id(?:nr)?|ust\.?-?idnr|umsatzsteuer-id|steuernummer|st\.?-?nr|hr[ab]|"
    r"rcs|siren|siret|tva|vat|kvk|kvk-nummer|btw|btw-nummer|p\.?\s?iva|partita iva|"
    r"c\.f|cif|nip|regon|krs|rea|registro mercantil|handelsregister|registernummer)"
    r"(?![^\W\d_])(?:[ \t]+[A-ZÀ-Ý][\w'-]*){0,3}[ \t.:#°º-]*(?:n[°º.]?[ \t]*)?"
    r"(?:[A-Z]{2}[ \t]?)?\Z")
"""A firm's tax or register label just before a number ("USt-IdNr.: DE 811 907 980",
"RCS Lyon 841 562 307", "NIP 525-284-15-63"): a firm's number, grouped like a phone's."""
ORGANISATION_LINE_BEFORE = re.compile(
    r"(?i)(?<![\w/])(?:(?:zentrale|vermittlung|standard|centralita|centralino|receptie|"
    r"centrala|switchboard|empfang|rezeption|accueil|recepción|recepcion|reception|"
    r"recepcja|portineria)\b[ \t.:,()-]*(?:(?:au|unter|al|op|pod)[ \t]+)?"
    r"(?:(?:t[ée]l|tel|nr)\.?[ \t:]*)?(?:n[°º.]?[ \t]*)?"
    # a box office, or a number to call instead ("an der Abendkasse oder unter 0561 ...")
    r"|(?:ansage|bandansage)[ \t]+unter[ \t]+"
    r"|(?:[^\W\d_]*kass[ae]|kasie|billetterie|taquilla|botteghino|biglietteria)[ \t]+"
    r"(?:oder|ou|o|of|lub|or)[ \t]+(?:unter|au|al|op|pod|on)(?:[ \t]+(?:nr|numer|tel)\.?)?[ \t]*"
    # a centre's or a doctors' out-of-hours service's name ("Centre antipoison de Bailly :")
    r"|(?:centro|centre|zentrum|centrum|huisartsenpost)(?:[ \t-]+[^\W\d_]+){0,4}[ \t]*:[ \t]*"
    r"|(?:info|information|información|informazioni|informacja|auskunft|inlichtingen|hotline|"
    r"reservierung|tischreservierung|rückfragen|anfragen|gruppen|bestellungen|"
    r"réservation|réservations|renseignements|groupes|commandes|"
    r"reservas|consultas|grupos|pedidos|prenotazioni|gruppi|ordini|"
    r"reserveringen|reserveren|groepen|bestellingen|rezerwacje|zapytania|grupy|zamówienia|"
    # a customer service, a help or emergency line, a box office
    r"service|support|helpdesk|servicedesk|kundendienst|notdienst|karten|kartenvorverkauf|"
    r"vorverkauf|tickets|sav|assistance|billetterie|dépannage|urgences|servicio|soporte|"
    r"asistencia|atención|taquilla|entradas|urgencias|averías|assistenza|biglietteria|"
    r"biglietti|guasti|klantenservice|klantenlijn|kaarten|kaartverkoop|storingen|klachten|"
    r"serwis|infolinia|bilety|kasa|pogotowie|obsługa|reklamacje|"
    r"fragen|questions|preguntas|domande|vragen|pytania|"
    # a press office, a group's tours, a recorded announcement
    r"pressestelle|presse|prensa|gabinete[ \t]+de[ \t]+prensa|stampa|ufficio[ \t]+stampa|"
    r"persvoorlichting|pers|biuro[ \t]+prasowe|rzecznik[ \t]+prasowy|supporto|wsparcie|"
    r"ondersteuning|"
    r"gruppenführungen|führungen|visitas|rondleidingen|groepsrondleidingen|zwiedzanie|"
    r"ansage|bandansage|répondeur|contestador|segreteria[ \t]+telefonica|antwoordapparaat|"
    r"tonband|reservierungen|störung|störungen|panne|en[ \t]+panne|avería|averia|guasto|"
    r"storing|awaria|"
    r"(?:pour[ \t]+toute|para[ \t]+cualquier|per[ \t]+qualsiasi)[ \t]+"
    r"(?:question|pregunta|domanda)|"
    # an emergency's or a poison centre's line
    r"notruf|giftnotruf|telefonseelsorge|antiveleni|antipoison|toxicológica|vergiftigingen)"
    r"(?:[ \t-]+[^\W\d_]+){0,3}(?:[ \t]*\([^()\n]{0,30}\))?[ \t]*[:?][ \t]*"
    r"(?:t[ée]l\.?[ \t]*:?[ \t]*)?"
    # an on-call service's number ("unseren Bereitschaftsdienst unter", "notre astreinte
    # répond au", "el teléfono de guardia es el", "numer dyżurny")
    r"|(?:[^\W\d_]*bereitschaft(?:sdienst)?|astreinte|(?:teléfono|servicio)[ \t]+de[ \t]+guardia|"
    r"reperibilità|storingsdienst|piketdienst|numer[ \t]+dyżurny|telefon[ \t]+dyżurny)"
    r"(?:[ \t]+[^\W\d_]+){0,3}[ \t]*:?[ \t]*"
    r"|(?!(?:privat|mobil|dienst|haus|heim|festnetz|auto|büro|handy|eigen|thuis|prive|privé)"
    r"(?:telefon|telefoon)\b)[^\W\d_]{3,}(?:telefon|telefoon|service|hotline|dienst)"
    r"[ \t]*:[ \t]*)\Z")
"""A switchboard's or an information line's label just before a number ("Zentrale, +49 69
4005-0", "centralino, +39 02 4455 6000", "Info-pistes : 04 50 47 76 00", "Información de
pistas: 958 70 80 90", "Pistentelefon: ...", "Kundendienst:", "Service après-vente :",
"Biglietteria:", "Infolinia:", "standard au", "recepcja, tel.", a centre's name, an on-call
service's): an organisation's line, unless an extension follows ("Zentrale 030 1234567 x12"
reaches someone). A compound's first word names the service ("Pisten-", "Service-", "Notfall-",
"Kunden-", "consumenten-"), unless it is what a person has ("Privat-", "Mobil-",
"Dienst-")."""
OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:(?!(?:ins)?gesamt\b|samt\b)[^\W\d_]*amt|abteilung|referat|sekretariat|"
    r"verwaltung|rathaus|direction|mairie|secrétariat|área|concejalía|oficina|secretaría|"
    r"departamento|ayuntamiento|ufficio|servizio|comune|assessorato|afdeling|"
    r"gemeente|secretariaat|wydział|urząd|dział|biuro)\b[^\n\d]{0,40}\Z")
"""An office's or a department's word on the line before a number ("Rückfragen an das
Kulturamt, Tel.", "Concejalía de Festejos, tel.", "Ufficio Cultura, tel."): its line."""
VENUE_PHONE_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{VENUES}|{DESK_WORDS})(?:[ \t]+[^\W\d_'’.-]+){{0,3}}[ \t]*,[ \t]*"
    r"(?:tel\.?|telefon|tél\.?|téléphone|teléfono|telefono|telefoon|nr[ \t]+tel\.?)"
    r"[ \t]*:?[ \t]*\Z")
"""A venue's or an office's name, then a comma and a phone's label ("Anmeldung in der
Geschäftsstelle, Tel.", "reservas en el centro cívico, tel."): the venue's line."""
UNIT_AFTER = re.compile(r"[ \t]?(?:m/s|km/h|km|kg|mm|cm|m²|m³|mol|hz|khz|mhz|kwh|°c|"
                        r"%|€|eur|zł|pln)(?![\w/])", re.IGNORECASE)
"""A unit after the digits makes them a quantity ("c = 299 792 458 m/s")."""
DOCUMENT_NUMBER_BEFORE = re.compile(
    r"(?:(?i:\bn[°º]|\bnr\.|\bno\.)[ \t]*[A-Z]{1,4}[ \t]?"
    r"|(?i:\b(?:az|gz|[^\W\d_]*zeichen|zaaknummer|zaaknr|kenmerk|dossiernummer|"
    r"expediente|exp|réf|référence|rif|riferimento|pratica|sygn|sygnatura|znak sprawy))"
    r"\.?[ \t:]*(?:(?i:n[°º.]|nr\.?)[ \t]*)?"
    r"|(?<![^\W\d_])(?!(?i:tel|fax|handy|mobil|ruf|festnetz|privat|notfall|rückruf|"
    r"kontakt|durchwahl))[^\W\d_]{2,}-(?i:nr)\.?[ \t:]*"
    r"|(?m:^|\|)[ \t]*[A-Z]{2}[ \t]"
    r"|(?i:(?:ohrmarke|oormerk|levensnummer|kolczyk|crotal|boucle|marca[ \t]+auricular|"
    r"marca[ \t]+auricolare|marchio[ \t]+auricolare|n[°º][ \t]*national|numéro[ \t]+national)"
    r"[ \t:.]*[a-z]{2}[ \t]))\Z")
"""A numbered document's letters or a file reference's label before its digits ("Permis n°
PC 044 995043 25 C0017", "(Az. 63-275714)", "Kalibrierzeichen 2025-0412", "zaaknummer
341891", a compound's "BW-Nr. 6113 514", not a phone's "Tel-Nr."), or a country's letters
opening a line or a cell (an ear tag's "IT 017 990 228 713"), or an ear tag's label and
country ("Ohrmarke DE 09 476 666410", "n° national FR 71 546709"): an identifier grouped
like a phone number."""
INID_NUMBER_LINE = re.compile(r"[ \t]*\((?:1\d|2[0-3])\)[ \t]")
"""A patent document's line of its own or its application's number, which opens with its
WIPO ST.9 code ("(21) N° d'enregistrement national : 26 25670", "(11) ...")."""
INID_TITLE_LINE = re.compile(r"(?m)^[ \t]*\((?:54|57|71)\)[ \t]")
"""A patent document's title's, abstract's or applicant's line ("(54) Titre : ...")."""


def on_a_patent_number_line(text: str, start: int) -> bool:
    """Does the line of `start` give a patent's or an application's number or date, in a
    text with a patent's title, abstract or applicant (an area code in brackets, "(22) 628
    12 34", opens a line too)?"""
    return bool(INID_NUMBER_LINE.match(text, text.rfind("\n", 0, start) + 1)) \
        and bool(INID_TITLE_LINE.search(text))


EXTENSION_MARK = re.compile(r"(?i)x|ext|#")
CARD_GROUPS_BEFORE = re.compile(r"(?<!\d)(?<!\d[ -])\d{4}[ -]\d{4}[ -]\Z")
"""Two groups of four digits just before: the number's "0343 6467" ends a card number's
four groups ("4539 1488 0343 6467"), valid or not."""
SWIFT_FIELD_TAG = re.compile(r":\d{2}[A-Z]?:\Z")
"""A bank statement's (MT940's) field tag at a line's start: ":28C:00031/001" numbers a
statement, ":25:" names an account."""
SWITCHBOARD_SUFFIX = re.compile(r"[ \t]*-[ \t]?0(?!\d)")
"""German and Austrian numbers end their switchboard's with "-0" ("069 4005-0")."""
ROUND_ENDING = re.compile(r"[ .\-/]0{2,3}\Z")
"""An organisation's main line ends in a round group ("02 33 12 16 00", "+43 5285 62 000"):
exchanges give firms and offices their blocks' round numbers."""
NATIONAL_SCORE = 0.6
"""A number that is valid in the numbering plan of the text's or the record's country."""


class PhoneShapeRecognizer(_NearbyWordBoost):
    """Phone numbers written the way people write them, extensions included.

    Presidio's own recognizer scores every number 0.4 without a context word; a number
    written in a phone number's grouping is a phone number without one. The digit count
    (7 to 15, E.164's limit) rejects dates and long ids.
    """

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER",
            name="PhoneShapeRecognizer",
            patterns=[Pattern(name, regex + EXTENSION, 0.6) for name, regex in PHONE_PATTERNS]
            + [Pattern("grouped digits", GROUPED_DIGITS + EXTENSION, 0.2),
               Pattern("national digits", NATIONAL_DIGITS, 0.2),
               Pattern("plan digits", PLAN_DIGITS, 0.2)],
            context=["phone", "telephone", "call", "mobile", "cell", "number",
                     "reach", "text", "whatsapp", "contact", "dial", "ring", "message",
                     "messages", "answering", "answer", "registered",
                     # the same in the tenant's languages
                     "telefon", "anrufen", "zurückrufen", "rückruf", "handy", "mobil",
                     "téléphone", "portable", "appeler", "rappeler", "joindre", "teléfono",
                     "móvil", "llamar", "telefono", "cellulare", "chiamare", "richiamare",
                     "telefoon", "mobiel", "bellen", "terugbellen", "telefonu", "komórka",
                     "zadzwonić", "oddzwonić", "numer", "numéro", "número", "numero",
                     "nummer", "rufnummer"],
            whole_words=("tel", "fax", "sms"),
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        """Weak matches (digits without a phone's telling shape) that are valid numbers in
        the numbering plan of the text's language's or the record's country count too. A
        number on the line of a desk's mailbox is the desk's."""
        countries = getattr(nlp_artifacts, "countries", ())
        language = getattr(nlp_artifacts, "language", None) or "en"
        found = super().analyze(text, entities, nlp_artifacts, regex_flags)
        numbers = [text[r.start:r.end] for r in found]
        organisations = [block or extension for block, extension in zip(
            numbers_of_one_block(numbers, [bool(SWITCHBOARD_SUFFIX.match(text, r.end))
                                           for r in found]),
            switchboard_extensions(numbers), strict=True)]
        results = [r for r, an_organisations in zip(found, organisations, strict=True)
                   if not an_organisations
                   and not FIRM_NUMBER_BEFORE.search(text, max(0, r.start - 40), r.start)
                   and not (ORGANISATION_LINE_BEFORE.search(text, max(0, r.start - 40), r.start)
                            and not EXTENSION_MARK.search(text, r.start, r.end))
                   and not SWITCHBOARD_SUFFIX.match(text, r.end)
                   and not ROUND_ENDING.search(text, r.start, r.end)
                   and not OFFICE_BEFORE.search(text, max(0, r.start - 80), r.start)
                   and not VENUE_PHONE_BEFORE.search(text, max(0, r.start - 80), r.start)
                   and not establishment_on_line(text, r.start)
                   and not (countries and desk_line(text, r.start))
                   and not UNIT_AFTER.match(text, r.end)
                   and not in_a_code_column(text, r.start)
                   and not DOCUMENT_NUMBER_BEFORE.search(text, max(0, r.start - 24), r.start)
                   and not SWIFT_FIELD_TAG.search(text, text.rfind("\n", 0, r.start) + 1,
                                                  r.start)
                   and not business_line(text[r.start:r.end], countries)
                   and not (countries and under_a_firm(text, r.start))
                   and not desk_mailbox_on_line(text, r.start, language)
                   and not CARD_GROUPS_BEFORE.search(text, max(0, r.start - 15), r.start)
                   and not on_a_patent_number_line(text, r.start)]
        kept = []
        for result in results:
            plan_digits = _pattern_name(result) == "plan digits"
            if plan_digits or result.score < NATIONAL_SCORE:  # a shape alone: ask the plan
                valid = valid_in(text[result.start:result.end], tuple(
                    c for c in countries if not plan_digits or c in PLAN_DIGITS_COUNTRIES))
                if valid and result.score < NATIONAL_SCORE:
                    result.score = NATIONAL_SCORE
                if plan_digits and (not valid or _numbers_a_thing(text, result.start)):
                    continue
            kept.append(result)
        return kept

    def validate_result(self, pattern_text: str) -> bool | None:
        main = re.split(r"(?i)x|ext|#", pattern_text)[0]
        digits = sum(c.isdigit() for c in main)
        if not 7 <= digits <= 15:
            return False
        if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}",
                        main.strip()):
            return False  # a date: ISO, or day, month and year
        if re.match(r"\d{4}-\d{2}-\d{2}\b|\d{1,2}([/.])\d{1,2}\1\d{4}\b", main.strip()):
            return False  # a date and the time after it ("2024-07-19 02:00", "20.10.1997 03")
        if re.fullmatch(r"(?:1\d|20)\d\d[ \t]?[-–][ \t]?(?:1\d|20)\d\d", main.strip()):
            return False  # a span of years ("1606-1669")
        if re.fullmatch(r"\d{1,3}(?:\.\d{1,3}){3}", main.strip()):
            return False  # an IPv4 address
        if re.fullmatch(r"[1-9]\d{0,2}\.\d{4,8}", main.strip()):
            return False  # a decimal: a latitude or a longitude ("45.76404")
        return None  # keep the pattern's score


def _numbers_a_thing(text: str, start: int) -> bool:
    """Does a label that numbers an order, an invoice or a file stand just before `start`
    ("numer zamówienia 123456789"), and no phone's word ("número de móvil")?"""
    label = NUMBER_LABEL_BEFORE.search(text, max(0, start - 40), start)
    return bool(label) and not PHONE_WORD.search(text, max(0, start - 40), start)


def _pattern_name(result) -> str | None:
    explanation = result.analysis_explanation
    return explanation.pattern_name if explanation else None


SWITCHBOARD_SHARE = 2
"""How many other numbers of a text must share a number's exchange to make it an extension."""


def switchboard_extensions(numbers: list[str]) -> list[bool]:
    """Which numbers are extensions of one switchboard: a directory's lines ("Zentrale
    0821 400-0", "Notaufnahme 0821 400-1100", "Kardiologie 0821 400-2310") share all digits
    but their last four (five at least) with two other numbers of the text. Customers'
    numbers share an area code at most. Such lines are an organisation's, no person's."""
    digits = ["".join(c for c in number if c.isdigit()) for number in numbers]

    def shared(a: str, b: str) -> int:
        return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
                    min(len(a), len(b)))

    return [sum(other != mine and shared(mine, other) >= max(5, len(mine) - 4)
                for other in set(digits)) >= SWITCHBOARD_SHARE for mine in digits]


def numbers_of_one_block(numbers: list[str], switchboards: list[bool]) -> list[bool]:
    """Which numbers belong to an organisation's block: a number that extends a
    switchboard's ("0621 293-0" and its fax "0621 293-4700"), or one of two numbers that
    differ in their last two digits only, one after the other or after a round number
    ("915 298 210", "915 298 211"; "04 72 10 44 00", fax "04 72 10 44 99"). A person's
    lines are not numbered one after another."""
    digits = ["".join(c for c in re.split(r"(?i)x|ext|#", number)[0] if c.isdigit())
              for number in numbers]
    boards = {d for d, board in zip(digits, switchboards, strict=True) if board}

    def neighbours(mine: str, other: str) -> bool:
        return other != mine and len(other) == len(mine) >= 8 and other[:-2] == mine[:-2] \
            and (abs(int(other[-2:]) - int(mine[-2:])) <= 9 or "00" in (other[-2:], mine[-2:]))

    return [any(mine != board and mine.startswith(board) for board in boards)
            or any(neighbours(mine, other) for other in digits)
            for mine in digits]


BUSINESS_LINES = frozenset({phonenumbers.PhoneNumberType.TOLL_FREE,
                            phonenumbers.PhoneNumberType.PREMIUM_RATE})
"""Numbering ranges let to firms, not people: freephone and premium rate ("+49 800 ...",
"0800 ...", "+33 8 92 ..."). Shared-cost and company ranges ("902", "088") stay numbers:
test data generators and some small firms' staff use them too."""


def business_line(number: str, countries: tuple[str, ...]) -> bool:
    """Is `number` (international, or national in one of these countries) a firm's line?"""
    main = re.split(r"(?i)x|ext|#", number)[0]
    for country in countries:  # none for English text: read as before
        try:
            parsed = phonenumbers.parse(main, country)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.number_type(parsed) in BUSINESS_LINES:
            return True
        if main.lstrip().startswith("+"):
            break  # an international number reads the same in every country
    return False


def valid_in(number: str, countries: tuple[str, ...]) -> bool:
    """Is `number` (written nationally) a valid number of one of these countries?"""
    main = re.split(r"(?i)x|ext|#", number)[0]
    for country in countries:
        try:
            if phonenumbers.is_valid_number(phonenumbers.parse(main, country)):
                return True
        except phonenumbers.NumberParseException:
            continue
    return False

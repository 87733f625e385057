"""Street addresses: Presidio ships no recognizer for them.

`classifiers.columns` builds its address check from the same patterns, so a label column
and free text agree on what an address looks like."""

from __future__ import annotations

import re

from presidio_analyzer import AnalysisExplanation, Pattern, PatternRecognizer, RecognizerResult

from classifiers.recognizers.calendar_words import MONTHS_AFTER_A_DAY
from classifiers.recognizers.firms import (
    desk_line,
    establishment_on_line,
    under_a_firm,
    venue_address,
)

STREET_SUFFIXES = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|way|"
    "terrace|close|crescent|square|sq|parkway|pkwy|highway|hwy|row|gardens|grove|hill|mews|"
    "circle|cir|trail|walk|strasse|straße|weg|gasse|platz|allee|utca|u|"
    "út|tér|körút|katu|tie|kuja|gata|gatan|vägen|väg|vej|gade|vei|veien|stræti|straat|laan"
)
# Continental and Nordic order, street name then number: "Hauptstraße 12", "Kiannonkatu 98",
# on one line and not across a table's column gap ("Liegeplatz\n1992-07-15" is a table's
# header over a date, "paviljoen Einthoven    088 400 2310" a directory's line).
COMPOUND_SUFFIXES = (
    "strasse|straße|stræti|weg|gasse|platz|allee|damm|straat|laan|gracht|plein|kade|"
    "vej|vei|veien|gata|gatan|vägen|väg|katu|kuja|polku|utca|ulica"
)
STREET_FIRST = rf"\b[^\W\d_][\w'’-]*(?:{COMPOUND_SUFFIXES})[ \t]{{1,3}}\d{{1,4}}[a-z]?\b"
# The same in any letter case, with more suffixes and house-number ranges, for text in
# those languages only ("Spring 2024" would read as a street in English):
# "Hans-Michael-Freudenberger-Weg 49-32", "Kästerstr. 482", "Aaronbaan 32", "Striebitzring 3/2".
LOCAL_COMPOUND_SUFFIXES = (
    COMPOUND_SUFFIXES + "|str\\.|ring|steig|steg|pfad|ufer|markt|chaussee|graben|hof|pad|"
    "baan|dreef|singel|steeg|dijk|plantsoen|park|hoven|erf|wal|lei|boulevard"
)
HOUSE_NUMBER = r"\d{1,4}[a-zA-Z]?(?:[-/]\d{1,4}[a-zA-Z]?)?"
NOT_A_DAY = (r"(?![ \t]*(?:\.|er|e|°|º)?[ \t]+(?:de[ \t]+)?(?i:"
             + "|".join(sorted(MONTHS_AFTER_A_DAY, key=len, reverse=True)) + r")\b)")
"""After a house number: no month's name, which makes it a day ("notre agence rue Coulon
sera fermée du 24 décembre", "ul. Towarowa nieczynny od 24 grudnia")."""
LOCAL_STREET_FIRST = (
    rf"\b[^\W\d_][\w'’-]*(?i:{LOCAL_COMPOUND_SUFFIXES})[ \t]{{1,3}}{HOUSE_NUMBER}(?![\w/-])"
    + NOT_A_DAY)
STREET_TYPES_FIRST = (
    "Rua|Rue|Via|Viale|Calle|Avenida|Avda\\.|Av\\.|Piazza|Plaza|Praça|Largo|Travessa|Strada|"
    "Ulica|ul\\.|Carrer|Camino|Paseo|Chemin|Allée|Quai|Corso|Vicolo|Place|Boulevard"
)
# Street types written first (Romance languages, Polish), any letter case: "Piazza Lisa, 336",
# "Pasaje Edmundo Catalán 1", "aleja Chopina 00", "plac Mieszka I 990", "ul. Kochanowskiego
# 48/2", and, number first, "24, chemin Thérèse Marion", "12 bis rue de la Paix".
LOCAL_STREET_TYPES = (
    "rue|chemin|boulevard|bd|avenue|av|allée|impasse|place|quai|route|cours|passage|square|"
    "voie|faubourg|calle|c/|avenida|avda|paseo|plaza|pasaje|alameda|acceso|rambla|cañada|"
    "cuesta|vial|camino|carrera|travesía|ronda|glorieta|callejón|urbanización|carretera|"
    "via|viale|piazza|piazzale|corso|vicolo|largo|strada|contrada|borgo|incrocio|stretto|"
    "canale|rotonda|lungomare|lungotevere|lungarno|lungolago|lungadige|località|salita|ulica|ul|aleja|al|plac|pl|osiedle|os|rondo|"
    "skwer|bulwar|rua|travessa|praça|estrada|beco|pasadizo"
)
DOTTED_ONLY = ("al", "os")
"""Polish short street types that are words of other languages (Italian and Spanish "al",
Spanish "os"): street types with their dot only ("al. Jana Pawła II", not "n. 4 al
Piano Regolatore", "al padiglione 4")."""
STREET_TYPES_BEFORE_A_NAME = frozenset(LOCAL_STREET_TYPES.split("|")) - {
    "c/", "via", "al", "pl", "os"} | {
    "straße", "strasse", "str", "gasse", "weg", "platz", "allee", "straat", "laan", "plein",
    "gracht", "kade", "ulicy", "ulicę", "ulicą", "alei", "aleję", "aleją", "placu", "placem",
    "osiedla", "skweru", "bulwaru"}
"""Street types written as words of their own before a name ("Camino Vidal Escolano",
"rue Suzanne Peltier", "Piazza Gadda", "Willem de Zwijger Laan", Polish's declined "ulicy
Juliana Marchlewskiego"): a street named after a person is a place. "via" is a street in
Italian only (elsewhere it means "by way of"), and "al", "pl", "os" are words of other
languages unless written with their dot."""
STREET_ENDINGS_AFTER_A_NAME = re.compile(
    r"\w\w(?:straße|strasse|weg|gasse|platz|allee|ring|damm|straat|laan|gracht|plein|kade|"
    r"singel|dreef|steeg|dijk|boulevard)$")
"""The endings of `LOCAL_COMPOUND_SUFFIXES` that make a name's last word a street's
("Willem de Zwijgerlaan"); not "-hof", "-park", "-markt", "-graben", which end
surnames too ("Osterhof", "Wittenpark")."""
NAME_PARTICLES = r"(?:de|del|de la|de las|de los|des|du|d'|della|dello|dei|di|da|do|dos|das)"
STREET_TYPE_FIRST = (
    rf"(?:(?<![\d:.,])\b\d{{1,5}},?[ \t]+)?\b(?:{STREET_TYPES_FIRST})[ \t]{{1,3}}"
    rf"(?:[^\W\d_][\w'’.-]*[ \t]{{1,3}}){{0,4}}"
    r"\d{1,5}[a-zA-Z]?\b" + NOT_A_DAY
)
LOCAL_NUMBERLESS = (
    r"(?:rue|boulevard|chemin|allée|impasse|avenue|calle|avenida|viale|piazza|ulica|aleja)")
"""Street types so rarely anything else that a capitalised name after them is a street,
number or not ("rue Becker"); written in lower case, as French, Spanish and Polish do."""
STREET_TYPES_ONLY = frozenset(LOCAL_NUMBERLESS.strip("(?:)").split("|")) | {
    "paseo", "callejón", "glorieta", "travesía", "pasaje", "straße", "strasse", "straat"}
"""Street types that are no surname (unlike "Carrera", "Ronda", "Corso", "Plaza"): inside
a run of capitalised words, the words after one name a street ("Citypaq de Paseo de
Mercedes Gargallo")."""


NUMBER_AND_ROMANCE_STREET = (
    r"(?<![\d:.,/])\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t]+"
    r"(?i:rue|calle|avenida|viale|piazza|piazzale|rua|chemin|allée|impasse|quai|cours|paseo|"
    r"ulica|ul\.)[ \t]+"
    rf"(?:{NAME_PARTICLES}[ \t]*)?(?![a-z])[^\W\d_][\w'’.-]*"
    r"(?:[ \t]+(?:(?![a-z])[^\W\d_][\w'’.-]*|de|du|des|la|le|del|di|della))"
    r"{0,3}(?<![ \t])")
"""A house number, a Romance or Polish street type that is no English word, and a
capitalised name: a European address written in English text ("The office is on 26 rue
Ernest Renan"). In other languages' text `_local_patterns` reads these and more."""


def _local_patterns(word: str, lower_case: bool) -> list[Pattern]:
    """Street type, name, number (and number, type, name) as Romance languages and Polish
    write them; `word` is what a street-name word looks like."""
    written_out = "|".join(t for t in LOCAL_STREET_TYPES.split("|") if t not in DOTTED_ONLY)
    types = rf"(?:{written_out}|(?:c|{'|'.join(DOTTED_ONLY)})(?=\.))"
    particle = rf"(?:(?i:{NAME_PARTICLES})[ \t]+)?"
    type_name_number = (
        rf"(?<![\w.])(?i:{types})\.?[ \t]+{particle}(?:{word}[ \t]+){{0,4}}?{word},?[ \t]{{1,3}}"
        rf"{HOUSE_NUMBER}(?![\w/-]){NOT_A_DAY}")
    number_type_name = (
        rf"(?<![\w.,/:-])\d{{1,4}}(?:[ \t]?(?i:bis|ter|[a-d]))?,?[ \t]+(?i:{types})\.?[ \t]+"
        rf"{particle}{word}(?:[ \t]+{particle}{word}){{0,3}}")
    patterns = [
        Pattern("local compound street number", LOCAL_STREET_FIRST, 0.6),
        Pattern("local type name number", type_name_number, 0.4 if lower_case else 0.6),
        Pattern("local number type name", number_type_name, 0.4 if lower_case else 0.6),
    ]
    if not lower_case:
        # a street without a house number is a place, not someone's address, unless an
        # address word stands near it ("Lieferadresse: rue Becker")
        patterns.append(Pattern("local type name", rf"(?<![\w.]){LOCAL_NUMBERLESS}[ \t]+"
                                rf"{particle}{word}(?:[ \t]+{particle}{word}){{0,3}}", 0.3))
    return patterns


# A unit designator after a numbered street line: "28030 Edeby 55\n Apt. 297".
STREET_WITH_UNIT = (
    r"\b\d{1,6}[ \t]+[^\W\d_][^\n,;:]{1,40}?[\s,]+(?:Apt\.?|Apartment|Suite|Ste\.|Unit|"
    r"Flat|Floor|Fl\.)[ \t]*#?\d{1,5}\b"
)
# USPS military and diplomatic mail: "PSC 1437, Box 3833\nAPO AA 66791".
MILITARY_MAIL = (
    r"\b(?:(?:PSC|Unit|CMR)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:USNS|USNV|USS|USCGC)\s+\w+"
    r"(?:\s+\w+){0,3})\s*,?\s*(?:APO|FPO|DPO)\s+A[AEP]\s+\d{5}\b"
)
CAPITALISED = r"(?![a-z])[^\W\d_][\w'’.-]*"  # any script's capital, or a non-cased letter
SEPARATE_SUFFIXES = (
    "Strasse|Straße|Str\\.|Weg|Gasse|Platz|Allee|Ring|út|u\\.|utca|tér|ulica|ul\\.|St\\.|Street|"
    "Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Straat|Laan|Vej|Gade|Gata|Gatan|Vägen|Katu|Tie"
)
PO_BOX = r"\bP\.?[ \t]?O\.?[ \t]*Box[ \t]+\d{1,6}\b"
US_STATES = (
    "AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
    "NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR|GU|VI|AA|AE|AP"
)
# "Springfield, IL 62704": the last line of a US postal address.
CITY_STATE_ZIP = (
    rf"\b[A-Z][a-z]+(?:[ \t][A-Z][a-z]+){{0,2}}\s*,\s*(?:{US_STATES})\s+\d{{5}}(?:-\d{{4}})?\b"
)


ADDRESS_CONTEXT = ["address", "street", "lives", "live", "located", "ship", "deliver", "mail",
                   "sent", "send", "moved", "office", "offices", "return", "visit", "reside",
                   "adresse", "anschrift", "wohnhaft", "lieferadresse", "domicile",
                   "dirección", "domicilio", "indirizzo", "residente", "adres", "woonachtig",
                   "afleveradres", "zamieszkały", "zamieszkała", "morada", "endereço"]
# "at the corner of Bygget 64 and Komel Club": a crossing is a place someone can be found.
CORNER_OF = (
    r"(?i:\bcorner of)[ \t]+((?:[^\W_][\w'’.-]*[ \t]+){1,5}(?:and|&)[ \t]+[^\W_][^.?!\n]{1,40})")


def _address_patterns(word: str, bare_number_score: float = 0.5,
                      local: bool = True) -> list[Pattern]:
    """The patterns, with `word` as what a street-name word looks like.

    `bare_number_score` scores "number words number" with no street type: in lower-case
    text that shape is everywhere ("attempt 4 of 5", "55 minute lease. case 8883"), so
    there only an address context word may lift it over the threshold."""
    # At least one name word: "4325 UL" and "9940 ST" are Dutch postcodes, "3 Court" no street;
    # all on one line ("1,99 zł\nciastka dr" is no "Drive").
    # not a time's minutes nor a date's month ("8:30 Kapelle St. Hedwig", "22/04/2025,
    # parking avenue")
    number_street_suffix = (
        rf"(?<![:./])\b\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}})?,?[ \t]+(?:{word}[ \t]+){{1,4}}"
        rf"(?i:{STREET_SUFFIXES})\b\.?")
    # "4719 Elm Park 12," or "... 98\n": number, street-name words, house number, line end;
    # not a decimal's or a date's last digits ("km 71,0 Bergwertung 2.", "2014-07-31 à 16")
    number_name_number = (
        rf"(?<![:./,-])\b\d{{1,6}}[ \t]+(?:{word}[ \t]+){{1,4}}\d{{1,5}}[a-zA-Z]?"
        r"(?=[ \t]*(?:,|\n|\.|$))")
    name_suffix_number = (
        rf"\b(?:{word}[ \t]+){{1,3}}(?:{SEPARATE_SUFFIXES})[ \t]+\d{{1,4}}[a-zA-Z]?\b")
    return [
        Pattern("number street suffix", number_street_suffix, 0.6),
        Pattern("compound street number", STREET_FIRST, 0.6),
        Pattern("street type first", STREET_TYPE_FIRST, 0.6),
        Pattern("street and unit", STREET_WITH_UNIT, 0.7),
        Pattern("military mail", MILITARY_MAIL, 0.85),
        Pattern("number name number", number_name_number, bare_number_score),
        Pattern("name suffix number", name_suffix_number, 0.6),
        *(_local_patterns(word, lower_case=bare_number_score < 0.5) if local else
          [Pattern("number and Romance street type", NUMBER_AND_ROMANCE_STREET, 0.6)]),
        Pattern("po box", PO_BOX, 0.6),
        Pattern("city state zip", CITY_STATE_ZIP, 0.55),
        Pattern("corner of", CORNER_OF, 0.6),
    ]


class StreetAddressRecognizer(PatternRecognizer):
    """Street addresses: Presidio ships no recognizer for them.

    Postal-address shapes from national conventions (number and street type in English,
    street type first in Romance languages, compound street names with the number after
    in German, Dutch, Nordic and Hungarian, unit designators, USPS military mail, US
    city-state-ZIP lines, street corners). Capitals matter in mixed-case text; text
    written all in lower case is matched without them. Context words raise the score.
    """

    def __init__(self) -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            name="StreetAddressRecognizer",
            patterns=_address_patterns(CAPITALISED, local=False),
            context=ADDRESS_CONTEXT,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
        self._lower_case = self._variant(r"[^\W\d_][\w'’.-]*", 0.3, False, re.IGNORECASE)
        # Street types written first ("via", "place", "avenue") are English words too: in
        # English text they stay off ("sent via Outlook 365").
        self._local = self._variant(CAPITALISED, 0.5, True, 0)
        self._local_lower_case = self._variant(r"[^\W\d_][\w'’.-]*", 0.3, True, re.IGNORECASE)

    def _variant(self, word: str, bare_number_score: float, local: bool,
                 flags: int) -> PatternRecognizer:
        return PatternRecognizer(
            supported_entity="STREET_ADDRESS",
            name="StreetAddressRecognizer",
            patterns=_address_patterns(word, bare_number_score, local),
            context=ADDRESS_CONTEXT,
            global_regex_flags=re.DOTALL | re.MULTILINE | flags,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        local = getattr(nlp_artifacts, "language", "en") not in (None, "en")
        if any(c.isupper() for c in text):
            if not local:
                return [r for r in super().analyze(text, entities, nlp_artifacts, regex_flags)
                        if not venue_address(text, r.start)]
            recognizer = self._local
        else:
            recognizer = self._local_lower_case if local else self._lower_case
        language = getattr(nlp_artifacts, "language", None) or "en"
        found = recognizer.analyze(text, entities, nlp_artifacts)
        venues = [r for r in found if venue_address(text, r.start)]
        results = [r for r in found
                   if r not in venues and not no_address(text[r.start:r.end])
                   and not NO_HOUSE_NUMBER_AFTER.match(text, r.end)
                   and not (text[r.start:r.start + 1].isdigit()
                            and GATE_BEFORE.search(text, max(0, r.start - 12), r.start))
                   and not TYPE_AND_NUMBER_ONLY.fullmatch(text, r.start, r.end)
                   and not (language not in VIA_LANGUAGES
                            and text[r.start:r.start + 4].lower() == "via ")
                   # an address's flat or floor after a venue's address ("in sede, Rotonda
                   # Pina, 13 Appartamento 39")
                   and not any(v.start < r.start < v.end for v in venues)]
        if local:
            results = _in_address_blocks(text, results, entities)
        if local:  # a firm's own address under its name (receipts, imprints, letterheads)
            owned = [r for r in results if under_a_firm(text, r.start)
                     or establishment_on_line(text, r.start) or desk_line(text, r.start)]
            # and the flat or floor its match runs on to ("Farmacia Centrale, Stretto
            # Casagrande, [79 Appartamento 67]")
            results = [r for r in results if r not in owned
                       and not any(o.start < r.start < o.end for o in owned)]
        for result in results:  # the engine keeps only results of its own recognizers
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return results


POSTCODE_LINE_NEXT = re.compile(
    r"[ \t,]*\n[ \t]*(?:\d{2}-\d{3}|\d{4}[ \t]?[A-Za-z]{2}|\d{4,5})[ \t]+[^\W\d_]")
"""A line that opens with a postcode and a town, right after the line a match ends."""
NUMBERLESS_STREET_LINE = re.compile(
    rf"(?im)^[ \t]*(?:{LOCAL_STREET_TYPES}|c|al|os)\.?[ \t]+[^\W\d_][\w'’.-]*"
    r"(?:[ \t]+[^\W\d_][\w'’.-]*){0,4}(?=[ \t,]*\n)")
"""A line that is a street's type and name and nothing else ("rue augustin marion")."""
ADDRESS_BLOCK_SCORE = 0.6


def _in_address_blocks(text: str, results: list, entities) -> list:
    """An envelope's or a letterhead's address block: a street's line right above a line of
    postcode and town is an address, in lower case too ("al. rolna 549\n75-559 inowrocław")
    and without a house number ("rue augustin marion\n92639 martinsdan")."""
    if "\n" not in text or "STREET_ADDRESS" not in entities:
        return results
    for result in results:
        if result.score < ADDRESS_BLOCK_SCORE and POSTCODE_LINE_NEXT.match(text, result.end):
            result.score = ADDRESS_BLOCK_SCORE
    taken = [(r.start, r.end) for r in results]
    for match in NUMBERLESS_STREET_LINE.finditer(text):
        start = match.start() + len(match.group()) - len(match.group().lstrip())
        if POSTCODE_LINE_NEXT.match(text, match.end()) \
                and not any(a < match.end() and start < b for a, b in taken):
            results.append(RecognizerResult(
                "STREET_ADDRESS", start, match.end(), ADDRESS_BLOCK_SCORE,
                analysis_explanation=AnalysisExplanation(
                    recognizer="StreetAddressRecognizer", original_score=ADDRESS_BLOCK_SCORE,
                    pattern_name="address block"),
                recognition_metadata={RecognizerResult.RECOGNIZER_NAME_KEY:
                                      "StreetAddressRecognizer"}))
    return results


RANGE_WORDS = r"au|à|a|al|bis|do|tot|t/m"
"""The words between two numbers of a range ("401 à 412", "du 1 au 27", "del 1 al 27", "1
t/m 27")."""
NO_ADDRESS = re.compile(
    r"(?i:\d{1,2}[ \t]+(?:de[ \t]+)?(?:"
    + "|".join(sorted(MONTHS_AFTER_A_DAY, key=len, reverse=True))
    + r")(?:[ \t]+de)?[ \t]+\d{4}"
    r"|1\d{3}[ \t]+[^\W\d_]{1,3}[ \t]+1\d{3}"
    rf"|\d{{1,4}}[ \t]+(?:{RANGE_WORDS})[ \t]+\d{{1,4}}"
    r"|.*[ \t](?i:à|depuis|avant|après|dès|vers|jusqu'en)(?:[ \t]+l[ea])?[ \t]+\d+"
    r"(?:[ \t]?h(?:\d\d)?)?"
    r"|\d+[ \t]+(?:ex|exx|egz|ej|es|expl|stk|st|pcs|szt|pz|uds|unid)\.[ \t].*"
    r"|[^\W\d_]-.*"
    r"|.*(?<![^\W\d_])(?i:na|zob\.|patrz|por\.)[ \t]+str\.[ \t]*\d.*)",
    re.DOTALL)
"""Shapes of an address that are none: a date with its month written out ("22 DICEMBRE
1858", "4 DE ENERO DE 1920"), a range of years ("VON 1844 BIS 1850") or of numbers ("n°
401 à 412"), a time or a year after a French preposition ("place Masséna à 14 h", "rue
depuis 2020", "quai Claude-Bernard à 18h"), a count of copies ("28 Ex. à 3,20 €"), a part
named after a letter ("O-Ring 24"), a Polish page ("schemat na str. 3": see page 3)."""


NO_HOUSE_NUMBER_AFTER = re.compile(rf"[.,]\d|[ \t]?–[ \t]?\d|[ \t]+(?i:{RANGE_WORDS})[ \t]+\d")
"""What makes the number a match ends with no house number: its digits go on after a
thousands' or a decimal separator ("TG-Stellplatz 24.500 €"), or a range of house numbers
follows ("Goethestraße 1–27 und 2–30", "rue victor-hugo du 1 au 27", "calle de cervantes
del 1 al 27": a stretch of a street, as a notice of works or of a power cut names it)."""


GATE_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:tor|tür|eingang|porte|portail|puerta|portón|cancello|ingresso|"
    r"poort|ingang|brama|wejście|gate|quai|binario|spoor|peron|platform|spur|lane|voie|"
    r"carril|corsia|rijstrook)[ \t]+\Z")
"""A gate's, a door's or a platform's word before a number: the number is the gate's, not
the house number of the street after it ("dal cancello 14, piazzale Axum")."""
TYPE_AND_NUMBER_ONLY = re.compile(
    rf"(?i)(?:{LOCAL_STREET_TYPES})\.?[ \t]+\d{{1,3}}[a-z]?")
"""A street's type and a number, no name: a platform's or a quay's ("arrêt cours
Jean-Jaurès, quai 3"), not a street."""
VIA_LANGUAGES = frozenset({"it", "es", "pt"})
"""Languages in which "via" names a street; elsewhere it means "by way of" ("meer info via
0800 300 44 00")."""


def no_address(span: str) -> bool:
    return bool(NO_ADDRESS.fullmatch(span))


def street_address_recognizer() -> PatternRecognizer:
    return StreetAddressRecognizer()


POSTCODE_BEFORE = re.compile(r"(?:^|,)[ \t]*(?:\d{2}-\d{3}|\d{4}[ \t]?[A-Z]{2}|\d{4,5})[ \t]+$",
                             re.MULTILINE)
"""A postcode that opens a line or follows a comma: "..., 43056 Misitano Superiore"."""


def town_after_a_postcode(text: str, start: int) -> bool:
    """Is the name at `start` a town's: right after a postcode that opens its line or
    follows a comma? ("Kundennr. 43056 Hans Meier" is a customer number's.)"""
    return bool(POSTCODE_BEFORE.search(text, max(0, start - 40), start))

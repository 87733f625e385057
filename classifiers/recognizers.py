"""Recognizers that stock Presidio lacks, and those built from the config."""

from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

from classifiers.names import words
from classifiers.settings import CustomRecognizerSpec
from classifiers.validators import CHECKSUMS, luhn_ok

STREET_SUFFIXES = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|court|ct|place|pl|boulevard|blvd|way|"
    "terrace|close|crescent|square|sq|parkway|pkwy|highway|hwy|row|gardens|grove|hill|mews|"
    "circle|cir|trail|walk|strasse|straße|weg|gasse|platz|allee|rue|via|calle|utca|u|ulica|ul|"
    "út|tér|körút|katu|tie|kuja|gata|gatan|vägen|väg|vej|gade|vei|veien|stræti|straat|laan"
)
STREET_ADDRESS = (
    r"\b\d{1,5}[A-Za-z]?(?:[-/]\d{1,4})?,?\s+(?:[A-ZÀ-ÞĀ-Ž][\w'’.-]*\s+){0,4}"
    rf"(?i:{STREET_SUFFIXES})\b\.?"
)
# Continental and Nordic order, street name then number: "Hauptstraße 12", "Kiannonkatu 98".
COMPOUND_SUFFIXES = (
    "strasse|straße|stræti|weg|gasse|platz|allee|damm|straat|laan|gracht|plein|kade|"
    "vej|vei|veien|gata|gatan|vägen|väg|katu|kuja|polku|utca|ulica"
)
STREET_FIRST = rf"\b[^\W\d_][\w'’-]*(?:{COMPOUND_SUFFIXES})\s+\d{{1,4}}[a-z]?\b"
STREET_TYPES_FIRST = (
    "Rua|Rue|Via|Viale|Calle|Avenida|Avda\\.|Av\\.|Piazza|Plaza|Praça|Largo|Travessa|Strada|"
    "Ulica|ul\\.|Carrer|Camino|Paseo|Chemin|Allée|Quai|Corso|Vicolo|Place|Boulevard"
)
STREET_TYPE_FIRST = (
    rf"(?:\b\d{{1,5}},?\s+)?\b(?:{STREET_TYPES_FIRST})\s+(?:[^\W\d_][\w'’.-]*\s+){{0,4}}"
    r"\d{1,5}[a-zA-Z]?\b"
)
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
# "4719 Elm Park 12," or "... 98\n": number, capitalised words, house number, line end.
CAPITALISED = r"(?![a-z])[^\W\d_][\w'’.-]*"  # any script's capital, or a non-cased letter
NUMBER_NAME_NUMBER = (
    rf"\b\d{{1,6}}[ \t]+(?:{CAPITALISED}[ \t]+){{1,4}}\d{{1,5}}[a-zA-Z]?(?=[ \t]*(?:,|\n|\.|$))"
)
SEPARATE_SUFFIXES = (
    "Strasse|Straße|Str\\.|Weg|Gasse|Platz|Allee|Ring|út|u\\.|utca|tér|ulica|ul\\.|St\\.|Street|"
    "Road|Rd\\.|Avenue|Ave\\.|Lane|Drive|Straat|Laan|Vej|Gade|Gata|Gatan|Vägen|Katu|Tie"
)
NAME_SUFFIX_NUMBER = (
    rf"\b(?:{CAPITALISED}[ \t]+){{1,3}}(?:{SEPARATE_SUFFIXES})[ \t]+\d{{1,4}}[a-zA-Z]?\b"
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


class _NearbyWordBoost(PatternRecognizer):
    """Raise a weak match when one of its context words stands just before it.

    Presidio's own context check reads lemmas minus spaCy's stop words, and "call",
    "name" and "number" are stop words there; so this looks at the words themselves.
    """

    BOOST = 0.35
    WINDOW = 60  # characters before the match

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        words = None
        for result in results:
            if result.score >= 0.5:
                continue
            if words is None:
                words = re.compile(rf"(?i)\b(?:{'|'.join(map(re.escape, self.context))})\w*")
            if words.search(text, max(0, result.start - self.WINDOW), result.start):
                result.score = min(1.0, result.score + self.BOOST)
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] \
                    = True
        return results


ADDRESS_CONTEXT = ["address", "street", "lives", "live", "located", "ship", "deliver", "mail",
                   "sent", "send", "moved", "office", "offices", "return", "visit", "reside"]
# "at the corner of Bygget 64 and Komel Club": a crossing is a place someone can be found.
CORNER_OF = (
    r"(?i:\bcorner of)[ \t]+((?:[^\W_][\w'’.-]*[ \t]+){1,5}(?:and|&)[ \t]+[^\W_][^.?!\n]{1,40})")


def _address_patterns(word: str, bare_number_score: float = 0.5) -> list[Pattern]:
    """The patterns, with `word` as what a street-name word looks like.

    `bare_number_score` scores "number words number" with no street type: in lower-case
    text that shape is everywhere ("attempt 4 of 5", "55 minute lease. case 8883"), so
    there only an address context word may lift it over the threshold."""
    number_street_suffix = (
        rf"\b\d{{1,5}}[A-Za-z]?(?:[-/]\d{{1,4}})?,?\s+(?:{word}\s+){{0,4}}"
        rf"(?i:{STREET_SUFFIXES})\b\.?")
    number_name_number = (
        rf"\b\d{{1,6}}[ \t]+(?:{word}[ \t]+){{1,4}}\d{{1,5}}[a-zA-Z]?(?=[ \t]*(?:,|\n|\.|$))")
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
            patterns=_address_patterns(CAPITALISED),
            context=ADDRESS_CONTEXT,
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
        self._lower_case = PatternRecognizer(
            supported_entity="STREET_ADDRESS",
            name="StreetAddressRecognizer",
            patterns=_address_patterns(r"[^\W\d_][\w'’.-]*", bare_number_score=0.3),
            global_regex_flags=re.DOTALL | re.MULTILINE | re.IGNORECASE,
        )

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        if any(c.isupper() for c in text):
            return super().analyze(text, entities, nlp_artifacts, regex_flags)
        results = self._lower_case.analyze(text, entities, nlp_artifacts)
        for result in results:  # the engine keeps only results of its own recognizers
            result.recognition_metadata[RecognizerResult.RECOGNIZER_IDENTIFIER_KEY] = self.id
        return results


def street_address_recognizer() -> PatternRecognizer:
    return StreetAddressRecognizer()


DRIVER_LICENSE = r"\b(?:[A-Za-z]{1,2}[- ]?)?\d{5,14}\b|\b[A-Za-z]\d{3}[- ]?\d{3,4}[- ]?\d{3,5}\b"


class DriverLicenseRecognizer(_NearbyWordBoost):
    """Driving licence numbers have no shape of their own (each state has its own); only
    the words before one make it a licence number."""

    def __init__(self) -> None:
        super().__init__(
            supported_entity="US_DRIVER_LICENSE",
            name="DriverLicenseNearbyWordRecognizer",
            patterns=[Pattern("licence-like id", DRIVER_LICENSE, 0.2)],
            context=["driver", "driving", "licence", "license", "dl"],
        )


PHONE_PATTERNS = (
    # North American: (415) 555-0132, 415.555.0132, +1-415-555-0132, 001-415-555-0132x321
    ("nanp", r"(?<![\w+])(?:(?:\+?1|001)[-.\s]?)?\(?\b[2-9]\d{2}\)?[-.\s]?\d{3}[-.\s]\d{4}\b"),
    # International: +44 20 7946 0958, +49 (0)30 1234567, +33 1 23 45 67 89
    ("international",
     r"(?<![\w+])\+\d{1,3}[\s.-]?(?:\(0\)[\s.-]?)?\(?\d{1,5}\)?(?:[\s.-]?\d{2,5}){1,5}\b"),
    # National with trunk prefix: 020 7946 0958, 030/1234567, 06-12345678
    ("national", r"(?<![\w+.-])\(?0\d{1,4}\)?[\s/-]\d{2,8}(?:[\s-]\d{2,5}){0,3}\b"),
)
# Digits in groups of two to four ("67 501 36 56", "04.47.64.53.88", "(85) 5986-8343"):
# a phone number's grouping, but also an amount's; only a context word decides.
GROUPED_DIGITS = (
    r"(?<![\w+.,-])(?:\(\d{1,4}\)[ \t]?)?\d{2,4}(?:[ .-]\d{2,8}){1,4}(?![\w.,-]\d)\b"
)
EXTENSION = r"(?:\s*(?:x|ext\.?|extension|#)\s*\d{1,6})?"


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
            + [Pattern("grouped digits", GROUPED_DIGITS + EXTENSION, 0.2)],
            context=["phone", "telephone", "tel", "call", "mobile", "cell", "fax", "number",
                     "reach", "text", "sms", "whatsapp", "contact", "dial", "ring", "message",
                     "messages", "answering", "answer", "registered"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        main = re.split(r"(?i)x|ext|#", pattern_text)[0]
        digits = sum(c.isdigit() for c in main)
        if not 7 <= digits <= 15:
            return False
        if re.fullmatch(r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}", main.strip()):
            return False  # an ISO date
        return None  # keep the pattern's score


class CardNumberRecognizer(_NearbyWordBoost):
    """Card numbers of every issuer range and length (12 to 19 digits) that pass Luhn.

    Presidio's recognizer knows only some issuer prefixes and lengths. One random
    number in ten passes Luhn, so without a context word the score stays low.
    """

    def __init__(self) -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            name="CardNumberRecognizer",
            patterns=[Pattern("12-19 digits", r"\b\d(?:[ -]?\d){11,18}\b", 0.3)],
            context=["card", "credit", "debit", "visa", "mastercard", "amex", "expire",
                     "expires", "expiring", "cvv", "pan", "payment"],
        )

    def validate_result(self, pattern_text: str) -> bool | None:
        return None if luhn_ok(pattern_text) else False


DOMAIN_NAME = (
    r"\b(?=[a-z0-9-]{1,63}\.)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+"
    r"(?:com|net|org|io|internal|local|lan|corp|cloud|dev|app|co|biz|info|gov|edu|"
    r"[a-z]{2})\b"
)


def domain_name_recognizer() -> PatternRecognizer:
    """Host and DNS names (customer data, not personal data): Presidio only has URL."""
    return PatternRecognizer(
        supported_entity="DOMAIN_NAME",
        name="DomainNameRecognizer",
        patterns=[Pattern("dns name", DOMAIN_NAME, 0.5)],
        context=["host", "hostname", "domain", "dns", "server", "fqdn"],
    )


class _ChecksumPatternRecognizer(PatternRecognizer):
    def __init__(self, checksum: str, **kwargs) -> None:
        self._check = CHECKSUMS[checksum]
        super().__init__(**kwargs)

    def validate_result(self, pattern_text: str) -> bool:
        return self._check(pattern_text)


def custom_recognizer(spec: CustomRecognizerSpec) -> EntityRecognizer:
    """A recognizer from the config; patterns with an optional checksum, or a deny list."""
    common = {
        "supported_entity": spec.entity,
        "name": spec.name,
        "context": list(spec.context) or None,
    }
    if spec.deny_list:
        return PatternRecognizer(deny_list=list(spec.deny_list), **common)
    patterns = [Pattern(p.name, p.regex, p.score) for p in spec.patterns]
    if spec.checksum:
        return _ChecksumPatternRecognizer(spec.checksum, patterns=patterns, **common)
    return PatternRecognizer(patterns=patterns, **common)


# --- person names ------------------------------------------------------------------------

TITLES = r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sir|Dame|Lady|Lord|Rev|Fr|Sr|Mme|Mlle|Herr|Frau)"
NAME_WORD = r"[A-ZÀ-ÞĀ-Ž][\w'’-]+"
TITLED_NAME = re.compile(
    rf"\b{TITLES}\.?\s+((?:{NAME_WORD}|[A-Z]\.)(?:\s+(?:{NAME_WORD}|[A-Z]\.)){{0,3}})")
# Phrases that introduce a name; the name is what follows.
NAME_INTRO = re.compile(
    r"(?i:\b(?:my name is|name is|name's|named|called|call me|known as|goes by|"
    r"last name\??|first name\??|surname\??|"
    r"full name\??|speak (?:to|with)|talk to|ask for|dear|attn:?|attention:?|"
    r"(?:directed|written|produced|signed|performed|composed|painted|reported|approved|"
    r"requested|submitted|assigned|created) by:?|regards,?|sincerely,?|cheers,?|thanks,?))"
    rf"[ \t:]+((?:{NAME_WORD}|[A-Z]\.)(?:[ \t]+(?:{NAME_WORD}|[A-Z]\.)){{0,3}})")
# First name, middle initial, last name: "Ravil G Yefimov", "Nayla C. Montero".
MIXED_CASE_WORD = r"[A-ZÀ-ÞĀ-Ž][a-zß-ÿā-ž][\w'’-]*"
MIDDLE_INITIAL = re.compile(rf"\b({MIXED_CASE_WORD}[ \t]+[A-Z]\.?[ \t]+{MIXED_CASE_WORD})\b")
# Words for people by their relation to someone: "Asya's kid", "my son Tadzio".
RELATIONS = (
    r"(?:kids?|child|children|sons?|daughters?|wife|husband|mother|father|mom|mum|dad|"
    r"brothers?|sisters?|friends?|boss|family|killers?|parents|partner|colleagues?|"
    r"girlfriend|boyfriend|lawyer|doctor|widow|widower|fianc[ée]e?|grandson|granddaughter|"
    r"grandmother|grandfather|nephew|niece|cousin|aunt|uncle|manager|assistant)")
POSSESSOR = re.compile(
    rf"\b({MIXED_CASE_WORD}(?:[ \t]+{MIXED_CASE_WORD}){{0,2}})['’]s[ \t]+{RELATIONS}\b")
MY_RELATION = re.compile(
    rf"(?i:\b(?:my|our|his|her|their)[ \t]+{RELATIONS}),?[ \t]+"
    rf"({MIXED_CASE_WORD}(?:[ \t]+{MIXED_CASE_WORD})?)")
# "Warrane, can I please speak to your boss?": a name said to its bearer.
VOCATIVE = re.compile(
    rf"(?:^|[.!?\n][ \t]*)({MIXED_CASE_WORD}),[ \t]+(?:can|could|would|will|please|I|we|you|do|"
    r"did|are|is|have|let|thanks|thank)\b")
NAME_INTRO_LOWER = re.compile(
    r"(?i:\b(?:my name is|name is|call me|last name\??|first name\??|surname\??)[ \t:]+)"
    r"([a-zà-ÿ][\w'’-]+(?:[ \t]+[a-zà-ÿ][\w'’-]+)?)")
NOT_PERSON_LABELS = frozenset({"GPE", "LOC", "NORP", "PRODUCT", "EVENT", "DATE", "TIME",
                               "WORK_OF_ART", "LAW", "LANGUAGE", "MONEY", "QUANTITY"})
"""spaCy labels that keep an unknown capitalised word from being read as a name. The small
model often calls a person a place (GPE) or a building (FAC), so a known first name
overrides them; words before the span decide then (see `plausible_person`)."""
ORG_HEADS = words("""
ltd ltd. limited inc inc. incorporated llc llp plc gmbh ag sa s.a. bv nv co co. corp
corp. corporation company group holdings partners associates sons brothers bros
orchestra band bank agency foundation institute university college school hospital
clinic society club team studio studios labs lab systems solutions technologies
consulting insurance service services capital investments investment energy enterprise
enterprises industries fund funds trust media news resources
""")


INITIAL = re.compile(r"[A-Z]\.?")


def _name_word(token) -> bool:
    text = token.text
    return (text[:1].isupper() and token.is_alpha and not token.is_upper) or bool(
        INITIAL.fullmatch(text) and text != "I")


class PersonNameRecognizer(EntityRecognizer):
    """Person names the small spaCy model misses.

    Three general signals: a title (Mr, Dr, ...), a phrase that introduces a name (my
    name is, speak to, directed by, ...), and a first name from the US Census lists
    followed by capitalised words. Words spaCy reads as a place or an organisation are
    left alone.
    """

    def __init__(self, english_words: frozenset[str] = frozenset()) -> None:
        super().__init__(supported_entities=["PERSON"], name="PersonNameRecognizer",
                         supported_language="en")
        self.english_words = english_words

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        results = []
        for pattern, score in ((TITLED_NAME, 0.85), (NAME_INTRO, 0.7), (NAME_INTRO_LOWER, 0.6),
                               (MIDDLE_INITIAL, 0.6), (VOCATIVE, 0.55), (POSSESSOR, 0.6),
                               (MY_RELATION, 0.6)):
            for match in pattern.finditer(text):
                results.append(RecognizerResult("PERSON", match.start(1), match.end(1), score))
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return results
        for start, end, score in self._scored_runs(doc, tagged=True):
            last = doc[end - 1]
            results.append(RecognizerResult("PERSON", doc[start].idx, last.idx + len(last),
                                            score))
        return results

    def reads_tags(self, doc) -> bool:
        """Whether `analyze` would look at a part-of-speech tag of this (untagged) doc.

        The tagger costs as much as the entity recognizer, and most texts (log lines,
        ticket subjects) hold no capitalised run and no listed name; the classifier tags
        only the docs for which this says yes, so the answer is the same either way.
        """
        return next(self._scored_runs(doc, tagged=False), None) is not None

    def _run_reads_tag(self, words, lower_text: bool, firsts, lasts) -> bool:
        """Whether scoring this run (found without tags) would read a tag."""
        first = words[0].lower_
        if lower_text:
            # Only runs holding a first name score, and a lone one only if it is no English
            # word ("job"); the tag decides where such runs start and end.
            return any(t.lower_ in firsts for t in words) and (
                len(words) > 1 or first not in self.english_words)
        if first in firsts:
            return len(words) == 1  # before more capitalised words it scores without a tag
        # A lone word that is neither a first name nor a surname scores nothing.
        return len(words) > 1 or first in lasts

    def _scored_runs(self, doc, tagged: bool):
        """(start, end, score) of each name-like run of tokens. Untagged (`tagged` False),
        it yields, with score 0, every run whose score would depend on a tag."""
        from classifiers.names import first_names, surnames

        taken = {t.i for ent in doc.ents if ent.label_ in NOT_PERSON_LABELS for t in ent}
        taken |= {t.i for ent in doc.ents if ent.label_ == "ORG"
                  and any(t.lower_ in ORG_HEADS for t in ent) for t in ent}
        firsts, lasts = first_names(), surnames()

        # Lower-case text (chat, transcripts) says nothing by its capitals: there the
        # name lists alone decide, for words the tagger reads as proper nouns.
        lower_text = not any(c.isupper() for c in doc.text)

        def name_word(i: int) -> bool:
            token = doc[i]
            if lower_text:
                return token.is_alpha and (not tagged or token.pos_ in ("PROPN", "NOUN")) and (
                    token.lower_ in firsts or token.lower_ in lasts) and not token.is_stop
            return _name_word(token) and (not token.is_stop or len(token.text) <= 2)

        index = 0
        while index < len(doc):
            token = doc[index]
            known_first = token.lower_ in firsts
            if not name_word(index) or (index in taken and not known_first):
                index += 1
                continue
            end = index + 1
            while end < len(doc) and end - index < 4 and name_word(end) and (
                    known_first or end not in taken):
                end += 1
            if not tagged:
                if self._run_reads_tag(doc[index:end], lower_text, firsts, lasts):
                    yield index, end, 0.0
                index = end
                continue
            words = doc[index:end]
            proper = all(t.pos_ == "PROPN" or INITIAL.fullmatch(t.text) for t in words)
            sentence_start = index == 0 or doc[index - 1].text in ".!?\n:;\"'(" \
                or doc[index - 1].is_space
            score = 0.0
            if lower_text:
                if known_first and len(words) > 1:
                    score = 0.6
                elif known_first and token.pos_ == "PROPN" \
                        and token.lower_ not in self.english_words:
                    score = 0.5  # "priya", but not "max": that is an English word too
            elif known_first and len(words) > 1:
                score = 0.7  # a first name and more capitalised words: a full name
            elif known_first and token.pos_ in ("PROPN", "NOUN"):
                score = 0.55
            elif proper and len(words) > 1 and (index == 0 or doc[index - 1].lower_ != "the") \
                    and not (end < len(doc) and doc[end].like_num):
                # capitalised proper nouns in a row; "Windows Server 2022" is a product
                score = 0.5
            elif proper and token.lower_ in lasts and (not sentence_start or (
                    end < len(doc) and doc[end].pos_ in ("VERB", "AUX"))):
                score = 0.5  # a known surname mid-sentence, or as a sentence's subject
            if score:
                yield index, end, score
            index = end


# Words before a span that make it a place or an employer rather than a person.
PLACE_OR_EMPLOYER_BEFORE = re.compile(
    r"(?i:\b(?:work(?:s|ed|ing)?[ \t]+(?:for|at|with)|employed[ \t]+(?:by|at)|joined|"
    r"(?:based|located|born|lives?|lived|living|stay(?:s|ed|ing)?|arrived|landed|"
    r"headquartered)[ \t]+(?:in|at)|(?:return(?:s|ed)?|move[sd]?|went|go(?:es|ing)?|"
    r"com(?:e|es|ing)|came|travel(?:l?ed|l?ing)?|flew|fly(?:ing)?|drove|driv(?:e|ing))[ \t]+to)"
    r"[ \t]+(?:the[ \t]+)?)(?:[A-Z][\w'’-]*[ \t]+){0,3}$")
# Bare prepositions: a place unless the span starts with a known first name.
PLACE_PREPOSITION_BEFORE = re.compile(
    r"(?i:\b(?:in|from|near|at)[ \t]+(?:the[ \t]+)?)(?:[A-Z][\w'’-]*[ \t]+){0,3}$")
PLACE_PREFIXES = frozenset({
    "san", "santa", "santo", "são", "st", "st.", "saint", "sainte", "los", "las", "el", "la",
    "le", "port", "fort", "mount", "mt", "mt.", "lake", "cape", "new", "north", "south", "east",
    "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
    "greater", "great", "little",
})
# "Lopez, Santos and Coleman is a design agency", "Wolfram Research is an ... company".
IS_AN_ORGANISATION = re.compile(
    r"^(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)[A-Z][\w'’-]*)*[ \t]+(?:is|was)[ \t]+(?:an?|the)[ \t]+"
    r"(?:[\w-]+[ \t]+){0,6}?(?:company|agency|bank|firm|organi[sz]ation|corporation|business|"
    r"brand|start-?up|manufacturer|retailer|provider|charity|non-?profit|501\(c\)|band|"
    r"orchestra|publisher|studio|consultancy|group)\b")
# "Davis, Reynolds and Williamson Orchestra": a list of names that ends in a firm's word.
LIST_ENDING_IN_ORG = re.compile(
    r"^(?:(?:,[ \t]*|[ \t]+(?:and|&)[ \t]+)[A-Z][\w'’-]*)+[ \t]+(\w+)")
NOT_NAMES = words("""
monday tuesday wednesday thursday friday saturday sunday january february march april may
june july august september october november december
""")


def _has_listed_name(span: str) -> bool:
    from classifiers.names import first_names, surnames

    firsts, lasts = first_names(), surnames()
    return any(w in firsts or w in lasts
               for w in re.split(r"[^\w'’]+", span.lower()) if w)


def plausible_person(text: str, start: int, end: int) -> bool:
    """Drop PERSON spans that are codes, organisations or places: 'SKU-9' (spaCy reads
    short codes as names), 'Davis and Sons', 'Allstate Insurance Group', 'I work for
    Flightstats', 'we returned to Deanwell', 'Lopez, Santos and Coleman is a design
    agency'."""
    from classifiers.names import first_names

    span = text[start:end]
    if any(c.isdigit() or c in "@/_#=" for c in span):
        return False
    if span.islower() and not _has_listed_name(span):
        return False  # lower case gives spaCy nothing to go on: "cache miss", "the on-call"
    if PLACE_OR_EMPLOYER_BEFORE.search(text[max(0, start - 60):start]):
        return False
    words = [w.strip(".,;:'’").lower() for w in span.split()]
    if not words or any(w in ORG_HEADS for w in words) or words[-1].endswith("person"):
        return False
    if PLACE_PREPOSITION_BEFORE.search(text[max(0, start - 60):start]) and \
            words[0].split("-")[0] not in first_names():
        return False
    if len(words) == 1 and words[0] in NOT_NAMES:
        return False
    before = text[max(0, start - 20):start].split()
    if before and before[-1].lower() in PLACE_PREFIXES and text[start - 1:start] == " ":
        return False
    if len(words) > 1 and words[0] in PLACE_PREFIXES:
        return False
    after = text[end:end + 120]
    following = after.lstrip(" ,&").split()
    if following and following[0].lower().strip(".,;:") in ORG_HEADS:
        return False
    if " ".join(following[:2]).lower().startswith("and sons"):
        return False
    listed = LIST_ENDING_IN_ORG.match(after)
    if listed and listed.group(1).lower() in ORG_HEADS:
        return False
    if IS_AN_ORGANISATION.match(after):
        return False
    # "Ramsey-Johnson", "Mayo-Walters": a lone double-barrelled name is a firm's far
    # more often than a person's (spaCy may cut it at the hyphen)
    glued = bool(re.match(r"-[A-Z]", text[end:end + 2])) or bool(
        re.search(r"\b[A-Z][\w'’]*-$", text[max(0, start - 30):start]))
    return not (len(words) == 1 and (bool(re.fullmatch(r"[A-Z][\w'’]*-[A-Z][\w'’]*", span))
                                     or glued))

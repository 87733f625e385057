"""The language of a text, offline, and the countries it points to.

`lingua-language-detector` ships its own models (no download); the detector is limited
to the languages the config expects, built once per worker, and asked only about texts
that reach full analysis (structured values never are), whose results the classifier
caches. Where a text is too short to tell (a code, a number), it is read as the default
language, English, as before.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DEFAULT_LANGUAGE = "en"
DEFAULT_LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pl", "pt")
MIN_LETTERS = 4
"""Fewer letters than this say nothing of a language: such text is read as English."""
SAMPLE_CHARS = 1_000
"""A long text's language is told from its start (detection costs grow with length)."""

LANGUAGE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "en": ("GB", "IE", "US"), "de": ("DE", "AT", "CH"), "fr": ("FR", "BE", "CH", "LU"),
    "es": ("ES",), "it": ("IT",), "nl": ("NL", "BE"), "pl": ("PL",), "pt": ("PT",),
    "sv": ("SE",), "da": ("DK",), "fi": ("FI",), "cs": ("CZ",), "sk": ("SK",),
    "hu": ("HU",), "ro": ("RO",), "hr": ("HR",), "sl": ("SI",), "et": ("EE",),
    "lv": ("LV",), "lt": ("LT",), "el": ("GR",), "bg": ("BG",),
}
"""Where a language is spoken: the countries whose national phone formats a text in it
is checked against."""

REGION_COUNTRY: dict[str, str] = {
    "westeurope": "NL", "northeurope": "IE", "germanywestcentral": "DE",
    "germanynorth": "DE", "francecentral": "FR", "francesouth": "FR",
    "switzerlandnorth": "CH", "switzerlandwest": "CH", "norwayeast": "NO",
    "norwaywest": "NO", "swedencentral": "SE", "swedensouth": "SE", "polandcentral": "PL",
    "italynorth": "IT", "spaincentral": "ES", "austriaeast": "AT", "belgiumcentral": "BE",
    "denmarkeast": "DK", "finlandcentral": "FI", "greececentral": "GR",
    "uksouth": "GB", "ukwest": "GB", "eastus": "US", "eastus2": "US", "westus": "US",
    "westus2": "US", "westus3": "US", "centralus": "US", "northcentralus": "US",
    "southcentralus": "US", "westcentralus": "US", "canadacentral": "CA", "canadaeast": "CA",
    "australiaeast": "AU", "australiasoutheast": "AU", "japaneast": "JP", "japanwest": "JP",
    "brazilsouth": "BR", "southindia": "IN", "centralindia": "IN", "westindia": "IN",
    "eastasia": "HK", "southeastasia": "SG", "koreacentral": "KR", "koreasouth": "KR",
    "southafricanorth": "ZA", "uaenorth": "AE", "qatarcentral": "QA", "israelcentral": "IL",
    "mexicocentral": "MX", "newzealandnorth": "NZ",
}
"""The country of an Azure region's datacentre: a record stored there most likely holds
that country's phone numbers ('germanywestcentral' -> DE)."""

LINGUA_LANGUAGES = frozenset((
    "af", "ar", "az", "be", "bg", "bn", "bs", "ca", "cs", "cy", "da", "de", "el", "en", "eo",
    "es", "et", "eu", "fa", "fi", "fr", "ga", "gu", "he", "hi", "hr", "hu", "hy", "id", "is",
    "it", "ja", "ka", "kk", "ko", "la", "lg", "lt", "lv", "mi", "mk", "mn", "mr", "ms", "nb",
    "nl", "nn", "pa", "pl", "pt", "ro", "ru", "sk", "sl", "sn", "so", "sq", "sr", "st", "sv",
    "sw", "ta", "te", "th", "tl", "tn", "tr", "ts", "uk", "ur", "vi", "xh", "yo", "zh", "zu",
))
"""The ISO 639-1 codes lingua tells apart, known without importing it (the driver checks
the config's languages; a test keeps this the same as lingua's own list)."""

SURE = 0.9
"""lingua's confidence that decides a text with no stop word of either language."""
LIKELY = 0.05
"""lingua's confidence from which a language is a candidate for the text's stop words."""

STOP_WORDS_ALONE = 3
"""Stop words of a language from which it is a candidate even where lingua, reading a
text made mostly of names ("Sites en surstock : Delahaye-sur-Boyer, Duhamel et ..."),
gives it almost no chance."""

_LETTER = re.compile(r"[^\W\d_]")
_NOT_PROSE = re.compile(r"\S*(?:@|://|\w\.\w|\w/\w|\d)\S*")
"""E-mail addresses, URLs, host names, paths, codes, numbers, slashed abbreviations: "com"
in "db-1.contoso.com" is no Portuguese word, nor are "y" and "o" in "82 y/o" Spanish."""
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@cache
def stop_words(language: str) -> frozenset[str]:
    """spaCy's stop-word list for the language (plain data; no model), less abbreviations.

    Read from its file alone: importing `spacy.lang.fr.stop_words` would first run the
    package `spacy.lang.fr`, whose tokenizer exceptions take seconds to compile, in every
    worker that meets a text of any language."""
    import importlib.util

    spec = importlib.util.find_spec("spacy.lang")
    folders = spec.submodule_search_locations if spec else None
    path = Path(next(iter(folders or ())), language, "stop_words.py") if folders else None
    if path is None or not path.is_file():
        return frozenset()
    module_spec = importlib.util.spec_from_file_location(f"_stop_words_{language}", path)
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(word for word in getattr(module, "STOP_WORDS", ())
                     if not _ABBREVIATION.fullmatch(word))


_ABBREVIATION = re.compile(r"[^\W\d_aeiouyàáâãäåèéêëìíîïòóôõöùúûüýÿąęó]{2,}")
"""Letters without a vowel: an abbreviation that spaCy lists among a language's stop words
("nr", "vgl", "srl", "tzw") but that texts of other languages write too ("Ser.-Nr.")."""


def region_country(region: str | None) -> str | None:
    return REGION_COUNTRY.get((region or "").strip().lower()) or None


def supported_languages() -> frozenset[str]:
    """ISO 639-1 codes lingua can tell apart (imports lingua: see LINGUA_LANGUAGES)."""
    from lingua import IsoCode639_1, Language

    return frozenset(language.iso_code_639_1.name.lower() for language in Language.all()
                     if isinstance(language.iso_code_639_1, IsoCode639_1))


class LanguageDetector:
    """lingua, limited to `languages` (ISO 639-1 codes), in its low-accuracy mode.

    Chosen by measurement (8 languages, one process each, side by side): high accuracy
    took 3.8-4.3 s to load and 249-265 MiB of memory per worker, low accuracy 0.12-0.23 s
    and 14-19 MiB, and 0.13-0.26 ms a short text instead of 0.33-0.62. Record level on the
    European tuning split (seeds 1 and 2) notes P/R 0.998/0.986 low, 0.998/0.987 high,
    tables the same; English public set P 0.988 both, R 0.963 low, 0.964 high
    (`python benchmarks/eval_classification.py`).
    """

    def __init__(self, languages: tuple[str, ...]) -> None:
        from lingua import IsoCode639_1, LanguageDetectorBuilder

        self.languages = tuple(dict.fromkeys(languages))
        codes = [getattr(IsoCode639_1, code.upper()) for code in self.languages]
        self.default = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in self.languages \
            else self.languages[0]
        self._detector = None
        if len(codes) > 1:
            self._detector = (LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
                              .with_preloaded_language_models().with_low_accuracy_mode()
                              .build())

    def detect(self, text: str) -> str:
        """The language of `text`, one of `languages`; the default when it cannot tell.

        Hosts, addresses, codes and numbers are no words of any language and are left out.
        A text with more stop words of the default language than of any other is the
        default's at once (the rule below would say so too): most text costs no lingua call.
        Of the languages lingua finds likely (confidence 0.05 or more; on a short text it
        may rank Portuguese and Spanish over Italian), the one whose stop words the text
        uses most wins, lingua's confidence breaking ties. lingua also reads a name or an
        address as the language it sounds like ("Maybe it's under Caitlyn Schulz" sounds
        German), so another language wins over the default only when the text's own little
        words say so too (more stop words of that language alone than of the default's
        alone), or, when they do not tell, when lingua is sure. A language whose stop words
        the text uses most, three or more, is a candidate whatever lingua says.
        """
        sample = _NOT_PROSE.sub(" ", text[:SAMPLE_CHARS])
        if self._detector is None or len(_LETTER.findall(sample)) < MIN_LETTERS:
            return self.default
        # acronyms and labels in capitals ("TOP 2", "AU") are no words of a language, nor
        # is an initial ("Katie E Miles": no Spanish or Italian "e"); English "I" is a word
        tokens = [token.lower() for token in _WORD.findall(sample)
                  if not token.isupper() or token == "I"]
        found = {language: [token for token in tokens if token in stop_words(language)]
                 for language in self.languages}
        hits = {language: len(words) for language, words in found.items()}
        if all(hits[self.default] > n for language, n in hits.items()
               if language != self.default):
            return self.default  # what the rest would decide, without asking lingua
        most = max(hits.values())
        confidences = [(value.language.iso_code_639_1.name.lower(), value.value)
                       for value in self._detector.compute_language_confidence_values(sample)]
        likely = [(code, value) for code, value in confidences
                  if value >= LIKELY or code == self.default
                  or hits[code] == most >= STOP_WORDS_ALONE]
        distinct = {language: len(set(words)) for language, words in found.items()}
        # different stop words first: one abbreviation repeated ("Ser.-Nr." four times is no
        # Spanish "ser") outweighs none of a language's own
        language, confidence = max(likely, key=lambda pair: (
            distinct.get(pair[0], 0), hits.get(pair[0], 0), pair[1]))
        if language == self.default:
            return language
        theirs, ours = stop_words(language), stop_words(self.default)
        own = sum(token in theirs and token not in ours for token in tokens)
        default = sum(token in ours and token not in theirs for token in tokens)
        if own != default:
            return language if own > default else self.default
        return language if confidence >= SURE else self.default

"""Decide, per record, whether it holds personal data or only customer data.

`RecordClassifier` is heavy (a spaCy model and Presidio's registry), so it is built once
per worker process and fed batches: spaCy runs over every distinct text of a batch in
one `nlp.pipe` call, then Presidio's recognizers run on the ready-made NLP artifacts.
"""

from __future__ import annotations

import logging
import re
from collections import Counter, OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from presidio_analyzer.nlp_engine import NerModelConfiguration, SpacyNlpEngine
from spacy.tokens import Doc

from classifiers.columns import FULL_ANALYSIS, NO_ENTITY, ColumnKind, DatasetProfile, check_value
from classifiers.engine import ContextWords, LeanAnalyzerEngine, SettledRegistry
from classifiers.languages import (
    DEFAULT_LANGUAGE,
    LANGUAGE_COUNTRIES,
    LanguageDetector,
    region_country,
)
from classifiers.models import (
    LOWER_LEMMA,
    dictionary_words,
    load_language_pipeline,
    load_spacy_model,
    tagging_components,
)
from classifiers.name_context import NameContextModel, bundled_model
from classifiers.names import fold
from classifiers.offline import use_bundled_suffix_list
from classifiers.recognizers.addressee import AddresseeRecognizer
from classifiers.recognizers.born_name import BornNameRecognizer
from classifiers.recognizers.card_number import CardNumberRecognizer
from classifiers.recognizers.custom import custom_recognizer
from classifiers.recognizers.domain_name import domain_name_recognizer
from classifiers.recognizers.driver_license import DriverLicenseRecognizer
from classifiers.recognizers.email_address import EmailAddressRecognizer
from classifiers.recognizers.firms import names_a_firm
from classifiers.recognizers.historical import (
    a_head_of_government,
    a_ruler,
    an_anniversary_before,
    credited_or_record_holders,
    credited_with_a_work,
    historical_year_on_line,
    in_a_bibliographic_record,
    in_a_chronicle,
    in_a_list_of_acquisitions,
    in_a_list_of_characters,
    in_a_surtitle_cue_list,
    lifetime_after,
    made_long_ago_by,
    named_after_before,
    on_a_season_programme_line,
    on_a_work_catalogue_line,
    on_a_works_line,
    on_an_artworks_line,
    on_an_etymology_line,
    well_known_at,
)
from classifiers.recognizers.iban_code import IBAN_HINT, IbanCodeRecognizer, iban_shaped_spans
from classifiers.recognizers.licence_card import LicenceCardRecognizer
from classifiers.recognizers.local_name import (
    SHAPE_ONLY,
    LocalNameRecognizer,
    a_namesake_after_an_article,
    after_a_name_label,
    after_a_saints_title,
    ends_in_a_trade,
    follows_a_founding_body,
    in_an_institutions_name,
    names_a_building,
    names_a_car_model,
    names_a_club,
    names_a_colour,
    names_a_french_town,
    names_a_namesake,
    names_a_product,
    names_a_public_body,
    names_a_shop,
    names_an_airline_or_a_drink,
    on_a_route_line,
    opens_with_a_common_word,
    opens_with_a_dutch_compound,
    opens_with_an_organisations_word,
    station_named,
)
from classifiers.recognizers.name_column import NameColumnRecognizer
from classifiers.recognizers.named_field import NamedFieldRecognizer
from classifiers.recognizers.national_id import national_id_recognizers
from classifiers.recognizers.nhs_number import NhsNumberRecognizer
from classifiers.recognizers.person_name import (
    PersonNameRecognizer,
    animal_after,
    animal_before,
    dose_after,
    in_an_ingredient_list,
    little_words_only,
    other_languages_words,
    plausible_person,
)
from classifiers.recognizers.phone_shape import PhoneShapeRecognizer
from classifiers.recognizers.signed_name import SignedNameRecognizer
from classifiers.recognizers.specimen import a_specimen
from classifiers.recognizers.street_address import (
    street_address_recognizer,
    town_after_a_postcode,
)
from classifiers.recognizers.table_cells import (
    CELL_BREAK,
    a_lone_name_in_its_column,
    a_quoted_title,
    in_a_column_of_no_one,
    in_a_header_row,
    in_a_markup_tag,
    in_a_name_index,
    in_a_thing_column,
    in_an_old_row,
    on_a_phonetic_line,
    on_a_price_list_line,
)
from classifiers.settings import ClassifierSettings

PERSONAL = "personal"
CUSTOMER = "customer"
UNREAD = "_UNREAD_LANGUAGE"
"""A marker among a text's spans (never an entity): its language has no reader."""

CHUNK_CHARS = 20_000
CHUNK_OVERLAP = 200
PIPE_BATCH = 64
# Results of recently analysed short texts, per worker: templated notes, ticket subjects
# and log messages repeat across batches, not only within one. Bounded, so that a
# worker's memory does not grow with input; results hold types and offsets, never text.
CACHE_ENTRIES = 20_000
CACHE_MAX_CHARS = 2_000

Fields = Sequence[tuple[str, str]]
Item = tuple[str, str, str | None]
NAMING_THINGS = frozenset({ColumnKind.LABEL, ColumnKind.LOCATION})
"""(field name, text, country of the record's region): one analysis, cached."""
Spans = frozenset[tuple[str, int, int]]
"""(entity type, start, end) found in one text: all a verdict needs, and small to cache."""


@dataclass(frozen=True)
class Verdict:
    """The classification of one record: types and counts only, never values."""

    category: str
    entity_counts: tuple[tuple[str, int], ...]
    personal_fields: tuple[str, ...]
    error: str | None = None
    reasons: tuple[tuple[str, str, int], ...] = ()
    """(field, personal entity type, count): what made the record personal."""
    unread_languages: tuple[str, ...] = ()
    """Languages of the record's free text that neither a model nor a name list reads:
    its names may be missed, so the run reports them (summary.json)."""

    @property
    def failed(self) -> bool:
        return self.error is not None


# Presidio logs the texts of some decisions at DEBUG and chatty registry warnings at
# WARNING; an auditor's log must never carry data, so only errors pass.
logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)

NER_LABELS_TO_IGNORE = (
    "CARDINAL", "EVENT", "LANGUAGE", "LAW", "MONEY", "ORDINAL", "PERCENT", "PRODUCT",
    "QUANTITY", "WORK_OF_ART",
)


class _PreloadedSpacyEngine(SpacyNlpEngine):
    """Presidio's spaCy engine around a model we loaded ourselves (never downloads).

    With `tags_wanted`, spaCy runs in two passes: every component but the tagger's over
    all texts, then the tagger's over the docs `tags_wanted` picks (only PersonNameRecognizer
    reads tags, and only for some texts; the tagger costs as much as the NER).
    """

    def __init__(self, nlp, language: str,
                 tags_wanted: Callable[[Doc], bool] | None = None) -> None:
        configuration = NerModelConfiguration(labels_to_ignore=list(NER_LABELS_TO_IGNORE))
        super().__init__(
            models=[{"lang_code": language, "model_name": nlp.meta["name"]}],
            ner_model_configuration=configuration,
        )
        self.nlp = {language: nlp}
        self.tags_wanted = tags_wanted

    def load(self) -> None:  # already loaded
        return None

    def process_batch(self, texts, language, batch_size=1, n_process=1, as_tuples=False):
        nlp = self.nlp[language]
        tagging = tagging_components(nlp) if language == DEFAULT_LANGUAGE else []
        if self.tags_wanted is None or as_tuples or n_process != 1 or not tagging:
            yield from super().process_batch(texts, language, batch_size, n_process, as_tuples)
            return
        with nlp.select_pipes(disable=tagging):
            docs = list(nlp.pipe(texts, batch_size=batch_size))
        wanted = [doc for doc in docs if self.tags_wanted(doc)]
        # The attribute ruler also writes lemmas: the lower-case lemma goes on top again.
        for name in tagging + [name for name in nlp.pipe_names if name == LOWER_LEMMA]:
            component = nlp.get_pipe(name)
            wanted = (list(component.pipe(wanted, batch_size=batch_size))
                      if hasattr(component, "pipe") else [component(doc) for doc in wanted])
        for doc in docs:
            yield doc.text, self._doc_to_nlp_artifact(doc, language)


ENGLISH_READERS = frozenset({"SpacyRecognizer", "PersonNameRecognizer"})
"""Recognizers of person names that read English: on text lingua read as English only."""
CELL_OR_LINE_BREAK = re.compile(rf"\n|{CELL_BREAK.pattern}")
"""Where a name ends at the latest: a line break, or a table's column gap."""


def _recognizer_name(result) -> str:
    """The name of the recognizer that found `result` ("" when Presidio did not say)."""
    return (result.recognition_metadata or {}).get(result.RECOGNIZER_NAME_KEY, "")


def _english_reader(result) -> bool:
    return _recognizer_name(result) in ENGLISH_READERS


def _one_line(text: str, result):
    """A name never runs over a line break or a table's column gap: spaCy's span "Gude
    KG\\n *\\n * Licensed" of a source file's header is cut to its first line, "wyjście
    uwagi" of a table's header to its first cell. (Presidio's results are plain objects
    made for this one analysis: cut in place.)"""
    if result.entity_type == "PERSON":
        cut = CELL_OR_LINE_BREAK.search(text, result.start, result.end)
        if cut:
            result.end = result.start + len(text[result.start:cut.start()].rstrip())
    return result


DIGITS_ONLY = re.compile(r"[\d .\-/]+")


def inside_a_longer_number(text: str, result) -> bool:
    """Is a number found (an SSN's or an ITIN's shape) only part of a longer one, joined by
    a hyphen, a dot or a slash ("ISBN 978-83-7327-482-1" holds no "978-83-7327")? Phone
    numbers weigh their own edges."""
    if result.entity_type == "PHONE_NUMBER" or not DIGITS_ONLY.fullmatch(
            text, result.start, result.end):
        return False
    before = text[max(0, result.start - 2):result.start]
    after = text[result.end:result.end + 2]
    return bool(re.fullmatch(r"\d[-./]|.?\d", before) or re.match(r"[-./]\d|\d", after))


def _found_by_shape_alone(result) -> bool:
    """A local name find that no name list, form of address or phrase supports."""
    return _recognizer_name(result) == LocalNameRecognizer.NAME and result.score <= SHAPE_ONLY


def _checks_itself(result) -> bool:
    """LocalNameRecognizer weighs places and firms itself, NamedFieldRecognizer and
    NameColumnRecognizer have their key's or header's word, BornNameRecognizer its birth
    date, AddresseeRecognizer its line's address, LicenceCardRecognizer the licence's numbered
    fields, SignedNameRecognizer the letter's place and date; `plausible_person` reads English
    (and would drop a lower-case name after a local form of address, or one in quotes among
    a log line's keys)."""
    return _recognizer_name(result) in (
        LocalNameRecognizer.NAME, NamedFieldRecognizer.NAME, NameColumnRecognizer.NAME,
        BornNameRecognizer.NAME, AddresseeRecognizer.NAME, LicenceCardRecognizer.NAME,
        SignedNameRecognizer.NAME)


def chunks(
    text: str, size: int = CHUNK_CHARS, overlap: int = CHUNK_OVERLAP
) -> list[tuple[int, str]]:
    """Split long text at whitespace into overlapping pieces, so the whole text is
    scanned (spaCy's max_length never bites) and no entity is cut in two."""
    if len(text) <= size:
        return [(0, text)]
    pieces = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            space = text.rfind(" ", start + size // 2, end)
            end = space if space > 0 else end
        pieces.append((start, text[start:end]))
        if end >= len(text):
            break
        start = max(end - overlap, start + 1)
    return pieces


def unescape_breaks(text: str) -> str:
    """Exports often carry line breaks escaped twice (a backslash and an 'n'); read them
    as breaks, at the same length so that offsets stay true."""
    if "\\" not in text:
        return text
    return text.replace("\\n", "\n ").replace("\\t", "\t ").replace("\\r", "\r ")


ZPL_FIELD = re.compile(r"\^F[DS]")
"""A label printer's field data starts at "^FD" and ends at "^FS" (ZPL, shipping labels)."""


def label_fields_as_lines(text: str) -> str:
    """A ZPL label's fields read as lines ("^FO40,90^A0N,44,44^FDJan Kowal^FS" holds the
    line "Jan Kowal"), at the same length so that offsets stay true."""
    if "^F" not in text:
        return text
    return ZPL_FIELD.sub("\n  ", text)


def english_words(nlp) -> frozenset[str]:
    """The model's own dictionary, kept by `lean_pipeline` when it removed the lemmatizer."""
    kept = getattr(nlp, "flowaudit_english_words", None)
    return kept if kept is not None else dictionary_words(nlp)


def context_words(field_name: str) -> list[str]:
    """A column name is the best context word there is ('phone', 'email', 'address')."""
    return [w for w in re.split(r"[^a-zA-Z]+", field_name.lower()) if len(w) > 1]


class RecordClassifier:
    """Presidio + spaCy, applied to records (sequences of named text fields)."""

    def __init__(self, settings: ClassifierSettings,
                 name_context: NameContextModel | None = None) -> None:
        """`name_context` replaces the bundled name-context model (a benchmark that trains
        one passes a recorder); none is used when the settings turn it off."""
        use_bundled_suffix_list()
        self.settings = settings
        self._name_context = name_context if name_context is not None else (
            bundled_model() if settings.name_context_model else None)
        nlp, self.model_name = load_spacy_model(settings.model)
        nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
        self.nlp_engine = _PreloadedSpacyEngine(nlp, settings.language)
        registry = SettledRegistry(supported_languages=[settings.language])
        registry.load_predefined_recognizers(
            languages=[settings.language], nlp_engine=self.nlp_engine
        )
        # Presidio's phone recognizer runs libphonenumber's matcher for eight regions over
        # every text (a third of the analysis time) and scores a number 0.4 without a
        # context word; PhoneShapeRecognizer covers the same writings at a fraction.
        registry.remove_recognizer("PhoneRecognizer")
        # Loaded case-insensitive, Presidio's IBAN pattern swallows the word after an IBAN
        # written without spaces and then fails its own check (see IbanCodeRecognizer).
        registry.remove_recognizer("IbanRecognizer")
        registry.remove_recognizer("EmailRecognizer")
        registry.remove_recognizer("NhsRecognizer")
        registry.add_recognizer(NhsNumberRecognizer())
        registry.add_recognizer(EmailAddressRecognizer())
        registry.add_recognizer(IbanCodeRecognizer())
        registry.add_recognizer(street_address_recognizer())
        registry.add_recognizer(domain_name_recognizer())
        registry.add_recognizer(PhoneShapeRecognizer())
        registry.add_recognizer(CardNumberRecognizer())
        registry.add_recognizer(DriverLicenseRecognizer())
        for recognizer in national_id_recognizers():
            registry.add_recognizer(recognizer)
        person_names = PersonNameRecognizer(english_words(nlp))
        registry.add_recognizer(person_names)
        registry.add_recognizer(LocalNameRecognizer())
        registry.add_recognizer(NamedFieldRecognizer())
        registry.add_recognizer(NameColumnRecognizer())
        registry.add_recognizer(BornNameRecognizer())
        registry.add_recognizer(AddresseeRecognizer())
        registry.add_recognizer(LicenceCardRecognizer())
        registry.add_recognizer(SignedNameRecognizer())
        self.nlp_engine.tags_wanted = person_names.reads_tags
        self._load_languages(settings)
        for spec in settings.recognizers:
            registry.add_recognizer(custom_recognizer(spec))
        self.analyzer = LeanAnalyzerEngine(
            registry=registry,
            context_aware_enhancer=ContextWords(),
            nlp_engine=self.nlp_engine,
            supported_languages=[settings.language],
        )
        self.personal = frozenset(settings.personal_entities)
        # Ask only for what some recognizer can find: Presidio warns on the rest.
        supported = set(self.analyzer.get_supported_entities(settings.language))
        unknown = sorted(set(settings.entities) - supported)
        if unknown:  # fail closed: a name no recognizer finds would find nothing, silently
            raise ValueError(f"no recognizer finds the entity types {', '.join(unknown)}")
        self.entities = list(settings.entities)
        self._recent: OrderedDict[Item, Spans] = OrderedDict()

    def _load_languages(self, settings: ClassifierSettings) -> None:
        """One pipeline per expected language: the configured model's entity recognizer,
        or spaCy's tokenizer alone; each text goes through its language's pipeline only
        (no second NER pass). English NER never reads other languages' text."""
        from classifiers.names import name_languages

        models = dict(settings.models)
        languages = tuple(dict.fromkeys((self.settings.language, *settings.languages)))
        self.detector = LanguageDetector(languages)
        readable = name_languages() | {self.settings.language} | set(models)
        self.model_names = {self.settings.language: self.model_name}
        for language in languages:
            if language == self.settings.language:
                continue
            nlp, name = load_language_pipeline(language, models.get(language))
            nlp.max_length = max(nlp.max_length, CHUNK_CHARS * 2)
            self.nlp_engine.nlp[language] = nlp
            self.model_names[language] = name
        self.unreadable = frozenset(languages) - readable
        self.other_languages = tuple(language for language in languages
                                     if language != DEFAULT_LANGUAGE)

    def language_of(self, text: str) -> str:
        """Told from the text as analysed: an escaped line break ("Waltari\\nPinellas") joins
        no words into one."""
        return self.detector.detect(unescape_breaks(text))

    def classify(self, fields: Fields, profile: DatasetProfile | None = None,
                 region: str | None = None) -> Verdict:
        return self.classify_batch([fields], None if profile is None else [profile],
                                   None if region is None else [region])[0]

    def classify_batch(self, records: Sequence[Fields],
                       profiles: Sequence[DatasetProfile | None] | None = None,
                       regions: Sequence[str | None] | None = None) -> list[Verdict]:
        """One verdict per record, in order. A failure costs only its own record.

        With a profile per record, a value that fits its column's inferred kind is checked
        by that kind's validator alone; every other value goes through full analysis.
        A record's region (an Azure region name) says which country's national phone
        formats its text is checked against, besides those of the text's language.
        """
        if profiles is None:
            profiles = [None] * len(records)
        if regions is None:
            regions = [None] * len(records)
        # Distinct (field context, text, country) items: repeated values are analysed once.
        wanted: dict[Item, None] = {}
        structured: list[tuple[dict[str, ColumnKind], str | None]] = []
        for fields, profile, region in zip(records, profiles, regions, strict=True):
            direct = {}
            country = region_country(region)
            for name, text in fields:
                kind = profile.kind(name) if profile is not None else ColumnKind.MIXED
                if kind not in FULL_ANALYSIS and check_value(kind, text):
                    direct[name] = kind
                else:
                    wanted[(name, text, country)] = None
                    if kind in NAMING_THINGS:
                        direct[name] = kind  # analysed in full, read as a label's value
            structured.append((direct, country))
        found = self._analyse_cached(list(wanted))
        return [self._verdict(fields, found, direct, country)
                for fields, (direct, country) in zip(records, structured, strict=True)]

    def find_spans(self, texts: Sequence[str]) -> list[list[tuple[str, int, int]]]:
        """(entity type, start, end) per text, no context: for the accuracy harness."""
        found = self._analyse([("", text, None) for text in dict.fromkeys(texts)])
        result = []
        for text in texts:
            value = found.get(("", text, None), [])
            if isinstance(value, Exception):
                raise value
            result.append(sorted(spans for spans in value if spans[0] != UNREAD))
        return result

    def _analyse_cached(self, items: list[Item]) -> dict:
        """`_analyse`, answering texts seen recently from the bounded cache."""
        recent = self._recent
        found: dict = {}
        missing = []
        for item in items:
            if item in recent:
                recent.move_to_end(item)
                found[item] = recent[item]
            else:
                missing.append(item)
        for item, result in (self._analyse(missing) if missing else {}).items():
            found[item] = result
            if not isinstance(result, Exception) and len(item[1]) <= CACHE_MAX_CHARS:
                recent[item] = result  # failures are never cached: they fail closed again
                if len(recent) > CACHE_ENTRIES:
                    recent.popitem(last=False)
        return found

    def _analyse(self, items: list[Item]) -> dict:
        """Each text through its own language's pipeline, then Presidio's recognizers."""
        by_language: dict[str, list[Item]] = {}
        for item in items:
            by_language.setdefault(self.language_of(item[1]), []).append(item)
        results: dict = {}
        for language, group in sorted(by_language.items()):
            # spaCy adds every new token to its string store for good: over millions of
            # distinct values (e-mails, ids) a worker would grow without end. A memory zone
            # frees this batch's strings once its results are plain spans.
            with self.nlp_engine.nlp[language].memory_zone():
                results.update(self._analyse_in_zone(group, language))
        return results

    def _analyse_in_zone(self, items: list[Item], language: str) -> dict:
        pieces = [
            (item, offset, piece)
            for item in items
            for offset, piece in chunks(label_fields_as_lines(unescape_breaks(item[1])))
        ]
        results: dict[Item, Spans | Exception] = {}
        # A text in a language nothing reads names in is marked, never silently clean.
        marker = frozenset({(UNREAD, 0, 0), (f"{UNREAD}:{language}", 0, 0)}) \
            if language in self.unreadable else frozenset()
        artifacts = self.nlp_engine.process_batch(
            [piece for _, _, piece in pieces], language, batch_size=PIPE_BATCH
        )
        for (item, offset, piece), (_, nlp_artifacts) in zip(pieces, artifacts, strict=True):
            if isinstance(results.get(item), Exception):
                continue
            nlp_artifacts.language = language
            # Recognizers of national formats (phone numbers) read the countries here: the
            # record's region's, and, but for English (read as before), the language's.
            nlp_artifacts.countries = tuple(dict.fromkeys(
                ((item[2],) if item[2] else ()) + (() if language == DEFAULT_LANGUAGE
                                                   else LANGUAGE_COUNTRIES.get(language, ()))))
            try:
                found = self.analyzer.analyze(
                    text=piece,
                    language=self.settings.language,
                    entities=self.entities,
                    score_threshold=self.settings.score_threshold,
                    context=context_words(item[0]),
                    nlp_artifacts=nlp_artifacts,
                )
            except Exception as error:  # a recognizer bug must not read as "no entity"
                results[item] = error
                continue
            # Digits inside an IBAN are no phone or card number of their own.
            ibans = iban_shaped_spans(piece) if IBAN_HINT.search(piece) else ()
            lines = [_one_line(piece, result) for result in found]
            people = self._people(piece, [r for r in lines if r.entity_type == "PERSON"],
                                  language)
            # Overlapping chunks may find an entity twice: a set counts it once.
            shifted = {
                (r.entity_type, r.start + offset, r.end + offset)
                for r in lines
                if (r.entity_type != "PERSON" or (r.start, r.end) in people)
                and not inside_a_longer_number(piece, r)
                and not a_specimen(piece, r.entity_type, r.start, r.end)
                and not any(start <= r.start and r.end <= end and r.entity_type != "IBAN_CODE"
                            for start, end in ibans)
            }
            results[item] = results.get(item, marker) | shifted
        return results

    def _people(self, piece: str, results: list, language: str) -> set[tuple[int, int]]:
        """The PERSON results that are a person's name, as (start, end). A whole name its
        context shows to be a public or a historical figure's somewhere in the piece is none
        where it stands again: "Elisabeth Mann Borgese" in a ships' table is the namesake
        the footnote's lifetime shows. So is a name alone among things in a table's column
        (`a_lone_name_in_its_column`), and one whose context the name-context model scores
        as a namesake's (`name_context.py`)."""
        named = [(r, fold(piece[r.start:r.end]), self._a_public_figure_here(piece, r))
                 for r in results if r.end > r.start]
        public = {name for _, name, here in named if here and " " in name}
        people = {(r.start, r.end) for r, name, here in named
                  if not here and name not in public
                  and not self._a_thing_here(piece, r, language)
                  and self._person(piece, r, language)}
        people = {span for span in people
                  if not a_lone_name_in_its_column(piece, span[0], people, language)}
        if self._name_context is None:
            return people
        strongest = {(r.start, r.end): r for r in sorted(results, key=lambda r: r.score)}
        return {span for span in people if self._name_context.a_name_here(
            piece, *span, language, strongest[span].score, _recognizer_name(strongest[span]))}

    @staticmethod
    def _a_public_figure_here(piece: str, result) -> bool:
        """Does the context show a PERSON result names a public or a historical figure or a
        namesake: a lifetime, a ruler's or an office's title, an anniversary, a work?"""
        start, end = result.start, result.end
        return (lifetime_after(piece, end)
                or names_a_namesake(piece[start:end])
                or named_after_before(piece, start)
                or on_a_work_catalogue_line(piece, start)
                or on_an_artworks_line(piece, start)
                or historical_year_on_line(piece, start)
                or in_an_old_row(piece, start)
                or in_a_list_of_characters(piece, start)
                or in_a_surtitle_cue_list(piece) or in_a_bibliographic_record(piece)
                or on_a_season_programme_line(piece, start)
                or in_a_list_of_acquisitions(piece, start)
                or credited_with_a_work(piece, start, end)
                or in_a_chronicle(piece, start)
                or on_an_etymology_line(piece, start)
                or a_ruler(piece, start, end)
                or a_head_of_government(piece, start, end)
                or an_anniversary_before(piece, start)
                or made_long_ago_by(piece, start)
                or on_a_works_line(piece, start)
                or credited_or_record_holders(piece)
                or well_known_at(piece, start, end))

    @staticmethod
    def _a_thing_here(piece: str, result, language: str) -> bool:
        """Does the context show a PERSON result names a firm, a place, an animal or a thing,
        or is it markup or a title? A form's name label before it outweighs the words that
        make a name a shop's, a club's or a thing's ("Naam: Kino Geldens")."""
        start, end = result.start, result.end
        return (names_a_firm(piece, start, end) or station_named(piece, end)
                or in_a_thing_column(piece, start) or in_a_header_row(piece, start)
                or _found_by_shape_alone(result) and in_a_column_of_no_one(piece, start)
                or dose_after(piece, end) or in_an_ingredient_list(piece, start)
                or animal_after(piece, end, language)
                or animal_before(piece, start, end, language)
                or on_a_price_list_line(piece, start, end)
                or town_after_a_postcode(piece, start)
                or in_a_markup_tag(piece, start)
                or on_a_phonetic_line(piece, start)
                or a_quoted_title(piece, start, end)
                or in_a_name_index(piece, start)
                or in_an_institutions_name(piece, start, end)
                or on_a_route_line(piece, start)
                or opens_with_a_common_word(piece, start, end, language)
                or opens_with_a_dutch_compound(piece, start, end, language)
                or not after_a_name_label(piece, start) and (
                    names_a_building(piece, start, end)
                    or names_a_colour(piece, start, end)
                    or names_a_club(piece, start, end)
                    or names_a_car_model(piece, start, end)
                    or names_a_french_town(piece, start, end)
                    or names_a_shop(piece, start, end)
                    or names_a_public_body(piece, start, end)
                    or follows_a_founding_body(piece, start)
                    or after_a_saints_title(piece, start)
                    or opens_with_an_organisations_word(piece, start, end)
                    or names_a_product(piece, start)
                    or ends_in_a_trade(piece, start, end)
                    or names_an_airline_or_a_drink(piece, start, end)
                    or a_namesake_after_an_article(piece, start, end, language)))

    def _person(self, piece: str, result, language: str) -> bool:
        """Is a PERSON result a person's name, not a firm's, a place's or a word's?"""
        if piece[result.start - 1:result.start] == "/" or piece[result.end:result.end + 1] == "/":
            return False  # a path's or a time zone's part: "Europe/Berlin"
        if _checks_itself(result):
            return True
        if language == DEFAULT_LANGUAGE and self.other_languages and _english_reader(result) \
                and (other_languages_words(piece, result.start, result.end, self.other_languages)
                     or little_words_only(piece[result.start:result.end], self.other_languages)):
            return False
        return plausible_person(piece, result.start, result.end)

    def _verdict(self, fields: Fields, found: dict, direct: dict[str, ColumnKind],
                 country: str | None = None) -> Verdict:
        counts: Counter[str] = Counter()
        reasons: Counter[tuple[str, str]] = Counter()
        unread: set[str] = set()
        for name, text in fields:
            if name in direct and (name, text, country) not in found:
                kind = direct[name]
                entities = [] if kind in NO_ENTITY else [kind.value]
            else:
                result = found.get((name, text, country), [])
                if direct.get(name) in NAMING_THINGS and not isinstance(result, Exception):
                    # A column of labels or places (its sample said so): one capitalised
                    # word in it is a thing's name ("Pascal", "Valencia"), not a person's.
                    result = frozenset(span for span in result if span[0] != "PERSON"
                                       or " " in text[span[1]:span[2]].strip())
                if isinstance(result, Exception):
                    reason = f"classification failed ({type(result).__name__})"
                    return Verdict(CUSTOMER, (), (), error=reason)
                unread.update(entity.partition(":")[2] for entity, _, _ in result
                              if entity.startswith(f"{UNREAD}:"))
                entities = [entity for entity, _, _ in result if not entity.startswith(UNREAD)]
            counts.update(entities)
            reasons.update((name, e) for e in entities if e in self.personal)
        personal_fields = tuple(sorted({name for name, _ in reasons}))
        category = PERSONAL if personal_fields else CUSTOMER
        return Verdict(
            category, tuple(sorted(counts.items())), personal_fields,
            reasons=tuple(sorted((name, entity, n) for (name, entity), n in reasons.items())),
            unread_languages=tuple(sorted(unread)))


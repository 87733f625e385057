"""Person names the small spaCy model misses, and the check that drops PERSON spans
that are codes, organisations or places (applied to every recognizer's PERSON spans)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, RecognizerResult

from classifiers.names import words

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
# What only a person does or has, said of a name: "says Tuininga.", "She named him Ciset",
# "the true gender of Vehbija", "Kosec began writing", "Unlike the Ruoho novel", "add
# Mamoru Ooshima as a beneficiary", "Aslak is very reliable. You can always depend on him."
_NAME_RUN = rf"{MIXED_CASE_WORD}(?:[ \t]+(?:[A-Z]\.?[ \t]+)?{MIXED_CASE_WORD}){{0,2}}"
HUMAN_CONTEXT = (
    re.compile(rf"[\"”“][ \t]*,?[ \t]*(?:says|said|adds|added|explains|explained|recalls|"
               rf"recalled)[ \t]+({_NAME_RUN})\b"),
    re.compile(rf"\b(?:named|called|call)[ \t]+(?:him|her)[ \t]+({MIXED_CASE_WORD})"),
    re.compile(rf"(?i:\b(?:gender|pronouns|birthday|wife|husband|widow|son|daughter)[ \t]+of)"
               rf"[ \t]+({_NAME_RUN})"),
    re.compile(rf"({_NAME_RUN})[ \t]+(?:began|started)[ \t]+(?:writing|singing|painting|acting|"
               rf"performing|composing)\b"),
    re.compile(rf"(?i:\bthe)[ \t]+({_NAME_RUN})[ \t]+(?:novel|novels|poem|poems|memoir|"
               rf"biography|concert)\b"),
    re.compile(rf"(?i:\badd(?:ed|ing)?)[ \t]+({_NAME_RUN})[ \t]+as[ \t]+(?:an?[ \t]+)?(?:"
               rf"beneficiary|guardian|co-?owner|co-?signer|dependa?e?nt|authori[sz]ed user|"
               rf"joint holder|nominee|trustee|executor|next of kin)\b"),
    re.compile(rf"(?:^|[.!?][ \t]+)({_NAME_RUN})[ \t]+(?:is|was)[ \t]+[^.!?\n]{{1,40}}[.!?]"
               rf"[ \t]+[^.!?\n]{{0,60}}\b(?:him|her|his|she|he)\b"),
)
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
stichting stiftung fundación fondazione fondation fundacja grupa gruppo grupo groupe gruppe
groep koninklijke vereniging verein associazione asociación association stowarzyszenie
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
        if getattr(nlp_artifacts, "language", "en") != "en":
            return []  # its signals are English ones; LocalNameRecognizer reads the rest
        results = []
        for pattern, score in ((TITLED_NAME, 0.85), (NAME_INTRO, 0.7), (NAME_INTRO_LOWER, 0.6),
                               (MIDDLE_INITIAL, 0.6), (VOCATIVE, 0.55), (POSSESSOR, 0.6),
                               (MY_RELATION, 0.6)):
            for match in pattern.finditer(text):
                results.append(RecognizerResult("PERSON", match.start(1), match.end(1), score))
        taken = {(r.start, r.end) for r in results}
        for pattern in HUMAN_CONTEXT:
            for match in pattern.finditer(text):
                if match.span(1) not in taken and self._not_words(match.group(1)):
                    results.append(RecognizerResult("PERSON", match.start(1), match.end(1), 0.6))
        doc = getattr(nlp_artifacts, "tokens", None)
        if doc is None:
            return results
        for start, end, score in self._scored_runs(doc, tagged=True):
            last = doc[end - 1]
            results.append(RecognizerResult("PERSON", doc[start].idx, last.idx + len(last),
                                            score))
        return results

    def _not_words(self, span: str) -> bool:
        """Does the span hold a word that is no English word, or a listed first name ("Microsoft
        Teams" in "says Microsoft Teams" is words; "Tuininga" is none)?"""
        from classifiers.names import first_names

        lows = [w.lower() for w in re.findall(r"[^\W\d_][\w'’-]*", span)]
        return any(low not in self.english_words or low in first_names() for low in lows)

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
# Words talked about, not people: "Capitalized words like Wisdom and Discipline", "names
# such as Grace", "the word Hope".
WORDS_MENTIONED_BEFORE = re.compile(
    r"(?i:\b(?:words?|terms?|names?|nouns?)[ \t]+(?:like|such[ \t]+as)|\bthe[ \t]+(?:word|term|"
    r"name)[ \t]+[\"'“‘]?)(?:[ \t]*[\"'“‘]?[A-Z][\w'’-]*[\"'”’]?[ \t]*(?:,|and|or)?)*"
    r"[ \t]*[\"'“‘]?$")
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


OTHER_LANGUAGE_WORDS = 3
"""Words of another language, besides the span, that make a text read as English a mixed one."""


def other_languages_words(text: str, start: int, end: int, languages: Iterable[str]) -> bool:
    """Is an English NER span another language's words, in a text that holds more of them?
    Lingua reads a text as English when most of it is (a translation file, a licence
    header, a server's config): English NER then calls "Konto" or "deine Bestellung" a
    person. A span with a listed name, or in a text with fewer than three other words of
    the same language (English text around a foreign name), is left as it is."""
    from classifiers.names import all_first_names, common_words, local_surnames

    def split(part: str) -> list[str]:
        return [w for w in re.split(r"[^\w'’]+", part.lower()) if w and not w.isdigit()]

    span, rest = split(text[start:end]), split(text[:start] + " " + text[end:])
    firsts = all_first_names()
    if not span or any(w in firsts or any(w in local_surnames(language)
                                          for language in languages) for w in span):
        return False
    english = common_words("en")
    for language in languages:
        theirs = common_words(language)
        if any(w in theirs and w not in english for w in span) and sum(
                w in theirs and w not in english for w in rest) >= OTHER_LANGUAGE_WORDS:
            return True
    return False


def little_words_only(span: str, languages: Iterable[str]) -> bool:
    """Is the span only another language's little words in lower case ("del", "les", "van
    der"), which the English readers take for a name in a text lingua read as English?
    Capitalised, they are names as often ("Ben", "Anders", "Ella")."""
    from classifiers.languages import stop_words

    if not span.islower():
        return False
    words = [w for w in re.split(r"[^\w'’]+", span) if w]
    english = stop_words("en")
    return bool(words) and any(all(w in stop_words(language) and w not in english
                                   for w in words) for language in languages)


DOSE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*\d+(?:[.,]\d+)?[ \t]?(?:mg|µg|mcg|ml|cl|dl|l|g|kg|mmol|i\.?e\.?|u\.?i\.?|"
    r"cp|szt\.|(?:comprim|compress|tablet|kapsel|capsul|cápsul|gélul|sachet|bustin|"
    r"saszet|stück|stuk|sztuk|pastil)\w*)(?!\w)",
    re.IGNORECASE)
"""A medicine's strength or a product's pack after its name: "Ibuprofen Sandoz 400 mg",
"Ibuprofen Teva, 400 mg", "Pasta Lassar 50 g", "Aquilea Sueño 30 comprimidos"."""


def dose_after(text: str, end: int) -> bool:
    return bool(DOSE_AFTER.match(text, end))


INGREDIENTS_LABEL = re.compile(
    r"(?i)(?<!\w)(?:zutaten|ingrédients|ingredientes|ingredienti|ingrediënten|składniki|"
    r"ingredients)[ \t]*:")
"""A food label's list of ingredients opens with its word and a colon."""
LIST_END = re.compile(r"(?<!\d)\.(?:[ \t]|\r?\n|$)")
"""A full stop that ends the list (a decimal's point does not)."""


def in_an_ingredient_list(text: str, start: int) -> bool:
    """Is `start` inside a food label's list of ingredients, before the full stop that
    ends it ("Zutaten: ... (... Säuerungsmittel Citronensäure), ... Emulgator
    Lecithine).")? It names additives and their classes, no person."""
    labels = list(INGREDIENTS_LABEL.finditer(text, 0, start))
    return bool(labels) and not LIST_END.search(text, labels[-1].end(), start)


ANIMALS = {
    "de": words("""kater katze kätzchen hund hündin welpe rüde kaninchen hase meerschweinchen
        hamster wellensittich papagei pferd stute hengst wallach pony fohlen mischling
        mischlinge"""),
    "fr": words("""chat chatte chaton chien chienne chiot lapin lapine bélier cobaye perruche
        cheval jument étalon hongre poney poulain croisé croisée croisés"""),
    "es": words("""gato gata gatito perro perra cachorro conejo coneja cobaya hámster periquito
        caballo yegua semental potro poni mestizo mestiza mestizos"""),
    "it": words("""gatto gatta gattino cane cagnolina cucciolo coniglio coniglietto criceto
        pappagallo cavallo cavalla giumenta stallone castrone puledro meticcio meticcia"""),
    "nl": words("""kater kat poes kitten hond teef reu konijn cavia hamster parkiet paard merrie
        hengst ruin pony veulen kruising"""),
    "pl": words("""kot kotka kocur kociak pies suka suczka szczeniak królik królica chomik papuga
        koń klacz ogier wałach kucyk źrebię mieszaniec mieszańce"""),
}
"""What an animal is, in the words a shelter, a breeder or a vet writes after its name."""
COMPOUND_ANIMALS = ("kater", "katze", "hund", "kaninchen", "pferd", "mischling", "paard",
                    "hond", "konijn")
ANIMAL_AFTER = re.compile(r"[ \t]*[,(·–][ \t]*([^\W\d_][\w-]*)")


def animal_after(text: str, end: int, language: str) -> bool:
    """Is the name an animal's, its kind written right after it ("Herr Schröder, Kater",
    "Doña Rosita, conejo belier", "Frau Holle, Angorakaninchen")? German and Dutch
    compounds end in the kind ("Sofakater", "Schäferhund-Mischling")."""
    match = ANIMAL_AFTER.match(text, end)
    if not match:
        return False
    word = match.group(1).lower()
    kinds = ANIMALS.get(language, frozenset())
    return word in kinds or language in ("de", "nl") and any(
        word.endswith(kind) and len(word) > len(kind) + 2 for kind in COMPOUND_ANIMALS)


STORY_ANIMALS = words("""
maus mäuschen igel schildkröte fuchs bär bärchen eichhörnchen frosch ente gans schaf
ziege kuh esel
souris souriceau hérisson tortue renard ours ourson écureuil grenouille canard oie mouton
chèvre vache âne
ratón ratoncito erizo tortuga zorro oso osito ardilla rana pato oca oveja cabra vaca burro
topo topolino topolina riccio tartaruga volpe orso orsetto scoiattolo rana anatra oca
pecora capra mucca asino
muis egel schildpad vos beer beertje eekhoorn kikker eend gans schaap geit koe ezel
mysz myszka jeż jeżyk żółw żółwica lis miś wiewiórka żaba kaczka gęś owca koza krowa osioł
zajączek zając
""")
"""Animals of children's stories and fables, besides ANIMALS' pets and farm animals."""
ANIMAL_KINDS = STORY_ANIMALS.union(*ANIMALS.values())


def animal_before(text: str, start: int, end: int, language: str) -> bool:
    """Is the name an animal's, its kind written before it, in the span or just before
    ("Souris Mimi", "Coniglio Batuffolo", "der Igel Stachel", "Zajączek Kicuś")? A kind that
    is also a surname of the language ("Fuchs", "Renard", "Vos") does not count."""
    from classifiers.names import local_surnames

    first = re.match(r"([^\W\d_]+)", text[start:end])
    before = re.search(r"([^\W\d_]+)[ \t]+\Z", text[max(0, start - 24):start])
    for word, whole in ((first, " " in text[start:end].strip()), (before, True)):
        if word is None or not whole:
            continue
        low = word.group(1).lower()
        if low in ANIMAL_KINDS and low not in local_surnames(language):
            return True
    return False


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
    if PLACE_OR_EMPLOYER_BEFORE.search(text[max(0, start - 60):start]) \
            or WORDS_MENTIONED_BEFORE.search(text[max(0, start - 60):start]):
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

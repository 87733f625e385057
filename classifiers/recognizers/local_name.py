"""Person names in languages other than English, where no entity recognizer reads the text.

No spaCy model for German, Spanish, Italian, Dutch or Polish can be installed here, and
the English one, run over such text, calls its capitalised nouns, cities and product
words people. So for a text in one of these languages (the classifier tells the language
and hands it over in the NLP artifacts) names are found by what a reader goes by:

- a local form of address before a name: "Herr Zwiebelmeier", "Mme Lefèvre", "sig.ra
  Bianchi", "mevrouw De Graaf", "pani Wiśniewska" (any surname, listed or not);
- a phrase that introduces a name: "Ansprechpartner:", "interlocutrice :", "Saludos,",
  "nominativo", "Met vriendelijke groet,", "Pozdrawiam,";
- a first name of the language's countries (or of Faker's lists) before a capitalised
  word: "Sabine Okonkwo"; or a capitalised word before a listed surname;
- in text written all in lower case, a listed first name and a listed surname together.

A listed first name alone is not enough (many are words or places too), nor a listed
surname alone ("Koch", "Richter", "Fischer" are German nouns).
"""

from __future__ import annotations

import re
from functools import cache

from presidio_analyzer import EntityRecognizer, RecognizerResult

from classifiers.languages import DEFAULT_LANGUAGE
from classifiers.names import words

FORMS_OF_ADDRESS: dict[str, tuple[str, ...]] = {
    "de": ("herr", "herrn", "frau", "hr.", "fr.", "dr.", "prof.", "familie", "fräulein"),
    "fr": ("m.", "mme", "mme.", "mlle", "mlle.", "monsieur", "madame", "mademoiselle", "me",
           "maître", "dr", "dr.", "pr", "pr."),
    "es": ("sr.", "sra.", "srta.", "sr", "sra", "señor", "señora", "señorita", "d.", "dña.",
           "don", "doña", "dr.", "dra."),
    "it": ("sig.", "sig.ra", "sig.na", "sigg.", "signor", "signora", "signorina", "dott.",
           "dott.ssa", "ing.", "avv.", "geom.", "prof.", "prof.ssa", "dr."),
    "nl": ("dhr.", "dhr", "mevr.", "mevr", "mw.", "mr.", "meneer", "mevrouw", "heer",
           "juffrouw", "dr.", "ir.", "ing.", "drs."),
    "pl": ("pan", "pani", "panu", "pana", "panią", "panem", "państwo", "p.", "dr", "dr.",
           "mgr", "mgr.", "inż.", "prof."),
    "pt": ("sr.", "sra.", "sr", "sra", "senhor", "senhora", "dr.", "dra.", "d.", "dona", "eng."),
    "sv": ("herr", "fru", "fröken"), "da": ("hr.", "fru", "frk."),
    "fi": ("herra", "rouva", "neiti"),
}
"""Words before a person's name, per language (lower case; a final dot is part of it)."""

NAME_INTRODUCERS: dict[str, tuple[str, ...]] = {
    "de": ("ansprechpartner", "ansprechpartnerin", "ansprechperson", "kontaktperson",
           "kunde", "kundin", "name", "vorname", "nachname", "mitarbeiter", "mitarbeiterin",
           "sachbearbeiter", "sachbearbeiterin", "besteller", "bestellerin", "empfänger",
           "empfängerin", "grüße", "grüßen", "gruß", "beste grüße", "viele grüße",
           "im auftrag von", "i.a.", "i. a.", "gez.", "unterzeichnet von", "gemeldet von",
           "erstellt von", "zugewiesen an", "rückruf an", "telefonat mit", "gespräch mit",
           "kontakt", "inhaber", "inhaberin", "patient", "patientin", "mieter", "mieterin"),
    "fr": ("contact", "interlocuteur", "interlocutrice", "client", "cliente", "nom",
           "prénom", "cordialement", "bien à vous", "salutations", "de la part de",
           "demandé par", "signé", "signé par", "attribué à", "rappeler", "titulaire",
           "destinataire", "locataire", "patient", "patiente", "appel de", "bonjour"),
    "es": ("contacto", "cliente", "nombre", "apellido", "apellidos", "saludos",
           "atentamente", "un saludo", "de parte de", "solicitado por", "atendido por",
           "firmado", "asignado a", "titular", "destinatario", "destinataria", "paciente",
           "inquilino", "inquilina", "llamar a", "hola", "estimado", "estimada"),
    "it": ("referente", "cliente", "nome", "cognome", "nominativo", "cordiali saluti",
           "distinti saluti", "saluti", "da parte di", "richiesto da", "firmato",
           "assegnato a", "intestatario", "intestataria", "titolare", "destinatario",
           "paziente", "inquilino", "richiamare", "gentile", "buongiorno", "ciao"),
    "nl": ("contactpersoon", "klant", "naam", "voornaam", "achternaam",
           "met vriendelijke groet", "vriendelijke groet", "groeten", "groet", "namens",
           "aangevraagd door", "ondertekend", "toegewezen aan", "terugbellen",
           "rekeninghouder", "ontvanger", "patiënt", "huurder", "beste", "geachte"),
    "pl": ("osoba kontaktowa", "kontakt", "klient", "klientka", "imię", "nazwisko",
           "imię i nazwisko", "pozdrawiam", "z poważaniem", "pozdrowienia", "w imieniu",
           "zgłaszający", "zgłaszająca", "przypisano do", "oddzwonić do", "właściciel",
           "właścicielka", "odbiorca", "pacjent", "pacjentka", "najemca", "szanowny",
           "szanowna", "dzień dobry"),
    "pt": ("contacto", "contato", "cliente", "nome", "apelido", "cumprimentos",
           "atenciosamente", "da parte de", "pedido por", "titular", "destinatário",
           "paciente", "olá", "caro", "cara"),
}
"""Phrases after which a name follows, per language."""

PARTICLES = frozenset({
    "de", "da", "di", "del", "della", "dei", "do", "dos", "das", "du", "des", "la", "le",
    "van", "von", "der", "den", "ter", "ten", "zu", "vom", "y", "i", "e", "af", "av", "'t",
})
"""Lower-case words inside a surname: "de Vries", "van der Berg", "von Stein"."""

CALENDAR_WORDS = words("""
januar februar märz april mai juni juli august september oktober november dezember montag
dienstag mittwoch donnerstag freitag samstag sonntag janvier février mars avril juin juillet
août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche
enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
lunes martes miércoles jueves viernes sábado domingo gennaio febbraio aprile maggio giugno
luglio settembre ottobre dicembre lunedì martedì mercoledì giovedì venerdì sabato domenica
januari februari maart mei augustus maandag dinsdag woensdag donderdag vrijdag zaterdag
zondag styczeń luty marzec kwiecień maj czerwiec lipiec sierpień wrzesień październik
listopad grudzień poniedziałek wtorek środa czwartek piątek sobota niedziela
""")
"""Month and weekday names: "August", "Mai", "Juli" are first names as well."""

WORD = re.compile(r"[^\W\d_][\w'’-]*\.?|[^\W\d_]\.")


@cache
def _stop_words(language: str) -> frozenset[str]:
    import importlib

    try:
        module = importlib.import_module(f"spacy.lang.{language}.stop_words")
    except ImportError:
        return frozenset()
    return frozenset(module.STOP_WORDS)


@cache
def _introducer(language: str) -> re.Pattern | None:
    phrases = NAME_INTRODUCERS.get(language)
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?i)(?<![\w.])(?:{alternatives})(?![\w])[ \t]*[:,]?[ \t]*\n?[ \t]*")


def _capitalised(word: str) -> bool:
    stripped = word.rstrip(".")
    return bool(stripped) and stripped[0].isupper() and not stripped.isupper() \
        or (len(stripped) == 1 and stripped.isupper())


class LocalNameRecognizer(EntityRecognizer):
    """Person names in a text whose language is not English (see the module's doc)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=["PERSON"], name="LocalNameRecognizer",
                         supported_language="en")

    def load(self) -> None:
        return None

    def analyze(self, text, entities, nlp_artifacts=None):
        language = getattr(nlp_artifacts, "language", None) or DEFAULT_LANGUAGE
        if language == DEFAULT_LANGUAGE:
            return []
        return [RecognizerResult("PERSON", start, end, score)
                for start, end, score in self.spans(text, language)]

    def spans(self, text: str, language: str) -> list[tuple[int, int, float]]:
        from classifiers.names import local_first_names, local_surnames

        firsts, lasts = local_first_names(language), local_surnames(language)
        stops = _stop_words(language)
        titles = FORMS_OF_ADDRESS.get(language, ())
        lower_text = not any(c.isupper() for c in text)
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        found: list[tuple[int, int, float]] = []

        def plain(word: str) -> str:
            return word.lower().rstrip(".")

        def name_word(index: int, listed_only: bool = False) -> bool:
            """Could words[index] be (part of) a name?"""
            word = words[index][2]
            low = plain(word)
            if low in CALENDAR_WORDS or low in titles or word.endswith(".") and len(low) > 1:
                return False
            if lower_text or listed_only:
                return low in firsts or low in lasts
            return _capitalised(word) and (low not in stops or len(low) <= 2 and
                                           word.rstrip(".").isalpha() and len(word) <= 2)

        def run_from(index: int, listed_only: bool = False) -> int:
            """The end (exclusive) of the run of name words starting at `index`."""
            end = index
            while end < len(words) and end - index < 4:
                if name_word(end, listed_only):
                    end += 1
                elif (words[end][2].lower() in PARTICLES and end + 1 < len(words)
                      and end > index and name_word(end + 1, listed_only)
                      and _gap(end) and _gap(end + 1)):
                    end += 2
                else:
                    break
                if end < len(words) and not _gap(end):
                    break
            return end

        def _gap(index: int) -> bool:
            """Only spaces (no punctuation, no line break) between words[index-1] and it."""
            between = text[words[index - 1][1]:words[index][0]]
            return bool(re.fullmatch(r"[ \t]{1,3}", between))

        def add(start_index: int, end_index: int, score: float) -> None:
            found.append((words[start_index][0], words[end_index - 1][1], score))

        # a form of address, then any name-shaped words
        for index, (_, _, word) in enumerate(words[:-1]):
            if word.lower() in titles and (_gap(index + 1) or text[words[index][1]:
                                                                   words[index + 1][0]] == ""):
                nxt = index + 1
                if plain(words[nxt][2]) in titles:  # "Frau Dr. Weber"
                    nxt += 1
                if nxt >= len(words) or not _gap(nxt):
                    continue
                if lower_text:
                    low = plain(words[nxt][2])
                    if low in stops or low in CALENDAR_WORDS:
                        continue
                    end = run_from(nxt, listed_only=True)
                    add(nxt, max(end, nxt + 1), 0.7 if end > nxt else 0.6)
                    continue
                end = run_from(nxt)
                if end > nxt:
                    add(nxt, end, 0.85)
        # a phrase that introduces a name
        introducer = _introducer(language)
        if introducer is not None:
            starts = {start: i for i, (start, _, _) in enumerate(words)}
            for match in introducer.finditer(text):
                index = starts.get(match.end())
                if index is None:
                    continue
                end = run_from(index, listed_only=lower_text)
                if end > index and (lower_text or end - index > 1
                                    or plain(words[index][2]) in firsts | lasts):
                    add(index, end, 0.6 if lower_text else 0.7)
        # a listed first name before more name words, or a name word before a listed surname
        index = 0
        while index < len(words):
            low = plain(words[index][2])
            if not name_word(index) or words[index][2].endswith("."):
                index += 1
                continue
            end = run_from(index, listed_only=lower_text)
            if end - index >= 2:
                run = [plain(w) for _, _, w in words[index:end]]
                listed_first = run[0] in firsts
                listed_last = any(w in lasts for w in run[1:])
                if lower_text and listed_first and listed_last:
                    add(index, end, 0.6)
                elif not lower_text and (listed_first or listed_last):
                    add(index, end, 0.7 if listed_first else 0.6)
                index = end
                continue
            index += 1
        return found

"""The European part of the accuracy harness: per-language record precision and recall
for notes (free text) and tables, flowaudit and stock Presidio in the same run.

Texts: `european_templates.py` (written by hand, ≥ 15 personal and ≥ 15 non-personal per
language), filled under a seed with values of Faker's locale providers. Person names come
half from Faker and half from a second source, so that the classifier's name lists are not
measured against themselves: first names of the language's countries from gender-guesser's
`nam_dict.txt` (Jörg Michael's name dictionary, GPL; not bundled, read at run time), and
surnames that are in none of the classifier's lists (`data/heldout_surnames.tsv.gz`). One
text in ten is written all in lower case.

Tables: per language, customer tables with local column names (one personal column each,
beside customer columns), and tables with none (warehouses by city, shops, products,
servers). A row is personal when its table holds a personal column.

    python benchmarks/eval_classification.py --european-only --seeds 11 22 33
"""

from __future__ import annotations

import gzip
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from european_templates import (
    FORMS,
    LEGAL_FORMS,
    NOT_PERSONAL,
    NOT_PERSONAL_NEW,
    PERSONAL,
    PERSONAL_NEW,
    PRODUCTS,
)
from european_templates_eighteenth import NOT_PERSONAL_EIGHTEENTH, PERSONAL_EIGHTEENTH
from european_templates_eighth import NOT_PERSONAL_EIGHTH, PERSONAL_EIGHTH
from european_templates_eleventh import NOT_PERSONAL_ELEVENTH, PERSONAL_ELEVENTH
from european_templates_fifteenth import NOT_PERSONAL_FIFTEENTH, PERSONAL_FIFTEENTH
from european_templates_fifth import NOT_PERSONAL_FIFTH, PERSONAL_FIFTH
from european_templates_fiftieth import NOT_PERSONAL_FIFTIETH, PERSONAL_FIFTIETH
from european_templates_fiftyeighth import NOT_PERSONAL_FIFTYEIGHTH, PERSONAL_FIFTYEIGHTH
from european_templates_fiftyfifth import NOT_PERSONAL_FIFTYFIFTH, PERSONAL_FIFTYFIFTH
from european_templates_fiftyfirst import NOT_PERSONAL_FIFTYFIRST, PERSONAL_FIFTYFIRST
from european_templates_fiftyfourth import NOT_PERSONAL_FIFTYFOURTH, PERSONAL_FIFTYFOURTH
from european_templates_fiftyninth import NOT_PERSONAL_FIFTYNINTH, PERSONAL_FIFTYNINTH
from european_templates_fiftysecond import NOT_PERSONAL_FIFTYSECOND, PERSONAL_FIFTYSECOND
from european_templates_fiftyseventh import NOT_PERSONAL_FIFTYSEVENTH, PERSONAL_FIFTYSEVENTH
from european_templates_fiftysixth import NOT_PERSONAL_FIFTYSIXTH, PERSONAL_FIFTYSIXTH
from european_templates_fiftythird import NOT_PERSONAL_FIFTYTHIRD, PERSONAL_FIFTYTHIRD
from european_templates_fortieth import NOT_PERSONAL_FORTIETH, PERSONAL_FORTIETH
from european_templates_fortyeighth import (
    NOT_PERSONAL_FORTYEIGHTH,
    PERSONAL_FORTYEIGHTH,
)
from european_templates_fortyfifth import NOT_PERSONAL_FORTYFIFTH, PERSONAL_FORTYFIFTH
from european_templates_fortyfirst import NOT_PERSONAL_FORTYFIRST, PERSONAL_FORTYFIRST
from european_templates_fortyfourth import NOT_PERSONAL_FORTYFOURTH, PERSONAL_FORTYFOURTH
from european_templates_fortyninth import NOT_PERSONAL_FORTYNINTH, PERSONAL_FORTYNINTH
from european_templates_fortysecond import NOT_PERSONAL_FORTYSECOND, PERSONAL_FORTYSECOND
from european_templates_fortyseventh import (
    NOT_PERSONAL_FORTYSEVENTH,
    PERSONAL_FORTYSEVENTH,
)
from european_templates_fortysixth import NOT_PERSONAL_FORTYSIXTH, PERSONAL_FORTYSIXTH
from european_templates_fortythird import NOT_PERSONAL_FORTYTHIRD, PERSONAL_FORTYTHIRD
from european_templates_fourteenth import NOT_PERSONAL_FOURTEENTH, PERSONAL_FOURTEENTH
from european_templates_fourth import NOT_PERSONAL_FOURTH, PERSONAL_FOURTH
from european_templates_nineteenth import NOT_PERSONAL_NINETEENTH, PERSONAL_NINETEENTH
from european_templates_ninth import NOT_PERSONAL_NINTH, PERSONAL_NINTH
from european_templates_seventeenth import NOT_PERSONAL_SEVENTEENTH, PERSONAL_SEVENTEENTH
from european_templates_seventh import NOT_PERSONAL_SEVENTH, PERSONAL_SEVENTH
from european_templates_seventieth import NOT_PERSONAL_SEVENTIETH, PERSONAL_SEVENTIETH
from european_templates_seventyfifth import NOT_PERSONAL_SEVENTYFIFTH, PERSONAL_SEVENTYFIFTH
from european_templates_seventyfirst import NOT_PERSONAL_SEVENTYFIRST, PERSONAL_SEVENTYFIRST
from european_templates_seventyfourth import NOT_PERSONAL_SEVENTYFOURTH, PERSONAL_SEVENTYFOURTH
from european_templates_seventysecond import NOT_PERSONAL_SEVENTYSECOND, PERSONAL_SEVENTYSECOND
from european_templates_seventythird import NOT_PERSONAL_SEVENTYTHIRD, PERSONAL_SEVENTYTHIRD
from european_templates_sixteenth import NOT_PERSONAL_SIXTEENTH, PERSONAL_SIXTEENTH
from european_templates_sixth import NOT_PERSONAL_SIXTH, PERSONAL_SIXTH
from european_templates_sixtieth import NOT_PERSONAL_SIXTIETH, PERSONAL_SIXTIETH
from european_templates_sixtyeighth import NOT_PERSONAL_SIXTYEIGHTH, PERSONAL_SIXTYEIGHTH
from european_templates_sixtyfifth import NOT_PERSONAL_SIXTYFIFTH, PERSONAL_SIXTYFIFTH
from european_templates_sixtyfirst import NOT_PERSONAL_SIXTYFIRST, PERSONAL_SIXTYFIRST
from european_templates_sixtyfourth import NOT_PERSONAL_SIXTYFOURTH, PERSONAL_SIXTYFOURTH
from european_templates_sixtyninth import NOT_PERSONAL_SIXTYNINTH, PERSONAL_SIXTYNINTH
from european_templates_sixtysecond import NOT_PERSONAL_SIXTYSECOND, PERSONAL_SIXTYSECOND
from european_templates_sixtyseventh import NOT_PERSONAL_SIXTYSEVENTH, PERSONAL_SIXTYSEVENTH
from european_templates_sixtysixth import NOT_PERSONAL_SIXTYSIXTH, PERSONAL_SIXTYSIXTH
from european_templates_sixtythird import NOT_PERSONAL_SIXTYTHIRD, PERSONAL_SIXTYTHIRD
from european_templates_tenth import NOT_PERSONAL_TENTH, PERSONAL_TENTH
from european_templates_third import NOT_PERSONAL_THIRD, PERSONAL_THIRD
from european_templates_thirteenth import NOT_PERSONAL_THIRTEENTH, PERSONAL_THIRTEENTH
from european_templates_thirtieth import NOT_PERSONAL_THIRTIETH, PERSONAL_THIRTIETH
from european_templates_thirtyeighth import (
    NOT_PERSONAL_THIRTYEIGHTH,
    PERSONAL_THIRTYEIGHTH,
)
from european_templates_thirtyfifth import NOT_PERSONAL_THIRTYFIFTH, PERSONAL_THIRTYFIFTH
from european_templates_thirtyfirst import NOT_PERSONAL_THIRTYFIRST, PERSONAL_THIRTYFIRST
from european_templates_thirtyfourth import (
    NOT_PERSONAL_THIRTYFOURTH,
    PERSONAL_THIRTYFOURTH,
)
from european_templates_thirtyninth import (
    NOT_PERSONAL_THIRTYNINTH,
    PERSONAL_THIRTYNINTH,
)
from european_templates_thirtysecond import (
    NOT_PERSONAL_THIRTYSECOND,
    PERSONAL_THIRTYSECOND,
)
from european_templates_thirtyseventh import (
    NOT_PERSONAL_THIRTYSEVENTH,
    PERSONAL_THIRTYSEVENTH,
)
from european_templates_thirtysixth import (
    NOT_PERSONAL_THIRTYSIXTH,
    PERSONAL_THIRTYSIXTH,
)
from european_templates_thirtythird import NOT_PERSONAL_THIRTYTHIRD, PERSONAL_THIRTYTHIRD
from european_templates_twelfth import NOT_PERSONAL_TWELFTH, PERSONAL_TWELFTH
from european_templates_twentieth import NOT_PERSONAL_TWENTIETH, PERSONAL_TWENTIETH
from european_templates_twentyeighth import NOT_PERSONAL_TWENTYEIGHTH, PERSONAL_TWENTYEIGHTH
from european_templates_twentyfifth import NOT_PERSONAL_TWENTYFIFTH, PERSONAL_TWENTYFIFTH
from european_templates_twentyfirst import NOT_PERSONAL_TWENTYFIRST, PERSONAL_TWENTYFIRST
from european_templates_twentyfourth import NOT_PERSONAL_TWENTYFOURTH, PERSONAL_TWENTYFOURTH
from european_templates_twentyninth import NOT_PERSONAL_TWENTYNINTH, PERSONAL_TWENTYNINTH
from european_templates_twentysecond import NOT_PERSONAL_TWENTYSECOND, PERSONAL_TWENTYSECOND
from european_templates_twentyseventh import (
    NOT_PERSONAL_TWENTYSEVENTH,
    PERSONAL_TWENTYSEVENTH,
)
from european_templates_twentysixth import NOT_PERSONAL_TWENTYSIXTH, PERSONAL_TWENTYSIXTH
from european_templates_twentythird import NOT_PERSONAL_TWENTYTHIRD, PERSONAL_TWENTYTHIRD

LANGUAGES = ("de", "fr", "es", "it", "nl", "pl")
LOCALES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL",
           "pl": "pl_PL"}
NAM_DICT_COUNTRY = {"de": "germany", "fr": "france", "es": "spain", "it": "italy",
                    "nl": "the_netherlands", "pl": "poland"}
HELDOUT = Path(__file__).resolve().parent / "data" / "heldout_surnames.tsv.gz"
FILLS_PER_TEMPLATE = 6
LOWER_CASE_SHARE = 0.1
HELD_OUT_EVERY = 4  # templates 3, 7, 11, ... of each list


@dataclass(frozen=True)
class Note:
    language: str
    text: str
    personal: bool
    template: int
    held_out: bool
    round_name: str = "first"
    """Which round of templates the note comes from: "first" (tuned on, or held out),
    "new" (the second, never tuned on), or "third" to "seventyfifth" (written by other
    hands without running the classifier; which were studied later, the README says)."""
    person_spans: tuple[tuple[int, int], ...] = ()
    """Where the filled person values stand in the text (`Filler.fill_marked`)."""

    @property
    def new(self) -> bool:
        return self.round_name == "new"

    def in_split(self, split: str) -> bool:
        """tune: first-round templates tuned on; held-out: first-round templates held out;
        first, new, third ... seventyfifth: those rounds'; all: rounds one and two;
        every: all."""
        if split == "tune":
            return self.round_name == "first" and not self.held_out
        if split == "held-out":
            return self.round_name == "first" and self.held_out
        if split == "all":
            return self.round_name in ("first", "new")
        return split == "every" or self.round_name == split


# --- the second name source ----------------------------------------------------------------

@cache
def nam_dict_first_names(language: str) -> tuple[tuple[str, str], ...]:
    """(first name, 'M' | 'F') of the language's main country in gender-guesser's list."""
    import gender_guesser.detector as detector

    path = Path(detector.__file__).parent / "data" / "nam_dict.txt"
    column = 30 + detector.Detector.COUNTRIES.index(NAM_DICT_COUNTRY[language])
    names = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line[:1] in "#=" or len(line) <= column or line[column] == " ":
            continue
        sex, name = line.split()[:2]
        if re.fullmatch(r"[^\W\d_]{3,}", name) and sex.strip("?1") in ("M", "F"):
            names.append((name, sex.strip("?1")))
    return tuple(sorted(set(names)))


@cache
def heldout_surnames(language: str) -> tuple[str, ...]:
    lines = gzip.decompress(HELDOUT.read_bytes()).decode("utf-8").splitlines()
    return tuple(sorted(name.title() for lang, name in
                        (line.split("\t") for line in lines if line and line[0] != "#")
                        if lang == language))


# --- filling templates ---------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{(\w+)\}")
FIRST_DAY, LAST_DAY = date(1970, 1, 1), date(2025, 12, 31)
PERSON_PLACEHOLDERS = frozenset({"name", "name2", "name3", "first", "last", "addr"})


class Filler:
    """Values for one language under one seed."""

    def __init__(self, language: str, seed: int) -> None:
        from faker import Faker

        self.language = language
        self.rng = random.Random(f"{language}-{seed}")
        self.fake = Faker(LOCALES[language])
        self.fake.seed_instance(seed)
        # Faker's it_IT builds its city list from a set, so its order (and which cities a
        # seed draws) changed from process to process; sorted, a seed means the same data.
        for provider in self.fake.providers:
            if isinstance(getattr(provider, "cities", None), list):
                provider.cities = sorted(provider.cities)

    def person(self) -> tuple[str, str, str]:
        """(first, last, sex): half from Faker, half from the second source."""
        rng, fake = self.rng, self.fake
        if rng.random() < 0.5:
            sex = rng.choice("MF")
            first = fake.first_name_male() if sex == "M" else fake.first_name_female()
            last = fake.last_name_male() if sex == "M" and hasattr(fake, "last_name_male") \
                else (fake.last_name_female() if hasattr(fake, "last_name_female")
                      else fake.last_name())
            return first, last, sex
        first, sex = rng.choice(nam_dict_first_names(self.language))
        last = rng.choice(heldout_surnames(self.language)) if rng.random() < 0.5 \
            else fake.last_name()
        return first, last, sex

    def date(self, pattern: str) -> str:
        """A day drawn between fixed ends: Faker's `date()` draws up to today, so a seed's
        dates moved as the clock did (and a note's text with them)."""
        return self.fake.date_between(FIRST_DAY, LAST_DAY).strftime(pattern)

    def company(self) -> str:
        name = self.fake.company()
        legal = LEGAL_FORMS[self.language]
        return name if any(w in name for w in ("GmbH", "AG", "KG", "SA", "S.", "B.V.", "sp.",
                                                "SARL", "SAS", "SPA", "Sp", "N.V."))\
            else f"{name} {legal}"

    def national_id(self) -> str:
        fake, language = self.fake, self.language
        if language == "de":
            return german_tax_id(self.rng)
        if language == "fr":
            return fake.ssn()
        if language == "es":
            return fake.nif() if self.rng.random() < 0.7 else fake.nie()
        if language == "it":
            return fake.ssn()
        if language == "nl":
            return fake.ssn()
        return fake.pesel()

    def fill(self, template: str, lower_as_written: bool = False) -> str:
        """`template` filled; in lower case one time in ten, and always when
        `lower_as_written` and the template is written in lower case (second round)."""
        return self.fill_marked(template, lower_as_written)[0]

    def fill_marked(self, template: str, lower_as_written: bool = False
                    ) -> tuple[str, tuple[tuple[int, int], ...]]:
        """`fill`'s text and where the person values (a name, a first or last name, a
        form of address with a surname) stand in it: what a person-name find should
        overlap (`train_name_context.py`)."""
        rng, fake = self.rng, self.fake
        first, last, sex = self.person()
        forms = FORMS[self.language][0 if sex == "M" else 1]

        def another() -> str:
            other_first, other_last, _ = self.person()
            return f"{other_first} {other_last}"

        values: dict[str, Callable[[], str]] = {
            "name": lambda: f"{first} {last}",
            "name2": another,
            "name3": another,
            "first": lambda: first,
            "last": lambda: last,
            "addr": lambda: f"{rng.choice(forms)} {last}",
            "phone": fake.phone_number,
            "email": fake.email,
            "street": fake.street_address,
            "postcode": fake.postcode,
            "city": fake.city,
            "city2": fake.city,
            "city3": fake.city,
            "street_name": fake.street_name,
            "company2": self.company,
            "iban": fake.iban,
            "nid": self.national_id,
            "company": self.company,
            "product": lambda: rng.choice(PRODUCTS[self.language]),
            "date": lambda: self.date(rng.choice(["%d.%m.%Y", "%d/%m/%Y", "%Y-%m-%d"])),
            "amount": lambda: f"{rng.randint(2, 9000)}",
            "num": lambda: f"{rng.randint(10000, 999999)}",
            "host": lambda: f"{fake.word()}-{rng.randint(1, 40):02d}.corp.example.net",
            "ip": fake.ipv4_private,
        }
        parts, person_parts, end = [], [], 0
        for match in PLACEHOLDER.finditer(template):
            parts.append(template[end:match.start()])
            if match.group(1) in PERSON_PLACEHOLDERS:
                person_parts.append(len(parts))
            parts.append(values[match.group(1)]())
            end = match.end()
        parts.append(template[end:])
        lowered = rng.random() < LOWER_CASE_SHARE  # drawn for every template, as before
        written_lower = lower_as_written and not any(
            c.isupper() for c in PLACEHOLDER.sub("", template))
        if lowered or written_lower:
            parts = [part.lower() for part in parts]
        starts = [0]
        for part in parts:
            starts.append(starts[-1] + len(part))
        return "".join(parts), tuple((starts[i], starts[i + 1]) for i in person_parts)


def german_tax_id(rng: random.Random) -> str:
    from stdnum.de import idnr

    while True:
        digits = f"{rng.randint(1, 9)}{rng.randrange(10**10):010d}"
        if idnr.is_valid(digits):
            return digits if rng.random() < 0.5 else idnr.format(digits)


def generate_notes(language: str, seed: int, fills: int = FILLS_PER_TEMPLATE) -> list[Note]:
    """The first round's notes, then the second's, third's, fourth's, fifth's, sixth's,
    seventh's, eighth's, ninth's, tenth's, eleventh's, twelfth's, thirteenth's, fourteenth's,
    fifteenth's, sixteenth's, seventeenth's, eighteenth's, nineteenth's, twentieth's,
    twenty-first's, twenty-second's, twenty-fourth's, twenty-third's, twenty-fifth's,
    twenty-sixth's, twenty-seventh's, twenty-eighth's, twenty-ninth's, thirtieth's,
    thirty-first's, thirty-second's, thirty-third's, thirty-fourth's, thirty-fifth's,
    thirty-sixth's, thirty-seventh's, thirty-eighth's, thirty-ninth's, fortieth's,
    forty-first's, forty-second's, forty-third's, forty-fourth's, forty-fifth's,
    forty-sixth's, forty-seventh's, forty-eighth's, forty-ninth's, fiftieth's, fifty-first's,
    fifty-second's, fifty-third's, fifty-fifth's, fifty-fourth's, fifty-sixth's,
    fifty-seventh's, fifty-eighth's, fifty-ninth's, sixtieth's, sixty-first's,
    sixty-second's, sixty-third's, sixty-fourth's, sixty-fifth's, sixty-sixth's,
    sixty-seventh's, sixty-eighth's, sixty-ninth's, seventieth's, seventy-first's,
    seventy-second's, seventy-third's, seventy-fourth's and seventy-fifth's (each drawn
    after the rounds before it, the twenty-third after the twenty-fourth and the
    fifty-fourth after the fifty-fifth, measured first, so that a seed fills earlier
    templates as it did before)."""
    filler = Filler(language, seed)
    notes = []
    for personal, templates in ((True, PERSONAL[language]), (False, NOT_PERSONAL[language])):
        for index, template in enumerate(templates):
            held_out = index % HELD_OUT_EVERY == HELD_OUT_EVERY - 1
            for _ in range(fills):
                text, spans = filler.fill_marked(template)
                notes.append(Note(language, text, personal, index, held_out,
                                  person_spans=spans))
    later_rounds = (  # (personal, not personal, first template number, round)
        (PERSONAL_NEW, NOT_PERSONAL_NEW, 100, "new"),
        (PERSONAL_THIRD, NOT_PERSONAL_THIRD, 200, "third"),
        (PERSONAL_FOURTH, NOT_PERSONAL_FOURTH, 300, "fourth"),
        (PERSONAL_FIFTH, NOT_PERSONAL_FIFTH, 400, "fifth"),
        (PERSONAL_SIXTH, NOT_PERSONAL_SIXTH, 500, "sixth"),
        (PERSONAL_SEVENTH, NOT_PERSONAL_SEVENTH, 600, "seventh"),
        (PERSONAL_EIGHTH, NOT_PERSONAL_EIGHTH, 700, "eighth"),
        (PERSONAL_NINTH, NOT_PERSONAL_NINTH, 800, "ninth"),
        (PERSONAL_TENTH, NOT_PERSONAL_TENTH, 900, "tenth"),
        (PERSONAL_ELEVENTH, NOT_PERSONAL_ELEVENTH, 1000, "eleventh"),
        (PERSONAL_TWELFTH, NOT_PERSONAL_TWELFTH, 1100, "twelfth"),
        (PERSONAL_THIRTEENTH, NOT_PERSONAL_THIRTEENTH, 1200, "thirteenth"),
        (PERSONAL_FOURTEENTH, NOT_PERSONAL_FOURTEENTH, 1300, "fourteenth"),
        (PERSONAL_FIFTEENTH, NOT_PERSONAL_FIFTEENTH, 1400, "fifteenth"),
        (PERSONAL_SIXTEENTH, NOT_PERSONAL_SIXTEENTH, 1500, "sixteenth"),
        (PERSONAL_SEVENTEENTH, NOT_PERSONAL_SEVENTEENTH, 1600, "seventeenth"),
        (PERSONAL_EIGHTEENTH, NOT_PERSONAL_EIGHTEENTH, 1700, "eighteenth"),
        (PERSONAL_NINETEENTH, NOT_PERSONAL_NINETEENTH, 1800, "nineteenth"),
        (PERSONAL_TWENTIETH, NOT_PERSONAL_TWENTIETH, 1900, "twentieth"),
        (PERSONAL_TWENTYFIRST, NOT_PERSONAL_TWENTYFIRST, 2000, "twentyfirst"),
        (PERSONAL_TWENTYSECOND, NOT_PERSONAL_TWENTYSECOND, 2100, "twentysecond"),
        (PERSONAL_TWENTYFOURTH, NOT_PERSONAL_TWENTYFOURTH, 2300, "twentyfourth"),
        (PERSONAL_TWENTYTHIRD, NOT_PERSONAL_TWENTYTHIRD, 2200, "twentythird"),
        (PERSONAL_TWENTYFIFTH, NOT_PERSONAL_TWENTYFIFTH, 2400, "twentyfifth"),
        (PERSONAL_TWENTYSIXTH, NOT_PERSONAL_TWENTYSIXTH, 2500, "twentysixth"),
        (PERSONAL_TWENTYSEVENTH, NOT_PERSONAL_TWENTYSEVENTH, 2600, "twentyseventh"),
        (PERSONAL_TWENTYEIGHTH, NOT_PERSONAL_TWENTYEIGHTH, 2700, "twentyeighth"),
        (PERSONAL_TWENTYNINTH, NOT_PERSONAL_TWENTYNINTH, 2800, "twentyninth"),
        (PERSONAL_THIRTIETH, NOT_PERSONAL_THIRTIETH, 2900, "thirtieth"),
        (PERSONAL_THIRTYFIRST, NOT_PERSONAL_THIRTYFIRST, 3000, "thirtyfirst"),
        (PERSONAL_THIRTYSECOND, NOT_PERSONAL_THIRTYSECOND, 3100, "thirtysecond"),
        (PERSONAL_THIRTYTHIRD, NOT_PERSONAL_THIRTYTHIRD, 3200, "thirtythird"),
        (PERSONAL_THIRTYFOURTH, NOT_PERSONAL_THIRTYFOURTH, 3300, "thirtyfourth"),
        (PERSONAL_THIRTYFIFTH, NOT_PERSONAL_THIRTYFIFTH, 3400, "thirtyfifth"),
        (PERSONAL_THIRTYSIXTH, NOT_PERSONAL_THIRTYSIXTH, 3500, "thirtysixth"),
        (PERSONAL_THIRTYSEVENTH, NOT_PERSONAL_THIRTYSEVENTH, 3600, "thirtyseventh"),
        (PERSONAL_THIRTYEIGHTH, NOT_PERSONAL_THIRTYEIGHTH, 3700, "thirtyeighth"),
        (PERSONAL_THIRTYNINTH, NOT_PERSONAL_THIRTYNINTH, 3800, "thirtyninth"),
        (PERSONAL_FORTIETH, NOT_PERSONAL_FORTIETH, 3900, "fortieth"),
        (PERSONAL_FORTYFIRST, NOT_PERSONAL_FORTYFIRST, 4000, "fortyfirst"),
        (PERSONAL_FORTYSECOND, NOT_PERSONAL_FORTYSECOND, 4100, "fortysecond"),
        (PERSONAL_FORTYTHIRD, NOT_PERSONAL_FORTYTHIRD, 4200, "fortythird"),
        (PERSONAL_FORTYFOURTH, NOT_PERSONAL_FORTYFOURTH, 4300, "fortyfourth"),
        (PERSONAL_FORTYFIFTH, NOT_PERSONAL_FORTYFIFTH, 4400, "fortyfifth"),
        (PERSONAL_FORTYSIXTH, NOT_PERSONAL_FORTYSIXTH, 4500, "fortysixth"),
        (PERSONAL_FORTYSEVENTH, NOT_PERSONAL_FORTYSEVENTH, 4600, "fortyseventh"),
        (PERSONAL_FORTYEIGHTH, NOT_PERSONAL_FORTYEIGHTH, 4700, "fortyeighth"),
        (PERSONAL_FORTYNINTH, NOT_PERSONAL_FORTYNINTH, 4800, "fortyninth"),
        (PERSONAL_FIFTIETH, NOT_PERSONAL_FIFTIETH, 4900, "fiftieth"),
        (PERSONAL_FIFTYFIRST, NOT_PERSONAL_FIFTYFIRST, 5000, "fiftyfirst"),
        (PERSONAL_FIFTYSECOND, NOT_PERSONAL_FIFTYSECOND, 5100, "fiftysecond"),
        (PERSONAL_FIFTYTHIRD, NOT_PERSONAL_FIFTYTHIRD, 5200, "fiftythird"),
        (PERSONAL_FIFTYFIFTH, NOT_PERSONAL_FIFTYFIFTH, 5400, "fiftyfifth"),
        (PERSONAL_FIFTYFOURTH, NOT_PERSONAL_FIFTYFOURTH, 5300, "fiftyfourth"),
        (PERSONAL_FIFTYSIXTH, NOT_PERSONAL_FIFTYSIXTH, 5500, "fiftysixth"),
        (PERSONAL_FIFTYSEVENTH, NOT_PERSONAL_FIFTYSEVENTH, 5600, "fiftyseventh"),
        (PERSONAL_FIFTYEIGHTH, NOT_PERSONAL_FIFTYEIGHTH, 5700, "fiftyeighth"),
        (PERSONAL_FIFTYNINTH, NOT_PERSONAL_FIFTYNINTH, 5800, "fiftyninth"),
        (PERSONAL_SIXTIETH, NOT_PERSONAL_SIXTIETH, 5900, "sixtieth"),
        (PERSONAL_SIXTYFIRST, NOT_PERSONAL_SIXTYFIRST, 6000, "sixtyfirst"),
        (PERSONAL_SIXTYSECOND, NOT_PERSONAL_SIXTYSECOND, 6100, "sixtysecond"),
        (PERSONAL_SIXTYTHIRD, NOT_PERSONAL_SIXTYTHIRD, 6200, "sixtythird"),
        (PERSONAL_SIXTYFOURTH, NOT_PERSONAL_SIXTYFOURTH, 6300, "sixtyfourth"),
        (PERSONAL_SIXTYFIFTH, NOT_PERSONAL_SIXTYFIFTH, 6400, "sixtyfifth"),
        (PERSONAL_SIXTYSIXTH, NOT_PERSONAL_SIXTYSIXTH, 6500, "sixtysixth"),
        (PERSONAL_SIXTYSEVENTH, NOT_PERSONAL_SIXTYSEVENTH, 6600, "sixtyseventh"),
        (PERSONAL_SIXTYEIGHTH, NOT_PERSONAL_SIXTYEIGHTH, 6700, "sixtyeighth"),
        (PERSONAL_SIXTYNINTH, NOT_PERSONAL_SIXTYNINTH, 6800, "sixtyninth"),
        (PERSONAL_SEVENTIETH, NOT_PERSONAL_SEVENTIETH, 6900, "seventieth"),
        (PERSONAL_SEVENTYFIRST, NOT_PERSONAL_SEVENTYFIRST, 7000, "seventyfirst"),
        (PERSONAL_SEVENTYSECOND, NOT_PERSONAL_SEVENTYSECOND, 7100, "seventysecond"),
        (PERSONAL_SEVENTYTHIRD, NOT_PERSONAL_SEVENTYTHIRD, 7200, "seventythird"),
        (PERSONAL_SEVENTYFOURTH, NOT_PERSONAL_SEVENTYFOURTH, 7300, "seventyfourth"),
        (PERSONAL_SEVENTYFIFTH, NOT_PERSONAL_SEVENTYFIFTH, 7400, "seventyfifth"))
    for yes, no, first, which in later_rounds:
        for personal, templates in ((True, yes[language]), (False, no[language])):
            for index, template in enumerate(templates):
                for _ in range(fills):
                    text, spans = filler.fill_marked(template, lower_as_written=True)
                    notes.append(Note(language, text, personal, first + index, held_out=True,
                                      round_name=which, person_spans=spans))
    return notes


# --- tables --------------------------------------------------------------------------------

COLUMNS = {
    # language: (first, last, street, postcode, city, phone, email, iban, national id)
    "de": ("Vorname", "Nachname", "Straße", "PLZ", "Ort", "Telefon", "E-Mail", "IBAN",
           "Steuer-ID"),
    "fr": ("prénom", "nom", "adresse", "code_postal", "ville", "téléphone", "courriel",
           "iban", "numéro_sécurité_sociale"),
    "es": ("nombre", "apellidos", "dirección", "código_postal", "ciudad", "teléfono",
           "correo", "iban", "nif"),
    "it": ("nome", "cognome", "indirizzo", "cap", "città", "telefono", "email", "iban",
           "codice_fiscale"),
    "nl": ("voornaam", "achternaam", "straat", "postcode", "woonplaats", "telefoon", "e-mail",
           "iban", "bsn"),
    "pl": ("imię", "nazwisko", "ulica", "kod_pocztowy", "miasto", "telefon", "e-mail", "iban",
           "pesel"),
}
NEW_COLUMNS = {
    # language: (site, floor area, person in charge, project): headers that do not say
    # "place" or "name"
    "de": ("Standort", "Fläche", "Verantwortlich", "Projekt"),
    "fr": ("site", "surface", "responsable", "projet"),
    "es": ("sede", "superficie", "responsable", "proyecto"),
    "it": ("sede", "superficie", "responsabile", "progetto"),
    "nl": ("vestiging", "oppervlakte", "verantwoordelijke", "project"),
    "pl": ("oddział", "powierzchnia", "odpowiedzialny", "projekt"),
}
WORDS = {
    "de": ("Lager", "Artikel", "Menge", "Filiale", "Umsatz", "Preis", "Status"),
    "fr": ("entrepôt", "article", "quantité", "magasin", "chiffre", "prix", "statut"),
    "es": ("almacén", "artículo", "cantidad", "tienda", "ventas", "precio", "estado"),
    "it": ("magazzino", "articolo", "quantità", "negozio", "fatturato", "prezzo", "stato"),
    "nl": ("magazijn", "artikel", "aantal", "winkel", "omzet", "prijs", "status"),
    "pl": ("magazyn", "artykuł", "ilość", "sklep", "obroty", "cena", "status"),
}


LATER_ROUNDS = ("new", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
                "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
                "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
                "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
                "twentysixth", "twentyseventh", "twentyeighth", "twentyninth",
                "thirtieth", "thirtyfirst", "thirtysecond", "thirtythird",
                "thirtyfourth", "thirtyfifth", "thirtysixth", "thirtyseventh",
                "thirtyeighth", "thirtyninth", "fortieth",
                "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
                "fortyfifth", "fortysixth",
                "fortyseventh", "fortyeighth", "fortyninth", "fiftieth",
                "fiftyfirst", "fiftysecond",
                "fiftythird", "fiftyfourth",
                "fiftyfifth", "fiftysixth",
                "fiftyseventh", "fiftyeighth", "fiftyninth", "sixtieth", "sixtyfirst",
                "sixtysecond", "sixtythird", "sixtyfourth", "sixtyfifth", "sixtysixth",
                "sixtyseventh", "sixtyeighth", "sixtyninth", "seventieth",
                "seventyfirst", "seventysecond", "seventythird",
                "seventyfourth", "seventyfifth")
"""The rounds after the first; tables have the first's and the second's only."""


@dataclass(frozen=True)
class Table:
    language: str
    dataset: str
    rows: list[dict[str, str]]
    personal: bool
    new: bool = False
    """A second-round table, never tuned on (see `Note.new`)."""

    def in_split(self, split: str) -> bool:
        if self.new:
            return split in ("all", "new", "every")
        return split not in LATER_ROUNDS


def generate_tables(language: str, seed: int, rows: int) -> list[Table]:
    filler = Filler(language, seed + 1000)
    fake, rng = filler.fake, filler.rng
    first, last, street, postcode, city, phone, email, iban, nid = COLUMNS[language]
    store, item, quantity, shop, revenue, price, status = WORDS[language]

    def people(columns: Callable[[], dict[str, str]]) -> list[dict[str, str]]:
        return [{"id": f"K{100000 + i}", **columns()} for i in range(rows)]

    def names() -> dict[str, str]:
        f, la, _ = filler.person()
        return {first: f, last: la, city: fake.city()}

    tables = [
        Table(language, "crm/kunden", people(names), True),
        Table(language, "crm/nachnamen", people(lambda: {last: filler.person()[1],
                                                         status: rng.choice(["A", "B"])}),
              True),
        Table(language, "crm/adressen", people(lambda: {
            street: fake.street_address(), postcode: fake.postcode(), city: fake.city()}), True),
        Table(language, "crm/telefon", people(lambda: {phone: fake.phone_number(),
                                                       status: rng.choice(["aktiv", "ok"])}),
              True),
        Table(language, "crm/mail", people(lambda: {email: fake.email(),
                                                    price: str(rng.randint(1, 99))}), True),
        Table(language, "finanzen/konten", people(lambda: {iban: fake.iban(),
                                                           price: f"{rng.uniform(1, 900):.2f}"}),
              True),
        Table(language, "hr/ids", people(lambda: {nid: filler.national_id(),
                                                  status: rng.choice(["A", "B"])}), True),
        Table(language, "logistik/lager", [{
            "id": f"L{i}", store: fake.city(), item: rng.choice(PRODUCTS[language]),
            quantity: str(rng.randint(0, 900))} for i in range(rows)], False),
        Table(language, "vertrieb/filialen", [{
            "id": f"F{i}", shop: fake.city(), postcode: fake.postcode(),
            revenue: str(rng.randint(1000, 99999))} for i in range(rows)], False),
        Table(language, "shop/artikel", [{
            "sku": f"SKU-{rng.randint(1, 99999)}", item: rng.choice(PRODUCTS[language]),
            price: f"{rng.uniform(1, 999):.2f}"} for _ in range(rows)], False),
        Table(language, "it/server", [{
            "hostname": f"{fake.word()}-{i:02d}.corp.example.net", "ip": fake.ipv4_private(),
            status: rng.choice(["up", "down"])} for i in range(rows)], False),
    ]
    # Second round, held out: sites by city under a header that does not say place, and
    # people in charge under a header that does not say name.
    site, area, in_charge, project = NEW_COLUMNS[language]
    tables += [
        Table(language, "betrieb/standorte", [{
            "id": f"S{i}", site: fake.city(), area: str(rng.randint(80, 20000))}
            for i in range(rows)], False, new=True),
        Table(language, "projekte/verantwortliche", [{
            "id": f"P{i}", project: f"{rng.choice(PRODUCTS[language])} {rng.randint(1, 9)}",
            in_charge: "{} {}".format(*filler.person()[:2])} for i in range(rows)],
            True, new=True),
    ]
    return tables

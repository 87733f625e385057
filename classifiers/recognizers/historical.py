"""Names that are no data subject's though they are people's: the long dead (namesakes of
streets, schools, theatres, coins and catalogue entries, and anyone given a lifetime that
ended: data protection law protects the living), composers of catalogued works,
characters of fiction, brands and shops named after someone, and the people WordNet names (see
`benchmarks/build_well_known_people.py`)."""

from __future__ import annotations

import gzip
import importlib.resources
import re
from functools import cache, lru_cache

from classifiers.names import all_first_names, fold
from classifiers.recognizers.calendar_words import CIRCA
from classifiers.recognizers.local_name import WORD

LIFETIME_AFTER = re.compile(
    r"(?:,?[ \t]+(?:(?i:gen\.|genannt|dit|dite|detto|detta|llamado|llamada|genaamd|zw\.)[ \t]+)?"
    r"[^\W\d_][\w'’.-]*){0,3}"
    r"[ \t]*(?:d\.[ \t]*[ÄJ]\.[ \t]*)?\([^()\n]{0,30}?(?<!\d)(1[0-8]\d\d|19[01]\d|1920)(?!\d)"
    r"[^()\n]{0,30}?[–—-][^()\n]{0,30}?(?<!\d)(?:1\d{3}|20[0-2]\d)(?!\d)[^()\n]{0,20}\)"
    # a death's year alone ("(† 1327)", "(gest. 1535)", "(zm. 1535)", "(mort en 1208)")
    r"|(?:,?[ \t]+[^\W\d_][\w'’.-]*){0,3}[ \t]*\([ \t]*(?:†|(?i:gest\.|zm\.|overl\.|"
    r"mort[ \t]+en|morto[ \t]+nel|murió[ \t]+en|died))[ \t]*(?:1[0-8]\d\d|19[01]\d)[ \t]*\)")
"""A lifetime in brackets after a name, born by 1920 ("Lucas Cranach d. Ä. (Kronach 1472 –
Weimar 1553)", "(2.1.1834 – 9.6.1894)", "(1918–2002)"), the name's last words or a byname
between ("Maria Adelaide [d'Asburgo-Lorena] (1822–1855)", "Maria Antonia[, gen. Marie
Antoinette] (1755–1793)"), or a death's year by 1920 alone ("Guido Tarlati († 1327)"):
someone dead, whom data protection law no longer covers."""

RULERS = (
    "könig|königin|kaiser|kaiserin|zar|zarin|erzherzog|erzherzogin|großherzog|großherzogin|"
    "kurfürst|kurfürstin|herzog|herzogin|fürst|fürstin|prinz|prinzessin|papst|"
    "roi|reine|empereur|impératrice|prince|princesse|duc|duchesse|pape|dauphin|"
    "rey|reina|emperador|emperatriz|príncipe|princesa|duque|duquesa|infante|infanta|"
    "re|regina|imperatore|imperatrice|principe|principessa|duca|duchessa|"
    "koning|koningin|keizer|keizerin|prins|prinses|hertog|hertogin|stadhouder|paus|"
    "król|królowa|królewicz|królewna|cesarz|cesarzowa|książę|księżna|papież|"
    "króla|królowi|królem|królowej|cesarza|cesarzowej|księcia|księżnej|papieża|"
    "king|queen|emperor|empress|pope|"
    # the nobility's ranks: with a house after the name, or written in lower case
    "graf|gräfin|freiherr|freifrau|markgraf|markgräfin|landgraf|landgräfin|"
    "comte|comtesse|marquis|marquise|vicomte|vicomtesse|"
    "conde|condesa|marqués|marquesa|vizconde|vizcondesa|"
    "conte|contessa|marchese|marchesa|visconte|viscontessa|"
    "graaf|gravin|jonkheer|hrabia|hrabina|margrabia")
RULER_BEFORE = re.compile(rf"(?<![^\W\d_])({RULERS})[ \t]+\Z", re.IGNORECASE)
RULER_AFTER = re.compile(
    rf"[ \t]*(?:\([^()\n]{{0,40}}\))?[ \t]*,[ \t]*(?:[^\W\d_]+[ \t]+)?({RULERS})\b",
    re.IGNORECASE)
REGNAL_NUMBER_AFTER = re.compile(r"[ \t]+(?:[IVX]{2,5}|[IVX]{1,5}\.)(?![\w])")
HOUSE_AFTER = re.compile(r"[ \t]+(?:von|van|of|de|di|d['’]|af|z)[ \t]*[A-ZÀ-Ý]")
HOUSE_INSIDE = re.compile(r"[ \t](?:von|van|of|de|di|d['’]|af|z)[ \t]*[A-ZÀ-Ý]")
"""A house inside a name that opens with its holder's title ("Graf Friedrich von
Falkenstein")."""


EPITHET_WORDS = frozenset({
    "barbarossa", "löwenherz", "chrobry", "krzywousty", "śmiały", "łokietek", "wielki",
    "plantagenet", "lionheart", "conquistador", "conquérant"})
"""Rulers' bynames that end their names ("Friedrich Barbarossa", "Bolesław Chrobry")."""
EPITHET_AFTER = re.compile(
    r"[ \t]+(?:der|die|le|la|el|il|lo)[ \t]+(?:Große|Grosse|Fromme|Kahle|Heilige|Weise|"
    r"Grand|Grande|Bel|Hardi|Sage|Pieux|Católica|Católico|Magnífico|Magnifico|Sabio|Prudente|"
    r"Casto|Santo|Bello|Conquistador|Conquérant|Saint)\b")
"""A ruler's byname after the name ("Karl der Große", "Isabel la Católica", "Philippe le
Bel")."""


def a_ruler(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a monarch's, a prince's or a pope's: a ruler's title
    before it, written in lower case as only a title is ("könig ernst august"), or with a
    regnal number or a house after the name ("König Ludwig II.", "Königin Luise von
    Preußen"), or the title after it ("Maria Theresia (1717–1780), Erzherzogin von
    Österreich"), or a ruler's byname ("Isabel la Católica", "Friedrich Barbarossa")? A
    capitalised title alone may be a surname ("König Anna" in a list), and a title in lower
    case a first name ("regina roter")."""
    first, _, rest = text[start:end].partition(" ")
    if EPITHET_AFTER.match(text, end) or text[start:end].split()[-1].lower() in EPITHET_WORDS \
            or EPITHET_AFTER.search(text[start:end]):
        return True
    before = RULER_BEFORE.search(text, max(0, start - 24), start)
    title = before.group(1) if before else first if rest and re.fullmatch(
        RULERS, first, re.IGNORECASE) else None
    if title is not None and (title.islower() and fold(title) not in all_first_names()
                              or REGNAL_NUMBER_AFTER.match(text, end)
                              or HOUSE_AFTER.match(text, end)
                              or before is None and HOUSE_INSIDE.search(rest)):
        return True
    return bool(RULER_AFTER.match(text, end))


HIGH_OFFICES = (
    r"bundeskanzler(?:in)?|reichskanzler(?:in)?|vizekanzler(?:in)?|bundespräsident(?:in)?|"
    r"reichspräsident|ministerpräsident(?:in)?|kanzlerkandidat(?:in)?|spitzenkandidat(?:in)?|"
    r"bundesminister(?:in)?|außenminister(?:in)?|président(?:e)? de la république|"
    r"premi(?:er|ère) ministre|chef de l'état|presidente del gobierno|jefe del estado|"
    r"presidente de la república|presidente della repubblica|presidente del consiglio|"
    r"capo dello stato|minister-president|premier|prezydent(?: rp)?|"
    r"chancellor|prime minister|head of state")
OFFICE_BEFORE = re.compile(rf"(?<![^\W\d_])(?:{HIGH_OFFICES})[ \t]+\Z", re.IGNORECASE)
OFFICE_AFTER = re.compile(
    rf"[ \t]*(?:\([^()\n]{{0,40}}\))?[ \t]*,[ \t]*(?:[^\W\d_]+[ \t]+)?(?:{HIGH_OFFICES})\b",
    re.IGNORECASE)


def a_head_of_government(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a head of state's or government's, a minister's or
    a party's candidate for such an office, the office named right before it or after a
    comma ("Kanzlerkandidat Rainer Barzel", "Richard von Weizsäcker, Bundespräsident a.
    D.", "le Premier ministre Michel Debré")? Election results and honours lists name
    them as holders of public office, not as data subjects."""
    return bool(OFFICE_BEFORE.search(text, max(0, start - 40), start)
                or OFFICE_AFTER.match(text, end))


def lifetime_after(text: str, end: int) -> bool:
    return bool(LIFETIME_AFTER.match(text, end))


ANNIVERSARY_BEFORE = re.compile(
    r"(?i:(?<!\d)(?:1[2-9]\d|[2-9]\d\d)\.[ \t]*geburtstag(?:[ \t]+(?:von|des|der))?|"
    r"(?<!\d)(?:1[2-9]\d|[2-9]\d\d)(?:th|st|nd|rd)[ \t]+birthday[ \t]+of|"
    r"(?<!\d)[1-9]\d\d(?:\.[ \t]*todestag(?:[ \t]+(?:von|des|der))?|"
    r"(?:e|ème|è)[ \t]+anniversaire[ \t]+de[ \t]+la[ \t]+(?:naissance|mort|disparition)"
    r"[ \t]+(?:de|d['’])|"
    r"\.?[º°]?[ \t]+aniversario[ \t]+(?:del[ \t]+(?:nacimiento|fallecimiento)[ \t]+de|"
    r"de[ \t]+la[ \t]+muerte[ \t]+de)|"
    r"[º°]?[ \t]+anniversario[ \t]+della[ \t]+(?:nascita|morte|scomparsa)[ \t]+di|"
    r"(?:ste|de|e)[ \t]+(?:geboortedag|sterfdag)[ \t]+van|"
    r"\.?[ \t]+rocznic[aęy][ \t]+(?:urodzin|śmierci)|-lecie[ \t]+(?:urodzin|śmierci)|"
    r"(?:th|st|nd|rd)[ \t]+anniversary[ \t]+of[ \t]+(?:the[ \t]+)?(?:birth|death)[ \t]+of)|"
    r"(?:bi|tri|quadri)?centenaire[ \t]+de[ \t]+la[ \t]+(?:naissance|mort)[ \t]+(?:de|d['’])|"
    r"(?:bi|tri|cuatri)?centenario[ \t]+(?:del[ \t]+(?:nacimiento|fallecimiento)|"
    r"de[ \t]+la[ \t]+muerte)[ \t]+de|"
    r"(?:bi|tri)?centenario[ \t]+della[ \t]+(?:nascita|morte)[ \t]+di|"
    r"(?:bi|tri)?centenary[ \t]+of[ \t]+(?:the[ \t]+)?(?:birth|death)[ \t]+of)"
    r"[ \t]*(?:[:–—-][ \t]*)?\Z")
"""A hundredth or later anniversary of a birth or a death, or a hundred-and-twentieth or
later birthday, before a name ("250. Geburtstag E. T. A. Hoffmann", "200e anniversaire de la
mort de", "bicentenario del nacimiento de", "150. rocznica urodzin"): the name is a
historical figure's, as on stamps, coins and in commemorations. A hundredth birthday may be a
living person's."""


MAKER_BEFORE = re.compile(
    r"(?<!\d)(?:1[0-8]\d\d|19[01]\d|1920)(?!\d)(?:[ \t]*r\.)?[ \t]+"
    r"(?:von|by|par|por|da|door|przez)[ \t]+\Z")
"""A year by 1920 and "by" before a name ("Erbaut 1734 von Gottfried Silbermann",
"construit en 1863 par", "zbudowane w 1905 r. przez Jana Śliwińskiego"): the maker of an
organ, a building or a work, long dead."""


def made_long_ago_by(text: str, start: int) -> bool:
    """Is the name at `start` the maker of something made by 1920?"""
    return bool(MAKER_BEFORE.search(text, max(0, start - 24), start))


def an_anniversary_before(text: str, start: int) -> bool:
    """Is the name at `start` commemorated at a hundredth or later anniversary?"""
    return bool(ANNIVERSARY_BEFORE.search(text, max(0, start - 60), start))


NAMED_AFTER_BEFORE = re.compile(
    r"(?i:\b(?:named|called)[ \t]+after|in[ \t]+hono(?:u)?r[ \t]+of|in[ \t]+memory[ \t]+of|"
    r"benannt[ \t]+nach|zu[ \t]+ehren[ \t]+von|zum[ \t]+gedenken[ \t]+an|"
    r"trägt[ \t]+den[ \t]+namen|"
    r"en[ \t]+hommage[ \t]+à|en[ \t]+l['’]honneur[ \t]+de|du[ \t]+nom[ \t]+de|"
    r"nommée?s?[ \t]+d['’]après|porte[ \t]+le[ \t]+nom[ \t]+de|"
    r"en[ \t]+honor[ \t]+a|en[ \t]+homenaje[ \t]+a|homenaje[ \t]+a|en[ \t]+memoria[ \t]+de|"
    r"lleva[ \t]+el[ \t]+nombre[ \t]+de|"
    r"dal[ \t]+nome[ \t]+di|in[ \t]+onore[ \t]+di|in[ \t]+omaggio[ \t]+a|"
    r"in[ \t]+memoria[ \t]+di|porta[ \t]+il[ \t]+nome[ \t]+di|"
    r"vernoemd[ \t]+naar|genoemd[ \t]+naar|ter[ \t]+ere[ \t]+van|"
    r"ter[ \t]+nagedachtenis[ \t]+(?:aan|van)|draagt[ \t]+de[ \t]+naam[ \t]+van|"
    r"na[ \t]+cześć|ku[ \t]+czci|nosi[ \t]+imię)"
    r"[ \t]+(?:(?:de[nrms]?|des|du|la|le|l['’]|el|il|lo|della|del|di|van|von|het)[ \t]+)?\Z")
"""Words that say a thing is named after someone or honours them ("dal nome di Goethe",
"en hommage à l'essayiste", "vernoemd naar", "trägt den Namen Hermann Müllers"): the name
after them is a namesake's, a public or historical figure's, not a data subject's."""


CHRONICLE_YEAR = re.compile(r"[ \t]*(?:[*•][ \t]*)?(?:1\d{3}|20[0-2]\d)[ \t]*[–—-][ \t]*\Z")
"""A chronicle's or an almanac's year and dash opening a line ("1867 – Marie Curie,
physicienne", "1980 – Steve McQueen, acteur")."""


def in_a_chronicle(text: str, start: int) -> bool:
    """Does the name at `start` open a chronicle's entry, after its year? Births, deaths and
    events of a year are public figures', no data subject's record."""
    return bool(CHRONICLE_YEAR.match(text, text.rfind("\n", 0, start) + 1, start))


ETYMOLOGY_LINE = re.compile(
    r"(?m)^[ \t]*[^\W\d_]+[ \t]*(?:\([^)\n]*\))?[ \t]*[–—-][ \t]*"
    r"(?i:de|del|de[ \t]+la|dal|dalla|dallo|da|from|after|von|vom|nach|od|z|van|naar|uit|"
    r"d['’]après|par|por|per)[ \t]+[^\n\d]*")
"""A word list's line that tells where a word comes from: the word, a dash, then whom it
is named after ("boicot – de Charles Boycott", "Zeppelin – nach Ferdinand Graf von
Zeppelin", "galvanizzare – dal fisico bolognese Luigi Galvani")."""
ETYMOLOGY_LIST_LINES = 3
"""How many such lines make a text a list of eponyms: one alone may be a message's
subject and its sender ("Miete – von Anna Weber")."""


def on_an_etymology_line(text: str, start: int) -> bool:
    """Does the name at `start` tell whom the word opening its line comes from, in a list
    of such lines? Eponyms are public or historical figures."""
    line = text.rfind("\n", 0, start) + 1
    here = ETYMOLOGY_LINE.match(text, line)
    return bool(here) and here.end() >= start \
        and len(ETYMOLOGY_LINE.findall(text)) >= ETYMOLOGY_LIST_LINES


CREDITS = re.compile(
    r"(?im)(?:^|[·|][ \t]*)(?:regie|réalisation|realisation|dirigida[ \t]+por|regia|"
    r"reżyseria)[ \t]*:")
"""A film's or a play's director's credit opening a line or a part of one ("Regie:",
"Réalisation :", "Reżyseria:"): the text is a film's or a play's sleeve or programme, and its
names are the cast's, the crew's and their characters'. Not "Dirección:" (an address's
label) nor "Director:" (anyone's job title)."""
WORLD_RECORDS = re.compile(
    r"(?i)\b(?:weltrekord\w*|records?[ \t]+du[ \t]+monde|récords?[ \t]+mundial\w*|"
    r"records?[ \t]+mondial[ie]|records?[ \t]+del[ \t]+mondo|wereldrecord\w*|"
    r"rekord\w*[ \t]+świata|world[ \t]+records?)\b")
"""World records' words: the names of a list of them are the record holders'."""


@lru_cache(maxsize=32)
def credited_or_record_holders(text: str) -> bool:
    """Is the text a film's credits or a list of world records? Their names are public
    figures', published with their work, no data subject's record. Kept for the text's
    next name."""
    return bool(CREDITS.search(text) or WORLD_RECORDS.search(text))


SHOWING_LINE = re.compile(
    r"(?m)^[ \t]*(?:\d{1,2}[:.h]\d{2}|\d{1,2}[ \t]?h(?:[ \t]?\d{2})?)(?:[ \t]*[·|–—:-]|[ \t])")
"""A programme's line that opens with a showing's time ("18:00 · Il Gattopardo (...)")."""
PROGRAMME_WORDS = re.compile(
    r"(?i)\b(?:kino|programmkino|cinéma|cinema|cines?|bioscoop|filmhuis|filmtheater|"
    r"spielplan|programmation|cartelera|programmazione|repertuar|filmprogramma|"
    r"film\w*|festival|festiwal\w*)\b")
"""A cinema's or a film programme's words."""
CREDIT_AFTER_A_TITLE = re.compile(
    r"[»“”’][ \t]+(?:reż\.|regia di|dirigida por|réalisé par|regie|directed by)[ \t]+\Z",
    re.IGNORECASE)
"""A quoted work's title, then its director's credit."""
AUTHOR_BEFORE_A_TITLE = re.compile(r"(?:s|’s|'s)[ \t]+[„«“‚][^\W\d_]")
"""A name in the genitive right before a quoted title ("Fritz Langs „Metropolis“"): the
work's author."""


AUTHOR_AFTER_A_TITLE = re.compile(
    r"[ \t][„«“‚‘\"][^\W\d_][^„«“‚‘\"\n]*?[ \t][^„«“‚‘\"\n]*?[»“”’‘\"][ \t]+"
    r"(?:(?:di|de|del|van|von|by|of)[ \t]+|d['’])?\Z", re.IGNORECASE)
"""A quoted title of two words or more, then its author, "by" between or the author in
the genitive ("«Vocazione di san Matteo» di Michelangelo Merisi", "‘De Nachtwacht’ van
Rembrandt", "„Bitwa pod Grunwaldem” Jana Matejki")."""
OLD_YEAR_IN_TEXT = re.compile(
    rf"(?:\(|(?<![^\W\d_])(?i:{CIRCA}|in|im|anno|nel|il|del|en|em|w)[ \t]+)"
    r"(?:1[2-8]\d\d|19[01]\d)(?![\d]|[.,]\d)")
"""A year before 1920 as a text dates a work or an event ("voltooid in 1642", "w 1878
roku", "tra il 1599", "(1784)"); not any number ("Tel. 1850")."""


def credited_with_a_work(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] a work's author or director: in brackets on a cinema
    programme's line that opens with a showing's time ("21:00 · Ladri di biciclette
    (Vittorio De Sica)"), after a quoted title's credit, in the genitive before a quoted
    title ("Fritz Langs „Metropolis“"), or after a quoted title in a text that dates a
    work before 1920 (a museum's label or audio guide: "„Bitwa pod Grunwaldem” Jana
    Matejki, ukończona w 1878 roku")?"""
    line = text.rfind("\n", 0, start) + 1
    if SHOWING_LINE.match(text, line) and text.rfind("(", line, start) > text.rfind(
            ")", line, start) and PROGRAMME_WORDS.search(text):
        return True
    if AUTHOR_AFTER_A_TITLE.search(text, max(line, start - 80), start) \
            and OLD_YEAR_IN_TEXT.search(text):
        return True
    return bool(CREDIT_AFTER_A_TITLE.search(text, max(line, start - 20), start)
                or AUTHOR_BEFORE_A_TITLE.match(text, end - 1 if text[end - 1:end] == "s"
                                               else end))


WORK_YEAR = re.compile(r"\((?:1[5-9]|20)\d\d\)[ \t.]*$", re.MULTILINE)
WORK_TITLE_MARK = re.compile(r"[ \t][–—-][ \t]|[„“”«»\"‘’]")


def on_a_works_line(text: str, start: int) -> bool:
    """Is `start` on a line that lists a published work, its year in brackets at the end
    and its title after a dash or in quotes ("4. michael jackson – billie jean (1983)",
    "literatur: steffen martus, „die brüder grimm“ (2009)")? Its names are the author's,
    the artist's or the title's."""
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return bool(WORK_YEAR.search(text, line, end)) and bool(
        WORK_TITLE_MARK.search(text, line, end))


ART_MEDIUM = re.compile(
    r"(?i)(?<![^\W\d_])(?:öl auf (?:leinwand|holz|karton|papier)|huile sur (?:toile|bois|panneau|"
    r"papier|carton)|óleo sobre (?:lienzo|tela|tabla|cartón)|olio su (?:tela|tavola|cartone|"
    r"tavola)|olieverf op (?:doek|paneel|linnen)|olej na (?:płótnie|desce|tekturze)|"
    r"oil on (?:canvas|panel|board)|tempera (?:auf|sur|sobre|su|op|na|on) [^\W\d_]+|"
    r"aquarell|aquarelle|acuarela|acquerello|aquarel|akwarela|watercolou?r|gouache|"
    r"radierung|eau-forte|aguafuerte|acquaforte|akwaforta|etching|holzschnitt|drzeworyt|"
    r"lithogra(?:phie|fie|phy|fía|fia)|mischtechnik|technique mixte|técnica mixta|"
    r"tecnica mista|gemengde techniek|technika mieszana)(?![^\W\d_])")
"""A work of art's medium, as a catalogue, a loan list or a label gives it."""
YEAR = re.compile(r"(?<!\d)(?:1[2-9]\d\d|20[0-2]\d)(?!\d)")


def on_an_artworks_line(text: str, start: int) -> bool:
    """Is `start` on a line that gives a work of art's medium and year ("Kat. 12 · Lyonel
    Feininger, Ostseedünen, 1936 · Aquarell")? Its name is the artist's."""
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    return bool(ART_MEDIUM.search(text, line, end)) and bool(YEAR.search(text, line, end))


HISTORICAL_YEAR = re.compile(
    rf"(?:\(|,[ \t]*|(?<![^\W\d_])(?i:{CIRCA}|in|anno|nel|en|w|roku)[ \t]+)"
    r"(?:1[2-8]\d\d|19[01]\d)(?:[/–-]\d{2,4})?"
    r"(?=\)|[ \t]*(?:[,;·|]|\.(?!\d)|$))", re.MULTILINE)
"""A year before 1920, as a work's, a recipe's or a chronicle's line gives it: in brackets,
after a comma or after "circa" or "in", and closing its phrase ("Las meninas, 1656 ·",
"vers 1893,", "(1839)"); not an amount ("1500 €") nor a postcode ("5, 1190 Wien")."""


OLD_CHRONICLE_YEAR = re.compile(r"[ \t]*(?:[*•][ \t]*)?(?:1[0-8]\d\d|19[01]\d)[ \t]*[–—-][ \t]")
"""A chronicle's entry for a year before 1920 opening a line ("1167 – La città aderisce alla
Lega Lombarda contro Federico Barbarossa.")."""


def historical_year_on_line(text: str, start: int) -> bool:
    """Does the line of `start` date what it tells before 1920? Its names are of people long
    dead, whose data no data-protection law covers ("Diego Velázquez, Las meninas, 1656",
    "Créée par Auguste Escoffier au Savoy, vers 1893", a chronicle's "1410 – ...")."""
    line = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return bool(HISTORICAL_YEAR.search(text, line, len(text) if end < 0 else end)) \
        or bool(OLD_CHRONICLE_YEAR.match(text, line, start))


CHARACTERS_LABEL = re.compile(
    r"(?im)^[ \t]*(?:personen|personnages|personajes|personaggi|personages|osoby|"
    r"dramatis personae|characters)[ \t]*:")
"""A play's list of characters ("Personen:", "Personnages :", "Osoby:"); not its cast of
actors ("Besetzung", "Distribution", "Reparto", "Obsada"), who are people."""
DATE_OR_BLANK_LINE = re.compile(
    r"\n[ \t]*\n|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}")


def in_a_list_of_characters(text: str, start: int) -> bool:
    """Does `start` lie in a play's list of characters: from its label to a blank line or a
    date (the premiere's)? Its names are the play's characters ("Luise, dessen Tochter",
    "Cześnik Maciej Raptusiewicz")."""
    for label in CHARACTERS_LABEL.finditer(text, 0, start):
        stop = DATE_OR_BLANK_LINE.search(text, label.end())
        if stop is None or stop.start() > start:
            return True
    return False


SURTITLES_HEADING = re.compile(
    r"(?i)[ \t]*(?:übertitel|surtitrage|surtitres|sobretitulado|sobretítulos|sopratitoli|"
    r"boventiteling|boventitels|napisy|surtitles)\b")
"""The first line of an opera's surtitle cue list ("Übertitel – „Le nozze di Figaro“")."""


def in_a_surtitle_cue_list(text: str) -> bool:
    """Is the text an opera's surtitle cue list? Its names are the roles' that sing the
    lines ("Graf Almaviva", "Don Hilarión", "Donna Anna")."""
    return bool(SURTITLES_HEADING.match(text))


MARC_FIELD = re.compile(r"(?m)^[ \t]*\d{3}[ \t]+[\d_# ]{0,2}[ \t]*\$a")
"""A MARC 21 record's field line: its tag, its indicators, its first subfield."""


def in_a_bibliographic_record(text: str) -> bool:
    """Is the text a library's MARC record (two field lines or more)? Its names are a
    published work's authors and editors ("100 1_ $a Goethe, Johann Wolfgang von")."""
    return len(MARC_FIELD.findall(text)) >= 2


SEASON_WORDS = re.compile(
    r"(?i)\b(?:spielzeit|saison|temporada|stagione|seizoen|sezon|premieren|neuproduktionen|"
    r"nouvelles productions|nuevas producciones|nuove produzioni|nieuwe producties|"
    r"premiery)\b")
"""A theatre's or an opera house's season programme's words."""
WORK_LINE = re.compile(
    r"[ \t]*[^\W\d_][\w'’.-]*(?:[ \t]+[^\W\d_][\w'’.-]*){1,4}[ \t]*:[ \t]*[^\n:\d@]{1,60}$",
    re.MULTILINE)
"""A programme's line: an author's name of two words or more, a colon and the work's title,
no number nor address in it ("Vincenzo Bellini: Norma"; not "Pressekontakt: Anna Weber,
030 ...")."""
REPERTORY_LINE = re.compile(
    r"(?i)[ \t]*(?:wiederaufnahmen|reprises|riprese|reposiciones|hernemingen|wznowienia|"
    r"repertoire|répertoire|repertorio|repertuar)[ \t]*:")
"""A programme's line of revivals ("Riprese: Giacomo Puccini, Madama Butterfly · ...")."""


def on_a_season_programme_line(text: str, start: int) -> bool:
    """Is `start` on a line of a theatre's season programme that gives a work and its
    author ("Claudio Monteverdi: L'incoronazione di Poppea"), or its revivals? The names
    there are composers', playwrights' and works' titles."""
    from classifiers.names import all_first_names, common_anywhere

    if not SEASON_WORDS.search(text):
        return False
    line = text.rfind("\n", 0, start) + 1
    if REPERTORY_LINE.match(text, line):
        return True
    work = WORK_LINE.match(text, line)
    # a label of common words is a staff's function ("Coordinamento artistico: ..."), no
    # author's name
    return bool(work) and not all(
        word in common_anywhere() and word not in all_first_names()
        for word in re.findall(r"[^\W\d_]+", text[line:text.index(":", line)].lower()))


ACQUISITIONS = re.compile(
    r"(?i)\b(?:neuerwerbungen|neuzugänge|nouveautés|nouvelles acquisitions|novedades|"
    r"nuove acquisizioni|aanwinsten|nowości|new acquisitions|new arrivals)\b")
"""A library's or a bookshop's list of new acquisitions."""
CATALOGUE_ENTRY = re.compile(
    r"[ \t]*[^\W\d_][\w'’.-]*(?:[ \t-]+[^\W\d_][\w'’.-]*)?,[ \t]*[^\W\d_][\w'’.-]*"
    r"(?:[ \t]+[^\W\d_][\w'’.-]*){0,2}(?:[ \t]*[«\"(„][^»\")“\n]{1,30}[»\")“])?"
    r"[ \t]*(?::|[–—-][ \t])", re.IGNORECASE)
"""A catalogue's entry: the author's surname, a comma, first names and a byname, then the
title after a colon or a dash ("Droste-Hülshoff, Annette von: Die Judenbuche", "Verga,
Giovanni – Mastro-don Gesualdo", "Alas, Leopoldo «Clarín»: La Regenta")."""


def in_a_list_of_acquisitions(text: str, start: int) -> bool:
    """Is `start` on a catalogue entry of a list of new acquisitions? Its names are the
    authors' and the titles' (a list of loans, which names borrowers, is none)."""
    return bool(ACQUISITIONS.search(text)) and bool(
        CATALOGUE_ENTRY.match(text, text.rfind("\n", 0, start) + 1))


WORK_CATALOGUE_NUMBER = re.compile(
    r"(?i)(?:\bop\.|\bopus\b|\b(?:bwv|kv|hwv|twv|woo|hob\.?)(?=[ \t]?[ivxl\d]))"
    r"[ \t]?(?:[ivxl]+[:/])?\d+")
"""A musical work's number in its composer's catalogue ("op. 50", "BWV 1048", "KV 467",
"Hob. XVI:52")."""


def on_a_work_catalogue_line(text: str, start: int) -> bool:
    """Is `start` on a line that numbers a work in its composer's catalogue ("Gabriel
    Fauré : Pavane, op. 50")? A concert programme's names are composers'."""
    end = text.find("\n", start)
    return bool(WORK_CATALOGUE_NUMBER.search(text, text.rfind("\n", 0, start) + 1,
                                             len(text) if end < 0 else end))


LEADING_PARTICLE = re.compile(r"(?:di|de|del|della|du|des|van|von)[ \t]+")


def named_after_before(text: str, start: int) -> bool:
    """Is the name at `start` (or its words after a particle the name's span took from
    the phrase: "dal nome [di Goethe]") after words that say "named after"?"""
    particle = LEADING_PARTICLE.match(text, start)
    return any(NAMED_AFTER_BEFORE.search(text, max(0, at - 40), at)
               for at in (start, *((particle.end(),) if particle else ())))


def _key(name: str) -> tuple[str, ...]:
    return tuple(fold(w).lower().strip(".") for w in WORD.findall(name))


@cache
def well_known_names() -> frozenset[tuple[str, ...]]:
    """`data/well_known_names.txt`, written by hand, each name as its folded, lower-case
    words: a part of one counts ("Pedro Calderón")."""
    return _names(importlib.resources.files("classifiers").joinpath(
        "data", "well_known_names.txt").read_text(encoding="utf-8"))


@cache
def wordnet_people() -> frozenset[tuple[str, ...]]:
    """`data/well_known_people.txt.gz`, WordNet's people: whole names only, as a part of
    one is often anyone's ("John Ernst" of "John Ernst Steinbeck")."""
    raw = importlib.resources.files("classifiers").joinpath("data", "well_known_people.txt.gz")
    return _names(gzip.decompress(raw.read_bytes()).decode("utf-8"))


@cache
def well_known_brands() -> frozenset[tuple[str, ...]]:
    """`data/well_known_brands.txt`, written by hand: brands and shops named after someone
    ("Yves Rocher", "Massimo Dutti"), whole names only ("Jean Louis" of "Jean Louis David" is
    anyone's)."""
    return _names(importlib.resources.files("classifiers").joinpath(
        "data", "well_known_brands.txt").read_text(encoding="utf-8"))


def _names(text: str) -> frozenset[tuple[str, ...]]:
    return frozenset(_key(line) for line in text.splitlines()
                     if line.strip() and not line.startswith("#"))


@cache
def _names_by_word() -> dict[str, tuple[tuple[tuple[str, ...], bool], ...]]:
    """The listed names that hold each word, each with whether a part of it counts: a span
    is compared only with the names that hold its last word."""
    by_word: dict[str, list[tuple[tuple[str, ...], bool]]] = {}
    for names, parts in ((well_known_names(), True), (wordnet_people(), False),
                         (well_known_brands(), False)):
        for name in names:
            for word in set(name):
                by_word.setdefault(word, []).append((name, parts))
    return {word: tuple(names) for word, names in by_word.items()}


PARTICLES = frozenset({"de", "di", "da", "del", "della", "du", "des", "la", "le", "van", "von",
                       "der", "den", "ten", "ter", "zu"})
"""Words that open a surname: "de Vries" of "Hugo de Vries" is anyone's surname."""


def a_well_known_name(span: str) -> bool:
    """Is the span a listed well-known name, whole or in part ("Pedro Calderón" of
    "Pedro Calderón de la Barca", "Voltaire"), written first name first or "Curie, Marie"?
    A part needs two words or more: "Victor" alone is anyone, and so is a surname with its
    particle ("de Vries")."""
    surname, comma, first = span.partition(",")
    if comma and first.strip():  # an index's or a bibliography's "Curie, Marie"
        return a_well_known_name(f"{first.strip()} {surname.strip()}")
    words = _key(span)
    if not words:
        return False
    if len(words) >= 2 and words[-1].endswith("s") and len(words[-1]) > 3 \
            and _listed_as(words[:-1] + (words[-1][:-1],)):
        return True  # a German genitive: "auf den Spuren Martin Luthers"
    return _listed_as(words)


def _listed_as(words: tuple[str, ...]) -> bool:
    for name, parts in _names_by_word().get(words[-1], ()):
        if words == name:
            return True
        if parts and len(words) >= 2 and len(name) >= len(words) and words[0] not in PARTICLES \
                and any(name[i:i + len(words)] == words
                        for i in range(len(name) - len(words) + 1)):
            return True
        if len(name) >= 2 and len(words) > len(name) and words[-len(name):] == name:
            return True  # "Dramatiker Gotthold Ephraim Lessing"
    return False


PREVIOUS_WORD = re.compile(r"([^\W\d_][\w.'’-]*)[ \t]+\Z")


NEXT_WORDS = re.compile(r"(?:[ \t]+[^\W\d_][\w.'’-]*){1,3}")


def _listed_whole(name: str) -> bool:
    words = _key(name)
    return bool(words) and any(listed == words
                               for listed, _ in _names_by_word().get(words[-1], ()))


def well_known_at(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a well-known name, alone, with the word before it, which a form
    of address's reading left out ("Don [Quijote]"), or with the words after it that
    complete a listed name ("Valéry Giscard [d'Estaing]")?"""
    if a_well_known_name(text[start:end]):
        return True
    before = PREVIOUS_WORD.search(text, max(0, start - 24), start)
    if before and a_well_known_name(text[before.start(1):end]):
        return True
    after = NEXT_WORDS.match(text, end)
    if not after or " " not in text[start:end].strip():
        return False
    words = after.group().split()
    return any(_listed_whole(f"{text[start:end]} {' '.join(words[:count])}")
               for count in range(1, len(words) + 1))

"""Tables inside free text: a cell under a header that names things or places ("Artikel",
"Schiff", "Ziel", "Liegeplatz", "producto", "miasto") holds no person's name, though
brands, ships and airports are often named after people ("Dr. Oetker ...", "Albert
Ballin", "London Heathrow"). Cells are split by "|", ";", tabs or runs of two or more
spaces."""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import lru_cache

from classifiers.languages import DEFAULT_LANGUAGE
from classifiers.names import (
    all_first_names,
    common_words,
    local_first_names,
    local_surnames,
    words,
)
from classifiers.recognizers.calendar_words import CIRCA
from classifiers.recognizers.named_field import KEY, person_key

THING_HEADERS = words("""
item items product products article articles description ship vessel destination city town
type brand manufacturer supplier company station stop route
artikel produkt produkte bezeichnung ware waren schiff ziel ort stadt typ marke hersteller
lieferant firma haltestelle bahnhof
produit produits désignation libellé navire destination ville marque fabricant fournisseur
société gare arrêt
artículo artículos producto productos descripción buque barco destino ciudad tipo marca
fabricante proveedor empresa estación parada
articolo articoli prodotto prodotti descrizione nave destinazione città marca produttore
fornitore azienda stazione fermata
product producten omschrijving schip bestemming plaats stad merk fabrikant leverancier
bedrijf halte
artykuł artykuły produkt produkty towar towary opis statek kierunek miasto typ marka
producent dostawca firma stacja przystanek
berth quay platform gate terminal liegeplatz kai gleis bahnsteig quai voie muelle andén
banchina binario ligplaats kade spoor perron nabrzeże peron
model modell modèle modelo modello fahrzeug véhicule vehículo veicolo voertuig pojazd
variety sorte rasse variété variedad varietà ras odmiana rasa
fund fonds fondo fundusz emittent émetteur emisor emittente emitent
club team verein mannschaft équipe equipo squadra vereniging ploeg klub drużyna
haus museum musée museo oddział
funkrufname sigla
parameter parametr parametro paramètre parámetro kenngröße
garage parkhaus parking aparcamiento parcheggio parkeergarage
taxon taxón takson species art espèce especie specie soort gatunek
denomination dénomination denominación denominazione benaming sortenbezeichnung
region gebiet gebirge gebirgsgruppe région massif región macizo regione massiccio
regio gebergte rejon pasmo
fundort localité localidad località vindplaats stanowisko
pferd cheval caballo cavallo paard koń horse
bateau barca barco boot jacht boat yacht schiffsname circolo cercle
aula zaal sala saal raum salle room hörsaal
przedmiot vak asignatura materia fach matière subject modul module
objekt objet objeto oggetto object obiekt
weingut wein domaine cuvée vin bodega vino produttore domein wijn winnica wino
produzent erzeuger producteur productor
serie series baureihe série reeks seria
hund chien perro cane hond pies zwinger affixe afijo affisso kennel przydomek hodowla
erbauer geigenbauer constructeur facteur luthier constructor costruttore liutaio bouwer
vioolbouwer wytwórca lutnik maker builder
motiv motif sujet motivo soggetto afbeelding rysunek
komponist compositeur compositor compositore componist kompozytor composer tonsetzer
bier bière cerveza birra piwo beer zender fernsehsender
imkerei miellerie rucher explotación apicoltura imkerij pasieka apiary
honig miel miele honing miód honey obra brano utwór
pflanze plante planta pianta plant roślina vitola vitole witola
objektiv objectif objetivo obiettivo objectief obiektyw lens
voiture vettura wagen coche samochód car
material matériau materiale materiaal materiał
farbe farben couleur couleurs coloris color colores colore colori kleur kleuren kolor kolory
colour colours
schrift schriftart police fuente carattere lettertype krój czcionka font typeface
""")
CELL_BREAK = re.compile(r"[ \t]*\|[ \t]*|\t+|[ \t]{2,}")
CELL_SPLIT = re.compile(r"[ \t]*[|;][ \t]*|\t+|[ \t]{2,}")
"""Where a table's cells part: CELL_BREAK's marks, and the semicolons of a European CSV
export pasted into a text ("spind;schüler/in;klasse")."""
RULE_LINE = re.compile(r"^[\s|:+=-]*$")  # a Markdown table's "---|---" line
MAX_ROWS = 60


def _cells(line: str) -> list[tuple[int, int]]:
    """The (start, end) of each non-empty cell of a line."""
    cells, begin = [], 0
    for cut in CELL_SPLIT.finditer(line):
        if cut.start() > begin:
            cells.append((begin, cut.start()))
        begin = cut.end()
    if begin < len(line.rstrip()):
        cells.append((begin, len(line.rstrip())))
    return cells


CODE_HEADERS = words("""
nr no nº n° number nummer code id sku ean isbn pzn cip cn ref reference part
teile teilenr teilenummer artikelnr artikelnummer bestellnr bestellnummer referenz sachnummer
référence réf numéro pièce
referencia código cod codigo
codice riferimento matricola
onderdeelnr onderdeelnummer bestelnummer referentie
kod numer indeks symbol
mmsi imo callsign rufzeichen indicatif indicativo nominativo roepnaam sygnał
contract vertrag contrat contrato contratto umowa key schlüssel clé clave chiave sleutel klucz
az aktenzeichen exp expediente dossier zaaknr zaaknummer kenmerk pratica sygn sygnatura
eni
""")
"""Headers of columns that hold codes: part, article, reference, contract and licence key
numbers, a ship's MMSI, a file's reference ("Az.", "Exp.", "Zaaknr."), grouped like phone
numbers ("Teile-Nr. | 0621 448 120")."""


NAMESAKE_HEADER = re.compile(
    r"(?i)\b(?:benannt nach|namensgeber\w*|namenspat\w*|named after|namesake|"
    r"nommée? d'après|nommée? en l'honneur de|en honor (?:de|a)|intitolat[oa] a|"
    r"dedicat[oa] a|vernoemd naar|naamgever|nazwan[aey] (?:na cześć|od|imieniem))\b")
"""A column header that says its cells name the people things are named after ("benannt
nach", "nommée d'après", "nombre en honor de", "intitolata a", "vernoemd naar", "nazwana
na cześć"): a mission's, an element's, a school's namesake, no data subject."""


VESSEL_HEADERS = words("""
reederei eigner armateur naviera armador armatore rederij armator shipowner
bruttoraumzahl tonnage jauge arqueo eslora stazza tonnellaggio gt brt bt tragfähigkeit""")
"""A ship register's headers: its "name" column names ships."""
NAME_HEADERS = words("name nom nombre nome naam nazwa schiffsname")


def in_a_thing_column(text: str, start: int) -> bool:
    """Does `start` lie in a table's cell whose column header names things or places, or
    the namesakes of things, or in a ship register's name column?"""
    found = _header_row(text, start)
    if found is None:
        return False
    row, column = found
    header = row[column]
    return _first_word(header) in THING_HEADERS or bool(NAMESAKE_HEADER.search(header)) \
        or _first_word(header) in NAME_HEADERS and any(
            word in VESSEL_HEADERS for cell in row for word in re.findall(r"\w+", cell.lower()))


YEAR_HEADERS = words("jahr year année año anno jaar rok")
OLD_YEAR = re.compile(rf"(?:(?i:{CIRCA})[ \t]*)?(?:1[0-8]\d\d|19[01]\d)")
LIFE_SPAN = re.compile(r"(?:\*[ \t]*)?(1[0-8]\d\d|19[01]\d)[ \t]*[–—-][ \t]*(?:†[ \t]*)?(\d{4})")
"""A cell of two years, the first before 1920 ("1770–1831", "1898–1956"): a life's span
under any header ("Lebensdaten", "Dates", "levensjaren", "Lata życia")."""


def in_an_old_row(text: str, start: int) -> bool:
    """Does `start` lie in a table's row that a year column dates before 1920 ("leg. Carl
    Koldewey | 1868" under "Sammler | Jahr"), or that gives a life's span from before it
    ("Heinrich Mann;1871–1950")? Its names are of people long dead: a herbarium's
    collectors, a register's founders, a cemetery's graves of note."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    for cell_start, cell_end in _cells(line):
        span = LIFE_SPAN.fullmatch(line, cell_start, cell_end)
        if span and int(span[1]) < int(span[2]):
            return True
        if OLD_YEAR.fullmatch(line, cell_start, cell_end):
            header = column_header_cell(text, line_start + cell_start)
            if header is not None and _first_word(header) in YEAR_HEADERS:
                return True
    return False


def in_a_header_row(text: str, start: int) -> bool:
    """Does `start` lie in a table's header line: cells without a digit, over rows of as
    many cells that each hold one ("poz. | opis | stan | cena wywoławcza")? A header names
    columns, not people; a first row of names (a table without a header) has its dates,
    numbers or amounts too, or rows under it without."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    if line_end < 0:
        return False
    line = text[line_start:line_end]
    cells = _cells(line)
    if len(cells) < 2 or any(c.isdigit() for c in line):
        return False
    if line_start > 0:
        above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
        if len(_cells(above)) == len(cells):
            return False
    rows, at = 0, line_end + 1
    while at < len(text) and rows < 3:
        below_end = text.find("\n", at)
        below = text[at:below_end if below_end >= 0 else len(text)]
        at = len(text) if below_end < 0 else below_end + 1
        if RULE_LINE.match(below) and below.strip():
            continue
        if len(_cells(below)) != len(cells):
            break
        if not any(c.isdigit() for c in below):
            return False
        rows += 1
    return rows >= 1


PHONE_HEADER_WORDS = words("""
tel telefon telefonnummer phone telephone téléphone tél teléfono telefono telefoon mobil
mobile handy fax gsm móvil movil cellulare cell komórka portable mobiel""")
"""Words of a phone column's header, whose numbers are no codes ("Telefon-Nr.")."""


def in_a_code_column(text: str, start: int) -> bool:
    """Does `start` lie in a table's cell whose column header names codes, by its first
    word or by any of its words where none is a phone's ("Lab-Nr.", "Proben-ID"; not
    "Telefon-Nr.")?"""
    header = column_header_cell(text, start)
    if header is None:
        return False
    tokens = re.findall(r"\w+", header.lower())
    return _first_word(header) in CODE_HEADERS or (
        NUMBER_SIGN.match(header) or any(t in CODE_HEADERS or NUMBER_COMPOUND.fullmatch(t)
                                         for t in tokens)) \
        and not any(t in PHONE_HEADER_WORDS or t.startswith(("tel", "handy", "mobil"))
                    for t in tokens)


NUMBER_SIGN = re.compile(r"[ \t]*(?i:n\.?[°º]|n\.[ \t]|no\.|nr\.?)")
"""A header that opens with a number's sign ("N° labo", "Nr. Probe", "N.º vagón", "N.
carro")."""
NUMBER_COMPOUND = re.compile(r"[^\W\d_]{2,}(?:nr|nummer|number|numero|número|numer)")
"""A compound's "-nr" or "-nummer" run together ("Labnr.", "Kundennr.", "Wagennummer")."""


def column_header(text: str, start: int) -> str | None:
    """The first word, in lower case, of the header of the table column that `start` lies
    in."""
    header = column_header_cell(text, start)
    return None if header is None else _first_word(header)


def _first_word(header: str) -> str:
    return re.split(r"[^\w]+", header.lower().strip(" *#:"), maxsplit=1)[0]


def column_header_cell(text: str, start: int) -> str | None:
    """The header of the table column that `start` lies in: the top line of the block of
    lines above with as many cells, over a sub-heading's line of one cell between rows
    ("Hündinnen", "Femelles")."""
    found = _header_row(text, start)
    return None if found is None else found[0][found[1]]


def _header_row(text: str, start: int) -> tuple[list[str], int] | None:
    """The header line's cells of the table that `start` lies in, and the index of the
    column of `start`."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    cells = _cells(line)
    if len(cells) < 2:
        return None
    column = next((i for i, (a, b) in enumerate(cells) if a <= start - line_start < b), None)
    if column is None:
        return None
    header, top = None, line_start
    for _ in range(MAX_ROWS):
        if top == 0:
            break
        above_start = text.rfind("\n", 0, top - 1) + 1
        above = text[above_start:top - 1]
        top = above_start
        if RULE_LINE.match(above) and above.strip():
            continue
        above_cells = _cells(above)
        if len(above_cells) == 1 and top > 0 and len(_cells(
                text[text.rfind("\n", 0, top - 1) + 1:top - 1])) == len(cells):
            continue  # a sub-heading between two rows
        if len(above_cells) != len(cells):
            break
        header = [above[a:b] for a, b in above_cells]
    return None if header is None else (header, column)


AGENT_NOUN = re.compile(
    r"(?:er|erin|innen|in|eur|euse|rice|ant|ante|ent|ente|or|ora|ore|ista|iste|ist|aar|"
    r"ca|nik|acz|arz|ier|ière|iere|ero|era|aio|aia)$")
"""Endings of the nouns that name what a person does ("Züchter", "exposant", "espositore",
"zawodnik", "inzender", "wystawca", "posiadacz"): a column under one may hold people."""
GENDERED = re.compile(r"[^\W\d_](?:/[^\W\d_]|\((?:e|in|a|ka)\)|\*in|:in)")
"""A header written for both sexes names people: "Reiter/in", "déposant(e)",
"Zawodnik/zawodniczka", "Lehrer*in"."""


def in_a_column_of_no_one(text: str, start: int) -> bool:
    """Does `start` lie in a table's cell whose column header names neither a person (a key
    that says name, customer, tenant ...) nor a role a person plays? Under "Modell",
    "Stoff", "Motiv" or "Bemerkung" a name shape is a thing's; under any header that may
    name people it is left as found."""
    found = _header_row(text, start)
    if found is None:
        return False
    row, column = found
    header = row[column].strip("\"' *#:")
    if not header or person_key(header) or GENDERED.search(header):
        return False
    return not any(AGENT_NOUN.search(word) for word in re.findall(r"[^\W\d_]+", header.lower()))


MIN_ROWS_TO_COUNT = 4
"""Rows a column needs before the share of names in it says what it holds."""


def column_cells(text: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) in `text` of the cells of the column that `start` lies in, one per
    row of its table below the header; none outside a table with a header. Rule lines and
    one-cell sub-headings between two rows belong to the table, as for `_header_row`."""
    found = _header_row(text, start)
    if found is None:
        return []
    offsets = [0] + [at + 1 for at, char in enumerate(text) if char == "\n"]
    lines = text.split("\n")
    cells = [_cells(line) for line in lines]
    here = max(i for i, at in enumerate(offsets) if at <= start)
    width = len(cells[here])

    def a_rule(i: int) -> bool:
        return bool(RULE_LINE.match(lines[i])) and bool(lines[i].strip())

    def in_the_table(i: int) -> bool:
        return 0 <= i < len(lines) and (
            len(cells[i]) == width or a_rule(i)
            or len(cells[i]) == 1 and 0 < i < len(lines) - 1
            and len(cells[i - 1]) == width == len(cells[i + 1]))

    top, bottom = here, here
    while in_the_table(top - 1):
        top -= 1
    while in_the_table(bottom + 1):
        bottom += 1
    rows = [(offsets[i] + cells[i][found[1]][0], offsets[i] + cells[i][found[1]][1])
            for i in range(top, bottom + 1) if len(cells[i]) == width and not a_rule(i)]
    return rows[1:]  # the first row is the header


def a_lone_name_in_its_column(text: str, start: int, names: Collection[tuple[int, int]],
                              language: str) -> bool:
    """Does `start` lie in a column of no one's (`in_a_column_of_no_one`) where fewer than
    half the rows hold one of `names` or a name's shape (`shaped_like_a_name`)? When a
    column lists people, most of their names are found or look like names; a name found
    among things that do not (a tea blend, a film, a fairground ride called after someone)
    is a namesake."""
    if not in_a_column_of_no_one(text, start):
        return False
    cells = column_cells(text, start)
    if len(cells) < MIN_ROWS_TO_COUNT:
        return False
    named = sum(any(a < name_end and name_start < b for name_start, name_end in names)
                or shaped_like_a_name(text[a:b], language) for a, b in cells)
    return 2 * named < len(cells)


NAME_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
PARTICLE = re.compile(r"[^\W\d_]{1,3}")  # "van", "de", "di", "y" in a capitalised name


def shaped_like_a_name(cell: str, language: str) -> bool:
    """Two to four words, all capitalised (or the whole cell in lower case) but for short
    particles, each a listed name or no common word of the language or of English: the
    shape of a name, found or not ("Gaubertine Brévadoux", "ombeline malvouzet"); a
    thing's label seldom has it ("Goldener Morgen", "Serres du parc")."""
    parts = cell.split()
    if not 2 <= len(parts) <= 4 or not all(NAME_WORD.fullmatch(part) for part in parts):
        return False
    lower = cell.islower()
    named = [part for part in parts
             if lower or not (part.islower() and PARTICLE.fullmatch(part))]
    if len(named) < 2 or not lower and not all(part[0].isupper() for part in named):
        return False
    common, english = common_words(language), common_words(DEFAULT_LANGUAGE)
    listed = (all_first_names(), local_first_names(language), local_surnames(language))
    return all(any(part.lower() in names for names in listed)
               or part.lower() not in common and part.lower() not in english
               for part in named)


PRICE_LIST_LINE = re.compile(
    r"\.{4,}[ \t]*(?:€|EUR|zł|PLN|CHF|kr)?[ \t]*\d+(?:[.,]\d{2})?[ \t]*(?:€|EUR|zł|PLN|CHF|kr)?"
    r"[ \t]*$")
"""A price list's line: the item, a dotted leader and its price ("Rosier 'Pierre de Ronsard'
...... 19,99 €")."""


PRICE_AT_LINE_END = re.compile(
    r"(?:€|EUR|zł|PLN|CHF)?[ \t]*\d{1,3}(?:[.  ]\d{3})*(?:[.,]\d{2})?[ \t]*"
    r"(?:€|EUR|zł|PLN|CHF|euro)(?:[ \t]*/[ \t]*(?:\d+[ \t]*)?[^\W\d_]{1,5})?[ \t]*$",
    re.IGNORECASE | re.MULTILINE)
"""A price closing a line, per unit or not ("Confiture Bonne Maman fraises, 370 g – 2,19
€", "Emmentaler | 171,30 €/100 kg")."""


PAYMENT_WORDS = re.compile(
    r"(?i)[^\W\d_]*(?:beitr[aä]g|gebühr|bezahlt|mahnung|rechnung|erstattung|gehalt|"
    r"cotisation|impayé|facture|rembours|salaire|cuota|pagad[oa]|factura|reembols|salario|"
    r"nómina|pagat[oaie]|fattur|rimbors|stipendi|contributie|betaald|openstaand|factu[ru]|"
    r"terugbetal|salaris|składk|zapłac|faktur|zwrot|wynagrodz|invoice|refund|salar)"
    r"|\b(?:offen|lohn|payée?s?|quot[ae]|pensj\w*|fees?|paid|due|wages?)\b")
"""Words of who owes or was paid what (dues, invoices, refunds, wages): a list of names and
amounts under them is about people, not a price list."""


PRICE_RIGHT_AFTER = re.compile(r"[ \t]*(?:[–-][ \t]*)?(?:€[ \t]*)?\d{1,3},\d{2}(?![\d,])")
"""A price written right after an item's name ("gute luise 3,50")."""
PRICE_IN_A_ROW = re.compile(
    r"(?<![\d,.])\d{1,3},\d{2}(?![\d,])[ \t]*(?:€|eur|zł)?[ \t]*(?:[·|;]|$)", re.IGNORECASE)
"""A price that ends an entry of a line listing several ("elstar 2,80 · boskoop 2,60")."""
PRICES_PER_UNIT = re.compile(
    r"(?i)\b(?:preise?|prix|precios?|prezz[io]|prijz(?:en)?|prijs|ceny?|tarif\w*)\b[^\n]{0,20}"
    r"\b(?:je|pro|au|le|par|por|el|al|per|a|za)[ \t]+(?:kilo\w*|kg|stück|pièce|unidad|pezzo|stuk|"
    r"sztuk\w*|100[ \t]?g)\b")
"""A price list's heading of prices per unit ("preise je kilo", "prix au kilo")."""


def on_a_price_list_line(text: str, start: int, name_end: int | None = None) -> bool:
    """Is `start` on a line of a price list: one that a dotted leader ends with a price, or
    one of three lines or more in a row that each end with a price, or (for a name ending
    at `name_end` with its price right after it) a line listing three priced entries or
    more under a heading of prices per unit, in a text that says nothing of dues, invoices
    or wages? Names there name items (roses, dishes, wines, jams, fruit varieties named
    after people), not data subjects."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    if PRICE_LIST_LINE.search(text[start:end]):
        return True
    if name_end is not None and PRICE_RIGHT_AFTER.match(text, name_end, end) \
            and len(PRICE_IN_A_ROW.findall(text[begin:end])) >= 3 \
            and PRICES_PER_UNIT.search(text) and not PAYMENT_WORDS.search(text):
        return True
    if not PRICE_AT_LINE_END.search(text, begin, end) or PAYMENT_WORDS.search(text):
        return False
    priced = _priced_lines(text)
    first = last = text.count("\n", 0, start)
    while first > 0 and priced[first - 1]:
        first -= 1
    while last < len(priced) - 1 and priced[last + 1]:
        last += 1
    return last - first >= 2


@lru_cache(maxsize=32)
def _priced_lines(text: str) -> tuple[bool, ...]:
    """Which of a text's lines end with a price; kept for the text's next name."""
    return tuple(bool(PRICE_AT_LINE_END.search(line)) for line in text.split("\n"))


def in_a_markup_tag(text: str, start: int) -> bool:
    """Is `start` inside an XML or HTML tag ("<Amt Ccy=...>")? Element and attribute names
    are no one's name."""
    opened = text.rfind("<", 0, start)
    return opened >= 0 and text.rfind(">", 0, start) < opened \
        and text.find(">", start) >= 0 and not 0 <= text.find("<", start) < text.find(">", start)


IPA = re.compile(r"[ˈˌːɐɑɒɔəɛɜɪʊʌʁʃʒŋɡɲʎɣɸɹɾʔ]")
"""Letters and marks only the phonetic alphabet writes (not "ð", Icelandic's, nor "θ",
"β" and "χ", Greek's)."""


def on_a_phonetic_line(text: str, start: int) -> bool:
    """Is `start` on a line of a pronunciation lexicon, one that writes the phonetic
    alphabet ("goethestraße	ˈɡøːtəˌʃtʁaːsə")? Its words are spellings and sounds."""
    end = text.find("\n", start)
    return bool(IPA.search(text, text.rfind("\n", 0, start) + 1, len(text) if end < 0 else end))


OPENING_QUOTES = "„“«‹‚‘'"
CLOSING_QUOTES = {"„": "“”", "“": "”", "«": "»", "‹": "›", "‚": "‘’", "‘": "’", "'": "'"}


MODEL_NUMBER_AFTER = re.compile(r"[ \t]+[A-Z]{0,3}\d[\w.-]*")
"""A model's number or a version after a product's name ("Volta Home 11", "Serie 4")."""


KEY_BEFORE = re.compile(rf"({KEY})[ \t]*[=:][ \t]*\Z")
"""A record's key and its "=" or ":" right before a quoted value."""


def a_quoted_title(text: str, start: int, end: int) -> bool:
    """Is text[start:end] all that typographic or single quotes enclose („Franz Liszt“,
    «Atala Legend», 'Gloria Dei'), but a model's number after it («Volta Home 11»), or
    all but a title before it ('Madame Lemoine')? A
    train's, a bicycle's, a rose's or a work's name is quoted so; a data subject's is not,
    but as a field's value whose key says person (`klient='olga włodyka'`). Straight double
    quotes are left out: JSON and CSV quote every value."""
    if end - start > 1 and text[end - 1] in "'’":
        end -= 1  # a word's reading took the closing quote along ("Karl Foerster'")
    opened = max(text.rfind(quote, text.rfind("\n", 0, start) + 1, start)
                 for quote in OPENING_QUOTES)
    model = MODEL_NUMBER_AFTER.match(text, end)
    if model and opened >= 0:
        end = model.end()  # a product's model number inside the quotes: «Volta Home 11»
    if opened >= 0 and text[opened] == "«":  # French spaces them: « Volta Home 11 »
        end += len(text[end:end + 2]) - len(text[end:end + 2].lstrip(" \u00a0\u202f"))
    if opened < 0 or not text[end:end + 1] or text[end] not in CLOSING_QUOTES[text[opened]]:
        return False
    if text[opened - 1:opened].isalnum() or text[end + 1:end + 2].isalnum():
        return False  # apostrophes: "here's Guy's address"
    key = KEY_BEFORE.search(text, max(0, opened - 48), opened)
    if key and person_key(key.group(1)):
        return False  # a log line's field that says person: cliente='lucia boccherini'
    # the name alone, or after one word such as a title ("'Madame Lemoine'")
    between = text[opened + 1:start]
    if text[opened] == "«":
        between = between.lstrip(" \u00a0\u202f")
    return not between or len(between.split()) == 1 and between.endswith(" ")


INDEX_HEADING = re.compile(
    r"(?im)^[^\n]{0,40}\b(?:index|register|namensregister|personenregister|"
    r"personenverzeichnis|namensverzeichnis|índice|indice|indeks|skorowidz)\b")
PAGE_REFERENCES_AT_LINE_END = re.compile(
    r"[ \t]\d{1,4}(?:[–-]\d{1,4})?(?:[ \t]?(?:f|ff|s|ss|sq|e s)\.?)?"
    r"(?:,[ \t]*\d{1,4}(?:[–-]\d{1,4})?(?:[ \t]?(?:f|ff|s|ss|sq)\.?)?)*[ \t]*$",
    re.MULTILINE)
"""A book index's page references closing a line ("240, 267 f.", "92–94", "131 s.")."""


def in_a_name_index(text: str, start: int) -> bool:
    """Is `start` on an entry of a book's index of names: a text headed "Index",
    "Register", "Índice", "Skorowidz" ..., three lines or more of which end with page
    references, this one too ("Erhard, Ludwig 240, 267 f.")? The people a book names are
    no data subjects of a record."""
    if not INDEX_HEADING.search(text):
        return False
    end = text.find("\n", start)
    line = text[text.rfind("\n", 0, start) + 1:len(text) if end < 0 else end]
    return bool(PAGE_REFERENCES_AT_LINE_END.search(line)) \
        and len(PAGE_REFERENCES_AT_LINE_END.findall(text)) >= 3

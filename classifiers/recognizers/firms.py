"""A firm's or a venue's own contact data: the street and phone line that a receipt, an
imprint or a letterhead gives right under the firm's name, and the address of a place with
opening hours (a museum's, a shop's), are no data subject's."""

from __future__ import annotations

import re

from classifiers.recognizers.table_cells import column_header_cell

LEGAL_FORM = re.compile(
    r"(?<![\w.-])(?:GmbH|AG|KG|OHG|UG|GbR|KGaA|e\.K\.|e\.V\.|SARL|S\.A\.R\.L\.?|SAS|SASU|EURL|SNC|S\.A\.S\.?|SA|"
    r"S\.A\.(?:U\.?|T\.?)?|S\.L\.(?:N\.E\.?|U\.?|L\.?)?|SLU?|S\.Coop\.?|S\.Com\.?|S\.C\.P\.?|SCP|S\.r\.l\.?|SRL|Srl|"
    r"S\.p\.A\.?|SpA|SPA|B\.V\.?|BV|N\.V\.?|NV|VOF|Sp\. z o\.o\.|s\.c\.|sp\.k\.|sp\.j\.|"
    r"Ltd|PLC|Inc|LLC)(?![\w-])|(?i:(?<![\w.-])(?:s\.r\.l\.|sp\. z o\.o\.|s\.a\.|b\.v\.|"
    r"gmbh|kgaa|sarl|s\.a\.r\.l\.|sasu|eurl|s\.p\.a\.|n\.v\.|s\.a\.s\.|s\.com\.|s\.l\.(?:u\.|n\.e\.|l\.)?|"
    r"sp\.[ \t]?j\.|sp\.[ \t]?k\.|s\.a\.t\.|s\.a\.d\.|&[ \t]*co\.?[ \t]*kg|ltd\.?|plc)"
    r"(?![\w-]))")
"""A firm's legal form as firms write it (case matters for the short ones: "SA", not "sa";
the longer ones are no word in any case: "gmbh", "sarl", "Sp.j.", "& Co. KG", "Ltd.")."""


ORGANISATION_FIELD = re.compile(
    r"(?im)^[ \t]*(?:(?:registrant[ \t]+)?(?:org|organi[sz]ation|organisatie|organizaci[oó]n|"
    r"organizzazione|organizacja|company|firma|unternehmen|soci[ée]t[ée]|empresa|azienda|"
    r"bedrijf)[ \t]*[:;]"
    r"|(?:type|tipo|typ)[ \t]*:[ \t]*(?:organi[sz]ation|organizaci[oó]n|role|rol)\b)")
"""A record's field that names an organisation as the holder of the contact data after it
(a vCard's "ORG:", a WHOIS contact's "Organisation:" or "type: ORGANIZATION")."""
ANOTHER_PARTY = re.compile(r"[ \t]*[^\W\d_][^:\n]{0,40}:[ \t]*[^\W\d_][^\d:\n]*\Z")
"""A field whose label and words (no code, no second field) stand before the street
("Antragsgegner: Willrich Graf, ..."): the next party's, not the firm's of the line
above."""
WORK_TYPE = re.compile(r"(?i)\btype=(?:work|pref,work|work,pref)\b")
PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def under_a_firm(text: str, start: int) -> bool:
    """Does a firm's legal form stand before `start` on its line, or on the line just above
    it, as in "Bärer Krause KG – Filiale Gera, Sergei-Röhrdanz-Straße 98" or a letterhead's
    "Budig GmbH\nDietzring 29"? Not further up: a shipping label's sender ("Absender:
    Budig GmbH") stands above the recipient's name and street, which are a person's; nor
    under a sentence that mentions a firm ("die Hausverwaltung (Löffler GmbH) entscheidet."),
    nor on the next party's line of a claim. A
    record that labels its holder an organisation (a vCard's, a WHOIS contact's) or its
    address a work address ("ADR;TYPE=WORK:") holds the organisation's own contact data."""
    line = text.rfind("\n", 0, start)
    if LEGAL_FORM.search(text, line + 1, start) or WORK_TYPE.search(text, line + 1, start):
        return True
    above = text.rfind("\n", 0, line) + 1
    forms = [m.end() for m in LEGAL_FORM.finditer(text, above, line)] if line >= 0 else []
    tail = text[above:line].rstrip() if forms else ""
    # a sentence's full stop, not the legal form's own dot ("van der Ploeg B.V.")
    core = tail.rstrip(".!? \t")
    sentence = tail[-1:] in (".", "!", "?") and forms[-1] < above + len(core) if forms else False
    if forms and not sentence and not ANOTHER_PARTY.match(text[line + 1:start]):
        return True
    breaks = [m.end() for m in PARAGRAPH_BREAK.finditer(text, 0, start)]
    return bool(ORGANISATION_FIELD.search(text, breaks[-1] if breaks else 0, line + 1))


PARTNERS = (
    r"(?:(?:,[ \t]*|[ \t]+(?:e|y|i|und|and|et|en|&)[ \t]+)[^\W\d_][\w'’-]*)*"
    r"(?:[ \t]+(?i:group|gruppe|groupe|grupo|gruppo|groep|grupa|& co\.?|und partner|e figli|"
    r"y asociados|et associés|en zonen))?[ \t,]*")
PARTNERS_BEFORE_A_FORM = re.compile(PARTNERS)
"""Partners' names and a group's word between a name and the firm's legal form."""
NAME_END_AND_PARTNERS = re.compile(rf"[ \t]+[^\W\d_][\w'’-]*{PARTNERS}")
"""The same after the name's last word, which the name's span left out ("Tristán Bermejo
[Mas] S.A.")."""


def names_a_firm(text: str, start: int, end: int) -> bool:
    """Is the name at `start:end` a firm's: does it hold a legal form or stand before one,
    with its partners' names between ("Gude GmbH", "Almudena Barros Mateo S.A.", "Polani,
    Sismondi e Baracca Group S.r.l.")?"""
    inside = LEGAL_FORM.search(text, start, min(len(text), end + 16))
    if inside and inside.start() < end:  # "Perlik-Molga Sp. z o.o.", though cut at "Sp"
        return True
    for partners in (PARTNERS_BEFORE_A_FORM, NAME_END_AND_PARTNERS):
        between = partners.match(text, end, min(len(text), end + 120))
        if between and LEGAL_FORM.match(text, between.end()):
            return True
    return False


OPENING_HOURS = re.compile(
    r"(?i)\b(?:öffnungszeiten|geöffnet|opening hours|open daily|horaires|heures d'ouverture|"
    r"horarios?|horario de apertura|orari|orario di apertura|openingstijden|openingsuren|"
    r"geopend|godziny otwarcia|czynne|täglich|tous les jours|7 j/7|todos los días|"
    r"tutti i giorni|dagelijks|codziennie|daily|every day"
    # a week's opening days ("Mo–Sa", "lun.–sam.", "l–s", "ma–za", "pn.–sob.")
    r"|(?<![^\W\d_])(?:mo|lun|lu|l|ma|pn|pon)\.?[ \t]*[–-][ \t]*"
    r"(?:fr|sa|so|ven|sam|sab|sáb|s|vr|za|zo|pt|sob|nd)\.?)(?![^\W\d_])")
TIME_RANGE = re.compile(
    r"\b\d{1,2}(?:[:.h]\d{2}|[ \t]?h)?[ \t]*(?:-|–|bis|à|a|al|alle|tot|do|to)[ \t]*"
    r"\d{1,2}(?:[:.h]\d{2}|[ \t]?h)?\b")
DIRECTIONS = re.compile(
    r"(?im)^[ \t]*(?:anfahrt|anreise|so finden sie uns|accès|plan d'accès|venir|cómo llegar|"
    r"como llegar|dónde estamos|come arrivare|dove siamo|bereikbaarheid|route|dojazd|"
    r"jak dojechać|getting here|directions|how to find us)[ \t]*:")

OFFICES = r"dział|wydział|consejería|service|servicio|servizio"
"""Offices' and departments' words that are both a desk's label and a venue's kind
("Dział Zamówień Publicznych, ...", "service de la commande publique, ...")."""
DESK_WORDS = (
    r"(?:(?!(?:ins)?gesamt\b|samt\b)[^\W\d_]*(?:büro|amt|sekretariat|secretariaat|stelle|"
    rf"bureau)|zentrale|{OFFICES}|"
    r"bestellungen|commandes|pedidos|ordini|bestellingen|bestellen|zamówienia|"
    r"fédération|federación|federazione|federatie|verband|związek|okręg|servicio|servizio|"
    r"[^\W\d_]*bauhütte|cabildo|œuvre|oeuvre|opera[ \t]+del[ \t]+duomo|fabbriceria|"
    r"verwaltung|hausverwaltung|rathaus|tourist-?information|touristinfo|"
    r"kundenzentrum|servicecenter|empfang|auskunft|informationen|information|secrétariat|"
    r"accueil|mairie|office de tourisme|renseignements|permanence|siège|secretaría|oficina|"
    r"información|recepción|sede|ayuntamiento|segreteria|ufficio|informazioni|sportello|"
    r"municipio|kantoor|receptie|informatie|inlichtingen|balie|gemeentehuis|loket|vvv|"
    r"biuro|informacja|informacje|recepcja|siedziba|urząd|kancelaria|"
    r"sitz|firmensitz|hauptsitz|geschäftssitz|vereinssitz|domicilio social|zetel|"
    r"(?:service des )?objets trouvés|objetos perdidos|oggetti smarriti|gevonden voorwerpen)")
DESK_LABEL = re.compile(
    rf"(?i)(?:[ \t]*(?:[^\W\d_]+(?:[ \t]+[^\W\d_]+){{0,3}}[ \t]*:[ \t]*)?{DESK_WORDS}"
    r"(?:[ \t]+[^\W\d_'’-]+){0,4}[ \t]*[:,])")
"""A desk's or an office's label opening a line or a sentence ("Pfarrbüro:",
"Geschäftsstelle:", "Accueil paroissial :", "Secrétariat :", "Secretaría:", "Segreteria
parrocchiale:", "Renseignements :", "Biuro klubu:", a firm's or a club's seat: "Sitz und
Anschrift:", "Domicilio social:"; not "Wohnsitz:"), or an office named after a line's label
("Prenotazioni: Ufficio turistico,", "Reserveren: VVV,"): the address and number after it
on the line are the office's, as are those after where orders go ("Bestellungen:",
"Commandes :"). Booking words alone ("Anmeldung:", "Reservas:") are left out: a booking's
line names its customer."""
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?·])[ \t]+)", re.MULTILINE)


def desk_line(text: str, start: int) -> bool:
    """Does a desk's or an office's label open the line of `start`, or the sentence or the
    item after a "·" it is in ("... einfach die Straße eingeben. Kundenzentrum:
    Zdravko-Klapp-Allee 4-7", "Herplant in het najaar · informatie: Felixring 6")?"""
    line = text.rfind("\n", 0, start) + 1
    for sentence in SENTENCE_START.finditer(text, line, start):
        label = DESK_LABEL.match(text, sentence.end())
        if label and label.end() <= start:
            return True
    return False


EATERIES = (
    "restaurant|restaurante|ristorante|restauracja|trattoria|osteria|pizzeria|brasserie|"
    "bistro|bistrot|crêperie|churrería|eetcafé|kawiarnia|gasthaus|gasthof|wirtshaus|"
    "pasticceria|konditorei|boulangerie|panadería|panetteria")
"""Eateries' words: a listing's line and a name that hold one are the eatery's."""
ESTABLISHMENTS = (
    "apotheke|apotheek|pharmacie|farmacia|apteka|praxis|arztpraxis|cabinet|consultorio|"
    "ambulatorio|praktijk|gabinet|przychodnia|hotel|hôtel|hostal|albergo|"
    f"{EATERIES}|bäckerei|"
    "bakkerij|piekarnia|buchhandlung|librairie|librería|libreria|boekhandel|księgarnia|"
    "kino|cinéma|bioscoop|musikhaus|magasin|tienda|negozio|sklep|filiale|succursale|"
    "sucursal|vestiging|oddział")
ESTABLISHMENT = re.compile(
    rf"(?i)(?:(?<![^\W\d_])(?:{ESTABLISHMENTS})"
    r"|(?<=[^\W\d_])(?:apotheke|apotheek|praxis|praktijk|restaurant|buchhandlung|boekhandel))"
    r"\b")
BETWEEN_IN_A_LISTING = re.compile(r"[^\n\"=|;]{0,120}")


def establishment_on_line(text: str, start: int) -> bool:
    """Does a pharmacy's, a practice's, a hotel's or a shop's word stand earlier on the
    line, alone or as a compound's end, its name and address after it as a listing writes
    them ("Humboldt-Apotheke, ... · Tel.", "Dienstapotheek", "Farmacia Cavour, Rotonda
    Onisto, 545 – 011 ...")? That is the establishment's own address and line; not across a
    record's fields (`"plaats": "bedrijfsrestaurant", "tel_eigenaar": ...`)."""
    line = text.rfind("\n", 0, start) + 1
    for match in ESTABLISHMENT.finditer(text, line, start):
        between = text[match.end():start]
        if BETWEEN_IN_A_LISTING.fullmatch(between) and any(c in between for c in ",–—·"):
            return True
    return False


VENUES = (
    # German and Dutch compounds end in the venue's kind ("Bürgerhaus", "dorpshuis")
    r"[^\W\d_]*(?:zentrum|halle|saal|kirche|theater|museum|bibliothek|bücherei|schule|"
    r"stadion|centrum|zaal|kerk|bibliotheek|school|sporthal|büro|lokal|balie|kita|stelle|"
    rf"bureau)|{OFFICES}|conselleria|"
    r"[^\W\d_]{2,}(?:park|plein)|station|bahnhof|marktplatz|rynek|local|siedzibie|"
    r"ministerium|ministère|ministerio|ministero|ministerie|ministerstwo|"
    r"(?!(?:ins)?gesamt\b|samt\b)[^\W\d_]*amt|kindergarten|"
    r"(?:bürger|gemeinde|dorf|vereins|kultur|jugend|pfarr|gemeinschafts|rat)haus|"
    r"(?:pfarr|vereins|club|sport|jugend|gemeinde|schützen)heim|"
    r"(?:dorps|buurt|gemeente|stad|club|verenigings)huis|"
    r"salle|mairie|église|théâtre|musée|bibliothèque|médiathèque|école|collège|lycée|"
    r"gymnase|centre|espace|stade|chapelle|foyer|guichet|"
    r"centro|salón|sala|ayuntamiento|iglesia|teatro|museo|biblioteca|colegio|"
    r"polideportivo|pabellón|auditorio|estadio|parroquia|sede|casa[ \t]+consistorial|"
    r"salone|municipio|chiesa|oratorio|scuola|palestra|palazzetto|circolo|auditorium|"
    r"stadio|parrocchia|ufficio|"
    r"świetlica|ratusz|kościół|teatr|muzeum|szkoła|hala|remiza|parafia|urząd|"
    # institutes, laboratories, secretariats and deans' offices, inflected ("w instytucie",
    # "w dziekanacie", "all'istituto", "au secrétariat pédagogique")
    r"institut\w*|instituu?t\w*|istitut\w*|instytu\w*|laborat\w*|labor|"
    r"secr[eé]tar[ií]\w*|segreteri\w*|sekretaria\w*|dziekana\w*|dekanat\w*|"
    # a tax office's or an agency's branch, a community centre
    r"delegaci[oó]n|délégation|delegazione|delegatura|agencia|agenzia|agence|sportello|"
    r"dom[ \t]+kultury|domu[ \t]+kultury|"
    # a department, a box office, a bank's or a firm's branch
    # (not "dirección", which is also an address's label: "Nueva dirección de envío: ...")
    r"direction|direzione|directie|dyrekcja|billetterie|taquilla|biglietteria|"
    r"theaterkasse|kassa|kasa|oddzia\w*|kantoor|oficina|filiale|succursale|sucursal|vestiging")
VENUE_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{VENUES})(?:(?:[ \t]+[^\W\d_'’.-]+){{0,4}}[ \t]*[,:])?[ \t]*\Z")
"""A venue's kind just before an address, a comma between ("im Bürgerhaus, Heidestraße
17", "salle polyvalente, 5 boulevard de Bourdon", "en el centro cívico, Plaza Mayor 7",
"nel teatro parrocchiale, Viale Tasso, 168", "in het dorpshuis, Sennalaan 8"), or an
office's ("im Bürgerbüro, ...", "sede social, ...", "all'Ufficio Relazioni con il Pubblico,
...", "bij de publieksbalie, ...", "Sportello di Castel Guelfo: ..."), a comma or a colon
between, or right before it ("billetterie 25, boulevard ...")."""


BUILDING_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?!wohn|woon)(?:[^\W\d_]*(?:gebäude|gebouw)|bâtiment|immeuble|"
    r"edificio|palazzo|budynek|biurowiec|gewerbehof|gewerbepark|bürohaus|bürokomplex|"
    r"bedrijvenhof|bedrijvenpark|bedrijventerrein|business ?park|"
    r"centre (?:d'affaires|commercial)|centro (?:de negocios|comercial|direzionale|"
    r"commerciale|affari)|centrum (?:biurowe|handlowe|biznesowe)|park biznesowy|"
    # a ship's berth ("ligplaats Tasmankade 3")
    r"ligplaats|liegeplatz|anleger|berth|amarre|ormeggio|nabrzeże)"
    r"[ \t]*,?[ \t]*\Z")
"""An office building's or a business park's word just before an address
("Verwaltungsgebäude Beierweg 7", "kantoorgebouw, Charlottestraat 35", "Gewerbehof ...",
"centre d'affaires 46, rue ...") or a ship's berth ("ligplaats Tasmankade 3"): the
building's address, a key plan's or a facility's, no one's home (not "Wohngebäude",
"woongebouw")."""


VENUE_WORD = re.compile(rf"(?i)(?<![^\W\d_])(?:{VENUES})(?![^\W\d_])")
CELL_MARKS = re.compile(r"[;|\t]")


MEETING_POINT_HEADER = re.compile(
    r"(?i)[ \t]*(?:treffpunkt|(?:point de )?rendez-vous|punto de encuentro|punto d['’]incontro|"
    r"punto di (?:ritrovo|incontro)|ritrovo|verzamelpunt|ontmoetingspunt|miejsce zbiórki|"
    r"zbiórka|meeting point)\b")
"""A column header that says where a tour or an event meets."""
HERITAGE_HEADING = re.compile(
    r"(?i)denkmal(?:liste|buch|verzeichnis|topographie)|monuments? historiques?|"
    r"inventaire (?:général )?du patrimoine|monumentenregister|rijksmonument|"
    r"bienes protegidos|bien(?:es)? de interés cultural|beni culturali|"
    r"(?:rejestr|ewidencj[ai]) zabytków")
"""A heritage register's heading ("Denkmalliste", "Inventaire du patrimoine",
"Rijksmonumentenregister", "Rejestr zabytków"); not any text about a monument (an owner's
grant for its upkeep)."""


def venue_address(text: str, start: int) -> bool:
    """Is the address at `start` a venue's: right after the venue's kind, in a text that
    gives opening hours ("horaires ... de 10h à 18h30"), on a line that says how to get
    there ("Accès : 77 rue de Varenne", "Dojazd: ul. Okólnik 1"), in a table's row whose
    earlier cell names the venue ("0105;sporthalle am friedrich-ebert-gymnasium;...") or
    under a meeting point's header ("Treffpunkt"), or in a heritage register's entry (the
    listed building's)?"""
    line = text.rfind("\n", 0, start) + 1
    cells = text[line:start]
    header = column_header_cell(text, start) if CELL_MARKS.search(cells) else None
    return bool(DIRECTIONS.match(text, line)) \
        or bool(header and MEETING_POINT_HEADER.match(header)) \
        or bool(HERITAGE_HEADING.search(text.lstrip().split("\n", 1)[0])) \
        or bool(VENUE_BEFORE.search(text, max(line, start - 60), start)) \
        or bool(BUILDING_BEFORE.search(text, max(line, start - 40), start)) or bool(
            OPENING_HOURS.search(text) and TIME_RANGE.search(text)) \
        or bool(CELL_MARKS.search(cells)) and any(
            VENUE_WORD.search(cell) for cell in CELL_MARKS.split(cells)[:-1])


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
- a capitalised word before a listed surname where nouns are written in lower case, also
  after a preposition or at the start of a sentence ("Rapport d'erreur de Clet Caron");
- in text written all in lower case, where no capital shows a name, words that are no
  common word of the language (`names.common_words`) or are listed, after a form of
  address or an introducing phrase, or after a listed first name ("klant walraad
  tegelaar meldt", "od kacper ciesla", "loek de koning"), or two such words in a row
  where the language's word forms are not mostly rare (not in Polish);
- the surname first, as forms write it: "Antragsteller Katzinger, Hiltraud",
  "Richiedente: Grisoni Giuliana", or any word before a comma and listed first names
  ("Duchemin, Amandine ;");
- two or three capitalised words in a row that are no words of the language, in any of
  these languages, German included ("Reinmar Quastwitz hat ..."): a product would show a
  capital inside ("DevOps"), a firm a legal form, a town its list.

A listed first name alone is not enough (many are words or places too), nor a listed
surname alone ("Koch", "Richter", "Fischer" are German nouns), and a run of capitalised
words that is a town's name (`classifiers.places`: "Tarnowskie Góry", "San Piero Patti",
"Madonna del Pilone") or follows a place's first word ("San", "Santa", "Saint") is no
person whatever the lists say, nor are the words after a street's type ("Camino Vidal
Escolano", "rue de Royer") or a word of the language before a town ("Ruta Valladolid").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from classifiers.languages import DEFAULT_LANGUAGE, stop_words
from classifiers.names import fold, words
from classifiers.places import PLACE_WORDS, SAINTS, is_place
from classifiers.recognizers.calendar_words import HOLIDAYS, MONTHS, WEEKDAYS
from classifiers.recognizers.firms import EATERIES, ESTABLISHMENTS
from classifiers.recognizers.person_spans import PersonSpanRecognizer
from classifiers.recognizers.street_address import (
    STREET_ENDINGS_AFTER_A_NAME,
    STREET_TYPES_BEFORE_A_NAME,
    STREET_TYPES_ONLY,
)
from classifiers.recognizers.table_cells import THING_HEADERS

FORMS_OF_ADDRESS: dict[str, tuple[str, ...]] = {
    "de": ("herr", "herrn", "frau", "hr.", "fr.", "dr.", "prof.", "familie", "fräulein"),
    "fr": ("m.", "mme", "mme.", "mlle", "mlle.", "monsieur", "madame", "mademoiselle", "me",
           "maître", "dr", "dr.", "pr", "pr.", "famille"),
    "es": ("sr.", "sra.", "srta.", "sr", "sra", "señor", "señora", "señorita", "d.", "dña.",
           "don", "doña", "dr.", "dra.", "familia"),
    "it": ("sig.", "sig.ra", "sig.na", "sigg.", "signor", "signora", "signorina", "dott.",
           "dott.ssa", "ing.", "avv.", "geom.", "prof.", "prof.ssa", "dr.", "famiglia"),
    "nl": ("dhr.", "dhr", "mevr.", "mevr", "mw.", "mr.", "meneer", "mevrouw", "heer",
           "juffrouw", "dr.", "ir.", "ing.", "drs.", "familie"),
    "pl": ("pan", "pani", "panu", "pana", "panią", "panem", "państwo", "p.", "dr", "dr.",
           "mgr", "mgr.", "inż.", "prof.", "mec.", "mecenas", "śp."),
    "pt": ("sr.", "sra.", "sr", "sra", "senhor", "senhora", "dr.", "dra.", "d.", "dona", "eng."),
    "sv": ("herr", "fru", "fröken"), "da": ("hr.", "fru", "frk."),
    "fi": ("herra", "rouva", "neiti"),
}
"""Words before a person's name, per language (lower case; a final dot is part of it)."""
FAMILY_WORDS = frozenset({"familie", "famille", "familia", "famiglia"})
"""A family's word before its surname ("la familia Quintero"): a form of address unless a
particle or a common word follows ("la famiglia di prodotti")."""

NAME_INTRODUCERS: dict[str, tuple[str, ...]] = {
    "de": ("ansprechpartner", "ansprechpartnerin", "ansprechperson", "kontaktperson",
           "kunde", "kundin", "name", "vorname", "nachname", "mitarbeiter", "mitarbeiterin",
           "sachbearbeiter", "sachbearbeiterin", "besteller", "bestellerin", "empfänger",
           "empfängerin", "grüße", "grüßen", "gruß", "beste grüße", "viele grüße",
           "im auftrag von", "i.a.", "i. a.", "gez.", "unterzeichnet von", "gemeldet von",
           "erstellt von", "zugewiesen an", "rückruf an", "telefonat mit", "gespräch mit",
           "kontakt", "inhaber", "inhaberin", "patient", "patientin", "mieter", "mieterin",
           "antragsteller", "antragstellerin", "versicherungsnehmer", "versicherungsnehmerin",
           "teilnehmer", "teilnehmerin", "trauern um", "nachruf", "in memoriam",
           "gedenken an", "fahrer", "fahrerin", "karteninhaber", "karteninhaberin",
           "schuldner", "schuldnerin", "arbeitnehmer", "arbeitnehmerin", "ich,", "liebe",
           "lieber", "hallo", "moin", "servus", "lg", "liebe grüße",
           "übergeben an", "ausgehändigt an", "ausgegeben an"),
    "fr": ("contact", "interlocuteur", "interlocutrice", "client", "cliente", "nom",
           "prénom", "cordialement", "bien à vous", "salutations", "de la part de",
           "demandé par", "signé", "signé par", "attribué à", "rappeler", "titulaire",
           "destinataire", "locataire", "patient", "patiente", "appel de", "bonjour",
           "demandeur", "demandeuse", "souscripteur", "souscriptrice", "assuré", "assurée",
           "participant", "participante", "décès de", "disparition de", "in memoriam",
           "conducteur", "conductrice", "je soussigné", "je soussignée", "remis à",
           "salarié", "salariée", "débiteur", "débitrice", "cher", "chère", "coucou",
           "salut", "bises", "bisous"),
    "es": ("contacto", "cliente", "nombre", "apellido", "apellidos", "saludos",
           "atentamente", "un saludo", "de parte de", "solicitado por", "atendido por",
           "firmado", "asignado a", "titular", "destinatario", "destinataria", "paciente",
           "inquilino", "inquilina", "llamar a", "hola", "estimado", "estimada", "querido",
           "querida", "besos", "un abrazo", "abrazos",
           "solicitante", "asegurado", "asegurada", "participante", "fallecimiento de",
           "in memoriam", "conductor", "conductora", "yo,", "entregado a", "entregada a",
           "empleado", "empleada", "deudor", "deudora", "para:"),
    "it": ("referente", "cliente", "nome", "cognome", "nominativo", "cordiali saluti",
           "distinti saluti", "saluti", "da parte di", "richiesto da", "firmato",
           "assegnato a", "intestatario", "intestataria", "titolare", "destinatario",
           "paziente", "inquilino", "richiamare", "gentile", "buongiorno", "ciao",
           "richiedente", "assicurato", "assicurata", "partecipante", "scomparsa di",
           "in memoriam", "conducente", "io sottoscritto", "io sottoscritta", "consegnato a",
           "consegnata a", "dipendente", "debitore", "debitrice", "caro", "cara", "salve",
           "baci", "un abbraccio"),
    "nl": ("contactpersoon", "klant", "naam", "voornaam", "achternaam",
           "met vriendelijke groet", "vriendelijke groet", "groeten", "groet", "namens",
           "aangevraagd door", "ondertekend", "toegewezen aan", "terugbellen",
           "rekeninghouder", "ontvanger", "patiënt", "huurder", "beste", "geachte",
           "aanvrager", "aanvraagster", "verzekerde", "deelnemer", "deelneemster",
           "overlijden van", "in memoriam", "bestuurder", "houder", "kaarthouder",
           "werknemer", "werkneemster", "ondergetekende", "ik,", "overhandigd aan",
           "uitgereikt aan", "schuldenaar", "lieve", "hoi", "hallo", "groetjes",
           "liefs"),
    "pl": ("osoba kontaktowa", "kontakt", "klient", "klientka", "imię", "nazwisko",
           "imię i nazwisko", "pozdrawiam", "z poważaniem", "pozdrowienia", "w imieniu",
           "zgłaszający", "zgłaszająca", "przypisano do", "oddzwonić do", "właściciel",
           "właścicielka", "odbiorca", "pacjent", "pacjentka", "najemca", "szanowny",
           "szanowna", "dzień dobry", "wnioskodawca", "wnioskodawczyni", "ubezpieczony",
           "ubezpieczona", "uczestnik", "uczestniczka", "posiadacz", "posiadaczka",
           "niżej podpisany", "niżej podpisana", "ja,", "wydano", "pracownik", "pracownica",
           "dłużnik", "dłużniczka", "drogi", "droga", "kochany", "kochana", "cześć", "hej",
           "witaj", "buziaki", "ściskam"),
    "pt": ("contacto", "contato", "cliente", "nome", "apelido", "cumprimentos",
           "atenciosamente", "da parte de", "pedido por", "titular", "destinatário",
           "paciente", "olá", "caro", "cara"),
}
"""Phrases after which a name follows, per language."""
NAMING_LABELS = words("""
nachname vorname familienname rufname nom prénom prenom apellido apellidos cognome
achternaam voornaam nazwisko imię imie
""")
"""A form's labels of a surname or a first name alone ("Nom : Rezapour", "Prénom :
Nadette"): the one word after them is a name even when no list has it (other labels,
"Name" or "nombre", also name things)."""
NAME_LABEL_WORDS = NAMING_LABELS | words("""
name namen vornamen voornamen naam prénoms nombre nombres nome nomi imiona nazwiska
""")
"""The words of a form's labels for a name: a run of them only ("Familienname, Vorname",
"achternaam, voornamen") labels a field and names nobody."""
SELF_INTRODUCTIONS: dict[str, tuple[str, ...]] = {
    "de": ("ich bin", "ich heiße", "mein name ist"),
    "fr": ("je suis", "je m'appelle", "moi c'est", "mon nom est"),
    "es": ("soy", "me llamo", "mi nombre es"), "it": ("sono", "mi chiamo", "il mio nome è"),
    "nl": ("ik ben", "ik heet", "mijn naam is"), "pl": ("jestem", "nazywam się", "mam na imię"),
    "pt": ("sou", "chamo-me", "o meu nome é"),
}
"""Phrases a person introduces themselves with ("Ich bin Bozena Zorbach", "Soy Flores
Lillo"): what follows may also be a role or a state ("Ich bin Kunde"), so words of the
language alone are no name there."""
_SELF_INTRODUCTIONS = frozenset().union(*SELF_INTRODUCTIONS.values())


GREETINGS = frozenset({"hallo", "moin", "servus", "hola", "bonjour", "ciao", "buongiorno",
                       "hoi", "dag", "cześć", "dzień dobry", "witaj", "witajcie", "coucou",
                       "salut", "salve", "hej"})
"""Greetings, which address a town as readily as a person ("Hallo Berlin!")."""
SALUTATIONS = GREETINGS | frozenset({
    "liebe", "lieber", "cher", "chère", "querido", "querida", "estimado", "estimada", "caro",
    "cara", "gentile", "beste", "lieve", "geachte", "drogi", "droga", "kochany", "kochana"})
"""What opens a letter or a message to someone: a single word it addresses, closed by a
comma, an exclamation mark or the line's end, is a first name even in no list ("Liebe
Heliane,", "hallo gunthild,") unless it is a word of the language ("Liebe Nachbarn,")."""
SIGN_OFFS = frozenset({
    "grüße", "gruß", "liebe grüße", "lg", "viele grüße", "beste grüße", "cordialement",
    "bises", "bisous", "saludos", "un saludo", "besos", "un abrazo", "abrazos", "saluti",
    "cordiali saluti", "baci", "un abbraccio", "groeten", "groet", "groetjes", "liefs",
    "met vriendelijke groet", "vriendelijke groet", "pozdrawiam", "pozdrowienia", "buziaki",
    "ściskam"})
"""What closes a message, then its writer's name: the one word after it and its comma or
line break is a first name even in no list ("Groetjes, Jinthe van nr. 14")."""
_AGE_UNITS = {
    "de": r"jahre?n?|j\.", "fr": r"ans?", "es": r"años?", "it": r"anni|anno",
    "nl": r"jaar|jr\.?", "pl": r"lat|lata|rok|roku", "pt": r"anos?",
}
AGE_AFTER = {language: re.compile(rf"[ \t]*[(,][ \t]*\d{{1,2}}[ \t]*(?:{units})(?![\w])",
                                  re.IGNORECASE)
             for language, units in _AGE_UNITS.items()}
"""A person's age right after a first name, bracketed or after a comma ("Jurre (2 jaar)",
"Lena, 7 Jahre", "Zofia (5 lat)")."""
ADDRESS_END = re.compile(r"[ \t]*(?:[,!\n]|\Z)")


def _phrase(introduction: str) -> str:
    """An introducer's match as its phrase: "Nom : " -> "nom"."""
    return re.sub(r"[\s:,]+$", "", introduction.strip().lower())


def self_introduction(introduction: str) -> bool:
    return _phrase(introduction) in _SELF_INTRODUCTIONS


def naming_label(introduction: str) -> bool:
    return _phrase(introduction) in NAMING_LABELS


def says_name(introduction: str) -> bool:
    """Does the introducer hold a word for a name ("Name, Vorname des Versicherten:")?"""
    return any(word in NAME_LABEL_WORDS for word in WORD.findall(introduction.lower()))


NAME_LABEL_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_][^:\n·|;]{0,40}:[ \t]*\Z")
"""A form's label and its colon just before a position, within its field."""


def after_a_name_label(text: str, start: int) -> bool:
    """Does a form's label for a name stand right before `start` ("Naam: ", "Nom et prénom
    : ", "Imię i nazwisko: "), and not a thing's name ("Nom du produit :")?"""
    label = NAME_LABEL_BEFORE.search(text, max(0, start - 44), start)
    return bool(label) and says_name(label.group()) and not any(
        word in THING_HEADERS for word in WORD.findall(label.group().lower()))


PARTICLES_BY_LANGUAGE: dict[str, frozenset[str]] = {
    "de": frozenset({"von", "vom", "zu", "van", "de", "der", "den"}),
    "fr": frozenset({"de", "du", "des", "le", "la"}),
    "es": frozenset({"de", "del", "la", "las", "los"}),
    "it": frozenset({"di", "de", "del", "della", "dei", "da", "dal", "lo", "la"}),
    "nl": frozenset({"van", "de", "der", "den", "ter", "ten", "te", "'t", "in", "het"}),
    "pt": frozenset({"de", "da", "do", "dos", "das"}),
    "sv": frozenset({"af", "av", "von"}), "da": frozenset({"af", "von", "de"}),
}
PARTICLES = frozenset().union(*PARTICLES_BY_LANGUAGE.values())
"""Lower-case words inside a surname: "de Vries", "van der Berg", "von Stein"."""

CALENDAR_WORDS = MONTHS | WEEKDAYS | HOLIDAYS
"""Month, weekday and feast names: "August", "Mai", "Juli" are first names as well."""

WORD = re.compile(r"[^\W\d_][\w'’-]*(?:\.[^\W\d_]+)*")
"""A word; abbreviations with inner dots ("sig.ra", "dott.ssa") are one word."""
SOCIETY_WORDS = words("""
amicale kommission commission comisión commissione commissie komisja hortus miłośników
gärtnerei pépinière vivero vivaio kwekerij szkółka rari""")
"""A friendly society's, a commission's, a botanical garden's, a nursery's word, and Italy's
swimming clubs' ("Rari Nantes Savelletri"): they open a name, before a namesake's at most
("Amicale Jean-Baptiste Salis", "Koło Miłośników Storczyków")."""
ORGANISATION_WORDS = words("""
gmbh ag kg ohg ug mbh e.v sarl sas sa sl slu srl spa bv nv sp o.o coop s.coop s.a s.l
s.r.l s.p.a b.v n.v asociados hermanos hijos figli fratelli frères fils zonen gebroeders
industrias industries grupa grupo gruppo groupe group banca banco banque bank
stowarzyszenie fundacja fundación fondazione fondation stiftung verein koninklijke
instituto istituto institut société compagnie sociedad società spółka firma holding
consulting logistik logistics transportes trasporti transports partner partners cie co
associati associés s.c s.c.p scp sp.k sp.j spółdzielnia s.l.l sll sàrl
sprl bvba vof cv eg ev kgaa se gbr ltd plc inc llc limited s.com slu s.l.u sccl sas sasu
eurl snc s.n.c sapa scarl s.c.a.r.l ska s.k.a compañía compagnia companhia company
kompania maatschappij cooperativa coöperatie genossenschaft
comune municipio ayuntamiento mairie commune gemeinde gemeente gmina urząd ufficio
provincia regione région landkreis powiat województwo
klub klubu club verein vereniging associazione asociación association
pierogarnia pannenkoekenhuis café caffè cafetería
paroisse parrocchia parroquia parafia parafii parochie pfarrei pfarrgemeinde
sąd sądu tribunal tribunale rechtbank gericht
związek związku stowarzyszenia fundacji spółdzielni towarzystwo towarzystwa zarząd zarządu
okręg okręgu federacja federacji
wydział wydziału instytut instytutu katedra katedry zakład zakładu ogród ogrodu
gestüt rennstall haras écurie yeguada scuderia razza stoeterij renstal stadnina stajnia
filharmonia philharmonie filarmonica filarmónica filharmonie orchester orchestre orquesta
orchestra orkest orkiestra koło
canottieri ruderclub ruderverein aviron roeivereniging omroep rundfunk
miellerie rucher imkerij imkerei pasieka bocciofila aeroclub aéroclub
""") | words(EATERIES.replace("|", " ")) | SOCIETY_WORDS
"""Words of a firm's, a public body's, a club's, a parish's or an eatery's name: a run that
holds one, or is followed by one, is no person ("Comune di Pietragavina", "Gmina Kęty",
"Uczniowskiego Klubu Sportowego", "Okręg Polskiego Związku Wędkarskiego", "Café Marcel
Proust")."""
SONS_AND_PARTNERS = words("söhne sohn tochter töchter syn synowie figlio filles hijo socios soci")
"""Family members and partners who follow "und", "e", "y" in a firm's name."""
_FIRM_WORDS_AFTER_AND = ORGANISATION_WORDS | SONS_AND_PARTNERS
CONJUNCTIONS = words("u und et y e i en")
"""After a name, "and" makes it a firm's ("Meier und Söhne", "Nadal y Asociados") unless a
first name follows ("Anna Nowak i Jan Zieliński")."""
AMPERSAND = re.compile(r"[ \t]*&")
STRONG_PLACE_PREPOSITIONS = words("""
à au aux vers en nach naar hacia hasta desde verso nella nel nei in w we do na
zwischen entre tra fra tussen między pomiędzy
""")
"""Prepositions after which a name is a place's far more often than a person's (unlike
"de", "di", "von", "od": "Fehlerbericht von Gernod Zimmer"); "between" too, as a closed
road is ("chiusa tra Casino Pica e Morro")."""
PLACE_PREPOSITIONS = STRONG_PLACE_PREPOSITIONS | words("de du des a para da di per z ze")
"""Words before a place ("Déménagement à Leduc", "przesyłki z Skierniewice"): capitalised
words after them are a person's name only when they start with a listed first name."""
LEGAL_INITIALS = re.compile(r"(?:[^\W\d_]\.){1,4}[^\W\d_]\.?")
"""A legal form written in initials: "S.L.N.E.", "S.A.", "B.V.", "e.K."."""
TITLE_GAP = re.compile(r"\.[ \t\u00a0]{0,3}|[ \t\u00a0]{1,3}|\.?[ \t]*\r?\n[ \t]*")
"""What stands between a form of address and the name: "Herr Weber", "M.Dupont", "Herrn" on
a line of its own above the name."""
INFLECTED = frozenset({"pl", "cs", "sk", "sl", "hr", "fi", "et", "hu", "lt", "lv"})
"""Languages whose many word forms are rare one by one ("kasowego wdrożona"): in lower case
text, two words outside the common ones are no sign of a name there."""
ROUTE_NEXT = re.compile(r"[ \t]*(?:–|—|-|→|->|>)[ \t]*[^\W\d_]")
"""A dash or an arrow, then a word: the next stop of a route."""
SUBJECT_VERBS: dict[str, frozenset[str]] = {
    "de": words("hat hatte ist war wird ruft rief meldet meldete schreibt schrieb kommt kam "
                "bittet bat fragt fragte"),
    "fr": words("a avait est était sera appelle appelait écrit demande viendra passera"),
    "es": words("ha había está estaba llamó llama escribe escribió pide pidió vendrá"),
    "it": words("ha aveva è era sarà chiama chiamava scrive chiede verrà passa"),
    "nl": words("heeft had is was belde belt schreef schrijft vraagt vroeg komt kwam"),
    "pl": words("dzwoni dzwonił dzwoniła napisał napisała pisze prosi prosił prosiła jest "
                "był była ma miał miała przyjdzie"),
    "pt": words("tem tinha está estava ligou liga escreveu pede pediu"),
}
"""Verbs after which a first name that opens a sentence is a person acting: having,
being, calling, writing, asking, coming."""
FIELD_SEPARATORS = "|;—–-\n\t(:"
"""Characters that end a record's field in a line of text."""
ITEM_QUANTITY = re.compile(r"[ \t]*(?:[-*•·–][ \t]*)?\d[\d.,]*[ \t]+(?:x[ \t]+)?"
                           r"(?:[^\W\d_][\w'’-]*[ \t]+)?")
"""A list's line that opens with a number of things, and at most their unit."""
SIGNATURE_DASH = re.compile(r"[ \t]*(?:–|—|--?)[ \t]*")
"""A dash that opens a line, before a signature's name."""
NEUTER_ARTICLES = {"nl": frozenset({"het"}), "de": frozenset({"das"})}
"""Articles that no person's name takes: "het Antoni van Leeuwenhoek" is a hospital."""
UNTIL_WORDS = words("hasta jusqu'à jusqu'au jusqu'aux bis fino tot")
"""Words for how far a journey goes: a station or a town follows, no person."""
FROM_WORDS = words("aus uit z ze")
"""Words for where a person comes from that are no name particle (unlike "de", "di")."""
TOWN_WORDS = words("miejscowości gminy")
"""Words between "z" and a town's name ("z miejscowości Chorzów")."""
NON_ARTICLE_PARTICLES = words("van von vom zu ter ten dos da di del della dal dei")
"""Particles that are no articles: after a first name they begin a surname."""
NAMESAKE_WORDS = words("""
raum saal halle gebäude haus zimmer sitzungssaal hörsaal aula salle amphithéâtre amphi
bâtiment pavillon sala edificio auditorio auditorium pabellón palazzina padiglione zaal gebouw
kamer
vleugel budynek audytorium pawilon room hall building
flughafen aéroport aeropuerto aeroporto luchthaven lotnisko airport
krater kraters cratère cratères cráter cráteres cratere crateri kratery crater craters
mirador belvedere passerelle pasarela passerella bassin vasca terrazza terrasse
planetarium planétarium planetario unidad unità foyer sali
schwimmbad hallenbad freibad sportbad zwembad sportfondsenbad piscine piscina natatorio
pływalnia markt schau beurs rallye rally palazzo palais
complex komplex complejo complesso kompleks
bahnhof haltestelle gare station estación stazione fermata halte stacja przystanek
parking parkhaus tiefgarage parkeergarage garage polígono industrial industriale
gewerbegebiet industriegebiet bedrijventerrein
pizzeria pizzería trattoria ristorante osteria restaurant restaurante café cafe bar bistro
brasserie hotel hôtel hostal gasthaus gasthof
schule grundschule gymnasium realschule gesamtschule oberschule berufsschule kita
kindergarten klinik klinikum krankenhaus museum universität hochschule akademie institut
stadion bibliothek stiftung preis theater kirche kaserne
lycée collège école scolaire primaire élémentaire maternelle professionnel hôpital
clinique musée université stade médiathèque bibliothèque fondation prix théâtre église
gymnase centre résidence centrum zentrum center
colegio escuela instituto ies ceip hospital clínica museo universidad estadio biblioteca
fundación premio teatro iglesia polideportivo centro
liceo scuola istituto comprensivo primaria secondaria ospedale policlinico università
ic iis itis itc itt ipsia
universitat
stadio fondazione chiesa palazzetto scientifico classico
basisschool lyceum college ziekenhuis kliniek universiteit hogeschool bibliotheek stichting
prijs kerk
szkoła podstawowa liceum technikum przedszkole szpital klinika muzeum uniwersytet
politechnika akademia biblioteka fundacja nagroda teatr kościół
school hospital university stadium library foundation prize theatre church
cultura cultural kulturhaus kulturzentrum cultuurcentrum kultury
brücke pont puente ponte brug most kładka bridge galleria galerie galería
festival festiwal
circolo club klub verein vereniging scholengemeenschap towarzystwo
sportpark sportplatz sporthalle sporthal sportivo sportiva sportif sportive deportivo
deportiva sportowy sportowe activités activité przemysłowa hospitalier ospedaliero
hospitalario szpitalny
sessellift skilift schlepplift gondelbahn kabinenbahn seilbahn télésiège télécabine téléski
téléphérique funiculaire telesilla telecabina telesquí teleférico funicular seggiovia
cabinovia funivia sciovia stoeltjeslift sleeplift gondelbaan kabelbaan wyciąg gondola
schloss burg château kasteel paleis zamek pałac
chor kammerchor knabenchor chœur coro koor kamerkoor chór
messe missa messa msza requiem réquiem litanei litanie litania letanía litanía oratorium
oratorio oratorium sinfonie symphonie sinfonía sinfonia symfonie symfonia
weingut vigna vigneto tenuta viñedo bodega wijngaard winnica cuvée
apotheke pharmacie farmacia apotheek apteka buchhandlung librairie librería libreria
boekhandel księgarnia musikhaus negozio magasin tienda sklep bäckerei boulangerie panadería
panetteria bakkerij piekarnia praxis consultorio praktijk gabinet przychodnia
memorial memorialturnier gedächtnisturnier pokal trophée coupe trofeo torneo copa coppa
memoriał puchar turniej toernooi beker
vergaderzaal vergaderruimte overlegruimte besprekingsruimte ruimte besprechungsraum
konferenzraum seminarraum schulungsraum tagungsraum sitzungszimmer
""")
"""Words that make the name after them a room's, a building's, an institution's or a
thing's named after someone ("Gebäude Konrad Zuse", "amphithéâtre Marie Curie", "lycée
Jules Ferry", "ospedale Sandro Pertini", "zaal Johan Cruijff", "aeroporto Leonardo da
Vinci", a lift, a castle, a choir, a work of music, a vineyard, a pharmacy, a shop, a
practice): a namesake, not a data subject. Words that are surnames too ("Castillo",
"Palacio", "Rocca") are left out."""
NAMESAKE_AFTER = words("""
museum musée museo muzeum huis haus stadion stadium institut instituut gymnasium schule
school college prize prijs award stiftung stichting fonds foundation zentrum centrum
kliniek klinik ziekenhuis krankenhaus hospital ospedale szpital
universiteit universität université universidad università uniwersytet hochschule
universitat verein vereniging scholengemeenschap
""")
"""Words that make the name before them an institution's ("Anne Frank Huis", "Van Gogh
Museum", "Johan Cruijff Arena"); as the last part of a hyphenated word too
("Humboldt-Gymnasium", "Sophie-Scholl-Schule", "Robert-Koch-Institut")."""
OPENING_QUOTES = ("„", "«", "“", '"', "‚", "‹")
STREET_ABBREVIATIONS = frozenset({"al.", "ul.", "pl.", "os.", "av.", "bd.", "c.", "str.",
                                  "avda.", "pza.", "p.za", "v.le", "im."})
"""Street types written short, with their dot ("al. Jana Pawła II", "C. Ramón Aguiló"),
and Polish "im." (named after: "Szkoła Podstawowa nr 3 im. Marii Konopnickiej")."""
ROMAN = re.compile(r"[IVX]{1,4}\.?")
ELIDED = re.compile(r"^(?:l|d|dell|all|dall|nell|sull)['’]")
"""An elided article or preposition before a word ("l'avv.", "dell'ing.")."""
SHAPE_LANGUAGES = frozenset({"fr", "es", "it", "nl", "pl", "pt", "sv", "da", "fi"})
"""Languages whose nouns are written in lower case: there, capitalised words in a row in
the middle of a sentence are a name (German capitalises every noun)."""


FIRM_NAME_END = re.compile(r"[,;:–—(\n]|\s-\s|(?i:\biban\b)")


def firm_named(text: str) -> bool:
    """Does `text` open with a firm's name, one with its legal form or partners' word ("Budig
    GmbH, Commerzbank ...", "Querol y asociados S.Com.")?"""
    name = FIRM_NAME_END.split(text, maxsplit=1)[0]
    return any(low in ORGANISATION_WORDS or LEGAL_INITIALS.fullmatch(low)
               for low in (m.group().lower() for m in WORD.finditer(name)))


ROLE_INTRODUCERS: dict[str, tuple[str, ...]] = {
    "de": ("klient", "klientin", "schüler", "schülerin", "student", "studentin", "bewohner",
           "bewohnerin", "spender", "spenderin", "auftraggeber", "auftraggeberin",
           "kandidat", "kandidatin", "prüfling", "kläger", "klägerin", "beklagte",
           "beklagter", "antragsgegner", "antragsgegnerin", "geschädigte", "geschädigter",
           "beschuldigte", "beschuldigter", "zeuge", "zeugin"),
    "fr": ("étudiant", "étudiante", "élève", "résident", "résidente", "adhérent", "adhérente",
           "donneur", "donneuse", "emprunteur", "emprunteuse", "donneur d'ordre",
           "bénéficiaire", "candidat", "candidate", "demandeur", "demanderesse", "défendeur",
           "défenderesse", "requérant", "requérante", "plaignant", "plaignante", "témoin"),
    "es": ("alumno", "alumna", "estudiante", "socio", "socia", "residente", "donante",
           "ordenante", "beneficiario", "beneficiaria", "candidato", "candidata",
           "demandante", "demandado", "demandada", "denunciante", "testigo",
           "parte solicitante", "parte invitada"),
    "it": ("studente", "studentessa", "alunno", "alunna", "socio", "socia", "residente",
           "donatore", "donatrice", "ordinante", "beneficiario", "beneficiaria",
           "candidato", "candidata", "ricorrente", "resistente", "convenuto", "convenuta",
           "querelante", "testimone", "ingiunto", "ingiunta"),
    "nl": ("student", "studente", "leerling", "bewoner", "donor", "opdrachtgever",
           "begunstigde", "kandidaat", "kandidate", "eiser", "eiseres", "gedaagde",
           "verzoeker", "verzoekster", "getuige"),
    "pl": ("student", "studentka", "uczeń", "uczennica", "mieszkaniec", "mieszkanka",
           "dawca", "pożyczkobiorca", "zleceniodawca", "kandydat", "kandydatka", "powód",
           "powódka", "pozwany", "pozwana", "wnioskodawca", "wnioskodawczyni", "świadek"),
}
"""Roles a form names a person by, besides NAME_INTRODUCERS' ("Klient/in:", "Étudiant(e)
:", "student/ka:"), and a transfer's parties ("ORDENANTE:", "Beneficiario:")."""
GENDERED = r"(?:/in|/innen|/r|/e|/a|/ka|\(e\)|\(in\)|\*in|:in)?"
"""The endings with which a role is written for either sex ("Klient/in", "Étudiant(e)")."""


@cache
def _introducer(language: str) -> re.Pattern | None:
    phrases = NAME_INTRODUCERS.get(language, ()) + ROLE_INTRODUCERS.get(language, ()) \
        + SELF_INTRODUCTIONS.get(language, ())
    if not phrases:
        return None
    alternatives = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    # a signature's name may stand after a blank line: "Cordialement,\n\nJean Dupont"; a
    # form's label may go on before its colon: "Conducteur d'après le carnet de bord : "
    return re.compile(
        rf"(?im)^[ \t]*(?:{alternatives}){GENDERED}(?![\w])[^\n:]{{1,40}}:[ \t]*"
        rf"|(?<![\w.])(?:{alternatives}){GENDERED}(?![\w])[ \t]*[:,]?[ \t]*"
        rf"(?:\r?\n[ \t]*){{0,2}}")


def namesake_word(low: str) -> bool:
    """A hyphenated word whose last part names an institution or a street
    ("humboldt-gymnasium", "sophie-scholl-schule", "konrad-adenauer-straße"), or a
    compound that begins or ends with an institution's word ("museumsforum",
    "kunstmuseum")."""
    if "-" in low:
        last = low.rpartition("-")[2]
        if last in NAMESAKE_AFTER or last in NAMESAKE_WORDS or last in STREET_TYPES_BEFORE_A_NAME:
            return True
    return bool(_NAMESAKE_COMPOUND.search(low))


LATIN_EPITHET = re.compile(r"(?:ensis|iflora|iflorum|ifolia|ifolium|oides|iformis)$")
POLISH_ADJECTIVE = re.compile(r"(?:ym|ych|ymi|ich|imi|[^a]im)$")
"""An adjective's ending in Polish, the case of a place before its noun ("Kasprowym
Wierchem", "Kozich Czub"); a person's name opens with a first name, not an adjective."""
LATIN_ADJECTIVE = re.compile(r"(?:ica|icum|icus|iana|ianum|ianus)$")
"""The endings of species epithets ("sinensis", "grandiflora", "jasminoides"; "japonica",
"davidiana" unless a listed name: "Monica", "Veronica")."""
_LONG_NAMESAKE_WORDS = sorted((w for w in NAMESAKE_WORDS if len(w) >= 5), key=len, reverse=True)
NAMESAKE_WORD_ENDING = re.compile(rf"[^\W\d_]{{3,}}(?:{'|'.join(_LONG_NAMESAKE_WORDS)})")
"""A German or Dutch compound that ends in a word of NAMESAKE_WORDS ("Studentencomplex",
"Hörsaalgebäude"): it names the namesake after it, as the word alone does."""
ENGLISH_SURNAMES_AMONG_NAMESAKE_WORDS = words("hall church bar garage station room hotel")
"""Words of NAMESAKE_WORDS that English surnames use too ("Anna Hall", "Hall Church")."""


def names_a_namesake(span: str) -> bool:
    """A name that an entity recognizer read as a person's but that names an institution
    after someone: a hyphenated namesake ("Albert-Schweitzer-Gymnasium") or one after an
    institution's word ("Collège Jules-Ferry", "Ospedale Sandro Pertini")."""
    lows = span.lower().split()
    return bool(lows) and (
        any("-" in low and namesake_word(low) for low in lows)
        or len(lows) > 1 and lows[0] in NAMESAKE_WORDS
        and lows[0] not in ENGLISH_SURNAMES_AMONG_NAMESAKE_WORDS)


INSTITUTIONS = words("""
universität hochschule université universidad universitat università universiteit
uniwersytet politechnika akademia akademie university""")
"""Institutions that take a namesake after their seat ("Università degli Studi di Bari Aldo
Moro", "Université Toulouse III – Paul Sabatier")."""
INSTITUTION_BEFORE = re.compile(
    r"(?<![^\W\d_])[^\W\d_]+((?:[ \t]+(?:[–—-]|[^\W\d_][\w'’-]*))*)[ \t]+\Z")
"""An institution's word, then words and dashes only up to the name."""


BUILDINGS = words("""
house square tower towers centre center building plaza gardens quay wharf arena""")
"""English words that end a building's or a site's name after a person's or a place's
("Gordon House", "Canal Square", "Trinity Tower"), which texts in any language keep in
English; not "Hall", "Court" or "Park", which are surnames too."""


def names_a_building(text: str, start: int, end: int) -> bool:
    """Does the capitalised name at text[start:end] end with an English building's word?"""
    words = text[start:end].split()
    return len(words) >= 2 and words[-1][:1].isupper() and words[-1].lower() in BUILDINGS


COLOURS = words("""
blau gelb violett purpur ocker umbra gris vert bleu jaune pourpre ocre terre verde azul
amarillo púrpura tierra grigio blu azzurro giallo porpora ocra terra grijs groen blauw geel
paars oker szarość zieleń błękit czerwień żółć brąz czerń fiolet purpura ochra ochre
purple yellow""")
"""Colours that open a pigment's or a paint's name after its maker or a person ("Gris de
Payne", "Verde Hooker", "Zieleń Hookera"); not colours that are surnames too ("Braun",
"Schwarz", "Blanco", "Rosso", "Brown", "Green"), which open a list's "Surname First"."""


COLOURS_FOLDED = frozenset(fold(colour).lower() for colour in COLOURS)


def names_a_colour(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] open with a colour: a pigment's name?"""
    words = text[start:end].split()
    return len(words) >= 2 and fold(words[0]).lower() in COLOURS_FOLDED


ARTICLES_BEFORE_A_NAMESAKE = {
    "es": words("el la los las al del"),
    "fr": words("le la les au aux du des"),
    "it": words("il lo la i gli le al allo alla ai agli alle del dello della dei degli delle "
                "nel nello nella nei negli nelle sul sullo sulla dal dallo dalla col"),
}
"""Definite articles, alone or joined to a preposition, of the languages that write none
before a person's first and last name: there, "en el Carlos Tartiere", "al Nereo Rocco",
"le Charles de Gaulle" name a stadium, a hospital or a ship. Not Portuguese nor Catalan,
which do ("o João Silva"), nor an article before a surname alone ("la Rossi"), which
Italian writes for a woman."""
WORD_BEFORE = re.compile(r"(?<![^\W\d_])([^\W\d_]+)[ \t]+\Z")
"""The whole word right before a position, spaces between (an article, a shop's kind)."""
WORD_AFTER = re.compile(r"[ \t]+([^\W\d_]+)(?![^\W\d_])")
"""The whole word right after a position, spaces between (a club's sport)."""
CLUB_PREFIXES = words("""
fc sc sv tsv vfb vfl tus spvgg sg tsg bfc fsv ac as us ss ssc asd acf cd sd ud cf rcd ca
rc ogc sco fco aj ks gks mks lks rks zks vv rksv hsv vvv ado rkc sbv hc bm kv ckv hsg thw""")
"""The abbreviations that open a sports club's name ("FC Carl Zeiss Jena", "SD Eibar",
"GKS Katowice"), the namesake's or the town's name after them."""
MIXED_CASE_CLUB_PREFIXES = words("VfB VfL TuS SpVgg")
CLUB_PREFIX_BEFORE = re.compile(r"(?<![\w.-])(?:1\.[ \t]*)?([A-Za-z]{2,5})[ \t]+\Z")


def a_namesake_after_an_article(text: str, start: int, end: int, language: str) -> bool:
    """Does a definite article stand right before a first name and a surname at
    text[start:end], in a language that writes none before a person's name?"""
    from classifiers.names import all_first_names

    articles = ARTICLES_BEFORE_A_NAMESAKE.get(language)
    names = text[start:end].split()
    if not articles or len(names) < 2 or fold(names[0]).lower() not in all_first_names() \
            and names[0].lower() not in all_first_names():
        return False
    before = WORD_BEFORE.search(text, max(0, start - 12), start)
    return bool(before) and before.group(1).lower() in articles


def opens_with_a_dutch_compound(text: str, start: int, end: int, language: str) -> bool:
    """Does a Dutch name at text[start:end] open with a compound of common words, no listed
    name ("Huurteam Havelterberg", "Huisartsenpost Loenersloot", "Schaakclub Zevenbergschen
    Hoek")? A service, a club or an event of the place after it: a person's name opens
    with a first name, and a surname made of words ("Zeldenrust") stands after one. In
    lower case too ("benzineprijzen doeveren")."""
    from classifiers.names import common_words, local_first_names, local_surnames

    words_of_span = text[start:end].split()
    if language != "nl" or len(words_of_span) < 2:
        return False
    low = words_of_span[0].lower()
    firsts = local_first_names(language)
    if low in local_surnames(language) or low in firsts \
            or words_of_span[-1].lower() in firsts:  # a list's "Kerkhoven Piet"
        return False
    return compound_of(low, common_words(language).__contains__, firsts.__contains__, depth=2)


CAR_MAKERS = words("""
volkswagen vw opel škoda skoda seat cupra audi bmw mercedes mercedes-benz porsche ford toyota
renault peugeot citroën citroen dacia fiat lancia alfa jeep kia hyundai nissan mazda honda
suzuki volvo tesla mini smart mitsubishi subaru lexus bugatti maserati ferrari delahaye
bentley jaguar""")
"""Car makers, whose names stand before a model's ("Škoda | Octavia Combi", "Kia Niro")."""
MAKERS_THAT_ARE_SURNAMES = words("ford mini smart seat porsche opel honda tesla ferrari bentley")
"""Makers that are surnames too ("Ford Anna" in a list): only before the name, not in it."""
PREVIOUS_WORD = re.compile(r"([^\W\d_][\w-]*)[ \t]*(?:\|[ \t]*|\t+|[ \t]{2,})?\Z")


def _a_car_maker(word: str) -> bool:
    """A maker's name, or Polish's declension of it ("Škody", "Dacii", "Toyoty")."""
    low = word.lower()
    return low in CAR_MAKERS or any(
        low == maker[:-1] + ending for maker in CAR_MAKERS if len(maker) >= 5
        and maker.endswith("a") for ending in ("y", "i", "ii", "ą", "ę", "zie"))


def names_a_car_model(text: str, start: int, end: int) -> bool:
    """Does a car maker's name open the name at text[start:end] or stand right before it, in
    the cell before or the word before ("Alfa Romeo Tonale", "Toyota | Yaris Hybride",
    "Škody Octavii")? The name is the model's."""
    first = text[start:end].split()[0] if text[start:end].split() else ""
    if len(text[start:end].split()) >= 2 and _a_car_maker(first) \
            and first.lower() not in MAKERS_THAT_ARE_SURNAMES:
        return True
    line = text.rfind("\n", 0, start) + 1
    before = PREVIOUS_WORD.search(text, max(line, start - 40), start)
    return bool(before) and _a_car_maker(before.group(1))


NOUNS_IN_LOWER_CASE = frozenset({"fr", "es", "it", "pt", "nl", "pl"})
"""Languages that write a common noun in lower case mid-sentence: there, a capitalised
name that opens with one names a thing or a place."""


def opens_with_a_common_word(text: str, start: int, end: int, language: str) -> bool:
    """Does the capitalised name at text[start:end] open with a common word of its language
    that no name list holds, a lower-case word after it ("Imprese di Capo Miseno",
    "Rentabilidades calculadas")? A register's, a place's or a phrase, no person's: a first
    name that is a word too ("Urbaine Verslype") is followed by a capitalised surname."""
    from classifiers.names import all_first_names, common_form, local_surnames

    words_of_span = text[start:end].split()
    if language not in NOUNS_IN_LOWER_CASE or len(words_of_span) < 2 \
            or not words_of_span[0][:1].isupper() or words_of_span[0].isupper() \
            or not words_of_span[1].islower():
        return False
    low, last = words_of_span[0].lower(), words_of_span[-1].lower()
    return common_form(low, language) and low not in all_first_names() \
        and low not in local_surnames(language) and fold(low) not in all_first_names() \
        and last not in all_first_names()  # a list's "Bianco Marco"


TOWN_JOINER = re.compile(r"(?i)[^\W\d_]-(?:sur|sous|lès|lez|aux)-[^\W\d_]")
"""The words that join a French town's parts ("Jean-sur-Dos Santos", "Saint-Rémy-lès-Chevreuse"):
no person's name holds them."""


def names_a_french_town(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] hold, or go on with, a French town's joining word?"""
    return bool(TOWN_JOINER.search(text, max(0, start - 1), min(len(text), end + 7)))


SHOP_WORD = re.compile(
    rf"(?i)(?:{ESTABLISHMENTS}|atelier|boutique|salon|studio|pâtisserie|patisserie|friseur|"
    r"coiffure|coiffeur|peluquería|parrucchiere|kapsalon|kapper|fryzjer|brautmoden|"
    r"fleuriste|floristería|fioraio|bloemist|kwiaciarnia|optik|optique|óptica|ottica|"
    r"opticien|galerie|galería|galleria|galerij|galeria|weingut|domaine|bodega|cantina|"
    r"metzgerei|boucherie|carnicería|macelleria|slagerij|feinkost|épicerie|drogerie|"
    r"parfumerie|perfumería|profumeria|juwelier|bijouterie|joyería|gioielleria|jubiler|"
    r"camping|campeggio|kemping|campingplatz|"
    # a German trade's compound in "-erei" ("Imkerei", "Gärtnerei", "Druckerei")
    r"[^\W\d_]{2,}erei)")
"""A shop's or a studio's kind, which opens its name before its owner's or a made-up name
("Atelier Joséphine", "Pâtisserie Marcel", "Brautmoden Anna Sophia")."""


SAINTS_TITLE_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{'|'.join(sorted(SAINTS | {'sant', 'św'}, key=len, reverse=True))})"
    r"\.?[ \t]*\Z")
"""A saint's title just before a name ("St. Florian Dunkel", "San Luigi dei Francesi", "św.
Jana"): a saint's, a church's, a place's or a product's name after a saint."""


ELIDED_SAINT = re.compile(r"(?i)sant['’][^\W\d_]")
"""An elided saint's title opening a name ("Sant'Antonio")."""


def after_a_saints_title(text: str, start: int) -> bool:
    """Does a saint's title stand right before the name at `start`, or open it elided
    ("Sant'Antonio Magliano Alfieri", a town's name)?"""
    return bool(SAINTS_TITLE_BEFORE.search(text, max(0, start - 10), start)) \
        or bool(ELIDED_SAINT.match(text, start))


def opens_with_an_organisations_word(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end], of two words or more, open with an organisation's
    word ("Stajnia Pod Lipami", "Haras du Lieu-Dieu" in an owner's column)?"""
    words_of_span = text[start:end].split()
    return len(words_of_span) >= 2 and words_of_span[0].lower() in ORGANISATION_WORDS


def names_a_shop(text: str, start: int, end: int) -> bool:
    """Does the capitalised name at text[start:end] open with a shop's kind, or follow one
    ("Brautmoden Anna Sophia")?"""
    return _opens_with_or_follows(text, start, end, SHOP_WORD, capitalised_before=True)


def _opens_with_or_follows(text: str, start: int, end: int, kind: re.Pattern,
                           capitalised_before: bool) -> bool:
    """Does a capitalised word of `kind` open the name at text[start:end] (of two words or
    more), or does a word of `kind` stand right before it (capitalised, if so asked)?"""
    words_of_span = text[start:end].split()
    if len(words_of_span) >= 2 and words_of_span[0][:1].isupper() \
            and kind.fullmatch(words_of_span[0]):
        return True
    return _follows(text, start, kind, capitalised_before)


def _follows(text: str, start: int, kind: re.Pattern, capitalised: bool) -> bool:
    """Does a word of `kind` stand right before `start` (capitalised, if so asked)?"""
    before = WORD_BEFORE.search(text, max(0, start - 20), start)
    return bool(before) and (before.group(1)[:1].isupper() or not capitalised) \
        and bool(kind.fullmatch(before.group(1)))


PUBLIC_BODY_WORD = re.compile(
    r"(?i)provinz|province|provincia|provincie|(?:land)?kreis(?:es)?|bezirk(?:e?s)?|gemeinde|stadt|"
    # an administration's or an authority's compound ("Friedhofsverwaltung Neustadt")
    r"[^\W\d_]+verwaltung|[^\W\d_]+behörde|"
    r"département|région|commune|ville|departamento|región|diputación|ayuntamiento|"
    r"municipio|regione|comune|città|gemeente|stad|powiat|gmina|województwo|miasto|rada|"
    # a firm's branch in a place ("vestiging Valthermond", "Filiale Gera")
    r"vestiging|filiale|niederlassung|succursale|sucursal|oddział")
"""A public body's or an administrative area's word, which opens its name before a place's
("Provincie Terhole", "gemeente Schimmert", "Landkreis Gotha")."""


FOUNDING_BODY = re.compile(
    r"(?i)stiftung|stichting|fondation|fundación|fondazione|fundacja|genossenschaft|"
    r"coöperatie|coopérative|cooperativa|spółdzielnia|stowarzyszenie|towarzystwo|"
    # a carnival's or a marksmen's corps, a guild ("Reiterkorps Jan von Werth")
    r"[^\W\d_]*(?:korps|corps|garde|zunft|gilde)|"
    + "|".join(sorted(SOCIETY_WORDS)))
"""A foundation's, a cooperative's or a society's word, which opens its name ("Spółdzielnia
Gregorczuk Sprzęt", "Stichting Vrienden van ..."): a namesake's at most."""


def follows_a_founding_body(text: str, start: int) -> bool:
    """Does a foundation's, a cooperative's or a society's word stand right before `start`?"""
    return _follows(text, start, FOUNDING_BODY, capitalised=False)


PUBLIC_BODY_OF_BEFORE = re.compile(
    rf"(?i)(?<![^\W\d_])(?:{PUBLIC_BODY_WORD.pattern.removeprefix('(?i)')})"
    r"(?:[ \t]+(?:miejska|gminy|miasta))?[ \t]+(?:di|de|du|del|della|d['’]|van|von|w|z)[ \t]*\Z")
"""A public body's or an area's word and "of" before a place's name ("Comune di Putzu Idu",
"Ville de Bodin-sur-Roger", "Rada Miejska w Ostróda")."""


def names_a_public_body(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end] open with a public body's or an area's word, or
    follow one, "of" between or not?"""
    return _opens_with_or_follows(text, start, end, PUBLIC_BODY_WORD, capitalised_before=False) \
        or bool(PUBLIC_BODY_OF_BEFORE.search(text, max(0, start - 40), start))


PRODUCT_LABEL_BEFORE = re.compile(
    r"(?i)(?<![^\W\d_])(?:produkt|produit|producto|prodotto|product|tarif|tarifa|tariffa|"
    r"taryfa|modell|modèle|modelo|modello|model)[ \t]*:[ \t]*\Z")
"""A product's, a tariff's or a model's label just before a name ("Produkt: Hausrat
Komfort", "Produkt: Dom Komfort")."""


def names_a_product(text: str, start: int) -> bool:
    """Does a product's or a model's label stand right before the name at `start`?"""
    return bool(PRODUCT_LABEL_BEFORE.search(text, max(0, start - 20), start))


AIRLINE_WORDS = frozenset({"Air", "Airlines", "Airways", "Aviation"})
"""Words that make a name an airline's ("Wizz Air", "Air Nostrum")."""
DRINK_WORDS = frozenset(words("""
genever jenever brandy armagnac cognac calvados whisky whiskey bourbon rum vodka wódka gin
grappa crémant champagne cava prosecco"""))
"""Spirits' and sparkling wines' words, which a drink's name holds ("Bols Genever
Original", "Brandy Cardenal Mendoza", "Crémant de Loire")."""


def names_an_airline_or_a_drink(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end], of two words or more, open or end with an
    airline's word, or hold a drink's?"""
    words_of_span = text[start:end].split()
    return len(words_of_span) >= 2 and (words_of_span[0] in AIRLINE_WORDS
                                        or words_of_span[-1] in AIRLINE_WORDS
                                        or any(w.lower() in DRINK_WORDS for w in words_of_span))


TRADE_ENDING = re.compile(
    r"(?i)[^\W\d_]{3,}(?:dienst|diensten|service|logistik|logistiek|transport|transporte|"
    r"verlag|uitgeverij|technik|techniek|vertrieb|versand|reisen|immobilien|makelaardij)")
"""A compound that names a trade ("Pakketdienst", "Kurierdienst", "Reiseverlag"): a firm's
name ends in it ("Oemencs Pakketdienst")."""


def ends_in_a_trade(text: str, start: int, end: int) -> bool:
    """Does the name at text[start:end], of two words or more, end in a trade's compound?"""
    words_of_span = text[start:end].split()
    return len(words_of_span) >= 2 and bool(TRADE_ENDING.fullmatch(words_of_span[-1]))


ROUTE_LINE = re.compile(
    r"(?im)^[ \t]*(?:ligne|linie|línea|linea|lijn|linia|line|route|ruta|bus|tram|tramway|"
    r"buslinie|buslijn)[ \t]+[\w/+-]{1,5}[ \t]*:[^\n]*?[–—-][^\n]*[–—-]")
"""A transport line's stops ("Ligne B : Place Charles-de-Gaulle – Louise Michel –
Université"): its names are stops named after someone."""


ROUTE_ENDS_LINE = re.compile(
    r"(?i)[ \t]*(?:ligne|linie|línea|linea|lijn|linia|line|traject|trajet|strecke|tramo|"
    r"tratta|odcinek|relacja)[ \t]+[^\n:–—]{1,60}[ \t][–—-][ \t][^\n:–—]{1,60}:")
"""A line's or a stretch's two ends before a colon ("Traject Oldeholtpade – Maria Hoop:",
"Línea Ourense – Cádiz:"): two stations' names."""


def on_a_route_line(text: str, start: int) -> bool:
    """Does the name at `start` stand on a line that lists a transport line's stops, or
    name a line's ends?"""
    begin = text.rfind("\n", 0, start) + 1
    line = ROUTE_LINE.match(text, begin)
    ends = ROUTE_ENDS_LINE.match(text, begin)
    return bool(line) and line.group().find(":") < start - line.start() \
        or bool(ends) and start < ends.end()


SPORT_CLUB_WORD = re.compile(
    r"(?i)handball|handbal|pallamano|balonmano|basketball|pallacanestro|baloncesto|"
    r"volleyball|pallavolo|voleibol|rugby|hockey|korfbal|futsal|polisportiva|"
    r"entente|sportverein|turnverein|sportfreunde|eintracht|"
    # chess clubs, workers' clubs, leagues
    r"schach(?:club|klub|verein|freunde|gemeinschaft|gesellschaft|abteilung)?|échecs|ajedrez|"
    r"scacchi|scacchistic[ao]|schaak(?:club|vereniging|genootschap)?|"
    r"szach(?:y|ów|owy|owa|owe|owego|owej)|chess|dopolavoro|"
    r"liga|ligue|league")
"""A sport's or a sports club's word, which a club's name holds ("Fouquet Handball",
"Polisportiva Garibaldi", "Entente Saint Frédéric")."""


def names_a_club(text: str, start: int, end: int) -> bool:
    """Does a sports club's abbreviation stand right before the name at text[start:end], or
    a sport's or club's word open it, end it or stand right before or after it?"""
    before = CLUB_PREFIX_BEFORE.search(text, max(0, start - 10), start)
    if before and before.group(1).lower() in CLUB_PREFIXES and (
            before.group(1).isupper() or before.group(1) in MIXED_CASE_CLUB_PREFIXES):
        return True
    word_before = WORD_BEFORE.search(text, max(0, start - 20), start)
    word_after = WORD_AFTER.match(text, end)
    name = text[start:end].split() or [""]
    return any(SPORT_CLUB_WORD.fullmatch(word) for word in (
        name[0], name[-1], word_before.group(1) if word_before else "",
        word_after.group(1) if word_after else ""))



WORD_START = re.compile(r"(?<![^\W\d_])[^\W\d_]")


def in_an_institutions_name(text: str, start: int, end: int) -> bool:
    """Is the name at text[start:end] part of an institution's: an institution's word in
    it ("Erasmus Universiteit Rotterdam"), or opening the phrase that it ends, words
    between, one of them capitalised and a known place, the seat ("Università degli Studi
    di Bari [Aldo Moro]", "Université Toulouse III – [Paul Sabatier]", "[Studi di Urbino
    Carlo Bo]")? A person's name does not follow an institution and its seat."""
    if any(word.lower() in INSTITUTIONS for word in text[start:end].split()[1:]):
        return True
    line = text.rfind("\n", 0, start) + 1
    for word in WORD_START.finditer(text, start, end):
        before = text[max(line, word.start() - 80):word.start()]
        for match in re.finditer(r"(?<![^\W\d_])[^\W\d_]+", before):
            if match.group().lower() not in INSTITUTIONS:
                continue
            between = INSTITUTION_BEFORE.match(before, match.start())
            if between and any(is_place(each) for each in re.findall(
                    r"[^\W\d_][\w'’-]*", between.group(1)) if each[:1].isupper()):
                return True
    return False


_NAMESAKE_PARTS = "|".join(sorted(re.escape(w) for w in NAMESAKE_AFTER if len(w) >= 5))
_NAMESAKE_COMPOUND = re.compile(rf"(?s)^(?:{_NAMESAKE_PARTS}).|.(?:{_NAMESAKE_PARTS})$")
"""A longer word that begins or ends with an institution's word of five letters or more."""


TRANSIT_LINE_AFTER = re.compile(
    r"[ \t]*\((?i:línea|líneas|ligne|lignes|linea|linee|linie|linien|lijn|lijnen|linia|linie|"
    r"line|lines|metro|métro|tram|bus|u|s|m)\b")
"""A transit line after a name makes it a station's: "Gregorio Marañón (líneas 7 y 10)"."""


STATION_ABBREVIATION = re.compile(r"(?:^|[ \t])(?:Hbf|Bf|Bhf|Hbf\.|Bf\.|Centraal|Centrale|Gare)$")
STATION_ABBREVIATION_AFTER = re.compile(r"[ \t]+(?:Hbf|Bf|Bhf)\b")
"""A main station's abbreviation ("Berlin Hbf", "Wien Hbf") ending or following a name."""


def station_named(text: str, end: int) -> bool:
    """Does a transit line or a station's abbreviation end or follow the name that ends at
    `end` ("Gregorio Marañón (líneas 7 y 10)", "Berlin Hbf")?"""
    return bool(TRANSIT_LINE_AFTER.match(text, end)
                or STATION_ABBREVIATION_AFTER.match(text, end)
                or STATION_ABBREVIATION.search(text, max(0, end - 12), end))


MIXED_CASE_NAMES = re.compile(r"(?:Mc|Mac|O'|D'|Di|De|Da|Du|Le|La|Van|Von|Fitz)\w")
"""Names written with a capital inside ("McAllister", "DiMaggio", "LeBlanc")."""


def _brand_like(word: str) -> bool:
    """Two capitals in a row ("UOKiK", "IHK"), or a capital after a small letter
    ("MuseumsForum", "SharePoint") other than a name's: an acronym or a brand."""
    if any(a.isupper() and b.isupper() for a, b in zip(word, word[1:], strict=False)):
        return True
    inner = any(a.islower() and b.isupper() for a, b in zip(word, word[1:], strict=False))
    return inner and "-" not in word and not MIXED_CASE_NAMES.match(word)


COMPOUNDING = frozenset({"de"})
"""Languages that write a compound noun as one capitalised word ("Wartungsvertrag
Kältetechnik"): rare one by one, but made of common words. Not Dutch, whose nouns are
written in lower case and whose surnames are often such compounds ("Zeldenrust")."""
LINKS = ("", "s", "n", "e", "es", "en", "er")
"""What may join the parts of a compound ("Wartung-s-vertrag", "Kunde-n-dienst")."""
NAME_ENDINGS = words("""
mann man berg stein feld bach hof hoff dorf thal tal burg hausen meier mayer maier meyer
müller huber bauer brink kamp horst born brock wald fried bert hard helm mund win old olf
mar rich hild gard traud trud run lind gund hold holt
""")
"""Common words that end surnames and first names ("Rosenberg", "Lindemann", "Grünewald",
"Heinzfried"): a word ending in one may be a name even if both its parts are common."""


@lru_cache(maxsize=1 << 16)
def compound_of_common(low: str, language: str, depth: int = 2) -> bool:
    """A compound of common words of a compounding language ("wartungsvertrag",
    "kältetechnik"; its first part may be a compound itself: "ersatzteil-liste",
    "schulbuch-ausleihe"), none a first name: a word of the language, not a name."""
    from classifiers.names import common_words, local_first_names

    if language not in COMPOUNDING:
        return False
    common, firsts = common_words(language), local_first_names(language)
    return compound_of(low, common.__contains__, firsts.__contains__, depth=depth)


def compound_of(low: str, known: Callable[[str], bool], named: Callable[[str], bool],
                min_length: int = 7, min_tail: int = 4, depth: int = 1) -> bool:
    """Is `low` two `known` words joined as compounds join them (a linking "s", "n", "en"
    ...), neither `named` (a name made of names: "Karlgünter"), the second no surname's
    ending ("-mann", "-berg")? Below `depth` 1 the first part may be such a compound too."""
    if len(low) < min_length:
        return False
    for cut in range(3, len(low) - min_tail + 1):
        head, tail = low[:cut], low[cut:]
        if named(head) or named(tail) or tail in NAME_ENDINGS or not known(tail):
            continue
        for link in LINKS:
            stem = head[:len(head) - len(link)]
            if head.endswith(link) and len(stem) >= 3 and (known(stem) or depth > 1 and compound_of(
                    stem, known, named, min_length, min_tail, depth - 1)):
                return True
    return False


def _plain_capital(word: str) -> bool:
    """Capitalised as a name is: a capital first, none inside but after a hyphen or an
    apostrophe ("Müller-Lüdenscheidt", "D'Amico"; not "DevOps", "HoareauVille")."""
    parts = re.split(r"[-'’]", word)
    return word[:1].isupper() and all(part[1:] == part[1:].lower() for part in parts)


def _capitalised(word: str) -> bool:
    stripped = word.rstrip(".")
    return bool(stripped) and stripped[0].isupper() and not stripped.isupper() \
        or (len(stripped) == 1 and stripped.isupper())


SHAPE_ONLY = 0.55
"""The score of a name found by its shape alone: words no text of the language uses, or
capitalised mid-sentence, none of them a listed name."""


class LocalNameRecognizer(PersonSpanRecognizer):
    """Person names in a text whose language is not English (see the module's doc)."""

    NAME = "LocalNameRecognizer"

    def found(self, text, nlp_artifacts):
        language = getattr(nlp_artifacts, "language", None) or DEFAULT_LANGUAGE
        return [] if language == DEFAULT_LANGUAGE else self.spans(text, language)

    def spans(self, text: str, language: str) -> list[tuple[int, int, float]]:
        from classifiers.names import (
            all_first_names,
            common_anywhere,
            common_words,
            local_first_names,
            local_surnames,
        )

        firsts, lasts = local_first_names(language), local_surnames(language)
        common, english = common_words(language), common_words(DEFAULT_LANGUAGE)
        elsewhere = common_anywhere()
        anywhere = all_first_names()
        stops = stop_words(language)
        titles = frozenset(FORMS_OF_ADDRESS.get(language, ()))
        particles = PARTICLES_BY_LANGUAGE.get(language, frozenset())
        lower_text = not any(c.isupper() for c in text)
        words = [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]
        lows = [w.lower() for _, _, w in words]
        found: list[tuple[int, int, float]] = []

        def gap(index: int) -> bool:
            """Only spaces (no punctuation, no line break) between word index-1 and it."""
            between = text[words[index - 1][1]:words[index][0]]
            return bool(re.fullmatch(r"[ \t]{1,3}", between))

        def opens_its_line(at: int) -> bool:
            """Only spaces or an opening mark ("¡", "-") before `at` on its line: where a
            message's greeting stands."""
            return not re.search(r"[^\W_]", text[text.rfind("\n", 0, at) + 1:at])

        def right_after(index: int) -> bool:
            """Word index follows word index-1 with no more than a dot and a space or a line
            break between them ("Herr Weber", "Sr. Gil", "Herrn\\nKarl Meier")."""
            between = text[words[index - 1][1]:words[index][0]]
            return bool(TITLE_GAP.fullmatch(between))

        def dotted(index: int) -> str | None:
            """The word with the dot written after it ("avv.", "al."), if one is."""
            return lows[index] + "." if text[words[index][1]:words[index][1] + 1] == "." \
                else None

        def is_title(index: int) -> bool:
            low, with_dot = lows[index], dotted(index)
            if len(low) == 1 and re.search(r"\d[ \t]*\Z", text[max(0, words[index][0] - 4):
                                                               words[index][0]]):
                return False  # a unit after a quantity: "2 mètres ruban stanley 5 m."
            bare = ELIDED.sub("", low)  # "l'avv." is "avv." after an elided article
            return bool({low, with_dot, bare, with_dot and ELIDED.sub("", with_dot)} & titles)

        def uncommon(index: int) -> bool:
            """No word of the language: neither a common one nor a function word, nor,
            unless listed as a name, a common English word, which technical text in any
            language borrows ("add column", "Transit Custom")."""
            low = lows[index]
            return bool(common) and len(low) >= 3 and low.isalpha() and low not in common \
                and low not in stops and (low in firsts or low in lasts or (
                    low not in english and not compound_of_common(low, language)))

        def a_word_of_the_language(low: str) -> bool:
            """A common word or a compound of common words, and no listed name."""
            return (low in common or compound_of_common(low, language)) \
                and low not in firsts and low not in lasts and low not in anywhere

        def things_listed(index: int, end: int) -> bool:
            """Words index..end-1 joined by a comma, a compound of the language's words
            among them and no listed name ("Kundenanfragen, Reklamationen",
            "Versanddienstleister, Auftragsverarbeiter"): a list of things or functions, no
            surname and first name. A plain common word may be an unlisted name
            ("Ruprecht")."""
            run = lows[index:end]
            return any(compound_of_common(low, language) for low in run) and "," in text[
                words[index][1]:words[end - 1][0]] and not any(
                low in firsts or low in lasts or low in anywhere for low in run)

        def name_word(index: int, listed_only: bool) -> bool:
            """`listed_only` (text in lower case): listed, or no word of the language."""
            low = lows[index]
            if low in CALENDAR_WORDS or low in ORGANISATION_WORDS or is_title(index) \
                    or "." in low or any(c.isdigit() for c in low) or namesake_word(low):
                return False
            if listed_only:
                return low in firsts or low in lasts or uncommon(index)
            word = words[index][2]
            return word[:1].isupper() and not word.isupper() and low not in stops \
                and not _brand_like(word)

        def run_from(index: int, listed_only: bool) -> int:
            """The end (exclusive) of the name words from `index`, particles inside."""
            end = index
            while end < len(words) and end - index < 6:
                if end > index and not gap(end):
                    break
                if name_word(end, listed_only):
                    end += 1
                elif lows[end] in particles:
                    after = particles_from(end)
                    if after < len(words) and gap(after) and name_word(after, listed_only):
                        end = after + 1
                    else:
                        break
                else:
                    break
            return end

        def particles_from(index: int) -> int:
            """The first word after the particles from `index` ("van der", "de la")."""
            end = index
            while end < len(words) and lows[end] in particles and end - index < 3 \
                    and (end == index or gap(end)):
                end += 1
            return end

        def organisation_after(end: int) -> bool:
            """A firm's legal form follows: a listed one, or initials ("S.L.N.E."), or
            partners ("Nadal & Asociados", "Saracino, Gatto e Onio"); or an institution's
            word ("Anne Frank Huis"). "and" and a first name join two people instead ("Hans
            Gruber und Petra Klein")."""
            if AMPERSAND.match(text, words[end - 1][1]):
                return True
            if end < len(words) and gap(end) and (
                    lows[end] in NAMESAKE_AFTER or namesake_word(lows[end])
                    or _brand_like(words[end][2]) and not ROMAN.fullmatch(words[end][2])):
                return True  # "Anne Frank Huis", "Van Gogh Museum", "Heinz Nixdorf MuseumsForum"
            for at in range(end, min(end + 3, len(words))):
                if not gap(at):
                    return False
                if lows[at] in ORGANISATION_WORDS or LEGAL_INITIALS.fullmatch(lows[at]):
                    return True
                if lows[at] in CONJUNCTIONS:
                    nxt = at + 1
                    if nxt < len(words) and gap(nxt) and words[nxt][2].islower() \
                            and lows[nxt] not in particles \
                            and lows[nxt] not in _FIRM_WORDS_AFTER_AND \
                            and (not lower_text or lows[nxt] in stops):
                        # a clause goes on: "Ich bin Bozena Zorbach und hier", "Nazywam się
                        # Jowanka Nagel i odpowiadam"
                        return False
                    return not (nxt < len(words) and gap(nxt) and (
                        lows[nxt] in firsts or lows[nxt] in anywhere or is_title(nxt)))
                if not ROMAN.fullmatch(words[at][2]):
                    return False
            return False

        def street_before(index: int) -> bool:
            """A street's type before the words, particles aside ("rue de Royer", "Camino
            Vidal Escolano", "Alameda de Genoveva Tomás"): a street named after someone."""
            before = index - 1
            while before >= 0 and lows[before] in particles:
                before -= 1
            # a code between: "Flughafen BER „Willy Brandt“"
            code = before > 0 and words[before][2].isupper() and len(words[before][2]) <= 4
            # a name in quotes may follow a town's: "Flughafen München „Franz Josef Strauß“"
            quoted = before > 0 and words[before][2][:1].isupper() and \
                text[:words[index][0]].rstrip().endswith(OPENING_QUOTES)
            return any(at >= 0 and (
                ELIDED.sub("", lows[at]) in STREET_TYPES_BEFORE_A_NAME | NAMESAKE_WORDS
                or language in ("de", "nl") and NAMESAKE_WORD_ENDING.fullmatch(lows[at])
                or dotted(at) in STREET_ABBREVIATIONS
                or lows[at] == "via" and (language == "it" or words[at][2] == "Via"))
                for at in (index, before, before - 1 if code or quoted else -1,
                           before - 2 if quoted else -1))

        def street_inside(index: int, end: int) -> bool:
            """The run ends in a street's compound ("Willem de Zwijgerlaan")."""
            return bool(STREET_ENDINGS_AFTER_A_NAME.search(lows[end - 1]))

        def sentence_start(index: int) -> bool:
            return not text[:words[index][0]].strip() or bool(
                re.search(r"[.!?\n]\s*$", text[:words[index][0]]))

        def counted(index: int) -> bool:
            """The word follows the quantity, and at most the unit, that opens its line: an
            order's item ("- 5 pakken steriele petrischalen", "20 beute erlenmeyer")."""
            start = words[index][0]
            return bool(ITEM_QUANTITY.fullmatch(text, text.rfind("\n", 0, start) + 1, start))

        def line_start(index: int) -> bool:
            return not text[:words[index][0]].strip(" \t") \
                or text[:words[index][0]].rstrip(" \t").endswith("\n")

        def line_end(end: int) -> bool:
            rest = text[words[end - 1][1]:]
            return not rest.strip(" \t") or rest.lstrip(" \t").startswith(("\n", "\r"))

        def field(start: int, end: int) -> bool:
            """Words start..end-1 fill a record's field: separators, or the line's ends,
            on both sides ("345298 | Ring, Heinzfried | offen", "— Camus, Gracieuse —")."""
            before = text[:words[start][0]].rstrip(" \t")
            after = text[words[end - 1][1]:].lstrip(" \t")
            return (not before or before[-1] in FIELD_SEPARATORS) \
                and (not after or after[0] in FIELD_SEPARATORS + ")")

        def comma_then_name(end: int, listed_only: bool) -> int:
            """Surname, comma, first name, as forms and lists write them ("Katzinger,
            Hiltraud"): the end of the first name's words, or `end` if none follow. A word
            of the language after the comma, unless a field ends with it ("| Simoni,
            Ruprecht |"), is a role, no first name ("Wilfrid Moeri, Mitarbeiter/in im")."""
            if end < len(words) and re.fullmatch(r",[ \t]{1,2}", text[words[end - 1][1]:
                                                                      words[end][0]]) \
                    and name_word(end, listed_only) \
                    and (lows[end] not in common or lows[end] in anywhere
                         or text[words[end][1]:].lstrip(" \t")[:1] in (*FIELD_SEPARATORS, "")):
                return run_from(end, listed_only)
            return end

        def listed_in_a_row(index: int, step: int) -> int:
            """How many single first names follow one another from word `index` on, one
            comma between each, going `step` (1 onwards, -1 back)."""
            count, at = 0, index
            while 0 <= at < len(words) and lows[at] in anywhere and (
                    count == 0 or re.fullmatch(r",[ \t]{1,2}", text[
                        words[min(at, at - step)][1]:words[max(at, at - step)][0]])):
                count += 1
                at += step
            return count

        def in_a_list_of_first_names(index: int) -> bool:
            """Word `index` in a run of three or more first names, a comma between each
            ("Aurelio, Bianca, Corrado, Dalila": storms', a class's, a litter's names), not a
            surname and a first name."""
            return listed_in_a_row(index, -1) + listed_in_a_row(index, 1) - 1 >= 3

        def in_an_enumeration(index: int, end: int) -> bool:
            """Words index..end-1, a word, a comma and a name, are two items of a list
            ("Kasper, Seppel, Gretel, die Großmutter", "etwa Hans, Claire und Sam"): a word
            and a comma before them, or "and" and a word after them. A surname and its first
            name stand alone ("Müller, Anna, geb. ...")."""
            before = index > 0 and re.fullmatch(
                r",[ \t]{1,2}", text[words[index - 1][1]:words[index][0]]) is not None \
                and (lower_text or _capitalised(words[index - 1][2]))
            after = end + 1 < len(words) and lows[end] in CONJUNCTIONS and gap(end) \
                and gap(end + 1) and (lower_text or _capitalised(words[end + 1][2]))
            return bool(before or after)

        def place_before(index: int) -> bool:
            """After a preposition of place, or a place's first word ("à Saint Valentine",
            "do Tomaszów Mazowiecki", "Castel Giubileo")."""
            return lows[index] in PLACE_WORDS or index > 0 and gap(index) and \
                lows[index - 1] in PLACE_PREPOSITIONS

        def town(index: int, end: int) -> bool:
            """Words index..end-1 name a town: a known one, or after a place's first word
            ("San Giovanni di Gerace", "santa maria lo piano"), or opening with a saint's
            hyphened name ("Saint-Benoît de Gros", "Sint-Jozef"; "Saint-Pierre" is a
            surname after a first name only)."""
            before = index > 0 and gap(index) and lows[index - 1] in PLACE_WORDS and (
                lower_text or _capitalised(words[index - 1][2]) or lows[index - 1] in SAINTS)
            saint = any(low in SAINTS for low in lows[index + 1:end - 1])  # "Masi San Giacomo"
            # the end of a journey: "línea 10 hasta Santiago Bernabéu", "fino a Milano Porta
            # Garibaldi", "jusqu'à Charles de Gaulle"
            until = index > 0 and gap(index) and (lows[index - 1] in UNTIL_WORDS or (
                index > 1 and lows[index - 1] in PLACE_PREPOSITIONS
                and lows[index - 2] in UNTIL_WORDS))
            # the words of the language, then a town: an office's name ("Registro Mercantil
            # de Girona", "Amtsgericht Husum")
            office = end > index + 1 and is_place(words[end - 1][2]) and all(
                low in common and low not in firsts and low not in anywhere
                or low in particles for low in lows[index:end - 1])
            # a word of the language, no first name, before a town: "Tour Leipzig"
            word_then_town = end > index + 1 and lows[index] in common \
                and lows[index] not in firsts \
                and is_place(text[words[index + 1][0]:words[end - 1][1]])
            # a stop of a route: "Ruta Salamanca – Almería", "Tour Köln → Bonn"
            route = bool(ROUTE_NEXT.match(text[words[end - 1][1]:])) and any(
                is_place(text[words[start][0]:words[end - 1][1]])
                for start in range(index, end))
            # a town's name may go on with lower-case words ("Oost West en Middelbeers",
            # "Frankfurt am Main", "Bergen op Zoom")
            last = end
            while last < min(end + 3, len(words)) and gap(last):
                last += 1
            return before or saint or until or office or word_then_town or route \
                or street_before(index) \
                or street_inside(index, end) \
                or lows[index] in PLACE_WORDS \
                or lows[index].partition("-")[0] in SAINTS and "-" in lows[index] or any(
                    is_place(text[words[index][0]:words[stop - 1][1]])
                    for stop in range(last, index + 1, -1))

        def a_polish_adjective(low: str) -> bool:
            """A Polish adjective's form, no listed first name: a place's name opens with
            it, a person's does not."""
            return language == "pl" and low not in firsts and bool(POLISH_ADJECTIVE.search(low))

        def a_binomial(start: int, end: int) -> bool:
            """A plant's or an animal's Latin name: a genus, then a species epithet
            ("camellia japonica", "wisteria sinensis", "gardenia jasminoides")."""
            last = lows[end - 1]
            return end - start == 2 and words[end - 1][2].islower() and (
                bool(LATIN_EPITHET.search(last)) or len(last) >= 6 and bool(
                    LATIN_ADJECTIVE.search(last)) and last not in anywhere and last not in lasts)

        def no_name(start: int, end: int, titled: bool) -> bool:
            """Words start..end-1 that look like a name and are none: a plant's Latin
            name, a form's name labels ("Familienname, Vorname") or a run that holds a
            surname's or a first name's label ("Nachname, Matrikelnummer"), or a particle
            alone or before a place ("van", "van Nederland") where no form of address
            stands."""
            return a_binomial(start, end) \
                or all(lows[at] in NAME_LABEL_WORDS for at in range(start, end)) \
                or any(lows[at] in NAMING_LABELS for at in range(start, end)) \
                or not titled and lows[start] in particles and (
                    end == start + 1
                    or is_place(text[words[start + 1][0]:words[end - 1][1]]))

        def add(start: int, end: int, score: float, titled: bool = False) -> None:
            """A name at words start..end-1, unless a firm's, an institution's or a
            street's (after a form of address, "Huis" is a surname: "mevrouw ten Huis")."""
            if end > start and not organisation_after(end) and not no_name(start, end, titled) \
                    and (titled or not any(
                    lows[at] in NAMESAKE_AFTER or at < end - 1 and lows[at] in STREET_TYPES_ONLY
                    for at in range(start + 1, end))):
                found.append((words[start][0], words[end - 1][1], score))

        # 1. a form of address, then a name (any surname, listed or not)
        for index in range(len(words) - 1):
            if not is_title(index) or lower_text and len(lows[index]) <= 2 \
                    and lows[index] in stops and lows[index + 1] not in lasts:
                continue  # in lower case, "me" is a pronoun unless a surname follows
            if lows[index] in FAMILY_WORDS and (lows[index + 1] in particles or lows[
                    index + 1] in common and lows[index + 1] not in lasts):
                continue  # "la famiglia di prodotti", "die Familie Mensch": no surname
            nxt = index + 1
            if not right_after(nxt):  # "SR 200\nCarga por módulo" is no "Sr. Carga"
                continue
            if nxt < len(words) - 1 and is_title(nxt) and right_after(nxt + 1):  # "Frau Dr. Weber"
                nxt += 1
            name_start = nxt
            while nxt < len(words) - 1 and lows[nxt] in particles:  # "dhr. van Leuven"
                nxt += 1
            if lower_text:
                if lows[nxt] in stops or lows[nxt] in CALENDAR_WORDS or not lows[nxt].isalpha():
                    continue
                end = max(run_from(nxt, listed_only=True), nxt + 1)
                add(name_start, end, 0.7 if end > nxt + 1 or lows[nxt] in lasts else 0.6,
                    titled=True)
                continue
            end = run_from(nxt, listed_only=False)
            if end > nxt:
                add(name_start, end, 0.85, titled=True)
        # 2. a phrase that introduces a name
        introducer = _introducer(language)
        if introducer is not None:
            starts = {start: i for i, (start, _, _) in enumerate(words)}
            for match in introducer.finditer(text):
                index = starts.get(match.end())
                if index is None:
                    continue
                end = run_from(index, listed_only=lower_text)
                if end > index:
                    end = comma_then_name(end, listed_only=lower_text)
                phrase = _phrase(match.group())
                addressed = end <= index + 1 and uncommon(index) \
                    and (lower_text or words[index][2][:1].isupper()) and (
                    phrase in SALUTATIONS and opens_its_line(match.start())
                    and bool(ADDRESS_END.match(text, words[index][1]))
                    or phrase in SIGN_OFFS and bool(re.search(r"[,\n]", match.group())))
                if addressed:
                    end = index + 1  # "Liebe Heliane,": the one word a greeting addresses
                if self_introduction(match.group()) \
                        and all(low in common for low in lows[index:end]):
                    continue  # "Ich bin Kunde seit 2010", "je suis Responsable du site"
                if all(low in common and low not in firsts and low not in lasts
                       for low in lows[index:end]) \
                        or not says_name(match.group()) and (
                            all(a_word_of_the_language(low) for low in lows[index:end])
                            or things_listed(index, end)):
                    # a function, no name: "i. A. Leitung Qualitätsmanagement",
                    # "Empfänger: Versanddienstleister, Auftragsverarbeiter", "Inhaber der
                    # Ehrenamtskarte"; after a label that says name, words of the language
                    # may be one ("Name, Vorname: Tauscher, Hieronymus")
                    continue
                if end > index and (end - index > 1 or lows[index] in firsts
                                         or lows[index] in lasts or addressed
                                         or not lower_text and ":" in match.group()
                                         and naming_label(match.group()) and uncommon(index)) \
                        and not street_before(index) \
                        and not (end - index == 1 and is_place(words[index][2]) and (
                            lows[index] not in firsts and _phrase(match.group()) == "para"
                            or _phrase(match.group()) in GREETINGS)):  # "Hallo Berlin!"
                    add(index, end, 0.6 if lower_text else 0.7)
        # 3. a listed first name before more name words; in lower case, before a listed
        #    surname; capitalised words in a row mid-sentence, where nouns are lower case
        index = 0
        while index < len(words):
            if lower_text:
                surname = particles_from(index + 1)  # "loek de koning"
                # particles that are no articles, or two of them, make a surname of any
                # word ("dirk van der velden"); "in" is a place's ("de hal in netterden")
                particled = surname - index > 2 or surname == index + 2 \
                    and lows[index + 1] in NON_ARTICLE_PARTICLES
                if lows[index] in firsts and lows[index] not in stops | particles \
                        and surname < len(words) and gap(index + 1) and gap(surname) \
                        and lows[index + 1] not in STRONG_PLACE_PREPOSITIONS \
                        and (lows[surname] in lasts or uncommon(surname) or particled
                             and lows[surname].isalpha()
                             # a weekday's or a month's phrase: "domenica del mese"
                             and lows[index] not in CALENDAR_WORDS) \
                        and lows[surname] not in stops:
                    end = max(run_from(index, listed_only=True),
                              surname + 1 if particled else 0)
                    if not town(index, end):
                        add(index, end, 0.6)
                        index = max(end, index + 1)
                        continue
                # two words in a row that no text of the language uses ("sjonni muijs"),
                # as in mixed case; not where inflection makes most word forms rare, nor two
                # words of another language (a short text in lower case may be taken for
                # the wrong one: "kopie nach", "schwarz poliert")
                if language not in INFLECTED and index + 1 < len(words) \
                        and gap(index + 1) and uncommon(index) \
                        and uncommon(index + 1) \
                        and not (lows[index] in elsewhere and lows[index + 1] in elsewhere) \
                        and not street_before(index) \
                        and not town(index, index + 2) \
                        and not any(is_place(words[at][2]) for at in (index, index + 1)) \
                        and not (
                            index > 0 and lows[index - 1] in STRONG_PLACE_PREPOSITIONS) \
                        and not counted(index):
                    add(index, index + 2, SHAPE_ONLY)
                    index += 2
                    continue
                index += 1
                continue
            if not name_word(index, listed_only=False):
                index += 1
                continue
            end = run_from(index, listed_only=False)
            run = lows[index:end]
            names = [w for w in run if w not in particles]
            mid_sentence = index > 0 and not re.search(
                r"[.!?:\n]\s*$", text[max(0, words[index][0] - 3):words[index][0]])
            if len(names) >= 2 and run[0] not in particles \
                    and not any(w in ORGANISATION_WORDS for w in run):
                # a first name of the language's own lists, or of another language's
                # before a listed surname ("Bitte" is Swedish, but "Bitte Angebot" is not)
                if town(index, end) or index > 0 and gap(index) \
                        and lows[index - 1] in NEUTER_ARTICLES.get(language, ()):
                    index = max(end, index + 1)
                    continue
                # English words that no surname list holds at the end, inside a
                # capitalised English term, are a borrowed term ("TLS Web Server
                # Authentication"), though "Server" is a first name; a particle makes a
                # surname ("Robin van de Water")
                english_term = language != DEFAULT_LANGUAGE and names[-1] not in lasts \
                    and len(names) == len(run) and all(w in english for w in names) \
                    and any(0 <= at < len(words) and gap(max(at, index))
                            and _capitalised(words[at][2]) and lows[at] in english
                            and lows[at] not in firsts and lows[at] not in lasts
                            for at in (index - 1, end))
                if (names[0] in firsts or names[0] in anywhere and names[1] in lasts) \
                        and not english_term:
                    add(index, end, 0.7)
                    index = max(end, index + 1)
                    continue
                if language in SHAPE_LANGUAGES:
                    # a listed surname at the end says person even after a preposition
                    # ("de Clet Caron"), but for one of place ("in Oost West"), and at a
                    # sentence's start unless its first word is one of the language's
                    # ("Segnalazione di Giulia Crispi")
                    if names[-1] in lasts and names[-1] not in stops \
                            and (mid_sentence or uncommon(index)) and not (
                                index > 0 and gap(index)
                                and lows[index - 1] in STRONG_PLACE_PREPOSITIONS):
                        add(index, end, 0.6)
                        index = max(end, index + 1)
                        continue
                    # words of the language, capitalised mid-sentence, name an institution
                    # or a title ("la Plataforma de Contratación del Sector Público")
                    if mid_sentence and not place_before(index) \
                            and not a_polish_adjective(names[0]) \
                            and not all(w in common or w in english and w not in firsts
                                        and w not in lasts for w in names):
                        add(index, end, SHAPE_ONLY)
                        index = max(end, index + 1)
                        continue
                # two or three words in a row that are no words of the language, where
                # firms and products would show a capital inside ("DevOps") or a legal form
                if len(names) == len(run) <= 3 and all(
                        uncommon(at) and _plain_capital(words[at][2])
                        and not is_place(words[at][2])
                        for at in range(index, end)) and not street_before(index) \
                        and not a_polish_adjective(names[0]) \
                        and not (index > 0 and gap(index)
                                 and lows[index - 1] in STRONG_PLACE_PREPOSITIONS) \
                        and not counted(index):
                    add(index, end, SHAPE_ONLY)
                    index = max(end, index + 1)
                    continue
            index += 1
        # 5. a listed first name that opens a sentence as the subject of a verb that says
        #    what a person did ("Gustav hat sich krankgemeldet", "michelle a appelé")
        verbs = SUBJECT_VERBS.get(language, frozenset())
        for index in range(len(words) - 1):
            if lows[index] in firsts and lows[index + 1] in verbs and gap(index + 1) \
                    and sentence_start(index) and not is_place(words[index][2]) \
                    and lows[index] not in CALENDAR_WORDS | ORGANISATION_WORDS | stops:
                add(index, index + 1, 0.6)
        # 6. a line that holds a name alone, as delivery notes and signatures write it:
        #    two or three name words, one of them listed ("remis en main propre à\nPrune
        #    Lacombe\npièce ..."); or a line that a dash opens, as reviews and quotes are
        #    signed ("– Velten Stiebitz, verifizierter Kauf")
        for index in range(len(words)):
            if not name_word(index, listed_only=lower_text):
                continue
            start = words[index][0]
            dashed = bool(SIGNATURE_DASH.fullmatch(text, text.rfind("\n", 0, start) + 1, start))
            if not (dashed or line_start(index)):
                continue
            end = run_from(index, listed_only=lower_text)
            if 2 <= end - index <= 4 and (line_end(end) or dashed and text.startswith(
                    ",", words[end - 1][1])) \
                    and any(low in firsts or low in lasts for low in lows[index:end]) \
                    and not town(index, end) and not street_before(index) \
                    and not any(low in ORGANISATION_WORDS for low in lows[index:end]):
                add(index, end, 0.6)
        # 7. a chat's mention: "@" and a name ("@Benedicta Gotthard kannst du ...", "@jordy
        #    de werd kun jij ..."); one word only when listed ("@Einkauf" is a team)
        for index in range(len(words)):
            at = words[index][0]
            if at == 0 or text[at - 1] != "@" or (at > 1 and not text[at - 2].isspace()
                                                  and text[at - 2] not in "([,;:"):
                continue
            end = run_from(index, listed_only=lower_text)
            if end - index >= 2 or end > index and (lows[index] in firsts
                                                     or lows[index] in lasts):
                add(index, end, 0.7)
        # 8. a person from a town, as winners, visitors and new colleagues are introduced:
        #    name words, one of them listed, then "aus", "uit", "z" and a known town
        #    ("Armgard Haase aus Warendorf", "Meisje Arent uit Borculo", "Eugeniusz
        #    Stefanski z miejscowości Chorzów")
        for index in range(len(words)):
            if lower_text or not name_word(index, listed_only=False):
                continue
            end = run_from(index, listed_only=False)
            if not 2 <= end - index <= 3 or end + 1 >= len(words) or not gap(end) \
                    or lows[end] not in FROM_WORDS or not gap(end + 1):
                continue
            place = end + 1 + (lows[end + 1] in TOWN_WORDS)
            if place < len(words) and any(
                    is_place(text[words[place][0]:words[stop - 1][1]])
                    for stop in range(min(place + 3, len(words)), place, -1)) \
                    and any(low in firsts or low in lasts or low in anywhere
                            for low in lows[index:end]) \
                    and not all(low in common for low in lows[index:end]) \
                    and not town(index, end) and not street_before(index) \
                    and not any(low in ORGANISATION_WORDS for low in lows[index:end]):
                add(index, end, 0.6)
        # 4. a surname, a comma and listed first names, as forms and lists write a person
        #    ("Bessems, Bethina; geboortedatum ..."), or standing as a record's field,
        #    listed or not ("| Ring, Heinzfried |"); unless either is a town
        for index in range(len(words) - 1):
            first = index + 1
            end = comma_then_name(first, listed_only=lower_text)
            if end == first or end - first > 2 \
                    or not name_word(index, listed_only=lower_text):
                continue
            # the surname no word of the language, or listed ("Tag der Arbeit, Christi
            # Himmelfahrt" is no "Arbeit, Christi")
            if lows[index] in common and lows[index] not in lasts:
                continue
            if in_a_list_of_first_names(index) or in_an_enumeration(index, end) \
                    or things_listed(index, end):
                continue
            listed = not lower_text and all(low in firsts for low in lows[first:end])
            # after a label, a word where the first name would be makes an author and a
            # work of an unlisted surname: "Seminario: Spinoza, Ética –", "Semaine suivante :
            # Fauré, Requiem –"; a form's "Dossier 4471 : Duchemin, Amandine" has a name
            worded = not listed and lows[index] not in lasts and re.search(
                r":[ \t]*\Z", text[:words[index][0]]) is not None and any(
                (low in common or low in english) and low not in anywhere
                for low in lows[first:end])
            # a town's name for the surname, unless a listed one; for a first name, unless
            # listed ("Laura", "Anna" and "Eugénie" are places somewhere too)
            if (listed or field(index, end) and not worded) and not town(index, first) \
                    and (listed or not town(first, end)) and not street_before(index) \
                    and (lows[index] in lasts or not is_place(words[index][2])) \
                    and not any(is_place(words[at][2]) and lows[at] not in anywhere
                                for at in range(first, end)):
                add(index, end, 0.6)
        # 9. a listed first name, capitalised as a name is (not a script's capitals, not
        #    lower case, where pets are listed so too), with a person's age after it
        #    ("Jurre (2 jaar)", "Lena, 7 Jahre,")
        for index, (_, end_at, word) in enumerate(words):
            if lows[index] in firsts and word[:1].isupper() and word[1:].islower() \
                    and AGE_AFTER.get(language) and AGE_AFTER[language].match(text, end_at):
                add(index, index + 1, 0.85)
        return _best_of_overlapping(found)


def _best_of_overlapping(spans: list[tuple[int, int, float]]) -> list[tuple[int, int, float]]:
    """One span per name: of overlapping ones the best scored, then the longest."""
    kept: list[tuple[int, int, float]] = []
    for span in sorted(spans, key=lambda s: (-s[2], s[0] - s[1])):
        if not any(span[0] < other[1] and other[0] < span[1] for other in kept):
            kept.append(span)
    return sorted(kept)

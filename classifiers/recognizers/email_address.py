"""E-mail addresses: Presidio's pattern, also where a URL's query or a header holds the
address, and no function's shared mailbox."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from presidio_analyzer.predefined_recognizers import EmailRecognizer

from classifiers.names import words
from classifiers.recognizers.firms import desk_line
from classifiers.recognizers.local_name import compound_of

ADDRESS_IN_A_STRING = (
    r"(?<=[=:/?&<(\"'])[A-Za-z0-9._%+'-]+@(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,63}(?![\w-])")
"""An address right after a query's "=", a header's ":" or a quote ("?email=x@y.org&t=1"):
Presidio's pattern reads the URL's path as the address's local part there, and its check
then rejects the whole."""
ROLE_MAILBOXES = words("""
info information contact contacts kontakt contatti contatto contacto office mail post
support help helpdesk service services servicedesk hello hallo bonjour hola ciao
sales vertrieb verkauf vendite ventas ventes verkoop sprzedaz
billing invoice invoices rechnung rechnungen faktura faktury factura facturas facture
factures facturation facturacion fatturazione fatture factuur facturen
accounts accounting buchhaltung compta comptabilite contabilidad contabilita
amministrazione administracion administration administratie administracja ksiegowosc
verwaltung admin webmaster postmaster hostmaster abuse security noreply no reply
donotreply newsletter marketing press presse prensa stampa pers
orders order bestellung bestellungen commandes commande pedidos ordini bestellingen
zamowienia einkauf purchasing achats compras acquisti inkoop zakupy
archive archiv archives archivo archivio archief archiwum
jobs careers karriere recrutement empleo lavora vacatures praca hr personal rh rrhh
bewerbung bewerbungen candidature candidatures emploi trabajaconnosotros lavoraconnoi
lavoro werkenbij werkenbijons sollicitatie sollicitaties rekrutacja kariera
kundenservice kundendienst customer customers clients client clientes clienti klanten
klantenservice atencion assistenza assistance bok biuro sekretariat secretariat
secretaria segreteria secretariaat empfang zentrale accueil recepcion reception receptie
team it technik technique tecnico ict logistik logistique logistica logistiek
privacy datenschutz dsb dpo dpd rgpd gdpr dsgvo avg rodo iod fg protezionedati rpd
urp atencionciudadana burgerzaken protocollo protocolo registro
betriebsrat personalrat cse comite rsu ondernemingsraad or rada
sdb fds sds vib kch sav sat serwis reparatur repair
shop webshop boutique tienda negozio winkel sklep equipe equipo squadra zespol
deploy root git jenkins ci build backup ansible automation bot
obsluga dmarc report reports berichte rapport rapports informes rapporti raporty rapporten
sicherheit informationssicherheit securite seguridad sicurezza beveiliging bezpieczenstwo
cert csirt soc phishing si dsi
schaden schadenmeldung sinistres sinistre siniestros sinistri schade schademelding szkody
claims pro b2b business firmenkunden zakelijk empresas aziende firmy status
""")
"""Local parts that name a function, not a person ("rechnung@", "service-clients@",
"bok@", a works council's "betriebsrat@", a recruiter's "werkenbij@", a safety data
sheet's "sdb@", a deployment's "deploy@", a domain's "dmarc-berichte@", a security team's
"it-sicherheit@" or "securite-si@", an insurer's claims desk's "schaden@", business
customers' "pro@"): a shared mailbox
or a machine's account is an organisation's address, no data subject's."""
GROUP_ENTRY = re.compile(r"(?im)^[^\n]*;CUTYPE=(?:GROUP|RESOURCE|ROOM)\b[^\n]*$")
"""A calendar entry's attendee that is a group, a resource or a room (iCalendar CUTYPE)."""
_PARTS = re.compile(r"[._+-]+")


def _local_parts(local: str) -> list[str]:
    """The local part's words, without the number a desk's mailbox may end in ("info2",
    "przedszkole5"): after a function's word or a word of seven letters or more; a short
    word with digits is a handle ("iban47" of a customer called Iban)."""
    parts = []
    for part in (p for p in _PARTS.split(local) if p):
        word = part.rstrip("0123456789")
        parts.append(word if word and (word in ROLE_MAILBOXES or len(word) >= 7) else part)
    return parts


def role_mailbox(address: str) -> bool:
    """Is every part of the address's local part a function's word ("service-clients")?"""
    local = address.rpartition("@")[0].lower()
    parts = _local_parts(local)
    return bool(parts) and all(p in ROLE_MAILBOXES for p in parts)


class EmailAddressRecognizer(EmailRecognizer):
    """Presidio's e-mail recognizer, with addresses inside URLs and headers, and without
    shared mailboxes of a function nor those on a desk's line ("Secrétariat : 01 40 55 02
    20, lois@...")."""

    def __init__(self) -> None:
        super().__init__(patterns=[*EmailRecognizer.PATTERNS,
                                   Pattern("Email in a string", ADDRESS_IN_A_STRING, 0.5)])

    def validate_result(self, pattern_text: str) -> bool:
        if role_mailbox(pattern_text):
            return False
        return super().validate_result(pattern_text)

    def analyze(self, text, entities, nlp_artifacts=None, regex_flags=None):
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        if not results:  # most texts: no upper-case copy or calendar scan of them
            return results
        groups = [(m.start(), m.end()) for m in GROUP_ENTRY.finditer(text)]
        language = getattr(nlp_artifacts, "language", None) or "en"
        return [r for r in results if not any(a <= r.start < b for a, b in groups)
                and not word_mailbox(text[r.start:r.end], language)
                and not mailbox_named_in_text(text, r.start, r.end, language)
                and not (desk_line(text, r.start)
                         and not personal_handle(text[r.start:r.end], language))]


def personal_handle(address: str, language: str) -> bool:
    """Does the local part name someone: two parts ("anna.weber", "m.mueller") or a listed
    surname ("mueller@")? A desk's mailbox is one word or an abbreviation ("lois@",
    "affcost@")."""
    from classifiers.names import local_surnames

    parts = _local_parts(address.rpartition("@")[0].lower())
    return len(parts) >= 2 or bool(parts) and parts[0] in local_surnames(language)


ADDRESS_ON_A_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def desk_mailbox_on_line(text: str, start: int, language: str) -> bool:
    """Does the line around `start` give a function's or a desk's mailbox ("Inscriptions :
    ateliers@... ou 01 42 71 88 00", "tél. 02 40 41 92 00, urbanisme@...")? A number beside
    it is the same desk's line."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    line = text[begin:len(text) if end < 0 else end]
    return "@" in line and any(role_mailbox(m.group()) or word_mailbox(m.group(), language)
                               for m in ADDRESS_ON_A_LINE.finditer(line))


FREE_MAIL = words("""
gmail googlemail yahoo ymail hotmail outlook live msn icloud me mac aol gmx web t-online
freenet posteo mailbox proton protonmail tutanota orange free laposte sfr wanadoo neuf
libero virgilio tiscali alice tin wp o2 onet interia op poczta ziggo kpnmail hetnet planet
home telenet skynet yandex mail zoho
""")
"""Free mail providers (the domain's name before its suffix): a mailbox there is someone's
own, whatever words it is named in ("sonnenschein@gmx.de")."""


COUNTRY_LANGUAGES = {"de": "de", "at": "de", "fr": "fr", "es": "es", "it": "it", "nl": "nl",
                     "pl": "pl", "pt": "pt"}
"""Country-code domains and the language their organisations name mailboxes in."""


def _organisations_local_parts(address: str) -> list[str]:
    """The local part's words of an address on an organisation's domain; none at a free
    mail provider, where a mailbox is someone's own whatever it is named."""
    local, _, domain = address.lower().rpartition("@")
    labels = domain.split(".")
    if len(labels) < 2 or any(label in FREE_MAIL for label in labels[:-1]):
        return []
    return _local_parts(local)


def word_mailbox(address: str, language: str) -> bool:
    """Is every part of the local part a common word of the text's language, or of the
    language of the domain's country, and no listed name ("kasse@", "biglietteria@",
    "sicurezza.prodotto@", "storingen@", "gebraucht@...de" in a text read as another
    language), on an organisation's domain? A desk's or a function's mailbox, in words
    nobody is named; "koch@", "rossi@" and "jan.kowalski@" stay a person's, and so does any
    mailbox at a free mail provider. English is left to ROLE_MAILBOXES: its common words are
    also people's handles ("someone@", "sunshine@")."""
    parts = _organisations_local_parts(address)
    if not parts or not all(p.isalpha() for p in parts):
        return False
    suffix = address.lower().rpartition(".")[2]
    languages = {language, COUNTRY_LANGUAGES.get(suffix, "en")} - {"en"}
    return any(_named_in_words(parts, each) for each in sorted(languages))


def mailbox_named_in_text(text: str, start: int, end: int, language: str) -> bool:
    """Is the address at text[start:end] an organisation's mailbox named after a word the
    text uses elsewhere, no listed name ("herbarium@..." under "Herbarium des Botanischen
    Gartens", "dziekanat@..." after "Dziekanat:")? An office or a collection is named so;
    a person's mailbox named after their surname ("weber@") holds a listed name."""
    from classifiers.names import all_first_names, local_surnames

    parts = _organisations_local_parts(text[start:end])
    if len(parts) != 1 or not parts[0].isalpha() or len(parts[0]) < 5 \
            or parts[0] in all_first_names() or parts[0] in local_surnames(language):
        return False
    word = re.compile(rf"(?<![\w@.]){re.escape(parts[0])}(?![\w@])", re.IGNORECASE)
    return any(not start <= m.start() < end for m in word.finditer(text))


def _named_in_words(parts: list[str], language: str) -> bool:
    from classifiers.names import all_first_names, common_words, local_surnames

    common = common_words(language)
    return all(p not in all_first_names() and p not in local_surnames(language)
               and (p in common or _written_word(p, language)) for p in parts)


def _written_word(part: str, language: str) -> bool:
    """A word of the language as a mailbox writes it: without accents or umlauts
    ("scolarite", "buero"), inflected ("adopcje", "adopciones") or as a compound of two,
    which German and Dutch write so and a mailbox in any language runs together
    ("omgevingsloket", "studienbuero", "lavoripubblici", "segundamano"), none of its parts
    a first name or a surname ("mariorossi" stays a person's)."""
    from classifiers.names import all_first_names, common_form, local_surnames

    if common_form(part, language):
        return True
    firsts, lasts = all_first_names(), local_surnames(language)
    if language not in ("de", "nl") and any(
            part[:cut] in firsts or part[:cut] in lasts or part[cut:] in firsts
            or part[cut:] in lasts for cut in range(3, len(part) - 2)):
        return False  # a name run together with another ("graziellavento")
    # the second part five letters or more: "walraad" and "tegelaar" are names made of words
    return compound_of(part, lambda word: common_form(word, language),
                       lambda word: word in firsts or word in lasts, min_length=8, min_tail=5)

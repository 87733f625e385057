"""Person names as the value of a field whose key says person, inside log lines and JSON
written into free text: `debtor_name="Grete Wollinger"`, `"kunde": "Jan de Vries"`,
`holder='Abraham Mendoza'`, and accounts named after their user (`Kontoname:
Friedrich-Wilhelm.Ebert`).

Such text is often told as English (its keys are), where the entity recognizer reads a
quoted name among keys and codes poorly, and in every language no capital or form of
address announces the name: the key does. The value must look like a name (one to four
words of letters, no digit, no "@") and start with a listed first name (or be "Surname,
First name"), so that `name="Backup Job"` stays a job's name.
"""

from __future__ import annotations

import re

from classifiers.names import words
from classifiers.recognizers.person_spans import PersonSpanRecognizer

PERSON_KEYS = words("""
name fullname displayname firstname lastname surname givenname forename holder contact owner
customer debtor creditor recipient payee payer shipto billto sender assignee reporter
requester employee patient member applicant insured tenant guest passenger driver signer
kontakt contacto contatto contactpersoon kunde kundin empfänger inhaber auftraggeber
mieter mitarbeiter antragsteller vorname
nachname nom prénom prenom client cliente destinataire titulaire locataire salarié employé
nombre apellido apellidos titular destinatario empleado inquilino nome cognome intestatario
dipendente referente naam voornaam achternaam klant ontvanger huurder werknemer imie imię
nazwisko klient odbiorca najemca pracownik właściciel
""")
"""Words of a key that say its value is a person."""
THING_KEYS = words("""
host hostname file filename server machine app application product project company org
organisation organization bucket table queue topic db database service tag policy device
model cluster container region branch job task step field column schema sku item article
city street country domain role group team department dept account bank firma produkt
projekt datei ville produit société ciudad producto empresa città prodotto azienda plaats
bedrijf miasto firma plik
""")
"""Words of a key that say its value is a thing, whatever else the key says."""
KEY = r"[^\W\d][\w.-]{1,40}"
"""A record's key: a word, dots, dashes and underscores ("debtor_name", "kunde.name")."""
FIELD = re.compile(
    rf"""(?P<key>["']?{KEY}["']?)[ \t]*[=:][ \t]*(?P<quote>["'])"""
    r"""(?P<value>[^"'\n]{2,80})(?P=quote)""")
NAME_VALUE = re.compile(r"[^\W\d_][\w'’.-]*,?(?:[ \t]+[^\W\d_][\w'’.-]*){0,3}")
_KEY_PARTS = re.compile(r"[A-Z]?[a-zà-ÿ]+|[A-Z]+(?![a-z])|[^\W\d_]+")
SCORE = 0.9
"""Above the entity recognizer's: its span round a quoted name ("full_name=\"Hélène ...\"")
must not swallow this one (Presidio keeps the better of two nested results)."""


def key_words(key: str) -> list[str]:
    """A key's words: `debtor_name` -> debtor, name; `shipTo` -> ship, to, shipto."""
    parts = [p.lower() for chunk in re.split(r"[^\w]+|_", key.strip("\"'"))
             for p in _KEY_PARTS.findall(chunk)]
    return parts + ["".join(parts)]


def person_key(key: str) -> bool:
    parts = key_words(key)
    return any(p in PERSON_KEYS for p in parts) and not any(p in THING_KEYS for p in parts)


def listed_name(value: str) -> bool:
    """The value starts with a listed first name (any language's), or is "Surname, First
    name" with one: "Backup Job" is no person although "Job" is a name. Or it is two to
    four words capitalised as names are, the first no common word of any language the
    classifier knows and none a firm's ("Waldfried Guidi", "Savine Teerlinck"; not "Backup
    Job", "Sales Team", "Acme Logistics")."""
    from classifiers.names import all_first_names, common_anywhere
    from classifiers.recognizers.local_name import ORGANISATION_WORDS

    firsts = all_first_names()
    surname, comma, first = value.partition(",")
    words = (first if comma else value).split()
    if bool(words) and words[0].strip(".'’").lower() in firsts:
        return True
    return 2 <= len(words) <= 4 and words[0].lower() not in common_anywhere() and all(
        all(part[:1].isupper() and part[1:].islower() for part in word.split("-"))
        and word.lower() not in ORGANISATION_WORDS for word in words)


ACCOUNT_KEYS = words("""
account accountname konto kontoname compte cuenta conto accountnaam konta user username
benutzer benutzername utilisateur usuario utente gebruiker gebruikersnaam użytkownik
uzytkownik login samaccountname targetusername subjectusername
""")
"""Words of a key whose value is a user account ("Kontoname", "Nom du compte")."""
ACCOUNT_FIELD = re.compile(
    r"(?m)^[ \t]*(?P<key>[^\W\d][^\n:=]{1,40}?)[ \t]*[:=][ \t]*"
    r"(?P<value>(?P<first>[^\W\d_][\w'’]*)(?:-[^\W\d_][\w'’]*)?\.[^\W\d_][\w'’-]*)[ \t]*$")
"""An account name "First.Last" alone after its key, as Windows' event log writes it
("Kontoname: Friedrich-Wilhelm.Ebert")."""


def account_of_a_person(key: str, value: str, first: str) -> bool:
    """Does an account key hold "First.Last": a listed first name, or two capitalised words
    ("Marcien.Brogniez"; "svc.backup" and "config.Main" are no person's)?"""
    from classifiers.names import all_first_names

    if not any(p in ACCOUNT_KEYS for p in key_words(key)):
        return False
    return first.lower() in all_first_names() or all(
        part[:1].isupper() and part[1:].islower() for part in re.split(r"[.-]", value))


class NamedFieldRecognizer(PersonSpanRecognizer):
    """A person's name as the quoted value of a key that says person (see the module)."""

    NAME = "NamedFieldRecognizer"

    def found(self, text, nlp_artifacts):
        if "=" not in text and ":" not in text:
            return []
        return [(start, end, SCORE) for start, end in self.spans(text)]

    @staticmethod
    def spans(text: str) -> list[tuple[int, int]]:
        found = []
        for match in FIELD.finditer(text):
            value = match.group("value").strip()
            if NAME_VALUE.fullmatch(value) and person_key(match.group("key")) \
                    and listed_name(value):
                start = match.start("value") + match.group("value").index(value)
                found.append((start, start + len(value)))
        for match in ACCOUNT_FIELD.finditer(text):
            if account_of_a_person(match.group("key"), match.group("value"),
                                   match.group("first")):
                found.append((match.start("value"), match.end("value")))
        return found

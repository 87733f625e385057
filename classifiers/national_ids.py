"""European national identifiers as data: per identifier its entity name, the shapes it is
written in, its `python-stdnum` check (check digits, embedded dates, reserved ranges) and
the words that announce it in its own language. Plain data and functions, no Presidio:
the driver reads the entity names from here (`classifiers.settings`).

Identifiers written only in digits (a BSN is any 9-digit number that passes mod 11: one
in eleven does) score below the threshold until a context word stands before them or
names their column; those with a shape of their own (a codice fiscale, a NIR, a NIE)
count on their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from stdnum.at import vnr as at_vnr
from stdnum.be import nn as be_nn
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import nie as es_nie
from stdnum.es import nif as es_nif
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.ie import pps as ie_pps
from stdnum.it import codicefiscale as it_cf
from stdnum.nl import bsn as nl_bsn
from stdnum.pl import pesel as pl_pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer as se_pnr

STRONG = 0.85
"""A valid number whose shape is its own (letters in fixed places, a century sign)."""
WEAK = 0.3
"""A valid number of bare digits: below the threshold until a context word lifts it."""

# UK National Insurance numbers have no check digit (stdnum has no module for them): the
# prefix rules are the whole check. Neither letter D, F, I, Q, U or V; O not second; the
# prefixes BG, GB, KN, NK, NT, TN and ZZ are never issued; suffix A to D.
_NINO = re.compile(r"(?!BG|GB|KN|NK|NT|TN|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]")


def _nino_ok(number: str) -> bool:
    return bool(_NINO.fullmatch(re.sub(r"[\s-]", "", number).upper()))


def _spanish_dni_ok(number: str) -> bool:
    """A DNI or a NIF of a person (eight digits and a letter, or K/L/M forms); company
    NIFs (a letter first, then digits) are an organisation's, not a person's."""
    compact = re.sub(r"[\s.-]", "", number).upper()
    return bool(re.fullmatch(r"\d{8}[A-Z]|[KLM]\d{7}[A-Z]", compact)) \
        and es_nif.is_valid(compact)


@dataclass(frozen=True)
class NationalId:
    entity: str
    country: str
    description: str
    regexes: tuple[str, ...]
    is_valid: Callable[[str], bool]
    score: float
    context: tuple[str, ...]


D = r"(?<![\w.,/-])"   # no digit, letter or separator glued before
E = r"(?![\w/]|[.,-]\w)"  # nor after (a full stop that ends a sentence is fine)

NATIONAL_IDS: tuple[NationalId, ...] = (
    NationalId(
        "DE_TAX_ID", "DE", "Steuerliche Identifikationsnummer (Steuer-IdNr)",
        (rf"{D}[1-9]\d(?:[ ]?\d{{3}}){{3}}{E}",),
        de_idnr.is_valid, WEAK,
        ("steuer", "steuerid", "steuer-id", "steuer-idnr", "idnr", "identifikationsnummer",
         "steueridentifikationsnummer", "tin", "tax")),
    NationalId(
        "FR_NIR", "FR", "numéro de sécurité sociale (NIR, numéro INSEE)",
        (rf"{D}[12478][ ]?\d{{2}}[ ]?(?:0[1-9]|1[0-2]|[2-9]\d)[ ]?(?:\d{{2}}|2[AB])[ ]?\d{{3}}"
         rf"[ ]?\d{{3}}(?:[ ]?\d{{2}}){E}",),
        fr_nir.is_valid, STRONG,
        ("sécurité", "securite", "sociale", "nir", "insee", "ss", "secu", "sécu", "vitale")),
    NationalId(
        "ES_NIF", "ES", "DNI / NIF of a person",
        (rf"{D}\d{{8}}[ -]?[A-Za-z]{E}", rf"{D}[KLMklm][ -]?\d{{7}}[ -]?[A-Za-z]{E}"),
        _spanish_dni_ok, STRONG,
        ("dni", "nif", "documento", "identidad", "fiscal")),
    NationalId(
        "ES_NIE", "ES", "Número de Identidad de Extranjero (NIE)",
        (rf"{D}[XYZxyz][ -]?\d{{7}}[ -]?[A-Za-z]{E}",),
        es_nie.is_valid, STRONG,
        ("nie", "extranjero", "extranjería", "identidad")),
    NationalId(
        "IT_FISCAL_CODE", "IT", "codice fiscale of a person",
        (rf"{D}[A-Za-z]{{6}}[0-9LMNPQRSTUVlmnpqrstuv]{{2}}[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{{2}}"
         rf"[A-Za-z][0-9LMNPQRSTUVlmnpqrstuv]{{3}}[A-Za-z]{E}",),
        it_cf.is_valid, STRONG,
        ("codice", "fiscale", "cf", "c.f")),
    NationalId(
        "NL_BSN", "NL", "burgerservicenummer (BSN)",
        (rf"{D}\d{{9}}{E}", rf"{D}\d{{4}}\.\d{{2}}\.\d{{3}}{E}", rf"{D}\d{{3}} \d{{3}} \d{{3}}{E}"),
        nl_bsn.is_valid, WEAK,
        ("bsn", "burgerservicenummer", "sofinummer", "sofi")),
    NationalId(
        "PL_PESEL", "PL", "numer PESEL",
        (rf"{D}\d{{11}}{E}",),
        pl_pesel.is_valid, WEAK,
        ("pesel",)),
    NationalId(
        "PT_NIF", "PT", "número de identificação fiscal (NIF) of a person",
        (rf"{D}[123]\d{{2}}[ ]?\d{{3}}[ ]?\d{{3}}{E}",),
        pt_nif.is_valid, WEAK,
        ("nif", "contribuinte", "fiscal")),
    NationalId(
        "BE_NATIONAL_NUMBER", "BE", "numéro de registre national / rijksregisternummer",
        (rf"{D}\d{{2}}\.?\d{{2}}\.?\d{{2}}[ -]?\d{{3}}[ .-]?\d{{2}}{E}",),
        be_nn.is_valid, WEAK,
        ("rijksregisternummer", "rijksregister", "registre", "national", "nn", "rrn", "niss",
         "insz")),
    NationalId(
        "AT_SOCIAL_SECURITY_NUMBER", "AT", "Sozialversicherungsnummer (SVNR)",
        (rf"{D}\d{{4}}[ ]?\d{{6}}{E}",),
        at_vnr.is_valid, WEAK,
        ("sozialversicherungsnummer", "versicherungsnummer", "svnr", "vsnr", "sv-nummer",
         "e-card")),
    NationalId(
        "SE_PERSONNUMMER", "SE", "personnummer",
        (rf"{D}(?:\d{{2}})?\d{{6}}[-+]\d{{4}}{E}", rf"{D}(?:19|20)\d{{10}}{E}"),
        se_pnr.is_valid, STRONG,
        ("personnummer", "personnr", "pnr")),
    NationalId(
        "DK_CPR", "DK", "CPR-nummer",
        (rf"{D}\d{{6}}-\d{{4}}{E}", rf"{D}\d{{10}}{E}"),
        dk_cpr.is_valid, WEAK,
        ("cpr", "cpr-nummer", "cpr-nr", "personnummer")),
    NationalId(
        "FI_PERSONAL_IDENTITY_CODE", "FI", "henkilötunnus (HETU)",
        (rf"{D}\d{{6}}[-+A-FU-Ya-fu-y]\d{{3}}[0-9A-Ya-y]{E}",),
        fi_hetu.is_valid, STRONG,
        ("henkilötunnus", "hetu", "sotu", "personbeteckning")),
    NationalId(
        "IE_PPSN", "IE", "Personal Public Service Number (PPSN)",
        (rf"{D}\d{{7}}[A-Wa-w][ABHWTXabhwtx]?{E}",),
        ie_pps.is_valid, WEAK,
        ("pps", "ppsn", "personal public service")),
    NationalId(
        "UK_NINO", "GB", "National Insurance number (no check digit: prefix rules only)",
        (rf"{D}[A-Za-z]{{2}}[ ]?\d{{2}}[ ]?\d{{2}}[ ]?\d{{2}}[ ]?[A-Da-d]{E}",),
        _nino_ok, STRONG,
        ("national insurance", "nino", "ni number", "insurance")),
)
"""Every national identifier the classifier knows, by entity name."""

NATIONAL_ID_ENTITIES = tuple(spec.entity for spec in NATIONAL_IDS)

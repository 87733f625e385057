"""Pseudonymise, don't print: names and ids taken from the input, on their way out.

Column names, record and transfer ids, datasets, endpoints, actions, operations, flow
ids and file names come from the input, and an export can put a person there (a record
keyed by an e-mail, an endpoint with `?email=`, a CSV header that is a name). Each is
checked by the classifier's cheap validators (`classifiers.identifiers`) before it is
written; one that holds a personal value is written as `pii:` and 16 hex digits of an
HMAC-SHA-256 under the tenant's pseudonym key. The same name gives the same pseudonym
on every run and runner (the key is derived once, in the driver, and travels with the
plan), so findings keep their ids and joins still line up; without the key nobody can
test guesses against a pseudonym. Everything written is also made printable
(`masking.printable`): no terminal escape or bidi override passes.

Where the key comes from (see `key_from`): the file named by the config's
`pseudonymisation.key_file`, else the environment variable FLOWAUDIT_PSEUDONYM_KEY, else
a default derived from the tenant's name and home geo. The default is stable but not
secret: anyone who knows the tenant's name can test a guessed e-mail against a
pseudonym, as with a plain hash. A tenant sets its own key to rule that out.
"""

from __future__ import annotations

import hashlib
import hmac
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache

from classifiers.identifiers import holds_personal_value
from pipelines.core.masking import printable
from pipelines.core.model import FINDING_FIELDS, Finding

PREFIX = "pii:"
DIGITS = 16
KEY_VARIABLE = "FLOWAUDIT_PSEUDONYM_KEY"
MIN_KEY_CHARS = 16
_CONTEXT = b"flowaudit pseudonym key v1\0"

INPUT_NAMES = ("transfer_id", "dataset", "operation", "connector", "action", "endpoint",
               "flow_id")
"""The fields of a finding whose values are names taken from the input."""
_TOKEN = re.compile(r"[^\s,;()]+")


class PseudonymKeyError(ValueError):
    """The configured pseudonym key cannot be used (the message says why, never the key)."""


def derive_key(secret: bytes) -> bytes:
    return hashlib.sha256(_CONTEXT + secret).digest()


def default_key(tenant_name: str, home_geo: str) -> bytes:
    return derive_key(f"default\0{tenant_name}\0{home_geo}".encode())


def key_from(key_file: str | None, tenant_name: str, home_geo: str,
             read) -> tuple[bytes, str]:
    """(key, where it came from). `read(path) -> bytes` reads the key file (bounded)."""
    if key_file:
        secret = read(key_file).strip()
        if len(secret) < MIN_KEY_CHARS:
            raise PseudonymKeyError(f"the key file holds {len(secret)} characters; a "
                                    f"pseudonym key needs at least {MIN_KEY_CHARS}")
        return derive_key(secret), "key_file"
    secret_text = os.environ.get(KEY_VARIABLE, "").strip()
    if secret_text:
        if len(secret_text) < MIN_KEY_CHARS:
            raise PseudonymKeyError(f"{KEY_VARIABLE} holds {len(secret_text)} characters; a "
                                    f"pseudonym key needs at least {MIN_KEY_CHARS}")
        return derive_key(secret_text.encode()), KEY_VARIABLE
    return default_key(tenant_name, home_geo), "default"


@dataclass(frozen=True)
class Pseudonyms:
    """Makes input names safe to write; pickles with the plan to every worker."""

    key: bytes = field(repr=False)
    source: str = "default"  # where the key came from: key_file, the variable, default
    file_names: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False,
                                          hash=False)
    """Each input file's full path -> the name outputs give it (files/inputs.py
    `input_names`), so that a run's outputs do not depend on where its inputs lay."""

    def pseudonym(self, text: str) -> str:
        digest = hmac.new(self.key, text.encode("utf-8", "surrogatepass"), hashlib.sha256)
        return PREFIX + digest.hexdigest()[:DIGITS]

    def name(self, text: str | None) -> str | None:
        """The name as it may be written: its pseudonym if it holds a personal value."""
        if text is None:
            return None
        return _safe(self, text)

    def path(self, text: str | None) -> str | None:
        """A file as outputs name it: an input file by its name among the inputs, any
        other path in full; each part judged alone: `exports/pii:3f9a…/notes.jsonl`."""
        if text is None:
            return None
        return self.location(self.file_names.get(text, text))

    def location(self, text: str | None) -> str | None:
        """A path in full, each part judged alone (summary.json's `input_files`)."""
        if text is None:
            return None
        parts = re.split(r"([/\\])", text)
        return "".join(part if part in ("/", "\\") else _safe_file_name(self, part)
                       for part in parts)

    def text(self, text: str | None, replacements: dict[str, str] | None = None) -> str | None:
        """Free text we wrote around input names (a message, a reason): the names known
        to be in it replaced by what `name` made of them, then any other token that holds
        a personal value by its pseudonym."""
        if text is None:
            return None
        for raw in sorted(replacements or (), key=len, reverse=True):
            if raw and raw != replacements[raw]:
                text = text.replace(raw, replacements[raw])
        text = _TOKEN.sub(lambda m: self.pseudonym(m.group()) if not m.group().startswith(
            PREFIX) and holds_personal_value(m.group(), names=False) else m.group(), text)
        return printable(text)

    def finding(self, finding: Finding) -> Finding:
        """A finding as it may be written; its id follows its written subject."""
        details = dict(finding.details)
        replacements: dict[str, str] = {}
        for name in INPUT_NAMES:
            value = details.get(name)
            if isinstance(value, str):
                details[name] = replacements[value] = self.name(value)
        if isinstance(details.get("input_file"), str):  # where the evidence was read
            details["input_file"] = self.path(details["input_file"])
        samples = details.get("sample_record_ids")
        if samples:
            safe = [self.name(value) for value in samples]
            replacements.update(zip(samples, safe, strict=True))
            details["sample_record_ids"] = safe
        for name in FINDING_FIELDS:
            if isinstance(details.get(name), str) and name not in (*INPUT_NAMES, "input_file"):
                details[name] = printable(details[name])
        return replace(finding, subject=self.text(finding.subject, replacements),
                       message=self.text(finding.message, replacements), details=details)


@lru_cache(maxsize=65_536)
def _safe_cached(key: bytes, text: str) -> str:
    if holds_personal_value(text):
        digest = hmac.new(key, text.encode("utf-8", "surrogatepass"), hashlib.sha256)
        return PREFIX + digest.hexdigest()[:DIGITS]
    return printable(text)


def _safe(pseudonyms: Pseudonyms, text: str) -> str:
    return _safe_cached(pseudonyms.key, text)


_INPUT_SUFFIX = re.compile(r"(\.(?:jsonl|ndjson|json|csv|parquet|tsv|txt|bz2|zip|xz)(?:\.gz)?)$",
                           re.IGNORECASE)


def _safe_file_name(pseudonyms: Pseudonyms, name: str) -> str:
    """A file or folder name: a pseudonym keeps the name's type suffix (`pii:….csv`)."""
    safe = _safe(pseudonyms, name)
    if safe.startswith(PREFIX):
        suffix = _INPUT_SUFFIX.search(name)
        return safe + (suffix.group(1) if suffix else "")
    return safe


SHOWN_CHARS = 64


def quoted(value: object) -> str:
    """`shown` in quotes for text; numbers, booleans and null as written; any other
    value by its type only (a list or an object could hold anything)."""
    if isinstance(value, str):
        return f"'{shown(value)}'"
    if value is None or isinstance(value, bool | int | float):
        return repr(value)
    return f"a {type(value).__name__} value"


def shown(value: object) -> str:
    """A value from the user's files as an error message may quote it: never a personal
    value (an e-mail where a geo was expected), never a terminal escape, never more than
    a short name's length (a config that is a link to another file must not print it)."""
    if not isinstance(value, str):
        return f"a {type(value).__name__} value"
    if holds_personal_value(value):
        return "(a value that holds personal data, not shown)"
    text = printable(value)
    if len(text) > SHOWN_CHARS:  # no name is this long: a secret, or another file's text
        return f"(a {len(value)}-character value, not shown)"
    return text

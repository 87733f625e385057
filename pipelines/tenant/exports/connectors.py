"""Connector list exports: the tenant's connector catalogue, and the unblockable ones.

Shapes: ``connectors_get_apis`` (``{"value": [...]}``), ``connectors_get_virtual`` and
``connectors_get_unblockable`` (bare lists) of ``{"id", "name", ...}`` objects; bare id
strings are accepted too.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import Any

from pipelines.tenant.dlp import normalise_connector_id
from pipelines.tenant.exports.document import read_document
from pipelines.tenant.exports.problems import Problems, join, value_list

__all__ = ["connector_names", "load_connector_catalogue", "load_connector_names",
           "load_unblockable"]


def _connector_ids(
    path: str | os.PathLike[str], keep: Callable[[Any], bool] = lambda item: True
) -> frozenset[str]:
    """Normalised ids of the listed connectors that ``keep`` accepts."""
    problems = Problems()
    items, where = value_list(read_document(path))
    found: set[str] = set()
    for i, item in enumerate(problems.expect_list(items, where)):
        if not keep(item):
            continue
        ident = problems.reference(item, join(where, i), "connector")
        if ident is not None:
            found.add(normalise_connector_id(ident[0]))
    problems.raise_if_any(path)
    return frozenset(found)


def _not_marked_blockable(item: Any) -> bool:
    """False only for an entry whose ``metadata.unblockable`` says false."""
    meta = item.get("metadata") if isinstance(item, Mapping) else None
    return not (isinstance(meta, Mapping) and meta.get("unblockable") is False)


def load_unblockable(path: str | os.PathLike[str]) -> frozenset[str]:
    """Connectors Power Platform will not let a policy block (``connectors_get_unblockable``).

    Shape: ``[{"id": ".../shared_approvals", "metadata": {"unblockable": true}}]``; a
    ``{"value": [...]}`` wrapper and bare id strings are accepted too.
    """
    return _connector_ids(path, keep=_not_marked_blockable)


def load_connector_catalogue(path: str | os.PathLike[str]) -> frozenset[str]:
    """Connector ids of a catalogue export: ``connectors_get_apis`` (``{"value": [...]}``),
    ``connectors_get_virtual`` or ``connectors_get_unblockable`` (bare lists).

    Used by ``flowaudit validate`` to spot connector ids a policy names that the
    tenant's catalogue does not know (typos; custom connectors are not listed there).
    """
    return _connector_ids(path)


def _display_name(item: Mapping[str, Any], ident: str) -> str | None:
    """The display name a catalogue entry (``properties.displayName``), a virtual connector
    (``metadata.name``) or a policy's connector reference (``name``) gives a connector."""
    for holder, key in ((item.get("properties"), "displayName"), (item.get("metadata"), "name"),
                        (item, "name")):
        if isinstance(holder, Mapping):
            name = holder.get(key)
            if isinstance(name, str) and name.strip() \
                    and normalise_connector_id(name) != normalise_connector_id(ident):
                return name.strip()
    return None


def connector_names(document: Any) -> dict[str, str]:
    """Display name (lower case) -> connector id, from anything in ``document`` that
    names a connector by id and display name: catalogue exports, virtual and unblockable
    lists, and the connector references inside DLP policy exports. Audit records name
    connectors by display name only ('Office 365 Outlook'), so this is how they are
    mapped to the ids policies use."""
    found: dict[str, str] = {}
    stack = [document]
    while stack:
        value = stack.pop()
        if isinstance(value, Mapping):
            ident = value.get("id")
            if isinstance(ident, str) and ident.strip():
                name = _display_name(value, ident)
                if name:
                    found.setdefault(name.lower(), normalise_connector_id(ident))
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
    return found


def load_connector_names(path: str | os.PathLike[str]) -> dict[str, str]:
    return connector_names(read_document(path))

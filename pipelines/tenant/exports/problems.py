"""Every problem of one tenant export, each under the key path that leads to it.

Loaders walk a parsed document and, rather than stop at the first surprise, record it
(``value[3].properties.azureRegions: expected a list``) and go on, so that
``flowaudit validate`` prints every problem of a file at once. The steps every walk
takes (expect a list, expect an object, pick one of a few names, read an id) live here
once, so a surprise is worded the same way in every file.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Mapping
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.exports.document import TenantFileError

__all__ = ["Problems", "join", "place", "value_list"]

_TOP_LEVEL = "(top level)"


def join(where: str, key: str | int) -> str:
    """The key path one step down: ``value`` + 3 is ``value[3]``, + 'name' ``value[3].name``."""
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def place(where: str) -> str:
    """A key path as messages print it: the document itself is '(top level)'."""
    return where or _TOP_LEVEL


def value_list(data: Any) -> tuple[Any, str]:
    """What a BAP API list response holds under ``value`` (else the document), and its path."""
    if isinstance(data, Mapping) and "value" in data:
        return data["value"], "value"
    return data, ""


def _loose_spelling(value: str) -> str:
    """'Non-business', 'non business', 'NON_BUSINESS' -> 'nonbusiness'."""
    return "".join(value.split()).lower().replace("_", "").replace("-", "")


class Problems(list[str]):
    """Problems of one document; each names its key path (none: the whole file)."""

    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}" if where else message)

    def raise_if_any(self, source: str | os.PathLike[str]) -> None:
        """One TenantFileError listing every problem, if there is any."""
        if self:
            raise TenantFileError(source, self)

    def expect_list(self, value: Any, where: str, *, optional: bool = False) -> list[Any]:
        """``value`` if it is a list; else a problem and no items (None is fine if optional)."""
        if isinstance(value, list):
            return value
        if not (optional and value is None):
            self.add(place(where), "expected a list")
        return []

    def expect_mapping(
        self, value: Any, where: str, message: str = "expected an object"
    ) -> Mapping[str, Any] | None:
        """``value`` if it is a mapping (a JSON object); else a problem and None."""
        if isinstance(value, Mapping):
            return value
        self.add(place(where), message)
        return None

    def mappings(
        self, value: Any, where: str, *, optional: bool = False
    ) -> Iterator[tuple[int, str, Mapping[str, Any]]]:
        """Index, key path and item of each object in the list at ``where``.

        Whatever is not a list, or not an object inside it, becomes a problem as the walk
        reaches it, so problems stay in document order.
        """
        for i, item in enumerate(self.expect_list(value, where, optional=optional)):
            here = join(where, i)
            if self.expect_mapping(item, here) is not None:
                yield i, here, item

    def choice(self, value: Any, table: Mapping[str, Any], allowed: str, where: str) -> Any:
        """Look ``value`` up ignoring case, spaces, '-' and '_'; else record what is allowed."""
        if isinstance(value, str):
            found = {_loose_spelling(k): v for k, v in table.items()}.get(_loose_spelling(value))
            if found is not None:
                return found
        self.add(where, f"{quoted(value)} is not one of {allowed}")
        return None

    def integer(self, value: Any, where: str) -> int | None:
        """An int, or a string of one (exports write both); booleans are not integers."""
        if isinstance(value, bool) or not isinstance(value, int | str):
            self.add(where, f"expected an integer, got {quoted(value)}")
            return None
        try:
            return int(value)
        except ValueError:
            self.add(where, f"expected an integer, got {quoted(value)}")
            return None

    def id_list(self, value: Any, where: str, what: str) -> list[tuple[str, str]]:
        """Non-empty id strings with the key path of each (a lone string is a list of one)."""
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list):
            self.add(where, f"expected a list of {what} ids")
            return []
        found = []
        for i, item in enumerate(value):
            if isinstance(item, str) and item.strip():
                found.append((item, join(where, i)))
            else:
                self.add(join(where, i), f"expected a {what} id, got {quoted(item)}")
        return found

    def reference(self, item: Any, where: str, what: str) -> tuple[str, str] | None:
        """The id of a ``{id, name, type}`` reference (or a bare string) and its key path.

        Keyed on ``id``: in exports ``name`` is sometimes a display name ('SQL Server').
        """
        if isinstance(item, str) and item.strip():
            return item, where
        if isinstance(item, Mapping):
            for key in ("id", "name"):
                value = item.get(key)
                if isinstance(value, str) and value.strip():
                    return value, join(where, key)
        self.add(where, f"expected a {what} id")
        return None

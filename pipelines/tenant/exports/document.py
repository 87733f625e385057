"""Reading a tenant export (locations, environments, DLP policies, connectors, service tags).

Every loader reads its file here and reports through the one error type here, so the
config validator handles a single exception and prints every problem of every file.
"""

from __future__ import annotations

import codecs
import json
import os
from collections.abc import Iterable
from typing import Any

from pipelines.files.bounded import UnreadableFile, read_bounded
from pipelines.files.safe_yaml import YamlError, load_yaml

__all__ = ["TenantFileError", "read_document"]


class TenantFileError(ValueError):
    """A tenant file (locations, environments, DLP policies, service tags) is unusable.

    Carries every problem found in the file, not just the first, so that
    ``flowaudit validate`` can print them all in one go. Each problem names the key
    path inside the file, e.g. ``value[3].properties.azureRegions: expected a list``.
    """

    def __init__(self, path: str | os.PathLike[str], problems: Iterable[str]):
        self.path = os.fspath(path)
        self.problems: list[str] = list(problems) or ["unusable file"]
        lines = "\n".join(f"  - {p}" for p in self.problems)
        count = len(self.problems)
        super().__init__(f"{self.path}: {count} problem{'s' * (count != 1)}:\n{lines}")


def read_document(path: str | os.PathLike[str]) -> Any:
    """Parse a JSON or YAML file as exported by PowerShell, the BAP API or a person.

    Why not just ``json.load``: Windows PowerShell's ``Out-File`` writes UTF-16 with a
    BOM and ``Set-Content`` often UTF-8 with a BOM; both must load. ``.yaml``/``.yml``
    go through the safe YAML loader; anything else is tried as JSON first, then YAML.
    Only a regular file under the size cap is read (files/bounded.py). Raises
    TenantFileError (never OSError) so callers handle one exception type.
    """
    name = os.fspath(path)
    raw = _read_bytes(name)
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        encoding = "utf-8-sig"
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        raise TenantFileError(name, [f"not {encoding} text: {exc.reason}"]) from exc
    if not text.strip():
        raise TenantFileError(name, ["file is empty"])
    is_yaml = name.lower().endswith((".yaml", ".yml"))
    if not is_yaml:
        try:
            return json.loads(text)
        except RecursionError:
            raise TenantFileError(name, ["nested too deeply to be an export (JSON)"]) from None
        except json.JSONDecodeError as exc:
            json_problem = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            if name.lower().endswith(".json"):
                raise TenantFileError(name, [json_problem]) from exc
    try:
        return load_yaml(text)
    except YamlError as exc:
        raise TenantFileError(name, [exc.message("invalid YAML", detail=True)]) from exc


def _read_bytes(name: str) -> bytes:
    """A local file, or one in object storage (`azfs://`, ...) through Beam's FileSystems:
    workers on a cluster read the files the config names from there. Only a regular file
    under the size cap is read (files/bounded.py)."""
    try:
        return read_bounded(name)
    except UnreadableFile as exc:
        raise TenantFileError(name, [f"cannot read file: {exc}"]) from exc
    except OSError as exc:
        raise TenantFileError(name, [f"cannot read file: {exc.strerror or exc}"]) from exc
    except Exception as exc:  # noqa: BLE001 - Beam wraps the store's errors
        raise TenantFileError(name, [f"cannot read file: {type(exc).__name__}"]) from exc

"""Resolve --records/--transfers arguments into concrete files before anything runs.

A path that matches nothing is a usage error (exit 2), never an empty audit that
reads as clean.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from apache_beam.io.filesystems import FileSystems

from pipelines.readers import format_of


class InputError(ValueError):
    pass


def _is_glob(pattern: str) -> bool:
    return any(char in pattern for char in "*?[")


def resolve_inputs(patterns: Iterable[str], flag: str) -> list[str]:
    files: list[str] = []
    for pattern in patterns:
        local = "://" not in pattern
        if local and os.path.isdir(pattern):
            found = sorted(
                os.path.join(root, name)
                for root, _, names in os.walk(pattern)
                for name in names
                if format_of(name) and not name.startswith(".")
            )
            if not found:
                raise InputError(f"{flag}: folder '{pattern}' holds no .jsonl, .ndjson, .csv "
                                 "or .parquet file")
            files.extend(os.path.abspath(path) for path in found)
            continue
        if local and not _is_glob(pattern):
            if not os.path.exists(pattern):
                raise InputError(f"{flag}: no such file '{pattern}'")
            if not os.access(pattern, os.R_OK):
                raise InputError(f"{flag}: cannot read '{pattern}' (permission denied)")
        try:
            matched = FileSystems.match([pattern])[0].metadata_list
        except Exception as error:  # noqa: BLE001 - Beam raises BeamIOError and friends
            raise InputError(f"{flag}: cannot list '{pattern}' ({type(error).__name__})") from None
        paths = sorted(m.path for m in matched if not m.path.endswith("/"))
        if not paths:
            raise InputError(f"{flag}: '{pattern}' matches no file")
        for path in paths:
            if local and os.path.isdir(path):
                continue
            if format_of(path) is None:
                if _is_glob(pattern):
                    continue
                raise InputError(f"{flag}: '{path}' is not a supported file type "
                                 "(.jsonl, .ndjson, .csv, .parquet, optionally .gz for text)")
            files.append(os.path.abspath(path) if local else path)
    return sorted(dict.fromkeys(files))

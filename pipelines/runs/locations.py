"""Where a finding's evidence is: an input file and row, or the config key of a DLP
policy. Recorded in summary.json at run time (`locations`) so that SARIF and OCSF can be
written again from a finished run (`flowaudit export`) with the same bytes.

Paths are shown relative to the folder the run started in (its working directory),
which is what a CI checkout's code-scanning view resolves them against.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePosixPath
from urllib.parse import quote

from pipelines.config import AuditConfig
from pipelines.files import storage
from pipelines.files.readers import TEXT_FORMATS, format_of
from pipelines.files.safe_yaml import item_lines

SRCROOT = "%SRCROOT%"
"""SARIF's conventional base id for paths relative to the analysed tree."""


def run_locations(config: AuditConfig, working_directory: str) -> dict:
    """summary.json's `locations`: the working directory, and each DLP policy's config
    key with the line its entry starts on (None when the config cannot be read again)."""
    try:
        lines = item_lines(storage.read_bytes(config.path).decode("utf-8"), "dlp_policies")
    except (OSError, UnicodeDecodeError):  # Beam's errors are OSErrors too
        lines = []
    policies = []
    for label, key in config.policy_keys:
        index = int(key[key.index("[") + 1:key.index("]")])
        policies.append({"policy": label, "key": key,
                         "line": lines[index] if index < len(lines) else None})
    return {"working_directory": working_directory, "dlp_policies": policies}


def artifact_uri(path: str, working_directory: str | None) -> tuple[str, str | None]:
    """(URI, base id): relative to the working directory under SRCROOT when the file is
    inside it, else an absolute file URI (or the object-storage URL as given)."""
    if "://" in path:
        return path, None
    absolute = Path(os.path.abspath(path))
    if working_directory:
        base = Path(working_directory)
        if absolute == base or base in absolute.parents:
            relative = PurePosixPath(*absolute.relative_to(base).parts)
            return quote(str(relative)), SRCROOT
    return absolute.as_uri(), None


def input_path(name: str, summary: dict) -> str:
    """The full path of the input file a finding names (summary.json `input_files`);
    runs from before that map named their files in full."""
    return (summary.get("input_files") or {}).get(name, name)


def base_uri(working_directory: str) -> str:
    """SRCROOT's absolute URI: a folder, so it ends with '/'."""
    uri = Path(working_directory).as_uri()
    return uri if uri.endswith("/") else uri + "/"


def policy_entries(policy: str | None, summary: dict) -> list[dict]:
    """The recorded DLP policies a finding's `policy` text names. A rule joins the labels
    of several denying policies with ', ' in sorted order, and a label may hold ', '
    itself, so the text is split into known labels that rebuild it exactly."""
    if not policy:
        return []
    known = (summary.get("locations") or {}).get("dlp_policies") or []
    labels = _split_labels(policy, sorted({entry["policy"] for entry in known}))
    return [entry for entry in known if entry["policy"] in labels]


def _split_labels(text: str, labels: list[str], earlier: str = "") -> set[str]:
    """Known labels, in sorted order, whose ', ' join is `text`; empty if none is."""
    if text in labels and text >= earlier:
        return {text}
    for label in labels:
        if label >= earlier and text.startswith(label + ", "):
            rest = _split_labels(text[len(label) + 2:], labels, label)
            if rest:
                return {label, *rest}
    return set()


def counts_lines(path: str) -> bool:
    """Positions in JSON lines and CSV files are line numbers (of the text, for `.gz`);
    in Parquet they are row numbers, which no text region can show."""
    return format_of(path) in TEXT_FORMATS.values()

"""Shared helpers for the tenant-model tests (geo, environments, DLP, service tags).

Not a conftest.py on purpose: that file belongs to the pipeline tests. The fixture
files are real captures; tests/fixtures/README.md gives their sources and licences.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

FIXTURES = Path(__file__).resolve().parent / "fixtures"

POWERPLATFORM_FILES = (
    "connectors_get_apis.json",
    "connectors_get_unblockable.json",
    "connectors_get_virtual.json",
    "dlp_create_get_policy_01.json",
    "dlp_get_policies.json",
    "dlp_get_policy_01.json",
    "dlp_get_policy_02.json",
    "environment_get_environment.json",
    "getdlppolicy_v1_export.json",
    "locations_get_locations.json",
)
SERVICE_TAGS_TRIMMED = FIXTURES / "ServiceTags_trimmed.json"
SERVICE_TAGS_FULL = FIXTURES / "ServiceTags_Public.json"


def fixture(name: str) -> Path:
    return FIXTURES / name


def read_fixture(name: str) -> Any:
    return json.loads(fixture(name).read_text(encoding="utf-8"))


def write_json(directory: Path, data: Any, name: str = "doc.json") -> Path:
    path = directory / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def write_text(directory: Path, text: str, name: str) -> Path:
    path = directory / name
    path.write_text(text, encoding="utf-8")
    return path

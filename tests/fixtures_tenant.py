"""Shared values and helpers of the tenant tests (geo, environments, DLP, service tags).

Plain functions and constants; the pytest fixtures built from them are in conftest.py.
The fixture files are real captures; tests/fixtures/README.md gives their sources and
licences.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pipelines.tenant.dlp import DlpPolicy
from pipelines.tenant.environments import Environment
from pipelines.tenant.exports.dlp_file import load_policy_file

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

BUILTIN_ORDER = (
    "unitedstates", "unitedstatesfirstrelease", "europe", "asia", "australia", "india",
    "japan", "canada", "unitedkingdom", "southamerica", "france", "unitedarabemirates",
    "germany", "switzerland", "norway", "korea", "sweden", "southafrica",
)
"""The built-in catalogue's geos, in the order of configs/locations.json."""

API = "/providers/Microsoft.PowerApps/apis/"
ENV_PREFIX = "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"

SCUBA_ENV = Environment(
    id="default-ca08493a-c9c8-4db0-a9e8-d3b4bafac269",
    geo="usgov",
    region="usgovtexas",
    display_name="tqhjy (default)",
)
BAP_ENV = Environment(
    id="00000000-0000-0000-0000-000000000001",
    geo="europe",
    region="westeurope",
    display_name="displayname",
)


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


def one_policy(name: str) -> DlpPolicy:
    """The one policy of a fixture export."""
    (policy,) = load_policy_file(fixture(name))
    return policy


def tags_document(*tags: tuple[str, str, list[str]]) -> dict:
    """A service-tags document of (name, region, prefixes) tags."""
    return {"changeNumber": 1, "cloud": "Public", "values": [
        {"name": name, "id": name, "properties": {"region": region, "addressPrefixes": prefixes}}
        for name, region, prefixes in tags
    ]}

"""Power Platform environments: which geo (and region) each one keeps its data in.

Environments come from the config or from exports people already have: the BAP admin
API (one environment or a ``{"value": [...]}`` list), PowerShell
``Get-AdminPowerAppEnvironment | ConvertTo-Json`` and ScubaGear's provider export
(``environment_list``). All shapes end as the same small frozen ``Environment``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from pipelines.tenant.geo import TenantFileError, normalise_region, read_document

__all__ = ["Environment", "load_environment_file", "normalise_environment_id"]


@dataclass(frozen=True)
class Environment:
    """An environment id (normalised), its geo (BAP ``location``) and optional region."""

    id: str
    geo: str
    region: str | None = None
    display_name: str | None = None


_ENVIRONMENTS_SEGMENT = re.compile(r"(?:^|/)environments/([^/?#]*)", re.IGNORECASE)


def normalise_environment_id(value: str) -> str:
    """The bare, lower-cased environment name, whatever form the id was written in.

    Exports write ``/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/<n>``,
    DLP policies write either that or ``<n>``, PowerShell writes ``Default-<tenant>``:
    all must compare equal, so keep only the segment after the last ``environments/``.
    """
    text = str(value).strip()
    found = _ENVIRONMENTS_SEGMENT.findall(text)
    if found and found[-1]:
        text = found[-1]
    return text.strip().strip("/").lower()


# PowerShell's ConvertTo-Json flattens objects deeper than -Depth into strings like
# "@{tenantId=...; azureRegionHint=usgovtexas; displayName=x}"; ScubaGear's export has them.
def _ps_pattern(key: str) -> re.Pattern[str]:
    return re.compile(r"(?:^@\{|;\s*)" + re.escape(key) + r"=([^;}]*)")


def _ps_field(properties: Any, key: str) -> Any:
    """A field of an ``Internal.properties`` that is either an object or a PS string."""
    if isinstance(properties, Mapping):
        return properties.get(key)
    if isinstance(properties, str):
        match = _ps_pattern(key).search(properties)
        if match:
            return match.group(1).strip() or None
    return None


def _first(*values: Any) -> Any:
    for value in values:
        if value not in (None, ""):
            return value
    return None


def _key(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _parse_one(item: Any, where: str, problems: list[str]) -> Environment | None:
    """One environment in any supported shape; problems are appended, not raised."""
    if not isinstance(item, Mapping):
        problems.append(f"{where or '(top level)'}: expected an object")
        return None
    props = item.get("properties")
    props = props if isinstance(props, Mapping) else {}
    internal = item.get("Internal")
    internal = internal if isinstance(internal, Mapping) else {}
    internal_props = internal.get("properties")

    if "EnvironmentName" in item:  # PowerShell Get-AdminPowerAppEnvironment
        id_key, raw_id = "EnvironmentName", item.get("EnvironmentName")
        geo_key = "Location"
        geo = _first(item.get("Location"), internal.get("location"))
        region = _first(
            item.get("AzureRegionHint"),
            item.get("azureRegionHint"),
            item.get("AzureRegion"),
            _ps_field(internal_props, "azureRegion"),
            _ps_field(internal_props, "azureRegionHint"),
        )
        display = _first(item.get("DisplayName"), _ps_field(internal_props, "displayName"))
    elif "geo" in item and "properties" not in item:  # flowaudit's own inline form
        id_key, raw_id = "id", item.get("id")
        geo_key, geo = "geo", item.get("geo")
        region = item.get("region")
        display = item.get("display_name")
    else:  # BAP admin API
        id_key = "name" if item.get("name") else "id"
        raw_id = item.get(id_key)
        geo_key, geo = "location", item.get("location")
        region = _first(props.get("azureRegion"), props.get("azureRegionHint"))
        display = props.get("displayName")

    ok = True
    if not isinstance(raw_id, str) or not normalise_environment_id(raw_id):
        problems.append(f"{_key(where, id_key)}: expected a non-empty environment id")
        ok = False
    if not isinstance(geo, str) or not geo.strip():
        problems.append(f"{_key(where, geo_key)}: expected the environment's geo (e.g. 'europe')")
        ok = False
    if region is not None and not isinstance(region, str):
        problems.append(f"{where or '(top level)'}: region must be a string, "
                        f"got {type(region).__name__}")
        ok = False
    if display is not None and not isinstance(display, str):
        display = str(display)
    if not ok:
        return None
    return Environment(
        id=normalise_environment_id(raw_id),
        geo="".join(geo.split()).lower(),
        region=normalise_region(region) if region else None,
        display_name=display,
    )


def _items(data: Any) -> tuple[list[Any], str | None] | None:
    """The list of environment objects in a document, with the key path prefix."""
    if isinstance(data, list):
        return data, ""
    if isinstance(data, Mapping):
        for key in ("environment_list", "value", "environments"):
            if key in data:
                found = data[key]
                return (found, key) if isinstance(found, list) else None
        return [data], None
    return None


def parse_environments(data: Any, source: str = "inline") -> list[Environment]:
    """Environments from an already parsed document (see ``load_environment_file``)."""
    found = _items(data)
    if found is None:
        raise TenantFileError(
            source,
            ["expected an environment, a list of them, or an object with "
             "'value' / 'environment_list' holding a list"],
        )
    items, prefix = found
    problems: list[str] = []
    result: list[Environment] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(items):
        where = f"{prefix}[{i}]" if prefix is not None else ""
        env = _parse_one(item, where, problems)
        if env is None:
            continue
        if env.id in seen:
            problems.append(f"{where}: environment '{env.id}' already defined at {seen[env.id]}")
            continue
        seen[env.id] = where
        result.append(env)
    if problems:
        raise TenantFileError(source, problems)
    return result


def load_environment_file(path: str | os.PathLike[str]) -> list[Environment]:
    """Load environments from a BAP, PowerShell or ScubaGear export (JSON or YAML).

    Region names go through ``normalise_region``; geo and region are *not* checked
    against the catalogue here: the config validator does that with its catalogue.
    """
    return parse_environments(read_document(path), os.fspath(path))

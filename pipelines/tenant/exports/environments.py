"""Environment exports: which geo (and region) each environment keeps its data in.

Shapes: the BAP admin API (one environment or a ``{"value": [...]}`` list), PowerShell
``Get-AdminPowerAppEnvironment | ConvertTo-Json`` and ScubaGear's provider export
(``environment_list``); flowaudit's own inline form (``{id, geo, region}``) too.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.environments import Environment, normalise_environment_id
from pipelines.tenant.exports.document import TenantFileError, read_document
from pipelines.tenant.exports.problems import Problems, join, place
from pipelines.tenant.geo import normalise_geo, normalise_region

__all__ = ["load_environment_file", "parse_environments"]


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


def _parse_one(item: Any, where: str, problems: Problems) -> Environment | None:
    """One environment in any supported shape; problems are recorded, not raised."""
    if problems.expect_mapping(item, where) is None:
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
        problems.add(join(where, id_key), "expected a non-empty environment id")
        ok = False
    if not isinstance(geo, str) or not geo.strip():
        problems.add(join(where, geo_key), "expected the environment's geo (e.g. 'europe')")
        ok = False
    if region is not None and not isinstance(region, str):
        problems.add(place(where), f"region must be a string, got {type(region).__name__}")
        ok = False
    if display is not None and not isinstance(display, str):
        display = str(display)
    if not ok:
        return None
    return Environment(
        id=normalise_environment_id(raw_id),
        geo=normalise_geo(geo),
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
    problems = Problems()
    result: list[Environment] = []
    seen: dict[str, str] = {}
    for i, item in enumerate(items):
        where = join(prefix, i) if prefix is not None else ""
        env = _parse_one(item, where, problems)
        if env is None:
            continue
        if env.id in seen:
            problems.add(where, f"environment {quoted(env.id)} already defined at {seen[env.id]}")
            continue
        seen[env.id] = where
        result.append(env)
    problems.raise_if_any(source)
    return result


def load_environment_file(path: str | os.PathLike[str]) -> list[Environment]:
    """Load environments from a BAP, PowerShell or ScubaGear export (JSON or YAML).

    Region names go through ``normalise_region``; geo and region are *not* checked
    against the catalogue here: the config validator does that with its catalogue.
    """
    return parse_environments(read_document(path), os.fspath(path))

"""BAP ``GET .../locations`` exports: the geos of a tenant and the regions of each.

flowaudit ships one (``configs/locations.json``) as its built-in catalogue; a config may
name a tenant's own export instead.
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Mapping
from importlib.resources import files
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.exports.document import TenantFileError, read_document
from pipelines.tenant.exports.problems import Problems, join, place, value_list
from pipelines.tenant.geo import Geo, GeoCatalogue, normalise_geo, normalise_region

__all__ = ["builtin_catalogue", "load_locations_export"]


def _parse_locations(data: Any) -> tuple[tuple[Geo, ...], Problems]:
    """Geos from a BAP ``locations`` document, plus every problem found on the way."""
    problems = Problems()
    if isinstance(data, Mapping) and "value" not in data:
        problems.add("value", "missing (expected a BAP locations export or a list)")
        return (), problems
    items, prefix = value_list(data)
    geos: list[Geo] = []
    seen: dict[str, int] = {}
    for i, where, item in problems.mappings(items, prefix):
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.add(join(where, "name"), "expected a non-empty string")
            continue
        key = normalise_geo(name)
        if key in seen:
            problems.add(join(where, "name"),
                         f"geo {quoted(name)} already defined at {join(prefix, seen[key])}")
            continue
        seen[key] = i
        props = problems.expect_mapping(item.get("properties"), join(where, "properties"))
        if props is None:
            continue
        display = props.get("displayName", key)
        if not isinstance(display, str):
            problems.add(join(where, "properties.displayName"), "expected a string")
            display = key
        regions = props.get("azureRegions")
        if not isinstance(regions, list):
            what = "missing" if regions is None else "expected a list"
            problems.add(join(where, "properties.azureRegions"), what)
            continue
        good: set[str] = set()
        for j, region in enumerate(regions):
            if isinstance(region, str) and region.strip():
                good.add(normalise_region(region))
            else:
                problems.add(join(where, f"properties.azureRegions[{j}]"),
                             "expected a region name")
        geos.append(Geo(key, display, frozenset(good)))
    if not geos and not problems:
        problems.add(place(prefix), "no geo defined")
    return tuple(geos), problems


def load_locations_export(path: str | os.PathLike[str]) -> GeoCatalogue:
    """Load a BAP ``GET .../locations`` export ({"value": [...]} or a bare list)."""
    geos, problems = _parse_locations(read_document(path))
    problems.raise_if_any(path)
    return GeoCatalogue(geos)


@functools.cache
def builtin_catalogue() -> GeoCatalogue:
    """Power Platform's geos as shipped in ``configs/locations.json`` (read once)."""
    resource = files("configs").joinpath("locations.json")
    geos, problems = _parse_locations(json.loads(resource.read_text(encoding="utf-8")))
    if problems:  # pragma: no cover - the bundled file is tested
        raise TenantFileError(str(resource), problems)
    return GeoCatalogue(geos)

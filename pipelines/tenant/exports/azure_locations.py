"""``az account list-locations`` (or ARM ``GET /subscriptions/{id}/locations``): every Azure
region with its geography and its paired region.

Power Platform's locations list names only the regions Power Platform stores data in, so a
record in ``polandcentral`` or a replica in ``southcentralus`` would otherwise be "unknown".
flowaudit ships one capture (``configs/azure_locations.json``) and adds its regions to the
geo catalogue: a region Power Platform does not list joins the Power Platform geos that list
another region of the same Azure geography (``centralus`` joins ``unitedstates``, which
lists ``eastus``), or else a geo of its own named after its Azure geography (``poland``).
"""

from __future__ import annotations

import functools
import json
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

from pipelines.tenant.exports.document import TenantFileError, read_document
from pipelines.tenant.exports.problems import Problems, join, value_list
from pipelines.tenant.geo import Geo, GeoCatalogue, normalise_region

__all__ = ["AzureRegion", "builtin_azure_regions", "load_azure_locations", "with_azure_regions"]


@dataclass(frozen=True)
class AzureRegion:
    name: str
    display_name: str
    geography: str
    geography_group: str | None
    paired: tuple[str, ...]


def _paired(value: Any) -> tuple[str, ...]:
    """``["westus"]`` (a ``--query`` projection) or ``[{"name": "westus", "id": ...}]``."""
    names = []
    for item in value or ():
        name = item.get("name") if isinstance(item, Mapping) else item
        if isinstance(name, str) and name.strip():
            names.append(normalise_region(name))
    return tuple(names)


def parse_azure_locations(data: Any) -> tuple[tuple[AzureRegion, ...], Problems]:
    """Physical regions of a list-locations document; logical entries ('europe',
    'global', staging aliases) hold no data and are skipped."""
    problems = Problems()
    items, prefix = value_list(data)
    regions: list[AzureRegion] = []
    for _, where, item in problems.mappings(items, prefix):
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.add(join(where, "name"), "expected a region name")
            continue
        meta = item.get("metadata")
        if not isinstance(meta, Mapping):
            problems.add(join(where, "metadata"), "expected an object")
            continue
        if str(meta.get("regionType") or "").lower() != "physical":
            continue
        geography = meta.get("geography")
        if not isinstance(geography, str) or not geography.strip():
            problems.add(join(where, "metadata.geography"), "expected a geography name "
                         "(an older az CLI leaves it out: capture again with a current one)")
            continue
        regions.append(AzureRegion(normalise_region(name), str(item.get("displayName") or name),
                                   geography.strip(), meta.get("geographyGroup"),
                                   _paired(meta.get("pairedRegion"))))
    if not regions and not problems:
        problems.add(prefix or "(top level)", "no physical region listed")
    return tuple(regions), problems


def load_azure_locations(path: str | os.PathLike[str]) -> tuple[AzureRegion, ...]:
    regions, problems = parse_azure_locations(read_document(path))
    problems.raise_if_any(path)
    return regions


@functools.cache
def builtin_azure_regions() -> tuple[AzureRegion, ...]:
    """The capture shipped in ``configs/azure_locations.json`` (read once)."""
    resource = files("configs").joinpath("azure_locations.json")
    regions, problems = parse_azure_locations(json.loads(resource.read_text(encoding="utf-8")))
    if problems:  # pragma: no cover - the bundled file is tested
        raise TenantFileError(str(resource), problems)
    return regions


def geo_name(geography: str) -> str:
    """'New Zealand' -> 'newzealand', 'Canary (US)' -> 'canaryus'."""
    return re.sub(r"[^a-z0-9]", "", geography.lower())


def with_azure_regions(catalogue: GeoCatalogue,
                       regions: Iterable[AzureRegion]) -> GeoCatalogue:
    """``catalogue`` knowing every region of ``regions``, their pairs and geographies.

    A region some geo already lists keeps exactly that membership. Another joins every
    geo that lists a region of its Azure geography; with none, a new geo named after the
    geography. Never merges two Azure geographies: Chile is not Brazil's South America.
    """
    regions = tuple(regions)
    geography = {r.name: r.geography for r in regions}
    by_geography: dict[str, set[str]] = {}
    for geo in catalogue.geos:
        for region in geo.regions:
            if region in geography:
                by_geography.setdefault(geography[region], set()).add(geo.name)
    additions: dict[str, set[str]] = {}
    order: list[str] = []
    for region in regions:
        if catalogue.knows_region(region.name):
            continue
        targets = sorted(by_geography.get(region.geography, ())) or [geo_name(region.geography)]
        for target in targets:
            if target not in additions:
                additions[target] = set()
                order.append(target)
            additions[target].add(region.name)
    displays = {geo_name(r.geography): r.geography for r in regions}
    geos: list[Geo] = []
    for geo in catalogue.geos:
        more = additions.pop(geo.name, None)
        geos.append(Geo(geo.name, geo.display_name, geo.regions | frozenset(more))
                    if more else geo)
    geos += [Geo(name, displays.get(name, name), frozenset(additions[name]))
             for name in order if name in additions]
    paired = dict(catalogue.paired)
    paired.update({r.name: r.paired for r in regions if r.paired})
    names = dict(catalogue.geographies)
    names.update(geography)
    return GeoCatalogue(tuple(geos), paired, names)

"""Power Platform geographies and the Azure regions each one stores data in.

Residency is judged by *membership*: a region is inside a geo when that geo's
catalogue entry lists it. A region may be listed by several geos (the preview geo
``unitedstatesfirstrelease`` shares ``eastus``/``westus`` with ``unitedstates``), so
there is deliberately no single region-to-geo function that rules could misuse.

Pure and Beam-free: everything here is a frozen value that pickles cheaply, so a
pipeline can ship it to workers as it is.
"""

from __future__ import annotations

import codecs
import difflib
import functools
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib.resources import files
from typing import Any

import yaml

__all__ = [
    "Geo",
    "GeoCatalogue",
    "REGION_ALIASES",
    "TenantFileError",
    "builtin_catalogue",
    "load_locations_export",
    "normalise_region",
    "read_document",
]


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
    go through ``yaml.safe_load``; anything else is tried as JSON first, then YAML.
    Raises TenantFileError (never OSError) so callers handle one exception type.
    """
    name = os.fspath(path)
    try:
        with open(name, "rb") as handle:
            raw = handle.read()
    except OSError as exc:
        raise TenantFileError(name, [f"cannot read file: {exc.strerror or exc}"]) from exc
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
        except json.JSONDecodeError as exc:
            json_problem = f"invalid JSON at line {exc.lineno} column {exc.colno}: {exc.msg}"
            if name.lower().endswith(".json"):
                raise TenantFileError(name, [json_problem]) from exc
    try:
        return yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1} column {mark.column + 1}" if mark else ""
        reason = getattr(exc, "problem", None) or str(exc)
        raise TenantFileError(name, [f"invalid YAML{where}: {reason}"]) from exc


# Service-tag spellings of Azure regions -> ARM region names.
#
# Source: ``properties.region`` of every tag in Microsoft's ServiceTags_Public.json
# (changeNumber 240, public cloud). Most values already are ARM names; these are the
# ones that are not. Each mapping is backed by the names Microsoft gives the regional
# tags of that region, e.g. the 43 tags with region ``centralfrance`` are called
# ``<Service>.FranceCentral``; ``usstagec`` tags are ``<Service>.SouthCentralUSSTG``.
# Left as they are, because no public ARM name could be confirmed for them:
# ``brazilne`` (only ``AzureCloud.brazilne``), ``northeurope2``, ``uknorth``,
# ``uksouth2`` (these three are named the same in their tags).
REGION_ALIASES: Mapping[str, str] = {
    "brazilse": "brazilsoutheast",
    "centralfrance": "francecentral",
    "southfrance": "francesouth",
    "germanyn": "germanynorth",
    "germanywc": "germanywestcentral",
    "norwaye": "norwayeast",
    "norwayw": "norwaywest",
    "switzerlandn": "switzerlandnorth",
    "switzerlandw": "switzerlandwest",
    "usstagec": "southcentralusstg",
}


def _squash(name: str) -> str:
    """Lower-case and drop all whitespace: 'West Europe' and 'westeurope' are one name."""
    return "".join(str(name).split()).lower()


def normalise_region(name: str) -> str:
    """Return the ARM name of a region given in any spelling users and files have.

    Display names ('West Europe'), ARM names and service-tag spellings ('germanywc')
    all map to the ARM name. Unknown names come back lower-cased without spaces:
    whether a region is known is the catalogue's decision, not this function's.
    """
    squashed = _squash(name)
    return REGION_ALIASES.get(squashed, squashed)


def _normalise_geo(name: str) -> str:
    return _squash(name)


@dataclass(frozen=True)
class Geo:
    """One Power Platform geography: where an environment's data is stored at rest."""

    name: str
    display_name: str
    regions: frozenset[str]


@dataclass(frozen=True)
class GeoCatalogue:
    """The geographies of a tenant, in the order of the locations file.

    Order matters only for ``home_geo_of_region`` tie-breaks (``unitedstates`` is
    listed before ``unitedstatesfirstrelease``); membership questions never depend on it.
    """

    geos: tuple[Geo, ...]
    _by_name: dict[str, Geo] = field(init=False, repr=False, compare=False, hash=False)
    _by_region: dict[str, tuple[str, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        by_name: dict[str, Geo] = {}
        by_region: dict[str, list[str]] = {}
        for geo in self.geos:
            by_name.setdefault(_normalise_geo(geo.name), geo)
            for region in sorted(geo.regions):
                by_region.setdefault(region, []).append(geo.name)
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_by_region", {r: tuple(g) for r, g in by_region.items()})

    def geo(self, name: str) -> Geo | None:
        """The geo called ``name`` (case and spaces ignored), or None."""
        return self._by_name.get(_normalise_geo(name))

    def has_geo(self, name: str) -> bool:
        return _normalise_geo(name) in self._by_name

    def knows_region(self, region: str) -> bool:
        """True if any geo lists the region (after normalise_region)."""
        return normalise_region(region) in self._by_region

    def geos_of_region(self, region: str) -> tuple[str, ...]:
        """Every geo that lists the region, in catalogue order (may be several)."""
        return self._by_region.get(normalise_region(region), ())

    def home_geo_of_region(self, region: str, prefer: str | None = None) -> str | None:
        """The geo a record stored in ``region`` belongs to, for records without environment.

        ``prefer`` (typically the tenant's home geo) wins when it lists the region, so
        an ``eastus`` record of a ``unitedstatesfirstrelease`` tenant stays there;
        otherwise the first listing geo in catalogue order; None if no geo lists it.
        """
        listing = self.geos_of_region(region)
        if not listing:
            return None
        if prefer is not None:
            preferred = self.geo(prefer)
            if preferred is not None and preferred.name in listing:
                return preferred.name
        return listing[0]

    def contains(self, geo: str, region: str) -> bool:
        """True if ``geo`` lists ``region``: the residency test. Unknown geo -> False."""
        found = self.geo(geo)
        return found is not None and normalise_region(region) in found.regions

    def with_extra_regions(self, extra: Mapping[str, Iterable[str]]) -> GeoCatalogue:
        """A catalogue where the config's ``geos:`` entries add regions or whole geos.

        Extra regions are added to a known geo (its order is kept); unknown geo names
        become new geos at the end, in the mapping's order, named as normalised.
        """
        additions: dict[str, set[str]] = {}
        order: list[str] = []
        for name, regions in extra.items():
            key = _normalise_geo(name)
            if isinstance(regions, str):
                regions = [regions]
            if key not in additions:
                additions[key] = set()
                order.append(key)
            additions[key].update(normalise_region(r) for r in regions)
        geos: list[Geo] = []
        for geo in self.geos:
            key = _normalise_geo(geo.name)
            more = additions.pop(key, None)
            if more:
                geo = Geo(geo.name, geo.display_name, geo.regions | frozenset(more))
            geos.append(geo)
        for key in order:
            if key in additions:
                geos.append(Geo(key, key, frozenset(additions[key])))
        return GeoCatalogue(tuple(geos))

    def suggest_geo(self, name: str) -> str | None:
        """The closest known geo name, for 'did you mean' in error messages."""
        return _closest(_normalise_geo(name), [g.name for g in self.geos])

    def suggest_region(self, name: str) -> str | None:
        """The closest known region name, for 'did you mean' in error messages."""
        return _closest(normalise_region(name), sorted(self._by_region))

    @property
    def regions(self) -> frozenset[str]:
        """Every region some geo lists."""
        return frozenset(self._by_region)


def _closest(word: str, candidates: list[str]) -> str | None:
    matches = difflib.get_close_matches(word, candidates, n=1, cutoff=0.6)
    return matches[0] if matches else None


def _parse_locations(data: Any) -> tuple[tuple[Geo, ...], list[str]]:
    """Geos from a BAP ``locations`` document, plus every problem found on the way."""
    problems: list[str] = []
    if isinstance(data, Mapping):
        if "value" not in data:
            return (), ["value: missing (expected a BAP locations export or a list)"]
        items, prefix = data["value"], "value"
    else:
        items, prefix = data, ""
    if not isinstance(items, list):
        return (), [f"{prefix or '(top level)'}: expected a list"]
    geos: list[Geo] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(items):
        where = f"{prefix}[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{where}: expected an object")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}.name: expected a non-empty string")
            continue
        key = _normalise_geo(name)
        if key in seen:
            problems.append(f"{where}.name: geo '{name}' already defined at {prefix}[{seen[key]}]")
            continue
        seen[key] = i
        props = item.get("properties")
        if not isinstance(props, Mapping):
            problems.append(f"{where}.properties: expected an object")
            continue
        display = props.get("displayName", key)
        if not isinstance(display, str):
            problems.append(f"{where}.properties.displayName: expected a string")
            display = key
        regions = props.get("azureRegions")
        if not isinstance(regions, list):
            what = "missing" if regions is None else "expected a list"
            problems.append(f"{where}.properties.azureRegions: {what}")
            continue
        good: set[str] = set()
        for j, region in enumerate(regions):
            if isinstance(region, str) and region.strip():
                good.add(normalise_region(region))
            else:
                problems.append(f"{where}.properties.azureRegions[{j}]: expected a region name")
        geos.append(Geo(key, display, frozenset(good)))
    if not geos and not problems:
        problems.append(f"{prefix or '(top level)'}: no geo defined")
    return tuple(geos), problems


def load_locations_export(path: str | os.PathLike[str]) -> GeoCatalogue:
    """Load a BAP ``GET .../locations`` export ({"value": [...]} or a bare list)."""
    geos, problems = _parse_locations(read_document(path))
    if problems:
        raise TenantFileError(path, problems)
    return GeoCatalogue(geos)


@functools.cache
def builtin_catalogue() -> GeoCatalogue:
    """Power Platform's geos as shipped in ``configs/locations.json`` (read once)."""
    resource = files("configs").joinpath("locations.json")
    geos, problems = _parse_locations(json.loads(resource.read_text(encoding="utf-8")))
    if problems:  # pragma: no cover - the bundled file is tested
        raise TenantFileError(str(resource), problems)
    return GeoCatalogue(geos)

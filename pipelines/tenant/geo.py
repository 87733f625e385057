"""Power Platform geographies and the Azure regions each one stores data in.

Residency is judged by *membership*: a region is inside a geo when that geo's
catalogue entry lists it. A region may be listed by several geos (the preview geo
``unitedstatesfirstrelease`` shares ``eastus``/``westus`` with ``unitedstates``), so
there is deliberately no single region-to-geo function that rules could misuse.

Pure and Beam-free: everything here is a frozen value that pickles cheaply, so a
pipeline can ship it to workers as it is.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from pipelines.tenant.names import closest_name

__all__ = ["EU_EFTA_GEOGRAPHIES", "Geo", "GeoCatalogue", "REGION_ALIASES", "normalise_geo",
           "normalise_region"]

EU_EFTA_GEOGRAPHIES = frozenset({
    # Azure's "Europe" geography: West Europe (Netherlands) and North Europe (Ireland)
    "europe",
    # the European Union
    "austria", "belgium", "bulgaria", "croatia", "cyprus", "czechia", "czechrepublic",
    "denmark", "estonia", "finland", "france", "germany", "greece", "hungary", "ireland",
    "italy", "latvia", "lithuania", "luxembourg", "malta", "netherlands", "poland",
    "portugal", "romania", "slovakia", "slovenia", "spain", "sweden",
    # EFTA
    "iceland", "liechtenstein", "norway", "switzerland",
})
"""Azure geography names (lower case, no spaces) inside the EU Data Boundary, which
Microsoft draws around the EU and EFTA countries."""


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


def _lower_without_spaces(name: str) -> str:
    """Lower-case and drop all whitespace: 'West Europe' and 'westeurope' are one name."""
    return "".join(str(name).split()).lower()


def normalise_region(name: str) -> str:
    """Return the ARM name of a region given in any spelling users and files have.

    Display names ('West Europe'), ARM names and service-tag spellings ('germanywc')
    all map to the ARM name. Unknown names come back lower-cased without spaces:
    whether a region is known is the catalogue's decision, not this function's.
    """
    squashed = _lower_without_spaces(name)
    return REGION_ALIASES.get(squashed, squashed)


def normalise_geo(name: str) -> str:
    """The name a geo is known by: 'United States' and 'unitedstates' are one geo."""
    return _lower_without_spaces(name)


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
    paired: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)
    """Azure region -> its paired region(s): where geo-redundant storage replicates to when
    an inventory names no secondary region (``az account list-locations``)."""
    geographies: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    """Azure region -> Azure's own geography name ('Poland', 'Europe'), for the EU Data
    Boundary and for messages."""
    _by_name: dict[str, Geo] = field(init=False, repr=False, compare=False, hash=False)
    _by_region: dict[str, tuple[str, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        by_name: dict[str, Geo] = {}
        by_region: dict[str, list[str]] = {}
        for geo in self.geos:
            by_name.setdefault(normalise_geo(geo.name), geo)
            for region in sorted(geo.regions):
                by_region.setdefault(region, []).append(geo.name)
        object.__setattr__(self, "_by_name", by_name)
        object.__setattr__(self, "_by_region", {r: tuple(g) for r, g in by_region.items()})

    def geo(self, name: str) -> Geo | None:
        """The geo called ``name`` (case and spaces ignored), or None."""
        return self._by_name.get(normalise_geo(name))

    def has_geo(self, name: str) -> bool:
        return normalise_geo(name) in self._by_name

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
            key = normalise_geo(name)
            if isinstance(regions, str):
                regions = [regions]
            if key not in additions:
                additions[key] = set()
                order.append(key)
            additions[key].update(normalise_region(r) for r in regions)
        geos: list[Geo] = []
        for geo in self.geos:
            key = normalise_geo(geo.name)
            more = additions.pop(key, None)
            if more:
                geo = Geo(geo.name, geo.display_name, geo.regions | frozenset(more))
            geos.append(geo)
        for key in order:
            if key in additions:
                geos.append(Geo(key, key, frozenset(additions[key])))
        return GeoCatalogue(tuple(geos), self.paired, self.geographies)

    def suggest_geo(self, name: str) -> str | None:
        """The closest known geo name, for 'did you mean' in error messages."""
        return closest_name(normalise_geo(name), [g.name for g in self.geos])

    def suggest_region(self, name: str) -> str | None:
        """The closest known region name, for 'did you mean' in error messages."""
        return closest_name(normalise_region(name), sorted(self._by_region))

    def pairs_of(self, region: str) -> tuple[str, ...]:
        """The Azure paired region(s) of ``region``; () when unknown or unpaired."""
        return self.paired.get(normalise_region(region), ())

    def geography_of(self, region: str) -> str | None:
        """Azure's geography name of ``region`` ('Poland'), or None when unknown."""
        return self.geographies.get(normalise_region(region))

    def in_eu_boundary(self, region: str) -> bool:
        geography = self.geography_of(region)
        return geography is not None and normalise_geo(geography) in EU_EFTA_GEOGRAPHIES

    def geo_in_eu_boundary(self, name: str) -> bool:
        """Every region of the geo lies in the EU Data Boundary (and there is one)."""
        geo = self.geo(name)
        return geo is not None and bool(geo.regions) and all(
            self.in_eu_boundary(region) for region in geo.regions)

    @property
    def regions(self) -> frozenset[str]:
        """Every region some geo lists."""
        return frozenset(self._by_region)

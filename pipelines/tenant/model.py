"""The tenant as the rules see it: geos, environments, residency allowances, policies.

Built once from the validated configuration; immutable and picklable, so Beam ships
it to workers as part of the DoFns that need it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from pipelines.tenant.dlp import PolicySet, normalise_connector_id
from pipelines.tenant.environments import Environment, normalise_environment_id
from pipelines.tenant.geo import GeoCatalogue, normalise_region
from pipelines.tenant.stores import StoreMapping

TLS_VERSIONS = ("0.2", "0.3", "1.0", "1.1", "1.2", "1.3")
"""Ordered; SSL 2 and 3 sort below TLS 1.0."""


@dataclass(frozen=True)
class Tenant:
    home_geo: str
    catalogue: GeoCatalogue
    environments: tuple[Environment, ...]
    allowed_transfers: frozenset[tuple[str, str]] = frozenset()
    policies: PolicySet = field(default_factory=lambda: PolicySet(()))
    min_tls: str = "1.2"
    service_tags_file: str | None = None
    allowed_service_tags: tuple[str, ...] = ()
    name: str = ""
    eu_boundary: bool = False  # residency.boundary: eu
    stores: tuple[StoreMapping, ...] = ()  # which dataset each store holds (config stores)
    connector_names: Mapping[str, str] = field(default_factory=dict, compare=False, hash=False)
    """Connector display name (lower case) -> id, from the connector catalogue and the
    policies: audit records name connectors by display name ('Office 365 Outlook')."""

    def __post_init__(self) -> None:
        index = {env.id: env for env in self.environments}
        object.__setattr__(self, "_by_id", index)

    def environment(self, value: str) -> Environment | None:
        return self._by_id.get(normalise_environment_id(value))

    def region_geo(self, region: str) -> str | None:
        """The home geo of data known only by its region: the tenant's geo when it lists
        the region (a region may be listed by two geos), else the first geo listing it."""
        return self.catalogue.home_geo_of_region(normalise_region(region), prefer=self.home_geo)

    def allows(self, home_geo: str, region: str) -> bool:
        """Data whose home is `home_geo` may be stored in, or moved to, `region`."""
        region = normalise_region(region)
        if self.catalogue.contains(home_geo, region):
            return True
        if self.eu_boundary and self.catalogue.geo_in_eu_boundary(home_geo) \
                and self.catalogue.in_eu_boundary(region):
            return True
        return any(
            self.catalogue.contains(to_geo, region)
            for from_geo, to_geo in self.allowed_transfers
            if from_geo == home_geo
        )

    def allows_geo(self, home_geo: str, destination_geo: str) -> bool:
        """Judged by geo when the destination's region is unknown."""
        if destination_geo == home_geo or (home_geo, destination_geo) in self.allowed_transfers:
            return True
        return self.eu_boundary and self.catalogue.geo_in_eu_boundary(home_geo) \
            and self.catalogue.geo_in_eu_boundary(destination_geo)

    def connector_id(self, name: str) -> str | None:
        """The id of a connector an audit record names ('SharePoint' -> shared_sharepointonline);
        a name already written as an id passes; None when nobody can tell."""
        text = name.strip()
        found = self.connector_names.get(text.lower())
        if found:
            return found
        if text.lower().startswith("shared_") or "/apis/" in text.lower():
            return normalise_connector_id(text)
        return None

    def tls_below_minimum(self, version: str) -> bool:
        return TLS_VERSIONS.index(version) < TLS_VERSIONS.index(self.min_tls)

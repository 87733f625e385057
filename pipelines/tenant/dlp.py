"""Power Platform data-loss-prevention (DLP) policies as plain values.

A policy sorts connectors into Business (``Confidential``), Non-business
(``General``) and Blocked groups for a set of environments; connectors in no group
get the policy's default group. It may also block single connector actions, deny
endpoints per connector and classify custom connectors by URL pattern. When several
policies apply to an environment the most restrictive outcome wins, so the questions
asked here return *every* policy that blocks, never a single merged verdict.

Policies come from Power Platform exports and from flowaudit's inline YAML form; the
loaders of both are in ``pipelines.tenant.exports`` (``dlp_file`` is the entry point).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal
from urllib.parse import urlsplit

from pipelines.tenant.environments import normalise_environment_id

__all__ = [
    "ACTION_BEHAVIORS",
    "ENDPOINT_BEHAVIORS",
    "IGNORE",
    "SCOPES",
    "ActionRules",
    "ConnectorGroup",
    "CustomConnectorPattern",
    "DlpPolicy",
    "EndpointRule",
    "EndpointRules",
    "PolicySet",
    "connector_groups_in",
    "normalise_connector_id",
]


class ConnectorGroup(StrEnum):
    """The three DLP data groups, named as flowaudit's config names them.

    A ``StrEnum`` (so a ``str`` and an ``Enum``): compares equal to 'business' and
    prints as 'business' in messages and JSON output.
    """

    BUSINESS = "business"
    NON_BUSINESS = "non_business"
    BLOCKED = "blocked"


SCOPES = ("all", "only", "except")
"""Which environments a policy governs: all of them, only those listed, all except those."""

ACTION_BEHAVIORS = ("allow", "block")
"""What an action rule does with its action."""

ENDPOINT_BEHAVIORS = ("allow", "deny")
"""What an endpoint rule does with the endpoints it matches."""

IGNORE: Literal["ignore"] = "ignore"
"""A custom-connector pattern that leaves the connector to the default group."""


def normalise_connector_id(value: str) -> str:
    """The connector's short id, lower-cased: the key every policy lookup uses.

    Policies write ``/providers/Microsoft.PowerApps/apis/shared_sql``, logs often
    ``shared_sql`` or ``Shared_SQL``: keep the last path segment, lower-cased.
    """
    text = str(value).strip().rstrip("/")
    return text.rsplit("/", 1)[-1].strip().lower()


@functools.lru_cache(maxsize=4096)
def _wildcard(pattern: str) -> re.Pattern[str]:
    """Power Platform patterns: '*' matches anything, everything else is literal."""
    parts = (re.escape(p) for p in _clean(pattern).split("*"))
    return re.compile(".*".join(parts), re.IGNORECASE | re.DOTALL)


def _clean(text: str) -> str:
    text = text.strip().lower()
    return text.rstrip("/") if text != "/" else text


def _endpoint_forms(endpoint: str) -> tuple[str, ...]:
    """The spellings of an endpoint a pattern may be written against.

    Rules are written as hosts (``contoso.com``), origins (``https://*.contoso.com``)
    or full URLs (SharePoint sites), while logs record whatever the connector reached:
    a URL is matched as itself, as its origin (with and without port) and as its host.
    """
    text = _clean(endpoint)
    forms = [text]
    if "://" in text:
        parts = urlsplit(text)
        if parts.netloc:
            forms.append(f"{parts.scheme}://{parts.netloc}")
            if parts.hostname:
                forms.append(f"{parts.scheme}://{parts.hostname}")  # without port
                forms.append(parts.hostname)
    return tuple(dict.fromkeys(forms))


def _matches(pattern: str, endpoint: str) -> bool:
    regex = _wildcard(pattern)
    return any(regex.fullmatch(form) for form in _endpoint_forms(endpoint))


@dataclass(frozen=True)
class EndpointRule:
    """One ordered endpoint-filtering rule of a connector; the first match decides."""

    order: int
    pattern: str
    behavior: str  # 'allow' | 'deny'

    def matches(self, endpoint: str) -> bool:
        return _matches(self.pattern, endpoint)


@dataclass(frozen=True)
class EndpointRules:
    """A connector's endpoint rules, sorted by ``order``."""

    connector: str
    rules: tuple[EndpointRule, ...]


@dataclass(frozen=True)
class ActionRules:
    """A connector's action rules: listed actions, and a default for all others."""

    connector: str
    default_behavior: str  # 'allow' | 'block'
    actions: tuple[tuple[str, str], ...]  # (action id, 'allow' | 'block'), sorted

    def behavior_of(self, action: str) -> str:
        wanted = action.strip().lower()
        for action_id, behavior in self.actions:
            if action_id.lower() == wanted:
                return behavior
        return self.default_behavior


@dataclass(frozen=True)
class CustomConnectorPattern:
    """A custom-connector URL rule: connectors whose host matches get ``classification``."""

    order: int
    pattern: str
    classification: ConnectorGroup | Literal["ignore"]

    def matches(self, endpoint: str) -> bool:
        return _matches(self.pattern, endpoint)


@dataclass(frozen=True)
class DlpPolicy:
    """One DLP policy, with normalised connector and environment ids.

    Values are normalised in ``__post_init__`` so that a policy built by hand in a
    test compares and answers like one loaded from an export.
    """

    name: str
    display_name: str
    scope: str  # 'all' | 'only' | 'except'
    environments: frozenset[str] = frozenset()
    business: frozenset[str] = frozenset()
    non_business: frozenset[str] = frozenset()
    blocked: frozenset[str] = frozenset()
    default_group: ConnectorGroup = ConnectorGroup.NON_BUSINESS
    action_rules: tuple[ActionRules, ...] = ()
    endpoint_rules: tuple[EndpointRules, ...] = ()
    custom_connector_patterns: tuple[CustomConnectorPattern, ...] = ()
    source: str = "inline"
    _actions: dict[str, ActionRules] = field(init=False, repr=False, compare=False, hash=False)
    _endpoints: dict[str, tuple[EndpointRule, ...]] = field(
        init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        if self.scope not in SCOPES:
            raise ValueError(f"scope: {self.scope!r} is not one of {', '.join(SCOPES)}")
        setattr_ = functools.partial(object.__setattr__, self)
        setattr_("default_group", ConnectorGroup(self.default_group))
        setattr_("environments", frozenset(normalise_environment_id(e) for e in self.environments))
        for group in ("business", "non_business", "blocked"):
            setattr_(group, frozenset(normalise_connector_id(c) for c in getattr(self, group)))
        setattr_("action_rules", tuple(self.action_rules))
        setattr_("endpoint_rules", tuple(self.endpoint_rules))
        setattr_(
            "custom_connector_patterns",
            tuple(sorted(self.custom_connector_patterns, key=lambda r: r.order)),
        )
        setattr_("_actions", {normalise_connector_id(r.connector): r for r in self.action_rules})
        setattr_(
            "_endpoints",
            {
                normalise_connector_id(r.connector): tuple(sorted(r.rules, key=lambda x: x.order))
                for r in self.endpoint_rules
            },
        )

    @property
    def label(self) -> str:
        """How findings name the policy: its display name, else its name."""
        return self.display_name or self.name

    def applies_to(self, environment: str | None) -> bool:
        """Does the policy govern ``environment``?

        None means the source is known by region only: tenant-wide ('all') and
        'except' policies still apply to it, 'only' policies cannot be shown to.
        """
        if self.scope == "all":
            return True
        if environment is None:
            return self.scope == "except"
        inside = normalise_environment_id(environment) in self.environments
        return inside if self.scope == "only" else not inside

    def explicit_group(self, connector: str) -> ConnectorGroup | None:
        """The group the policy lists the connector in, or None if it is not listed."""
        key = normalise_connector_id(connector)
        if key in self.blocked:
            return ConnectorGroup.BLOCKED
        if key in self.business:
            return ConnectorGroup.BUSINESS
        if key in self.non_business:
            return ConnectorGroup.NON_BUSINESS
        return None

    def group_of(self, connector: str) -> ConnectorGroup:
        """The connector's group: the listed one, else the policy's default group."""
        return self.explicit_group(connector) or self.default_group

    def effective_group(self, connector: str, endpoint: str | None = None) -> ConnectorGroup:
        """The group, letting custom-connector URL patterns classify unlisted connectors.

        A connector the policy lists keeps its group. An unlisted one reached at
        ``endpoint`` is classified by the first matching custom-connector pattern
        (logs do not say whether a connector is custom, so any unlisted connector is
        treated as possibly custom: fail closed); 'Ignore' or no match -> default group.
        """
        listed = self.explicit_group(connector)
        if listed is not None:
            return listed
        if endpoint:
            by_pattern = self.custom_connector_group(endpoint)
            if by_pattern is not None:
                return by_pattern
        return self.default_group

    def is_blocked(self, connector: str, endpoint: str | None = None) -> bool:
        return self.effective_group(connector, endpoint) is ConnectorGroup.BLOCKED

    def action_rules_for(self, connector: str) -> ActionRules | None:
        return self._actions.get(normalise_connector_id(connector))

    def endpoint_rules_for(self, connector: str) -> tuple[EndpointRule, ...]:
        return self._endpoints.get(normalise_connector_id(connector), ())

    def is_action_blocked(self, connector: str, action: str | None) -> bool:
        """True if the connector's action rules block ``action`` (listed, else default).

        Action ids compare case-insensitively. No action or no rules -> False.
        """
        if not action or not action.strip():
            return False
        rules = self.action_rules_for(connector)
        return rules is not None and rules.behavior_of(action) == "block"

    def is_endpoint_denied(self, connector: str, endpoint: str | None) -> bool:
        """True if the first rule (by order) matching ``endpoint`` denies it.

        '*' is the only wildcard; matching ignores case. No endpoint, no rules or no
        matching rule -> False (Power Platform ends every rule list with a catch-all).
        """
        if not endpoint or not endpoint.strip():
            return False
        for rule in self.endpoint_rules_for(connector):
            if rule.matches(endpoint):
                return rule.behavior == "deny"
        return False

    def custom_connector_group(self, endpoint: str) -> ConnectorGroup | None:
        """The group custom-connector URL patterns give a connector at ``endpoint``.

        First match by order wins; 'Ignore' and no match give None (default applies).
        """
        if not endpoint or not endpoint.strip():
            return None
        for rule in self.custom_connector_patterns:
            if rule.matches(endpoint):
                return None if rule.classification == IGNORE else rule.classification
        return None


@dataclass(frozen=True)
class PolicySet:
    """Every DLP policy of the tenant, plus the connectors that can never be blocked."""

    policies: tuple[DlpPolicy, ...]
    unblockable: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        object.__setattr__(self, "policies", tuple(self.policies))
        object.__setattr__(
            self, "unblockable", frozenset(normalise_connector_id(c) for c in self.unblockable)
        )

    def applicable(self, environment: str | None) -> tuple[DlpPolicy, ...]:
        """Policies governing ``environment`` (None: region-only source), sorted by name."""
        found = (p for p in self.policies if p.applies_to(environment))
        return tuple(sorted(found, key=lambda p: (p.name, p.source)))

    def blocking_policies(
        self, environment: str | None, connector: str | None, endpoint: str | None = None
    ) -> tuple[DlpPolicy, ...]:
        """Every applicable policy that blocks the connector (blocked by one = blocked).

        Blocked means in the Blocked group, directly or as the default group, or an
        unlisted connector whose endpoint matches a Blocked custom-connector pattern.
        Connectors that Power Platform cannot block are never reported.
        """
        if not connector or normalise_connector_id(connector) in self.unblockable:
            return ()
        return tuple(p for p in self.applicable(environment) if p.is_blocked(connector, endpoint))

    def action_blocking_policies(
        self, environment: str | None, connector: str | None, action: str | None
    ) -> tuple[DlpPolicy, ...]:
        if not connector:
            return ()
        return tuple(
            p for p in self.applicable(environment) if p.is_action_blocked(connector, action)
        )

    def endpoint_denying_policies(
        self, environment: str | None, connector: str | None, endpoint: str | None
    ) -> tuple[DlpPolicy, ...]:
        if not connector:
            return ()
        return tuple(
            p for p in self.applicable(environment) if p.is_endpoint_denied(connector, endpoint)
        )


def connector_groups_in(
    policy: DlpPolicy, connectors: Iterable[str | tuple[str, str | None]]
) -> set[ConnectorGroup]:
    """The groups a flow's connectors fall in under ``policy`` (for connector-group-mix).

    Items are connector ids or ``(connector, endpoint)`` pairs, the latter letting
    custom-connector patterns classify. A flow mixes when the result holds both
    BUSINESS and NON_BUSINESS. Empty ids are skipped.
    """
    groups: set[ConnectorGroup] = set()
    for item in connectors:
        connector, endpoint = (item, None) if isinstance(item, str) else item
        if connector:
            groups.add(policy.effective_group(connector, endpoint))
    return groups

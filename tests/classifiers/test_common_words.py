"""The common words of each language (wordfreq snapshot): what tells a lower-case name from
a word where no capital does."""

from __future__ import annotations

import gzip
import importlib.resources

import pytest

from classifiers.names import common_words

WORDS = [
    # (language, word, common?)
    ("nl", "meldt", True),
    ("nl", "storing", True),
    ("nl", "walraad", False),  # a first name no list holds
    ("pl", "zgłasza", True),
    ("pl", "krzempek", False),
    ("de", "rechnung", True),
    ("de", "pregartner", False),
    ("fr", "mécontent", True),
    ("it", "esportazione", True),
    ("es", "exportación", True),
    # English, which technical text in every language borrows ("add column")
    ("en", "column", True),
    ("en", "zeldenrust", False),
]


@pytest.mark.parametrize(("language", "word", "common"), WORDS)
def test_common_words(language, word, common):
    assert (word in common_words(language)) is common


def test_the_snapshot_names_its_source_and_licence():
    raw = importlib.resources.files("classifiers").joinpath("data", "common_words.tsv.gz")
    header = gzip.decompress(raw.read_bytes()).decode("utf-8").splitlines()[0]
    assert "wordfreq" in header and "CC BY-SA 4.0" in header

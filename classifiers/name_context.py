"""A learned second look at a name found in a language without an entity model.

Name lists, forms of address and a name's shape find a person's name in German, French,
Spanish, Italian, Dutch or Polish text, but they also find the namesakes: a founder's name
on a brand, a composer's on a hall, a first name that is a word. The hand-written rules in
`classify.py` catch namesakes whose context has a telling word; this model weighs all the
words around a find at once. It is a logistic regression over sparse context features
(the words before and after the find on its line, the words near it, what the lists say
of its words, which recognizer found it), trained by `benchmarks/train_name_context.py`
on the benchmark's earlier rounds of templates, whose filled person values mark which
finds are people. The weights are plain data (`data/name_context.json.gz`): reading them
needs no machine-learning library.

It only ever removes a find, and only one whose context the model scores below the
threshold it was chosen with; a text with no other sign of a person then reads as
customer data. Pieces too short to have a context (a table's cell) and names in a table's
column under a header (the column rules' to judge) are left alone.
"""

from __future__ import annotations

import gzip
import importlib.resources
import json
import math
import re
from dataclasses import dataclass
from functools import cache

from classifiers.names import (
    all_first_names,
    common_form,
    fold,
    local_first_names,
    local_surnames,
    surnames,
)
from classifiers.recognizers.table_cells import column_header_cell

MODEL_FILE = "name_context.json.gz"
MIN_PIECE_WORDS = 5
"""A piece with fewer words than this (a table cell, a form's value) has no context to
weigh."""

STRONG = 0.85
"""The score of a find whose own evidence says person (LocalNameRecognizer's form of
address or introducing phrase, BornNameRecognizer's birth date, NamedFieldRecognizer's
key, NameColumnRecognizer's header)."""

_TOKEN = re.compile(r"\w+(?:[-'’]\w+)*|[^\w\s]")
_BULLET = re.compile(r"\s*(?:[-•*–]|\d+[.)])\s")
_NEAR = 60
"""How many characters on each side of a find count as near it."""


def weighs(piece: str, start: int, score: float) -> bool:
    """Is the find at `start` one for the model to weigh: found by a list or a shape alone
    (a form of address, an introducing phrase, a birth date or a form's label score
    `STRONG` or more: they say "person" themselves), in a piece with words enough around
    it, and not in a table's column under a header? There the column rules judge
    (`table_cells.py`): a lone breeder under "Züchter" is a person whatever the words of
    the rows around."""
    return score < STRONG and len(piece.split()) >= MIN_PIECE_WORDS \
        and column_header_cell(piece, start) is None


def _plain(token: str) -> str:
    """A token as a feature: lower case, and "#" for any with a digit (a number, a date, a
    printer's or a form's code says nothing of names beyond one template)."""
    return "#" if any(c.isdigit() for c in token) else token.lower()


def word_kind(word: str, language: str) -> str:
    """What the lists say of a word: a first name of the language or of any, a surname of
    the language or of any, a common word, or none of these."""
    folded = fold(word.lower())
    kinds = []
    if folded in local_first_names(language):
        kinds.append("lf")
    elif folded in all_first_names():
        kinds.append("af")
    if folded in local_surnames(language):
        kinds.append("ls")
    elif folded in surnames():
        kinds.append("as")
    if common_form(word.lower(), language):
        kinds.append("cw")
    return "+".join(kinds) or "none"


def context_features(piece: str, start: int, end: int, language: str, score: float,
                     recognizer: str) -> list[str]:
    """The sparse features of the find `piece[start:end]`: its recognizer and score, its
    words' kinds and case, up to three tokens on each side on its line, where it stands on
    the line, and the words near it."""
    span = piece[start:end]
    words = span.split()
    case = "low" if span == span.lower() else ("caps" if span == span.upper() else "cap")
    features = [f"lang={language}", f"rec={recognizer}", f"sc={int(score * 10)}",
                f"ntok={min(len(words), 4)}", case]
    for index, word in enumerate(words[:3]):
        kind = word_kind(word, language)
        features += [f"k{index}={kind}", f"k={kind}"]
    line_start = piece.rfind("\n", 0, start) + 1
    line_end = piece.find("\n", end)
    line_end = len(piece) if line_end < 0 else line_end
    left = [_plain(t) for t in _TOKEN.findall(piece[line_start:start])]
    right = [_plain(t) for t in _TOKEN.findall(piece[end:line_end])]
    features += [f"L{i + 1}={t}" for i, t in enumerate(reversed(left[-3:]))]
    features += [f"R{i + 1}={t}" for i, t in enumerate(right[:3])]
    if len(left) >= 2:
        features.append(f"L12={left[-2]}_{left[-1]}")
    if len(right) >= 2:
        features.append(f"R12={right[0]}_{right[1]}")
    features.append("L1k=" + (word_kind(left[-1], language)
                              if left and left[-1][0].isalpha() else "p"))
    features.append("R1k=" + (word_kind(right[0], language)
                              if right and right[0][0].isalpha() else "p"))
    if not left:
        features.append("bol")
    if not right:
        features.append("eol")
    line = piece[line_start:line_end]
    if "|" in line or "\t" in line:
        features.append("table")
    if _BULLET.match(line):
        features.append("bullet")
    if line_start == 0:
        features.append("line0")
    near = _TOKEN.findall(piece[max(0, start - _NEAR):start]) \
        + _TOKEN.findall(piece[end:end + _NEAR])
    features += sorted({f"W={t.lower()}" for t in near
                        if len(t) > 2 and not any(c.isdigit() or c == "_" for c in t)})
    return list(dict.fromkeys(features))  # each once: the model weighs presence


@dataclass(frozen=True)
class NameContextModel:
    """Weights of the features, the bias, the threshold below which a find is dropped,
    and the languages the model was trained on (it says nothing of the others)."""

    weights: dict[str, float]
    bias: float
    threshold: float
    languages: frozenset[str]

    def probability(self, features: list[str]) -> float:
        """The model's probability that the find is a person's name."""
        z = self.bias + sum(self.weights.get(feature, 0.0) for feature in features)
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def a_name_here(self, piece: str, start: int, end: int, language: str, score: float,
                    recognizer: str) -> bool:
        """Does the find's context leave it a person's name? True where the model has
        nothing to say: another language, or a piece without context."""
        if language not in self.languages or not weighs(piece, start, score):
            return True
        features = context_features(piece, start, end, language, score, recognizer)
        return self.probability(features) >= self.threshold

    def to_json(self) -> dict:
        return {"bias": self.bias, "threshold": self.threshold,
                "languages": sorted(self.languages), "weights": self.weights}

    @classmethod
    def from_json(cls, data: dict) -> NameContextModel:
        return cls(weights=dict(data["weights"]), bias=float(data["bias"]),
                   threshold=float(data["threshold"]), languages=frozenset(data["languages"]))


@cache
def bundled_model() -> NameContextModel:
    """The model shipped in `classifiers/data/`, read once per process."""
    raw = importlib.resources.files("classifiers").joinpath("data", MODEL_FILE).read_bytes()
    return NameContextModel.from_json(json.loads(gzip.decompress(raw)))

"""The name-context model's trainer (benchmarks/train_name_context.py) on hand-made finds:
what its recorder keeps, how it counts the notes a model turns, and that a fit weighs a
person's context up and a namesake's down."""

from __future__ import annotations

import pytest

from benchmarks.train_name_context import Recorder, changed, train
from classifiers.name_context import NameContextModel

LONG = "Die neue Sorte Anna Schmidt ist ab Montag erhältlich."


@pytest.mark.parametrize(("piece", "language", "kept"), [
    (LONG, "de", True),
    (LONG, "pl", True),
    (LONG, "en", False),  # the model is trained on the six languages only
    (LONG, "pt", False),
    ("Anna Schmidt", "de", False),  # no context to weigh
])
def test_the_recorder_keeps_what_the_model_would_weigh(piece, language, kept):
    recorder = Recorder()
    assert recorder.a_name_here(piece, 0, 4, language, 0.7, "LocalNameRecognizer") is True
    assert bool(recorder.finds) is kept


def _note(round_name, personal, other_sign, *features):
    return {"round": round_name, "template": f"de{len(features)}", "personal": personal,
            "other_sign": other_sign,
            "features": [(list(f), personal) for f in features]}


def test_changed_counts_notes_whose_every_find_falls_below_the_threshold():
    model = NameContextModel({"bad": -5.0, "good": 5.0}, 0.0, 0.5, frozenset({"de"}))
    notes = [
        _note("sixtieth", False, False, ["bad"]),             # turned, right
        _note("sixtieth", False, False, ["bad"], ["good"]),   # one find stays
        _note("sixtieth", True, False, ["bad"]),              # turned, wrong
        _note("sixtieth", True, True, ["bad"]),               # an e-mail keeps it
        _note("sixtyfirst", False, False, ["bad", "x"]),      # turned, right
    ]
    assert changed(model, notes) == {("sixtieth", False): 1, ("sixtieth", True): 1,
                                     ("sixtyfirst", False): 1}


def test_a_fit_weighs_a_persons_context_up_and_a_namesakes_down():
    pytest.importorskip("sklearn")
    notes = [_note("first", True, False, ["L1=kundin", "sc=7"]) for _ in range(20)] \
        + [_note("first", False, False, ["L1=sorte", "sc=7"]) for _ in range(20)]
    weights, bias, count, people = train(notes, 1.0)
    assert (count, people) == (40, 20)
    assert weights["L1=kundin"] > 0 > weights["L1=sorte"]


def test_a_fit_leaves_out_what_too_few_templates_use():
    pytest.importorskip("sklearn")
    notes = [dict(_note("first", i % 2 == 0, False, ["sc=7", f"L1=w{i}"]), template=f"de{i}")
             for i in range(20)]
    weights, *_ = train(notes, 1.0, min_templates=2)
    assert not any(name.startswith("L1=") for name in weights)
    weights, *_ = train(notes, 1.0, min_templates=1)
    assert "L1=w0" in weights

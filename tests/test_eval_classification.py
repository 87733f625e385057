"""Smoke test of the accuracy harness (benchmarks/eval_classification.py): small N, fast.

The harness itself is no test (its targets are measured, not asserted here); this keeps
it runnable, and checks its scoring on hand-made cases.
"""

from __future__ import annotations

import importlib.util

import pytest

from benchmarks.eval_classification import (
    GOLD_PERSONAL,
    PUBLIC_SET,
    Sample,
    Tally,
    load_public_set,
    main,
    score_text,
)


def test_public_set_is_there_with_its_licence_line():
    samples = load_public_set()
    assert len(samples) == 1500
    assert sum(s.personal for s in samples) == 1061  # the reference README's reading
    licence = (PUBLIC_SET.parent / "README.md").read_text(encoding="utf-8")
    assert "microsoft/presidio-research" in licence and "MIT" in licence


def test_record_and_span_scores():
    samples = [
        Sample("Call Alice", (("PERSON", 5, 10),)),
        Sample("Contoso Ltd", (("ORGANIZATION", 0, 11),)),
        Sample("Bob was here", (("PERSON", 0, 3),)),
    ]
    found = [[("PERSON", 5, 10)], [("PERSON", 0, 7)], []]
    records, spans, false_pos, false_neg = score_text(samples, found, GOLD_PERSONAL)
    assert (records.tp, records.fp, records.fn) == (1, 1, 1)
    assert (false_pos, false_neg) == ([1], [2])
    assert (spans["PERSON"].tp, spans["PERSON"].fp, spans["PERSON"].fn) == (1, 1, 1)
    assert spans["ORGANIZATION"].fn == 1


def test_f2_weighs_recall():
    tally = Tally(tp=8, fp=0, fn=8)  # precision 1.0, recall 0.5
    assert tally.f() == pytest.approx(5 * 0.5 / (4 + 0.5))


@pytest.mark.slow
def test_harness_runs_end_to_end(capsys):
    tables = 10 if importlib.util.find_spec("faker") else 0
    assert main(["--limit", "25", "--seeds", "--no-stock", "--table-rows", str(tables),
                 "--european-seeds"]) == 0
    out = capsys.readouterr().out
    assert "public set synth_dataset_v2.json: 25 records" in out
    assert "rec.precision" in out and "PERSON" in out
    if tables:
        assert "column accuracy" in out


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("presidio_evaluator") is None,
                    reason="presidio-evaluator (the `bench` extra) is not installed")
def test_unseen_sentences_are_generated_with_their_spans():
    from benchmarks.eval_classification import generate_sentences

    samples = generate_sentences(seed=5, count=5)
    assert len(samples) == 5
    for sample in samples:
        for _, start, end in sample.spans:
            assert 0 <= start < end <= len(sample.text)


@pytest.mark.slow
def test_european_part_runs_end_to_end(capsys):
    if not (importlib.util.find_spec("faker") and importlib.util.find_spec("gender_guesser")):
        pytest.skip("the European part needs the bench extra (faker, gender-guesser)")
    assert main(["--european-only", "--european-seeds", "1", "--european-table-rows", "5",
                 "--stock-table-rows", "2", "--no-stock"]) == 0
    out = capsys.readouterr().out
    assert "European record level over seeds 1" in out
    for language in ("de", "fr", "es", "it", "nl", "pl"):
        assert f"\n{language} " in out


def test_european_splits_keep_the_second_round_out_of_tuning():
    if not (importlib.util.find_spec("faker") and importlib.util.find_spec("gender_guesser")):
        pytest.skip("the European part needs the bench extra (faker, gender-guesser)")
    import sys

    from benchmarks.european_templates import NOT_PERSONAL_NEW, PERSONAL_NEW

    sys.path.insert(0, str(PUBLIC_SET.parent.parent))
    from eval_european import generate_notes, generate_tables

    for language in ("de", "fr", "es", "it", "nl", "pl"):
        assert len(PERSONAL_NEW[language]) >= 5 and len(NOT_PERSONAL_NEW[language]) >= 5
        notes = generate_notes(language, seed=3, fills=1)
        assert [n.text for n in notes] == [n.text for n in generate_notes(language, 3, 1)]
        new = [n for n in notes if n.new]
        assert len(new) == len(PERSONAL_NEW[language]) + len(NOT_PERSONAL_NEW[language])
        assert not any(n.in_split("tune") or n.in_split("held-out") or n.in_split("first")
                       for n in new)
        assert all(n.in_split("new") and n.in_split("all") for n in new)
        assert any(n.text == n.text.lower() and n.personal for n in new)  # lower-case chat
        tables = generate_tables(language, seed=3, rows=2)
        assert [t.dataset for t in tables if t.new] == ["betrieb/standorte",
                                                        "projekte/verantwortliche"]
        assert not any(t.in_split("tune") for t in tables if t.new)


@pytest.mark.parametrize(("template", "lower_as_written", "people"), [
    ("Kunde {name} ({email}) hat am {date} bestellt.", False, 1),
    ("{addr} ruft wegen {product} an, Rückruf an {first}.", False, 2),
    ("kunde {name} und {name2} rufen an: {phone}", True, 2),
    ("Lager {city}: {amount} Stück von {product}.", False, 0),
])
def test_filled_person_values_are_marked(template, lower_as_written, people):
    if not (importlib.util.find_spec("faker") and importlib.util.find_spec("gender_guesser")):
        pytest.skip("the European part needs the bench extra (faker, gender-guesser)")
    import sys

    sys.path.insert(0, str(PUBLIC_SET.parent.parent))
    from eval_european import FORMS, Filler

    text, spans = Filler("de", 5).fill_marked(template, lower_as_written)
    assert text == Filler("de", 5).fill(template, lower_as_written)
    assert len(spans) == people
    values = [text[start:end] for start, end in spans]
    assert all(value.strip() == value and value for value in values)
    if "{addr}" in template:
        assert values[0].split()[0] in FORMS["de"][0] + FORMS["de"][1]
    if lower_as_written:
        assert text == text.lower() and all(" " in value for value in values)

"""Repeated and rejected records (core/copies.py): what a read task learns of a key's
copies in file order, and the one verdict merged from them in any order."""

from __future__ import annotations

import itertools

import pytest

from pipelines.core.copies import (
    Copies,
    CopyTracker,
    CopyVerdicts,
    content_digest,
    copy_verdict,
    merge_copies,
    merge_verdicts,
    rejected_copy,
    settle,
)
from pipelines.core.model import ClassifiedRecord, PresumedRecord, Record


def record(fields=(("note", "x"),), region="westeurope") -> Record:
    return Record("d", "r1", "prod", region, "europe", False, fields, "a.jsonl", 1)


A, B = content_digest(record()), content_digest(record((("note", "y"),)))

TRACKER_CASES = [
    # (copies in file order: (place, digest or None for a rejected row)) -> news per copy
    ("once", [(1, A)], [None]),
    ("identical", [(1, A), (2, A), (7, A)], [None, Copies(1, False), Copies(1, False)]),
    ("differ", [(1, A), (2, B)], [None, Copies(1, True)]),
    ("third-differs", [(1, A), (2, A), (3, B)], [None, Copies(1, False), Copies(1, True)]),
    ("first-rejected", [(1, None), (2, A), (3, A)], [None, Copies(2, True), Copies(2, True)]),
    ("later-rejected", [(1, A), (2, None)], [None, Copies(1, True)]),
    ("all-rejected", [(1, None), (2, None)], [None, Copies(None, True)]),
]


@pytest.mark.parametrize(("copies", "news"), [c[1:] for c in TRACKER_CASES],
                         ids=[c[0] for c in TRACKER_CASES])
def test_tracker_reports_each_repeat(copies, news):
    tracker = CopyTracker()
    assert [tracker.seen(42, place, digest) for place, digest in copies] == news


def test_content_digest_sees_place_and_fields_but_not_the_row():
    assert content_digest(record()) == content_digest(
        Record("d", "r1", "prod", "westeurope", "europe", False, (("note", "x"),), "b.csv", 9))
    assert content_digest(record(region="eastus")) != A
    assert A != B and A and B


def test_copies_merge_in_any_order():
    parts = [Copies(5, False), Copies(2, True), Copies(None, False)]
    merged = {merge_copies(merge_copies(a, b), c) for a, b, c in itertools.permutations(parts)}
    assert merged == {Copies(2, True)}


def classified(category: str, source: str, entities=(), fields=()) -> ClassifiedRecord:
    return ClassifiedRecord("d", "r1", "prod", "westeurope", "europe", False, category,
                            entities, fields, source)


CUSTOMER = classified("customer", "a.jsonl")
PERSONAL = classified("personal", "b.jsonl", (("EMAIL_ADDRESS", 1),), ("email",))

SETTLE_CASES = [
    # (verdicts on the copies: (place, record or a reject reason)) -> (category, presumed,
    #  entity types, source of the record that stands for the key, note)
    ("benign-first-personal-later", [(1, CUSTOMER), (2, PERSONAL)],
     ("personal", False, (("EMAIL_ADDRESS", 1),), "a.jsonl", "its 2 copies differ")),
    ("both-benign-but-different", [(1, CUSTOMER), (2, CUSTOMER)],
     ("personal", True, (), "a.jsonl", "its 2 copies differ")),
    ("a-copy-rejected", [(1, CUSTOMER), (2, "invalid JSON")],
     ("personal", True, (), "a.jsonl", "a copy of it was rejected: invalid JSON")),
    ("the-first-copy-rejected", [(1, "repeats a key"), (2, CUSTOMER)],
     ("personal", True, (), "a.jsonl", "a copy of it was rejected: repeats a key")),
]


def _verdict(place, value) -> CopyVerdicts:
    return rejected_copy(place, value) if isinstance(value, str) else copy_verdict(place, value)


@pytest.mark.parametrize(("copies", "expected"), [c[1:] for c in SETTLE_CASES],
                         ids=[c[0] for c in SETTLE_CASES])
def test_a_conflicting_key_is_judged_as_personal(copies, expected):
    results = set()
    for order in itertools.permutations(copies):  # a combine merges in any order
        total = CopyVerdicts()
        for place, value in order:
            total = merge_verdicts(total, _verdict(place, value))
        out = settle(("d", "r1"), total)
        results.add((out.category, out.presumed, out.entity_counts, out.source, out.note))
    assert results == {expected}


def test_a_key_whose_every_copy_was_rejected_is_presumed_personal():
    total = merge_verdicts(rejected_copy(3, "NUL"), rejected_copy(1, "invalid JSON"))
    assert settle(("d", "r1"), total) == PresumedRecord(
        "d", "r1", "a row of it was rejected: invalid JSON")

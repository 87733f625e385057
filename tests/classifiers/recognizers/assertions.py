"""The checks every recognizer test makes, after Presidio's own `tests/assertions.py`."""

from __future__ import annotations

from presidio_analyzer import RecognizerResult

Expected = tuple[str, int, int, float, float]
"""One expected result: (span, start, end, lowest score, highest score)."""


def assert_result_within_score_range(result: RecognizerResult, entity: str, start: int,
                                     end: int, low: float, high: float) -> None:
    assert (result.entity_type, result.start, result.end) == (entity, start, end)
    assert low <= result.score <= high, result.score


def assert_results(results: list[RecognizerResult], text: str, entity: str,
                   expected: list[Expected]) -> None:
    """Exactly the expected results, in text order. A table's positions are checked against
    its span first, so that a miscounted row fails as such."""
    for span, start, end, _, _ in expected:
        assert text[start:end] == span, f"the row's positions frame {text[start:end]!r}"
    found = sorted(results, key=lambda r: (r.start, r.end, r.score))
    assert [(r.start, r.end) for r in found] == [(s, e) for _, s, e, _, _ in expected], [
        (text[r.start:r.end], r.score) for r in found]
    for result, (_, start, end, low, high) in zip(found, expected, strict=True):
        assert_result_within_score_range(result, entity, start, end, low, high)

"""The run's start time: the wall clock, or SOURCE_DATE_EPOCH when it is set."""

from __future__ import annotations

import re

import pytest

from pipelines.runs.clock import ClockError, epoch_millis, run_started_at


@pytest.mark.parametrize(("value", "expected"), [
    ("1795832100", "2026-11-28T02:15:00.000Z"),
    (" 0 ", "1970-01-01T00:00:00.000Z"),
])
def test_source_date_epoch_pins_the_start(value, expected):
    assert run_started_at({"SOURCE_DATE_EPOCH": value}) == expected


@pytest.mark.parametrize("environ", [{}, {"SOURCE_DATE_EPOCH": ""}])
def test_without_it_the_start_is_now_in_utc(environ):
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z", run_started_at(environ))


@pytest.mark.parametrize("value", ["yesterday", "1.5", "2026-11-28T02:15:00Z"])
def test_a_source_date_epoch_that_is_no_number_of_seconds_is_refused(value):
    with pytest.raises(ClockError, match="SOURCE_DATE_EPOCH"):
        run_started_at({"SOURCE_DATE_EPOCH": value})


@pytest.mark.parametrize(("text", "millis"), [
    ("1970-01-01T00:00:00Z", 0),
    ("2026-11-28T02:15:00.000Z", 1795832100000),
    ("2026-10-10T10:00:00.5Z", 1791626400500),
    ("2026-10-10T12:00:00+02:00", 1791626400000),
])
def test_epoch_millis(text, millis):
    assert epoch_millis(text) == millis

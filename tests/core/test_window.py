"""--since / --until: start inclusive, end exclusive, compared as instants in UTC."""

from __future__ import annotations

import argparse

import apache_beam as beam
import pytest
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.cli.launcher import window
from pipelines.cli.options import UsageError
from pipelines.core.model import Transfer
from pipelines.core.parse import parse_timestamp
from pipelines.core.window import in_window
from pipelines.transforms.parse import SelectWindow

SINCE = "2026-10-10T10:00:00Z"
UNTIL = "2026-10-20T00:00:00Z"


@pytest.mark.parametrize("timestamp, inside", [
    ("2026-10-10T10:00:00Z", True),             # exactly at since: in
    ("2026-10-10T10:00:00.000Z", True),         # the same instant written with a fraction
    ("2026-10-10T12:00:00+02:00", True),        # the same instant in another zone
    ("2026-10-10T05:00:00-05:00", True),        # ... and a negative offset
    ("2026-10-10T09:59:59.999999Z", False),     # a microsecond before since
    ("2026-10-10T11:59:59+02:00", False),       # one second before since, as +02:00
    ("2026-10-10T10:00:00.5Z", True),           # half a second after since
    ("2026-10-10T10:00:00.000001Z", True),
    ("2026-10-19T23:59:59.999999Z", True),      # a microsecond before until
    ("2026-10-20T00:00:00Z", False),            # exactly at until: out
    ("2026-10-20T02:00:00+02:00", False),       # until, as +02:00
    ("2026-10-19T23:00:00-01:00", False),       # until, as -01:00
    ("2026-10-20T01:59:59+02:00", True),        # a second before until, as +02:00
    ("2026-10-19T22:59:59.5-01:00", True),
    ("2026-10-20T00:00:00.5Z", False),
    ("2025-01-01T00:00:00Z", False),
    ("2027-01-01T00:00:00Z", False),
])
def test_window_edges(timestamp, inside):
    assert in_window(parse_timestamp(timestamp), SINCE, UNTIL) is inside


@pytest.mark.parametrize("since, until, timestamp, inside", [
    (None, None, "1999-01-01T00:00:00Z", True),
    (SINCE, None, "2999-01-01T00:00:00Z", True),
    (SINCE, None, "2026-10-10T09:59:59Z", False),
    (None, UNTIL, "1999-01-01T00:00:00Z", True),
    (None, UNTIL, UNTIL, False),
    # bounds given with offsets and fractions, as the CLI normalises them
    (parse_timestamp("2026-10-10T12:00:00.25+02:00"), None, "2026-10-10T10:00:00.25Z", True),
    (parse_timestamp("2026-10-10T12:00:00.25+02:00"), None, "2026-10-10T10:00:00.2Z", False),
    (None, parse_timestamp("2026-10-10T12:00:00.25+02:00"), "2026-10-10T10:00:00Z", True),
    (None, parse_timestamp("2026-10-10T12:00:00.25+02:00"), "2026-10-10T10:00:00.25Z", False),
])
def test_open_and_offset_bounds(since, until, timestamp, inside):
    assert in_window(timestamp, since, until) is inside


def _transfer(transfer_id: str, timestamp: str) -> Transfer:
    return Transfer(transfer_id, parse_timestamp(timestamp), "t.jsonl", 1,
                    source_environment="prod", source_geo="europe", dataset="d")


def test_select_window_splits_a_collection_on_the_edges():
    transfers = [
        _transfer("at-since", "2026-10-10T10:00:00Z"),
        _transfer("at-since-offset", "2026-10-10T12:00:00+02:00"),
        _transfer("after-since-fraction", "2026-10-10T10:00:00.5Z"),
        _transfer("before-since", "2026-10-10T09:59:59.999Z"),
        _transfer("at-until", "2026-10-20T00:00:00Z"),
        _transfer("at-until-offset", "2026-10-19T19:00:00-05:00"),
        _transfer("before-until", "2026-10-19T23:59:59.999Z"),
    ]
    with BeamTestPipeline(runner=FnApiRunner()) as p:
        inside, outside = p | beam.Create(transfers) | SelectWindow(SINCE, UNTIL)
        assert_that(inside | "InIds" >> beam.Map(lambda t: t.transfer_id),
                    equal_to(["at-since", "at-since-offset", "after-since-fraction",
                              "before-until"]), label="inside")
        assert_that(outside | "OutIds" >> beam.Map(lambda t: t.transfer_id),
                    equal_to(["before-since", "at-until", "at-until-offset"]), label="outside")


@pytest.mark.parametrize("since, until, message", [
    ("2026-10-10T10:00:00.5Z", "2026-10-10T10:00:00Z", "--since must be before --until"),
    ("2026-10-10T12:00:00+02:00", "2026-10-10T10:00:00Z", "--since must be before --until"),
    ("2026-10-10", "2026-10-10T00:00:00Z", "--since must be before --until"),
    ("yesterday", None, "--since/--until"),
    (None, "2026-13-01T00:00:00Z", "--since/--until"),
])
def test_cli_rejects_an_empty_or_unreadable_window(since, until, message):
    with pytest.raises(UsageError, match=message.replace("-", r"\-")):
        window(argparse.Namespace(since=since, until=until))


def test_cli_normalises_the_window_to_utc():
    since, until = window(argparse.Namespace(since="2026-10-10T12:00:00+02:00",
                                              until="2026-10-10T10:00:00.5Z"))
    assert (since, until) == ("2026-10-10T10:00:00Z", "2026-10-10T10:00:00.500000Z")

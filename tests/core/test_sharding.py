"""Which read task owns a row; digests of keys and places of rows."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipelines.core.sharding import (
    key_digest,
    owner_of,
    owner_of_key,
    place_of,
    source_and_position,
)


@pytest.mark.parametrize("shards", [1, 2, 3, 8])
def test_owner_of_gives_every_row_exactly_one_task(shards):
    owners = [owner_of("a.jsonl", position, shards) for position in range(1, 2_001)]
    assert set(owners) <= set(range(shards))
    assert owners == [owner_of("a.jsonl", position, shards) for position in range(1, 2_001)]


@pytest.mark.parametrize("shards", [2, 3, 4])
def test_owner_of_spreads_alternating_rows_evenly(shards):
    # every other row a costly one: each task still gets about its share of them
    costly = [p for p in range(1, 4_001) if p % 2 == 0]
    share = len(costly) / shards
    for shard in range(shards):
        mine = sum(1 for p in costly if owner_of("tickets.jsonl", p, shards) == shard)
        assert 0.85 * share < mine < 1.15 * share


def test_owner_of_is_the_same_in_another_process():
    here = [owner_of("a.csv", p, 4) for p in range(50)]
    code = ("from pipelines.core.sharding import owner_of; "
            "print([owner_of('a.csv', p, 4) for p in range(50)])")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True, env={**os.environ, "PYTHONHASHSEED": "7"})
    assert out.stdout.strip() == str(here)


PLACES = [
    # (source, position) pairs in order: their places order the same way
    [("a.jsonl", 1), ("a.jsonl", 2), ("a.jsonl", 10**9), ("b.jsonl", 1)],
    [("a.jsonl", 7), ("b.csv", 3), ("b.jsonl", 1)],
]


@pytest.mark.parametrize("pairs", PLACES)
def test_places_order_like_file_then_position(pairs):
    sources = sorted({source for source, _ in pairs})
    places = [place_of(s, p, sources) for s, p in pairs]
    assert [source_and_position(place, sources) for place in places] == pairs
    assert places == sorted(places) and len(set(places)) == len(places)


def test_place_of_a_file_not_among_the_inputs_fails():
    with pytest.raises(ValueError, match="not among the inputs"):
        place_of("c.jsonl", 1, ["a.jsonl", "b.jsonl"])


@pytest.mark.parametrize(("one", "other"), [
    (("d", "x"), ("d", "y")), (("d", "x"), ("e", "x")), ("T1", "T2"), (("d", "xy"), ("dx", "y")),
])
def test_key_digests_differ_for_different_keys_and_repeat_for_the_same(one, other):
    assert key_digest(one) == key_digest(one)
    assert key_digest(one) != key_digest(other)
    assert key_digest(one) < 2**96


@pytest.mark.parametrize("shards", [1, 2, 5])
def test_owner_of_key_spreads_keys_and_puts_one_key_in_one_task(shards):
    keys = [("contacts", f"c{i}") for i in range(3_000)]
    owners = [owner_of_key(key, shards) for key in keys]
    assert owners == [owner_of_key(key, shards) for key in keys]
    for shard in range(shards):
        assert 0.85 * len(keys) / shards < owners.count(shard) < 1.15 * len(keys) / shards

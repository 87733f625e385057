"""Which read task owns a row, and compact numbers for a row's key and place.

Read tasks each read every input file and keep their share of the rows (see
`transforms.ReadRows`). Rows are owned by their key where they have one, so that every
row of one key is read, in file order, by one task, which can then tell duplicates
apart on its own; rows without a key (they will be rejected) are owned by their place.
Hashes here are stable across processes (Python's own `hash` of a str is not).
"""

from __future__ import annotations

import bisect
import hashlib

PLACE_BITS = 40
"""A row's place as one int: file index above, row position in the low 40 bits."""


def _digest(text: str, size: int) -> int:
    return int.from_bytes(hashlib.blake2b(text.encode(), digest_size=size).digest(), "big")


def owner_of(source: str, position: int, shards: int) -> int:
    """The task that owns a row by its place: a hash, so that rows that alternate in
    cost (every other one a long ticket) still spread evenly over the tasks."""
    return 0 if shards <= 1 else _digest(f"{position}\0{source}", 8) % shards


def key_digest(key) -> int:
    """A row's key ((dataset, record_id) or transfer_id) as a 96-bit number: what a task
    remembers of each key it has seen. Two different keys share a digest with odds of
    about n²/2⁹⁷ (10⁻¹⁷ for a million rows); the later row would then be rejected as a
    duplicate, never passed."""
    return _digest(repr(key), 12)


def owner_of_key(key, shards: int) -> int:
    return 0 if shards <= 1 else key_digest(key) % shards


def place_of(source: str, position: int, sources: list[str]) -> int:
    """(file, position) as one int that orders like the pair (`sources` is sorted)."""
    index = bisect.bisect_left(sources, source)
    if index == len(sources) or sources[index] != source:
        raise ValueError(f"row from a file not among the inputs: {source}")
    return index << PLACE_BITS | position


def source_and_position(place: int, sources: list[str]) -> tuple[str, int]:
    return sources[place >> PLACE_BITS], place & ((1 << PLACE_BITS) - 1)

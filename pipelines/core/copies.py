"""Records whose key occurs in more than one row, and records present but rejected.

Rejected is not absent: a row that was in the input but could not be used, or one of
several copies of a record that differ, can never be shown not to be personal. Such a
record is judged as personal (the rules then give `high` where personal data would),
and the finding says why; only records missing from the input altogether stay
`unclassified-data-outside-geo`.

How the audit learns this without grouping the records (see transforms/parse.py): a
first, cheap pass over the rows (the survey, which profiles the columns anyway) notes
for each key seen twice whether its copies are identical and where the first usable one
is (`Copies`, a side input as large as the repeated keys). Identical copies keep the
first; conflicting ones are all classified, and their verdicts are merged per key
(`CopyVerdicts`, a keyed combine over the few conflicting keys only).

Plain values and functions: tested without Beam.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, replace

from pipelines.core.model import (
    PERSONAL,
    ClassifiedRecord,
    PresumedRecord,
    Record,
    merge_counts,
)

DIGEST_BYTES = 12


def content_digest(record: Record) -> int:
    """What a copy says (where it is stored and its fields), as a 96-bit number: two
    copies with the same digest say the same (odds of a clash: about n²/2⁹⁷)."""
    text = json.dumps([record.environment, record.region, record.fields], ensure_ascii=False)
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"),
                             digest_size=DIGEST_BYTES).digest()
    return int.from_bytes(digest, "big") | 1  # never 0: 0 stands for an unreadable copy


@dataclass(frozen=True)
class Copies:
    """A key seen in more than one row: where its first usable copy is (a place, see
    core/sharding.py; None when every copy was rejected), and whether its copies
    conflict (they differ, or one of them could not be read)."""

    first_good: int | None
    conflicting: bool


def merge_copies(a: Copies, b: Copies) -> Copies:
    goods = [place for place in (a.first_good, b.first_good) if place is not None]
    return Copies(min(goods) if goods else None, a.conflicting or b.conflicting)


class CopyTracker:
    """What one read task remembers of the keys it owns, in file order: per key one
    int (the first copy's content digest, 0 if it was rejected, and the place of the
    first usable copy). `seen` returns the news about a key when it is a repeat."""

    _PLACE_SHIFT = DIGEST_BYTES * 8

    def __init__(self) -> None:
        self.state: dict[int, int] = {}

    def seen(self, key_digest: int, place: int, digest: int | None) -> Copies | None:
        """`digest` is the copy's content digest, None for a rejected row."""
        packed = self.state.get(key_digest)
        if packed is None:
            good = place + 1 if digest is not None else 0
            self.state[key_digest] = good << self._PLACE_SHIFT | (digest or 0)
            return None
        first_digest = packed & ((1 << self._PLACE_SHIFT) - 1)
        good = packed >> self._PLACE_SHIFT
        if not good and digest is not None:
            good = place + 1
            self.state[key_digest] = good << self._PLACE_SHIFT | first_digest
        conflicting = digest is None or first_digest == 0 or digest != first_digest
        return Copies(good - 1 if good else None, conflicting)


def rejected_note(reason: str) -> str:
    return f"a row of it was rejected: {reason}"


@dataclass(frozen=True)
class CopyVerdicts:
    """The verdicts on the copies of one conflicting key, merged in any order: the first
    usable copy (by place) stands for the record; it is personal if any copy is, and
    presumed personal otherwise (its copies differ, or one could not be read)."""

    copies: int = 0
    first: tuple[int, ClassifiedRecord] | None = None
    personal: bool = False
    entity_counts: tuple[tuple[str, int], ...] = ()
    personal_fields: tuple[str, ...] = ()
    reasons: tuple[tuple[str, str, int], ...] = ()
    rejected: tuple[int, str] | None = None  # the first rejected copy: (place, reason)


def copy_verdict(place: int, record: ClassifiedRecord) -> CopyVerdicts:
    return CopyVerdicts(1, (place, record), record.is_personal,
                        record.entity_counts if record.is_personal else (),
                        record.personal_fields, record.reasons)


def rejected_copy(place: int, reason: str) -> CopyVerdicts:
    return CopyVerdicts(1, rejected=(place, reason))


def _first(a, b):
    candidates = [value for value in (a, b) if value is not None]
    return min(candidates, key=lambda value: value[0]) if candidates else None


def _max_counts(a: tuple, b: tuple) -> tuple:
    """Entity counts (or reasons) of two copies of one record: the larger count of each,
    so that copies saying the same do not count twice."""
    merged: dict = {}
    for *name, count in (*a, *b):
        merged[tuple(name)] = max(merged.get(tuple(name), 0), count)
    return tuple(sorted((*name, count) for name, count in merged.items()))


def merge_verdicts(a: CopyVerdicts, b: CopyVerdicts) -> CopyVerdicts:
    return CopyVerdicts(
        copies=a.copies + b.copies,
        first=_first(a.first, b.first),
        personal=a.personal or b.personal,
        entity_counts=_max_counts(a.entity_counts, b.entity_counts),
        personal_fields=tuple(sorted(set(a.personal_fields) | set(b.personal_fields))),
        reasons=_max_counts(a.reasons, b.reasons),
        rejected=_first(a.rejected, b.rejected),
    )


def settle(key: tuple[str, str], verdicts: CopyVerdicts) -> ClassifiedRecord | PresumedRecord:
    """The one verdict on a conflicting key."""
    if verdicts.first is None:
        reason = verdicts.rejected[1] if verdicts.rejected else "unreadable"
        return PresumedRecord(key[0], key[1], rejected_note(reason))
    note = (f"a copy of it was rejected: {verdicts.rejected[1]}" if verdicts.rejected
            else f"its {verdicts.copies} copies differ")
    record = verdicts.first[1]
    return replace(
        record,
        category=PERSONAL,
        entity_counts=merge_counts(verdicts.entity_counts) if verdicts.personal
        else record.entity_counts,
        personal_fields=verdicts.personal_fields,
        reasons=verdicts.reasons,
        presumed=not verdicts.personal,
        note=note,
    )

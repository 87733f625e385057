"""What the audit's transforms share: the tag of rejected rows, the metrics namespace,
and how large values travel through a grouping."""

from __future__ import annotations

import pickle

REJECTED = "rejected"
NAMESPACE = "flowaudit"


class Holder:
    """`Shared` needs a weak-referenceable object; plain classes are."""

    def __init__(self, value) -> None:
        self.value = value


def parts(value) -> list:
    """The parts of the audit's verdicts on records: one PCollection, or several that
    are never flattened (see transforms/copies.py `MergeCopies`)."""
    return list(value) if isinstance(value, list | tuple) else [value]


def part_label(label: str, index: int) -> str:
    """Step labels per part; the first keeps the plain label."""
    return label if index == 0 else f"{label} {index}"


def pack(value) -> bytes:
    """A value as one bytes object, for a grouping's values.

    The local runner holds every grouped value in its driver, decoded, as a tree of
    Python objects several times its pickled size. Packed, a grouped value is one bytes
    object until its group is read.
    """
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def unpack(data: bytes):
    return pickle.loads(data)  # noqa: S301 - only ever bytes this pipeline packed

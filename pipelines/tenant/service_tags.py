"""Azure service tags: which named IP ranges an address belongs to.

Microsoft publishes ``ServiceTags_Public.json`` weekly: ~2,300 tags and ~60,000 IPv4
and IPv6 prefixes. A transfer's ``destination_ip`` is trusted when one of the tags
holding it is allowed by the config (``PowerPlatformInfra.*``, ``AzureCloud.westeurope``).

The index cuts the address space into elementary segments where the set of covering
tags is constant, and keeps per IP version a sorted tuple of segment starts: a lookup
is one ``bisect``, whatever the number of prefixes. Identical tag sets are shared.
"""

from __future__ import annotations

import bisect
import fnmatch
import ipaddress
import re
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["ServiceTagIndex", "index_blocks"]


def _patterns_regex(patterns: Sequence[str]) -> re.Pattern[str] | None:
    """One case-insensitive regex for fnmatch-style tag patterns ('*' wildcard)."""
    cleaned = [p.strip() for p in patterns if isinstance(p, str) and p.strip()]
    if not cleaned:
        return None
    joined = "|".join(f"(?:{fnmatch.translate(p)})" for p in cleaned)
    return re.compile(joined, re.IGNORECASE)


_V4_MAPPED = 0xFFFF << 32


def _parse_address(ip: str) -> tuple[int, int]:
    """(version, integer) of an address as logs write it; raises ValueError if it is none.

    ``socket.inet_pton`` takes the common forms ten times faster than
    ``ipaddress.ip_address`` and rejects exactly what that rejects (leading zeros,
    short forms); ``ipaddress`` handles the rest (zone ids) and gives the error message.
    IPv4-mapped IPv6 (``::ffff:a.b.c.d``) is looked up as the IPv4 address it is.
    """
    text = str(ip).strip()
    if text.startswith("[") and text.endswith("]"):
        text = text[1:-1]
    try:
        if ":" in text:
            value = int.from_bytes(socket.inet_pton(socket.AF_INET6, text), "big")
            version = 6
        else:
            return 4, int.from_bytes(socket.inet_pton(socket.AF_INET, text), "big")
    except OSError:
        address = ipaddress.ip_address(text)
        version, value = address.version, int(address)
    if version == 6 and value >> 32 == 0xFFFF:
        return 4, value - _V4_MAPPED
    return version, value


@dataclass(frozen=True)
class ServiceTagIndex:
    """Every tag of a service-tags file, indexed for address look-ups.

    Built by ``exports.service_tags`` through ``index_blocks``; the fields are the
    index itself (plain tuples, so it pickles for Beam workers).
    """

    names: tuple[str, ...]  # every tag name, sorted
    regions: tuple[str, ...]  # ARM region of names[i] ('' for global tags)
    tag_sets: tuple[tuple[str, ...], ...]  # distinct sorted name tuples; [0] is ()
    v4_starts: tuple[int, ...]  # segment starts, sorted
    v4_sets: tuple[int, ...]  # index into tag_sets for each v4 segment
    v6_starts: tuple[int, ...]
    v6_sets: tuple[int, ...]
    change_number: int | None = None
    cloud: str | None = None
    _allowed_cache: dict[tuple[int, tuple[str, ...]], bool] = field(
        default_factory=dict, init=False, repr=False, compare=False, hash=False
    )

    @property
    def tag_count(self) -> int:
        return len(self.names)

    def _set_of(self, ip: str) -> int:
        version, value = _parse_address(ip)
        if version == 4:
            starts, sets = self.v4_starts, self.v4_sets
        else:
            starts, sets = self.v6_starts, self.v6_sets
        i = bisect.bisect_right(starts, value) - 1
        return sets[i] if i >= 0 else 0

    def tags_of(self, ip: str) -> tuple[str, ...]:
        """Names of every tag whose prefixes contain ``ip`` (IPv4 or IPv6), sorted.

        Raises ValueError when ``ip`` is not an IP address: callers reject the row.
        """
        return self.tag_sets[self._set_of(ip)]

    def allowed(self, ip: str, patterns: Sequence[str]) -> bool:
        """True if a tag containing ``ip`` matches a name or '*' pattern (any case).

        An address in no tag, or no pattern, is not allowed (fail closed).
        """
        set_id = self._set_of(ip)
        key = (set_id, tuple(patterns))
        cached = self._allowed_cache.get(key)
        if cached is None:
            regex = _patterns_regex(key[1])
            cached = regex is not None and any(regex.match(n) for n in self.tag_sets[set_id])
            if len(self._allowed_cache) > 100_000:
                self._allowed_cache.clear()
            self._allowed_cache[key] = cached
        return cached

    def matching_tags(self, patterns: Sequence[str]) -> tuple[str, ...]:
        """Every tag name matching one of ``patterns``, sorted (to check a config)."""
        regex = _patterns_regex(list(patterns))
        if regex is None:
            return ()
        return tuple(n for n in self.names if regex.match(n))

    def region_of_tag(self, name: str) -> str | None:
        """The ARM region of a regional tag (``AzureCloud.germanywc`` -> germanywestcentral)."""
        i = bisect.bisect_left(self.names, name)
        if i < len(self.names) and self.names[i] == name:
            return self.regions[i] or None
        wanted = name.lower()
        for tag, region in zip(self.names, self.regions, strict=True):
            if tag.lower() == wanted:
                return region or None
        return None

    def regions_of(self, ip: str) -> tuple[str, ...]:
        """ARM regions of the regional tags containing ``ip``, sorted (may be empty)."""
        found = {self.region_of_tag(n) for n in self.tags_of(ip)}
        return tuple(sorted(r for r in found if r))


class _TagSets:
    """Interns tag sets: equal sets share one id, and ``tag_sets[id]`` is sorted names."""

    def __init__(self, names: Sequence[str]):
        self.names = names
        self.members: list[frozenset[int]] = [frozenset()]
        self.ids: dict[frozenset[int], int] = {frozenset(): 0}
        self.unions: dict[tuple[int, frozenset[int]], int] = {}

    def union(self, parent: int, tags: frozenset[int]) -> int:
        key = (parent, tags)
        found = self.unions.get(key)
        if found is None:
            merged = self.members[parent] | tags
            found = self.ids.get(merged)
            if found is None:
                found = self.ids[merged] = len(self.members)
                self.members.append(merged)
            self.unions[key] = found
        return found

    def as_names(self) -> tuple[tuple[str, ...], ...]:
        # tag ids are indices into the sorted names, so sorted ids give sorted names
        return tuple(tuple(self.names[t] for t in sorted(m)) for m in self.members)


def _segments(
    intervals: Mapping[tuple[int, int], frozenset[int]], tag_sets: _TagSets
) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """Sweep the prefixes into (segment starts, tag-set id per segment).

    CIDR blocks never partly overlap: two are nested or disjoint. Sorted by start
    (widest first), each block lies inside the blocks still open on a stack, so its
    segment's tags are its parent's plus its own: one interned union per block.
    """
    starts: list[int] = []
    sets: list[int] = []

    def emit(point: int, set_id: int) -> None:
        if starts and starts[-1] == point:  # several changes at one point: last wins
            starts.pop()
            sets.pop()
        if sets and sets[-1] == set_id:  # same tags as the segment before: merge
            return
        starts.append(point)
        sets.append(set_id)

    stack: list[tuple[int, int]] = []  # (end, set id) of the open blocks, innermost last
    for (first, end), tags in sorted(intervals.items(), key=lambda kv: (kv[0][0], -kv[0][1])):
        while stack and stack[-1][0] <= first:
            closed_end, _ = stack.pop()
            emit(closed_end, stack[-1][1] if stack else 0)
        set_id = tag_sets.union(stack[-1][1] if stack else 0, tags)
        stack.append((end, set_id))
        emit(first, set_id)
    while stack:
        closed_end, _ = stack.pop()
        emit(closed_end, stack[-1][1] if stack else 0)
    return tuple(starts), tuple(sets)


def index_blocks(
    names: tuple[str, ...],
    regions: tuple[str, ...],
    blocks: Mapping[int, Mapping[tuple[int, int], frozenset[int]]],
    change_number: int | None = None,
    cloud: str | None = None,
) -> ServiceTagIndex:
    """The index of CIDR blocks already parsed from a service-tags file.

    ``names`` are the tag names, sorted, and ``regions[i]`` the ARM region of
    ``names[i]``; ``blocks[4]`` and ``blocks[6]`` map each block ``(first, end)`` of
    addresses to the positions in ``names`` of the tags listing it.
    """
    tag_sets = _TagSets(names)
    v4_starts, v4_sets = _segments(blocks[4], tag_sets)
    v6_starts, v6_sets = _segments(blocks[6], tag_sets)
    return ServiceTagIndex(
        names=names,
        regions=regions,
        tag_sets=tag_sets.as_names(),
        v4_starts=v4_starts,
        v4_sets=v4_sets,
        v6_starts=v6_starts,
        v6_sets=v6_sets,
        change_number=change_number,
        cloud=cloud,
    )

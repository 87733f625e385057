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
import os
import re
import socket
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from pipelines.tenant.geo import TenantFileError, normalise_region, read_document

__all__ = ["ServiceTagIndex", "load_service_tags", "parse_service_tags"]

_V4_BITS, _V6_BITS = 32, 128


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

    Build it with ``load_service_tags`` or ``parse_service_tags``; the fields are the
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


def _prefix_interval(prefix: str) -> tuple[int, int, int] | None:
    """(version, first, last+1) of a CIDR prefix, or None if it is not one.

    ``socket.inet_pton`` is strict and about five times faster than building
    ``ipaddress.ip_network`` objects, which matters for 60,000 prefixes; host bits
    are masked like ``ip_network(strict=False)`` would.
    """
    address, slash, length_text = prefix.strip().partition("/")
    family, bits = (socket.AF_INET6, _V6_BITS) if ":" in address else (socket.AF_INET, _V4_BITS)
    try:
        value = int.from_bytes(socket.inet_pton(family, address), "big")
        length = int(length_text) if slash else bits
    except (OSError, ValueError):
        return None
    if not 0 <= length <= bits:
        return None
    size = 1 << (bits - length)
    first = value & ~(size - 1)
    return (4 if bits == _V4_BITS else 6), first, first + size


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


def parse_service_tags(data: Any, source: str = "inline") -> ServiceTagIndex:
    """Index an already parsed service-tags document (see ``load_service_tags``)."""
    problems: list[str] = []
    if not isinstance(data, Mapping) or not isinstance(data.get("values"), list):
        raise TenantFileError(source, ["values: expected a list of service tags "
                                       "(ServiceTags_Public.json format)"])
    tags: dict[str, str] = {}
    prefixes: dict[str, tuple[int, list[Any]]] = {}
    for i, item in enumerate(data["values"]):
        where = f"values[{i}]"
        if not isinstance(item, Mapping):
            problems.append(f"{where}: expected an object")
            continue
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.append(f"{where}.name: expected the tag name")
            continue
        name = name.strip()
        if name in tags:
            problems.append(f"{where}.name: tag '{name}' is defined twice")
            continue
        props = item.get("properties")
        if not isinstance(props, Mapping):
            problems.append(f"{where}.properties: expected an object")
            continue
        region = props.get("region") or ""
        if not isinstance(region, str):
            problems.append(f"{where}.properties.region: expected a string")
            region = ""
        found = props.get("addressPrefixes")
        if not isinstance(found, list):
            problems.append(f"{where}.properties.addressPrefixes: expected a list")
            continue
        tags[name] = normalise_region(region) if region else ""
        prefixes[name] = (i, found)
    names = tuple(sorted(tags))
    ids = {n: i for i, n in enumerate(names)}
    # Group by prefix text first: AzureCloud repeats every regional prefix, so each
    # distinct prefix is parsed once (about 34,000 of 61,000 in the full file).
    tags_of_prefix: dict[str, list[int]] = {}
    for name, (i, found) in prefixes.items():
        tag = ids[name]
        for j, prefix in enumerate(found):
            if isinstance(prefix, str):
                tags_of_prefix.setdefault(prefix, []).append(tag)
            else:
                problems.append(f"values[{i}].properties.addressPrefixes[{j}]: "
                                f"{prefix!r} is not an IP prefix")
    by_version: dict[int, dict[tuple[int, int], frozenset[int]]] = {4: {}, 6: {}}
    for prefix, tag_ids in tags_of_prefix.items():
        parsed = _prefix_interval(prefix)
        if parsed is None:
            for tag in sorted(set(tag_ids)):
                i, found = prefixes[names[tag]]
                problems.append(f"values[{i}].properties.addressPrefixes[{found.index(prefix)}]: "
                                f"{prefix!r} is not an IP prefix")
            continue
        version, first, end = parsed
        key = (first, end)
        known = by_version[version].get(key)
        by_version[version][key] = frozenset(tag_ids) | known if known else frozenset(tag_ids)
    if problems:
        raise TenantFileError(source, problems)
    tag_sets = _TagSets(names)
    v4_starts, v4_sets = _segments(by_version[4], tag_sets)
    v6_starts, v6_sets = _segments(by_version[6], tag_sets)
    change = data.get("changeNumber")
    cloud = data.get("cloud")
    return ServiceTagIndex(
        names=names,
        regions=tuple(tags[n] for n in names),
        tag_sets=tag_sets.as_names(),
        v4_starts=v4_starts,
        v4_sets=v4_sets,
        v6_starts=v6_starts,
        v6_sets=v6_sets,
        change_number=change if isinstance(change, int) else None,
        cloud=cloud if isinstance(cloud, str) else None,
    )


def load_service_tags(path: str | os.PathLike[str]) -> ServiceTagIndex:
    """Load Microsoft's ``ServiceTags_Public.json`` as downloaded (or a trimmed copy).

    Shape: ``{"changeNumber", "cloud", "values": [{"name", "properties": {"region",
    "addressPrefixes": [CIDR, ...]}}]}``. Malformed prefixes are all reported at once.
    """
    return parse_service_tags(read_document(path), os.fspath(path))

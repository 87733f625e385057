"""Microsoft's ``ServiceTags_Public.json``: the named IP ranges of Azure services.

Reads the file as downloaded (or a trimmed copy), checks every tag and prefix, and
hands the parsed CIDR blocks to ``tenant.service_tags.index_blocks``.
"""

from __future__ import annotations

import os
import socket
from collections.abc import Mapping
from typing import Any

from pipelines.core.pseudonyms import quoted
from pipelines.tenant.exports.document import TenantFileError, read_document
from pipelines.tenant.exports.problems import Problems, join
from pipelines.tenant.geo import normalise_region
from pipelines.tenant.service_tags import ServiceTagIndex, index_blocks

__all__ = ["load_service_tags", "parse_service_tags"]

_V4_BITS, _V6_BITS = 32, 128


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


def parse_service_tags(data: Any, source: str = "inline") -> ServiceTagIndex:
    """Index an already parsed service-tags document (see ``load_service_tags``)."""
    problems = Problems()
    if not isinstance(data, Mapping) or not isinstance(data.get("values"), list):
        raise TenantFileError(source, ["values: expected a list of service tags "
                                       "(ServiceTags_Public.json format)"])
    tags: dict[str, str] = {}
    prefixes: dict[str, tuple[int, list[Any]]] = {}
    for i, where, item in problems.mappings(data["values"], "values"):
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            problems.add(join(where, "name"), "expected the tag name")
            continue
        name = name.strip()
        if name in tags:
            problems.add(join(where, "name"), f"tag {quoted(name)} is defined twice")
            continue
        props = problems.expect_mapping(item.get("properties"), join(where, "properties"))
        if props is None:
            continue
        region = props.get("region") or ""
        if not isinstance(region, str):
            problems.add(join(where, "properties.region"), "expected a string")
            region = ""
        found = props.get("addressPrefixes")
        if not isinstance(found, list):
            problems.add(join(where, "properties.addressPrefixes"), "expected a list")
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
                problems.add(f"values[{i}].properties.addressPrefixes[{j}]",
                             f"{quoted(prefix)} is not an IP prefix")
    by_version: dict[int, dict[tuple[int, int], frozenset[int]]] = {4: {}, 6: {}}
    for prefix, tag_ids in tags_of_prefix.items():
        parsed = _prefix_interval(prefix)
        if parsed is None:
            for tag in sorted(set(tag_ids)):
                i, found = prefixes[names[tag]]
                problems.add(f"values[{i}].properties.addressPrefixes[{found.index(prefix)}]",
                             f"{quoted(prefix)} is not an IP prefix")
            continue
        version, first, end = parsed
        key = (first, end)
        known = by_version[version].get(key)
        by_version[version][key] = frozenset(tag_ids) | known if known else frozenset(tag_ids)
    problems.raise_if_any(source)
    change = data.get("changeNumber")
    cloud = data.get("cloud")
    return index_blocks(
        names,
        tuple(tags[n] for n in names),
        by_version,
        change_number=change if isinstance(change, int) else None,
        cloud=cloud if isinstance(cloud, str) else None,
    )


def load_service_tags(path: str | os.PathLike[str]) -> ServiceTagIndex:
    """Load Microsoft's ``ServiceTags_Public.json`` as downloaded (or a trimmed copy).

    Shape: ``{"changeNumber", "cloud", "values": [{"name", "properties": {"region",
    "addressPrefixes": [CIDR, ...]}}]}``. Malformed prefixes are all reported at once.
    """
    return parse_service_tags(read_document(path), os.fspath(path))

"""Service tags: address look-ups, tag patterns, and the index against brute force."""

from __future__ import annotations

import ipaddress
import json
import pickle
import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.tenant.exports.service_tags import load_service_tags, parse_service_tags
from pipelines.tenant.service_tags import ServiceTagIndex
from tests.fixtures_tenant import SERVICE_TAGS_FULL, SERVICE_TAGS_TRIMMED, tags_document

WEST_US, PP_INFRA = "AzureCloud.westus", "PowerPlatformInfra"
PP_WEST_US = "PowerPlatformInfra.WestUS"
WEST_EU, STORAGE_WEU = "AzureCloud.westeurope", "Storage.WestEurope"
ALLOWED = ["PowerPlatformInfra.*", "AzureCloud.westeurope"]


@pytest.fixture(scope="module")
def trimmed() -> ServiceTagIndex:
    return load_service_tags(SERVICE_TAGS_TRIMMED)


@pytest.fixture(scope="module")
def full() -> ServiceTagIndex:
    return load_service_tags(SERVICE_TAGS_FULL)


def _intervals(document: dict) -> list[tuple[int, int, int, str]]:
    """(version, first, last, tag) of every prefix, parsed the slow, obvious way."""
    found = []
    for tag in document["values"]:
        for prefix in tag["properties"]["addressPrefixes"]:
            network = ipaddress.ip_network(prefix, strict=False)
            found.append((network.version, int(network.network_address),
                          int(network.broadcast_address), tag["name"]))
    return found


def _brute_force(document: dict | list, ip: str) -> tuple[str, ...]:
    """The obviously right answer: test the address against every prefix."""
    intervals = _intervals(document) if isinstance(document, dict) else document
    address = ipaddress.ip_address(ip)
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    value = int(address)
    return tuple(sorted({name for version, first, last, name in intervals
                         if version == address.version and first <= value <= last}))


# ------------------------------------------------------------------ trimmed file

def test_trimmed_file_loads(trimmed) -> None:
    assert trimmed.tag_count == 76
    assert trimmed.change_number == 240
    assert trimmed.cloud == "Public"


@pytest.mark.parametrize(
    ("ip", "tags"),
    [
        ("13.64.27.44", (WEST_US, PP_INFRA, PP_WEST_US)),  # /32s inside westus's /16
        ("13.64.27.45", (WEST_US,)),
        ("13.64.0.0", (WEST_US,)),  # first address of the /16
        ("13.64.255.255", (WEST_US,)),  # last address of the /16
        ("13.63.255.255", ()),  # just before
        ("13.65.0.0", ()),  # just after
        ("13.69.40.16", (WEST_EU, STORAGE_WEU)),  # /28 nested in the westeurope /17
        ("13.69.40.31", (WEST_EU, STORAGE_WEU)),
        ("13.69.40.32", (WEST_EU,)),
        ("13.69.40.15", (WEST_EU,)),
        ("4.156.0.0", ("AzureCloud.eastus",)),
        ("4.157.255.255", ("AzureCloud.eastus",)),  # end of a /15
        ("4.158.0.0", ()),
        ("8.8.8.8", ()),
        ("0.0.0.0", ()),
        ("255.255.255.255", ()),
        ("20.24.0.192", ("PowerPlatformPlex", "PowerPlatformPlex.SoutheastAsia")),
        (" 13.64.27.44 ", (WEST_US, PP_INFRA, PP_WEST_US)),
        ("::ffff:13.64.27.44", (WEST_US, PP_INFRA, PP_WEST_US)),  # IPv4-mapped: the IPv4
        ("[::ffff:13.69.40.16]", (WEST_EU, STORAGE_WEU)),
        ("2001:db8::1", ()),
    ],
)
def test_tags_of(trimmed, ip, tags) -> None:
    assert trimmed.tags_of(ip) == tags


@pytest.mark.parametrize("ip", ["", "13.64.27", "13.64.27.044", "300.1.1.1", "example.com",
                                "13.64.27.44/32", "::g"])
def test_tags_of_rejects_what_is_not_an_address(trimmed, ip) -> None:
    with pytest.raises(ValueError):
        trimmed.tags_of(ip)


@pytest.mark.parametrize(
    ("ip", "patterns", "allowed"),
    [
        ("13.69.40.16", ALLOWED, True),  # AzureCloud.westeurope by name
        ("13.69.40.16", ["azurecloud.WESTEUROPE"], True),  # any case
        ("13.69.40.16", ["Storage.*"], True),
        ("13.69.40.16", ["Storage"], False),  # a name is not a prefix
        ("13.69.40.16", ["AzureCloud.westus"], False),
        ("13.64.27.44", ALLOWED, True),  # PowerPlatformInfra.WestUS
        ("13.64.27.44", ["PowerPlatformInfra"], True),  # the global tag by its name
        ("13.64.0.0", ALLOWED, False),  # AzureCloud.westus only
        ("20.24.0.192", ["PowerPlatformPlex.WestUS"], False),
        ("20.24.0.192", ["powerplatformplex.*"], True),
        ("20.24.0.192", ["*"], True),
        ("8.8.8.8", ["*"], False),  # in no tag: never allowed
        ("13.69.40.16", [], False),  # no pattern: never allowed
        ("13.69.40.16", ["", "  "], False),
        ("20.37.199.130", ALLOWED, True),  # PowerPlatformInfra.AustraliaEast
    ],
)
def test_allowed(trimmed, ip, patterns, allowed) -> None:
    assert trimmed.allowed(ip, patterns) is allowed
    assert trimmed.allowed(ip, tuple(patterns)) is allowed  # cached answer, same verdict


@pytest.mark.parametrize(
    ("patterns", "count", "sample"),
    [
        (["PowerPlatformInfra.*"], 35, "PowerPlatformInfra.WestEurope"),
        (["powerplatformplex.*"], 33, "PowerPlatformPlex.UKWest"),
        (["AzureCloud.*"], 4, WEST_US),
        (["Storage.EastUS", "storage.westeurope"], 2, STORAGE_WEU),
        (["Nothing*"], 0, None),
        ([], 0, None),
    ],
)
def test_matching_tags(trimmed, patterns, count, sample) -> None:
    found = trimmed.matching_tags(patterns)
    assert len(found) == count
    assert found == tuple(sorted(found))
    if sample:
        assert sample in found


@pytest.mark.parametrize(
    ("tag", "region"),
    [
        ("AzureCloud.westeurope", "westeurope"),
        ("azurecloud.WESTEUROPE", "westeurope"),
        ("PowerPlatformInfra.FranceCentral", "francecentral"),
        ("PowerPlatformInfra", None),  # global tag
        ("NoSuchTag", None),
    ],
)
def test_region_of_tag(trimmed, tag, region) -> None:
    assert trimmed.region_of_tag(tag) == region


def test_regions_of(trimmed) -> None:
    assert trimmed.regions_of("13.69.40.16") == ("westeurope",)
    assert trimmed.regions_of("8.8.8.8") == ()


def test_index_pickles_for_beam_workers(trimmed) -> None:
    copy = pickle.loads(pickle.dumps(trimmed))
    assert copy == trimmed
    assert copy.tags_of("13.64.27.44") == (WEST_US, PP_INFRA, PP_WEST_US)


# ----------------------------------------------------- the index against brute force

NESTED = tags_document(
    ("Wide", "", ["10.0.0.0/8", "2001:db8::/32"]),
    ("Mid", "westeurope", ["10.1.0.0/16", "10.2.0.0/16", "2001:db8:1::/48"]),
    ("Narrow", "germanywc", ["10.1.2.0/24", "10.1.2.128/25", "2001:db8:1:2::/64"]),
    ("Host", "", ["10.1.2.130/32", "10.255.255.255/32", "2001:db8:1:2::1/128"]),
    ("Adjacent", "", ["10.1.3.0/24", "11.0.0.0/8"]),  # touches Narrow and Wide end to start
    ("Twin", "", ["10.1.0.0/16"]),  # the same prefix as Mid
    ("Loose", "", ["192.168.1.77/24"]),  # host bits set: treated as 192.168.1.0/24
    ("Everything6", "", ["::/0"]),
)


def test_nested_prefixes_by_hand() -> None:
    index = parse_service_tags(NESTED)
    assert index.tags_of("10.1.2.130") == ("Host", "Mid", "Narrow", "Twin", "Wide")
    assert index.tags_of("10.1.2.131") == ("Mid", "Narrow", "Twin", "Wide")
    assert index.tags_of("10.1.3.0") == ("Adjacent", "Mid", "Twin", "Wide")
    assert index.tags_of("10.255.255.255") == ("Host", "Wide")
    assert index.tags_of("11.0.0.0") == ("Adjacent",)
    assert index.tags_of("192.168.1.5") == ("Loose",)
    assert index.tags_of("2001:db8:1:2::1") == ("Everything6", "Host", "Mid", "Narrow", "Wide")
    assert index.tags_of("fe80::1") == ("Everything6",)
    assert index.regions_of("10.1.2.5") == ("germanywestcentral", "westeurope")


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.integers(0x0A000000 - 2, 0x0B000000 + 2).map(lambda i: str(ipaddress.IPv4Address(i))),
    st.integers(0xC0A80000, 0xC0A802FF).map(lambda i: str(ipaddress.IPv4Address(i))),
    st.integers(0, 2**32 - 1).map(lambda i: str(ipaddress.IPv4Address(i))),
    st.integers(0x20010DB8 << 96, (0x20010DB9 << 96) + 5).map(
        lambda i: str(ipaddress.IPv6Address(i))),
))
def test_nested_prefixes_agree_with_brute_force(ip) -> None:
    assert parse_service_tags(NESTED).tags_of(ip) == _brute_force(NESTED, ip)


@st.composite
def _random_documents(draw) -> dict:
    """Random tags over a small address range, so prefixes nest and repeat a lot."""
    tags = []
    for n in range(draw(st.integers(1, 6))):
        prefixes = []
        for _ in range(draw(st.integers(0, 6))):
            length = draw(st.integers(20, 32))
            start = draw(st.integers(0, 2**14 - 1)) << 2
            network = ipaddress.ip_network((0x0A000000 + start, 32), strict=False)
            prefixes.append(str(network.supernet(new_prefix=length)))
        tags.append((f"Tag{n}", "", prefixes))
    return tags_document(*tags)


@settings(max_examples=150, deadline=None)
@given(_random_documents(), st.lists(st.integers(0x0A000000 - 1, 0x0A010001), max_size=20))
def test_random_documents_agree_with_brute_force(document, addresses) -> None:
    index = parse_service_tags(document)
    for value in addresses:
        ip = str(ipaddress.IPv4Address(value))
        assert index.tags_of(ip) == _brute_force(document, ip)


def test_trimmed_file_agrees_with_brute_force_at_every_prefix_edge(trimmed) -> None:
    intervals = _intervals(json.loads(SERVICE_TAGS_TRIMMED.read_text(encoding="utf-8")))
    for version, first, last, _ in intervals:
        for value in (first, last, first - 1, last + 1):
            ip = str(ipaddress.ip_address(value) if version == 4 else ipaddress.IPv6Address(value))
            assert trimmed.tags_of(ip) == _brute_force(intervals, ip)


# ------------------------------------------------------------------- full file

def test_full_file_loads(full) -> None:
    assert full.tag_count == 2291
    assert full.change_number == 240
    assert full.v4_starts == tuple(sorted(full.v4_starts))
    assert full.v6_starts == tuple(sorted(full.v6_starts))


@pytest.mark.parametrize(
    ("ip", "present", "absent"),
    [
        ("20.50.0.1", {"AzureCloud", "AzureCloud.westeurope"}, {"AzureCloud.northeurope"}),
        ("2603:1020:200::1", {"AzureCloud", "AzureCloud.westeurope"}, set()),
        ("8.8.8.8", set(), {"AzureCloud"}),
    ],
)
def test_full_file_spot_checks(full, ip, present, absent) -> None:
    tags = set(full.tags_of(ip))
    assert present <= tags
    assert not absent & tags


def test_full_file_regions_are_arm_names(full) -> None:
    assert full.region_of_tag("AzureCloud.germanywc") == "germanywestcentral"
    assert full.region_of_tag("AzureCloud.centralfrance") == "francecentral"
    assert full.matching_tags(["PowerPlatformInfra.*"])


def test_full_file_agrees_with_brute_force_on_a_sample(full) -> None:
    intervals = _intervals(json.loads(SERVICE_TAGS_FULL.read_text(encoding="utf-8")))
    rng = random.Random(240)
    sample = rng.sample(intervals, 15)
    for version, first, last, _ in sample:
        for value in (first, last, rng.randint(first, last), last + 1):
            ip = str(ipaddress.ip_address(value) if version == 4
                     else ipaddress.IPv6Address(value))
            assert full.tags_of(ip) == _brute_force(intervals, ip), ip

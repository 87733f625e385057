"""Print how fast Azure service tags load and answer look-ups.

Usage: python benchmarks/bench_service_tags.py PATH/TO/ServiceTags_Public.json [LOOKUPS]

A script that prints figures, not a timed test: timings depend on the machine, and a
test that fails on a slow CI runner would say nothing about the code.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipelines.tenant.exports.service_tags import load_service_tags  # noqa: E402

ALLOWED = ["PowerPlatformInfra.*", "AzureCloud.westeurope"]


def _addresses(path: str, count: int, seed: int = 240) -> list[str]:
    """Half inside published prefixes (hits), half anywhere (mostly misses), v4 and v6."""
    rng = random.Random(seed)
    with open(path, encoding="utf-8-sig") as handle:
        tags = json.load(handle)["values"]
    prefixes = [p for tag in tags for p in tag["properties"]["addressPrefixes"]]
    found: list[str] = []
    for i in range(count):
        if i % 2:
            net = ipaddress.ip_network(rng.choice(prefixes), strict=False)
            found.append(str(net.network_address + rng.randrange(net.num_addresses)))
        elif i % 4 == 0:
            found.append(str(ipaddress.IPv4Address(rng.getrandbits(32))))
        else:
            found.append(str(ipaddress.IPv6Address((0x2603 << 112) | rng.getrandbits(112))))
    return found


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("lookups", nargs="?", type=int, default=200_000)
    parser.add_argument("--repeat", type=int, default=5, help="loads to time (default 5)")
    args = parser.parse_args(argv)

    loads = []
    for _ in range(args.repeat):
        start = time.perf_counter()
        index = load_service_tags(args.path)
        loads.append(time.perf_counter() - start)
    print(f"file: {args.path}")
    print(f"tags: {index.tag_count}  change: {index.change_number}  "
          f"segments: v4 {len(index.v4_starts)}, v6 {len(index.v6_starts)}, "
          f"distinct tag sets {len(index.tag_sets)}")
    print(f"load: best {min(loads) * 1000:.0f} ms, median {statistics.median(loads) * 1000:.0f} ms "
          f"over {args.repeat} loads")

    addresses = _addresses(args.path, args.lookups)
    start = time.perf_counter()
    hits = sum(1 for ip in addresses if index.tags_of(ip))
    elapsed = time.perf_counter() - start
    print(f"tags_of: {len(addresses) / elapsed:,.0f} lookups/s "
          f"({hits} of {len(addresses)} addresses in some tag)")
    start = time.perf_counter()
    allowed = sum(1 for ip in addresses if index.allowed(ip, ALLOWED))
    elapsed = time.perf_counter() - start
    print(f"allowed({', '.join(ALLOWED)}): {len(addresses) / elapsed:,.0f} lookups/s "
          f"({allowed} allowed)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""report.html: one self-contained page for a data-protection officer.

Rendered with Jinja2 (autoescaping on) from findings and the summary only, which hold
entity types and counts, never values. The geo-flow picture is an SVG Sankey laid out
here in Python and drawn by the template: no script, font or style is fetched when the
page is opened.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape

from pipelines.core.model import SEVERITIES, SEVERITY_RANK
from pipelines.core.rules.registry import (
    RULES,
    UNCLASSIFIED_OUTSIDE_GEO,
)

_ENV = Environment(
    loader=PackageLoader("pipelines.runs", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

RESIDENCY_RULES = tuple(rule.id for rule in RULES.values() if rule.category == "residency")
KINDS = ("personal", "customer", "unclassified")
NO_ENVIRONMENT = "(none)"


def geo_flows(findings: list[dict]) -> list[dict]:
    """Geo-to-geo movements seen in residency findings, personal apart from customer.

    A transfer may give a personal and an unclassified finding with the same counts;
    personal and customer records are taken from the first, unclassified from the
    second, so nothing is counted twice.
    """
    flows: dict = defaultdict(lambda: {"personal": 0, "customer": 0, "unclassified": 0,
                                       "findings": 0})
    for finding in findings:
        if finding["rule"] not in RESIDENCY_RULES:
            continue
        key = (finding.get("source_geo") or "?", finding.get("destination_geo") or "?")
        flow = flows[key]
        flow["findings"] += 1
        records = finding.get("records") or 0
        personal = finding.get("personal_records") or 0
        unclassified = finding.get("unclassified_records") or 0
        # every residency rule counts what it moved by kind; the unclassified rule's
        # records are counted by their own finding
        if finding["rule"] == UNCLASSIFIED_OUTSIDE_GEO.id:
            flow["unclassified"] += unclassified
        else:
            flow["personal"] += personal
            flow["customer"] += max(records - personal - unclassified, 0)
    return [
        {"source": source, "destination": destination, **values}
        for (source, destination), values in sorted(flows.items())
    ]


@dataclass(frozen=True)
class Node:
    geo: str
    x: float
    y: float
    height: float
    records: int


@dataclass(frozen=True)
class Band:
    source: str
    destination: str
    kind: str
    records: int
    path: str


@dataclass(frozen=True)
class Sankey:
    width: int
    height: int
    sources: tuple[Node, ...]
    destinations: tuple[Node, ...]
    bands: tuple[Band, ...]


def sankey(flows: list[dict], width: int = 900, node_width: int = 14, gap: int = 18,
           scale_height: int = 320, min_band: float = 2.0) -> Sankey | None:
    """Lay out source geos on the left and destination geos on the right, one band per
    (source, destination, kind) with a height proportional to its records (at least
    `min_band` pixels so that one record is still visible)."""
    links = [(f["source"], f["destination"], kind, f[kind])
             for f in flows for kind in KINDS if f[kind] > 0]
    if not links:
        return None
    total = sum(value for *_, value in links)
    unit = scale_height / total

    def band_height(value: int) -> float:
        return max(value * unit, min_band)

    def column(names, x, side):
        nodes, offsets, y = {}, {}, 10.0
        for name in names:
            mine = [lk for lk in links if lk[side] == name]
            height = sum(band_height(lk[3]) for lk in mine)
            nodes[name] = Node(name, x, y, height, sum(lk[3] for lk in mine))
            offsets[name] = y
            y += height + gap
        return nodes, offsets, y

    left_x, right_x = 170.0, width - 170.0 - node_width
    sources, source_offsets, left_end = column(sorted({lk[0] for lk in links}), left_x, 0)
    destinations, dest_offsets, right_end = column(sorted({lk[1] for lk in links}), right_x, 1)
    # Bands leave each source in destination order and reach each destination in
    # source order, so they cross as little as a two-column layout allows.
    kind_rank = {kind: i for i, kind in enumerate(KINDS)}
    bands = []
    out_y = dict(source_offsets)
    in_y = dict(dest_offsets)
    start_order = sorted(links, key=lambda lk: (lk[0], lk[1], kind_rank[lk[2]]))
    starts = {}
    for link in start_order:
        starts[link] = out_y[link[0]]
        out_y[link[0]] += band_height(link[3])
    for link in sorted(links, key=lambda lk: (lk[1], lk[0], kind_rank[lk[2]])):
        source, destination, kind, value = link
        h = band_height(value)
        y0, y1 = starts[link], in_y[destination]
        in_y[destination] += h
        x0, x1 = left_x + node_width, right_x
        xm = (x0 + x1) / 2
        path = (f"M{x0:.1f},{y0:.1f} C{xm:.1f},{y0:.1f} {xm:.1f},{y1:.1f} {x1:.1f},{y1:.1f} "
                f"L{x1:.1f},{y1 + h:.1f} C{xm:.1f},{y1 + h:.1f} {xm:.1f},{y0 + h:.1f} "
                f"{x0:.1f},{y0 + h:.1f} Z")
        bands.append(Band(source, destination, kind, value, path))
    height = int(max(left_end, right_end) - gap + 10)
    return Sankey(width, max(height, 60), tuple(sources.values()),
                  tuple(destinations.values()), tuple(bands))


def severity_counts(findings: list[dict]) -> list[dict]:
    active = Counter(f["severity"] for f in findings if not f.get("suppressed"))
    suppressed = Counter(f["severity"] for f in findings if f.get("suppressed"))
    return [{"name": s, "active": active.get(s, 0), "suppressed": suppressed.get(s, 0)}
            for s in SEVERITIES]


def entity_text(entity_types: dict | None) -> str:
    """`EMAIL_ADDRESS 3, PERSON 2`: types and counts only, never values."""
    return ", ".join(f"{name} {count}" for name, count in sorted((entity_types or {}).items()))


def render_report(findings: list[dict], summary: dict) -> str:
    flows = geo_flows(findings)
    return _ENV.get_template("report.html.j2").render(
        findings=findings,
        summary=summary,
        severities=severity_counts(findings),
        flows=flows,
        sankey=sankey(flows),
        rules=sorted({f["rule"] for f in findings}),
        rule_help=[rule for rule in RULES.values() if any(f["rule"] == rule.id for f in findings)],
        environments=sorted({f.get("source_environment") or NO_ENVIRONMENT for f in findings}),
        no_environment=NO_ENVIRONMENT,
        entity_text=entity_text,
        severity_rank=SEVERITY_RANK,
        suppressed=sum(1 for f in findings if f.get("suppressed")),
    )

"""report.html: one self-contained page for a data-protection officer.

Rendered with Jinja2 (autoescaping on) from findings and the summary only, which hold
entity types and counts, never values.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from jinja2 import Environment, PackageLoader, select_autoescape

from pipelines.model import SEVERITIES

_ENV = Environment(
    loader=PackageLoader("pipelines", "templates"),
    autoescape=select_autoescape(["html", "j2"]),
    trim_blocks=True,
    lstrip_blocks=True,
)

RESIDENCY_RULES = ("personal-data-outside-geo", "customer-data-outside-geo",
                   "unclassified-data-outside-geo")


def geo_flows(findings: list[dict]) -> list[dict]:
    """Geo-to-geo movements seen in residency findings, personal apart from customer."""
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
        if finding["rule"] in ("personal-data-outside-geo", "customer-data-outside-geo"):
            flow["personal"] += personal
            flow["customer"] += max(records - personal - unclassified, 0)
        if finding["rule"] == "unclassified-data-outside-geo":
            flow["unclassified"] += unclassified
    return [
        {"source": source, "destination": destination, **values}
        for (source, destination), values in sorted(flows.items())
    ]


def render_report(findings: list[dict], summary: dict) -> str:
    severity_counts = Counter(f["severity"] for f in findings)
    flows = geo_flows(findings)
    largest = max((f["personal"] + f["customer"] + f["unclassified"] for f in flows), default=0)
    return _ENV.get_template("report.html.j2").render(
        findings=findings,
        summary=summary,
        severities=[(s, severity_counts.get(s, 0)) for s in SEVERITIES],
        flows=flows,
        largest_flow=largest or 1,
        rules=sorted({f["rule"] for f in findings}),
        environments=sorted({f.get("source_environment") or "" for f in findings} - {""}),
    )

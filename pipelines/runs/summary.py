"""summary.json: counts that add up, per kind and per file, and the run's context."""

from __future__ import annotations

from collections import Counter, defaultdict

from pipelines.core.model import RECORDS, SEVERITIES, TRANSFERS
from pipelines.core.rules.registry import RULES


def build_summary(counts: list, findings: list[dict], context: dict) -> dict:
    """`counts` rows are [[label, kind, source], n] or [["category", name], n]."""
    totals: Counter = Counter()
    files: dict = defaultdict(lambda: {"kind": None, "read": 0, "used": 0, "rejected": 0,
                                       "outside_window": 0})
    categories: Counter = Counter()
    unread: Counter = Counter()
    # Every input file is listed, also one that held no row (an empty file is seen,
    # not skipped).
    for kind, sources in (context.get("inputs") or {}).items():
        for source in sources:
            files[source]["kind"] = kind
    columns: dict = defaultdict(dict)
    for key, count in counts:
        label = key[0]
        if label == "category":
            categories[key[1]] += count
            continue
        if label == "unread_language":  # [["unread_language", language], records]
            unread[key[1]] += count
            continue
        if label == "column":  # [["column", dataset, column, kind], sampled values]
            columns[key[1]][key[2]] = {"read_as": key[3], "sampled": count}
            continue
        kind, source = key[1], key[2]
        totals[(label, kind)] += count
        entry = files[source]
        entry["kind"] = kind
        if label == "read":
            entry["read"] += count
        elif label == "rejected":
            entry["rejected"] += count
        elif label == "outside_window":
            entry["outside_window"] += count
        else:
            entry["used"] += count
    by_rule = Counter(f["rule"] for f in findings)
    by_severity = Counter(f["severity"] for f in findings)
    read = totals[("read", RECORDS)] + totals[("read", TRANSFERS)]
    rejected = totals[("rejected", RECORDS)] + totals[("rejected", TRANSFERS)]
    return {
        "records_read": totals[("read", RECORDS)],
        "records_classified": totals[("classified", RECORDS)],
        "records_rejected": totals[("rejected", RECORDS)],
        "transfers_read": totals[("read", TRANSFERS)],
        "transfers_evaluated": totals[("evaluated", TRANSFERS)],
        "transfers_rejected": totals[("rejected", TRANSFERS)],
        "transfers_outside_window": totals[("outside_window", TRANSFERS)],
        "rows_read": read,
        "rows_rejected": rejected,
        "rejected_fraction": round(rejected / read, 6) if read else 0.0,
        "findings": len(findings),
        "findings_by_rule": {rule: by_rule.get(rule, 0) for rule in RULES},
        "findings_by_severity": {sev: by_severity.get(sev, 0) for sev in SEVERITIES},
        "classification": {"personal": categories.get("personal", 0),
                           "customer": categories.get("customer", 0)},
        # records with text in a language that neither a model nor a name list reads (per
        # language): their names may be missed, so they are shown, never silently clean
        "records_in_unread_languages": dict(sorted(unread.items())),
        "files": {source: files[source] for source in sorted(files)},
        # which column of which dataset was read as what (classifiers/columns.py)
        "columns": {dataset: dict(sorted(columns[dataset].items()))
                    for dataset in sorted(columns)},
        **context,
    }


def adds_up(summary: dict) -> bool:
    """Nothing lost: every row read was used or rejected (or left out by the window)."""
    records = summary["records_read"] == summary["records_classified"] + summary["records_rejected"]
    transfers = summary["transfers_read"] == (
        summary["transfers_evaluated"] + summary["transfers_rejected"]
        + summary["transfers_outside_window"])
    per_file = all(
        f["read"] == f["used"] + f["rejected"] + f["outside_window"]
        for f in summary["files"].values()
    )
    files = summary["files"].values()
    totals = all(
        summary[f"{kind}_read"] == sum(f["read"] for f in files if f["kind"] == kind)
        and summary[f"{kind}_rejected"] == sum(f["rejected"] for f in files if f["kind"] == kind)
        for kind in (RECORDS, TRANSFERS)
    )
    return records and transfers and per_file and totals

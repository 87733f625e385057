"""summary.json: counts that add up, per kind and per file, and the run's context."""

from __future__ import annotations

from collections import Counter, defaultdict

from pipelines.core.model import RECORDS, SEVERITIES, TRANSFERS
from pipelines.core.pseudonyms import Pseudonyms
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
    sources = _SourceFacts()
    for key, count in counts:
        label = key[0]
        if sources.take(key, count):
            continue
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
    for source, origin in (context.get("transfer_sources") or {}).items():
        files[source]["source"] = origin
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
        **sources.summary(),
        # records with text in a language that neither a model nor a name list reads (per
        # language): their names may be missed, so they are shown, never silently clean
        "records_in_unread_languages": dict(sorted(unread.items())),
        "files": {source: files[source] for source in sorted(files)},
        # which column of which dataset was read as what (classifiers/columns.py)
        "columns": {dataset: dict(sorted(columns[dataset].items()))
                    for dataset in sorted(columns)},
        **context,
    }


class _SourceFacts:
    """The count keys the transfer sources add (pipelines/sources/): what each row was,
    what could not be judged and why, DLP policy changes, unmapped connector names, and
    how many transfers each source gave the rules."""

    def __init__(self) -> None:
        self.kinds: dict = defaultdict(Counter)
        self.unjudged: Counter = Counter()
        self.changes: list[dict] = []
        self.unmapped: dict = defaultdict(Counter)
        self.judged: Counter = Counter()

    def take(self, key: list, count: int) -> bool:
        label = key[0]
        if label == "row_kind":
            self.kinds[key[1]][key[2]] += count
        elif label == "not_judgeable":
            self.unjudged[(key[1], key[2], key[3])] += count
        elif label == "dlp_change":
            _, origin, when, operation, policy, policy_id, result = key
            self.changes += [{"time": when or None, "operation": operation, "policy": policy,
                              "policy_id": policy_id, "result": result, "source": origin}] * count
        elif label == "unmapped_connector":
            self.unmapped[key[1]][key[2]] += count
        elif label == "judged":
            self.judged[key[1]] += count
        else:
            return False
        return True

    def summary(self) -> dict:
        by_rule: Counter = Counter()
        for (_, rule, _), count in self.unjudged.items():
            by_rule[rule] += count
        return {
            # rows of each transfer source, by what they were
            "sources": {origin: dict(sorted(kinds.items()))
                        for origin, kinds in sorted(self.kinds.items())},
            "transfers_judged": dict(sorted(self.judged.items())),
            # rows that lacked what a rule needs: never read as clean
            "not_judgeable": [{"source": origin, "rule": rule, "reason": reason, "rows": n}
                              for (origin, rule, reason), n in sorted(self.unjudged.items())],
            "not_judgeable_by_rule": {rule: by_rule[rule] for rule in RULES if by_rule[rule]},
            "dlp_policy_changes": sorted(self.changes, key=lambda c: (
                c["time"] or "", c["policy"], c["operation"])),
            "unmapped_connectors": {origin: dict(sorted(names.items()))
                                    for origin, names in sorted(self.unmapped.items())},
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


def pseudonymised(summary: dict, pseudonyms: Pseudonyms) -> dict:
    """The summary as it may be written: file names, datasets and column names from the
    input pseudonymised where they hold a personal value (core/pseudonyms.py)."""
    path, name = pseudonyms.path, pseudonyms.name
    out = dict(summary)
    out["files"] = {path(source): entry for source, entry in summary["files"].items()}
    out["columns"] = {name(dataset): {name(column): kind for column, kind in columns.items()}
                      for dataset, columns in summary["columns"].items()}
    if isinstance(summary.get("inputs"), dict):
        # in full here; elsewhere each input file goes by its name (`input_files`)
        out["inputs"] = {kind: [pseudonyms.location(source) for source in sources]
                         for kind, sources in summary["inputs"].items()}
        out["input_files"] = {path(source): pseudonyms.location(source)
                              for sources in summary["inputs"].values() for source in sources}
    if summary.get("skipped_files"):
        out["skipped_files"] = [{**entry, "path": path(entry["path"])}
                                for entry in summary["skipped_files"]]
    for key in ("config",):
        if isinstance(summary.get(key), str):
            out[key] = path(summary[key])
    if isinstance(summary.get("baseline"), dict) and summary["baseline"].get("file"):
        out["baseline"] = {**summary["baseline"], "file": path(summary["baseline"]["file"])}
    if summary.get("warnings"):
        out["warnings"] = [pseudonyms.text(warning) for warning in summary["warnings"]]
    return out

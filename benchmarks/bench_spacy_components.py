"""What dropping spaCy components costs in accuracy and saves in time.

    python benchmarks/bench_spacy_components.py [--n 2000]

Classifies the same records (bench_throughput's corpus, plus the sample tenant) with
flowaudit's classifier twice: the full pipeline minus the parser (tagger, attribute_ruler
and rule lemmatizer feeding Presidio's context words), and the lean pipeline that
`classifiers.models` loads (no parser or lemmatizer, lemma = lower-cased word). Prints the
time of each, and every difference in entities found, in personal fields and in record
decisions, and each side's decisions against the gold labels.
"""

from __future__ import annotations

import argparse
import functools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_throughput import _fields, make_records  # noqa: E402

import classifiers.classify as classify  # noqa: E402
from classifiers.models import load_spacy_model  # noqa: E402
from classifiers.settings import ClassifierSettings  # noqa: E402


def _sample_tenant() -> list[tuple[tuple[str, str], tuple, bool]]:
    """(key, fields, gold) of the sample tenant's JSONL and CSV records."""
    import csv

    from sample_data.generate import PERSONAL_TICKETS

    folder = ROOT / "sample_data" / "records"
    rows = []
    for name in ("contacts.jsonl", "apac_customers.jsonl"):
        with open(folder / name, encoding="utf-8") as handle:
            rows += [json.loads(line) for line in handle]
    with open(folder / "tickets.csv", encoding="utf-8", newline="") as handle:
        rows += list(csv.DictReader(handle))
    out = []
    for row in rows:
        if "record_id" not in row:
            continue
        gold = not row["record_id"].startswith("TK-") or row["record_id"] in PERSONAL_TICKETS
        out.append(((row["dataset"], row["record_id"]), tuple(_fields(row)), gold))
    return out


def classify_all(lean: bool, records: list[tuple]) -> tuple[float, list]:
    classify.load_spacy_model = functools.partial(load_spacy_model, lean=lean)
    classifier = classify.RecordClassifier(ClassifierSettings())
    print(f"  lean={lean}: pipeline {classifier.nlp_engine.nlp['en'].pipe_names}")
    classifier.classify_batch([records[0][1]])  # warm up
    started = time.perf_counter()
    verdicts = []
    for start in range(0, len(records), 256):
        batch = records[start:start + 256]
        verdicts += classifier.classify_batch([fields for _, fields, _ in batch])
    return time.perf_counter() - started, verdicts


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000, help="benchmark corpus records")
    args = parser.parse_args()
    rows, gold = make_records(args.n)
    keys = [(r["dataset"], r["record_id"]) for r in rows]
    records = [(key, tuple(_fields(r)), gold[key]) for key, r in zip(keys, rows, strict=True)]
    records += _sample_tenant()
    texts = sum(len(fields) for _, fields, _ in records)
    print(f"{len(records)} records ({args.n} benchmark corpus + sample tenant), {texts} fields")
    full_seconds, full = classify_all(False, records)
    lean_seconds, lean = classify_all(True, records)
    print(f"full pipeline minus parser: {full_seconds:.1f} s; lean: {lean_seconds:.1f} s "
          f"({full_seconds / lean_seconds:.2f}x)")
    entity_diffs = field_diffs = decision_diffs = 0
    for (key, _, _), a, b in zip(records, full, lean, strict=True):
        if a.entity_counts != b.entity_counts:
            entity_diffs += 1
            print(f"  {key[1]}: entities {dict(a.entity_counts)} -> {dict(b.entity_counts)}")
        field_diffs += a.personal_fields != b.personal_fields
        decision_diffs += a.category != b.category
    print(f"records whose entity counts differ: {entity_diffs}; personal fields differ: "
          f"{field_diffs}; personal/customer decision differs: {decision_diffs}")
    for name, verdicts in (("full", full), ("lean", lean)):
        pairs = list(zip(records, verdicts, strict=True))
        right = sum((v.category == "personal") == g for (_, _, g), v in pairs)
        missed = sum(g and v.category != "personal" for (_, _, g), v in pairs)
        print(f"  {name} vs gold: {right}/{len(records)} right, {missed} personal missed")
    return 0


if __name__ == "__main__":
    sys.exit(main())

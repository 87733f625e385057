"""Column sampling in the pipeline: the bounded sample each column's kind is inferred
from, the per-column counts, and how a run's summary reports what each column was read as."""

from __future__ import annotations

import random

import pytest

from classifiers.columns import COLUMN_SAMPLE_SIZE, ColumnKind, DatasetProfile
from pipelines.core.model import Record
from pipelines.transforms.classify import SampleColumns
from pipelines.transforms.count import column_counts

K = ColumnKind


def _record(i: int, **fields) -> Record:
    return Record("ds", f"r{i}", None, "westeurope", "europe", False,
                  tuple(fields.items()), "f.jsonl", i)


def test_sample_is_bounded_and_the_same_whatever_the_order():
    records = [_record(i, email=f"u{i}@example.com", note="") for i in range(500)]
    combine = SampleColumns(size=50)

    def sample(order):
        halves = [combine.create_accumulator(), combine.create_accumulator()]
        for index, record in enumerate(order):
            combine.add_input(halves[index % 2], record)
        return combine.extract_output(combine.merge_accumulators(halves))

    shuffled = records[:]
    random.Random(3).shuffle(shuffled)
    first, second = sample(records), sample(shuffled)
    assert first == second
    assert len(first["email"]) == 50 and "note" not in first


def test_column_counts_name_dataset_column_and_kind():
    profile = DatasetProfile("ds", (("email", K.EMAIL_ADDRESS),), (("email", 7),))
    assert list(column_counts(("ds", profile))) == [
        (("column", "ds", "email", "EMAIL_ADDRESS"), 7)]


@pytest.mark.slow
def test_sample_summary_shows_how_each_column_was_read(sample_run):
    import json

    import pyarrow.parquet as pq

    result, out = sample_run
    columns = json.loads((out / "summary.json").read_text())["columns"]
    read_as = {(dataset, column): entry["read_as"]
               for dataset, entries in columns.items() for column, entry in entries.items()}
    assert read_as[("contoso-prod/contacts", "email")] == "EMAIL_ADDRESS"
    assert read_as[("contoso-prod/contacts", "full_name")] == "PERSON"
    assert read_as[("contoso-prod/telemetry", "hostname")] == "DOMAIN_NAME"
    assert read_as[("contoso-prod/telemetry", "private_ip")] == "IP_ADDRESS"
    assert read_as[("contoso-prod/telemetry", "sku")] == "IDENTIFIER"
    assert read_as[("contoso-prod/tickets", "body")] == "FREE_TEXT"
    assert all(0 < entry["sampled"] <= COLUMN_SAMPLE_SIZE
               for entries in columns.values() for entry in entries.values())
    rows = pq.read_table(out / "classifications.parquet").to_pylist()
    for row in rows:  # explanations: the fields and types that made a record personal
        assert (row["category"] == "personal") == bool(row["personal_reasons"])
        assert {r["field"] for r in row["personal_reasons"]} == set(row["personal_fields"])


def test_a_duplicate_record_is_sampled_once():
    # the sample sees parsed records before duplicates are rejected
    records = [_record(i, email=f"u{i}@example.com") for i in range(200)]
    duplicates = [_record(i, email=f"copy{i}@example.com") for i in range(200)]
    combine = SampleColumns(size=50)
    accumulator = combine.create_accumulator()
    for record in records + duplicates:
        combine.add_input(accumulator, record)
    emails = combine.extract_output(accumulator)["email"]
    assert len(emails) == 50
    assert len({email.removeprefix("copy").removeprefix("u") for email in emails}) == 50

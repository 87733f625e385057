"""classifications.parquet: one row per classified record, never a value.

Workers write one file per bundle (a one-shard write would group every row on one
worker, and on the local runner in the driver too); the driver joins them afterwards,
one row group at a time, so memory does not grow with the input.
"""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq

from pipelines.core.model import ClassifiedRecord
from pipelines.core.pseudonyms import Pseudonyms
from pipelines.files import storage

CLASSIFICATIONS_FILE = "classifications.parquet"
CLASSIFICATION_SHARDS = "classifications-part"
ROW_GROUP_BYTES = 4 * 1024 * 1024
"""Rows a worker buffers before it writes them (Beam's default, 64 MB, is held per worker
until the whole stage ends on the local runner)."""

CLASSIFICATION_SCHEMA = pa.schema([
    ("record_id", pa.string()),
    ("dataset", pa.string()),
    ("environment", pa.string()),
    ("region", pa.string()),
    ("home_geo", pa.string()),
    ("category", pa.string()),
    ("entity_types", pa.map_(pa.string(), pa.int64())),
    ("personal_fields", pa.list_(pa.string())),
    ("source", pa.string()),
    # what made the record personal: field and entity type with a count, never a value
    ("personal_reasons", pa.list_(pa.struct([
        ("field", pa.string()), ("entity_type", pa.string()), ("count", pa.int64())]))),
    # why the verdict covers more than one row: copies that differ, a copy rejected
    ("note", pa.string()),
])


def classification_row(record: ClassifiedRecord, pseudonyms: Pseudonyms | None = None) -> dict:
    """A row of classifications.parquet; with `pseudonyms`, names from the input (ids,
    dataset, column names, the file) are written as core/pseudonyms.py says."""
    name = pseudonyms.name if pseudonyms else (lambda text: text)
    path = pseudonyms.path if pseudonyms else (lambda text: text)
    note = record.note
    if note and record.presumed:
        note = f"judged as personal because nobody can show it is not: {note}"
    return {
        "record_id": name(record.record_id),
        "dataset": name(record.dataset),
        "environment": record.environment,
        "region": record.region,
        "home_geo": record.home_geo,
        "category": record.category,
        "entity_types": list(record.entity_counts),
        "personal_fields": [name(field) for field in record.personal_fields],
        "source": path(record.source),
        "personal_reasons": [
            {"field": name(field), "entity_type": entity, "count": count}
            for field, entity, count in record.reasons],
        "note": pseudonyms.text(note) if pseudonyms and note else note,
    }


def merge_classification_shards(folder: str) -> int:
    """Join the per-bundle classification files into `classifications.parquet`; returns
    its number of rows."""
    rows = 0
    shards = storage.list_files(folder, CLASSIFICATION_SHARDS + "*")
    with storage.open_write(storage.join(folder, CLASSIFICATIONS_FILE)) as output, \
            pq.ParquetWriter(output, CLASSIFICATION_SCHEMA) as writer:
        for shard in shards:
            with storage.open_read(shard.path) as handle:
                source = pq.ParquetFile(handle)
                for index in range(source.num_row_groups):
                    group = source.read_row_group(index)
                    rows += group.num_rows
                    writer.write_table(group)
                source.close()
    storage.delete(shard.path for shard in shards)
    return rows

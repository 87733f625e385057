"""Classify: what each dataset's columns hold, then every record personal or customer."""

from __future__ import annotations

import hashlib

import apache_beam as beam
from apache_beam.metrics import Metrics
from apache_beam.utils.shared import Shared

from classifiers.columns import COLUMN_SAMPLE_SIZE, infer_profile
from classifiers.settings import ClassifierSettings
from pipelines.core.model import (
    RECORDS,
    ClassifiedRecord,
    Record,
    Rejection,
)
from pipelines.transforms.common import NAMESPACE, REJECTED, Holder

# One classifier per worker process, shared by every DoFn instance and thread in it.
_CLASSIFIERS = Shared()


def _sample_rank(record_id: str, column: str) -> int:
    """A stable pseudo-random rank: the same sample on every run and every runner."""
    digest = hashlib.blake2b(f"{record_id}\0{column}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big")


class SampleColumns(beam.CombineFn):
    """Per dataset, each column's non-empty values of lowest rank: a bounded, deterministic
    sample (at most `size` values a column), whatever the dataset's size."""

    def __init__(self, size: int = COLUMN_SAMPLE_SIZE) -> None:
        self.size = size

    def create_accumulator(self) -> dict[str, list[tuple[int, str]]]:
        return {}

    def _lowest(self, values: list[tuple[int, str]]) -> list[tuple[int, str]]:
        # Duplicate records (the sample sees them before they are rejected) share a rank:
        # each rank counts once.
        return sorted(dict(sorted(values, reverse=True)).items())[: self.size]

    def _trim(self, values: list[tuple[int, str]]) -> list[tuple[int, str]]:
        return self._lowest(values) if len(values) > 2 * self.size else values

    def add_input(self, accumulator, record: Record):
        for column, value in record.fields:
            if value and value.strip():
                kept = accumulator.setdefault(column, [])
                kept.append((_sample_rank(record.record_id, column), value))
                accumulator[column] = self._trim(kept)
        return accumulator

    def merge_accumulators(self, accumulators):
        merged: dict[str, list[tuple[int, str]]] = {}
        for accumulator in accumulators:
            for column, values in accumulator.items():
                merged[column] = self._trim(merged.get(column, []) + values)
        return merged

    def extract_output(self, accumulator) -> dict[str, list[str]]:
        return {column: [value for _, value in self._lowest(values)]
                for column, values in sorted(accumulator.items())}


class ProfileColumns(beam.PTransform):
    """Records -> (dataset, DatasetProfile): what each column holds, inferred once per
    dataset from a sample of its values (small: datasets × columns, a side input)."""

    def expand(self, records):
        return (
            records
            | "ByDataset" >> beam.Map(lambda r: (r.dataset, r))
            | "Sample" >> beam.CombinePerKey(SampleColumns())
            | "Infer" >> beam.Map(lambda item: (item[0], infer_profile(item[0], item[1])))
        )


class _ClassifyBatch(beam.DoFn):
    def __init__(self, settings: ClassifierSettings) -> None:
        self.settings = settings
        self.classified = Metrics.counter(NAMESPACE, "records_classified")
        self.personal = Metrics.counter(NAMESPACE, "records_personal")

    def setup(self) -> None:
        # Imported here: spaCy and Presidio take 1.5 s to import, and the driver, which
        # only builds the pipeline, never needs them.
        from classifiers.classify import RecordClassifier
        from classifiers.offline import use_bundled_suffix_list

        settings = self.settings
        use_bundled_suffix_list()  # also when the shared classifier was built earlier
        self.classifier = _CLASSIFIERS.acquire(
            lambda: Holder(RecordClassifier(settings)), tag=repr(settings)).value

    def process(self, batch: list[Record], profiles: dict | None = None):
        # A dataset without a profile is analysed in full (fail closed, never skipped).
        known = [profiles.get(record.dataset) for record in batch] if profiles else None
        try:
            verdicts = self.classifier.classify_batch(
                [record.fields for record in batch], known,
                [record.region for record in batch])  # the phone numbers' country
        except Exception as error:  # fail closed: the batch is rejected, never "customer"
            for record in batch:
                yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
                    RECORDS, record.source, record.position,
                    f"classification failed ({type(error).__name__})", key=record.key))
            return
        for record, verdict in zip(batch, verdicts, strict=True):
            if verdict.failed:
                yield beam.pvalue.TaggedOutput(REJECTED, Rejection(
                    RECORDS, record.source, record.position, verdict.error, key=record.key))
                continue
            self.classified.inc()
            if verdict.category == "personal":
                self.personal.inc()
            yield ClassifiedRecord(
                dataset=record.dataset,
                record_id=record.record_id,
                environment=record.environment,
                region=record.region,
                home_geo=record.home_geo,
                outside_geo=record.outside_geo,
                category=verdict.category,
                entity_counts=verdict.entity_counts,
                personal_fields=verdict.personal_fields,
                source=record.source,
                reasons=verdict.reasons,
                position=record.position,
                unread_languages=verdict.unread_languages,
            )


class ClassifyRecords(beam.PTransform):
    """Records -> ClassifiedRecord (personal or customer), in batches; with column
    profiles (a side input from `ProfileColumns`), structured values are checked by
    their column's validator and only free text goes through full NLP."""

    def __init__(self, settings: ClassifierSettings, profiles=None, max_batch: int = 256) -> None:
        super().__init__()
        self.settings = settings
        self.profiles = profiles
        self.max_batch = max_batch

    def expand(self, records):
        side = [] if self.profiles is None else [beam.pvalue.AsDict(self.profiles)]
        return (
            records
            | "Batch" >> beam.BatchElements(min_batch_size=8, max_batch_size=self.max_batch)
            | "Classify" >> beam.ParDo(_ClassifyBatch(self.settings), *side).with_outputs(
                REJECTED, main="classified")
        )

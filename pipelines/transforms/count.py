"""Count: every number of summary.json, computed as data so that every runner agrees."""

from __future__ import annotations

import time

import apache_beam as beam

from classifiers.columns import DatasetProfile
from pipelines.core.model import (
    RECORDS,
    TRANSFERS,
    ClassifiedRecord,
)
from pipelines.transforms.common import part_label, parts


def column_counts(item: tuple[str, DatasetProfile]):
    """summary.json rows: which column of which dataset was read as what."""
    dataset, profile = item
    sampled = dict(profile.sampled)
    for column, kind in profile.columns:
        yield ("column", dataset, column, kind.value), sampled.get(column, 0)


class CountBy(beam.PTransform):
    """((label, *key(element)), count) pairs.

    Summed by a keyed combine straight after the map, which runners lift into the stage
    that makes the elements: only partial counts leave it. Flattening the elements first
    would make the local runner hold every row in its driver only to count it.
    """

    def __init__(self, label: str, key) -> None:
        super().__init__(label)
        self.name, self.key = label, key

    def expand(self, values):
        name, key = self.name, self.key
        # label "fact": the value is the whole count key (sources/ and judge facts)
        pair = (lambda value: (tuple(key(value)), 1)) if name == "fact" else (
            lambda value: ((name, *key(value)), 1))
        return (
            values
            | "Pair" >> beam.Map(pair)
            | "Sum" >> beam.CombinePerKey(sum)
        )


class CountRows(beam.PTransform):
    """Every count of summary.json, computed as data so that every runner agrees."""

    def __init__(self, **collections) -> None:
        super().__init__()
        self.collections = collections

    def expand(self, pbegin):
        c = self.collections
        counted = [
            rows | f"read {index}" >> CountBy("read", lambda r: (r.kind, r.source))
            for index, rows in enumerate(c["rows"])
        ] + [
            c["rejected"] | CountBy("rejected", lambda r: (r.kind, r.source)),
            *[part | part_label("Classified only", i) >> beam.Filter(
                lambda r: isinstance(r, ClassifiedRecord))
              | part_label("classified", i) >> CountBy("classified", lambda r: (RECORDS, r.source))
              for i, part in enumerate(parts(c["classified"]))],
            *[part | part_label("Classified records", i) >> beam.Filter(
                lambda r: isinstance(r, ClassifiedRecord))
              | part_label("category", i) >> CountBy("category", lambda r: (r.category,))
              for i, part in enumerate(parts(c["classified"]))],
            *[part | part_label("UnreadLanguages", i) >> beam.FlatMap(
                lambda r: [(("unread_language", language), 1)
                           for language in getattr(r, "unread_languages", ())])
              for i, part in enumerate(parts(c["classified"]))],
            c["evaluated"] | CountBy("evaluated", lambda t: (TRANSFERS, t.source)),
            c["outside_window"] | CountBy("outside_window", lambda t: (TRANSFERS, t.source)),
        ]
        for part, findings in sorted((c.get("findings") or {}).items()):
            # what the writers must have written: the driver checks the files against it
            counted.append(findings | f"findings {part}" >> CountBy("findings", lambda f: ()))
        for index, facts in enumerate(c.get("facts") or ()):  # count keys as they are
            counted.append(facts | f"facts {index}" >> CountBy("fact", lambda key: key))
        if c.get("columns") is not None:  # column profiles: already (key, count) pairs
            counted.append(c["columns"] | "ColumnKinds" >> beam.FlatMap(column_counts))
        return (
            counted
            | "All" >> beam.Flatten()
            | "Sum" >> beam.CombinePerKey(sum)
        )


FLUSH_SECONDS = 0.5


class _CountClassified(beam.DoFn):
    def __init__(self, path: str) -> None:
        self.path = path

    def setup(self) -> None:
        self.broken = False

    def start_bundle(self) -> None:
        self.pending = 0
        self.flushed = time.monotonic()

    def process(self, _element) -> None:
        self.pending += 1
        if time.monotonic() - self.flushed >= FLUSH_SECONDS:
            self._flush()

    def finish_bundle(self) -> None:
        self._flush()

    def _flush(self) -> None:
        self.flushed = time.monotonic()
        if not self.pending or self.broken:
            return
        try:
            # One short O_APPEND write per flush: concurrent workers never interleave.
            with open(self.path, "a", encoding="ascii") as handle:
                handle.write(f"{self.pending}\n")
        except OSError:
            self.broken = True  # not on this machine's disk: progress is best effort
        self.pending = 0


class CountProgress(beam.PTransform):
    """A side branch that counts elements into `path` for the driver's progress lines
    (runs/progress.py): a line per flush, at most twice a second per worker, and at
    each bundle's end. It outputs nothing."""

    def __init__(self, path: str) -> None:
        super().__init__()
        self.path = path

    def expand(self, elements):
        return elements | "Count" >> beam.ParDo(_CountClassified(self.path))

"""SurveyCopies and SettleCopies on a TestPipeline: repeated keys are found whatever the
read shards, identical copies keep the first, conflicting copies all go on."""

from __future__ import annotations

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.core.model import RECORDS
from pipelines.transforms.copies import SettleCopies, SurveyCopies
from pipelines.transforms.parse import ParseRows
from pipelines.transforms.read import ReadRows
from tests.conftest import write_jsonl


@pytest.mark.parametrize("shards", [3])  # tasks each own a share of the keys
def test_repeated_keys_are_found_and_settled_whatever_the_shards(tmp_path, audit_config,
                                                                 shards):
    def rows(note_of):
        return [{"record_id": f"r{i}", "dataset": "d", "environment": "prod",
                 "note": note_of(i)} for i in range(40)]

    files = [str(write_jsonl(tmp_path / "a.jsonl", rows(lambda i: "x"))),
             str(write_jsonl(tmp_path / "b.jsonl", rows(lambda i: "x" if i < 20 else "y"))),
             str(write_jsonl(tmp_path / "c.jsonl", [{"record_id": "r0", "dataset": "d"}]))]
    tenant = audit_config.tenant
    # one bundle per worker thread: a key whose rows went to two tasks would go unseen
    options = PipelineOptions(["--direct_running_mode=multi_threading",
                               f"--direct_num_workers={shards}"])
    with BeamTestPipeline(runner=FnApiRunner(), options=options) as p:
        survey = (p | "Survey" >> ReadRows(RECORDS, files, shards, by_key=True)
                  | SurveyCopies(tenant, files))
        assert_that(survey["copies"] | beam.MapTuple(
            lambda key, news: (key[1], news.conflicting)),
            equal_to([("r0", True)] + [(f"r{i}", False) for i in range(1, 20)]
                     + [(f"r{i}", True) for i in range(20, 40)]), label="Copies")
        parsed = (p | "Read" >> ReadRows(RECORDS, files, shards, by_key=True)
                  | ParseRows(tenant)).parsed
        settled = parsed | SettleCopies(survey["copies"], files)
        assert_that(settled.unique | beam.Map(lambda r: (r.record_id, r.source[-7:])),
                    equal_to([(f"r{i}", "a.jsonl") for i in range(40)]
                             + [("r0", "b.jsonl")]  # r0 conflicts: a rejected copy in c
                             + [(f"r{i}", "b.jsonl") for i in range(20, 40)]),
                    label="Unique")
        assert_that(settled.rejected | beam.Map(lambda r: (r.source[-7:], r.reason[:52])),
                    equal_to([("b.jsonl", "duplicate record_id within its dataset, identical "
                               "to")] * 19), label="Rejected")

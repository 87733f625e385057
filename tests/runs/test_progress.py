"""Progress lines: workers append counts to a file, a driver thread sums and prints."""

from __future__ import annotations

import io
import time

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner

from pipelines.runs.progress import ProgressReporter, progress_line, read_count
from pipelines.transforms.count import CountProgress


@pytest.mark.parametrize("mode, workers", [
    ("in_memory", 1), pytest.param("multi_processing", 2, marks=pytest.mark.slow)])
def test_workers_count_every_element_in_both_running_modes(tmp_path, mode, workers):
    path = str(tmp_path / "classified")
    options = PipelineOptions([f"--direct_running_mode={mode}",
                               f"--direct_num_workers={workers}"])
    with beam.Pipeline(runner=FnApiRunner(), options=options) as p:
        (p | beam.Create(range(1234)) | beam.Reshuffle() | CountProgress(path))
    assert read_count(path) == 1234


@pytest.mark.parametrize("content, expected", [
    ("", 0), ("5\n", 5), ("5\n7\n", 12), ("5\n7", 12), ("5\n\n3\n", 8),
    ("5\n7\n1", 13),
])
def test_read_count_sums_lines(tmp_path, content, expected):
    path = tmp_path / "c"
    path.write_text(content)
    assert read_count(str(path)) == expected


def test_read_count_of_a_missing_file_is_zero(tmp_path):
    assert read_count(str(tmp_path / "nothing")) == 0


def test_reporter_prints_periodic_lines_with_rate(tmp_path):
    path = tmp_path / "classified"
    stream = io.StringIO()
    with ProgressReporter(str(path), 0.05, stream) as reporter:
        path.write_text("100\n")
        time.sleep(0.3)
    lines = stream.getvalue().splitlines()
    assert reporter.lines == len(lines) >= 3
    assert all(line.startswith("flowaudit: progress: ") for line in lines)
    assert "100 records classified" in lines[-1]
    assert all("records/s" in line for line in lines)


@pytest.mark.parametrize("count, rate, elapsed, expected", [
    (0, 0.0, 2.0, "0 records classified, 0 records/s, 2 s elapsed"),
    (1500, 149.6, 10.2, "1500 records classified, 150 records/s, 10 s elapsed"),
])
def test_progress_line(count, rate, elapsed, expected):
    assert progress_line(count, rate, elapsed) == f"flowaudit: progress: {expected}"

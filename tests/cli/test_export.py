"""`flowaudit export OUT --format sarif|ocsf` on a finished run folder, and the usage
errors of `--format` and SOURCE_DATE_EPOCH. No pipeline runs here: the run folder is
made from rule-made findings (tests/runs/export_cases.py)."""

from __future__ import annotations

import json

import pytest

from pipelines.cli.main import main
from pipelines.files.findings import findings_jsonl
from pipelines.files.staging import write_marker
from pipelines.runs.ocsf import ocsf_bytes
from pipelines.runs.sarif import sarif_bytes
from tests.runs.export_cases import rows, summary

WRITERS = {"sarif": sarif_bytes, "ocsf": ocsf_bytes}


@pytest.fixture()
def finished_run(tenant, tmp_path):
    out = tmp_path / "audit-out"
    out.mkdir()
    found = rows(tenant, tmp_path)
    context = summary(tmp_path)
    (out / "findings.jsonl").write_bytes(findings_jsonl(found))
    (out / "summary.json").write_text(json.dumps(context, indent=2), encoding="utf-8")
    write_marker(out, "run-1")
    return out, found, context


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_export_prints_what_the_run_would_have_written(finished_run, capsysbinary, fmt):
    out, found, context = finished_run
    assert main(["export", str(out), "--format", fmt]) == 0
    assert capsysbinary.readouterr().out == WRITERS[fmt](found, context)


@pytest.mark.parametrize("fmt", sorted(WRITERS))
def test_export_to_a_file(finished_run, tmp_path, capsysbinary, fmt):
    out, found, context = finished_run
    target = tmp_path / f"findings.{fmt}"
    target.write_text("an older export")
    assert main(["export", str(out), "--format", fmt, "--to", str(target)]) == 0
    assert target.read_bytes() == WRITERS[fmt](found, context)
    assert capsysbinary.readouterr().out == b""
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_export_never_writes_into_a_run_folder(finished_run, capsys):
    out, _, _ = finished_run
    assert main(["export", str(out), "--format", "sarif", "--to",
                 str(out / "findings.sarif")]) == 2
    assert "inside a run's output folder" in capsys.readouterr().err
    assert not (out / "findings.sarif").exists()


def test_a_run_that_recorded_no_start_time_cannot_be_exported(finished_run, capsys):
    out, _, context = finished_run
    context["timings"].pop("started_at")
    (out / "summary.json").write_text(json.dumps(context), encoding="utf-8")
    write_marker(out, "run-1")  # a run that wrote such a summary itself
    assert main(["export", str(out), "--format", "ocsf"]) == 2
    assert "run the audit again with --format" in capsys.readouterr().err


def test_a_summary_changed_after_the_run_is_not_exported(finished_run, capsys):
    out, _, context = finished_run
    context["timings"].pop("started_at")
    (out / "summary.json").write_text(json.dumps(context), encoding="utf-8")
    assert main(["export", str(out), "--format", "ocsf"]) == 2
    assert "differs from what the run wrote" in capsys.readouterr().err


@pytest.mark.parametrize("content", [None, "not json"])
def test_a_folder_that_is_no_run_cannot_be_exported(tmp_path, capsys, content):
    if content is not None:
        (tmp_path / "findings.jsonl").write_text(content)
    assert main(["export", str(tmp_path), "--format", "sarif"]) == 2
    assert "not the output of a finished run" in capsys.readouterr().err


@pytest.mark.parametrize("argv", [
    ["run", "--format", "xml"],
    ["export", "somewhere", "--format", "json"],
    ["export", "somewhere"],
])
def test_unknown_formats_are_usage_errors(argv, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_a_bad_source_date_epoch_stops_the_run_before_it_writes(tmp_path, capsys,
                                                                monkeypatch):
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "last tuesday")
    assert main(["run", "--output", str(tmp_path / "out"), "--format", "sarif"]) == 2
    assert "SOURCE_DATE_EPOCH" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_the_code_scanning_workflow_uploads_what_its_audit_writes():
    """docs/ci/flowaudit-code-scanning.yml: its command parses, asks for SARIF, and the
    upload step reads the file that command writes."""
    import shlex

    import yaml

    from pipelines.cli.main import _parser
    from pipelines.runs.sarif import SARIF_FILE
    from tests.conftest import ROOT

    workflow = yaml.safe_load((ROOT / "docs" / "ci" / "flowaudit-code-scanning.yml").read_text())
    steps = workflow["jobs"]["audit"]["steps"]
    [audit] = [s for s in steps if s.get("id") == "audit"]
    argv = shlex.split(audit["run"].replace("\\\n", " "))
    assert argv[:2] == ["flowaudit", "run"]
    args, unknown = _parser().parse_known_args(argv[1:])
    assert unknown == [] and args.formats == ["sarif", "ocsf"]
    [upload] = [s for s in steps if "upload-sarif" in s.get("uses", "")]
    assert upload["with"]["sarif_file"] == f"{args.output}/{SARIF_FILE}"
    assert workflow["permissions"]["security-events"] == "write"
    for option in ("--records", "--transfers", "--config"):
        assert getattr(args, option.strip("-")) is not None

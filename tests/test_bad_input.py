"""Bad input through the real command line: every bad row rejected with its source,
position and a reason a person understands; every good row beside it still audited;
the run finishes; the counts add up per file. Plus the inputs that must stop a run
before anything is written (exit 2), and the fail-closed classification path."""

from __future__ import annotations

import io
import json
import os
import re
import unicodedata
from pathlib import Path

import apache_beam as beam
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.audit import Audit, AuditPlan
from pipelines.cli import main as cli
from pipelines.files import inputs as inputs_module
from pipelines.files.inputs import InputError, resolve_inputs
from pipelines.files.readers import read_rows
from pipelines.runs.summary import adds_up
from tests.bad_inputs import RECORDS, TRANSFERS, cases
from tests.conftest import LONG_TEXT_CHARS, TEST_CONFIG, write_jsonl

CASES = cases(LONG_TEXT_CHARS)


@pytest.fixture(scope="module")
def audit(bad_corpus, bad_corpus_run):
    """The acceptance run's outputs, loaded once; each input file named by its full path
    (outputs name it by its name among the inputs, which summary.json maps to the path)."""
    root, _, _ = bad_corpus
    result, out = bad_corpus_run
    assert result.returncode == 0, result.stderr[-3000:]
    summary = json.loads((out / "summary.json").read_text())
    full = summary["input_files"]
    assert sorted(full.values()) == sorted(
        path for paths in summary["inputs"].values() for path in paths)
    summary["files"] = {full[name]: entry for name, entry in summary["files"].items()}

    def located(row: dict) -> dict:
        return {**row, "source": full[row["source"]]}

    return {
        "root": root / "corpus",
        "summary": summary,
        "rejected": [located(json.loads(line)) for line in (out / "rejected.jsonl").open()],
        "classified": [located(row)
                       for row in pq.read_table(out / "classifications.parquet").to_pylist()],
        "findings": [json.loads(line) for line in (out / "findings.jsonl").open()],
    }


@pytest.mark.slow
def test_acceptance_run_over_the_whole_corpus_exits_0_and_adds_up(audit):
    summary = audit["summary"]
    assert summary["exit_status"] == 0
    assert adds_up(summary)
    assert summary["rows_read"] == summary["records_read"] + summary["transfers_read"]
    assert len(audit["rejected"]) == summary["rows_rejected"]
    assert len(audit["classified"]) == summary["records_classified"]
    expected_files = {str(audit["root"] / case.path) for case in CASES}
    assert set(summary["files"]) == expected_files  # hidden and .txt files are no input


@pytest.mark.slow
@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_bad_input_case(audit, case):
    source = str(audit["root"] / case.path)
    entry = audit["summary"]["files"][source]
    assert entry["kind"] == case.kind
    rejected = {(r["position"], r["reason"]) for r in audit["rejected"] if r["source"] == source}
    if case.truncated:
        # The rows before the cut are used; the cut itself is one rejected row after them.
        ((position, reason),) = rejected
        assert case.rows[0].reason in reason
        assert entry["read"] == position and entry["rejected"] == 1
        assert entry["used"] == position - 1 >= 1
        ids = sorted(r["record_id"] for r in audit["classified"] if r["source"] == source)
        assert ids == sorted(f"gz{i}" for i in range(1, position))
        return
    bad = [row for row in case.rows if row.reason]
    good = [row for row in case.rows if not row.reason]
    assert (entry["read"], entry["rejected"], entry["used"]) == (
        len(case.rows), len(bad), len(good))
    for row in bad:
        reasons = [reason for position, reason in rejected if position == row.position]
        assert len(reasons) == 1, (row, rejected)
        assert row.reason in reasons[0]
    classified = {r["record_id"]: r for r in audit["classified"] if r["source"] == source}
    for row in good:
        if case.kind == RECORDS:
            assert row.record_id in classified, row
            if row.category:
                assert classified[row.record_id]["category"] == row.category
        else:
            rules = {f["rule"] for f in audit["findings"] if f["transfer_id"] == row.transfer_id}
            assert row.rule in rules, row


@pytest.mark.slow
def test_every_rejected_row_names_its_place_and_a_plain_reason(audit):
    for row in audit["rejected"]:
        assert row["kind"] in (RECORDS, TRANSFERS)
        assert Path(row["source"]).is_file()
        assert isinstance(row["position"], int) and row["position"] >= 0
        assert len(row["reason"]) > 8 and "Traceback" not in row["reason"]


@pytest.mark.slow
def test_rejected_text_holds_no_control_or_bidi_characters(audit):
    """A preview or reason must not reorder or hide text in a terminal or a browser."""
    for row in audit["rejected"]:
        for text in (row["reason"], row["preview"]):
            assert not [c for c in text if unicodedata.category(c) in ("Cc", "Cf")], row


@pytest.mark.slow
def test_previews_are_masked(audit):
    for row in audit["rejected"]:
        shown = re.sub(r"\.\.\. \(\+\d+ chars\)$", "", row["preview"])
        letters = {c for c in shown if c.isalnum()}
        assert letters <= {"x", "X", "9"}, row


@pytest.mark.slow
def test_rejected_rows_are_in_file_order(audit):
    keys = [(r["source"], r["position"]) for r in audit["rejected"]]
    assert keys == sorted(keys)


# --- inputs that stop the run before anything is written (exit 2) --------------------

def _fifo(tmp_path: Path) -> Path:
    path = tmp_path / "pipe.jsonl"
    os.mkfifo(path)
    return path


def _broken_link(tmp_path: Path) -> Path:
    path = tmp_path / "gone.jsonl"
    path.symlink_to(tmp_path / "no-such-target.jsonl")
    return path


def _folder_of_other_files(tmp_path: Path) -> Path:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "notes.txt").write_text("x")
    (folder / ".hidden.jsonl").write_text("{}\n")
    return folder


def _glob_of_other_files(tmp_path: Path) -> str:
    _folder_of_other_files(tmp_path)
    return str(tmp_path / "docs" / "*")


def _unsupported(tmp_path: Path) -> Path:
    path = tmp_path / "records.xlsx"
    path.write_bytes(b"PK\x03\x04")
    return path


@pytest.mark.parametrize(("make", "message"), [
    (lambda tmp: tmp / "does-not-exist.jsonl", "no such file"),
    (lambda tmp: str(tmp / "nothing-*.jsonl"), "matches no file"),
    (lambda tmp: tmp / "empty-folder", "holds no"),
    (_folder_of_other_files, "holds no"),
    (_glob_of_other_files, "matches no"),
    (_unsupported, "not a supported file type"),
    (_fifo, "not a regular file"),
    (_broken_link, "cannot read"),
    (lambda tmp: "http://127.0.0.1:9/records.jsonl", "cannot list"),
], ids=["missing-file", "glob-no-match", "empty-folder", "folder-of-other-files",
        "glob-of-other-files", "unsupported-type", "fifo", "broken-symlink", "url-not-fetched"])
def test_unusable_input_path_exits_2_before_any_output(tmp_path, capsys, config_file, make,
                                                       message):
    (tmp_path / "empty-folder").mkdir()
    target = make(tmp_path)
    out = tmp_path / "out"
    code = cli.main(["run", "--config", str(config_file), "--records", str(target),
                     "--output", str(out)])
    assert code == 2
    assert message in capsys.readouterr().err
    assert not out.exists()
    assert not list(tmp_path.glob(".flowaudit-*"))


def test_unreadable_file_exits_2(tmp_path, capsys, config_file, monkeypatch):
    """Permission denied (simulated: the tests may run as root, who reads everything)."""
    path = write_jsonl(tmp_path / "secret.jsonl", [{"record_id": "a"}])

    def denied(name, *args, **kwargs):
        if str(name) == str(path):
            raise PermissionError(13, "Permission denied", str(name))
        return open(name, *args, **kwargs)

    monkeypatch.setattr(inputs_module, "open", denied, raising=False)
    out = tmp_path / "out"
    code = cli.main(["run", "--config", str(config_file), "--records", str(path),
                     "--output", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert "cannot read" in err and "permission denied" in err
    assert not out.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file_for_real_exits_2(tmp_path, config_file):
    path = write_jsonl(tmp_path / "secret.jsonl", [{"record_id": "a"}])
    path.chmod(0)
    with pytest.raises(InputError, match="cannot read"):
        resolve_inputs([str(path)], "--records")


@pytest.mark.parametrize(("config_text", "message"), [
    (None, "config"),                                       # a folder, not a file
    (b"tenant: {home_geo: \xff\xfe}\n", "config"),          # not UTF-8
    (b"tenant: [unclosed\n", "config"),                     # not YAML
    (b"tenant: !!python/object/apply:os.system ['touch EXECUTED']\n", "config"),
], ids=["folder", "not-utf8", "not-yaml", "python-tag"])
def test_unreadable_config_exits_2_and_runs_nothing(tmp_path, capsys, config_text, message,
                                                     monkeypatch):
    monkeypatch.chdir(tmp_path)
    config = tmp_path / "config.yaml"
    if config_text is None:
        config.mkdir()
    else:
        config.write_bytes(config_text)
    records = write_jsonl(tmp_path / "r.jsonl", [{"record_id": "a", "dataset": "d",
                                                  "environment": "prod"}])
    out = tmp_path / "out"
    code = cli.main(["run", "--config", str(config), "--records", str(records),
                     "--output", str(out)])
    assert code == 2
    assert message in capsys.readouterr().err.lower()
    assert not out.exists()
    assert not (tmp_path / "EXECUTED").exists()


# --- folders and globs ---------------------------------------------------------------

def test_a_folder_is_every_supported_file_below_it(tmp_path):
    folder = tmp_path / "in"
    for name in ("a.jsonl", "sub/b.csv", "sub/deeper/c.parquet", "d.ndjson.gz", "e[1].jsonl",
                 ".hidden.jsonl", ".hidden/f.jsonl", "notes.txt", "out/findings.jsonl"):
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_bytes(b"")
    found = resolve_inputs([str(folder)], "--records", output=str(folder / "out"))
    assert [Path(p).relative_to(folder).as_posix() for p in found] == [
        "a.jsonl", "d.ndjson.gz", "e[1].jsonl", "sub/b.csv", "sub/deeper/c.parquet"]


def test_a_glob_matching_a_folder_takes_the_folder(tmp_path):
    (tmp_path / "data-2026" / "x").mkdir(parents=True)
    (tmp_path / "data-2026" / "x" / "a.jsonl").write_bytes(b"")
    (tmp_path / "data-notes.txt").write_bytes(b"")
    found = resolve_inputs([str(tmp_path / "data-*")], "--records")
    assert found == [str(tmp_path / "data-2026" / "x" / "a.jsonl")]


def test_a_name_with_glob_characters_is_that_file(tmp_path):
    odd = tmp_path / "odd [1]*.jsonl"
    odd.write_bytes(b"")
    (tmp_path / "odd 1.jsonl").write_bytes(b"")
    assert resolve_inputs([str(odd)], "--records") == [str(odd)]


# --- long text -----------------------------------------------------------------------

FIVE_MB = 5 * 1024 * 1024


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_a_5_mb_field_is_read_whole(fmt):
    body = ("word " * (FIVE_MB // 5)) + "tail@example.com"
    if fmt == "jsonl":
        payload = json.dumps({"record_id": "a", "body": body}).encode() + b"\n"
    elif fmt == "csv":
        payload = f'record_id,body\na,"{body}"\n'.encode()
    else:
        sink = io.BytesIO()
        pq.write_table(pa.table({"record_id": ["a"], "body": [body]}), sink)
        payload = sink.getvalue()
    (row,) = read_rows(RECORDS, f"f.{fmt}", io.BytesIO(payload))
    assert row.error is None
    assert row.data["body"] == body
    assert len(row.preview) < 200  # the preview stays short


def test_the_classifier_chunks_cover_a_5_mb_field_to_its_end():
    from classifiers.classify import CHUNK_CHARS, chunks

    text = ("lorem ipsum " * (FIVE_MB // 12)) + "tail@example.com"
    pieces = chunks(text)
    assert all(len(piece) <= CHUNK_CHARS for _, piece in pieces)
    assert all(text[start:start + len(piece)] == piece for start, piece in pieces)
    covered_to = 0
    for start, piece in pieces:
        assert start <= covered_to  # no gap
        covered_to = max(covered_to, start + len(piece))
    assert covered_to == len(text)
    assert any("tail@example.com" in piece for _, piece in pieces)


# --- fail closed while classifying ---------------------------------------------------

@pytest.mark.slow
def test_a_record_whose_classification_fails_is_rejected_never_customer(audit_config, tmp_path,
                                                                        monkeypatch):
    """An exception inside Presidio for one record's text rejects that record only."""
    from presidio_analyzer import AnalyzerEngine

    real = AnalyzerEngine.analyze

    def flaky(self, text, *args, **kwargs):
        if "EXPLODE" in text:
            raise RuntimeError("recognizer bug")
        return real(self, text, *args, **kwargs)

    monkeypatch.setattr(AnalyzerEngine, "analyze", flaky)
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"record_id": "ok", "dataset": "d", "environment": "prod", "note": "the nightly export finished without any error and the queue is empty"},
        {"record_id": "boom", "dataset": "d", "environment": "prod", "note": "EXPLODE here: the export stopped half way and the queue kept growing"},
        {"record_id": "mail", "dataset": "d", "environment": "prod", "email": "a.b@example.com"},
    ])
    plan = AuditPlan(audit_config.tenant, audit_config.classifier, (str(records),), ())
    with BeamTestPipeline(runner=FnApiRunner()) as p:
        result = p | Audit(plan)
        assert_that(result["classified"] | "Verdicts" >> beam.Flatten()
                    | beam.Map(lambda c: (c.record_id, c.category)),
                    equal_to([("ok", "customer"), ("mail", "personal"), ("boom", "personal")]),
                    label="Classified")
        assert_that(result["rejected"] | beam.Map(lambda r: (r.position, r.reason)),
                    equal_to([(2, "classification failed (RuntimeError)")]), label="Rejected")


def test_config_file_is_read_with_a_safe_loader_and_relative_paths(tmp_path):
    """Relative paths resolve against the config's folder, not the working directory."""
    from pipelines.config import ConfigError, load_config

    folder = tmp_path / "conf"
    folder.mkdir()
    (folder / "config.yaml").write_text(
        TEST_CONFIG + "network: {service_tags_file: tags/missing.json, "
        "allowed_service_tags: [AzureCloud]}\n")
    with pytest.raises(ConfigError) as error:
        load_config(folder / "config.yaml")
    assert "tags/missing.json" in str(error.value.problems)


def test_a_url_in_the_config_is_a_missing_file_never_a_download(tmp_path):
    from pipelines.config import ConfigError, load_config

    config = tmp_path / "config.yaml"
    config.write_text(TEST_CONFIG.replace(
        "dlp_policies:\n", "dlp_policies:\n  - file: https://127.0.0.1:9/policy.json\n"))
    with pytest.raises(ConfigError, match="no such file"):
        load_config(config)

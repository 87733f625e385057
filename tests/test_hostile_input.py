"""Hostile input and careless users (issue 14): every defect of the issue's table and its
"lower" list, reproduced as described and checked for the new behaviour.

Fast cases call the readers, loaders and command functions in-process; the cases that
need a whole audit go through the real command line (`run_cli`) and are marked slow.
Expected outcomes are written from the issue and DESIGN.md, never copied from a run.
D1 (output ownership) is covered by tests/files/test_output_ownership.py.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import re
import tracemalloc
import unicodedata
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from pipelines.cli import main as cli
from pipelines.config import ConfigError, load_config
from pipelines.files.inputs import resolve_inputs
from pipelines.files.readers import read_rows
from pipelines.runs.history import LATEST
from tests.conftest import TEST_CONFIG, run_cli, write_jsonl

EMAIL, PHONE, NAME = "ann.lee@fabrikam-mail.com", "+44 20 7946 0958", "Jonathan Whitaker"


def rows(name: str, payload: bytes, **kwargs):
    return list(read_rows("records", name, io.BytesIO(payload), **kwargs))


def outcome(row) -> tuple:
    """(position, what became of it): the record_id read, or the start of the reason."""
    return row.position, row.data["record_id"] if row.data else row.error


def _parquet(table: pa.Table) -> bytes:
    sink = io.BytesIO()
    pq.write_table(table, sink)
    return sink.getvalue()


# --- D2: strict CSV; one stray quote never swallows the rows after it ----------------

CSV_HEAD = b"record_id,dataset,environment,note\n"
D2_CASES = [
    ("unterminated-quote", CSV_HEAD + b'r1,d,prod,ok\nr2,d,prod,"Call me\nr3,d,prod,x\n'
     b"r4,d,prod,y\n",
     [(2, "r1"), (3, "unterminated quoted field"), (4, "r3"), (5, "r4")]),
    ("quote-pairs-with-a-later-one", CSV_HEAD + b'r1,d,prod,"oops\nr2,d,prod,x\n'
     b'r3,d,prod,"fine"\nr4,d,prod,y\n',
     [(2, "unreadable CSV row"), (3, "r2"), (4, "r3"), (5, "r4")]),
    ("unterminated-in-the-last-row", CSV_HEAD + b'r1,d,prod,ok\nr2,d,prod,"no end',
     [(2, "r1"), (3, "unterminated quoted field")]),
    ("quoted-newlines-still-fine", CSV_HEAD + b'r1,d,prod,"two\nlines"\nr2,d,prod,x\n',
     [(2, "r1"), (4, "r2")]),
    ("text-after-a-closing-quote", CSV_HEAD + b'r1,d,prod,"a"b\nr2,d,prod,x\n',
     [(2, "unreadable CSV row"), (3, "r2")]),
    ("old-mac-line-ends", CSV_HEAD.replace(b"\n", b"\r") + b"r1,d,prod,x\rr2,d,prod,y\r",
     [(2, "r1"), (3, "r2")]),
]


@pytest.mark.parametrize(("payload", "expected"), [c[1:] for c in D2_CASES],
                         ids=[c[0] for c in D2_CASES])
def test_d2_a_stray_quote_costs_one_row(payload, expected):
    found = [outcome(row) for row in rows("f.csv", payload)]
    assert [(p, str(w)) for p, w in found] == [
        (p, next(str(w2) for p2, w2 in found if p2 == p)) for p, _ in expected]
    for (position, what), (_, got) in zip(expected, found, strict=True):
        assert str(got).startswith(what), (position, got)


def test_d2_the_rejected_row_keeps_its_key():
    (_, bad, *_rest) = rows("f.csv", CSV_HEAD + b'r1,d,prod,ok\nr2,d,prod,"Call me\n'
                            b"r3,d,prod,x\n")
    assert bad.ids == {"record_id": "r2", "dataset": "d"}


# --- D3: a Parquet file that names a column twice ------------------------------------

def _two_notes(first: str, second: str) -> pa.Table:
    return pa.Table.from_arrays(
        [pa.array(["p1"]), pa.array(["crm/contacts"]), pa.array(["prod"]), pa.array([first]),
         pa.array([second])],
        names=["record_id", "dataset", "environment", "note", "note"])


D3_CASES = [
    ("top-level", _two_notes(EMAIL, "call back on Monday")),
    ("inside-a-struct", pa.table({
        "record_id": ["p1"], "dataset": ["crm/contacts"], "environment": ["prod"],
        "contact": pa.array([{"a": EMAIL, "b": "x"}],
                            pa.struct([("mail", pa.string()), ("mail", pa.string())]))})),
]


@pytest.mark.parametrize("table", [c[1] for c in D3_CASES], ids=[c[0] for c in D3_CASES])
def test_d3_a_repeated_parquet_column_rejects_every_row_by_key(table):
    (row,) = rows("f.parquet", _parquet(table))
    assert row.data is None and "repeats a column name" in row.error
    assert row.ids == {"record_id": "p1", "dataset": "crm/contacts"}


# --- D14: bounded decompression; a row over the cap is never held --------------------

def _gz(write) -> bytes:
    sink = io.BytesIO()
    with gzip.GzipFile(fileobj=sink, mode="wb", compresslevel=6) as handle:
        write(handle)
    return sink.getvalue()


def _one_long_line(handle) -> None:
    handle.write(b'{"record_id": "big", "dataset": "d", "environment": "prod", "body": "')
    for _ in range(64):
        handle.write(b"a" * (1 << 20))
    handle.write(b'"}\n{"record_id": "after", "dataset": "d", "environment": "prod"}\n')


def _newlines(handle) -> None:
    for _ in range(64):
        handle.write(b"\n" * (1 << 20))
    handle.write(b'{"record_id": "after", "dataset": "d", "environment": "prod"}\n')


D14_CASES = [
    # (name, payload, max_row_bytes, expected outcomes)
    ("one-64-MiB-line", _one_long_line, 1 << 20,
     [(1, "row longer than 1 MiB (--max-row-bytes): not read"), (2, "after")]),
    ("64-MiB-of-newlines", _newlines, 1 << 20, [((64 << 20) + 1, "after")]),
]


@pytest.mark.parametrize(("write", "cap", "expected"), [c[1:] for c in D14_CASES],
                         ids=[c[0] for c in D14_CASES])
@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_d14_decompressed_rows_are_bounded(tmp_path, write, cap, expected, fmt):
    """The issue's files, scaled down (64 MiB for 1 GiB, 64 MiB of newlines for 2 GiB):
    the long row is rejected with its position, the rows after it are read, and the
    reader's own allocations stay a small multiple of the cap."""
    from pipelines.transforms.read import _open

    payload = _gz(write)
    if fmt == "csv":  # the same shapes as CSV: a header, a long unquoted field
        payload = _gz(lambda h: (h.write(b"record_id,dataset,environment,body\n"),
                                 _csv_body(write, h)))
        expected = [(p + 1, what) for p, what in expected]
    path = tmp_path / f"f.{fmt}.gz"
    path.write_bytes(payload)
    tracemalloc.start()
    try:
        with _open(str(path)) as handle:
            found = [outcome(row) for row in read_rows("records", str(path), handle,
                                                       max_row_bytes=cap)]
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert [(p, str(w)[:len(e)]) for (p, w), (_, e) in zip(found, expected, strict=True)] \
        == [(p, e) for p, e in expected]
    assert peak < 8 * cap, f"peak {peak / 2**20:.1f} MiB"


def _csv_body(write, handle) -> None:
    if write is _one_long_line:
        handle.write(b"big,d,prod,")
        for _ in range(64):
            handle.write(b"a" * (1 << 20))
        handle.write(b"\nafter,d,prod,x\n")
    else:
        for _ in range(64):
            handle.write(b"\n" * (1 << 20))
        handle.write(b"after,d,prod,x\n")


def test_d14_a_long_parquet_value_is_rejected_by_key():
    table = pa.table({"record_id": ["big", "ok"], "dataset": ["d", "d"],
                      "body": ["x" * 5000, "short"]})
    found = rows("f.parquet", _parquet(table), max_row_bytes=2048)
    assert [outcome(row) for row in found] == [
        (1, "row longer than 2 KiB (--max-row-bytes): not read"), (2, "ok")]
    assert found[0].ids == {"record_id": "big", "dataset": "d"}


# --- D8: rejected rows stay known by their key -----------------------------------------

D8_ROWS = [
    # (what, line): each a record row that is rejected, yet names its key
    ("repeated-key", '{"record_id": "p1", "dataset": "crm", "email": "a", "email": "b"}'),
    ("trailing-comma", '{"record_id": "p1", "dataset": "crm", "email": "x",}'),
    ("cut-off", '{"record_id": "p1", "dataset": "crm", "email": "ann'),
    ("nul-character", '{"record_id": "p1", "dataset": "crm", "x": "a\\u0000b"}'),
    ("unknown-environment", '{"record_id": "p1", "dataset": "crm", "environment": "nope"}'),
]


@pytest.mark.parametrize("line", [c[1] for c in D8_ROWS], ids=[c[0] for c in D8_ROWS])
def test_d8_a_rejected_record_keeps_its_key(tenant, line):
    from pipelines.core.model import Rejection
    from pipelines.core.parse import parse_row

    (row,) = rows("f.jsonl", line.encode() + b"\n")
    rejection = parse_row(row, tenant)
    assert isinstance(rejection, Rejection)
    assert rejection.key == ("crm", "p1")


@pytest.mark.parametrize("line", [
    '{"record_id": "p1", "record_id": "p2", "dataset": "crm"}',  # which one is it?
    '{"dataset": "crm", "email": "x",}',  # no id at all
    '{"record_id": "p1\\u202e", "dataset": "crm",}',  # not an id the parser accepts
], ids=["two-ids", "no-id", "bidi-id"])
def test_d8_no_key_is_guessed(tenant, line):
    from pipelines.core.parse import parse_row

    (row,) = rows("f.jsonl", line.encode() + b"\n")
    assert parse_row(row, tenant).key is None


# --- D5: a YAML alias bomb in an inline policy's action_rules --------------------------

ALIAS_BOMB = "".join(
    [f"        x{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n"
     for p, n in zip("abcdefgh", "bcdefghi", strict=True)])
BOMB_CONFIG = TEST_CONFIG.replace("residency:", (
    "  - name: Bomb policy\n    scope: all\n    action_rules:\n      shared_office365:\n"
    "        default: allow\n        block: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
    + ALIAS_BOMB + "        all: *i\nresidency:"))


@pytest.mark.parametrize("command", ["validate", "run"])
def test_d5_an_alias_bomb_in_action_rules_is_refused(tmp_path, capsys, command):
    assert len(ALIAS_BOMB.encode()) < 1024
    config = tmp_path / "bomb.yaml"
    config.write_text(BOMB_CONFIG)
    args = ["--config", str(config)]
    if command == "run":
        records = write_jsonl(tmp_path / "r.jsonl", [{"record_id": "a", "dataset": "d",
                                                      "environment": "prod"}])
        args += ["--records", str(records), "--output", str(tmp_path / "out")]
    assert cli.main([command, *args]) == 2
    assert "aliases expand the" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# --- D6: files read whole are regular files under a cap ----------------------------------

def _fifo(tmp_path: Path, name: str) -> Path:
    path = tmp_path / name
    os.mkfifo(path)
    return path


D6_CASES = [
    # (name, how the case is built: returns CLI arguments, expected message)
    ("environment-file-is-dev-zero",
     lambda tmp: ["validate", "--config", _config(tmp, "environment_files: [/dev/zero]\n")],
     "is a device, not a regular file"),
    ("policy-file-is-a-fifo",
     lambda tmp: ["validate", "--config", _config(
         tmp, f"dlp_policies: [{{file: {_fifo(tmp, 'p.json')}}}]\n", replace_policies=True)],
     "is a named pipe (FIFO), not a regular file"),
    ("config-is-a-fifo", lambda tmp: ["validate", "--config", str(_fifo(tmp, "c.yaml"))],
     "is a named pipe (FIFO), not a regular file"),
    ("baseline-is-a-fifo", lambda tmp: [
        "run", "--config", _config(tmp), "--records", str(_records(tmp)),
        "--baseline", str(_fifo(tmp, "b.yaml")), "--output", str(tmp / "out")],
     "is a named pipe (FIFO), not a regular file"),
    ("diff-findings-is-a-fifo", lambda tmp: ["diff", str(_fifo_findings(tmp)), str(tmp / "new")],
     "is a named pipe (FIFO), not a regular file"),
    ("service-tags-too-large", lambda tmp: ["validate", "--config", _config(
        tmp, f"network: {{service_tags_file: {_big(tmp)}, allowed_service_tags: [X]}}\n")],
     "is larger than 1 KiB"),
]


def _fifo_findings(tmp: Path) -> Path:
    """A finished run (its marker lists an empty findings.jsonl) whose findings file was
    then replaced by a named pipe."""
    from pipelines.files.staging import write_marker

    for name in ("old", "new"):
        (tmp / name).mkdir()
        (tmp / name / "findings.jsonl").write_text("")
        write_marker(tmp / name, name)
    (tmp / "old" / "findings.jsonl").unlink()
    _fifo(tmp / "old", "findings.jsonl")
    return tmp / "old"


def _config(tmp: Path, extra: str = "", replace_policies: bool = False) -> str:
    text = TEST_CONFIG
    if replace_policies:
        text = text[:text.index("dlp_policies:")] + text[text.index("residency:"):]
    path = tmp / "config.yaml"
    path.write_text(text + extra)
    return str(path)


def _records(tmp: Path) -> Path:
    return write_jsonl(tmp / "r.jsonl", [{"record_id": "a", "dataset": "d",
                                          "environment": "prod"}])


def _big(tmp: Path) -> Path:
    path = tmp / "tags.json"
    path.write_text(json.dumps({"values": []}) + " " * 2048)
    return path


@pytest.mark.parametrize(("make", "message"), [c[1:] for c in D6_CASES],
                         ids=[c[0] for c in D6_CASES])
def test_d6_only_regular_files_under_the_cap_are_read_whole(tmp_path, monkeypatch, capsys,
                                                            make, message):
    """In-process, in a daemon thread with a deadline: reading a FIFO would block for ever,
    and the test must fail then, not hang."""
    import threading

    args = make(tmp_path)
    monkeypatch.setenv("FLOWAUDIT_MAX_FILE_BYTES", "1KiB")
    codes: list[int] = []
    thread = threading.Thread(target=lambda: codes.append(cli.main(args)), daemon=True)
    thread.start()
    thread.join(timeout=60)
    assert not thread.is_alive(), "the command blocked"
    code, err = codes[0], capsys.readouterr().err
    assert code == 2, err
    assert message in err
    assert "Traceback" not in err
    assert not (tmp_path / "out").exists()


# --- D7: deep nesting is a config error naming the file -------------------------------

D7_CASES = [
    ("config-flow-lists", lambda tmp: _config(tmp, "geos: " + "[" * 3000 + "]" * 3000 + "\n"),
     "config.yaml"),
    ("config-block-lists", lambda tmp: _config(tmp, "residency2:\n" + "".join(
        "  " * i + "-\n" for i in range(1, 400))), "config.yaml"),
    ("environment-export-json", lambda tmp: _config(tmp, f"environment_files: [{_deep(tmp)}]\n"),
     "deep.json"),
]


def _deep(tmp: Path) -> Path:
    path = tmp / "deep.json"
    path.write_text('{"value": ' + "[" * 100_000 + "]" * 100_000 + "}")
    return path


@pytest.mark.parametrize(("make", "named"), [c[1:] for c in D7_CASES],
                         ids=[c[0] for c in D7_CASES])
@pytest.mark.parametrize("command", ["validate", "run"])
def test_d7_deep_nesting_is_a_config_error(tmp_path, capsys, make, named, command):
    config = make(tmp_path)
    args = ["--config", config]
    if command == "run":
        args += ["--records", str(_records(tmp_path)), "--output", str(tmp_path / "out")]
    assert cli.main([command, *args]) == 2
    err = capsys.readouterr().err
    assert "nested" in err and named in err, err
    assert "Traceback" not in err and "RecursionError" not in err


# --- D10 and the lower items of validate: what run would not honour -------------------

VALIDATE_CASES = [
    ("misspelt-entity-names",
     "classification:\n  personal_entities: [PERSON, EMAIL, PHONE]\n",
     ["classification.personal_entities[1]: unknown entity type 'EMAIL' (did you mean "
      "'EMAIL_ADDRESS'?)",
      "classification.personal_entities[2]: unknown entity type 'PHONE' (did you mean "
      "'PHONE_NUMBER'?)"]),
    ("invalid-custom-regex",
     "classification:\n  personal_entities: [PERSON, EMPLOYEE_ID]\n  recognizers:\n"
     "    - {name: emp, entity: EMPLOYEE_ID, patterns: [{regex: 'EMP-(\\d{6}'}]}\n",
     ["classification.recognizers[0].patterns[0].regex: not a valid regular expression"]),
    ("model-folder-with-only-config-cfg",
     "classification: {model: ./half-a-model}\n",
     ["classification.model: the model folder './half-a-model' has no meta.json"]),
    ("dlp-export-with-no-policy",
     "dlp_policies: [{file: empty-policies.json}]\n",
     ["dlp_policies[0] (empty-policies.json): the export holds no DLP policy"]),
]


@pytest.mark.parametrize(("extra", "problems"), [c[1:] for c in VALIDATE_CASES],
                         ids=[c[0] for c in VALIDATE_CASES])
def test_validate_refuses_what_run_would_not_honour(tmp_path, capsys, extra, problems):
    (tmp_path / "half-a-model").mkdir()
    (tmp_path / "half-a-model" / "config.cfg").write_text("[nlp]\n")
    (tmp_path / "empty-policies.json").write_text('{"value": []}')
    text = TEST_CONFIG
    if "dlp_policies" in extra:
        text = text[:text.index("dlp_policies:")] + text[text.index("residency:"):]
    if "classification" in extra:
        text += "\n"
    config = tmp_path / "config.yaml"
    config.write_text(text + extra)
    assert cli.main(["validate", "--config", str(config)]) == 2
    err = capsys.readouterr().err
    for problem in problems:
        assert problem.replace("./half-a-model", str(tmp_path / "half-a-model")) in err \
            or problem in err, err


def test_validate_still_accepts_custom_entities_and_the_defaults(tmp_path):
    config = tmp_path / "config.yaml"
    config.write_text(TEST_CONFIG + "classification:\n  personal_entities: [PERSON, STAFF_ID]\n"
                      "  recognizers: [{name: s, entity: STAFF_ID, deny_list: [x]}]\n")
    assert "STAFF_ID" in load_config(config).classifier.personal_entities


def test_d10_the_known_entity_list_is_what_the_recognizers_find(classifier):
    """KNOWN_ENTITIES (checked without spaCy) against the running classifier's registry:
    it may claim only what a recognizer supports, and leave out only the labels that the
    small English model never produces."""
    from classifiers.settings import KNOWN_ENTITIES

    supported = set(classifier.analyzer.get_supported_entities("en"))
    assert supported >= KNOWN_ENTITIES
    assert supported - KNOWN_ENTITIES == {"EMAIL", "AGE", "ID"}


# --- lower: config errors never echo a personal value, an escape, or a file ------------

ECHO_CASES = [
    ("e-mail-as-home-geo", "tenant: {name: T, home_geo: " + EMAIL + "}\n", EMAIL),
    ("phone-as-a-key", "tenant: {home_geo: europe, '" + PHONE + "': x}\n", PHONE),
    ("escape-in-a-region", "tenant: {home_geo: europe}\nenvironments: [{id: p, geo: europe, "
     'region: "west\\e]8;;http://evil\\aeurope"}]\n', "\x1b"),
    ("another-file-linked-as-config", None, "s3cr3t-token-value"),
    ("a-secret-where-a-geo-goes", "tenant: {home_geo: s3cr3t-token-value-" + "z" * 60 + "}\n",
     "s3cr3t-token-value"),
]


@pytest.mark.parametrize(("text", "needle"), [c[1:] for c in ECHO_CASES],
                         ids=[c[0] for c in ECHO_CASES])
def test_config_errors_do_not_echo_values(tmp_path, capsys, text, needle):
    config = tmp_path / "config.yaml"
    if text is None:  # e.g. --config pointing (through a link) at a file of secrets
        secrets = tmp_path / "credentials.yaml"
        secrets.write_text("api:\n  token: s3cr3t-token-value-" + "x" * 80 + "\n"
                           "tenant: {home_geo: s3cr3t-token-value-" + "y" * 80 + "}\n")
        config.symlink_to(secrets)
    else:
        config.write_text(text)
    with pytest.raises(ConfigError) as caught:
        load_config(config)
    assert caught.value.problems
    assert cli.main(["validate", "--config", str(config)]) == 2
    for shown in (str(caught.value), capsys.readouterr().err):
        assert needle not in shown
        assert not [c for c in shown if unicodedata.category(c) in ("Cc", "Cf")
                    and c != "\n"]


# --- lower: classify --max-rejected takes a fraction ------------------------------------

@pytest.mark.parametrize("value", ["nan", "5", "-0.1", "inf", "lots"])
def test_max_rejected_must_be_a_fraction(tmp_path, capsys, value):
    with pytest.raises(SystemExit) as caught:
        cli.main(["classify", "--records", str(_records(tmp_path)), "--max-rejected", value,
                  "--output", str(tmp_path / "out")])
    assert caught.value.code == 2
    assert "--max-rejected" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# --- D11: input folders -------------------------------------------------------------------

def test_d11_linked_folders_are_followed_once_and_skipped_files_listed(tmp_path):
    records = tmp_path / "records"
    (records / "sub").mkdir(parents=True)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "moved.jsonl").write_text("")
    (records / "linked").symlink_to(tmp_path / "elsewhere")
    (records / "sub" / "back-up").symlink_to(records)  # a loop
    for name in ("a.jsonl", "b.tsv", "c.jsonl.bz2", ".hidden.jsonl"):
        (records / name).write_text("")
    skipped: list[dict] = []
    found = resolve_inputs([str(records)], "--records", skipped=skipped)
    assert [Path(p).relative_to(records).as_posix() for p in found] == [
        "a.jsonl", "linked/moved.jsonl"]
    assert [(Path(e["path"]).relative_to(records).as_posix(), e["reason"]) for e in skipped] \
        == [(".hidden.jsonl", "hidden"), ("b.tsv", "unsupported file type"),
            ("c.jsonl.bz2", "unsupported file type"),
            ("sub/back-up", "a link to a folder already read (a loop)")]


# --- D12 / D13: history -------------------------------------------------------------------

def test_d13_a_latest_that_is_a_real_folder_is_refused_before_the_run(tmp_path, capsys):
    history = tmp_path / "hist"
    (history / LATEST).mkdir(parents=True)
    (history / LATEST / "notes.txt").write_text("someone's folder")
    code = cli.main(["run", "--config", _config(tmp_path), "--records",
                     str(_records(tmp_path)), "--history", str(history)])
    assert code == 2
    assert "is a folder, not the link flowaudit keeps" in capsys.readouterr().err
    assert sorted(p.name for p in history.iterdir()) == [LATEST]  # no run, no .latest-*
    assert (history / LATEST / "notes.txt").read_text() == "someone's folder"


def test_d13_latest_turned_into_a_folder_during_the_run_is_left_alone(tmp_path):
    from pipelines.runs.history import HistoryError, point_latest

    run = tmp_path / "20261128T000000Z-1-abcd"
    run.mkdir()
    (tmp_path / LATEST).mkdir()
    with pytest.raises(HistoryError):
        point_latest(tmp_path, run)
    assert sorted(p.name for p in tmp_path.iterdir()) == [run.name, LATEST]


# --- lower: terminal hygiene ----------------------------------------------------------

RLO, ESC = "\u202e", "\x1b"


def test_diff_prints_escapes_and_bidi_visibly(tmp_path, capsys):
    from pipelines.files.staging import write_marker

    for name, subject in (("old", "T1"), ("new", f"T2{RLO}gpj.exe{ESC}]8;;http://x{ESC}\\")):
        folder = tmp_path / name
        folder.mkdir()
        (folder / "findings.jsonl").write_text(json.dumps({
            "finding_id": f"{name:0<16}"[:16], "rule": "weak-tls", "severity": "high",
            "subject": subject, "suppressed": False}) + "\n")
        write_marker(folder, name)
    assert cli.main(["diff", str(tmp_path / "old"), str(tmp_path / "new")]) == 1
    out = capsys.readouterr().out
    assert RLO not in out and ESC not in out
    assert "\\u202e" in out and "\\u001b" in out


def test_validate_prints_policy_names_visibly(tmp_path, capsys):
    config = tmp_path / "config.yaml"
    config.write_text(TEST_CONFIG.replace("name: Tenant policy", f'name: "Tenant{RLO} policy"')
                      .replace("tenant: {name: Test tenant", 'tenant: {name: "Test\\e[2J"'))
    assert cli.main(["validate", "--config", str(config)]) == 0
    captured = capsys.readouterr()
    for text in (captured.out, captured.err):
        assert ESC not in text and RLO not in text
    assert "Test\\u001b[2J" in captured.out


# --- D4: the cheap check and the pseudonyms ------------------------------------------------

def test_d4_pseudonyms_are_stable_keyed_and_keep_ordinary_names():
    from pipelines.core.pseudonyms import Pseudonyms, default_key, derive_key

    tenant = Pseudonyms(default_key("Contoso", "europe"))
    again = Pseudonyms(default_key("Contoso", "europe"))
    other = Pseudonyms(derive_key(b"a secret of the tenant's own"))
    assert tenant.name(EMAIL) == again.name(EMAIL)  # same across runs and runners
    assert re.fullmatch(r"pii:[0-9a-f]{16}", tenant.name(EMAIL))
    assert other.name(EMAIL) != tenant.name(EMAIL)  # the key decides
    assert tenant.name("C-0001") == "C-0001" and tenant.name("contoso-prod/contacts") == \
        "contoso-prod/contacts"
    assert tenant.path(f"/data/{NAME}.csv").startswith("/data/pii:")
    assert tenant.path(f"/data/{NAME}.csv").endswith(".csv")


# --- whole audits through the command line (slow) ---------------------------------------

BENIGN = [{"record_id": f"b{i}", "dataset": "crm/notes", "environment": "prod",
           "note": "weekly sync moved to Thursday"} for i in range(150)]
"""150 benign rows beside the crafted one: one rejected row is under --max-rejected."""
PERSONAL = {"record_id": "p1", "dataset": "crm/contacts", "environment": "prod",
            "email": EMAIL}
OUT_OF_GEO = {"transfer_id": "T1", "timestamp": "2026-03-01T10:00:00Z",
              "source_environment": "prod", "destination_region": "eastus",
              "dataset": "crm/contacts", "record_ids": ["p1"], "connector": "shared_dropbox"}


def _jsonl_lines(rows: list) -> str:
    return "".join((row if isinstance(row, str) else json.dumps(row)) + "\n" for row in rows)


def _d2(tmp: Path, fixed: bool) -> None:
    quote = '"call back' + ('"' if fixed else "")
    lines = ["record_id,dataset,environment,region,note",
             *(f"b{i},crm/notes,prod,,fine" for i in range(75)),
             f"q1,crm/notes,prod,,{quote}",
             *(f"b{i},crm/notes,prod,,fine" for i in range(75, 150)),
             f"p1,crm/contacts,prod,eastus,{EMAIL}"]
    (tmp / "records" / "export.csv").write_text("\n".join(lines) + "\n")


def _d3(tmp: Path) -> None:
    (tmp / "records" / "benign.jsonl").write_text(_jsonl_lines(BENIGN))
    pq.write_table(_two_notes(EMAIL, "call back on Monday"), tmp / "records" / "contacts.parquet")
    (tmp / "transfers" / "t.jsonl").write_text(_jsonl_lines([OUT_OF_GEO]))


def _d8(tmp: Path) -> None:
    repeated = json.dumps(PERSONAL)[:-1] + f', "email": "{EMAIL}"}}'
    (tmp / "records" / "records.jsonl").write_text(_jsonl_lines(BENIGN[:75] + [repeated]
                                                                + BENIGN[75:]))
    (tmp / "transfers" / "t.jsonl").write_text(_jsonl_lines([OUT_OF_GEO]))


def _d9(tmp: Path) -> None:
    benign_copy = {**PERSONAL, "email": None, "note": "placeholder"}
    (tmp / "records" / "a-first.jsonl").write_text(_jsonl_lines(BENIGN + [benign_copy]))
    (tmp / "records" / "b-second.jsonl").write_text(_jsonl_lines([PERSONAL]))
    (tmp / "transfers" / "t.jsonl").write_text(_jsonl_lines([{**OUT_OF_GEO, "connector": None,
                                                              "operation": "replicate"}]))


def _d11(tmp: Path) -> None:
    (tmp / "records" / "benign.jsonl").write_text(_jsonl_lines(BENIGN))
    (tmp / "elsewhere").mkdir()
    (tmp / "elsewhere" / "contacts.jsonl").write_text(_jsonl_lines([PERSONAL]))
    (tmp / "records" / "linked").symlink_to(tmp / "elsewhere")
    (tmp / "records" / "more.tsv").write_text("record_id\tdataset\n")
    (tmp / "records" / "more.jsonl.bz2").write_bytes(b"BZh91AY&SY")
    (tmp / "transfers" / "t.jsonl").write_text(_jsonl_lines([OUT_OF_GEO]))


# (name, defect, build, expected exit, {rule: severity} expected among the findings,
#  fragments that must be in rejected.jsonl's reasons, summary checks)
AUDITS = [
    ("unterminated-quote", "D2", lambda tmp: _d2(tmp, fixed=False), 1,
     {"personal-data-outside-geo": "high"}, ["unterminated quoted field"],
     {"records_read": 152, "records_rejected": 1}),
    ("quote-fixed", "D2", lambda tmp: _d2(tmp, fixed=True), 1,
     {"personal-data-outside-geo": "high"}, [], {"records_read": 152, "records_rejected": 0}),
    ("parquet-repeats-a-column", "D3", _d3, 1,
     {"personal-data-outside-geo": "high", "blocked-connector": "high"},
     ["repeats a column name"], {"records_read": 151, "records_rejected": 1}),
    ("rejected-personal-row", "D8", _d8, 1,
     {"personal-data-outside-geo": "high", "blocked-connector": "high"},
     ["JSON object repeats a key"], {"records_read": 151, "records_rejected": 1}),
    ("benign-copy-first", "D9", _d9, 1, {"personal-data-outside-geo": "high"},
     ["with different content"], {"records_read": 152, "records_rejected": 1}),
    ("linked-sub-folder", "D11", _d11, 1,
     {"personal-data-outside-geo": "high", "blocked-connector": "high"}, [],
     {"records_read": 151, "records_rejected": 0}),
]


@pytest.fixture()
def audit_dirs(tmp_path):
    for name in ("records", "transfers"):
        (tmp_path / name).mkdir()
    (tmp_path / "config.yaml").write_text(TEST_CONFIG)
    return tmp_path


@pytest.mark.slow
@pytest.mark.parametrize(("build", "code", "findings", "reasons", "counts"),
                         [c[2:] for c in AUDITS], ids=[f"{c[1]}-{c[0]}" for c in AUDITS])
def test_hostile_audit_end_to_end(audit_dirs, build, code, findings, reasons, counts):
    tmp = audit_dirs
    build(tmp)
    args = ["run", "--config", str(tmp / "config.yaml"), "--records", str(tmp / "records"),
            "--output", str(tmp / "out")]
    if any((tmp / "transfers").iterdir()):
        args += ["--transfers", str(tmp / "transfers")]
    result = run_cli(*args)
    assert result.returncode == code, result.stderr[-3000:]
    out = tmp / "out"
    summary = json.loads((out / "summary.json").read_text())
    assert {k: summary[k] for k in counts} == counts
    found = {f["rule"]: f for f in map(json.loads, (out / "findings.jsonl").open())}
    assert {rule: found[rule]["severity"] for rule in findings if rule in found} == findings
    rejected = (out / "rejected.jsonl").read_text()
    for fragment in reasons:
        assert fragment in rejected
    if any(kind in rejected for kind in ("repeats", "different content")):
        # a record judged as personal for what was rejected: its finding says why
        assert "judged" in found["personal-data-outside-geo"]["message"]


@pytest.mark.slow
def test_d11_unsupported_files_are_listed_and_warned_about(audit_dirs):
    _d11(audit_dirs)
    out = audit_dirs / "out"
    result = run_cli("run", "--config", str(audit_dirs / "config.yaml"), "--records",
                     str(audit_dirs / "records"), "--output", str(out))
    assert "2 files not read: unsupported file type (.bz2, .tsv)" in result.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert sorted(Path(e["path"]).name for e in summary["skipped_files"]) == [
        "more.jsonl.bz2", "more.tsv"]
    assert any("not read" in warning for warning in summary["warnings"])


@pytest.mark.slow
def test_d12_two_history_runs_started_together_keep_both(audit_dirs):
    import subprocess
    import sys

    (audit_dirs / "records" / "r.jsonl").write_text(_jsonl_lines([PERSONAL]))
    history = audit_dirs / "hist"
    env = dict(os.environ, PYTHONPATH=str(Path(__file__).resolve().parent.parent))
    command = [sys.executable, "-m", "pipelines", "run", "--config",
               str(audit_dirs / "config.yaml"), "--records", str(audit_dirs / "records"),
               "--history", str(history)]
    runs = [subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]
    errors = [run.communicate(timeout=300)[1] for run in runs]
    assert [run.returncode for run in runs] == [0, 0], errors
    written = [re.search(r"written to (\S+) in", err).group(1) for err in errors]
    assert len(set(written)) == 2  # each run names its own folder
    folders = sorted(p for p in history.iterdir() if p.name != LATEST)
    assert [str(p) for p in folders] == sorted(written)
    for folder in folders:
        assert json.loads((folder / "summary.json").read_text())["records_read"] == 1
    assert (history / LATEST).resolve() in {p.resolve() for p in folders}
    assert not list(history.glob(".latest-*")) and not list(history.glob(".flowaudit-*"))


@pytest.mark.slow
def test_d4_personal_names_and_ids_are_pseudonymised_everywhere(audit_dirs):
    """Personal values where names are expected: record ids, a CSV header, Parquet column
    names, ids a transfer names that are missing, an endpoint's query, an action, a flow
    id, a file name. None reaches an output, verbatim or URL-escaped."""
    tmp = audit_dirs
    named = tmp / "records" / f"{NAME}.jsonl"
    named.write_text(_jsonl_lines([
        {"record_id": EMAIL, "dataset": "crm/contacts", "environment": "prod",
         "region": "eastus", "note": "see attachment"},
        {"record_id": "r2", "dataset": "crm/contacts", "environment": "prod",
         "region": "eastus", "Priya Raghunathan": "owner"}]))
    (tmp / "records" / "pivot.csv").write_text(
        f"record_id,dataset,environment,{PHONE}\nr3,crm/pivot,prod,yes\n")
    pq.write_table(pa.table({"record_id": ["r4"], "dataset": ["crm/p"], "environment": ["prod"],
                             "j.whitaker77@contoso-people.org": ["x"]}),
                   tmp / "records" / "wide.parquet")
    (tmp / "transfers" / "t.jsonl").write_text(_jsonl_lines([{
        **OUT_OF_GEO, "transfer_id": "bob.smith@fabrikam-mail.com",
        "record_ids": [EMAIL, "missing.person@fabrikam-mail.com"],
        "action": f"Call {PHONE}", "flow_id": f"flow of {NAME}",
        "endpoint": "https://api.example.com/v1?email=carol.jones%40fabrikam-mail.com"}]))
    out = tmp / "out"
    result = run_cli("run", "--config", str(tmp / "config.yaml"), "--records",
                     str(tmp / "records"), "--transfers", str(tmp / "transfers"),
                     "--output", str(out), "--fail-on", "never", "--max-rejected", "1")
    assert result.returncode == 0, result.stderr[-2000:]
    texts = {p.name: (json.dumps(pq.read_table(p).to_pylist(), default=str)
                      if p.suffix == ".parquet" else p.read_text())
             for p in out.iterdir() if p.is_file()}
    texts["stderr"], texts["stdout"] = result.stderr, result.stdout
    needles = ["fabrikam", "whitaker", "raghunathan", "7946 0958", "carol.jones", "contoso-people"]
    for name, text in texts.items():
        for needle in needles:
            assert needle not in text.lower(), (needle, name)
    findings = [json.loads(line) for line in (out / "findings.jsonl").open()]
    assert {f["transfer_id"] for f in findings if f["transfer_id"]} == \
        {findings[0]["transfer_id"]} and findings[0]["transfer_id"].startswith("pii:")
    summary = json.loads(texts["summary.json"])
    assert any(name.startswith("pii:") for name in summary["columns"]["crm/pivot"])
    assert any(name.startswith("pii:") for name in summary["files"])
    assert any("/pii:" in path for path in summary["input_files"].values())
    again = run_cli("run", "--config", str(tmp / "config.yaml"), "--records",
                    str(tmp / "records"), "--transfers", str(tmp / "transfers"),
                    "--output", str(tmp / "again"), "--fail-on", "never", "--max-rejected", "1",
                    "--direct_running_mode=multi_processing", "--direct_num_workers=2")
    assert (tmp / "again" / "findings.jsonl").read_bytes() == (out / "findings.jsonl").read_bytes()
    assert again.returncode == 0


@pytest.mark.slow
def test_report_and_findings_hold_no_control_or_bidi_character(audit_dirs):
    tmp = audit_dirs
    (tmp / "config.yaml").write_text(TEST_CONFIG.replace(
        "name: Tenant policy", f'name: "Tenant{RLO}yciloP\\e]8;;https://evil.example\\a"'))
    (tmp / "records" / "r.jsonl").write_text(_jsonl_lines([
        {**PERSONAL, f"note{RLO}txt.exe": "x", f"col{ESC}[31m": "y"}]))
    (tmp / "transfers" / "t.jsonl").write_text(_jsonl_lines([OUT_OF_GEO]))
    out = tmp / "out"
    result = run_cli("run", "--config", str(tmp / "config.yaml"), "--records",
                     str(tmp / "records"), "--transfers", str(tmp / "transfers"),
                     "--output", str(out))
    assert result.returncode == 1, result.stderr[-2000:]
    for name in ("findings.jsonl", "report.html", "summary.json", "rejected.jsonl"):
        text = json.dumps(json.loads(f"[{','.join((out / name).read_text().splitlines())}]")) \
            if name.endswith(".jsonl") else (out / name).read_text()
        raw = (out / name).read_text()
        assert RLO not in raw and ESC not in raw and "\x07" not in raw, name
        assert text
    for stream in (result.stderr, result.stdout):
        assert RLO not in stream and ESC not in stream


@pytest.mark.slow
def test_a_window_past_every_transfer_is_a_warning(audit_dirs):
    (audit_dirs / "records" / "r.jsonl").write_text(_jsonl_lines([PERSONAL]))
    (audit_dirs / "transfers" / "t.jsonl").write_text(_jsonl_lines([OUT_OF_GEO]))
    out = audit_dirs / "out"
    result = run_cli("run", "--config", str(audit_dirs / "config.yaml"), "--records",
                     str(audit_dirs / "records"), "--transfers", str(audit_dirs / "transfers"),
                     "--since", "2027-01-01", "--output", str(out))
    assert result.returncode == 0
    assert "none of the 1 transfers read falls in the window" in result.stderr
    summary = json.loads((out / "summary.json").read_text())
    assert summary["transfers_outside_window"] == 1
    assert any("no transfer was judged" in w for w in summary["warnings"])


@pytest.mark.slow
@pytest.mark.parametrize("workers", ["--direct_num_workers=1", "--direct_num_workers=2"])
def test_quiet_means_silent_and_one_line_on_failure(audit_dirs, workers):
    (audit_dirs / "records" / "r.jsonl").write_text(_jsonl_lines(BENIGN))
    common = ["run", "--config", str(audit_dirs / "config.yaml"), "--records",
              str(audit_dirs / "records"), "--quiet", workers,
              "--direct_running_mode=multi_processing"]
    quiet = run_cli(*common, "--output", str(audit_dirs / "out"))
    assert quiet.returncode == 0 and quiet.stderr == "" and quiet.stdout == ""
    model = audit_dirs / "broken-model"  # passes the driver's check, fails in the workers
    model.mkdir()
    (model / "config.cfg").write_text("[nlp]\n")
    (model / "meta.json").write_text('{"name": "x", "lang": "en", "version": "0.0.0"}')
    (audit_dirs / "config.yaml").write_text(TEST_CONFIG + "classification: {model: ./broken-model}\n")
    failed = run_cli(*common, "--output", str(audit_dirs / "out2"))
    assert failed.returncode == 2
    assert failed.stderr.count("\n") == 1 and failed.stderr.startswith("flowaudit: error:")
    assert "Traceback" not in failed.stderr

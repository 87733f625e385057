"""Scheduled audits and CI through the real command line: windows, baselines, history,
diff, progress, and report.html rendered in headless Chromium.

Five audits in all, shared by module fixtures: two nightly runs of the sample tenant into
one history folder (the second with docs/ci/sample-baseline.yaml), and three runs of a
small tenant whose transfers sit on the edges of a window.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from pipelines.cli.main import main
from pipelines.runs.baseline import load_baseline
from pipelines.runs.summary import adds_up
from tests.conftest import ROOT, run_cli, write_jsonl

pytestmark = pytest.mark.slow

SAMPLE_BASELINE = ROOT / "docs" / "ci" / "sample-baseline.yaml"
SINCE, UNTIL = "2026-10-10T10:00:00Z", "2026-10-20T00:00:00+02:00"  # until = 19th 22:00 UTC


def finding_id(rule: str, subject: str) -> str:
    """DESIGN.md: a stable hash of rule and subject (sha256 over both, 16 hex digits)."""
    return hashlib.sha256(f"{rule}\x1f{subject}".encode()).hexdigest()[:16]


def findings(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "findings.jsonl").open()]


def summary(folder: Path) -> dict:
    return json.loads((folder / "summary.json").read_text())


def cli(capsys, *args: str):
    """`diff`, `baseline` and usage errors start no pipeline: run them in-process."""
    code = main(list(args))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- a small tenant on the edges of a window --------------------------------------------

EDGE_TRANSFERS = {
    # transfer_id: (timestamp, inside [SINCE, UNTIL))
    "W1": ("2026-10-10T10:00:00Z", True),              # exactly at since
    "W2": ("2026-10-10T12:00:00.5+02:00", True),       # half a second after since, +02:00
    "W3": ("2026-10-10T09:59:59.999999Z", False),      # a microsecond before since
    "W4": ("2026-10-19T22:00:00Z", False),             # exactly at until, written in UTC
    "W5": ("2026-10-19T16:59:59.999999-05:00", True),  # a microsecond before until, -05:00
    "W6": ("2026-11-02T00:00:00Z", False),
}


@pytest.fixture(scope="module")
def small(tmp_path_factory, request):
    """Weak-TLS transfers around the window, judged twice with a baseline holding a live
    and an expired entry: A quietly, B with progress lines (tests/test_determinism.py
    compares runners).
    (A baseline that suppresses everything, exit 0, is the nightly fixture's second run.)"""
    work = tmp_path_factory.mktemp("small")
    config = work / "config.yaml"
    from tests.conftest import TEST_CONFIG
    config.write_text(TEST_CONFIG)
    records = write_jsonl(work / "records.jsonl", [
        {"record_id": "r1", "dataset": "d", "environment": "prod", "note": "sku list"}])
    transfers = write_jsonl(work / "transfers.jsonl", [
        {"transfer_id": tid, "timestamp": ts, "source_environment": "prod", "dataset": "d",
         "tls_version": "1.0"} for tid, (ts, _) in EDGE_TRANSFERS.items()])
    ids = {tid: finding_id("weak-tls", tid) for tid in EDGE_TRANSFERS}
    mixed = work / "mixed.yaml"
    mixed.write_text(yaml.safe_dump([
        {"finding_id": ids["W1"], "reason": "TLS 1.0 gateway, replaced in Q1",
         "expires": "2099-12-31"},
        {"finding_id": ids["W2"], "reason": "old exception", "expires": "2000-01-01"},
    ]))
    common = ["run", "--config", str(config), "--records", str(records),
              "--transfers", str(transfers), "--since", SINCE, "--until", UNTIL]
    runs = {
        "A": run_cli(*common, "--baseline", str(mixed), "--quiet", "--output", str(work / "A")),
        "B": run_cli(*common, "--baseline", str(mixed), "--output", str(work / "B"),
                     "--progress-seconds", "0.5"),
    }
    return work, runs, ids


def test_window_edges_through_the_cli(small):
    work, runs, _ = small
    assert runs["A"].returncode == 1, runs["A"].stderr
    inside = sorted(t for t, (_, is_in) in EDGE_TRANSFERS.items() if is_in)
    assert sorted(f["transfer_id"] for f in findings(work / "A")) == inside
    result = summary(work / "A")
    assert result["transfers_outside_window"] == len(EDGE_TRANSFERS) - len(inside)
    assert result["transfers_evaluated"] == len(inside)
    assert result["window"] == {"since": "2026-10-10T10:00:00Z", "until": "2026-10-19T22:00:00Z"}
    assert adds_up(result)


def test_live_entry_suppresses_and_expired_entry_does_not(small):
    work, runs, ids = small
    rows = {f["transfer_id"]: f for f in findings(work / "A")}
    assert (rows["W1"]["suppressed"], rows["W1"]["suppression_reason"]) == (
        True, "TLS 1.0 gateway, replaced in Q1")
    assert (rows["W2"]["suppressed"], rows["W2"]["suppression_reason"]) == (False, None)
    assert rows["W5"]["suppressed"] is False
    table = pq.read_table(work / "A" / "findings.parquet").to_pylist()
    assert {r["transfer_id"]: r["suppressed"] for r in table} == {
        "W1": True, "W2": False, "W5": False}
    result = summary(work / "A")
    assert result["exit_status"] == 1  # W2 and W5 are high and not suppressed
    assert result["findings"] == 3 and result["findings_suppressed"] == 1
    assert result["baseline"]["suppressed"] == 1
    assert [(e["finding_id"], e["expires"], e["finding_present"])
            for e in result["baseline"]["expired"]] == [(ids["W2"], "2000-01-01", True)]
    assert result["baseline"]["unmatched"] == []
    assert "expired" in runs["A"].stderr


def test_progress_lines_and_quiet(small):
    _, runs, _ = small
    assert runs["B"].returncode == 1, runs["B"].stderr
    progress = [line for line in runs["B"].stderr.splitlines() if "progress:" in line]
    assert progress, runs["B"].stderr
    assert all("records classified" in line and "records/s" in line for line in progress)
    assert "progress:" not in runs["A"].stderr and "records:" not in runs["A"].stderr


def test_bad_baseline_or_output_with_history_exit_2_and_write_nothing(tmp_path, small, capsys):
    work, _, _ = small
    bad = tmp_path / "bad.yaml"
    bad.write_text("- {finding_id: T-001, reason: '', expires: soon}\n")
    out = tmp_path / "out"
    code, _, err = cli(capsys, "run", "--config", str(work / "config.yaml"), "--records",
                       str(work / "records.jsonl"), "--baseline", str(bad), "--output", str(out))
    assert code == 2
    for key in ("[0].finding_id", "[0].reason", "[0].expires"):
        assert key in err
    assert not out.exists()
    code, _, err = cli(capsys, "run", "--config", str(work / "config.yaml"), "--records",
                       str(work / "records.jsonl"), "--output", str(out),
                       "--history", str(tmp_path / "h"))
    assert code == 2 and "not both" in err
    assert not out.exists() and not (tmp_path / "h").exists()


# --- the sample tenant, nightly, with history and the CI baseline ---------------------

@pytest.fixture(scope="module")
def nightly(tmp_path_factory):
    work = tmp_path_factory.mktemp("nightly")
    history = work / "history"
    first = run_cli("run", "--history", str(history), cwd=work)
    # the command of docs/ci/flowaudit-regression.yml, with --history for --output
    second = run_cli("run", "--config", str(ROOT / "configs" / "default.yaml"),
                     "--records", str(ROOT / "sample_data" / "records"),
                     "--transfers", str(ROOT / "sample_data" / "transfers"),
                     "--baseline", str(SAMPLE_BASELINE), "--fail-on", "info",
                     "--history", str(history), cwd=work)
    return history, first, second


def test_sample_baseline_lists_exactly_the_expected_findings():
    expected = [json.loads(line) for line in
                (ROOT / "sample_data" / "expected_findings.jsonl").open() if line.strip()]
    entries = load_baseline(SAMPLE_BASELINE).entries
    assert sorted(e.finding_id for e in entries) == sorted(
        finding_id(r["rule"], r["subject"]) for r in expected)


def test_history_keeps_each_run_and_points_latest_at_the_newest(nightly):
    history, first, second = nightly
    assert first.returncode == 1, first.stderr
    assert second.returncode == 0, second.stderr  # the CI regression check passes
    workflow = (ROOT / "docs" / "ci" / "flowaudit-regression.yml").read_text()
    for option in ("--baseline docs/ci/sample-baseline.yaml", "--fail-on info",
                   "--records sample_data/records", "--transfers sample_data/transfers"):
        assert option in workflow
    runs = sorted(p for p in history.iterdir() if p.name != "latest")
    assert len(runs) == 2 and all(p.is_dir() for p in runs)
    assert (history / "latest").resolve() == runs[1].resolve()
    newest = summary(history / "latest")
    assert newest["history"]["run"] == runs[1].name
    assert newest["history"]["previous"] == runs[0].name
    count = len(findings(runs[0]))
    assert (newest["history"]["new"], newest["history"]["resolved"],
            newest["history"]["unchanged"]) == (0, 0, count)
    assert f"0 new, 0 resolved, {count} unchanged" in second.stderr
    assert summary(runs[0])["history"]["previous"] is None


def test_ci_baseline_suppresses_every_sample_finding_and_changes_nothing_else(nightly):
    history, _, _ = nightly
    first, second = sorted(p for p in history.iterdir() if p.name != "latest")
    plain, baselined = findings(first), findings(second)
    assert all(f["suppressed"] and f["suppression_reason"] for f in baselined)
    assert not any(f["suppressed"] for f in plain)
    strip = [{**f, "suppressed": False, "suppression_reason": None} for f in baselined]
    assert strip == plain
    result = summary(second)
    assert result["baseline"]["unmatched"] == [] and result["baseline"]["expired"] == []
    assert result["findings_suppressed"] == len(plain)


def test_diff_command(nightly, small, tmp_path, capsys):
    history, _, _ = nightly
    first, second = sorted(p for p in history.iterdir() if p.name != "latest")
    code, out, _ = cli(capsys, "diff", str(first), str(history))
    assert code == 0
    assert out.splitlines()[-1] == f"0 new, 0 resolved, {len(findings(first))} unchanged"
    work, _, _ = small
    code, out, _ = cli(capsys, "diff", "--json", str(work / "A"), str(first))
    assert code == 1  # new high findings
    data = json.loads(out)
    assert {e["finding_id"] for e in data["findings"] if e["status"] == "new"} == {
        f["finding_id"] for f in findings(first)}
    assert {e["finding_id"] for e in data["findings"] if e["status"] == "resolved"} == {
        f["finding_id"] for f in findings(work / "A")}
    assert data["failing"] and all(
        e["severity"] == "high" for e in data["findings"] if e["finding_id"] in data["failing"])
    assert cli(capsys, "diff", "--fail-on", "never", str(work / "A"), str(first))[0] == 0
    # new findings that the baseline suppresses do not fail the diff
    assert cli(capsys, "diff", str(work / "A"), str(second))[0] == 0
    code, _, err = cli(capsys, "diff", str(tmp_path / "nothing"), str(first))
    assert code == 2 and "cannot read findings" in err


def test_baseline_command_writes_an_editable_baseline(nightly, tmp_path, capsys):
    history, _, _ = nightly
    code, out, _ = cli(capsys, "baseline", str(history), "--days", "30")
    assert code == 0
    path = tmp_path / "baseline.yaml"
    path.write_text(out)
    entries = load_baseline(path).entries
    assert [e.finding_id for e in entries] == [f["finding_id"] for f in findings(history / "latest")]
    assert {e.reason for e in entries} == {f["suppression_reason"]
                                          for f in findings(history / "latest")}


# --- report.html in a browser ----------------------------------------------------------

CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run",
                  "--window-size=1400,2000"]


def chromium() -> str:
    for name in ("chromium", "chromium-browser"):
        found = shutil.which(name)
        if found:
            return found
    pytest.skip("Debian's chromium package is not installed (apt-get install chromium); "
                "the report cannot be rendered")


def test_report_renders_in_headless_chromium(nightly, tmp_path):
    from PIL import Image

    browser = chromium()
    history, _, _ = nightly
    report = (history / "latest" / "report.html").resolve()
    url = report.as_uri()
    profile = tmp_path / "profile"
    screenshot = tmp_path / "report.png"
    shot = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                           f"--screenshot={screenshot}", url],
                          capture_output=True, text=True, timeout=120)
    assert screenshot.exists(), shot.stderr[-2000:]
    print(f"\nreport screenshot: {screenshot}")
    with Image.open(screenshot) as image:
        assert image.size == (1400, 2000)
        rgb = image.convert("RGB")
        colours = rgb.getcolors(maxcolors=1 << 20)
        pixels = rgb.width * rgb.height
        white = max(count for count, colour in colours if colour == (255, 255, 255))
    assert len(colours) > 50, "the screenshot is (nearly) one colour"
    assert white < 0.95 * pixels, "the screenshot is almost all white"
    dom = subprocess.run([browser, *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                          "--dump-dom", url], capture_output=True, text=True, timeout=120)
    assert dom.returncode == 0, dom.stderr[-2000:]
    ids = [f["finding_id"] for f in findings(history / "latest")]
    assert ids and all(i in dom.stdout for i in ids)
    assert f"{len(ids)} of {len(ids)} shown" in dom.stdout  # the page's script ran
    assert 'id="geo-flows"' in dom.stdout


def test_report_holds_no_personal_value(nightly):
    history, _, _ = nightly
    html = (history / "latest" / "report.html").read_text()
    values = set()
    for name in ("contacts.jsonl", "apac_customers.jsonl"):
        for line in (ROOT / "sample_data" / "records" / name).open():
            try:
                row = json.loads(line)
            except json.JSONDecodeError:
                continue
            for key in ("full_name", "email", "phone", "mobile"):
                if isinstance(row.get(key), str):
                    values.add(row[key])
    assert len(values) > 300
    assert not [v for v in values if v in html]

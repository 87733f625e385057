"""Acceptance of findings.sarif and findings.ocsf.json on the bundled sample tenant,
through the real command line: the SARIF 2.1.0 schema, the OCSF 1.2.0 class 2006
definition, one result or event per finding with its id, locations that really hold the
finding's row, suppressions from a baseline, and `flowaudit export` giving the same bytes.

Two audits: the session's sample run (no baseline) and one with a baseline that accepts
every other finding reasoned out by hand in sample_data/expected_findings.jsonl.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import jsonschema
import pyarrow.parquet as pq
import pytest
import yaml

from pipelines.cli.main import main
from pipelines.core.rules.registry import RULES
from pipelines.runs.sarif import FINGERPRINT
from tests.conftest import EXPORT_ARGS, FIXTURES, PINNED_START, ROOT, run_cli
from tests.ocsf_check import json_schema, problems

pytestmark = pytest.mark.slow

SARIF_SCHEMA = json.loads((FIXTURES / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
REASON = "accepted in the acceptance test: every other hand-reasoned finding"


def findings(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / "findings.jsonl").open(encoding="utf-8")]


def sarif(folder: Path) -> dict:
    return json.loads((folder / "findings.sarif").read_text(encoding="utf-8"))


def ocsf(folder: Path) -> list[dict]:
    return json.loads((folder / "findings.ocsf.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sample(sample_run):
    result, out = sample_run
    assert result.returncode == 1, result.stderr[-2000:]
    return out


@pytest.fixture(scope="module")
def with_baseline(tmp_path_factory):
    """The sample tenant again, with a baseline accepting every other expected finding."""
    work = tmp_path_factory.mktemp("sample-baseline")
    expected = [json.loads(line) for line in
                (ROOT / "sample_data" / "expected_findings.jsonl").open(encoding="utf-8")]
    accepted = [hashlib.sha256(f"{e['rule']}\x1f{e['subject']}".encode()).hexdigest()[:16]
                for e in expected[::2]]
    baseline = work / "baseline.yaml"
    baseline.write_text(yaml.safe_dump([
        {"finding_id": finding_id, "reason": REASON, "expires": "2099-12-31"}
        for finding_id in accepted]), encoding="utf-8")
    out = work / "audit-out"
    result = run_cli("run", "--output", str(out), "--baseline", str(baseline), *EXPORT_ARGS,
                     cwd=work, env=PINNED_START)
    assert result.returncode == 1, result.stderr[-2000:]
    return out, set(accepted)


def test_sarif_validates_against_the_official_schema(sample, with_baseline):
    for folder in (sample, with_baseline[0]):
        validator = jsonschema.Draft4Validator(
            SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
        errors = [e.message for e in validator.iter_errors(sarif(folder))]
        assert errors == []


def test_one_result_per_finding_fingerprinted_by_its_id(sample):
    rows, document = findings(sample), sarif(sample)
    [run] = document["runs"]
    assert [r["id"] for r in run["tool"]["driver"]["rules"]] == list(RULES)
    expected = (ROOT / "sample_data" / "expected_findings.jsonl").read_text().splitlines()
    assert len(rows) == len(expected)  # the hand-reasoned findings, one result each
    assert [r["partialFingerprints"][FINGERPRINT] for r in run["results"]] == \
        [row["finding_id"] for row in rows]
    assert not any("suppressions" in r for r in run["results"])


def test_suppressed_results_are_the_baseline_matches(with_baseline):
    out, accepted = with_baseline
    rows, results = findings(out), sarif(out)["runs"][0]["results"]
    suppressed = {r["partialFingerprints"][FINGERPRINT] for r in results if "suppressions" in r}
    assert suppressed == accepted == {row["finding_id"] for row in rows if row["suppressed"]}
    assert len(results) == len(rows)  # unsuppressed ones too, one each
    for result in results:
        if "suppressions" in result:
            assert result["suppressions"] == [{"kind": "external", "status": "accepted",
                                               "justification": REASON}]
    summary = json.loads((out / "summary.json").read_text())
    assert summary["findings_suppressed"] == len(accepted)


def test_a_baseline_changes_nothing_but_the_suppressions(sample, with_baseline):
    """Same inputs, another run: apart from suppressions, the same SARIF document."""
    plain, suppressed = sarif(sample), sarif(with_baseline[0])
    for result in suppressed["runs"][0]["results"]:
        result.pop("suppressions", None)
    assert plain["runs"][0]["originalUriBaseIds"] != {}  # both ran from their own folder
    plain["runs"][0].pop("originalUriBaseIds")
    suppressed["runs"][0].pop("originalUriBaseIds")
    assert suppressed == plain


def _line(uri: str, base: str, number: int) -> str:
    path = Path(uri.removeprefix("file://")) if uri.startswith("file://") else \
        Path(base.removeprefix("file://")) / uri
    return path.read_text(encoding="utf-8").splitlines()[number - 1]


def test_locations_hold_the_findings_row(sample):
    """Read each location back: the transfer's line names the transfer, a dataset's
    record lies in the dataset and region of the finding, a DLP policy's line starts its
    config entry."""
    rows = {row["finding_id"]: row for row in findings(sample)}
    summary = json.loads((sample / "summary.json").read_text())
    sources = {path: entry.get("source") for path, entry in summary["files"].items()}
    [run] = sarif(sample)["runs"]
    base = run["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    config_lines = (ROOT / "configs" / "default.yaml").read_text().splitlines()
    checked = {"transfer": 0, "record": 0, "policy": 0}
    for result in run["results"]:
        row = rows[result["partialFingerprints"][FINGERPRINT]]
        seen = result["locations"] + result.get("relatedLocations", [])
        for location in seen:
            physical = location["physicalLocation"]
            uri = physical["artifactLocation"]["uri"]
            if "logicalLocations" in location:  # a DLP policy's config entry
                assert uri.endswith("configs/default.yaml")
                line = config_lines[physical["region"]["startLine"] - 1]
                key = location["logicalLocations"][0]["fullyQualifiedName"]
                index = int(key.removeprefix("dlp_policies[").removesuffix("]"))
                assert line.strip().startswith("- file:") and config_lines[
                    config_lines.index("dlp_policies:") + 1 + index] == line
                checked["policy"] += 1
            elif row["transfer_id"]:
                text = _line(uri, base, physical["region"]["startLine"])
                if sources[row["input_file"]] == "flowaudit":
                    assert row["transfer_id"] in text
                else:  # Microsoft's rows have no transfer id: the row is the evidence
                    assert text.strip() and text.strip()[0] in "{\"0123456789"
                checked["transfer"] += 1
            else:
                dataset, region = row["subject"].rsplit("@", 1)
                position = location["properties"]["position"]
                if "region" in physical:
                    record = json.loads(_line(uri, base, physical["region"]["startLine"]))
                else:
                    path = ROOT / "sample_data" / "records" / Path(uri).name
                    record = pq.read_table(path).to_pylist()[position - 1]
                assert (record["dataset"], record["region"]) == (dataset, region)
                checked["record"] += 1
    assert checked["transfer"] >= 40 and checked["record"] == 2 and checked["policy"] >= 17


def test_ocsf_events_are_valid_data_security_findings(sample, with_baseline):
    for folder in (sample, with_baseline[0]):
        for event in ocsf(folder):
            uid = event["finding_info"]["uid"]
            assert problems(event) == [], uid
            validator = jsonschema.Draft202012Validator(
                json_schema(tuple(event["metadata"]["profiles"])))
            assert [e.message for e in validator.iter_errors(event)] == [], uid


def test_each_event_is_a_finding_of_the_run(sample, with_baseline):
    out, accepted = with_baseline
    for folder in (sample, out):
        ids = [row["finding_id"] for row in findings(folder)]
        assert [event["finding_info"]["uid"] for event in ocsf(folder)] == ids
    statuses = {event["finding_info"]["uid"]: event["status"] for event in ocsf(out)}
    assert {uid for uid, status in statuses.items() if status == "Suppressed"} == accepted
    assert {status for uid, status in statuses.items() if uid not in accepted} == {"New"}


@pytest.mark.parametrize("fmt, name", [("sarif", "findings.sarif"),
                                       ("ocsf", "findings.ocsf.json")])
def test_export_of_the_finished_run_gives_the_same_bytes(sample, with_baseline, capsysbinary,
                                                         fmt, name):
    for folder in (sample, with_baseline[0]):
        assert main(["export", str(folder), "--format", fmt]) == 0
        assert capsysbinary.readouterr().out == (folder / name).read_bytes()


def test_both_files_are_published_with_the_run(sample):
    """Written into the staging folder and listed in the run's _SUCCESS marker, so the
    folder stays flowaudit's to replace."""
    from pipelines.files.staging import foreign_entries, marker_files

    listed = marker_files(sample)
    for name in ("findings.sarif", "findings.ocsf.json"):
        data = (sample / name).read_bytes()
        assert listed[name] == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert foreign_entries(sample) == []

"""After the pipeline: one findings file from the workers' shards (with the baseline's
suppressions), one classifications file, then summary.json, report.html and the exit
status. Everything here reads and writes the run's staging folder only; the launcher
publishes it afterwards."""

from __future__ import annotations

import json
import logging
import os
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from pipelines.audit import AuditPlan
from pipelines.config import AuditConfig
from pipelines.core.verdict import exit_status
from pipelines.files import storage
from pipelines.files.classifications import merge_classification_shards
from pipelines.files.findings import merge_finding_shards, read_findings, write_finding_rows
from pipelines.runs.baseline import Baseline, apply_baseline
from pipelines.runs.diff import diff_findings
from pipelines.runs.exports import write_exports
from pipelines.runs.locations import run_locations
from pipelines.runs.report import render_report
from pipelines.runs.summary import build_summary, pseudonymised
from pipelines.write import COUNTS_FILE, REJECTED_FILE

LOG = logging.getLogger("flowaudit")
SUMMARY_FILE = "summary.json"
REPORT_FILE = "report.html"


@dataclass(frozen=True)
class RunRequest:
    """What the user asked of this run beyond the pipeline's plan."""

    fail_on: str
    max_rejected: float
    classify_only: bool = False
    baseline: Baseline | None = None
    history_dir: str | None = None  # --history DIR: this run is DIR/<run_name>
    run_name: str | None = None
    previous_run: Path | str | None = None  # the run --history compares with
    version: str = "dev"
    skipped_files: tuple[dict, ...] = ()  # in input folders, not read (files/inputs.py)
    formats: tuple[str, ...] = ()  # --format: findings.sarif, findings.ocsf.json


@dataclass(frozen=True)
class Timing:
    started: float  # time.monotonic() when the command started
    pipeline_seconds: float
    started_at: str | None = None  # UTC ISO text (runs/clock.py); SARIF and OCSF show it


def finish(folder: str, plan: AuditPlan, config: AuditConfig, request: RunRequest,
           timing: Timing) -> tuple[int, dict]:
    """Exit status and summary of a finished pipeline run whose outputs are in `folder`."""
    counts = _take_counts(folder)
    written = {key[0]: 0 for key, _ in counts}
    for key, count in counts:
        written[key[0]] += count
    counts = [(key, count) for key, count in counts if key[0] != "findings"]
    _check_written("classifications", merge_classification_shards(folder),
                   written.get("classified", 0))
    _check_written("rejected rows", _lines(storage.join(folder, REJECTED_FILE)),
                   written.get("rejected", 0))
    findings: list[dict] = []
    baseline_context = None
    if not request.classify_only:
        findings = merge_finding_shards(folder)
        _check_written("findings", len(findings), written.get("findings", 0))
        findings, baseline_context = _apply_baseline(findings, request.baseline)
        write_finding_rows(findings, folder)
    context = {
        "tool": "flowaudit",
        "version": request.version,
        "config": config.path,
        "tenant": config.tenant.name,
        "home_geo": config.tenant.home_geo,
        "model": config.classifier.model,
        "window": {"since": plan.since, "until": plan.until},
        "inputs": {"records": list(plan.record_files), "transfers": list(plan.transfer_files)},
        "transfer_sources": dict(plan.transfer_formats),
        "fail_on": None if request.classify_only else request.fail_on,
        "max_rejected": request.max_rejected,
        "baseline": baseline_context,
        "findings_suppressed": sum(1 for f in findings if f.get("suppressed")),
        "history": _history_context(request, findings),
        "skipped_files": list(request.skipped_files),
        "locations": run_locations(config, os.getcwd()),
    }
    summary = build_summary(counts, findings, context)
    summary["warnings"] = _warnings(summary, plan)
    summary = pseudonymised(summary, plan.safe_names())
    code = exit_status(findings, request.fail_on, summary["rejected_fraction"],
                       request.max_rejected)
    summary["exit_status"] = code
    summary["timings"] = {
        "started_at": timing.started_at,
        "pipeline_seconds": round(timing.pipeline_seconds, 3),
        "total_seconds": round(time.monotonic() - timing.started, 3),
    }
    storage.write_bytes(storage.join(folder, SUMMARY_FILE),
                        (json.dumps(summary, indent=2, sort_keys=False) + "\n").encode(),
                        mime_type="application/json")
    if not request.classify_only:
        storage.write_bytes(storage.join(folder, REPORT_FILE),
                            render_report(findings, summary).encode("utf-8"),
                            mime_type="text/html; charset=utf-8")
        write_exports(folder, findings, summary, request.formats)
    return code, summary


class IncompleteOutput(Exception):
    """The files the runner wrote hold fewer (or more) rows than the pipeline counted:
    a runner that loses data. The run fails (exit 2) and nothing is published."""


def _check_written(what: str, found: int, counted: int) -> None:
    if found != counted:
        raise IncompleteOutput(
            f"the runner wrote {found} {what} where the pipeline counted {counted}: it lost "
            "data (or a second run wrote into this run's staging folder); nothing was "
            "published")


def _lines(path: str) -> int:
    with storage.open_read(path) as handle:
        return sum(block.count(b"\n") for block in iter(lambda: handle.read(1 << 20), b""))


def _warnings(summary: dict, plan: AuditPlan) -> list[str]:
    """What the user should know about this run that no count says plainly."""
    warnings = []
    skipped = [f for f in summary.get("skipped_files") or () if f["reason"] != "hidden"]
    if skipped:
        warnings.append(f"{len(skipped)} entr{'ies' if len(skipped) != 1 else 'y'} inside the "
                        "input folders not read (see skipped_files)")
    used = summary["transfers_read"] - summary["transfers_rejected"]
    if (plan.since or plan.until) and used and not summary["transfers_evaluated"]:
        window = (f"--since/--until: none of the {used} transfers read falls in the window "
                  f"[{plan.since or 'the beginning'}, {plan.until or 'the end'}): no "
                  "transfer was judged")
        LOG.warning("%s", window)  # the skipped files were warned about before the run
        warnings.append(window)
    return warnings


def _take_counts(folder: str) -> list:
    """The pipeline's counts, which are the summary's input, not an output."""
    path = storage.join(folder, COUNTS_FILE)
    counts = json.loads(storage.read_bytes(path))
    storage.delete([path])
    return counts


def _apply_baseline(findings: list[dict],
                    baseline: Baseline | None) -> tuple[list[dict], dict | None]:
    """Mark suppressed findings (same order, so the same input and baseline give the
    same bytes)."""
    if baseline is None:
        return findings, None
    today = datetime.now(UTC).date()
    outcome = apply_baseline(findings, baseline, today)
    for entry in outcome.expired:
        LOG.warning("baseline entry %s expired on %s: it no longer suppresses its finding",
                    entry.finding_id, entry.expires.isoformat())
    return outcome.rows, outcome.to_summary(baseline, today)


def _history_context(request: RunRequest, findings: list[dict]) -> dict | None:
    if not request.history_dir:
        return None
    context = {"dir": request.history_dir, "run": request.run_name, "previous": None}
    previous = request.previous_run
    if previous is not None:
        changes = diff_findings(read_findings(str(previous)), findings)
        context.update(previous=storage.basename(str(previous)), new=len(changes.new),
                       resolved=len(changes.resolved), unchanged=len(changes.unchanged))
    return context

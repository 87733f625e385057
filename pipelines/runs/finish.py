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
from pipelines.files.classifications import merge_classification_shards
from pipelines.files.findings import merge_finding_shards, read_findings, write_finding_rows
from pipelines.runs.baseline import Baseline, apply_baseline
from pipelines.runs.diff import diff_findings
from pipelines.runs.exports import write_exports
from pipelines.runs.locations import run_locations
from pipelines.runs.report import render_report
from pipelines.runs.summary import build_summary
from pipelines.write import COUNTS_FILE

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
    previous_run: Path | None = None  # the run --history compares with
    version: str = "dev"
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
    merge_classification_shards(folder)
    findings: list[dict] = []
    baseline_context = None
    if not request.classify_only:
        findings = merge_finding_shards(folder)
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
        "locations": run_locations(config, os.getcwd()),
    }
    summary = build_summary(counts, findings, context)
    code = exit_status(findings, request.fail_on, summary["rejected_fraction"],
                       request.max_rejected)
    summary["exit_status"] = code
    summary["timings"] = {
        "started_at": timing.started_at,
        "pipeline_seconds": round(timing.pipeline_seconds, 3),
        "total_seconds": round(time.monotonic() - timing.started, 3),
    }
    with open(os.path.join(folder, SUMMARY_FILE), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2, sort_keys=False)
        handle.write("\n")
    if not request.classify_only:
        with open(os.path.join(folder, REPORT_FILE), "w", encoding="utf-8") as handle:
            handle.write(render_report(findings, summary))
        write_exports(folder, findings, summary, request.formats)
    return code, summary


def _take_counts(folder: str) -> list:
    """The pipeline's counts, which are the summary's input, not an output."""
    path = os.path.join(folder, COUNTS_FILE)
    with open(path, encoding="utf-8") as handle:
        counts = json.load(handle)
    os.remove(path)
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
        context.update(previous=previous.name, new=len(changes.new),
                       resolved=len(changes.resolved), unchanged=len(changes.unchanged))
    return context

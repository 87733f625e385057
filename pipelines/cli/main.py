"""`flowaudit run | validate | classify`: the thin shell around the audit pipeline.

Exit status: 0 clean at --fail-on; 1 findings at or above it; 2 usage, configuration
or unreadable input (nothing written); 3 too many rejected rows (wins over 1).
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib.resources
import json
import logging
import os
import sys
import tempfile
import time
from collections.abc import Sequence
from datetime import UTC, datetime
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

import apache_beam as beam
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from classifiers.installed import ModelNotAvailable, find_model
from pipelines.audit import (
    COUNTS_FILE,
    Audit,
    AuditPlan,
    WriteAudit,
    join_shards,
)
from pipelines.cli.memory import limit_malloc_arenas
from pipelines.cli.options import FAIL_ON, REMOTE_READ_SHARDS, AuditOptions
from pipelines.config import AuditConfig, ConfigError, load_config
from pipelines.core.model import SEVERITY_RANK
from pipelines.core.parse import RowError, parse_timestamp
from pipelines.core.window import instant
from pipelines.files.findings import read_findings, write_finding_rows
from pipelines.files.inputs import InputError, resolve_inputs
from pipelines.files.staging import OutputRefused, StagingFolder
from pipelines.runs.baseline import (
    DEFAULT_DAYS,
    Baseline,
    apply_baseline,
    baseline_yaml,
    load_baseline,
)
from pipelines.runs.diff import diff_findings, diff_table
from pipelines.runs.history import latest_run, new_run_folder, point_latest, run_folder
from pipelines.runs.progress import ProgressReporter
from pipelines.runs.report import render_report
from pipelines.runs.summary import build_summary

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR, EXIT_REJECTED = 0, 1, 2, 3
LOG = logging.getLogger("flowaudit")


class UsageError(Exception):
    pass


def _version() -> str:
    try:
        return version("flowaudit")
    except PackageNotFoundError:
        return "dev"


def bundled(package: str, *parts: str) -> str:
    return str(importlib.resources.files(package).joinpath(*parts))


def default_config() -> str:
    return bundled("configs", "default.yaml")


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flowaudit",
        description="Audit data residency and DLP rules over data records and transfer logs.",
    )
    parser.add_argument("--version", action="version", version=f"flowaudit {_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser(
        "run", help="audit records and transfers",
        epilog="Beam options (--runner, --direct_num_workers, --direct_running_mode, ...) "
               "pass through to the pipeline.")
    AuditOptions._add_argparse_args(run)
    validate = commands.add_parser("validate", help="check a configuration; print every problem")
    validate.add_argument("--config", required=True)
    classify = commands.add_parser("classify", help="classification only")
    classify.add_argument("--config", default=None)
    classify.add_argument("--records", nargs="+", action="extend", required=True)
    classify.add_argument("--output", default="classify-out")
    classify.add_argument("--max-rejected", dest="max_rejected", type=float, default=0.01)
    classify.add_argument("--quiet", action="store_true")
    _add_history_commands(commands)
    return parser


def _add_history_commands(commands) -> None:
    """`diff` and `baseline`: they read finished runs and never start a pipeline."""
    diff = commands.add_parser(
        "diff", help="new, resolved and unchanged findings between two runs",
        description="Compare two output folders (or history folders: their latest run) by "
                    "finding_id. Exit 1 when a new, unsuppressed finding is at or above "
                    "--fail-on.")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--json", action="store_true", help="print JSON instead of a table")
    diff.add_argument("--fail-on", dest="fail_on", choices=FAIL_ON, default="high")
    baseline = commands.add_parser(
        "baseline", help="write a baseline from a run's findings, for a person to edit",
        description="Print a YAML baseline with one entry per finding of OUT; redirect it "
                    "to a file, keep what you accept, and say why.")
    baseline.add_argument("out", help="a run's output folder (or a history folder)")
    baseline.add_argument("--days", type=int, default=DEFAULT_DAYS,
                          help=f"entries expire after this many days (default {DEFAULT_DAYS})")
    baseline.add_argument("--reason", default=None, help="reason written into every entry")


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="flowaudit: %(message)s")
    parser = _parser()
    args, beam_args = parser.parse_known_args(argv)
    if args.command in ("validate", "diff", "baseline") and beam_args:
        parser.error(f"unrecognized arguments: {' '.join(beam_args)}")
    if args.command == "validate":
        return validate(args.config)
    if args.command == "diff":
        return diff_command(args)
    if args.command == "baseline":
        return baseline_command(args)
    args.output_given = any(a == "--output" or a.startswith("--output=") for a in argv)
    try:
        if args.command == "classify":
            return run_audit(args, beam_args, classify_only=True)
        return run_audit(args, beam_args)
    except (UsageError, InputError, ConfigError, ModelNotAvailable, OutputRefused) as error:
        print(f"flowaudit: error: {error}", file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # the run failed: nothing was written, and that is no verdict
        LOG.debug("run failed", exc_info=True)
        print(f"flowaudit: error: the audit failed ({type(error).__name__}); nothing was "
              "written. Run with FLOWAUDIT_DEBUG=1 for the traceback.", file=sys.stderr)
        if os.environ.get("FLOWAUDIT_DEBUG"):
            raise
        return EXIT_ERROR


def validate(path: str) -> int:
    """Every problem of the config and the files it names, in one run; exit 2 if any."""
    try:
        config = load_config(path, check_model=True)
    except ConfigError as error:
        print(f"{path}: {len(error.problems)} problem(s)", file=sys.stderr)
        for problem in error.problems:
            print(f"{path}: {problem}", file=sys.stderr)
        return EXIT_ERROR
    tenant = config.tenant
    for warning in config.warnings:
        print(f"{path}: warning: {warning}", file=sys.stderr)
    tags = f", service tags {', '.join(tenant.allowed_service_tags)}" \
        if tenant.service_tags_file else ""
    print(
        f"{path}: ok — tenant {tenant.name or '(unnamed)'}, home geo {tenant.home_geo}, "
        f"{len(tenant.catalogue.geos)} geos, {len(tenant.environments)} environments, "
        f"{len(tenant.policies.policies)} DLP policies, "
        f"{len(tenant.policies.unblockable)} unblockable connectors{tags}, "
        f"model {config.classifier.model}"
    )
    return EXIT_CLEAN


def _window(args) -> tuple[str | None, str | None]:
    try:
        since = parse_timestamp(args.since) if getattr(args, "since", None) else None
        until = parse_timestamp(args.until) if getattr(args, "until", None) else None
    except RowError as error:
        raise UsageError(f"--since/--until: {error}".replace("'timestamp' ", "")) from None
    if since and until and instant(since) >= instant(until):
        raise UsageError("--since must be before --until")
    return since, until


def _given(beam_args: list[str], flag: str) -> bool:
    return any(arg.split("=", 1)[0] == flag for arg in beam_args)


def worker_count() -> int:
    """The CPUs this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


IN_PROCESS_BELOW_BYTES = 256 * 1024
"""Record input smaller than this runs in-process by default: starting a worker process
(Beam, Presidio and spaCy imported, the model loaded) costs ~4 s, which classification on
one more core only wins back from roughly 700 records (~250 KB of JSON) on (README,
"Performance"). The sample tenant (67 KB) and the tests' inputs stay in-process."""


def input_bytes(files: Sequence[str]) -> int | None:
    """Total size of the input files, or None when a file system cannot tell."""
    from apache_beam.io.filesystems import FileSystems

    try:
        return sum(m.size_in_bytes for r in FileSystems.match(list(files)) for m in r.metadata_list)
    except Exception:  # noqa: BLE001 - unknown size: assume it is large
        return None


def read_shards(options: PipelineOptions, runner, given: int | None) -> int:
    """Read tasks: the user's number, else one per local worker (each worker then gets
    exactly one task of equal size), else REMOTE_READ_SHARDS."""
    if given:
        return given
    if runner is None:
        return REMOTE_READ_SHARDS
    return max(1, options.view_as(DirectOptions).direct_num_workers or 1)


def _pipeline_options(beam_args: list[str],
                      record_bytes: int | None = None) -> tuple[PipelineOptions, object]:
    """Beam options; on the local runner, by default one worker process per CPU.

    Classification is CPU-bound Python, so threads would share one core: the default is
    `multi_processing` with `direct_num_workers` = the CPUs available, except for small
    inputs (IN_PROCESS_BELOW_BYTES of records), which run in-process. A user's
    `--direct_running_mode` or `--direct_num_workers` wins; `--direct_num_workers=1`
    alone means in-process. Findings are byte-identical in every mode.
    """
    unknown = [a for a in beam_args if not a.startswith("--")]
    if unknown:
        raise UsageError(f"unexpected argument '{unknown[0]}'")
    options = PipelineOptions(beam_args)
    standard = options.view_as(StandardOptions)
    runner = standard.runner
    if runner is None or runner == "DirectRunner":
        # Beam's DirectRunner first tries to download the Prism binary; an offline
        # auditor goes straight to the in-process portable runner.
        from apache_beam.runners.portability.fn_api_runner import FnApiRunner

        direct = options.view_as(DirectOptions)
        mode_given = _given(beam_args, "--direct_running_mode")
        workers_given = _given(beam_args, "--direct_num_workers")
        if mode_given and not workers_given and direct.direct_running_mode != "in_memory":
            direct.direct_num_workers = worker_count()
        if not mode_given:
            small = record_bytes is not None and record_bytes < IN_PROCESS_BELOW_BYTES
            default = 1 if small else worker_count()
            workers = direct.direct_num_workers if workers_given else default
            direct.direct_num_workers = workers
            direct.direct_running_mode = "multi_processing" if workers != 1 else "in_memory"
        return options, FnApiRunner()
    return options, None


def run_audit(args, beam_args: list[str], classify_only: bool = False) -> int:
    started = time.monotonic()
    sample = args.config is None and args.records is None and not getattr(args, "transfers", None)
    config_path = args.config or default_config()
    if args.config is None and not sample:
        config_path = default_config()
    record_patterns = args.records
    transfer_patterns = getattr(args, "transfers", None)
    if sample:
        record_patterns = [bundled("sample_data", "records")]
        transfer_patterns = [] if classify_only else [bundled("sample_data", "transfers")]
    if not record_patterns and not transfer_patterns:
        raise UsageError("give --records and/or --transfers")
    since, until = _window(args)
    baseline = load_baseline(args.baseline) if getattr(args, "baseline", None) else None
    _history_output(args)
    config = load_config(config_path)
    find_model(config.classifier.model)  # fail before any output exists
    for warning in config.warnings:
        LOG.warning("config: %s", warning)
    record_files = resolve_inputs(record_patterns or [], "--records", args.output)
    transfer_files = resolve_inputs(transfer_patterns or [], "--transfers", args.output)
    options, runner = _pipeline_options(beam_args, input_bytes(record_files))
    limit_malloc_arenas()  # before any worker process starts

    plan = AuditPlan(
        tenant=config.tenant,
        classifier=config.classifier,
        record_files=tuple(record_files),
        transfer_files=tuple(transfer_files),
        since=since,
        until=until,
        read_shards=read_shards(options, runner, getattr(args, "read_shards", None)),
    )
    protected = [config_path, *record_files, *transfer_files,
                 *(record_patterns or ()), *(transfer_patterns or ())]
    if getattr(args, "baseline", None):
        protected.append(args.baseline)
    staging = StagingFolder(args.output, protected)
    try:
        with tempfile.TemporaryDirectory(prefix="flowaudit-progress-") as scratch, \
                _progress(args, os.path.join(scratch, "classified")) as progress_file:
            plan = dataclasses.replace(plan, progress_file=progress_file)
            with beam.Pipeline(runner=runner, options=options) as pipeline:
                result = pipeline | "Audit" >> Audit(plan)
                result | "Write" >> WriteAudit(str(staging.path))
        pipeline_seconds = time.monotonic() - started
        join_shards(str(staging.path))
        code, summary = _finish(staging.path, config, plan, args, started, pipeline_seconds,
                                classify_only, baseline)
        staging.publish()
        _publish_history(args)
    except BaseException:
        staging.discard()
        raise
    if not getattr(args, "quiet", False):
        _print_summary(summary, args.output)
    return code


def _finish(folder, config: AuditConfig, plan: AuditPlan, args, started: float,
            pipeline_seconds: float, classify_only: bool,
            baseline: Baseline | None = None) -> tuple[int, dict]:
    with open(os.path.join(folder, COUNTS_FILE), encoding="utf-8") as handle:
        counts = json.load(handle)
    os.remove(os.path.join(folder, COUNTS_FILE))
    findings = [] if classify_only else read_findings(str(folder))
    if classify_only:
        for name in ("findings.jsonl", "findings.parquet"):
            os.remove(os.path.join(folder, name))
    context = {
        "tool": "flowaudit",
        "version": _version(),
        "config": config.path,
        "tenant": config.tenant.name,
        "home_geo": config.tenant.home_geo,
        "model": config.classifier.model,
        "window": {"since": plan.since, "until": plan.until},
        "inputs": {"records": list(plan.record_files), "transfers": list(plan.transfer_files)},
        "fail_on": getattr(args, "fail_on", None),
        "max_rejected": args.max_rejected,
    }
    findings, context["baseline"] = _apply_baseline(folder, findings, baseline)
    context["findings_suppressed"] = sum(1 for f in findings if f.get("suppressed"))
    context["history"] = _history_context(args, findings)
    summary = build_summary(counts, findings, context)
    fail_on = getattr(args, "fail_on", "never")
    failing = [
        f for f in findings
        if fail_on != "never" and SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[fail_on]
        and not f.get("suppressed")
    ]
    code = EXIT_CLEAN
    if failing:
        code = EXIT_FINDINGS
    if summary["rejected_fraction"] > args.max_rejected:
        code = EXIT_REJECTED
    summary["exit_status"] = code
    summary["timings"] = {
        "pipeline_seconds": round(pipeline_seconds, 3),
        "total_seconds": round(time.monotonic() - started, 3),
    }
    with open(os.path.join(folder, "summary.json"), "w", encoding="utf-8") as handle:
        json.dump(summary, handle, indent=2, sort_keys=False)
        handle.write("\n")
    if not classify_only:
        with open(os.path.join(folder, "report.html"), "w", encoding="utf-8") as handle:
            handle.write(render_report(findings, summary))
    return code, summary


def _print_summary(summary: dict, output: str) -> None:
    lines = [
        f"records: {summary['records_read']} read, {summary['records_classified']} classified "
        f"({summary['classification']['personal']} personal), "
        f"{summary['records_rejected']} rejected",
        f"transfers: {summary['transfers_read']} read, {summary['transfers_evaluated']} evaluated, "
        f"{summary['transfers_rejected']} rejected",
    ]
    if summary["findings"]:
        by_rule = ", ".join(f"{rule} {n}" for rule, n in summary["findings_by_rule"].items() if n)
        lines.append(f"findings: {summary['findings']} ({by_rule})")
    else:
        lines.append("findings: none")
    lines += _baseline_lines(summary)
    lines.append(f"written to {output} in {summary['timings']['total_seconds']:.1f} s; "
                 f"exit {summary['exit_status']}")
    print("\n".join(lines), file=sys.stderr)


# --- scheduled audits: baseline, history, progress, diff ----------------------------------

def _apply_baseline(folder, findings: list[dict],
                    baseline: Baseline | None) -> tuple[list[dict], dict | None]:
    """Mark suppressed findings and re-write both findings files (same order, so the same
    input and baseline give the same bytes)."""
    if baseline is None:
        return findings, None
    today = datetime.now(UTC).date()
    outcome = apply_baseline(findings, baseline, today)
    if os.path.exists(os.path.join(folder, "findings.jsonl")):
        write_finding_rows(outcome.rows, str(folder))
    for entry in outcome.expired:
        LOG.warning("baseline entry %s expired on %s: it no longer suppresses its finding",
                    entry.finding_id, entry.expires.isoformat())
    return outcome.rows, outcome.to_summary(baseline, today)


def _baseline_lines(summary: dict) -> list[str]:
    lines = []
    if summary.get("findings_suppressed"):
        lines.append(f"suppressed by the baseline: {summary['findings_suppressed']} "
                     "(not counted for the exit status)")
    baseline = summary.get("baseline") or {}
    if baseline.get("expired"):
        lines.append(f"baseline: {len(baseline['expired'])} expired entries (see summary.json)")
    history = summary.get("history") or {}
    if history.get("previous"):
        lines.append(f"since {history['previous']}: {history['new']} new, "
                     f"{history['resolved']} resolved, {history['unchanged']} unchanged")
    return lines


def _history_output(args) -> None:
    """With --history DIR, this run's output folder is DIR/<UTC timestamp>."""
    history = getattr(args, "history", None)
    if not history:
        return
    if getattr(args, "output_given", False):
        raise UsageError("give --output or --history, not both")
    args.history_previous = latest_run(history)
    args.output = str(new_run_folder(history))


def _history_context(args, findings: list[dict]) -> dict | None:
    history = getattr(args, "history", None)
    if not history:
        return None
    context = {"dir": history, "run": os.path.basename(args.output), "previous": None}
    previous = getattr(args, "history_previous", None)
    if previous is not None:
        changes = diff_findings(read_findings(str(previous)), findings)
        context.update(previous=previous.name, new=len(changes.new),
                       resolved=len(changes.resolved), unchanged=len(changes.unchanged))
    return context


def _publish_history(args) -> None:
    if getattr(args, "history", None):
        point_latest(args.history, Path(args.output))


@contextlib.contextmanager
def _progress(args, path: str):
    """Yields the file workers count into, or None when progress is off (--quiet)."""
    if getattr(args, "quiet", False):
        yield None
        return
    with ProgressReporter(path, getattr(args, "progress_seconds", 10.0)):
        yield path


def diff_command(args) -> int:
    try:
        old, new = run_folder(args.old), run_folder(args.new)
        changes = diff_findings(read_findings(str(old)), read_findings(str(new)))
    except (OSError, ValueError, KeyError) as error:
        print(f"flowaudit: error: cannot read findings ({type(error).__name__}: "
              f"{getattr(error, 'filename', None) or 'not a flowaudit output folder'})",
              file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(changes.to_json(str(old), str(new), args.fail_on), indent=2))
    else:
        sys.stdout.write(diff_table(changes))
    return EXIT_FINDINGS if changes.failing(args.fail_on) else EXIT_CLEAN


def baseline_command(args) -> int:
    folder = run_folder(args.out)
    try:
        findings = read_findings(str(folder))
    except (OSError, ValueError) as error:
        print(f"flowaudit: error: cannot read findings in {folder} ({type(error).__name__})",
              file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(baseline_yaml(findings, str(folder), datetime.now(UTC).date(),
                                   days=args.days, reason=args.reason))
    return EXIT_CLEAN


if __name__ == "__main__":
    sys.exit(main())

"""`flowaudit run` and `flowaudit classify`: parse what the user asked into a plan, run
the pipeline on it, and hand the result to the post-run step (runs/finish.py).

Everything that can fail on the user's input (config, model, inputs, output folder,
baseline) fails here, before the pipeline starts and before anything is written.
"""

from __future__ import annotations

import contextlib
import dataclasses
import importlib.resources
import logging
import os
import sys
import tempfile
import time
from importlib.metadata import PackageNotFoundError, version

import apache_beam as beam

from classifiers.installed import find_model
from pipelines.audit import Audit, AuditPlan
from pipelines.cli.memory import limit_malloc_arenas
from pipelines.cli.options import UsageError
from pipelines.cli.runner import check_runner, input_bytes, pipeline_options, read_shards
from pipelines.config import load_config
from pipelines.core.masking import printable
from pipelines.core.parse import RowError, parse_timestamp
from pipelines.core.window import instant
from pipelines.files import storage
from pipelines.files.inputs import HIDDEN, InputError, resolve_inputs
from pipelines.files.staging import NotAFinishedRun, open_staging, verified_files
from pipelines.runs.baseline import load_baseline
from pipelines.runs.clock import ClockError, run_started_at
from pipelines.runs.finish import RunRequest, Timing, finish
from pipelines.runs.history import (
    HistoryError,
    check_latest,
    latest_run,
    new_run_folder,
    point_latest,
)
from pipelines.runs.progress import ProgressReporter
from pipelines.write import WriteAudit

LOG = logging.getLogger("flowaudit")


def tool_version() -> str:
    try:
        return version("flowaudit")
    except PackageNotFoundError:
        return "dev"


def bundled(package: str, *parts: str) -> str:
    return str(importlib.resources.files(package).joinpath(*parts))


def default_config() -> str:
    return bundled("configs", "default.yaml")


def window(args) -> tuple[str | None, str | None]:
    """--since / --until as UTC ISO text; the start must come before the end."""
    try:
        since = parse_timestamp(args.since) if getattr(args, "since", None) else None
        until = parse_timestamp(args.until) if getattr(args, "until", None) else None
    except RowError as error:
        raise UsageError(f"--since/--until: {error}".replace("'timestamp' ", "")) from None
    if since and until and instant(since) >= instant(until):
        raise UsageError("--since must be before --until")
    return since, until


def transfer_sources(files: list[str], chosen: str = "auto") -> dict[str, str]:
    """Each transfer file's source: the one chosen, or detected from its first rows.
    A file no adapter recognises is a usage error (exit 2) before anything runs."""
    from pipelines.sources import UnknownSource, detect_file
    from pipelines.transforms.read import open_input

    if chosen != "auto":
        return dict.fromkeys(files, chosen)
    found = {}
    for path in files:
        try:
            with open_input(path) as handle:
                found[path] = detect_file(path, handle)
        except UnknownSource as error:
            raise InputError(f"--transfers: {error}") from None
        except (OSError, EOFError, ValueError) as error:
            raise InputError(f"--transfers: cannot read '{path}' ({type(error).__name__})") \
                from None
    return found


def run_audit(args, beam_args: list[str], classify_only: bool = False) -> int:
    started = time.monotonic()
    try:
        started_at = run_started_at()
    except ClockError as error:
        raise UsageError(str(error)) from None
    sample = args.config is None and args.records is None and not getattr(args, "transfers", None)
    config_path = args.config or default_config()
    record_patterns = args.records
    transfer_patterns = getattr(args, "transfers", None)
    if sample:
        record_patterns = [bundled("sample_data", "records")]
        transfer_patterns = [] if classify_only else [bundled("sample_data", "transfers")]
    if not record_patterns and not transfer_patterns:
        raise UsageError("give --records and/or --transfers")
    since, until = window(args)
    check_runner(beam_args, getattr(args, "allow_unverified_runner", False))
    paths = [args.config, args.output, getattr(args, "baseline", None),
             getattr(args, "history", None), *(args.records or ()),
             *(getattr(args, "transfers", None) or ())]
    missing = storage.missing_extra(paths) or storage.azure_access_problem(paths, beam_args)
    if missing:
        raise UsageError(missing)
    storage.use_options(beam_args)  # remote inputs, config and output are read from here on
    baseline_path = getattr(args, "baseline", None)
    baseline = load_baseline(baseline_path) if baseline_path else None
    history = getattr(args, "history", None)
    previous_run = _history_output(args) if history else None
    config = load_config(config_path)
    for model in (config.classifier.model, *dict(config.classifier.models).values()):
        find_model(model)  # fail before any output exists
    for warning in config.warnings:
        LOG.warning("config: %s", warning)
    skipped: list[dict] = []
    record_files = resolve_inputs(record_patterns or [], "--records", args.output, skipped)
    transfer_files = resolve_inputs(transfer_patterns or [], "--transfers", args.output,
                                    skipped)
    warn_skipped(skipped)
    transfer_formats = transfer_sources(transfer_files, getattr(args, "transfers_format", "auto"))
    options, runner = pipeline_options(beam_args, input_bytes(record_files))
    limit_malloc_arenas()  # before any worker process starts
    _warn_local_files_for_workers(config, options, runner)

    plan = AuditPlan(
        tenant=config.tenant,
        classifier=config.classifier,
        record_files=tuple(record_files),
        transfer_files=tuple(transfer_files),
        since=since,
        until=until,
        read_shards=read_shards(options, runner, getattr(args, "read_shards", None)),
        transfer_formats=tuple(sorted(transfer_formats.items())),
        max_row_bytes=args.max_row_bytes,
        pseudonyms=config.pseudonyms,
    )
    request = RunRequest(
        fail_on=getattr(args, "fail_on", "never"),
        max_rejected=args.max_rejected,
        classify_only=classify_only,
        baseline=baseline,
        history_dir=history,
        run_name=storage.basename(args.output) if history else None,
        previous_run=previous_run,
        version=tool_version(),
        formats=tuple(getattr(args, "formats", None) or ()),
        skipped_files=tuple(skipped),
    )
    protected = [config_path, *record_files, *transfer_files,
                 *(record_patterns or ()), *(transfer_patterns or ())]
    if baseline_path:
        protected.append(baseline_path)
    staging = open_staging(args.output, protected)
    try:
        with tempfile.TemporaryDirectory(prefix="flowaudit-progress-") as scratch, \
                _progress(args, os.path.join(scratch, "classified")) as progress_file:
            plan = dataclasses.replace(plan, progress_file=progress_file)
            with _quiet_pipeline(getattr(args, "quiet", False)), \
                    beam.Pipeline(runner=runner, options=options) as pipeline:
                result = pipeline | "Audit" >> Audit(plan)
                result | "Write" >> WriteAudit(str(staging.path), findings=not classify_only,
                                               pseudonyms=plan.safe_names(),
                                               sources=plan.record_files + plan.transfer_files)
        timing = Timing(started, time.monotonic() - started, started_at)
        code, summary = finish(str(staging.path), plan, config, request, timing)
        staging.publish()
    except BaseException:
        staging.discard()
        raise
    if history:
        try:
            point_latest(history, staging.output)
        except Exception as error:  # noqa: BLE001 - the run is published: say so, keep its verdict
            LOG.warning("--history: the run is in %s, but %s/latest was not updated (%s)",
                        staging.output, history, error)
    if not getattr(args, "quiet", False):
        print_summary(summary, args.output)
    return code


def warn_skipped(skipped: list[dict]) -> None:
    """Files inside input folders that are not read: a warning per flag and reason
    (counts and file types only: names can hold personal data; summary.json lists them,
    pseudonymised). Hidden files are listed there without a warning."""
    groups: dict[tuple[str, str], list[str]] = {}
    for entry in skipped:
        if entry["reason"] != HIDDEN:
            groups.setdefault((entry["flag"], entry["reason"]), []).append(entry["path"])
    for (flag, reason), paths in sorted(groups.items()):
        types = sorted({os.path.splitext(path)[1].lower() or "(no extension)"
                        for path in paths})
        LOG.warning("%s: %d file%s not read: %s (%s); see skipped_files in summary.json",
                    flag, len(paths), "s" * (len(paths) != 1), reason, ", ".join(types[:8]))


@contextlib.contextmanager
def _quiet_pipeline(quiet: bool):
    """--quiet: while the pipeline runs, stderr (file descriptor 2, which Beam's worker
    processes inherit and log to at INFO, tracebacks included, whatever the driver's
    logging says) goes to the null device. flowaudit's own warnings come before or
    after, and its one-line error after, so they still print."""
    if not quiet:
        yield
        return
    sys.stderr.flush()
    saved = os.dup(2)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    os.close(null)
    try:
        yield
    finally:
        sys.stderr.flush()
        os.dup2(saved, 2)
        os.close(saved)


def _warn_local_files_for_workers(config, options, runner) -> None:
    """Workers read the service-tag file by the name the config gives; on workers that
    do not share this machine's disk a local name fails there (the run fails, loudly)."""
    from apache_beam.options.pipeline_options import PortableOptions

    path = config.tenant.service_tags_file
    environment = (options.view_as(PortableOptions).environment_type or "").upper()
    if runner is None and environment != "LOOPBACK" and path and not storage.is_remote(path):
        LOG.warning("network.service_tags_file '%s' is a local file that the workers read: "
                    "on workers of other machines put it in object storage (azfs://...) or "
                    "in the worker image at the same path", path)


def _history_output(args):
    """With --history DIR, this run's output folder is DIR/<UTC timestamp>; returns the
    run it will be compared with (None for the first)."""
    if getattr(args, "output_given", False):
        raise UsageError("give --output or --history, not both")
    try:
        check_latest(args.history)
    except HistoryError as error:
        raise UsageError(str(error)) from None
    previous = latest_run(args.history)
    if previous is not None:
        try:  # compared at the end: refuse now what could not be read then
            verified_files(previous)
        except NotAFinishedRun as error:
            raise UsageError(f"--history: the latest run cannot be compared with: {error}") \
                from None
    args.output = str(new_run_folder(args.history))
    return previous


@contextlib.contextmanager
def _progress(args, path: str):
    """Yields the file workers count into, or None when progress is off (--quiet)."""
    if getattr(args, "quiet", False):
        yield None
        return
    with ProgressReporter(path, getattr(args, "progress_seconds", 10.0)):
        yield path


def print_summary(summary: dict, output: str) -> None:
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
    print("\n".join(printable(line) for line in lines), file=sys.stderr)


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

"""`flowaudit run | validate | classify`: the thin shell around the audit pipeline.

Exit status: 0 clean at --fail-on; 1 findings at or above it; 2 usage, configuration
or unreadable input (nothing written); 3 too many rejected rows (wins over 1).
"""

from __future__ import annotations

import argparse
import importlib.resources
import json
import logging
import os
import sys
import time
from collections.abc import Sequence
from importlib.metadata import PackageNotFoundError, version

import apache_beam as beam
from apache_beam.options.pipeline_options import DirectOptions, PipelineOptions, StandardOptions

from classifiers.models import ModelNotAvailable, find_model
from pipelines.audit import COUNTS_FILE, Audit, AuditPlan, WriteAudit
from pipelines.config import AuditConfig, ConfigError, load_config
from pipelines.findings_io import read_findings
from pipelines.inputs import InputError, resolve_inputs
from pipelines.model import SEVERITY_RANK
from pipelines.options import AuditOptions
from pipelines.outputs import StagingFolder
from pipelines.parse import RowError, parse_timestamp
from pipelines.report import render_report
from pipelines.summary import build_summary

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
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="flowaudit: %(message)s")
    parser = _parser()
    args, beam_args = parser.parse_known_args(argv)
    if args.command == "validate":
        if beam_args:
            parser.error(f"unrecognized arguments: {' '.join(beam_args)}")
        return validate(args.config)
    try:
        if args.command == "classify":
            return run_audit(args, beam_args, classify_only=True)
        return run_audit(args, beam_args)
    except (UsageError, InputError, ConfigError, ModelNotAvailable) as error:
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
    if since and until and since >= until:
        raise UsageError("--since must be before --until")
    return since, until


def _pipeline_options(beam_args: list[str]) -> tuple[PipelineOptions, object]:
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
        if direct.direct_running_mode is None:
            direct.direct_running_mode = "in_memory"
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
    config = load_config(config_path)
    find_model(config.classifier.model)  # fail before any output exists
    for warning in config.warnings:
        LOG.warning("config: %s", warning)
    record_files = resolve_inputs(record_patterns or [], "--records")
    transfer_files = resolve_inputs(transfer_patterns or [], "--transfers")
    options, runner = _pipeline_options(beam_args)

    plan = AuditPlan(
        tenant=config.tenant,
        classifier=config.classifier,
        record_files=tuple(record_files),
        transfer_files=tuple(transfer_files),
        since=since,
        until=until,
    )
    staging = StagingFolder(args.output)
    try:
        with beam.Pipeline(runner=runner, options=options) as pipeline:
            result = pipeline | "Audit" >> Audit(plan)
            result | "Write" >> WriteAudit(str(staging.path))
        pipeline_seconds = time.monotonic() - started
        code, summary = _finish(staging.path, config, plan, args, started, pipeline_seconds,
                                classify_only)
        staging.publish()
    except BaseException:
        staging.discard()
        raise
    if not getattr(args, "quiet", False):
        _print_summary(summary, args.output)
    return code


def _finish(folder, config: AuditConfig, plan: AuditPlan, args, started: float,
            pipeline_seconds: float, classify_only: bool) -> tuple[int, dict]:
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
    summary = build_summary(counts, findings, context)
    fail_on = getattr(args, "fail_on", "never")
    failing = [
        f for f in findings
        if fail_on != "never" and SEVERITY_RANK[f["severity"]] >= SEVERITY_RANK[fail_on]
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
    lines.append(f"written to {output} in {summary['timings']['total_seconds']:.1f} s; "
                 f"exit {summary['exit_status']}")
    print("\n".join(lines), file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())

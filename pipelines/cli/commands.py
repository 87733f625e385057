"""The commands that start no pipeline: `validate`, `diff` and `baseline`."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

from pipelines.config import ConfigError, load_config
from pipelines.core.verdict import EXIT_CLEAN, EXIT_ERROR, exit_status
from pipelines.files.findings import read_findings
from pipelines.files.staging import NotAFinishedRun
from pipelines.runs.baseline import baseline_yaml
from pipelines.runs.diff import diff_findings, diff_table
from pipelines.runs.history import run_folder


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


def diff(args) -> int:
    """New, resolved and unchanged findings; fails on new ones at or above --fail-on."""
    try:
        old, new = run_folder(args.old), run_folder(args.new)
        changes = diff_findings(read_findings(str(old)), read_findings(str(new)))
    except NotAFinishedRun as error:
        print(f"flowaudit: error: cannot read findings: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, ValueError, KeyError) as error:
        print(f"flowaudit: error: cannot read findings ({type(error).__name__}: "
              f"{getattr(error, 'filename', None) or 'not a flowaudit output folder'})",
              file=sys.stderr)
        return EXIT_ERROR
    if args.json:
        print(json.dumps(changes.to_json(str(old), str(new), args.fail_on), indent=2))
    else:
        sys.stdout.write(diff_table(changes))
    return exit_status(changes.new, args.fail_on)


def baseline(args) -> int:
    """A baseline with one entry per finding of a run, for a person to edit."""
    folder = run_folder(args.out)
    try:
        findings = read_findings(str(folder))
    except NotAFinishedRun as error:
        print(f"flowaudit: error: cannot read findings: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, ValueError) as error:
        print(f"flowaudit: error: cannot read findings in {folder} ({type(error).__name__})",
              file=sys.stderr)
        return EXIT_ERROR
    sys.stdout.write(baseline_yaml(findings, str(folder), datetime.now(UTC).date(),
                                   days=args.days, reason=args.reason))
    return EXIT_CLEAN

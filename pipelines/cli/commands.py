"""The commands that start no pipeline: `validate`, `diff`, `baseline` and `export`."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import tempfile
from datetime import UTC, datetime
from pathlib import Path

from pipelines.config import ConfigError, load_config
from pipelines.core.masking import printable
from pipelines.core.pseudonyms import KEY_VARIABLE
from pipelines.core.verdict import EXIT_CLEAN, EXIT_ERROR, exit_status
from pipelines.files.bounded import UnreadableFile
from pipelines.files.findings import read_findings
from pipelines.files.staging import NotAFinishedRun, marker_files, verified_bytes
from pipelines.runs.baseline import baseline_yaml
from pipelines.runs.diff import diff_findings, diff_table
from pipelines.runs.exports import ExportError, render
from pipelines.runs.finish import SUMMARY_FILE
from pipelines.runs.history import run_folder

PSEUDONYM_KEYS = {
    "key_file": "from pseudonymisation.key_file",
    KEY_VARIABLE: f"from {KEY_VARIABLE}",
    "default": "the default (derived from the tenant's name: set pseudonymisation.key_file "
               "to make pseudonyms unguessable)",
}


def validate(path: str) -> int:
    """Every problem of the config and the files it names, in one run; exit 2 if any."""
    shown = printable(path)
    try:
        config = load_config(path, check_model=True)
    except ConfigError as error:
        print(f"{shown}: {len(error.problems)} problem(s)", file=sys.stderr)
        for problem in error.problems:
            print(printable(f"{shown}: {problem}"), file=sys.stderr)
        return EXIT_ERROR
    tenant = config.tenant
    for warning in config.warnings:
        print(printable(f"{shown}: warning: {warning}"), file=sys.stderr)
    tags = f", service tags {', '.join(tenant.allowed_service_tags)}" \
        if tenant.service_tags_file else ""
    key = config.pseudonyms.source if config.pseudonyms else "default"
    print(printable(
        f"{shown}: ok — tenant {tenant.name or '(unnamed)'}, home geo {tenant.home_geo}, "
        f"{len(tenant.catalogue.geos)} geos, {len(tenant.environments)} environments, "
        f"{len(tenant.policies.policies)} DLP policies, "
        f"{len(tenant.policies.unblockable)} unblockable connectors{tags}, "
        f"model {config.classifier.model}, pseudonym key {PSEUDONYM_KEYS[key]}"
    ))
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
        why = str(error) if isinstance(error, UnreadableFile) else \
            getattr(error, "filename", None) or "not a flowaudit output folder"
        print(printable(f"flowaudit: error: cannot read findings ({type(error).__name__}: "
                        f"{why})"), file=sys.stderr)
        return EXIT_ERROR
    if args.json:  # ASCII only: every control or bidi character is a visible escape
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


def export(args) -> int:
    """A finished run's findings as SARIF or OCSF, on stdout or into --to."""
    folder = run_folder(args.out)
    try:
        rows = read_findings(str(folder))
        summary = json.loads(verified_bytes(str(folder), SUMMARY_FILE))
        document = render(args.format, rows, summary)
    except NotAFinishedRun as error:
        print(f"flowaudit: error: cannot export {folder}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except ExportError as error:
        print(f"flowaudit: error: cannot export {folder}: {error}", file=sys.stderr)
        return EXIT_ERROR
    except (OSError, ValueError, KeyError, TypeError) as error:
        print(f"flowaudit: error: cannot read the run in {folder} ({type(error).__name__}: "
              "not a finished flowaudit output folder)", file=sys.stderr)
        return EXIT_ERROR
    if args.to is None:
        sys.stdout.buffer.write(document)
        sys.stdout.flush()
        return EXIT_CLEAN
    target = Path(args.to)
    if marker_files(target.resolve().parent) is not None:
        print(f"flowaudit: error: --to '{args.to}' is inside a run's output folder, which "
              "would then hold a file the run did not write; write it elsewhere, or run "
              "the audit with --format", file=sys.stderr)
        return EXIT_ERROR
    try:
        _write_atomically(target, document)
    except OSError as error:
        print(f"flowaudit: error: cannot write --to '{args.to}' "
              f"({error.strerror or type(error).__name__})", file=sys.stderr)
        return EXIT_ERROR
    return EXIT_CLEAN


def _write_atomically(target: Path, data: bytes) -> None:
    """Whole or not at all: a temporary file beside the target, renamed over it."""
    handle, temporary = tempfile.mkstemp(prefix=f".{target.name}-", dir=target.parent or ".")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.remove(temporary)
        raise

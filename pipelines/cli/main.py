"""`flowaudit run | classify | validate | diff | baseline | export`: parse the command line and
hand over to the command. Exit statuses are those of core/verdict.py."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from classifiers.installed import ModelNotAvailable
from pipelines.cli import commands
from pipelines.cli.launcher import run_audit, tool_version
from pipelines.cli.options import (
    EXPORT_FORMATS,
    AuditOptions,
    UsageError,
    add_max_row_bytes,
    fraction,
)
from pipelines.config import ConfigError
from pipelines.core.masking import printable
from pipelines.core.verdict import EXIT_ERROR, FAIL_ON
from pipelines.files import storage
from pipelines.files.inputs import InputError
from pipelines.files.staging import OutputRefused
from pipelines.runs.baseline import DEFAULT_DAYS
from pipelines.runs.finish import IncompleteOutput

LOG = logging.getLogger("flowaudit")


class _PrintableFormatter(logging.Formatter):
    """Log lines name files and config values: no terminal escape or bidi override."""

    def format(self, record: logging.LogRecord) -> str:
        return printable(super().format(record))


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="flowaudit",
        description="Audit data residency and DLP rules over data records and transfer logs.",
    )
    parser.add_argument("--version", action="version", version=f"flowaudit {tool_version()}")
    subcommands = parser.add_subparsers(dest="command", required=True)
    run = subcommands.add_parser(
        "run", help="audit records and transfers",
        epilog="Beam options (--runner, --direct_num_workers, --direct_running_mode, ...) "
               "pass through to the pipeline.")
    AuditOptions._add_argparse_args(run)
    validate = subcommands.add_parser("validate",
                                      help="check a configuration; print every problem")
    validate.add_argument("--config", required=True)
    classify = subcommands.add_parser("classify", help="classification only")
    classify.add_argument("--config", default=None)
    classify.add_argument("--records", nargs="+", action="extend", required=True)
    classify.add_argument("--output", default="classify-out")
    classify.add_argument("--max-rejected", dest="max_rejected", type=fraction, default=0.01)
    add_max_row_bytes(classify)
    classify.add_argument("--quiet", action="store_true")
    classify.add_argument("--allow-unverified-runner", dest="allow_unverified_runner",
                          action="store_true")
    diff = subcommands.add_parser(
        "diff", help="new, resolved and unchanged findings between two runs",
        description="Compare two output folders (or history folders: their latest run) by "
                    "finding_id. Exit 1 when a new, unsuppressed finding is at or above "
                    "--fail-on.")
    diff.add_argument("old")
    diff.add_argument("new")
    diff.add_argument("--json", action="store_true", help="print JSON instead of a table")
    diff.add_argument("--fail-on", dest="fail_on", choices=FAIL_ON, default="high")
    baseline = subcommands.add_parser(
        "baseline", help="write a baseline from a run's findings, for a person to edit",
        description="Print a YAML baseline with one entry per finding of OUT; redirect it "
                    "to a file, keep what you accept, and say why.")
    baseline.add_argument("out", help="a run's output folder (or a history folder)")
    baseline.add_argument("--days", type=int, default=DEFAULT_DAYS,
                          help=f"entries expire after this many days (default {DEFAULT_DAYS})")
    baseline.add_argument("--reason", default=None, help="reason written into every entry")
    export = subcommands.add_parser(
        "export", help="convert a finished run's findings to SARIF or OCSF",
        description="Write OUT's findings as SARIF 2.1.0 (findings.sarif) or OCSF Data "
                    "Security Findings (findings.ocsf.json): the same bytes `run --format` "
                    "writes. Printed on stdout unless --to names a file.")
    export.add_argument("out", help="a run's output folder (or a history folder)")
    export.add_argument("--format", dest="format", choices=EXPORT_FORMATS, required=True)
    export.add_argument("--to", default=None, metavar="FILE",
                        help="write to FILE (not inside a run's output folder) instead of "
                             "stdout")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    logging.basicConfig(level=logging.WARNING, format="flowaudit: %(message)s")
    for handler in logging.getLogger().handlers:
        handler.setFormatter(_PrintableFormatter("flowaudit: %(message)s"))
    parser = _parser()
    args, beam_args = parser.parse_known_args(argv)
    if args.command in ("validate", "diff", "baseline", "export") and beam_args:
        parser.error(f"unrecognized arguments: {' '.join(beam_args)}")
    if args.command in ("validate", "diff", "baseline", "export"):
        storage.use_options([])  # remote files: connection from the environment
    if args.command == "validate":
        return commands.validate(args.config)
    if args.command == "diff":
        return commands.diff(args)
    if args.command == "baseline":
        return commands.baseline(args)
    if args.command == "export":
        return commands.export(args)
    args.output_given = any(a == "--output" or a.startswith("--output=") for a in argv)
    try:
        return run_audit(args, beam_args, classify_only=args.command == "classify")
    except (UsageError, InputError, ConfigError, ModelNotAvailable, OutputRefused,
            IncompleteOutput) as error:
        print(printable(f"flowaudit: error: {error}"), file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # the run failed: nothing was written, and that is no verdict
        LOG.debug("run failed", exc_info=True)
        print(f"flowaudit: error: the audit failed ({type(error).__name__}); nothing was "
              "written. Run with FLOWAUDIT_DEBUG=1 for the traceback.", file=sys.stderr)
        if os.environ.get("FLOWAUDIT_DEBUG"):
            raise
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())

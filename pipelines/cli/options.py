"""Command-line options of an audit run, as a Beam PipelineOptions view.

Beam's own flags (--runner, --direct_num_workers, --direct_running_mode, ...) pass
through untouched; these are ours.
"""

from __future__ import annotations

import argparse
import re

from apache_beam.options.pipeline_options import PipelineOptions

from pipelines.core.verdict import FAIL_ON
from pipelines.files.readers import MAX_ROW_BYTES, size_text

TRANSFER_FORMATS = ("auto", "flowaudit", "purview", "storage-logs", "network-logs",
                    "replication")
"""pipelines/sources/ ADAPTERS, named here so that parsing the command line imports no
adapter (a test keeps the two the same)."""
EXPORT_FORMATS = ("sarif", "ocsf")
"""--format values (pipelines/runs/exports.py writes them)."""

REMOTE_READ_SHARDS = 16
"""Read tasks on a runner other than the local one, whose workers we cannot count."""


class UsageError(Exception):
    """The command line asks for something flowaudit cannot do (exit 2)."""


def fraction(value: str) -> float:
    number = float(value)
    if not 0 <= number <= 1:
        raise argparse.ArgumentTypeError("must be a fraction between 0 and 1")
    return number


def positive_int(value: str) -> int:
    number = int(value)
    if number < 1:
        raise argparse.ArgumentTypeError("must be a whole number of at least 1")
    return number


_UNITS = {"": 1, "k": 1 << 10, "kb": 1 << 10, "kib": 1 << 10, "m": 1 << 20, "mb": 1 << 20,
          "mib": 1 << 20, "g": 1 << 30, "gb": 1 << 30, "gib": 1 << 30}


def byte_size(value: str) -> int:
    """'16777216', '16M', '16MiB' -> bytes (K, M, G are powers of 1024)."""
    match = re.fullmatch(r"\s*(\d+)\s*([a-zA-Z]*)\s*", value)
    if not match or match.group(2).lower() not in _UNITS:
        raise argparse.ArgumentTypeError("must be a size in bytes, e.g. 16777216 or 16MiB")
    number = int(match.group(1)) * _UNITS[match.group(2).lower()]
    if number < 1024:
        raise argparse.ArgumentTypeError("must be at least 1 KiB")
    return number


def seconds(value: str) -> float:
    number = float(value)
    if not number > 0:
        raise argparse.ArgumentTypeError("must be a positive number of seconds")
    return number


def add_max_row_bytes(parser) -> None:
    parser.add_argument("--max-row-bytes", dest="max_row_bytes", type=byte_size,
                        default=MAX_ROW_BYTES, metavar="SIZE",
                        help="reject a longer input row unread (default "
                             f"{size_text(MAX_ROW_BYTES)}; e.g. 64MiB)")


class AuditOptions(PipelineOptions):
    @classmethod
    def _add_argparse_args(cls, parser) -> None:
        parser.add_argument("--config", default=None,
                            help="YAML configuration (default: the bundled sample tenant's)")
        parser.add_argument("--records", nargs="+", action="extend", default=None,
                            help="record files, globs or folders (jsonl, csv, parquet; .gz)")
        parser.add_argument("--transfers", nargs="+", action="extend", default=None,
                            help="transfer log files, globs or folders")
        parser.add_argument("--transfers-format", dest="transfers_format", default="auto",
                            choices=TRANSFER_FORMATS,
                            help="source of every --transfers file; auto (the default) "
                                 "detects each file's source from its first rows")
        parser.add_argument("--output", default="audit-out", help="output folder")
        parser.add_argument("--fail-on", dest="fail_on", choices=FAIL_ON, default="high",
                            help="exit 1 when a finding has at least this severity")
        parser.add_argument("--max-rejected", dest="max_rejected", type=fraction, default=0.01,
                            help="exit 3 when more than this fraction of input rows is rejected")
        parser.add_argument("--since", default=None, help="judge transfers at or after (ISO 8601)")
        parser.add_argument("--until", default=None, help="judge transfers before (ISO 8601)")
        parser.add_argument("--baseline", default=None, help="accepted findings (YAML or JSON)")
        parser.add_argument("--history", default=None, metavar="DIR",
                            help="keep this run in DIR/<UTC timestamp>/ and point DIR/latest "
                                 "at it (instead of --output)")
        parser.add_argument("--read-shards", dest="read_shards", type=positive_int, default=None,
                            help="parallel read tasks, each reading every input file and "
                                 "keeping its share of the rows (default: one per local "
                                 f"worker; {REMOTE_READ_SHARDS} on other runners)")
        add_max_row_bytes(parser)
        parser.add_argument("--allow-unverified-runner", dest="allow_unverified_runner",
                            action="store_true", default=False,
                            help="run on a --runner known to lose data (refused otherwise)")
        parser.add_argument("--format", dest="formats", action="append", choices=EXPORT_FORMATS,
                            default=None, metavar="{" + ",".join(EXPORT_FORMATS) + "}",
                            help="also write findings.sarif (SARIF 2.1.0, for code scanning) "
                                 "or findings.ocsf.json (OCSF Data Security Findings, for "
                                 "SIEMs); repeat for both")
        parser.add_argument("--quiet", action="store_true", default=False,
                            help="no progress lines on stderr")
        parser.add_argument("--progress-seconds", dest="progress_seconds", type=seconds,
                            default=10.0, help="seconds between progress lines (default 10)")

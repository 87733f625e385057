"""Which Beam runner a run uses, with which options, and how many read tasks.

Without `--runner`, flowaudit uses Beam's in-process `FnApiRunner` (Beam's
`DirectRunner` would first try to download its Prism binary), with one worker process
per CPU unless the input is small or the user said otherwise.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence

from apache_beam.options.pipeline_options import (
    DirectOptions,
    PipelineOptions,
    PortableOptions,
    StandardOptions,
)

from pipelines.cli.options import REMOTE_READ_SHARDS, UsageError

LOG = logging.getLogger("flowaudit")

VERIFIED_RUNNERS = {
    "direct": "Beam's in-process FnApiRunner (the default; `DirectRunner` means it too), "
              "in_memory and multi_processing",
    "portable": "PortableRunner with --environment_type=LOOPBACK, and with EXTERNAL "
                "worker pools in separate processes (the path Flink, Spark and Dataflow "
                "job servers take)",
}
"""Runners whose findings flowaudit's tests check byte for byte against the default
(tests/test_determinism.py, tests/cli/test_worker_pool.py)."""

REFUSED_RUNNERS = {
    "dask": "Beam's DaskRunner is known to lose data: it computes only the last sink of a "
            "pipeline, merges tagged outputs (every consumer gets every output, tags "
            "stripped) and drops what a DoFn emits in finish_bundle (BatchElements lost "
            "rows, WriteToText wrote an empty file); its audit could read clean when it "
            "is not",
}
"""Runners with documented data loss: refused (exit 2) unless --allow-unverified-runner."""


def runner_key(name: str) -> str:
    """`DaskRunner`, `dask`, `apache_beam.runners.dask.dask_runner.DaskRunner` -> `dask`,
    the way Beam itself looks runner names up."""
    short = name.rsplit(".", 1)[-1].lower()
    return short[: -len("runner")] if short.endswith("runner") and short != "runner" else short


def check_runner(beam_args: list[str], allow_unverified: bool) -> None:
    """Refuse a runner known to lose data (UsageError, exit 2) and warn about one that
    flowaudit has not verified, naming what was."""
    runner = PipelineOptions(beam_args).view_as(StandardOptions).runner
    if runner is None:
        return
    key = runner_key(runner)
    verified = "; ".join(VERIFIED_RUNNERS.values())
    if key == "portable":
        environment = (PipelineOptions(beam_args).view_as(PortableOptions).environment_type
                       or "DOCKER").upper()
        if environment not in ("LOOPBACK", "EXTERNAL"):
            LOG.warning("--environment_type=%s is not verified; verified: %s",
                        environment, verified)
        return
    if key in VERIFIED_RUNNERS:
        return
    if key in REFUSED_RUNNERS and not allow_unverified:
        raise UsageError(f"--runner {runner} refused: {REFUSED_RUNNERS[key]}. Verified: "
                         f"{verified}. --allow-unverified-runner runs it anyway, at your risk")
    why = REFUSED_RUNNERS.get(key, "flowaudit's tests do not run it")
    LOG.warning("--runner %s is not verified (%s); verified: %s", runner, why, verified)

IN_PROCESS_BELOW_BYTES = 256 * 1024
"""Record input smaller than this runs in-process by default: starting a worker process
(Beam, Presidio and spaCy imported, the model loaded) costs ~4 s, which classification on
one more core only wins back from roughly 700 records (~250 KB of JSON) on (README,
"Performance"). The sample tenant (67 KB) and the tests' inputs stay in-process."""


def worker_count() -> int:
    """The CPUs this process may run on (the affinity mask, not the machine's total)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


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


def _given(beam_args: list[str], flag: str) -> bool:
    return any(arg.split("=", 1)[0] == flag for arg in beam_args)


def pipeline_options(beam_args: list[str],
                     record_bytes: int | None = None) -> tuple[PipelineOptions, object]:
    """Beam options and the runner object (None: Beam picks the runner `--runner` names).

    Classification is CPU-bound Python, so threads would share one core: the local
    default is `multi_processing` with `direct_num_workers` = the CPUs available, except
    for small inputs (IN_PROCESS_BELOW_BYTES of records), which run in-process. A user's
    `--direct_running_mode` or `--direct_num_workers` wins; `--direct_num_workers=1`
    alone means in-process. Findings are byte-identical in every mode.
    """
    unknown = [a for a in beam_args if not a.startswith("--")]
    if unknown:
        raise UsageError(f"unexpected argument '{unknown[0]}'")
    options = PipelineOptions(beam_args)
    runner = options.view_as(StandardOptions).runner
    if runner is not None and runner != "DirectRunner":
        return options, None
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

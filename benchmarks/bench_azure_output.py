"""Side by side: `flowaudit run` into a local folder vs. into Azure Blob Storage (Azurite).

    python benchmarks/bench_azure_output.py               # N = 20,000 records, N/20 transfers
    python benchmarks/bench_azure_output.py --n 2000 --repeat 1
    python benchmarks/bench_azure_output.py --inputs-too  # also: inputs on Azurite

On the throughput benchmark's corpus (benchmarks/bench_throughput.py), with default
options, it times whole `flowaudit run` subprocesses, start-up included: (L) local inputs
into a local `--output`, and (A) the same inputs into `--output azfs://...` on Azurite
started on 127.0.0.1 (the output is staged in object storage, merged there by the driver
and published by copy under the completion marker). With --repeat R the runs alternate
L, A, L, A, ... and the medians are compared. It prints every time, both medians and the
ratio A/L (target: at most 1.5), and checks that the findings are byte-identical, inputs
on Azurite included.

Needs `azurite-blob` on PATH (`npm install -g azurite@3.37`) or $FLOWAUDIT_AZURITE, and
`pip install ".[azure]"`. A script that prints figures, not a timed test.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.bench_throughput import write_corpus  # noqa: E402
from tests.azurite import azurite_executable, running_azurite  # noqa: E402

TARGET = 1.5


def timed_run(folder: Path, records: str, transfers: str, output: str,
              env: dict[str, str]) -> float:
    command = [sys.executable, "-m", "pipelines", "run", "--config", str(folder / "config.yaml"),
               "--records", records, "--transfers", transfers, "--output", output,
               "--fail-on", "never", "--max-rejected", "1", "--quiet"]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True)
    seconds = time.perf_counter() - started
    if done.returncode != 0:
        sys.exit(f"flowaudit run failed ({done.returncode}):\n{done.stderr[-3000:]}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="records (transfers: N/20)")
    parser.add_argument("--repeat", type=int, default=2, help="runs of each kind, alternating")
    parser.add_argument("--inputs-too", action="store_true",
                        help="also time inputs and output both on Azurite")
    parser.add_argument("--workdir", default=None, help="keep the corpus and outputs here")
    args = parser.parse_args(argv)
    executable = azurite_executable()
    if not executable:
        sys.exit("azurite-blob not found: npm install -g azurite@3.37 (or set FLOWAUDIT_AZURITE)")
    work = Path(args.workdir or tempfile.mkdtemp(prefix="flowaudit-bench-azure-"))
    work.mkdir(parents=True, exist_ok=True)
    corpus = work / "corpus"
    write_corpus(corpus, args.n)
    records, transfers = str(corpus / "records"), str(corpus / "transfers")
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    print(f"corpus: {args.n} records, {max(1, args.n // 20)} transfers; cpus: {os.cpu_count()}")

    (work / "azurite").mkdir(exist_ok=True)
    with running_azurite(executable, work / "azurite") as azurite:
        env.update(azurite.env())
        bucket = azurite.container("bench")
        kinds = {"L local output": (records, transfers, str(work / "local-out")),
                 "A azfs:// output": (records, transfers, f"{bucket}/audit")}
        if args.inputs_too:
            azurite.upload_folder(corpus / "records", f"{bucket}/in/records")
            azurite.upload_folder(corpus / "transfers", f"{bucket}/in/transfers")
            kinds["B azfs:// inputs and output"] = (f"{bucket}/in/records",
                                                    f"{bucket}/in/transfers", f"{bucket}/audit-b")
        times: dict[str, list[float]] = {kind: [] for kind in kinds}
        for round_ in range(args.repeat):
            for kind, (rec, tra, out) in kinds.items():
                seconds = timed_run(corpus, rec, tra, out, env)
                times[kind].append(seconds)
                print(f"  round {round_ + 1}: {kind}: {seconds:.1f} s", flush=True)
        local = (work / "local-out" / "findings.jsonl").read_bytes()
        identical = all(azurite.download(f"{out}/findings.jsonl") == local
                        for kind, (_, _, out) in kinds.items() if out.startswith("azfs://"))

    medians = {kind: statistics.median(values) for kind, values in times.items()}
    for kind, median in medians.items():
        print(f"{kind}: median {median:.1f} s of {len(times[kind])} "
              f"({', '.join(f'{v:.1f}' for v in times[kind])})")
    base = medians["L local output"]
    for kind, median in medians.items():
        if kind.startswith("L"):
            continue
        print(f"ratio {kind[0]}/L = {median / base:.2f} (target <= {TARGET})")
    print(f"findings byte-identical: {'yes' if identical else 'NO'}")
    return 0 if identical else 1


if __name__ == "__main__":
    sys.exit(main())

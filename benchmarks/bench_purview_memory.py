"""Peak memory of `flowaudit run` on a Purview audit-log CSV export, at two sizes.

Generates two portal-shaped exports (`RecordId,CreationDate,RecordType,Operation,UserId,
AuditData,AssociatedAdminUnits,AssociatedAdminUnitsNames`, AuditData as JSON text) with the
same mix of records, audits each with the same small tenant and records, and prints the
peak memory summed over the process and its Beam workers (benchmarks/bench_throughput.py's
TreeMemory), and the ratio. The issue's target: 200,000 rows within 1.3x of 20,000.

    python benchmarks/bench_purview_memory.py                 # 20,000 and 200,000 rows
    python benchmarks/bench_purview_memory.py --sizes 500 5000

The mix (deterministic): about 1 row in 6 a flow definition (CreateFlow / EditFlow over a
pool of 400 flows in 3 environments, 1-4 connectors each by display name, one of them a
custom connector no catalogue knows), 1 in 12 a Dataverse operation (most a small
RetrieveMultiple, some ExportToExcel of the contact table), one DLP policy change per
10,000 rows, the rest Power Apps, SharePoint and Exchange operations no rule reads.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import random
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
from bench_throughput import TreeMemory  # noqa: E402  (the one peak-memory probe)

ENVIRONMENTS = ["contoso-prod", "contoso-dev", "contoso-apac"]
CONNECTORS = ["SharePoint", "Office 365 Outlook", "Microsoft Dataverse", "Dropbox", "X",
              "RSS", "Azure Blob Storage", "Microsoft Teams", "Approvals", "Contoso Legacy API"]
OTHER = ["LaunchPowerApp", "FileAccessed", "MailItemsAccessed", "FileModified",
         "UserLoggedIn", "SearchQueryPerformed", "PageViewed", "PutConnection"]
HEADER = ["RecordId", "CreationDate", "RecordType", "Operation", "UserId", "AuditData",
          "AssociatedAdminUnits", "AssociatedAdminUnitsNames"]

CONFIG = """
tenant: {name: Bench tenant, home_geo: europe}
environments:
  - {id: contoso-prod, geo: europe, region: westeurope}
  - {id: contoso-dev, geo: europe, region: northeurope}
  - {id: contoso-apac, geo: australia, region: australiaeast}
dlp_policies:
  - name: Tenant policy
    scope: all
    business: [shared_sharepointonline, shared_office365, shared_commondataserviceforapps]
    non_business: [shared_twitter, shared_rss]
    blocked: [shared_dropbox]
    default_group: non_business
connector_catalogue_files: [connectors.json]
stores:
  - {instance: contoso.crm4.dynamics.com, table: contact, dataset: contoso-prod/contacts,
     environment: contoso-prod}
"""
CATALOGUE = {"value": [
    {"id": f"/providers/Microsoft.PowerApps/apis/{ident}", "name": ident,
     "properties": {"displayName": name}}
    for ident, name in [("shared_sharepointonline", "SharePoint"),
                        ("shared_office365", "Office 365 Outlook"),
                        ("shared_commondataserviceforapps", "Microsoft Dataverse"),
                        ("shared_dropbox", "Dropbox"), ("shared_twitter", "X"),
                        ("shared_rss", "RSS"), ("shared_azureblob", "Azure Blob Storage"),
                        ("shared_teams", "Microsoft Teams"), ("shared_approvals", "Approvals")]]}


def _record(rng: random.Random, index: int) -> tuple[str, str, dict]:
    """(RecordId, Operation, AuditData) of row `index`."""
    ident = str(uuid.UUID(int=rng.getrandbits(128)))
    when = f"2026-10-{1 + index % 28:02d}T{index % 24:02d}:{index % 60:02d}:{(index * 7) % 60:02d}"
    user = f"user{rng.randrange(5000)}@contoso.example"
    base = {"Id": ident, "CreationTime": when, "OrganizationId": "6f1e2d3c-0b5a-4c49-8e7d",
            "UserId": user, "UserKey": f"1003{rng.randrange(10**8):08d}", "UserType": 0,
            "Version": 1, "ResultStatus": "Succeeded", "ClientIP": f"203.0.113.{index % 250}"}
    draw = rng.random()
    if index % 10_000 == 5_000:
        operation = "GovernanceApiPolicyOperation"
        base.update(RecordType=256, Workload="PowerPlatform", Operation=operation,
                    PropertyCollection=[
                        {"Name": "powerplatform.analytics.activity.name", "Value": operation},
                        {"Name": "powerplatform.analytics.resource.display_name",
                         "Value": "Tenant policy"},
                        {"Name": "powerplatform.analytics.resource.id", "Value": "p-1"},
                        {"Name": "powerplatform.analytics.resource.tenant.governance.api_policy"
                                 ".operation_name", "Value": "UpdateDlpPolicy"}])
    elif draw < 1 / 6:
        operation = rng.choice(["CreateFlow", "EditFlow", "EditFlow"])
        flow = rng.randrange(400)
        env = ENVIRONMENTS[flow % 3]
        names = random.Random(flow).sample(CONNECTORS, 1 + flow % 4)  # a flow keeps its connectors
        base.update(RecordType=30, Workload="MicrosoftFlow", Operation=operation,
                    FlowConnectorNames=", ".join(names),
                    FlowDetailsUrl=f"https://make.powerautomate.com/manage/environments/{env}"
                                   f"/flows/{uuid.UUID(int=flow)}/details")
    elif draw < 1 / 6 + 1 / 12:
        export = rng.random() < 0.1
        operation = "ExportToExcel" if export else "RetrieveMultiple"
        results = ", ".join(str(uuid.UUID(int=rng.getrandbits(128)))
                            for _ in range(60 if export else rng.randrange(1, 20)))
        base.update(RecordType=21, Workload="CRM", Operation=operation, Message=operation,
                    EntityName=rng.choice(["contact", "account", "incident"]),
                    InstanceUrl="https://contoso.crm4.dynamics.com", QueryResults=results)
    else:
        operation = rng.choice(OTHER)
        base.update(RecordType=rng.choice([6, 15, 45, 256]), Workload="Other",
                    Operation=operation, ObjectId=f"https://contoso.example/doc/{index}")
    return ident, operation, base


def write_export(path: Path, rows: int, seed: int = 16) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for index in range(rows):
            ident, operation, data = _record(rng, index)
            writer.writerow([ident, data["CreationTime"] + ".0000000Z", data["RecordType"],
                             operation, data["UserId"], json.dumps(data), "", ""])


def write_tenant(folder: Path) -> None:
    (folder / "config.yaml").write_text(CONFIG, encoding="utf-8")
    (folder / "connectors.json").write_text(json.dumps(CATALOGUE), encoding="utf-8")
    rng = random.Random(3)
    with (folder / "records.jsonl").open("w", encoding="utf-8") as handle:
        for i in range(200):
            handle.write(json.dumps({
                "record_id": f"C-{i:04d}", "dataset": "contoso-prod/contacts",
                "environment": "contoso-prod",
                "email": f"person{i}@example.com",
                "phone": f"+44 20 7946 {rng.randrange(10**4):04d}",
            }) + "\n")


def audit(folder: Path, rows: int) -> dict:
    export = folder / f"purview_{rows}.csv"
    write_export(export, rows)
    out = folder / f"out-{rows}"
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    command = [sys.executable, "-m", "pipelines", "run", "--config", str(folder / "config.yaml"),
               "--records", str(folder / "records.jsonl"), "--transfers", str(export),
               "--output", str(out), "--fail-on", "never", "--quiet"]
    started = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                               text=True)
    monitor = TreeMemory(process.pid)
    monitor.start()
    _, stderr = process.communicate()
    monitor.done.set()
    monitor.join()
    if process.returncode != 0:
        raise SystemExit(f"flowaudit failed at {rows} rows:\n{stderr[-2000:]}")
    summary = json.loads((out / "summary.json").read_text(encoding="utf-8"))
    return {"rows": rows, "seconds": time.perf_counter() - started,
            "peak_mib": monitor.peak_kib / 1024, "processes": monitor.peak_processes,
            "read": summary["transfers_read"], "judged": summary["transfers_judged"],
            "findings": summary["findings"], "sources": summary["sources"]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[20_000, 200_000])
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bench-purview-") as scratch:
        folder = Path(scratch)
        write_tenant(folder)
        small, large = (audit(folder, rows) for rows in args.sizes)
    for run in (small, large):
        print(f"{run['rows']:>8,} rows: peak {run['peak_mib']:.0f} MiB over {run['processes']} "
              f"processes, {run['seconds']:.1f} s; transfers read {run['read']:,}, "
              f"judged {run['judged']}, findings {run['findings']}")
    ratio = large["peak_mib"] / small["peak_mib"]
    print(f"peak ratio {large['rows']:,} / {small['rows']:,} rows = {ratio:.2f}x (target 1.3x)")
    print("rows by kind at the larger size:", json.dumps(large["sources"]))
    return 0 if ratio <= 1.3 else 1


if __name__ == "__main__":
    sys.exit(main())

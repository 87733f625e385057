"""The composite transforms on a TestPipeline, checked with assert_that."""

from __future__ import annotations

import json

import apache_beam as beam
import pytest
from apache_beam.options.pipeline_options import PipelineOptions
from apache_beam.runners.portability.fn_api_runner import FnApiRunner
from apache_beam.testing.test_pipeline import TestPipeline as BeamTestPipeline
from apache_beam.testing.util import assert_that, equal_to

from pipelines.audit import Audit, AuditPlan
from pipelines.core.model import ClassifiedRecord, DataSummary, Transfer, add_missing
from pipelines.files.classifications import (
    CLASSIFICATION_SCHEMA,
    CLASSIFICATIONS_FILE,
    classification_row,
    merge_classification_shards,
)
from pipelines.transforms.count import CountBy
from pipelines.transforms.join import SummariseMovedData
from pipelines.transforms.judge import JudgeDataAtRest
from pipelines.transforms.parse import ParseRows, RejectDuplicates
from pipelines.transforms.read import ReadRows
from tests.conftest import write_jsonl


def local_pipeline() -> BeamTestPipeline:
    """Beam's TestPipeline on the in-process runner (DirectRunner would look for Prism
    on the network first)."""
    return BeamTestPipeline(runner=FnApiRunner())


def classified(dataset: str, record_id: str, personal: bool) -> ClassifiedRecord:
    return ClassifiedRecord(dataset, record_id, "prod", "westeurope", "europe", False,
                            "personal" if personal else "customer",
                            (("EMAIL_ADDRESS", 1),) if personal else (), (), "r.jsonl")


def transfer(transfer_id: str, dataset: str, record_ids=None) -> Transfer:
    return Transfer(transfer_id, "2026-10-01T00:00:00Z", "t.jsonl", 1, source_environment="prod",
                    source_geo="europe", dataset=dataset, record_ids=record_ids)


def test_summarise_moved_data_joins_by_record_and_by_dataset():
    records = [classified("d", "a", True), classified("d", "b", False),
               classified("e", "x", False)]
    transfers = [transfer("T1", "d", ("a", "zz")), transfer("T2", "d"), transfer("T3", "e"),
                 transfer("T4", "nothing-here")]
    named = {t.transfer_id: t.record_ids for t in transfers}

    def completed(transfer_id, moved):
        # what JudgeTransfers does: named records that were not found count as unclassified
        s = add_missing(*moved, named[transfer_id])
        return transfer_id, s.records, s.personal_records, s.unclassified_records, \
            s.sample_record_ids

    with local_pipeline() as p:
        moved = (
            p | "Transfers" >> beam.Create(transfers)
            | SummariseMovedData(p | "Records" >> beam.Create(records))
            | beam.MapTuple(completed)
        )
        assert_that(moved, equal_to([
            ("T1", 2, 1, 1, ("a", "zz")),
            ("T2", 2, 1, 0, ("a", "b")),
            ("T3", 1, 0, 0, ("x",)),
            ("T4", 0, 0, 0, ()),
        ]))


@pytest.fixture()
def small_inputs(tmp_path):
    records = write_jsonl(tmp_path / "records.jsonl", [
        {"record_id": "c1", "dataset": "prod/contacts", "environment": "prod",
         "email": "someone@example.com"},
        {"record_id": "c2", "dataset": "prod/contacts", "environment": "prod", "region": "eastus",
         "email": "another.person@example.org"},
        {"record_id": "t1", "dataset": "prod/telemetry", "environment": "prod",
         "hostname": "web-01.contoso.internal", "status": 200},
        {"record_id": "t1", "dataset": "prod/telemetry", "environment": "prod"},
        {"dataset": "prod/contacts", "environment": "prod"},
    ])
    transfers = write_jsonl(tmp_path / "transfers.jsonl", [
        {"transfer_id": "T1", "timestamp": "2026-10-01T00:00:00Z", "source_environment": "prod",
         "destination_region": "eastus", "dataset": "prod/contacts", "record_ids": ["c1"]},
        {"transfer_id": "T2", "timestamp": "2026-10-02T00:00:00Z", "source_environment": "prod",
         "destination_region": "eastus", "dataset": "prod/telemetry"},
        {"transfer_id": "T3", "timestamp": "2026-10-03T00:00:00Z", "source_environment": "prod",
         "destination_region": "northeurope", "dataset": "prod/contacts",
         "connector": "shared_dropbox", "tls_version": "1.1"},
        {"transfer_id": "T3", "timestamp": "2026-10-03T00:00:00Z", "source_environment": "prod",
         "dataset": "prod/contacts"},
        {"transfer_id": "T4", "timestamp": "2026-11-01T00:00:00Z", "source_environment": "prod",
         "destination_region": "eastus", "dataset": "prod/contacts"},
    ])
    return str(records), str(transfers)


@pytest.mark.slow
@pytest.mark.parametrize("read_shards", [1, 3])
def test_audit_transform_end_to_end(audit_config, small_inputs, read_shards):
    records, transfers = small_inputs
    plan = AuditPlan(audit_config.tenant, audit_config.classifier, (records,), (transfers,),
                     since="2026-10-01T00:00:00Z", until="2026-11-01T00:00:00Z",
                     read_shards=read_shards)
    with local_pipeline() as p:
        result = p | Audit(plan)
        assert_that(
            tuple(result["findings"].values()) | beam.Flatten() | beam.Map(lambda f: (f.rule, f.subject, f.severity)),
            equal_to([
                ("personal-data-outside-geo", "T1", "high"),
                # t1's two copies differ: judged as personal (rejected is not absent)
                ("personal-data-outside-geo", "T2", "high"),
                ("blocked-connector", "T3", "high"),
                ("weak-tls", "T3", "high"),
                ("personal-data-outside-geo", "prod/contacts@eastus", "high"),
            ]),
            label="Findings")
        assert_that(
            result["classified"] | "Verdicts" >> beam.Flatten()
            | beam.Map(lambda c: (c.record_id, c.category, getattr(c, "presumed", None))),
            equal_to([("c1", "personal", False), ("c2", "personal", False),
                      ("t1", "personal", True)]),
            label="Classified")
        assert_that(
            result["rejected"] | beam.Map(lambda r: (r.kind, r.position, r.reason.split(" (")[0])),
            equal_to([
                ("records", 4, "duplicate record_id within its dataset, with different content"),
                ("records", 5, "missing required column 'record_id'"),
                ("transfers", 4, "duplicate transfer_id"),
            ]),
            label="Rejected")
        assert_that(
            result["counts"] | beam.Filter(lambda kv: kv[0][0] in ("read", "outside_window"))
            | beam.MapTuple(lambda key, n: (key[0], key[1], n)),
            equal_to([("read", "records", 5), ("read", "transfers", 5),
                      ("outside_window", "transfers", 1)]),
            label="Counts")


def test_data_summary_merge_is_order_free():
    a = DataSummary(1, 1, 0, (("PERSON", 1),), ("b",), ())
    b = DataSummary(2, 0, 1, (("URL", 2),), (), ("z", "a"))
    from pipelines.core.model import merge_summaries

    assert merge_summaries(a, b) == merge_summaries(b, a)


# --- the tenant model end to end: exports in, every DLP and network rule out -------------

API = "/providers/Microsoft.PowerApps/apis/"
ENVS = "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"


def _connectors(*names: str) -> list[dict]:
    return [{"id": API + n, "name": n, "type": "Microsoft.PowerApps/apis"} for n in names]


TENANT_POLICY_V2 = {
    "policyDefinition": {
        "name": "11111111-0000-0000-0000-000000000001", "displayName": "Tenant",
        "defaultConnectorsClassification": "General",
        "connectorGroups": [
            {"classification": "Confidential", "connectors": _connectors(
                "shared_sharepointonline", "shared_office365", "shared_sql")},
            {"classification": "General", "connectors": _connectors("shared_twitter")},
            {"classification": "Blocked", "connectors": _connectors("shared_dropbox")},
        ],
        "environmentType": "AllEnvironments", "environments": [],
        "isLegacySchemaVersion": False,
    },
    "connectorConfigurationsDefinition": {
        "connectorActionConfigurations": [{
            "connectorId": API + "shared_office365",
            "actionRules": [{"actionId": "ForwardEmail_V2", "behavior": "Block"}],
            "defaultConnectorActionRuleBehavior": "Allow"}],
        "endpointConfigurations": [{
            "connectorId": API + "shared_sql",
            "endpointRules": [{"order": 2, "behavior": "Allow", "endPoint": "*.contoso.com"},
                              {"order": 1, "behavior": "Deny", "endPoint": "legacy.contoso.com"},
                              {"order": 3, "behavior": "Deny", "endPoint": "*"}]}],
    },
    "customConnectorUrlPatternsDefinition": {"rules": [
        {"order": 1, "customConnectorRuleClassification": "Blocked",
         "pattern": "https://*.evil.net"},
        {"order": 2, "customConnectorRuleClassification": "Ignore", "pattern": "*"}]},
}


@pytest.fixture()
def exported_tenant(tmp_path):
    """A config that describes the tenant through exports, as an admin has them."""
    from pipelines.config import load_config
    from tests.fixtures_tenant import FIXTURES

    (tmp_path / "policy.json").write_text(json.dumps(TENANT_POLICY_V2))
    (tmp_path / "envs.json").write_text(json.dumps({"value": [
        {"id": ENVS + "prod", "name": "prod", "location": "europe",
         "properties": {"azureRegion": "West Europe", "displayName": "Prod"}},
        {"id": ENVS + "dev", "name": "dev", "location": "europe",
         "properties": {"azureRegion": "northeurope", "displayName": "Dev"}},
    ]}))
    config = tmp_path / "config.yaml"
    config.write_text(f"""
tenant: {{home_geo: europe}}
geos: {FIXTURES / "locations_get_locations.json"}
environment_files: [envs.json]
dlp_policies:
  - file: policy.json
  - {{name: Dev, scope: only, environments: [{ENVS}dev], default_group: blocked,
     business: [shared_sharepointonline], non_business: [shared_office365]}}
unblockable_connectors_file: {FIXTURES / "connectors_get_unblockable.json"}
network:
  service_tags_file: {FIXTURES / "ServiceTags_trimmed.json"}
  allowed_service_tags: ["PowerPlatformInfra.*", "AzureCloud.westeurope"]
""")
    return load_config(config)


@pytest.mark.slow
def test_tenant_exports_drive_every_dlp_and_network_rule(exported_tenant, tmp_path):
    records = write_jsonl(tmp_path / "records.jsonl", [
        {"record_id": "c1", "dataset": "prod/contacts", "environment": "prod",
         "email": "someone@example.com"},
        {"record_id": "t1", "dataset": "prod/telemetry", "environment": "prod",
         "hostname": "web-01.contoso.internal", "status": 200},
    ])
    base = {"timestamp": "2026-10-01T00:00:00Z", "source_environment": "prod",
            "dataset": "prod/telemetry"}
    rows = [
        {"transfer_id": "X01", "connector": "shared_office365", "action": "ForwardEmail_V2"},
        {"transfer_id": "X02", "connector": API + "shared_sql", "endpoint": "legacy.contoso.com",
         "dataset": "prod/contacts", "record_ids": ["c1"]},
        {"transfer_id": "X03", "connector": "shared_sql", "endpoint": "db.contoso.com"},
        {"transfer_id": "X04", "connector": "shared_upload-5fa1b2",
         "endpoint": "https://files.evil.net/upload"},
        {"transfer_id": "X05", "source_environment": "dev", "connector": "shared_approvals"},
        {"transfer_id": "X06", "source_environment": "dev", "connector": "shared_twitter"},
        {"transfer_id": "X07", "destination_region": "germanywc",
         "destination_ip": "20.52.93.230"},
        {"transfer_id": "X08", "destination_region": "North Europe", "destination_ip": "4.175.1.1"},
        {"transfer_id": "X09", "destination_ip": "4.156.1.1"},
        {"transfer_id": "X10", "destination_ip": "2001:db8::5"},
        {"transfer_id": "X11", "source_environment": "dev", "flow_id": "f-dev",
         "connector": "shared_sharepointonline"},
        {"transfer_id": "X12", "source_environment": "dev", "flow_id": "f-dev",
         "connector": "shared_office365", "dataset": "prod/contacts", "record_ids": ["c1"]},
    ]
    transfers = write_jsonl(tmp_path / "transfers.jsonl", [{**base, **row} for row in rows])
    plan = AuditPlan(exported_tenant.tenant, exported_tenant.classifier, (str(records),),
                     (str(transfers),))
    with local_pipeline() as p:
        result = p | Audit(plan)
        assert_that(
            tuple(result["findings"].values()) | beam.Flatten() | beam.Map(lambda f: (f.rule, f.subject, f.severity,
                                                     f.details["policy"])),
            equal_to([
                ("blocked-connector-action", "X01", "medium", "Tenant"),
                ("blocked-endpoint", "X02", "high", "Tenant"),  # rule 1 before rule 2
                ("blocked-connector", "X04", "medium", "Tenant"),  # custom URL pattern
                ("blocked-connector", "X06", "medium", "Dev"),  # most restrictive wins
                # germanywc is germanywestcentral: the germany geo, not europe
                ("customer-data-outside-geo", "X07", "info", None),
                ("untrusted-destination", "X09", "medium", None),  # AzureCloud.eastus
                ("untrusted-destination", "X10", "medium", None),  # IPv6 in no tag
                ("connector-group-mix", "f-dev@Dev", "high", "Dev"),
            ]),
            label="Findings")
        assert_that(result["rejected"], equal_to([]), label="Rejected")


def test_count_by_sums_per_key():
    with local_pipeline() as p:
        counted = (
            p
            | beam.Create(["a.jsonl", "a.jsonl", "b.csv", "a.jsonl"])
            | CountBy("read", lambda source: ("records", source))
        )
        assert_that(counted, equal_to([(("read", "records", "a.jsonl"), 3),
                                       (("read", "records", "b.csv"), 1)]))


@pytest.mark.parametrize("shards", [0, 1, 3])
def test_classification_shards_are_joined_into_one_file(tmp_path, shards):
    import pyarrow as pa
    import pyarrow.parquet as pq

    rows = [classification_row(classified("ds", f"r{i}", i % 2 == 0)) for i in range(7)]
    for index in range(shards):
        part = pa.Table.from_pylist(rows[index::shards], schema=CLASSIFICATION_SCHEMA)
        pq.write_table(part, tmp_path / f"classifications-part-{index:05d}-of-{shards:05d}.parquet")
    merge_classification_shards(str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [CLASSIFICATIONS_FILE]
    merged = pq.read_table(tmp_path / CLASSIFICATIONS_FILE)
    assert merged.schema.equals(CLASSIFICATION_SCHEMA)
    expected = sorted(r["record_id"] for r in rows) if shards else []
    assert sorted(merged.column("record_id").to_pylist()) == expected


@pytest.mark.parametrize("shards", [1, 2, 5])
def test_read_rows_yields_every_row_once_whatever_the_shards(tmp_path, shards):
    import gzip

    good = write_jsonl(tmp_path / "a.jsonl", [{"n": i} for i in range(1, 24)])
    whole = gzip.compress(b"".join(b'{"n": %d}\n' % i for i in range(1, 400)))
    truncated = tmp_path / "b.jsonl.gz"
    truncated.write_bytes(whole[: len(whole) // 2])
    missing = tmp_path / "gone.jsonl"
    with local_pipeline() as p:
        rows = (
            p
            | ReadRows("records", [str(good), str(truncated), str(missing)], shards)
            | beam.Map(lambda r: (r.source.rsplit("/", 1)[-1], r.position, r.error is None))
            | beam.combiners.ToList()
            | beam.Map(sorted)
        )

        def check(found):
            (everything,) = found
            places = [(name, position) for name, position, _ in everything]
            assert len(places) == len(set(places))  # no row read twice
            assert [p for n, p, _ in everything if n == "a.jsonl"] == list(range(1, 24))
            in_b = [(p, ok) for n, p, ok in everything if n == "b.jsonl.gz"]
            assert [p for p, _ in in_b[:-1]] == list(range(1, len(in_b)))
            assert in_b[-1][0] > len(in_b) - 1  # a partial last line may be blank: skipped
            assert [ok for _, ok in in_b].count(False) == 1 and not in_b[-1][1]  # the cut
            assert [(p, ok) for n, p, ok in everything if n == "gone.jsonl"] == [(0, False)]

        assert_that(rows, check)


def test_reject_duplicates_keeps_the_first_of_each_key_in_file_order():
    from pipelines.core.model import Record

    def record(record_id: str, source: str, position: int) -> Record:
        return Record("d", record_id, "prod", "westeurope", "europe", False, (),
                      source, position)

    # as one read task yields them: files in order, positions ascending
    rows = [record("x", "a.jsonl", 2), record("y", "a.jsonl", 3), record("x", "a.jsonl", 7),
            record("x", "b.jsonl", 1), record("z", "b.jsonl", 2)]
    with local_pipeline() as p:
        result = (
            p | beam.Create(rows, reshuffle=False)
            | RejectDuplicates("records", lambda r: r.key, "record_id", ["b.jsonl", "a.jsonl"])
        )
        assert_that(result.unique | beam.Map(lambda r: (r.record_id, r.source, r.position)),
                    equal_to([("x", "a.jsonl", 2), ("y", "a.jsonl", 3), ("z", "b.jsonl", 2)]),
                    label="Unique")
        assert_that(result.rejected | beam.Map(lambda r: (r.source, r.position, r.reason)),
                    equal_to([
                        ("a.jsonl", 7, "duplicate record_id (first seen in a.jsonl at row 2)"),
                        ("b.jsonl", 1, "duplicate record_id (first seen in a.jsonl at row 2)"),
                    ]), label="Rejected")


@pytest.mark.parametrize("shards", [1, 2, 3])
def test_duplicates_across_files_are_found_whatever_the_shards(tmp_path, audit_config, shards):
    from pipelines.core.model import RECORDS

    files = []  # every row a duplicate of one in the other file
    for name in ("a.jsonl", "b.jsonl"):
        files.append(str(write_jsonl(tmp_path / name, [
            {"record_id": f"r{i}", "dataset": "d", "environment": "prod", "note": "x"}
            for i in range(40)])))
    # one bundle per worker thread: a key whose rows went to two tasks would go unseen
    options = PipelineOptions(["--direct_running_mode=multi_threading",
                               f"--direct_num_workers={shards}"])
    with BeamTestPipeline(runner=FnApiRunner(), options=options) as p:
        parsed = (p | ReadRows(RECORDS, files, shards, by_key=True)
                  | ParseRows(audit_config.tenant)).parsed
        result = parsed | RejectDuplicates(RECORDS, lambda r: r.key, "record_id", files)
        assert_that(result.unique | beam.Map(lambda r: (r.record_id, r.source.rsplit("/")[-1])),
                    equal_to([(f"r{i}", "a.jsonl") for i in range(40)]), label="Unique")
        assert_that(result.rejected | beam.Map(lambda r: r.source.rsplit("/")[-1]),
                    equal_to(["b.jsonl"] * 40), label="Rejected")


@pytest.mark.parametrize("shards", [0, 1, 4])
def test_finding_shards_become_files_in_one_order(tmp_path, shards):
    import random

    from pipelines.core.model import Finding
    from pipelines.files.findings import (
        FINDINGS_JSONL,
        finding_rows,
        finding_shard_line,
        findings_jsonl,
        merge_finding_shards,
        read_findings,
        write_finding_rows,
    )
    from pipelines.files.staging import write_marker

    findings = [Finding(rule, severity, f"T-{n}", "a message")
                for n in range(9) for rule, severity in
                (("weak-tls", "high"), ("blocked-connector", "high"), ("untrusted-destination",
                                                                      "medium"))]
    shuffled = random.Random(shards).sample(findings, len(findings))
    for index in range(shards):
        lines = [finding_shard_line(f) + "\n" for f in shuffled[index::shards]]
        (tmp_path / f"findings-part-{index:05d}-of-{shards:05d}.jsonl").write_text("".join(lines))
    rows = merge_finding_shards(str(tmp_path))
    assert list(tmp_path.iterdir()) == []  # the shards are gone
    expected = finding_rows(findings) if shards else []
    assert rows == expected
    write_finding_rows(rows, str(tmp_path))
    assert sorted(p.name for p in tmp_path.iterdir()) == [FINDINGS_JSONL, "findings.parquet"]
    assert (tmp_path / FINDINGS_JSONL).read_bytes() == findings_jsonl(expected)
    write_marker(tmp_path, "a-run")  # readers take only a finished run's findings
    assert read_findings(str(tmp_path))[:1] == expected[:1]


ADD_MISSING = [
    # (ids found among the records, ids the transfer names) -> (records, unclassified, samples)
    (("a",), ("a",), (1, 0, ("a",))),
    (("a",), ("a", "zz"), (2, 1, ("a", "zz"))),
    ((), ("x", "y"), (2, 2, ("x", "y"))),
    (("a", "b"), None, (2, 0, ("a", "b"))),  # a whole-dataset transfer names nothing
]


@pytest.mark.parametrize(("found", "named", "expected"), ADD_MISSING)
def test_add_missing_counts_named_records_not_found_as_unclassified(found, named, expected):
    from pipelines.core.model import merge_summaries, summarise_record

    summary = DataSummary()
    for record_id in found:
        summary = merge_summaries(summary, summarise_record(classified("d", record_id, False)))
    total = add_missing(summary, frozenset(found), named)
    assert (total.records, total.unclassified_records, total.sample_record_ids) == expected


def stored_in(record_id: str, region: str, personal: bool, source: str,
              position: int) -> ClassifiedRecord:
    return ClassifiedRecord("d", record_id, "prod", region, "europe", region == "eastus",
                            "personal" if personal else "customer", (), (), source,
                            position=position)


@pytest.mark.parametrize(("records", "expected"), [
    # the first personal record by file and position, whatever the order they arrive in
    ([("a", True, "b.jsonl", 3), ("b", False, "a.jsonl", 1), ("c", True, "b.jsonl", 2)],
     ("b.jsonl", 2)),
    ([("a", False, "b.jsonl", 3), ("b", False, "a.jsonl", 9)], ("a.jsonl", 9)),
])
def test_a_finding_at_rest_points_at_one_of_its_records(tenant, records, expected):
    rows = [stored_in(i, "eastus", personal, source, position)
            for i, personal, source, position in records]
    rows.append(stored_in("home", "westeurope", True, "0.jsonl", 1))  # inside its geo
    with local_pipeline() as p:
        found = (p | beam.Create(rows, reshuffle=False) | JudgeDataAtRest(tenant)
                 | beam.Map(lambda f: (f.subject, f.details["input_file"],
                                       f.details["input_position"])))
        assert_that(found, equal_to([("d@eastus", *expected)]))

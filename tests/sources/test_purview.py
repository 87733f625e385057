"""Purview / Office 365 Management Activity audit records in their three shapes."""

from __future__ import annotations

import csv
import io
import json

import pytest

from pipelines.core.model import EXPORT, RawRow, Rejection
from pipelines.sources import purview
from tests.sources.conftest import LOGS, parsed, rows_of

URL = "https://make.powerautomate.com/manage/environments/{env}/flows/{flow}/details"


def _row(data: dict, fmt: str = "json") -> RawRow:
    return RawRow("transfers", "audit.json", 1, data=data, fmt=fmt)


def test_the_pnp_launchpowerapp_record_is_read_as_an_operation_no_rule_reads(source_tenant):
    (value,) = parsed(rows_of(LOGS / "b_o365mgmt_auditdata_recordtype256_launchpowerapp_pnp.json"),
                      source_tenant, "purview")
    assert value.what == "other operation (no rule reads it)" and not value.transfers
    assert value.key == "e2a84675-8952-4d91-a2ea-4d89f310f1a7"
    assert value.timestamp == "2026-05-19T13:17:34Z"


def test_a_bare_property_collection_is_one_record(source_tenant):
    (value,) = parsed(rows_of(LOGS / "a_powerplatformadminactivity_properties_powerapps_msdocs.json"),
                      source_tenant, "purview")
    assert value.key == "f88c7b59-6908-4f40-8489-7eca71b531b0" and value.timestamp is None


def test_microsofts_dlp_event_example_once_its_json_is_valid_is_a_dlp_policy_change(
        source_tenant, tmp_path):
    """Microsoft's example breaks JSON in one place (an unquoted UPN); with that value
    quoted and the copy's comment lines left out it is a DLP policy change event."""
    text = (LOGS / "a_powerplatformadminactivity_properties_dlp_policy_msdocs.txt").read_text()
    body = "\n".join(line for line in text.splitlines() if not line.startswith("#"))
    fixed = body.replace("admin@contosotest.onmicrosoft.com", '"admin@contosotest.onmicrosoft.com"')
    path = tmp_path / "dlp.json"
    path.write_text(fixed)
    (value,) = parsed(rows_of(path), source_tenant, "purview")
    assert value.what == "DLP policy change"
    assert value.facts == (("dlp_change", "purview", "", "DeleteDlpPolicy",
                            "ConnectorBlockingPolicy", "ConnectorBlockingPolicy", "True"),)
    assert "contosotest" not in repr(value)  # the actor is never carried along


FLOW = {"Id": "r1", "CreationTime": "2026-10-03T08:15:02", "Operation": "EditFlow",
        "RecordType": 30, "Workload": "MicrosoftFlow", "UserId": "a@b.example",
        "FlowConnectorNames": "SharePoint, Dropbox, Mystery API",
        "FlowDetailsUrl": URL.format(env="contoso-prod", flow="F1")}


def _csv_export(record: dict) -> RawRow:
    """One row of the portal's CSV export, read by the CSV reader."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(["RecordId", "CreationDate", "RecordType", "Operation", "UserId",
                     "AuditData", "AssociatedAdminUnits", "AssociatedAdminUnitsNames"])
    writer.writerow([record["Id"], "2026-10-03T08:15:02.0000000Z", 30, record["Operation"],
                     "a@b.example", json.dumps(record), "", ""])
    from pipelines.files.readers import read_csv
    (row,) = read_csv("transfers", "export.csv", io.BytesIO(buffer.getvalue().encode()))
    return row


SENTINEL_FLOW = {"TimeGenerated [UTC]": "10/3/2026, 8:15:02.000 AM", "Type": "PowerAutomateActivity",
                 "EventOriginalType": "EditFlow", "EventOriginalUid": "r1",
                 "ActorName": "a@b.example", "FlowConnectorNames": FLOW["FlowConnectorNames"],
                 "FlowDetailsUrl": FLOW["FlowDetailsUrl"]}


@pytest.mark.parametrize("row", [_row(FLOW), _csv_export(FLOW), _row(SENTINEL_FLOW, "csv")],
                         ids=["api-json", "portal-csv", "sentinel"])
def test_a_flow_definition_gives_one_transfer_per_mapped_connector_in_every_shape(
        source_tenant, row):
    assert purview.matches(row.data)
    value = purview.parse(row, source_tenant)
    assert value.key == "r1" and value.timestamp == "2026-10-03T08:15:02Z"
    assert [(t.transfer_id, t.connector, t.flow_id, t.source_environment)
            for t in value.transfers] == [
        ("flow:contoso-prod/f1:shared_sharepointonline", "shared_sharepointonline", "f1",
         "contoso-prod"),
        ("flow:contoso-prod/f1:shared_dropbox", "shared_dropbox", "f1", "contoso-prod")]
    # a name nobody can map is listed and counted, never dropped
    assert value.facts == (("unmapped_connector", "purview", "Mystery API"),)
    assert ("blocked-connector", "a connector name is not in the connector catalogue") in value.notes
    assert all(t.tls_version is None and t.destination_ip is None for t in value.transfers)


@pytest.mark.parametrize(("change", "what", "notes"), [
    ({"FlowDetailsUrl": None}, "flow definition",
     [("blocked-connector", "no FlowDetailsUrl: the flow and its environment are unknown")]),
    ({"FlowConnectorNames": ""}, "flow definition",
     [("blocked-connector", "no connector names in the record")]),
    ({"FlowDetailsUrl": URL.format(env="Default-gone", flow="F1")}, "flow definition",
     [("blocked-connector", "the flow's environment is not in the configuration")]),
    ({"Operation": "DeleteFlow"}, "flow deleted (no rule reads it)", []),
    ({"Operation": "PutPermissions"}, "other operation (no rule reads it)", []),
])
def test_flow_records_that_cannot_be_judged_say_why(source_tenant, change, what, notes):
    value = purview.parse(_row({**FLOW, **change}), source_tenant)
    assert value.what == what and not value.transfers
    for note in notes:
        assert note in value.notes


DATAVERSE = {"Id": "d1", "CreationTime": "2026-10-16T07:45:09", "Operation": "ExportToExcel",
             "Message": "ExportToExcel", "RecordType": 21, "Workload": "CRM",
             "EntityName": "contact", "InstanceUrl": "https://contoso.crm4.dynamics.com"}
MANY = ", ".join(f"id-{i}" for i in range(60))


@pytest.mark.parametrize(("change", "what", "transfer_id", "note"), [
    ({}, "Dataverse export or bulk read",
     "dataverse:contoso.crm4.dynamics.com/contact:ExportToExcel", None),
    ({"Message": "RetrieveMultiple", "QueryResults": MANY}, "Dataverse export or bulk read",
     "dataverse:contoso.crm4.dynamics.com/contact:RetrieveMultiple", None),
    ({"Message": "RetrieveMultiple", "QueryResults": "id-1, id-2"},
     "Dataverse operation (no rule reads it)", None, None),
    ({"Message": "RetrieveMultiple"}, "Dataverse read (how many records unknown)", None,
     "a ReadMultiple without QueryResults: whether it was a bulk read is unknown"),
    ({"EntityName": "incident"}, "Dataverse export or bulk read", None,
     "table not mapped to a dataset (config stores)"),
    ({"Message": "Retrieve"}, "Dataverse operation (no rule reads it)", None, None),
])
def test_dataverse_exports_and_bulk_reads(source_tenant, change, what, transfer_id, note):
    value = purview.parse(_row({**DATAVERSE, **change}), source_tenant)
    assert value.what == what
    assert [t.transfer_id for t in value.transfers] == ([transfer_id] if transfer_id else [])
    for transfer in value.transfers:
        assert transfer.event == EXPORT and transfer.dataset == "crm/contacts"
        assert transfer.destination_region is None  # the destination is unknown
    if note:
        assert ("personal-data-exported", note) in value.notes


def test_sentinel_dataverse_and_admin_shapes(source_tenant):
    row = {"TimeGenerated": "2026-10-16T07:45:09Z", "Type": "DataverseActivity",
           "SourceRecordId": "d2", "Message": "ExportToExcel", "EntityName": "contact",
           "InstanceUrl": "https://contoso.crm4.dynamics.com", "UserUpn": "a@b.example"}
    value = purview.parse(_row(row), source_tenant)
    assert value.key == "d2" and len(value.transfers) == 1
    admin = {"TimeGenerated": "2026-10-20T17:55:00Z", "Type": "PowerPlatformAdminActivity",
             "EventOriginalType": "GovernanceApiPolicyOperation", "EventOriginalUid": "p1",
             "Properties": json.dumps({
                 "powerplatform.analytics.resource.display_name": "Tenant policy",
                 "powerplatform.analytics.resource.tenant.governance.api_policy.operation_name":
                     "UpdateDlpPolicy"})}
    value = purview.parse(_row(admin, "csv"), source_tenant)
    assert value.facts[0][:5] == ("dlp_change", "purview", "2026-10-20T17:55:00Z",
                                  "UpdateDlpPolicy", "Tenant policy")


@pytest.mark.parametrize(("data", "reason"), [
    ({"RecordId": "x", "AuditData": "{not json", "CreationDate": "2026-10-01"},
     "JSON column is not valid JSON"),
    ({"RecordId": "x", "AuditData": "[1, 2]"}, "'AuditData' is not a JSON object"),
    ({**FLOW, "CreationTime": "yesterday"}, "'CreationTime' is not an ISO 8601"),
])
def test_unreadable_records_are_rejected(source_tenant, data, reason):
    from pipelines.sources import parse_source_row

    value = parse_source_row(_row(data, "csv"), source_tenant, "purview")
    assert isinstance(value, Rejection) and reason in value.reason

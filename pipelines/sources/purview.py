"""Microsoft Purview audit records (the Office 365 Management Activity schema), in the
three shapes an admin exports them:

- the Purview portal's CSV export (`RecordId,CreationDate,RecordType,Operation,UserId,
  AuditData,...`; the classic export has `CreationDate,UserIds,Operations,AuditData`), whose
  `AuditData` column holds the record as JSON text;
- the Management Activity API's (or `Search-UnifiedAuditLog`'s) JSON records;
- Microsoft Sentinel / Log Analytics exports of `PowerAutomateActivity`,
  `PowerPlatformAdminActivity` (`PropertyCollection`, or `Properties` as a bag) and
  `DataverseActivity`.

What a record feeds:
- a flow definition (`CreateFlow`, `EditFlow`: `FlowConnectorNames`, `FlowDetailsUrl`) gives
  one transfer per connector of the flow, for `blocked-connector` and `connector-group-mix`;
  connector display names are mapped to ids through the connector catalogue, and a name
  nobody can map is counted and listed, never dropped;
- a Dataverse export or bulk read (`Message` `ExportToExcel`, `RetrieveMultiple` of many
  records; `EntityName`, `InstanceUrl`) gives a transfer of the table's dataset (config
  `stores`) for `personal-data-exported`;
- a DLP policy change (`GovernanceApiPolicyOperation`) is listed in summary.json and the
  report.

What it cannot tell: audit records carry no flow runs, no destinations and no TLS
versions, so no residency, TLS or network rule is judged from them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from urllib.parse import urlsplit

from pipelines.core.model import EXPORT, RawRow, SourceRow, Transfer
from pipelines.core.parse import RowError
from pipelines.core.rules.registry import BLOCKED_CONNECTOR, GROUP_MIX, PERSONAL_EXPORTED
from pipelines.sources.common import digest, fields, nested, source_row, text, timestamp
from pipelines.tenant.model import Tenant
from pipelines.tenant.stores import table_datasets

NAME = "purview"
DESCRIPTION = ("Purview / Office 365 Management Activity audit records: portal CSV export, "
               "API JSON, Sentinel PowerAutomateActivity / PowerPlatformAdminActivity / "
               "DataverseActivity")
FLOW_FEEDS = (BLOCKED_CONNECTOR.id, GROUP_MIX.id)
EXPORT_FEEDS = (PERSONAL_EXPORTED.id,)
FEEDS = FLOW_FEEDS + EXPORT_FEEDS

SENTINEL_TABLES = frozenset({"powerautomateactivity", "powerplatformadminactivity",
                             "dataverseactivity", "powerappsactivity",
                             "powerplatformconnectoractivity", "powerplatformdlpactivity"})
FLOW_DEFINITIONS = frozenset({"createflow", "editflow"})
BULK_READS = frozenset({"retrievemultiple", "executefetch", "retrieveentitiesforaggregatequery",
                        "rollup", "retrieverecordwall", "retrievepersonalwall"})
"""Dataverse's ReadMultiple messages (activity-logs-dataverse-model-driven-apps.md)."""
BULK_READ_RECORDS = 50
"""A ReadMultiple that returned at least this many records is a bulk read; a grid of a
few rows is not."""
DLP_OPERATION = "governanceapipolicyoperation"
_FLOW_URL = re.compile(r"/environments/([^/?#]+)/flows/([^/?#]+)", re.IGNORECASE)
_PROPERTY = "powerplatform.analytics."
_DLP_NAME = _PROPERTY + "resource.tenant.governance.api_policy.operation_name"
_DLP_RESULT = _PROPERTY + "resource.tenant.governance.api_policy.operation_result"


def _record(data: Mapping) -> dict:
    """The audit record itself, with lower-case field names, whatever the wrapper."""
    row = fields(data)
    if "auditdata" in row:  # the portal's CSV export: the record is JSON text
        inner = nested(row["auditdata"]) if row["auditdata"] is not None else None
        if not isinstance(inner, Mapping):
            raise RowError("'AuditData' is not a JSON object")
        record = fields(inner)
        for outer, name in (("recordid", "id"), ("operation", "operation"),
                            ("operations", "operation"), ("creationdate", "creationtime")):
            if row.get(outer) is not None and record.get(name) is None:
                record[name] = row[outer]
        return record
    record = dict(row)
    for sentinel, name in (("eventoriginaltype", "operation"), ("eventoriginaluid", "id"),
                           ("sourcerecordid", "id"), ("timegenerated", "creationtime"),
                           ("eventresult", "resultstatus")):
        if record.get(sentinel) is not None and record.get(name) is None:
            record[name] = record[sentinel]
    return record


def matches(data: dict) -> bool:
    row = fields(data)
    if "auditdata" in row or "propertycollection" in row or "flowconnectornames" in row:
        return True
    if str(row.get("type") or "").lower() in SENTINEL_TABLES:
        return True
    return "recordtype" in row and "operation" in row and (
        "creationtime" in row or "workload" in row)


def _properties(record: dict) -> dict:
    """`PropertyCollection` ([{Name, Value}]) or `Properties` (a bag) as one dict."""
    value = record.get("propertycollection", record.get("properties"))
    if value is None:
        return {}
    value = nested(value)
    if isinstance(value, Mapping):
        return {str(k): v for k, v in value.items()}
    if isinstance(value, list):
        return {str(item.get("Name")): item.get("Value") for item in value
                if isinstance(item, Mapping) and "Name" in item}
    raise RowError("'PropertyCollection' is neither a list of {Name, Value} nor an object")


def _key(record: dict, properties: dict) -> str:
    for value in (record.get("id"), record.get("recordid"),
                  properties.get(_PROPERTY + "activity.id")):
        found = text(value)
        if found:
            return found.lower()
    return "content:" + digest(record)


def row_key(data: dict) -> str | None:
    try:
        record = _record(data)
        return _key(record, _properties(record))
    except (RowError, AttributeError, TypeError):
        return None


def _names(value: object) -> list[str]:
    value = nested(value) if isinstance(value, str) and value.strip().startswith("[") else value
    if isinstance(value, list):
        items = [text(item) for item in value]
    else:
        items = [part.strip() for part in (text(value) or "").split(",")]
    return list(dict.fromkeys(item for item in items if item))


def _flow_definition(row: RawRow, tenant: Tenant, record: dict, key: str,
                     when: str | None, operation: str) -> SourceRow:
    what = "flow definition"
    match = _FLOW_URL.search(text(record.get("flowdetailsurl")) or "")
    if not match:
        notes = [(rule, "no FlowDetailsUrl: the flow and its environment are unknown")
                 for rule in FLOW_FEEDS]
        return source_row(row, NAME, key, when, what, notes=notes)
    environment = tenant.environment(match.group(1))
    flow_id = match.group(2).lower()
    names = _names(record.get("flowconnectornames"))
    if not names:
        notes = [(rule, "no connector names in the record") for rule in FLOW_FEEDS]
        return source_row(row, NAME, key, when, what, notes=notes)
    if environment is None:
        notes = [(rule, "the flow's environment is not in the configuration")
                 for rule in FLOW_FEEDS]
        return source_row(row, NAME, key, when, what, notes=notes)
    transfers, notes, facts = [], [], []
    for name in names:
        connector = tenant.connector_id(name)
        if connector is None:
            facts.append(("unmapped_connector", NAME, name))
            notes += [(rule, "a connector name is not in the connector catalogue")
                      for rule in FLOW_FEEDS]
            continue
        transfers.append(Transfer(
            transfer_id=f"flow:{environment.id}/{flow_id}:{connector}", timestamp=when,
            source=row.source, position=row.position, source_environment=environment.id,
            source_region=environment.region, source_geo=environment.geo,
            operation=operation, connector=connector, flow_id=flow_id, origin=NAME))
    return source_row(row, NAME, key, when, what, transfers, tenant, FLOW_FEEDS, notes, facts)


def _is_bulk(message: str, record: dict) -> bool | None:
    """Export*: always; a ReadMultiple: by how many records it returned (None: unknown)."""
    lowered = message.lower()
    if lowered.startswith("export"):
        return True
    if lowered not in BULK_READS:
        return False
    results = record.get("queryresults")
    if results is None or (isinstance(results, str) and not results.strip()):
        return None
    ids = results if isinstance(results, list) else str(results).split(",")
    return len([i for i in ids if str(i).strip()]) >= BULK_READ_RECORDS


def _dataverse(row: RawRow, tenant: Tenant, record: dict, key: str,
               when: str | None, message: str) -> SourceRow:
    bulk = _is_bulk(message, record)
    if bulk is None:
        return source_row(row, NAME, key, when, "Dataverse read (how many records unknown)",
                          notes=[(PERSONAL_EXPORTED.id, "a ReadMultiple without QueryResults: "
                                  "whether it was a bulk read is unknown")])
    if not bulk:
        return source_row(row, NAME, key, when, "Dataverse operation (no rule reads it)")
    what = "Dataverse export or bulk read"
    table = text(record.get("entityname"))
    url = text(record.get("instanceurl"))
    instance = urlsplit(url if "://" in (url or "") else f"https://{url}").hostname \
        if url else None
    if not table or table.lower() == "unknown":
        return source_row(row, NAME, key, when, what,
                          notes=[(PERSONAL_EXPORTED.id, "no table (EntityName) in the record")])
    mappings = table_datasets(tenant.stores, instance, None, table)
    if not mappings:
        return source_row(row, NAME, key, when, what,
                          notes=[(PERSONAL_EXPORTED.id, "table not mapped to a dataset "
                                  "(config stores)")])
    transfers = []
    for mapping in mappings:
        environment = tenant.environment(mapping.environment) if mapping.environment else None
        place = instance or (environment.id if environment else "dataverse")
        suffix = f"#{mapping.dataset}" if len(mappings) > 1 else ""
        transfers.append(Transfer(
            transfer_id=f"dataverse:{place}/{table.lower()}:{message}{suffix}", timestamp=when,
            source=row.source, position=row.position,
            source_environment=environment.id if environment else None,
            source_region=environment.region if environment else None,
            source_geo=environment.geo if environment else None,
            dataset=mapping.dataset, operation=message, endpoint=instance, origin=NAME,
            event=EXPORT))
    return source_row(row, NAME, key, when, what, transfers, tenant, EXPORT_FEEDS)


def _dlp_change(row: RawRow, record: dict, properties: dict, key: str,
                when: str | None, operation: str) -> SourceRow:
    change = text(properties.get(_DLP_NAME)) or operation
    policy = text(properties.get(_PROPERTY + "resource.display_name")) or ""
    policy_id = text(properties.get(_PROPERTY + "resource.id")) or ""
    result = text(properties.get(_DLP_RESULT)) or text(record.get("resultstatus")) or ""
    fact = ("dlp_change", NAME, when or "", change, policy, policy_id, result)
    return source_row(row, NAME, key, when, "DLP policy change", facts=[fact])


def parse(row: RawRow, tenant: Tenant) -> SourceRow:
    record = _record(row.data or {})
    properties = _properties(record)
    key = _key(record, properties)
    raw_time = record.get("creationtime")
    when = timestamp(raw_time, "CreationTime") if text(raw_time) else None
    operation = text(record.get("operation")) or text(properties.get(_PROPERTY + "activity.name"))
    message = text(record.get("message")) or operation
    activity = (text(properties.get(_PROPERTY + "activity.name")) or operation or "").lower()
    if operation and operation.lower() in FLOW_DEFINITIONS:
        return _flow_definition(row, tenant, record, key, when, operation)
    if activity == DLP_OPERATION or "dlppolicy" in (operation or "").lower():
        return _dlp_change(row, record, properties, key, when, operation or activity)
    if message and ("entityname" in record or "instanceurl" in record):
        return _dataverse(row, tenant, record, key, when, message)
    if operation and operation.lower() == "deleteflow":
        return source_row(row, NAME, key, when, "flow deleted (no rule reads it)")
    return source_row(row, NAME, key, when, "other operation (no rule reads it)")

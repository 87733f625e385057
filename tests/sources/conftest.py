"""A tenant for the source adapters, and Microsoft's samples as rows (tests/fixtures/logs/)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipelines.config import load_config
from pipelines.files.readers import read_rows
from pipelines.sources import parse_source_row
from tests.conftest import FIXTURES

LOGS = FIXTURES / "logs"

CONFIG = f"""
tenant: {{name: Sources tenant, home_geo: europe}}
environments:
  - {{id: contoso-prod, geo: europe, region: westeurope}}
  - {{id: contoso-dev, geo: europe, region: northeurope}}
  - {{id: aa289efd-09f4-eaeb-bbb8-c08fc9e27d09, geo: unitedstates, region: eastus}}
  - {{id: contoso-jp, geo: japan, region: japaneast}}
dlp_policies:
  - name: Tenant policy
    scope: all
    business: [shared_sharepointonline, shared_office365]
    non_business: [shared_twitter]
    blocked: [shared_dropbox]
    default_group: non_business
connector_catalogue_files: [{FIXTURES / "connectors_get_apis.json"}, more-connectors.json]
network:
  service_tags_file: {FIXTURES / "ServiceTags_trimmed.json"}
  allowed_service_tags: ["AzureCloud.westeurope", "PowerPlatformInfra.*"]
stores:
  - {{account: testaccount1, dataset: crm/uploads, environment: contoso-prod}}
  - {{account: contosocrm, container: exports, prefix: contacts/, dataset: crm/contacts,
     environment: contoso-prod}}
  - {{account: contosotweets2017, dataset: social/tweets}}
  - {{server: failover-group-primary-server, dataset: jp/orders, environment: contoso-jp}}
  - {{server: sourcesvr, database: tetha-db, dataset: jp/orders, environment: contoso-jp}}
  - {{instance: contoso.crm4.dynamics.com, table: contact, dataset: crm/contacts,
     environment: contoso-prod}}
"""


@pytest.fixture(scope="session")
def source_tenant(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sources")
    path = folder / "config.yaml"
    path.write_text(CONFIG, encoding="utf-8")
    # the real catalogue capture lists two connectors; a tenant's lists them all
    (folder / "more-connectors.json").write_text(json.dumps({"value": [
        {"id": f"/providers/Microsoft.PowerApps/apis/{ident}", "name": ident,
         "properties": {"displayName": name}}
        for ident, name in (("shared_dropbox", "Dropbox"), ("shared_office365", "Office 365 Outlook"),
                            ("shared_twitter", "X"))]}), encoding="utf-8")
    return load_config(path).tenant


def rows_of(path: Path, name: str | None = None):
    """The rows of a file as the pipeline reads them (`name` sets the file's type)."""
    with open(path, "rb") as handle:
        return list(read_rows("transfers", str(name or path), handle))


def parsed(rows, tenant, origin: str):
    return [parse_source_row(row, tenant, origin) for row in rows]

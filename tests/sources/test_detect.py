"""Every sample of Microsoft's logs parses unchanged, detected by its shape, or is rejected
with a clear reason where Microsoft's own example is not valid JSON."""

from __future__ import annotations

import io

import pytest

from pipelines.cli.launcher import transfer_sources
from pipelines.cli.options import TRANSFER_FORMATS
from pipelines.core.model import Rejection, SourceRow
from pipelines.files.inputs import InputError
from pipelines.sources import ADAPTERS, FORMATS, detect, detect_file
from tests.sources.conftest import LOGS, parsed, rows_of


@pytest.mark.parametrize(("name", "source", "rows", "used"), [
    ("a_powerplatformadminactivity_properties_powerapps_msdocs.json", "purview", 1, 1),
    ("b_o365mgmt_auditdata_recordtype256_launchpowerapp_pnp.json", "purview", 1, 1),
    ("d_azfwnetworkrule_sentinel_sample.csv", "network-logs", 3, 3),
    ("d_nsg_flowlog_v2_msdocs.json", "network-logs", 2, 2),
    ("d_vnet_flowlog_msdocs.json", "network-logs", 1, 1),
    ("e_az_storage_account_show_msdocs.json", "replication", 1, 1),
    ("e_rest_storage_StorageAccountGetProperties_example.json", "replication", 1, 1),
    ("e_rest_sql_ReplicationLinkListByDatabase_example.json", "replication", 2, 2),
    ("e_rest_sql_FailoverGroupGet_example.json", "replication", 1, 1),
])
def test_every_valid_sample_is_detected_and_parsed(source_tenant, name, source, rows, used):
    found = rows_of(LOGS / name)
    assert detect(found) == source
    values = parsed(found, source_tenant, source)
    assert len(values) == rows
    assert sum(isinstance(v, SourceRow) for v in values) == used, values


@pytest.mark.parametrize(("name", "reason"), [
    # Microsoft's DLP-event example has an unquoted value; the storage fragments are three
    # pieces, one with a trailing comma: neither is a JSON document
    ("a_powerplatformadminactivity_properties_dlp_policy_msdocs.txt", "invalid JSON document"),
    ("c_storage_resourcelog_fragments_msdocs.txt", "invalid JSON document"),
])
def test_invalid_json_samples_are_rejected_with_a_reason(source_tenant, name, reason):
    found = rows_of(LOGS / name, name.replace(".txt", ".json"))
    assert len(found) == 1 and found[0].data is None and reason in found[0].error
    (value,) = parsed(found, source_tenant, "purview")
    assert isinstance(value, Rejection) and reason in value.reason


def test_an_unknown_shape_is_a_usage_error(tmp_path):
    path = tmp_path / "mystery.jsonl"
    path.write_text('{"colour": "blue"}\n')
    with pytest.raises(InputError, match="cannot tell which source"):
        transfer_sources([str(path)])
    assert transfer_sources([str(path)], "flowaudit") == {str(path): "flowaudit"}


def test_an_empty_file_is_flowaudits():
    assert detect_file("empty.jsonl", io.BytesIO(b"")) == "flowaudit"


def test_the_command_line_names_every_adapter():
    assert tuple(TRANSFER_FORMATS) == FORMATS == ("auto", *ADAPTERS)

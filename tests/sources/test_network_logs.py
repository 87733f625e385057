"""NSG and VNet flow logs, and Azure Firewall network-rule rows."""

from __future__ import annotations

import pytest

from pipelines.core.model import RawRow
from pipelines.sources import network_logs
from tests.sources.conftest import LOGS, parsed, rows_of


def test_nsg_sample_outbound_allowed_flows_go_to_reserved_documentation_addresses(source_tenant):
    first, second = parsed(rows_of(LOGS / "d_nsg_flowlog_v2_msdocs.json"), source_tenant,
                           "network-logs")
    # record 1: 4 outbound allowed flows to 203.0.113.x / 198.51.100.x (documentation ranges)
    assert not first.transfers
    assert first.notes == (("untrusted-destination",
                            "private, internal or reserved destination address"),)
    # record 2: inbound and denied only: nothing left
    assert second.what == "network flow record (no allowed outbound flow)"


def test_vnet_sample_gives_one_transfer_per_conversation_with_millisecond_times(source_tenant):
    (value,) = parsed(rows_of(LOGS / "d_vnet_flowlog_msdocs.json"), source_tenant,
                      "network-logs")
    ids = sorted({t.transfer_id for t in value.transfers})
    assert ids == ["flow:myvnet:10.0.0.6->104.16.218.84:443/tcp",
                   "flow:myvnet:10.0.0.6->40.74.146.17:443/tcp",
                   "flow:myvnet:10.0.0.6->52.239.184.180:443/tcp"]
    assert value.transfers[0].timestamp == "2022-09-14T09:00:03.599000Z"
    assert {t.destination_ip for t in value.transfers} == {
        "52.239.184.180", "40.74.146.17", "104.16.218.84"}


def test_firewall_sample_rows_reach_private_addresses(source_tenant):
    values = parsed(rows_of(LOGS / "d_azfwnetworkrule_sentinel_sample.csv"), source_tenant,
                    "network-logs")
    assert [v.timestamp for v in values] == [
        "2023-08-23T14:00:00Z", "2023-08-23T14:00:00.130000Z", "2023-08-23T14:00:00.260000Z"]
    assert all(not v.transfers and v.notes for v in values)


@pytest.mark.parametrize(("action", "transfers"), [("Allow", 1), ("Deny", 0)])
def test_only_allowed_firewall_hits_are_data_that_left(source_tenant, action, transfers):
    row = RawRow("transfers", "azfw.csv", 2, fmt="csv", data={
        "TimeGenerated": "2026-10-11T09:00:00Z", "Type": "AZFWNetworkRule", "Protocol": "TCP",
        "SourceIp": "10.0.0.4", "DestinationIp": "52.168.10.20", "DestinationPort": "443",
        "Action": action, "_ResourceId": "/subscriptions/x/azurefirewalls/afw-hub"})
    value = network_logs.parse(row, source_tenant)
    assert len(value.transfers) == transfers

"""Network: destination addresses outside the allowed service tags, over the real file."""

from __future__ import annotations

from dataclasses import replace

import pytest

from pipelines.core.rules import judge_transfer
from tests.core.rules.cases import CUSTOMER, transfer, verdicts


@pytest.fixture(scope="module")
def service_tags():
    from pipelines.tenant.exports.service_tags import load_service_tags
    from tests.fixtures_tenant import SERVICE_TAGS_FULL

    return load_service_tags(SERVICE_TAGS_FULL)


UD_RULE = "untrusted-destination"
DESTINATIONS = [
    # (address, allowed tags, untrusted?)  addresses checked against the file by hand
    ("20.50.2.14", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), False),
    ("20.50.68.150", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), False),  # PPI.NorthEurope
    ("20.50.68.150", ("AzureCloud.westeurope",), True),  # northeurope is not allowed then
    ("52.168.10.4", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),  # AzureCloud.eastus
    ("203.0.113.50", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),  # in no tag
    ("2603:1020:200::1", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), False),
    ("2603:1030:20e:3::23c", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),
    ("2001:db8::1", ("PowerPlatformInfra.*", "AzureCloud.westeurope"), True),
    ("::ffff:20.50.2.14", ("AzureCloud.westeurope",), False),  # IPv4-mapped
    ("20.50.2.14", ("azurecloud.WESTEUROPE",), False),  # names compare in any case
    ("20.50.2.14", ("AzureCloud.*",), False),
    ("20.50.2.14", ("AzureCloud",), False),  # the global tag holds every region's prefixes
    ("20.50.2.14", ("AzureCloud.west*",), False),
    ("20.50.2.14", ("AzureCloud.eastus",), True),
]


@pytest.mark.parametrize(("address", "allowed", "untrusted"), DESTINATIONS)
def test_untrusted_destination(tenant, service_tags, address, allowed, untrusted):
    configured = replace(tenant, service_tags_file="ServiceTags_Public.json",
                         allowed_service_tags=allowed)
    found = judge_transfer(transfer(destination_ip=address), CUSTOMER, configured, service_tags)
    assert verdicts(found) == ({(UD_RULE, "medium")} if untrusted else set())


def test_no_destination_ip_no_verdict(tenant, service_tags):
    configured = replace(tenant, allowed_service_tags=("AzureCloud.westeurope",))
    assert judge_transfer(transfer(), CUSTOMER, configured, service_tags) == []

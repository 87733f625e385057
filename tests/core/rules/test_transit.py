"""Transit: TLS below the minimum."""

from __future__ import annotations

import pytest

from pipelines.core.rules import judge_transfer
from tests.core.rules.cases import CUSTOMER, transfer, verdicts

TRANSIT = [
    ("1.0", {("weak-tls", "high")}),
    ("1.1", {("weak-tls", "high")}),
    ("0.3", {("weak-tls", "high")}),
    ("1.2", set()),
    ("1.3", set()),
    (None, set()),
]


@pytest.mark.parametrize(("version", "expected"), TRANSIT)
def test_weak_tls(tenant, version, expected):
    assert verdicts(judge_transfer(transfer(tls_version=version), CUSTOMER, tenant)) == expected

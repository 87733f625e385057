"""Environments as values: one id form for every way exports write it."""

from __future__ import annotations

import pickle

import pytest

from pipelines.tenant.environments import normalise_environment_id
from tests.fixtures_tenant import BAP_ENV


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/"
         "Default-ca08493a-c9c8-4db0-a9e8-d3b4bafac269",
         "default-ca08493a-c9c8-4db0-a9e8-d3b4bafac269"),
        ("/providers/Microsoft.BusinessAppPlatform/environments/abc-123", "abc-123"),
        ("/providers/microsoft.businessappplatform/scopes/admin/Environments/ABC/", "abc"),
        ("https://make.powerapps.com/environments/456/home", "456"),
        ("Default-CA08493A", "default-ca08493a"),
        ("  contoso-prod  ", "contoso-prod"),
        ("contoso-prod", "contoso-prod"),
        ("environments/xyz", "xyz"),
        ("", ""),
    ],
)
def test_normalise_environment_id(given: str, expected: str) -> None:
    assert normalise_environment_id(given) == expected


def test_normalise_environment_id_is_idempotent() -> None:
    value = "/providers/Microsoft.BusinessAppPlatform/scopes/admin/environments/Default-X"
    assert normalise_environment_id(normalise_environment_id(value)) == "default-x"


def test_environment_is_frozen_and_pickles() -> None:
    with pytest.raises(AttributeError):
        BAP_ENV.geo = "asia"  # type: ignore[misc]
    assert pickle.loads(pickle.dumps(BAP_ENV)) == BAP_ENV

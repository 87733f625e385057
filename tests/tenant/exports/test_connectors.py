"""Connector list exports: the unblockable connectors and the catalogue."""

from __future__ import annotations

import pytest

from pipelines.tenant.dlp import normalise_connector_id
from pipelines.tenant.exports.connectors import load_connector_catalogue, load_unblockable
from pipelines.tenant.exports.document import TenantFileError
from tests.fixtures_tenant import API, fixture, read_fixture, write_json

# ------------------------------------------------------------------ unblockable

def test_load_unblockable_fixture() -> None:
    assert load_unblockable(fixture("connectors_get_unblockable.json")) == {
        "shared_approvals", "shared_cloudappsecurity", "shared_commondataservice"
    }


@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"value": [{"id": API + "shared_a", "metadata": {"unblockable": True}}]},
         {"shared_a"}),
        ([{"id": API + "shared_a", "metadata": {"unblockable": False}}, {"id": "shared_b"}],
         {"shared_b"}),
        (["Shared_C", API + "shared_d"], {"shared_c", "shared_d"}),
        ([], set()),
    ],
)
def test_load_unblockable_shapes(tmp_path, document, expected) -> None:
    assert load_unblockable(write_json(tmp_path, document)) == expected


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"value": 3}, ["value: expected a list"]),
        ([{"metadata": {}}, 5], ["[0]: expected a connector id", "[1]: expected a connector id"]),
    ],
)
def test_malformed_unblockable_files(tmp_path, document, problems) -> None:
    with pytest.raises(TenantFileError) as caught:
        load_unblockable(write_json(tmp_path, document))
    assert caught.value.problems == problems


# ---------------------------------------------------------------- catalogue

@pytest.mark.parametrize(
    ("document", "expected"),
    [
        ({"value": [{"id": API + "shared_a", "name": "shared_a"}, {"id": "Shared_B"}]},
         {"shared_a", "shared_b"}),
        # a catalogue lists every connector, blockable or not
        ([{"id": API + "shared_a", "metadata": {"unblockable": False}}], {"shared_a"}),
        (["http"], {"http"}),
    ],
)
def test_load_connector_catalogue_shapes(tmp_path, document, expected) -> None:
    assert load_connector_catalogue(write_json(tmp_path, document)) == expected


@pytest.mark.parametrize("name", ["connectors_get_apis.json", "connectors_get_virtual.json",
                                  "connectors_get_unblockable.json"])
def test_load_connector_catalogue_fixtures(name) -> None:
    data = read_fixture(name)
    items = data["value"] if isinstance(data, dict) else data
    assert load_connector_catalogue(fixture(name)) == {
        normalise_connector_id(item["id"]) for item in items}


@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"value": {}}, ["value: expected a list"]),
        ({"apis": []}, ["(top level): expected a list"]),
        ([{"id": "a"}, {"name": " "}], ["[1]: expected a connector id"]),
    ],
)
def test_malformed_connector_catalogues(tmp_path, document, problems) -> None:
    with pytest.raises(TenantFileError) as caught:
        load_connector_catalogue(write_json(tmp_path, document))
    assert caught.value.problems == problems

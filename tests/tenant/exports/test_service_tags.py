"""ServiceTags_Public.json files: every malformed tag and prefix reported at once."""

from __future__ import annotations

import pytest

from pipelines.tenant.exports.document import TenantFileError
from pipelines.tenant.exports.service_tags import load_service_tags
from tests.fixtures_tenant import tags_document, write_json

# ---------------------------------------------------------------- malformed files

@pytest.mark.parametrize(
    ("document", "problems"),
    [
        ({"value": []}, ["values: expected a list of service tags "
                         "(ServiceTags_Public.json format)"]),
        ([], ["values: expected a list of service tags (ServiceTags_Public.json format)"]),
        (tags_document(("A", "", ["10.0.0.0/8", "10.0.0.0/33", "nonsense", "10.0.0.0/8/1"]),
              ("B", "", ["::1/129"])),
         ["values[0].properties.addressPrefixes[1]: '10.0.0.0/33' is not an IP prefix",
          "values[0].properties.addressPrefixes[2]: 'nonsense' is not an IP prefix",
          "values[0].properties.addressPrefixes[3]: '10.0.0.0/8/1' is not an IP prefix",
          "values[1].properties.addressPrefixes[0]: '::1/129' is not an IP prefix"]),
        (tags_document(("A", "", [7])), ["values[0].properties.addressPrefixes[0]: 7 is not an IP prefix"]),
        (tags_document(("A", "", []), ("A", "", [])), ["values[1].name: tag 'A' is defined twice"]),
        ({"values": [{"name": "A"}, {"properties": {}}, "x",
                     {"name": "B", "properties": {"addressPrefixes": "10.0.0.0/8"}}]},
         ["values[0].properties: expected an object", "values[1].name: expected the tag name",
          "values[2]: expected an object",
          "values[3].properties.addressPrefixes: expected a list"]),
    ],
)
def test_malformed_service_tag_files_list_every_problem(tmp_path, document, problems) -> None:
    path = write_json(tmp_path, document)
    with pytest.raises(TenantFileError) as caught:
        load_service_tags(path)
    assert caught.value.problems == problems
    assert caught.value.path == str(path)


def test_a_prefix_shared_by_two_tags_reports_both(tmp_path) -> None:
    path = write_json(tmp_path, tags_document(("A", "", ["bad/1"]), ("B", "", ["10.0.0.0/8", "bad/1"])))
    with pytest.raises(TenantFileError) as caught:
        load_service_tags(path)
    assert caught.value.problems == [
        "values[0].properties.addressPrefixes[0]: 'bad/1' is not an IP prefix",
        "values[1].properties.addressPrefixes[1]: 'bad/1' is not an IP prefix",
    ]

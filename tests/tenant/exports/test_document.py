"""Reading a tenant export: what PowerShell writes, JSON or YAML, one error type."""

from __future__ import annotations

import codecs
import json

import pytest

from pipelines.tenant.exports.document import TenantFileError, read_document
from tests.fixtures_tenant import write_text

# ------------------------------------------------------------------ read_document

@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", b""), ("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE),
     ("utf-16-be", codecs.BOM_UTF16_BE)],
)
def test_read_document_reads_what_powershell_writes(tmp_path, encoding, bom) -> None:
    path = tmp_path / "export.json"
    path.write_bytes(bom + json.dumps({"value": ["é"]}).encode(encoding))
    assert read_document(path) == {"value": ["é"]}


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.yaml", "value:\n  - westeurope\n", {"value": ["westeurope"]}),
        ("a.yml", "[1, 2]", [1, 2]),
        ("a.txt", '{"a": 1}', {"a": 1}),
        ("a.txt", "a: 1", {"a": 1}),
    ],
)
def test_read_document_reads_json_and_yaml(tmp_path, name, text, expected) -> None:
    assert read_document(write_text(tmp_path, text, name)) == expected


@pytest.mark.parametrize(
    ("name", "text", "problem"),
    [
        ("a.json", '{"a": 1,}', "invalid JSON at line 1 column 9"),
        ("a.yaml", "a: [1, 2", "invalid YAML at line 1"),
        ("a.json", "   \n", "file is empty"),
    ],
)
def test_read_document_reports_unparseable_files(tmp_path, name, text, problem) -> None:
    with pytest.raises(TenantFileError) as caught:
        read_document(write_text(tmp_path, text, name))
    assert caught.value.problems[0].startswith(problem)


def test_tenant_file_error_message_counts_problems() -> None:
    error = TenantFileError("x.json", ["a: bad", "b: worse"])
    assert str(error).startswith("x.json: 2 problems:")
    assert error.problems == ["a: bad", "b: worse"]
    assert TenantFileError("x.json", []).problems == ["unusable file"]

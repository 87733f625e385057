"""The driver's file calls (pipelines/files/storage.py) on local paths, and what they say
about URLs, without a store."""

from __future__ import annotations

import hashlib

import pytest

from pipelines.files import storage


@pytest.mark.parametrize("folder, names, joined", [
    ("azfs://acct/c/configs", ("../sample_data/tenant/x.json",), "azfs://acct/c/sample_data/tenant/x.json"),
    ("azfs://acct/c/out/", ("findings.jsonl",), "azfs://acct/c/out/findings.jsonl"),
    ("azfs://acct/c/out", (".staging-1", "a"), "azfs://acct/c/out/.staging-1/a"),
    ("gs://bucket/a/./b", ("c",), "gs://bucket/a/b/c"),
    ("/tmp/x", ("y",), "/tmp/x/y"),
])
def test_join(folder, names, joined):
    assert storage.join(folder, *names) == joined


@pytest.mark.parametrize("path, parent, name", [
    ("azfs://acct/c/configs/default.yaml", "azfs://acct/c/configs", "default.yaml"),
    ("azfs://acct/c/out/", "azfs://acct/c", "out"),
])
def test_parent_and_basename_of_urls(path, parent, name):
    assert storage.parent(path) == parent and storage.basename(path) == name


@pytest.mark.parametrize("folder_name", ["plain", "we[ird]", "star*", "what?", "sp ace"])
def test_list_files_takes_the_folder_name_literally(tmp_path, folder_name):
    folder = tmp_path / folder_name
    (folder / "sub").mkdir(parents=True)
    (folder / "findings-part-1.jsonl").write_bytes(b"a")
    (folder / "findings-part-2.jsonl").write_bytes(b"bb")
    (folder / "other.txt").write_bytes(b"c")
    (folder / "sub" / "findings-part-3.jsonl").write_bytes(b"d")
    (tmp_path / "plainer").mkdir()
    (tmp_path / "plainer" / "findings-part-9.jsonl").write_bytes(b"no")
    found = storage.list_files(str(folder), "findings-part*")
    assert [(entry.name, entry.size) for entry in found] == [
        ("findings-part-1.jsonl", 1), ("findings-part-2.jsonl", 2)]
    assert len(storage.list_files(str(folder))) == 4  # `**` crosses folders


def test_copy_returns_what_it_wrote(tmp_path):
    data = bytes(range(256)) * 10_000
    (tmp_path / "a").write_bytes(data)
    assert storage.copy_file(str(tmp_path / "a"), str(tmp_path / "new" / "b")) == (
        len(data), hashlib.sha256(data).hexdigest())
    assert (tmp_path / "new" / "b").read_bytes() == data
    assert storage.sha256_of(str(tmp_path / "a")) == (len(data), hashlib.sha256(data).hexdigest())
    storage.delete([str(tmp_path / "a"), str(tmp_path / "never-there")])
    assert not (tmp_path / "a").exists()


@pytest.mark.parametrize("paths, message", [
    (["/local/x", None], None),
    (["azfs://acct/c/x"], 'azfs:// paths need Beam\'s azure extra: pip install "flowaudit[azure]"'),
    (["gs://bucket/x"], 'gs:// paths need Beam\'s gcp extra: pip install "apache-beam[gcp]"'),
])
def test_a_url_whose_client_library_is_missing_is_named_with_the_install(paths, message,
                                                                        monkeypatch):
    monkeypatch.setattr(storage, "_importable", lambda module: False)
    assert storage.missing_extra(paths) == message


@pytest.mark.parametrize("paths, args, env, problem", [
    (["/local", None], [], None, False),
    (["azfs://acct/c/out"], [], None, True),
    (["azfs://acct/c/out"], ["--azure_connection_string=x"], None, False),
    (["azfs://acct/c/out"], ["--blob_service_endpoint", "https://acct.blob.core.windows.net"],
     None, False),
    (["azfs://acct/c/out"], [], "DefaultEndpointsProtocol=https;AccountName=acct", False),
    (["gs://bucket/out"], [], None, False),
])
def test_azfs_needs_a_way_to_the_account(paths, args, env, problem, monkeypatch):
    monkeypatch.delenv("AZURE_STORAGE_CONNECTION_STRING", raising=False)
    if env:
        monkeypatch.setenv("AZURE_STORAGE_CONNECTION_STRING", env)
    found = storage.azure_access_problem(paths, args)
    assert (found is not None) == problem
    if problem:
        assert "--azure_connection_string" in found and "--blob_service_endpoint" in found


def test_why_names_the_stores_own_reason():
    from apache_beam.io.filesystem import BeamIOError

    inner = BeamIOError("Exists operation failed", {"azfs://a/c/x": KeyError("gone")})
    outer = BeamIOError("Match operation failed", {"azfs://a/c/x": inner})
    assert storage.why(outer) == "KeyError: 'gone'"
    assert storage.why(OSError("no\nsecond line")) == "OSError: no"

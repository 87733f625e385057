"""Inputs, config, tenant exports and outputs on Azure Blob Storage (`azfs://`), against
Azurite: the same findings as a local run, publishing without rename that no reader
mistakes for a finished run until its marker is complete, and the ownership rules of a
local output folder."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pytest

from pipelines.files import storage
from pipelines.files.staging import (
    MARKER,
    OWNER_NOTE,
    STAGING_PREFIX,
    NotAFinishedRun,
    OutputRefused,
    RemoteStagingFolder,
    check_remote_output,
    read_marker,
    verified_bytes,
    verified_files,
)
from tests.azurite import ACCOUNT, running_azurite, skip_unless_available
from tests.conftest import ROOT, TEST_CONFIG, run_cli, write_jsonl


@pytest.fixture(scope="module")
def azurite(tmp_path_factory):
    executable = skip_unless_available()
    with running_azurite(executable, tmp_path_factory.mktemp("azurite")) as server:
        yield server


@pytest.fixture()
def blob_options(azurite, monkeypatch):
    """This process's file calls go to Azurite."""
    monkeypatch.setenv("AZURE_STORAGE_CONNECTION_STRING", azurite.connection_string)
    storage.use_options([])
    yield azurite
    storage.use_options([])


_containers = iter(range(1, 10_000))


def new_container(azurite) -> str:
    return azurite.container(f"c{os.getpid()}-{next(_containers)}")


def staged_run(output: str, files: dict[str, bytes]) -> RemoteStagingFolder:
    """A staging folder holding what a finished pipeline would have written."""
    staging = RemoteStagingFolder(output)
    for name, data in files.items():
        storage.write_bytes(storage.join(staging.path, name), data)
    return staging


# --- publishing without rename -------------------------------------------------------

def test_publish_writes_the_files_then_a_marker_that_matches_them(blob_options):
    output = new_container(blob_options) + "/audit"
    staged_run(output, {"findings.jsonl": b'{"a": 1}\n', "summary.json": b"{}\n"}).publish()
    assert blob_options.names(output) == [MARKER, "findings.jsonl", "summary.json"]
    files = verified_files(output)
    assert sorted(files) == ["findings.jsonl", "summary.json"]
    assert verified_bytes(output, "findings.jsonl") == b'{"a": 1}\n'


def test_a_second_run_replaces_the_first_and_removes_what_it_did_not_write(blob_options):
    output = new_container(blob_options) + "/audit"
    staged_run(output, {"findings.jsonl": b"one\n", "report.html": b"<p>one</p>"}).publish()
    staged_run(output, {"findings.jsonl": b"two\n", "summary.json": b"{}\n"}).publish()
    assert blob_options.names(output) == [MARKER, "findings.jsonl", "summary.json"]
    assert verified_bytes(output, "findings.jsonl") == b"two\n"


@pytest.mark.parametrize("damage, reason", [
    ("no marker", "no flowaudit _SUCCESS marker"),
    ("edited file", "differs from what the run wrote"),
    ("same size, other bytes", "differs from what the run wrote"),
    ("missing file", "missing or differs"),
    ("publishing", "stopped while it was being published"),
    ("foreign marker", "no flowaudit _SUCCESS marker"),
])
def test_readers_accept_only_a_folder_whose_marker_matches(blob_options, damage, reason):
    output = new_container(blob_options) + "/audit"
    staged_run(output, {"findings.jsonl": b"abc\n", "summary.json": b"{}\n"}).publish()
    marker = json.loads(blob_options.download(f"{output}/{MARKER}"))
    if damage == "no marker":
        blob_options.client().get_blob_client(*_parts(f"{output}/{MARKER}")).delete_blob()
    elif damage == "edited file":
        blob_options.upload(f"{output}/findings.jsonl", b"abc\nxyz\n")
    elif damage == "same size, other bytes":
        blob_options.upload(f"{output}/findings.jsonl", b"abd\n")
    elif damage == "missing file":
        blob_options.client().get_blob_client(*_parts(f"{output}/summary.json")).delete_blob()
    elif damage == "publishing":
        blob_options.upload(f"{output}/{MARKER}", json.dumps({**marker, "state": "publishing"})
                            .encode())
    elif damage == "foreign marker":
        blob_options.upload(f"{output}/{MARKER}", b"")
    with pytest.raises(NotAFinishedRun, match=reason):
        verified_bytes(output, "findings.jsonl")


def _parts(url: str) -> tuple[str, str]:
    container, _, blob = url[len(f"azfs://{ACCOUNT}/"):].partition("/")
    return container, blob


KILL_DURING_PUBLISH = """
import os, signal, sys
from pipelines.files import storage
from pipelines.files.staging import RemoteStagingFolder
storage.use_options([])
staging = RemoteStagingFolder(sys.argv[1])
for name in ("classifications.parquet", "findings.jsonl", "summary.json"):
    storage.write_bytes(storage.join(staging.path, name), b"new " + name.encode())
copy, copied = storage.copy_file, []
def copy_then_die(source, destination):
    if len(copied) == 2:
        os.kill(os.getpid(), signal.SIGKILL)
    copied.append(destination)
    return copy(source, destination)
storage.copy_file = copy_then_die
staging.publish()
"""


@pytest.mark.slow  # a subprocess that imports Beam
def test_a_run_killed_while_publishing_leaves_nothing_readers_accept(blob_options, tmp_path):
    """SIGKILL after two of three files were copied over a finished run: the folder is
    neither the old run nor the new one, and no reader takes it for either; the next
    run replaces it."""
    output = new_container(blob_options) + "/audit"
    staged_run(output, {"findings.jsonl": b"old\n", "report.html": b"old"}).publish()
    script = tmp_path / "kill.py"
    script.write_text(KILL_DURING_PUBLISH)
    env = dict(os.environ, PYTHONPATH=str(ROOT), **blob_options.env())
    done = subprocess.run([sys.executable, str(script), output], env=env, timeout=120,
                          capture_output=True)
    assert done.returncode == -signal.SIGKILL, done.stderr.decode()[-2000:]
    assert blob_options.download(f"{output}/findings.jsonl") == b"new findings.jsonl"
    marker = read_marker(output)
    assert marker["state"] == "publishing"
    assert set(marker["files"]) == {"classifications.parquet", "findings.jsonl",
                                    "report.html", "summary.json"}
    with pytest.raises(NotAFinishedRun, match="stopped while it was being published"):
        verified_bytes(output, "findings.jsonl")
    check_remote_output(output)  # still flowaudit's to replace
    staged_run(output, {"findings.jsonl": b"next\n"}).publish()
    assert verified_bytes(output, "findings.jsonl") == b"next\n"
    assert blob_options.names(output) == [MARKER, "findings.jsonl"]  # the dead run's staging too


def test_a_live_runs_staging_is_left_alone_and_a_dead_ones_removed(blob_options):
    output = new_container(blob_options) + "/audit"
    live = RemoteStagingFolder(output)
    storage.write_bytes(storage.join(live.path, "findings-part-1"), b"x")
    dead = f"{output}/{STAGING_PREFIX}deadbeef"
    note = json.loads(blob_options.download(f"{live.path}/{OWNER_NOTE}"))
    blob_options.upload(f"{dead}/{OWNER_NOTE}", json.dumps({**note, "pid": _dead_pid()}).encode())
    blob_options.upload(f"{dead}/findings-part-1", b"y")
    other_host = f"{output}/{STAGING_PREFIX}otherhost"
    blob_options.upload(f"{other_host}/{OWNER_NOTE}",
                        json.dumps({**note, "host": "elsewhere", "pid": 1}).encode())
    RemoteStagingFolder(output).discard()
    names = blob_options.names(output)
    assert f"{STAGING_PREFIX}deadbeef/findings-part-1" not in names
    assert f"{live.path.rsplit('/', 1)[1]}/findings-part-1" in names
    assert f"{STAGING_PREFIX}otherhost/{OWNER_NOTE}" in names


def _dead_pid() -> int:
    process = subprocess.Popen([sys.executable, "-c", "pass"])
    process.wait()
    return process.pid


@pytest.mark.parametrize("present, refused", [
    ([], False),
    (["notes.txt"], True),
    ([f"{STAGING_PREFIX}abc/findings-part-1"], False),  # a run's staging folder alone
    ([MARKER], False),
    ([MARKER, "findings.jsonl"], False),
    ([MARKER, "findings.jsonl", "mine.csv"], True),
    ([MARKER, "sub/findings.jsonl"], True),
    ([MARKER, f"{STAGING_PREFIX}abc/findings-part-1"], False),
])
def test_only_flowaudits_own_prefix_is_replaced(blob_options, present, refused):
    output = new_container(blob_options) + "/audit"
    for name in present:
        data = b"x"
        if name == MARKER:
            data = json.dumps({"tool": "flowaudit", "run_id": "r", "state": "complete",
                               "files": {"findings.jsonl": {"bytes": 1, "sha256": "0"}}}).encode()
        blob_options.upload(f"{output}/{name}", data)
    if refused:
        with pytest.raises(OutputRefused):
            check_remote_output(output)
    else:
        assert check_remote_output(output) == output


def test_an_input_inside_the_output_is_refused(blob_options):
    output = new_container(blob_options) + "/audit"
    with pytest.raises(OutputRefused, match="holds an input"):
        check_remote_output(output, [f"{output}/records/a.jsonl"])
    check_remote_output(output, [f"{output}-records/a.jsonl"])  # a neighbour is no input


# --- whole audits ------------------------------------------------------------------

def upload_sample(azurite, url: str) -> None:
    """The sample tenant and its config, in the same layout as in the repository, so
    that the config's relative paths resolve against its azfs:// folder."""
    azurite.upload_folder(ROOT / "sample_data", f"{url}/sample_data")
    azurite.upload(f"{url}/configs/default.yaml", (ROOT / "configs" / "default.yaml").read_bytes())


@pytest.mark.slow
def test_sample_tenant_from_azfs_into_azfs_matches_the_local_run(azurite, tmp_path):
    """Local or azfs:// inputs into an azfs:// output: findings.jsonl byte-identical to
    the local run's (a finding names its input file by its name among the inputs, and
    summary.json maps the names to where each run read them)."""
    local = run_cli("run", "--output", str(tmp_path / "local"), "--quiet")
    assert local.returncode == 1, local.stderr
    expected = (tmp_path / "local" / "findings.jsonl").read_bytes()
    count = len(expected.splitlines())
    assert count > 50
    only_output = new_container(azurite) + "/audit"
    done = run_cli("run", "--output", only_output, "--quiet", env=azurite.env())
    assert done.returncode == 1, done.stderr
    assert azurite.download(f"{only_output}/findings.jsonl") == expected

    source = new_container(azurite)
    upload_sample(azurite, source)
    output = new_container(azurite) + "/audits/contoso"
    remote = run_cli(
        "run", "--config", f"{source}/configs/default.yaml",
        "--records", f"{source}/sample_data/records",
        "--transfers", f"{source}/sample_data/transfers/*.*",
        "--output", output, f"--azure_connection_string={azurite.connection_string}",
        "--quiet")
    assert remote.returncode == 1, remote.stderr
    assert azurite.names(output) == sorted([
        MARKER, "classifications.parquet", "findings.jsonl", "findings.parquet",
        "rejected.jsonl", "report.html", "summary.json"])
    assert azurite.download(f"{output}/findings.jsonl") == expected
    local_summary = json.loads((tmp_path / "local" / "summary.json").read_text())
    remote_summary = json.loads(azurite.download(f"{output}/summary.json"))
    for key in ("records_read", "records_classified", "records_rejected", "transfers_read",
                "transfers_evaluated", "transfers_rejected", "findings_by_rule",
                "classification"):
        assert remote_summary[key] == local_summary[key], key
    assert remote_summary["files"] == local_summary["files"]
    assert {name: path.removeprefix(str(ROOT)) for name, path in
            local_summary["input_files"].items()} == {
        name: path.removeprefix(source) for name, path in remote_summary["input_files"].items()}
    # a reader of azfs:// outputs: the two runs hold the same findings
    compared = run_cli("diff", str(tmp_path / "local"), output, "--json",
                       env=azurite.env())
    assert compared.returncode == 0, compared.stderr
    assert json.loads(compared.stdout)["counts"] == {"new": 0, "resolved": 0, "unchanged": count}


@pytest.mark.slow
def test_a_killed_audit_leaves_nothing_accepted_and_the_next_one_publishes(azurite, tmp_path,
                                                                         config_file):
    """SIGKILL while the pipeline runs into a new azfs:// output: only the dead run's
    staging folder is there, `diff` and `baseline` refuse it; a second run into the same
    output publishes and removes the dead run's staging folder."""
    container = new_container(azurite)
    output = f"{container}/audit"
    records = write_jsonl(tmp_path / "records.jsonl", [
        {"record_id": f"r{i}", "dataset": "big", "environment": "prod",
         "note": f"Ticket {i}: customer asked about order {i * 7} and delivery to Leeds"}
        for i in range(4000)])
    azurite.upload(f"{container}/in/records.jsonl", records.read_bytes())
    env = dict(os.environ, PYTHONPATH=str(ROOT), **azurite.env())
    process = subprocess.Popen(
        [sys.executable, "-m", "pipelines", "run", "--config", str(config_file),
         "--records", f"{container}/in/records.jsonl", "--output", output],
        cwd=tmp_path, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 120
        while not any(n.startswith(STAGING_PREFIX) for n in azurite.names(output)):
            assert process.poll() is None, "the run ended before its staging folder appeared"
            assert time.monotonic() < deadline
            time.sleep(0.1)
        time.sleep(3.0)  # into the pipeline
        assert process.poll() is None, "the run finished before it could be killed"
        os.kill(process.pid, signal.SIGKILL)
    finally:
        process.kill()
        process.wait()
    assert process.returncode == -signal.SIGKILL
    names = azurite.names(output)
    assert names and all(name.startswith(STAGING_PREFIX) for name in names)
    for command in (["diff", output, output], ["baseline", output]):
        refused = run_cli(*command, env=azurite.env())
        assert refused.returncode == 2 and "no flowaudit _SUCCESS marker" in refused.stderr

    small = write_jsonl(tmp_path / "small.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "note": "fine"}])
    azurite.upload(f"{container}/in/small.jsonl", small.read_bytes())
    for run in (1, 2):  # the second replaces the first
        again = run_cli("run", "--config", str(config_file), "--records",
                        f"{container}/in/small.jsonl", "--output", output, "--quiet",
                        env=azurite.env())
        assert again.returncode == 0, again.stderr
        assert not any(n.startswith(STAGING_PREFIX) for n in azurite.names(output)), run
        summary = json.loads(azurite.download(f"{output}/summary.json"))
        assert summary["records_read"] == 1
    baseline = run_cli("baseline", output, env=azurite.env())
    assert baseline.returncode == 0 and baseline.stdout.strip().endswith("[]")


@pytest.mark.slow
def test_a_foreign_azfs_output_is_refused_before_anything_runs(azurite, tmp_path, config_file):
    container = new_container(azurite)
    azurite.upload(f"{container}/audit/keep-me.csv", b"a,b\n")
    records = write_jsonl(tmp_path / "records.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod", "note": "fine"}])
    refused = run_cli("run", "--config", str(config_file), "--records", str(records),
                      "--output", f"{container}/audit", env=azurite.env())
    assert refused.returncode == 2 and "did not make" in refused.stderr
    assert azurite.names(f"{container}/audit") == ["keep-me.csv"]


def test_config_and_tenant_exports_from_azfs(blob_options):
    """Relative paths in a config in object storage resolve against its folder."""
    from pipelines.config import load_config

    container = new_container(blob_options)
    upload_sample(blob_options, container)
    config = load_config(f"{container}/configs/default.yaml")
    assert config.tenant.name == "Contoso Ltd"
    assert {env.id for env in config.tenant.environments} >= {"contoso-prod", "contoso-dev"}
    assert len(config.tenant.policies.policies) == 2
    assert config.tenant.service_tags_file == \
        f"{container}/sample_data/tenant/ServiceTags_Public_contoso.json"


def test_a_missing_azfs_export_is_named_with_its_key(blob_options):
    from pipelines.config import ConfigError, load_config

    container = new_container(blob_options)
    blob_options.upload(f"{container}/tenant.yaml",
                        (TEST_CONFIG + "environment_files: [envs/missing.json]\n").encode())
    with pytest.raises(ConfigError) as error:
        load_config(f"{container}/tenant.yaml")
    assert error.value.problems == ["environment_files[0]: no such file 'envs/missing.json'"]


def test_history_in_object_storage(blob_options):
    """--history azfs://...: free run names, `latest` as a one-line file written after
    the run's marker, and `diff`'s history form resolving to the latest run."""
    from datetime import UTC, datetime

    from pipelines.runs.history import latest_run, new_run_folder, point_latest, run_folder

    history = new_container(blob_options) + "/nightly"
    now = datetime(2026, 11, 28, 2, 15, 7, tzinfo=UTC)
    assert latest_run(history) is None
    first = new_run_folder(history, now, pid=4242)
    assert first.startswith(f"{history}/20261128T021507Z-4242-")  # issue 14, D12
    staged_run(first, {"findings.jsonl": b"one\n"}).publish()
    point_latest(history, first)
    second = new_run_folder(history, now, pid=4242)
    assert second.startswith(f"{history}/20261128T021507Z-4242-") and second != first
    staged_run(second, {"findings.jsonl": b"two\n"}).publish()
    point_latest(history, second)
    assert blob_options.download(f"{history}/latest") == \
        second.rsplit("/", 1)[1].encode() + b"\n"
    assert latest_run(history) == second
    assert run_folder(history) == second and run_folder(first) == first
    assert verified_bytes(run_folder(history), "findings.jsonl") == b"two\n"


def test_a_missing_container_is_refused_with_the_stores_reason(blob_options):
    with pytest.raises(OutputRefused, match="container does not exist"):
        check_remote_output(f"azfs://{ACCOUNT}/no-such-container/audit")

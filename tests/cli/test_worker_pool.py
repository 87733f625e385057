"""A cluster-shaped run: the portable runner with `--environment_type=EXTERNAL`, a job
server and two SDK worker pools, each its own process, so that no worker shares the
driver's memory; inputs, config and output on Azure Blob Storage (Azurite), reached by
the workers through the job's `--azure_connection_string` alone. Findings must be
byte-identical to the default runner's."""

from __future__ import annotations

import json

import pytest

from pipelines.runs.summary import adds_up
from tests.azurite import running_azurite, skip_unless_available
from tests.conftest import ROOT, run_cli
from tests.worker_pool import job_server, worker_pools

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def azurite(tmp_path_factory):
    executable = skip_unless_available()
    with running_azurite(executable, tmp_path_factory.mktemp("azurite")) as server:
        yield server


def test_external_worker_pools_on_azurite_match_the_default_runner(azurite, tmp_path):
    local = run_cli("run", "--output", str(tmp_path / "local"), "--quiet")
    assert local.returncode == 1, local.stderr

    source = azurite.container("pool-inputs")
    azurite.upload_folder(ROOT / "sample_data", f"{source}/sample_data")
    azurite.upload(f"{source}/configs/default.yaml", (ROOT / "configs" / "default.yaml").read_bytes())
    output = azurite.container("pool-outputs") + "/contoso"
    with worker_pools(tmp_path) as (relay, _pids), job_server(tmp_path, workers=2) as port:
        remote = run_cli(
            "run", "--config", f"{source}/configs/default.yaml",
            "--records", f"{source}/sample_data/records",
            "--transfers", f"{source}/sample_data/transfers",
            "--output", output,
            "--runner=PortableRunner", f"--job_endpoint=localhost:{port}",
            "--environment_type=EXTERNAL", f"--environment_config=localhost:{relay.port}",
            f"--azure_connection_string={azurite.connection_string}",
            "--progress-seconds=2", timeout=600)
        connections = list(relay.connections)
    assert remote.returncode == 1, remote.stderr[-3000:]
    # two SDK workers started, each its own process: gRPC may carry both start requests
    # over one connection, so they need not reach different pools
    started = [(tmp_path / f"pool-{index}.log").read_text().count("Starting worker with command")
               for index in range(2)]
    assert sum(started) == 2 and sum(connections) >= 1, (started, connections)

    assert azurite.download(f"{output}/findings.jsonl") \
        == (tmp_path / "local" / "findings.jsonl").read_bytes()
    summary = json.loads(azurite.download(f"{output}/summary.json"))
    expected = json.loads((tmp_path / "local" / "summary.json").read_text())
    assert adds_up(summary)
    for key in ("records_read", "records_classified", "records_rejected", "transfers_read",
                "transfers_evaluated", "transfers_rejected", "classification"):
        assert summary[key] == expected[key], key
    # progress lines are read from a file the workers append to on this host; on workers
    # of other hosts they stop showing, and nothing else changes
    assert "flowaudit: progress:" in remote.stderr

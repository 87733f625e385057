"""A cluster-shaped local run: a job server and SDK worker pools, each its own process.

Beam's EXTERNAL environment names one worker-pool address; a cluster puts a service in
front of its pool processes (a Kubernetes Service before worker-pool pods). Here a
round-robin TCP relay on 127.0.0.1 stands for that service, so that the job's workers
start in two separate `worker_pool_main` processes, none in the driver.

Beam's local job service asks for one worker per environment, where a Flink or Spark job
server asks for one per slot; `JOB_SERVER` runs it with two, so that each pool gets one.
"""

from __future__ import annotations

import contextlib
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

from tests.processes import free_port, stop, wait_listening

BOOT = Path(__file__).with_name("worker_boot.py")


class RoundRobinRelay:
    """Hands each new TCP connection to the next backend in turn; counts them."""

    def __init__(self, backends: list[int]) -> None:
        self.backends = backends
        self.connections = [0] * len(backends)
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self._next = 0
        self._closing = False
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self._closing:
            try:
                client, _ = self.server.accept()
            except OSError:
                return
            index = self._next % len(self.backends)
            self._next += 1
            self.connections[index] += 1
            upstream = socket.create_connection(("127.0.0.1", self.backends[index]))
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pipe, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pipe(source: socket.socket, sink: socket.socket) -> None:
        with contextlib.suppress(OSError):
            while data := source.recv(1 << 16):
                sink.sendall(data)
        with contextlib.suppress(OSError):
            sink.shutdown(socket.SHUT_WR)

    def close(self) -> None:
        self._closing = True
        self.server.close()


@contextlib.contextmanager
def worker_pools(folder: Path, count: int = 2) -> Iterator[tuple[RoundRobinRelay, list[int]]]:
    """`count` worker-pool processes behind a relay; yields the relay and the pools' PIDs.
    Workers are started through tests/worker_boot.py, so they receive the job's options."""
    boot = folder / "boot.sh"
    boot.write_text(f'#!/bin/sh\nexec "{sys.executable}" "{BOOT}" "$@"\n')
    boot.chmod(boot.stat().st_mode | stat.S_IXUSR)
    env = dict(os.environ)
    env.pop("AZURE_STORAGE_CONNECTION_STRING", None)  # workers get it from the job only
    processes, ports = [], []
    try:
        for index in range(count):
            port = free_port()
            log = folder / f"pool-{index}.log"
            with log.open("wb") as output:
                process = subprocess.Popen(
                    [sys.executable, "-m", "apache_beam.runners.worker.worker_pool_main",
                     f"--service_port={port}", f"--container_executable={boot}"],
                    stdout=output, stderr=subprocess.STDOUT, env=env, start_new_session=True)
            processes.append(process)
            ports.append(port)
            wait_listening(port, process, f"worker pool {index}", log)
        relay = RoundRobinRelay(ports)
        try:
            yield relay, [process.pid for process in processes]
        finally:
            relay.close()
    finally:
        for process in processes:
            stop(process)


JOB_SERVER = """
import sys
from apache_beam.runners.portability import local_job_service, local_job_service_main
from apache_beam.runners.portability.fn_api_runner import fn_runner

class Parallel(fn_runner.FnApiRunner):
    # like a cluster's job server with parallelism N: N workers per environment
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._num_workers = int(sys.argv[1])

local_job_service.fn_runner.FnApiRunner = Parallel
local_job_service_main.run(["--port", sys.argv[2]])
"""


@contextlib.contextmanager
def job_server(folder: Path, workers: int = 2) -> Iterator[int]:
    """Beam's local job service in its own process, asking for `workers` workers per
    environment; yields its port."""
    port = free_port()
    log = folder / "job-server.log"
    with log.open("wb") as output:
        process = subprocess.Popen([sys.executable, "-c", JOB_SERVER, str(workers), str(port)],
                                   stdout=output, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    try:
        wait_listening(port, process, "job server", log)
        yield port
    finally:
        stop(process)

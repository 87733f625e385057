"""What Beam's SDK container `boot` does before it starts a Python worker, for a worker
pool outside a container: fetch the job's pipeline options from the provisioning service
and start `sdk_worker_main` with them.

`python -m apache_beam.runners.worker.worker_pool_main` alone starts each worker as a bare
`SdkHarness`, which never sees the pipeline's options: Beam's file systems then have no
`--azure_connection_string` (nor any other option) on that worker. In production the
pool runs inside Beam's SDK container (`--worker_pool`), whose `boot` does this; tests
pass this script as the pool's `--container_executable` (wrapped in a small shell script
that names this interpreter).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

import grpc
from apache_beam.portability.api import (
    beam_provision_api_pb2,
    beam_provision_api_pb2_grpc,
    endpoints_pb2,
)
from google.protobuf import json_format, text_format


def main(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    for name in ("id", "logging_endpoint", "artifact_endpoint", "provision_endpoint",
                 "control_endpoint"):
        parser.add_argument(f"--{name}", required=True)
    args, _ = parser.parse_known_args(argv)
    with grpc.insecure_channel(args.provision_endpoint) as channel:
        info = beam_provision_api_pb2_grpc.ProvisionServiceStub(channel).GetProvisionInfo(
            beam_provision_api_pb2.GetProvisionInfoRequest(),
            metadata=[("worker_id", args.id)]).info
    env = dict(os.environ)
    env.update(
        WORKER_ID=args.id,
        PIPELINE_OPTIONS=json_format.MessageToJson(info.pipeline_options),
        CONTROL_API_SERVICE_DESCRIPTOR=text_format.MessageToString(
            endpoints_pb2.ApiServiceDescriptor(url=args.control_endpoint)),
        LOGGING_API_SERVICE_DESCRIPTOR=text_format.MessageToString(
            endpoints_pb2.ApiServiceDescriptor(url=args.logging_endpoint)),
        SEMI_PERSISTENT_DIRECTORY=tempfile.mkdtemp(prefix="flowaudit-worker-"),
    )
    os.execve(sys.executable,
              [sys.executable, "-m", "apache_beam.runners.worker.sdk_worker_main"], env)


if __name__ == "__main__":
    main(sys.argv[1:])

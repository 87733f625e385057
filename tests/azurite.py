"""Azurite, Microsoft's open-source Azure Storage emulator, for tests against a real Blob
Storage API: started on 127.0.0.1 on a free port with a fresh folder, stopped by PID.

Found as `$FLOWAUDIT_AZURITE` (the `azurite-blob` executable) or `azurite-blob` on PATH
(`npm install -g azurite@3.37`, as `.ci/run` does); tests skip with that reason where it
is missing, or where Beam's Azure extra is not installed (`pip install ".[azure]"`).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.processes import free_port, stop, wait_listening

ACCOUNT = "devstoreaccount1"
# Azurite's documented well-known development key: not a secret.
KEY = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
INSTALL = "npm install -g azurite@3.37"


def azurite_executable() -> str | None:
    return os.environ.get("FLOWAUDIT_AZURITE") or shutil.which("azurite-blob")


def skip_unless_available() -> str:
    """The executable, or skip the test saying what is missing."""
    try:
        import azure.storage.blob  # noqa: F401
    except ImportError:
        pytest.skip("Beam's Azure extra is not installed: pip install '.[azure]'")
    executable = azurite_executable()
    if not executable:
        pytest.skip(f"azurite is not installed ({INSTALL}, or set FLOWAUDIT_AZURITE)")
    return executable


@dataclass
class Azurite:
    port: int
    pid: int

    @property
    def connection_string(self) -> str:
        return (f"DefaultEndpointsProtocol=http;AccountName={ACCOUNT};AccountKey={KEY};"
                f"BlobEndpoint=http://127.0.0.1:{self.port}/{ACCOUNT};")

    def client(self):
        from azure.storage.blob import BlobServiceClient

        return BlobServiceClient.from_connection_string(self.connection_string)

    def container(self, name: str) -> str:
        """A new, empty container; its azfs:// URL."""
        self.client().create_container(name)
        return f"azfs://{ACCOUNT}/{name}"

    def upload(self, url: str, data: bytes) -> None:
        container, blob = _split(url)
        self.client().get_blob_client(container, blob).upload_blob(data, overwrite=True)

    def upload_folder(self, folder: Path, url: str) -> None:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                self.upload(f"{url}/{path.relative_to(folder).as_posix()}", path.read_bytes())

    def download(self, url: str) -> bytes:
        container, blob = _split(url)
        return self.client().get_blob_client(container, blob).download_blob().readall()

    def names(self, url: str) -> list[str]:
        """Blob names below an azfs:// folder, relative to it."""
        container, prefix = _split(url.rstrip("/") + "/")
        blobs = self.client().get_container_client(container).list_blobs(
            name_starts_with=prefix)
        return sorted(blob.name[len(prefix):] for blob in blobs)

    def env(self) -> dict[str, str]:
        return {"AZURE_STORAGE_CONNECTION_STRING": self.connection_string}


def _split(url: str) -> tuple[str, str]:
    container, _, blob = url[len(f"azfs://{ACCOUNT}/"):].partition("/")
    return container, blob


@contextlib.contextmanager
def running_azurite(executable: str, folder: Path) -> Iterator[Azurite]:
    """Azurite's Blob service on 127.0.0.1, data in `folder`, stopped by its PID."""
    port = free_port()
    log_path = folder / "azurite.log"
    with log_path.open("wb") as log:
        process = subprocess.Popen(
            [executable, "--blobHost", "127.0.0.1", "--blobPort", str(port),
             "--location", str(folder / "data"), "--silent", "--disableTelemetry",
             "--skipApiVersionCheck", "--loose"],
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_listening(port, process, "azurite", log_path, seconds=30)
        yield Azurite(port, process.pid)
    finally:
        stop(process)

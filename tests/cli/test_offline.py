"""No network at run time: the whole audit runs with outbound connections refused."""

from __future__ import annotations

import json
import socket

import pytest

from pipelines.cli.main import main
from tests.conftest import write_jsonl

LOOPBACK = ("127.0.0.1", "::1", "localhost")


@pytest.fixture()
def no_network(monkeypatch):
    """Refuse every connection and name lookup that leaves the machine, and record them."""
    attempts: list[str] = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and (host in LOOPBACK or host.startswith("127.")):
            return real_connect(sock, address)
        attempts.append(f"connect {host}")
        raise OSError("network access blocked by test")

    def getaddrinfo(host, *args, **kwargs):
        if host in LOOPBACK or host is None or str(host).startswith("127."):
            return real_getaddrinfo(host, *args, **kwargs)
        attempts.append(f"lookup {host}")
        raise socket.gaierror("network access blocked by test")

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection",
                        lambda address, *a, **k: connect(socket.socket(), address))
    return attempts


@pytest.fixture()
def fresh_tldextract(monkeypatch, tmp_path):
    """As on a new machine: tldextract's default extractor with an empty cache, which
    would fetch the public-suffix list on first use."""
    import tldextract
    import tldextract.tldextract as module

    monkeypatch.setattr(module, "TLD_EXTRACTOR",
                        tldextract.TLDExtract(cache_dir=str(tmp_path / "tld-cache")))


@pytest.mark.slow
def test_audit_runs_offline(no_network, fresh_tldextract, tmp_path, config_file, capsys):
    # e-mail addresses and URLs make Presidio call tldextract, the usual culprit
    records = write_jsonl(tmp_path / "r.jsonl", [
        {"record_id": "a", "dataset": "d", "environment": "prod",
         "note": "write to someone@example.co.uk or see https://contoso.com/help"},
        {"record_id": "b", "dataset": "d", "environment": "prod", "email": "x.y@sub.example.org"},
    ])
    transfers = write_jsonl(tmp_path / "t.jsonl", [
        {"transfer_id": "T1", "timestamp": "2026-10-01T00:00:00Z", "source_environment": "prod",
         "destination_region": "eastus", "dataset": "d"}])
    out = tmp_path / "out"
    code = main(["run", "--config", str(config_file), "--records", str(records),
                 "--transfers", str(transfers), "--output", str(out)])
    assert code == 1, capsys.readouterr().err
    assert no_network == []
    findings = [json.loads(line) for line in (out / "findings.jsonl").open()]
    assert [(f["rule"], f["personal_records"]) for f in findings] == [
        ("personal-data-outside-geo", 2)]

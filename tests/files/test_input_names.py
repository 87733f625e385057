"""Input files as outputs name them: the shortest ending of the path no other input
shares, the same wherever the inputs lie."""

from __future__ import annotations

import pytest

from pipelines.files.inputs import input_names


@pytest.mark.parametrize(("paths", "expected"), [
    ([], {}),
    (["/data/records/contacts.jsonl"], {"/data/records/contacts.jsonl": "contacts.jsonl"}),
    (["/data/records/contacts.jsonl", "/data/transfers/flows.jsonl"],
     {"/data/records/contacts.jsonl": "contacts.jsonl",
      "/data/transfers/flows.jsonl": "flows.jsonl"}),
    (["/data/eu/contacts.jsonl", "/data/us/contacts.jsonl", "/data/us/tickets.csv"],
     {"/data/eu/contacts.jsonl": "eu/contacts.jsonl",
      "/data/us/contacts.jsonl": "us/contacts.jsonl", "/data/us/tickets.csv": "tickets.csv"}),
    (["/a/x/2024/01/log.json", "/a/y/2024/01/log.json"],
     {"/a/x/2024/01/log.json": "x/2024/01/log.json",
      "/a/y/2024/01/log.json": "y/2024/01/log.json"}),
    (["/in/a/b.json", "/in/x/a/b.json"],  # one path ends the other
     {"/in/a/b.json": "in/a/b.json", "/in/x/a/b.json": "x/a/b.json"}),
    (["azfs://acct/box/in/records/contacts.jsonl"],
     {"azfs://acct/box/in/records/contacts.jsonl": "contacts.jsonl"}),
    (["/in/b.json", "azfs://in/b.json"],  # nothing tells them apart but the scheme
     {"/in/b.json": "/in/b.json", "azfs://in/b.json": "azfs://in/b.json"}),
])
def test_input_names(paths, expected):
    assert input_names(paths) == expected


def test_names_do_not_depend_on_where_the_inputs_lie():
    files = ["records/eu/contacts.jsonl", "records/us/contacts.jsonl", "transfers/t.jsonl"]
    local = input_names([f"/home/ana/audit/{f}" for f in files])
    remote = input_names([f"azfs://contoso/audits/2026/{f}" for f in files])
    assert sorted(local.values()) == sorted(remote.values()) == [
        "eu/contacts.jsonl", "t.jsonl", "us/contacts.jsonl"]

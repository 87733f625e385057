"""The malloc arena limit the CLI sets before any worker process starts."""

from __future__ import annotations

import os
import platform

import pytest

from pipelines.cli.memory import ARENAS, limit_malloc_arenas


def test_sets_the_limit_for_this_process_and_its_workers(monkeypatch):
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    applied = limit_malloc_arenas()
    assert os.environ["MALLOC_ARENA_MAX"] == str(ARENAS)  # inherited by worker processes
    if platform.system() == "Linux" and platform.libc_ver()[0] == "glibc":
        assert applied


@pytest.mark.parametrize("users", ["1", "8"])
def test_a_limit_the_user_set_wins(monkeypatch, users):
    monkeypatch.setenv("MALLOC_ARENA_MAX", users)
    assert not limit_malloc_arenas()
    assert os.environ["MALLOC_ARENA_MAX"] == users

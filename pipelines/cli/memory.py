"""Fewer malloc arenas for the audit's processes.

glibc gives threads that allocate at the same time arenas of their own (up to eight per
core) and seldom returns what is freed in them. Beam's driver and workers move data in
many threads (gRPC, one per worker bundle), so their resident memory kept the high-water
mark of every stage: at 200,000 records the last stages added about 300 MiB over the
classification stage; with two it peaked about 100 MiB lower (README, "Performance").
"""

from __future__ import annotations

import ctypes
import ctypes.util
import os

ARENAS = 2
_M_ARENA_MAX = -8  # glibc's mallopt parameter number


def limit_malloc_arenas(arenas: int = ARENAS) -> bool:
    """For this process (mallopt) and the worker processes it starts (MALLOC_ARENA_MAX,
    read when they start). A value the user set wins; elsewhere than glibc, nothing
    happens. True if the limit was set here."""
    if "MALLOC_ARENA_MAX" in os.environ:
        return False
    os.environ["MALLOC_ARENA_MAX"] = str(arenas)
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(_M_ARENA_MAX, arenas))
    except (OSError, AttributeError):  # not glibc: the environment variable is harmless
        return False

"""Files that flowaudit reads whole (the config, tenant exports, a baseline): a regular
file only, and no larger than a cap.

`/dev/zero` as a policy file would fill memory, and a FIFO (a named pipe) as `--config`
would block for ever, so a path is opened without blocking and judged by what it is
before a byte is read. The cap is `DEFAULT_MAX_FILE_BYTES`, or the environment variable
`FLOWAUDIT_MAX_FILE_BYTES` (bytes, or with a K/M/G suffix) for tenants whose exports are
larger; it is read where the file is read, so a runner's workers honour it too.
"""

from __future__ import annotations

import glob
import os
import re
import stat

from pipelines.files.readers import size_text

DEFAULT_MAX_FILE_BYTES = 256 * 1024 * 1024
"""Twenty times Microsoft's ServiceTags_Public.json, far more than any config or policy."""
ENVIRONMENT_VARIABLE = "FLOWAUDIT_MAX_FILE_BYTES"
_UNITS = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}


class UnreadableFile(OSError):
    """A file flowaudit will not read: not a regular file, or too large. The message
    says which and how to proceed (callers name the file); it never quotes content."""


def max_file_bytes() -> int:
    """The cap: FLOWAUDIT_MAX_FILE_BYTES when set to a size, else the default."""
    text = os.environ.get(ENVIRONMENT_VARIABLE, "").strip().lower()
    match = re.fullmatch(r"(\d+)\s*([kmg]?)(?:i?b)?", text)
    if not match:
        return DEFAULT_MAX_FILE_BYTES
    return max(1, int(match.group(1)) * _UNITS[match.group(2)])


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def open_regular(path: str | os.PathLike):
    """A binary file object for a regular file (of any size), checked once opened: a
    named pipe or a device raises UnreadableFile instead of blocking or never ending."""
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise UnreadableFile("it is a folder, not a file") from None
    handle = os.fdopen(descriptor, "rb")
    mode = os.fstat(descriptor).st_mode
    if not stat.S_ISREG(mode):
        handle.close()
        raise UnreadableFile(f"it is {_kind(mode)}, not a regular file")
    return handle


def read_bounded(path: str | os.PathLike) -> bytes:
    """The bytes of a regular file of at most `max_file_bytes()`.

    Raises FileNotFoundError for a missing file, UnreadableFile for anything that is not
    a regular file (checked on the opened file, so a swapped path cannot slip through)
    or is too large, and OSError as `open` does.
    """
    limit = max_file_bytes()
    if "://" in os.fspath(path):
        return _read_remote(os.fspath(path), limit)
    try:
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise UnreadableFile("it is a folder, not a file") from None
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if not stat.S_ISREG(mode):
            raise UnreadableFile(f"it is {_kind(mode)}, not a regular file")
        if os.fstat(descriptor).st_size > limit:
            raise UnreadableFile(_too_large(limit))
        data = handle.read(limit + 1)  # a file that grows while read, or /proc's size 0
    if len(data) > limit:
        raise UnreadableFile(_too_large(limit))
    return data


def _read_remote(url: str, limit: int) -> bytes:
    """A file in object storage (a blob is always a regular file): its listed size first,
    then at most `limit` + 1 bytes."""
    from pipelines.files import storage

    listed = [entry for entry in storage.list_files(storage.parent(url),
                                                   glob.escape(storage.basename(url)))
              if entry.path == url]
    if not listed:
        raise FileNotFoundError(url)
    if listed[0].size > limit:
        raise UnreadableFile(_too_large(limit))
    with storage.open_read(url) as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:
        raise UnreadableFile(_too_large(limit))
    return data


def _too_large(limit: int) -> str:
    return (f"it is larger than {size_text(limit)}, the most flowaudit reads of a file it "
            f"loads whole (set {ENVIRONMENT_VARIABLE} to allow more)")


def read_bounded_text(path: str | os.PathLike) -> str:
    """`read_bounded` decoded as UTF-8 (a byte-order mark is dropped)."""
    return read_bounded(path).decode("utf-8-sig")

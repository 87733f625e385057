"""Files by name, local or in object storage, through Beam's `FileSystems`.

The driver reads and writes outputs, shards and tenant exports with these few calls, so
that `--output azfs://account/container/audit` works as a local folder does. Object
storage has no folders and no rename: a "folder" is a name prefix ending in `/`, and a
file appears whole when its writer closes it. Local paths go through Beam's local file
system, which creates parent folders as needed.
"""

from __future__ import annotations

import glob
import hashlib
import os
import posixpath
import warnings
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from apache_beam.io.filesystem import CompressionTypes
from apache_beam.io.filesystems import FileSystems

BLOCK = 1 << 20


def is_remote(path: str | os.PathLike) -> bool:
    """A URL of one of Beam's file systems (`azfs://`, `gs://`, `s3://`), not a local path."""
    return "://" in os.fspath(path)


def join(folder: str | os.PathLike, *names: str) -> str:
    """A name inside a folder; in a URL, `..` and `.` are resolved as in a local path."""
    folder = os.fspath(folder)
    if is_remote(folder):
        scheme, _, rest = "/".join([folder.rstrip("/"), *names]).partition("://")
        return f"{scheme}://{posixpath.normpath(rest)}"
    return os.path.join(folder, *names)


def parent(path: str) -> str:
    """The folder a file or folder lies in (for a URL, up to its last `/`)."""
    if is_remote(path):
        return path.rstrip("/").rsplit("/", 1)[0]
    return os.path.dirname(os.path.abspath(path))


def basename(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1] if is_remote(path) else os.path.basename(path)


@dataclass(frozen=True)
class Entry:
    path: str
    size: int

    @property
    def name(self) -> str:
        return basename(self.path)


def list_files(folder: str, pattern: str = "**") -> list[Entry]:
    """Files below `folder` whose path relative to it matches `pattern` (`*` stays within
    one level, `**` crosses them), sorted by path. The folder's own name is escaped, so
    a `[` or `*` in it is that character. A store that cannot be listed raises: an
    empty answer would read as "no shard", i.e. no finding."""
    escaped = glob.escape(folder.rstrip("/") if is_remote(folder) else os.path.abspath(folder))
    separator = "/" if is_remote(folder) else os.sep
    with warnings.catch_warnings():  # Beam's regex warns about the escaped `[[]`
        warnings.simplefilter("ignore", FutureWarning)
        found = FileSystems.match([escaped + separator + pattern])[0].metadata_list
    return sorted((Entry(m.path, m.size_in_bytes) for m in found if not m.path.endswith("/")),
                  key=lambda entry: entry.path)


def open_read(path: str):
    """A binary stream of the file's bytes as stored (no decompression by name)."""
    return FileSystems.open(path, compression_type=CompressionTypes.UNCOMPRESSED)


def open_write(path: str, mime_type: str = "application/octet-stream"):
    """A binary stream that replaces the file; on object storage the file appears, whole,
    when the stream is closed."""
    return FileSystems.create(path, mime_type=mime_type,
                              compression_type=CompressionTypes.UNCOMPRESSED)


def read_bytes(path: str) -> bytes:
    with open_read(path) as handle:
        return handle.read()


def write_bytes(path: str, data: bytes, mime_type: str = "application/octet-stream") -> None:
    with open_write(path, mime_type) as handle:
        handle.write(data)


def exists(path: str) -> bool:
    try:
        return FileSystems.exists(path)
    except Exception:  # noqa: BLE001 - an unreachable store cannot show the file is there
        return False


def delete(paths: Iterable[str]) -> None:
    """Delete files; one already gone is no error."""
    paths = [path for path in paths if exists(path)]
    if paths:
        FileSystems.delete(paths)


def copy_file(source: str, destination: str) -> tuple[int, str]:
    """Copy by streaming the bytes through this process: (size, SHA-256 hex) of what was
    written. Beam's own copy on Azure starts a server-side copy that may still be
    pending when it returns, and builds the source URL for Azure's public cloud only;
    a stream is complete when it is closed, on every file system."""
    digest, size = hashlib.sha256(), 0
    with open_read(source) as reader, open_write(destination) as writer:
        for block in iter(lambda: reader.read(BLOCK), b""):
            digest.update(block)
            size += len(block)
            writer.write(block)
    return size, digest.hexdigest()


def sha256_of(path: str) -> tuple[int, str]:
    """(size, SHA-256 hex) of a file's bytes."""
    digest, size = hashlib.sha256(), 0
    with open_read(path) as reader:
        for block in iter(lambda: reader.read(BLOCK), b""):
            digest.update(block)
            size += len(block)
    return size, digest.hexdigest()


def use_options(beam_args: Sequence[str]) -> None:
    """Let the driver's file calls see the run's Beam options (e.g.
    `--azure_connection_string`) before the pipeline exists; Beam sets them again when
    it builds the pipeline, and on every worker."""
    from apache_beam.options.pipeline_options import PipelineOptions

    FileSystems.set_options(PipelineOptions(list(beam_args)))


EXTRAS = {"azfs": ("azure.storage.blob", "azure"), "gs": ("google.cloud.storage", "gcp"),
          "s3": ("boto3", "aws")}


def missing_extra(paths: Iterable[str | os.PathLike | None]) -> str | None:
    """What to install for the URLs among `paths` whose file system lacks its client
    library (Beam registers `azfs://` without it, and fails only on first use)."""
    for path in paths:
        if path is None or not is_remote(path):
            continue
        scheme = os.fspath(path).split("://", 1)[0]
        module, extra = EXTRAS.get(scheme, (None, None))
        if module and not _importable(module):
            hint = 'pip install "flowaudit[azure]"' if extra == "azure" \
                else f'pip install "apache-beam[{extra}]"'
            return f"{scheme}:// paths need Beam's {extra} extra: {hint}"
    return None


def _importable(module: str) -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def why(error: BaseException) -> str:
    """A short reason for a store's error: Beam wraps the client's exception (e.g. "The
    specified container does not exist.") in a BeamIOError whose own text is long."""
    details = getattr(error, "exception_details", None)
    while isinstance(details, dict) and details:
        error = next(iter(details.values()))
        details = getattr(error, "exception_details", None)
    text = str(getattr(error, "message", None) or error).strip().splitlines()
    reason = text[0][:200] if text else ""
    return f"{type(error).__name__}: {reason}" if reason else type(error).__name__


def azure_access_problem(paths: Iterable[str | os.PathLike | None],
                         beam_args: Sequence[str]) -> str | None:
    """For azfs:// paths, how the run would reach the account: a connection string (option
    or environment) or an endpoint for Azure's credential chain. Without any, Beam's client
    fails on first use with an error that does not say this."""
    if not any(path is not None and os.fspath(path).startswith("azfs://") for path in paths):
        return None
    given = {arg.split("=", 1)[0] for arg in beam_args}
    if given & {"--azure_connection_string", "--blob_service_endpoint"} \
            or os.environ.get("AZURE_STORAGE_CONNECTION_STRING"):
        return None
    return ("azfs:// paths need the storage account: --azure_connection_string, the "
            "AZURE_STORAGE_CONNECTION_STRING environment variable, or --blob_service_endpoint "
            "(with Azure's credential chain, e.g. a managed identity)")

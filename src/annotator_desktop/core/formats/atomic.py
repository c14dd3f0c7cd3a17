"""Safe file writes: a temporary file in the same folder, fsynced, then renamed over the target."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

PARALLEL_FROM = 16  # files; fewer are written one after the other


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Writes ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace(path, data)
    _fsync_dir(path.parent)
    return path


def atomic_write_many(files: Iterable[tuple[Path, bytes]]) -> list[Path]:
    """:func:`atomic_write_bytes` for many files: each file is still written to a temporary
    file, fsynced and renamed, but up to 8 at a time (fsync waits on the disk, not the CPU),
    and each folder is synced once at the end. Returns the paths in the order given. On an error
    the remaining files are not written; every file is either whole (old or new) or absent."""
    items = [(Path(path), data) for path, data in files]
    folders = list(dict.fromkeys(path.parent for path, _ in items))
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    if len(items) < PARALLEL_FROM:
        for path, data in items:
            _replace(path, data)
    else:
        with ThreadPoolExecutor(max_workers=8, thread_name_prefix="atomic-write") as pool:
            for _ in pool.map(lambda item: _replace(*item), items):
                pass
    for folder in folders:
        _fsync_dir(folder)
    return [path for path, _ in items]


def _replace(path: Path, data: bytes) -> None:
    """Temporary file beside ``path``, written and fsynced, then renamed over ``path``."""
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name[:40]}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise


def atomic_write_text(path: Path, text: str, encoding: str = "utf-8") -> Path:
    """:func:`atomic_write_bytes` of ``text`` encoded (UTF-8 by default, ``\\n`` line ends)."""
    return atomic_write_bytes(path, text.encode(encoding))


def _fsync_dir(folder: Path) -> None:
    """Makes the rename durable (POSIX); a no-op where folders cannot be opened (Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)

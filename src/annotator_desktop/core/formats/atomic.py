"""Safe file writes: a temporary file in the same folder, fsynced, then renamed over the target."""

from __future__ import annotations

import contextlib
import os
import secrets
import shutil
import tempfile
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from annotator_desktop.core.formats.progress import Steps

PARALLEL_FROM = 16  # files; fewer are written one after the other


def atomic_write_bytes(path: Path, data: bytes) -> Path:
    """Writes ``data`` to ``path`` so that readers see the old file or the whole new one."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    _replace(path, data)
    _fsync_dir(path.parent)
    return path


def atomic_write_many(
    files: Iterable[tuple[Path, bytes]], steps: Steps | None = None
) -> list[Path]:
    """:func:`atomic_write_bytes` for many files: each file is still written to a temporary
    file, fsynced and renamed, but up to 8 at a time (fsync waits on the disk, not the CPU),
    and each folder is synced once at the end. Returns the paths in the order given. On an error
    the remaining files are not written; every file is either whole (old or new) or absent.
    ``steps`` counts one step per file and stops the writing when cancelled."""
    items = [(Path(path), data) for path, data in files]
    folders = list(dict.fromkeys(path.parent for path, _ in items))
    for folder in folders:
        folder.mkdir(parents=True, exist_ok=True)
    steps = steps or Steps()

    def write(item: tuple[Path, bytes]) -> None:
        steps.check()  # a cancelled export starts no more files
        _replace(*item)

    if len(items) < PARALLEL_FROM:
        for item in items:
            write(item)
            steps.step()
    else:
        with ThreadPoolExecutor(max_workers=8, thread_name_prefix="atomic-write") as pool:
            for _ in pool.map(write, items):
                steps.step()
    for folder in folders:
        _fsync_dir(folder)
    return [path for path, _ in items]


def write_folder_staged(folder: Path, fill: Callable[[Path], list[Path]]) -> list[Path]:
    """Fills ``folder`` all or nothing: ``fill`` writes into a hidden staging folder beside it,
    whose files are then moved in (or which is renamed to ``folder`` if that does not exist).
    On an error or a cancel the staging folder is removed and ``folder`` is left as it was.
    Returns the moved files' paths in ``folder`` (resolved), in ``fill``'s order."""
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"{folder} exists and is not a folder")
    folder.parent.mkdir(parents=True, exist_ok=True)
    stage = _new_stage(folder)
    try:
        names = [path.name for path in fill(stage.resolve())]
        if not folder.exists():
            os.replace(stage, folder)
        else:
            for name in names:
                os.replace(stage / name, folder / name)
        _fsync_dir(folder)
        _fsync_dir(folder.parent)
    finally:
        shutil.rmtree(stage, ignore_errors=True)
    target = folder.resolve()
    return [target / name for name in names]


def _new_stage(folder: Path) -> Path:
    """An empty hidden folder beside ``folder`` (made with the usual permissions, unlike
    ``mkdtemp``'s owner-only ones: it may become the export folder itself)."""
    while True:
        stage = folder.parent / f".{folder.name[:40]}.{secrets.token_hex(4)}.tmp"
        try:
            stage.mkdir()
        except FileExistsError:
            continue
        return stage


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

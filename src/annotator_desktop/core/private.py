"""Private files: the data folder 0700, every file in it 0600 (created so, fixed on start).

Other local users must not read the cache, drafts, images or logs. :func:`secure_tree` tightens
an existing folder (older versions created 0755 / 0644); it never follows symbolic links.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

DIR_MODE = 0o700
FILE_MODE = 0o600


def make_private_dir(path: Path) -> Path:
    """Creates ``path`` (and parents) if missing and makes it 0700."""
    path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
    _tighten(path, DIR_MODE)
    return path


def touch_private(path: Path) -> None:
    """Creates an empty 0600 file if missing (so that a later writer keeps the mode)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE))
    _tighten(path, FILE_MODE)


def _tighten(path: Path, mode: int) -> None:
    with contextlib.suppress(OSError):
        st = os.lstat(path)
        if stat.S_ISLNK(st.st_mode):
            return
        if stat.S_IMODE(st.st_mode) & ~mode:
            os.chmod(path, mode)


def secure_tree(root: Path) -> None:
    """Makes ``root`` and every folder below 0700 and every file 0600 (links left alone)."""
    if not root.is_dir():
        return
    _tighten(root, DIR_MODE)
    for folder, dirs, files in os.walk(root, followlinks=False):
        base = Path(folder)
        for name in dirs:
            _tighten(base / name, DIR_MODE)
        for name in files:
            _tighten(base / name, FILE_MODE)

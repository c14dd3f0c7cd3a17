"""Content-addressed files: ``<assets dir>/<sha256>``, written to a temp file then renamed."""

from __future__ import annotations

import hashlib
import os
import re
import tempfile
from pathlib import Path

from sqlmodel import Session

from annotator_desktop.server.db import utcnow
from annotator_desktop.server.models import AssetRow

SHA256_RE = re.compile(r"^[0-9a-f]{64}$")


def asset_path(assets_dir: Path, sha256: str) -> Path:
    if not SHA256_RE.match(sha256):
        raise ValueError("not a sha256 hex digest")
    return assets_dir / sha256


def record(session: Session, sha: str, size: int, mime: str) -> AssetRow:
    """The asset's row, added when new (the file is in place already)."""
    row = session.get(AssetRow, sha)
    if row is None:
        row = AssetRow(sha256=sha, size=size, mime=mime, created_at=utcnow())
        session.add(row)
    return row


def new_upload(assets_dir: Path) -> tuple[int, Path]:
    """An open temporary file in the asset folder (same file system: the rename is atomic)."""
    assets_dir.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=assets_dir, prefix=".upload-")
    return fd, Path(tmp)


def keep_upload(tmp: Path, assets_dir: Path, sha: str) -> None:
    """Sync the finished upload and move it to its name (or drop it: the bytes are there)."""
    target = asset_path(assets_dir, sha)
    if target.exists():
        tmp.unlink(missing_ok=True)
        return
    with tmp.open("rb+") as fh:
        os.fsync(fh.fileno())
    os.replace(tmp, target)


def store_bytes(session: Session, assets_dir: Path, data: bytes, mime: str) -> AssetRow:
    """Save ``data`` under its hash (idempotent) and record it."""
    sha = hashlib.sha256(data).hexdigest()
    target = asset_path(assets_dir, sha)
    if not target.exists():
        assets_dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=assets_dir, prefix=".upload-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    return record(session, sha, len(data), mime)

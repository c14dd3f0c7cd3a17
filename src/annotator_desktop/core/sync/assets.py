"""Content-addressed asset download: resumable (Range + If-Range), size and sha256 checked.

Files are named by their hash inside ``core.paths.assets_dir()``; a partial download is kept as
``<sha256>.part`` and resumed. A changed ETag restarts from zero; a short or long body never
becomes a usable file. The cache has a size limit that evicts assets of finished tasks first.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

import requests
from sqlmodel import col, select
from urllib3.exceptions import HTTPError

from annotator_desktop.core.cancel import Cancelled, CancelToken
from annotator_desktop.core.store import Asset, Store, Task, TaskState, utcnow
from annotator_desktop.core.sync.errors import NetworkError, ServerError
from annotator_desktop.core.sync.http import error_from
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.writer import Writer, direct

log = logging.getLogger(__name__)

SHA_RE = re.compile(r"^[0-9a-f]{64}$")
PART = ".part"
CHUNK = 8 * 1024  # small: a cut loses at most one partial chunk
OPEN_STATES = (TaskState.NEW, TaskState.DRAFT, TaskState.NEEDS_CHANGES, TaskState.CONFLICT)


class AssetCorrupt(ServerError):
    """The bytes did not match the hash (or the announced size)."""

    def __init__(self, sha256: str, why: str, code: str = "asset_corrupt") -> None:
        super().__init__(502, code, f"{sha256[:12]}…: {why}")


class AssetTooLarge(AssetCorrupt):
    """More bytes than declared, or than the size setting allows when nothing was declared."""

    def __init__(self, sha256: str, limit: int) -> None:
        super().__init__(sha256, f"larger than {limit} bytes", code="asset_too_large")


@dataclass(frozen=True)
class AssetRef:
    sha256: str
    size: int | None
    mime: str


def asset_file(folder: Path, sha256: str) -> Path:
    if not SHA_RE.match(sha256):
        raise ValueError("not a sha256")
    return folder / sha256


def task_asset(payload: object) -> AssetRef | None:
    """The image a bbox task needs, if the payload names a valid one."""
    image = payload.get("image") if isinstance(payload, dict) else None
    if not isinstance(image, dict):
        return None
    sha = str(image.get("sha256", ""))
    if not SHA_RE.match(sha):
        return None
    size = image.get("size")
    return AssetRef(
        sha, int(size) if isinstance(size, int) and size >= 0 else None, str(image.get("mime", ""))
    )


def wanted(store: Store, folder: Path) -> list[AssetRef]:
    """Assets of open tasks not yet complete on disk, in task order (prefetch order)."""
    with store.read() as s:
        tasks = s.exec(
            select(Task.payload)
            .where(Task.kind == "bbox", col(Task.state).in_(OPEN_STATES))
            .order_by(col(Task.project_id), col(Task.position), col(Task.id))
        ).all()
    seen: set[str] = set()
    out: list[AssetRef] = []
    for payload in tasks:
        ref = task_asset(payload)
        if ref is None or ref.sha256 in seen:
            continue
        seen.add(ref.sha256)
        if not (folder / ref.sha256).exists():  # missing or partial
            out.append(ref)
    return out


def _sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1024 * 1024), b""):
            digest.update(block)
    return digest.hexdigest()


def _record(store: Store, ref: AssetRef, state: str, have: int, etag: str) -> None:
    with store.write() as s:
        row = s.get(Asset, ref.sha256) or Asset(sha256=ref.sha256)
        row.size = ref.size if ref.size is not None else row.size
        row.mime = ref.mime or row.mime
        row.state, row.bytes_have, row.etag = state, have, etag
        row.last_used_at = utcnow()
        s.add(row)


def _stored_etag(store: Store, sha256: str) -> str:
    with store.read() as s:
        row = s.get(Asset, sha256)
        return row.etag if row else ""


class Downloader:
    """Downloads one asset at a time with resume; ``on_bytes(n)`` reports bytes received."""

    def __init__(
        self,
        client: ServerClient,
        store: Store,
        folder: Path,
        *,
        write: Writer = direct,
        cancel: CancelToken | None = None,
        on_bytes: Callable[[int], None] | None = None,
    ) -> None:
        self.client, self.store, self.folder = client, store, folder
        self.write, self.cancel, self.on_bytes = write, cancel, on_bytes

    def fetch(self, ref: AssetRef, *, restarts: int = 3) -> Path:
        """The verified file for ``ref`` (downloaded or resumed as needed)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        final = asset_file(self.folder, ref.sha256)
        if final.exists():
            return final
        part = final.with_name(ref.sha256 + PART)
        try:
            for _ in range(restarts + 1):
                if self._one_try(ref, part):
                    return self._finish(ref, part, final)
            raise AssetCorrupt(ref.sha256, "the download kept restarting")
        except AssetCorrupt:
            part.unlink(missing_ok=True)  # failed for good: nothing to resume
            raise

    def _one_try(self, ref: AssetRef, part: Path) -> bool:
        """Streams into ``part``; True when complete, False to restart from zero."""
        have = part.stat().st_size if part.exists() else 0
        etag = _stored_etag(self.store, ref.sha256) if have else ""
        headers = {"Accept-Encoding": "identity"}
        if have and etag:
            headers["Range"] = f"bytes={have}-"
            headers["If-Range"] = etag
        elif have:
            have = 0
        resp = self.client.send("GET", f"/assets/{ref.sha256}", headers=headers, stream=True)
        with resp:
            return self._consume(ref, part, resp, have, etag)

    def _consume(
        self, ref: AssetRef, part: Path, resp: requests.Response, have: int, etag: str
    ) -> bool:
        if resp.status_code == 416:
            return self._whole_already(ref, part)
        if resp.status_code >= 400:
            raise error_from(resp)
        new_etag = resp.headers.get("ETag", "")
        if resp.status_code == 206:
            start = _range_start(resp.headers.get("Content-Range", ""))
            if start != have or (etag and new_etag and new_etag != etag):
                part.unlink(missing_ok=True)
                return False
        else:
            have = 0
        total = _expected_size(ref, resp, have)
        limit = total if total is not None else self.client.config.max_asset_bytes
        if total is not None and ref.size is None and total > self.client.config.max_asset_bytes:
            raise AssetTooLarge(ref.sha256, self.client.config.max_asset_bytes)
        self.write(lambda: _record(self.store, ref, "partial", have, new_etag))
        mode = "ab" if have else "wb"
        have = self._stream(resp, part, mode, have, limit)
        if total is not None and have != total:
            raise NetworkError(f"truncated body: {have} of {total} bytes")
        return True

    def _stream(self, resp: requests.Response, part: Path, mode: str, have: int, limit: int) -> int:
        deadline = time.monotonic() + self.client.config.download_wall_seconds
        try:
            with _open_private(part, append=mode == "ab") as fh:
                for chunk in _chunks(resp):
                    if self.cancel is not None and self.cancel.cancelled:
                        raise Cancelled()
                    if time.monotonic() > deadline:
                        raise NetworkError("download took longer than the wall-clock limit")
                    if have + len(chunk) > limit:
                        raise AssetTooLarge(part.stem, limit)
                    fh.write(chunk)
                    have += len(chunk)
                    if self.on_bytes is not None:
                        self.on_bytes(len(chunk))
                fh.flush()
                os.fsync(fh.fileno())
        except (requests.exceptions.RequestException, HTTPError, OSError) as exc:
            raise NetworkError(f"download cut after {have} bytes: {type(exc).__name__}") from exc
        except AssetCorrupt:
            part.unlink(missing_ok=True)
            raise
        return have

    def _whole_already(self, ref: AssetRef, part: Path) -> bool:
        if part.exists() and _sha256_of(part) == ref.sha256:
            return True
        part.unlink(missing_ok=True)
        return False

    def _finish(self, ref: AssetRef, part: Path, final: Path) -> Path:
        if _sha256_of(part) != ref.sha256:
            part.unlink(missing_ok=True)
            self.write(lambda: _record(self.store, ref, "bad", 0, ""))
            raise AssetCorrupt(ref.sha256, "sha256 does not match")
        size = part.stat().st_size
        os.replace(part, final)
        done = AssetRef(ref.sha256, size, ref.mime)
        self.write(lambda: _record(self.store, done, "complete", size, ""))
        if not ref.mime or ref.mime.startswith("image/"):
            _prepare_preview(final, self.folder / "previews")
        return final


def _prepare_preview(path: Path, previews: Path) -> None:
    """Builds the image's screen preview now, so that its first view in the pane is instant."""
    from annotator_desktop.core.imaging import prepare_preview

    try:
        prepare_preview(path, previews)
    except Exception as exc:  # a preview is an optimisation; the pane reports bad images itself
        log.warning("no preview for %s: %s", path.name, exc)


def _open_private(path: Path, *, append: bool) -> BinaryIO:
    """Opens a download for writing, readable by this user only (0600)."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
    fd = os.open(path, flags, 0o600)
    with contextlib.suppress(OSError):
        os.fchmod(fd, 0o600)
    return os.fdopen(fd, "ab" if append else "wb")


def _chunks(resp: requests.Response) -> Iterator[bytes]:
    """Bytes as they arrive (``read1``), so a cut loses nothing already received."""
    while True:
        chunk = resp.raw.read1(CHUNK, decode_content=False)
        if not chunk:
            return
        yield chunk


def _range_start(header: str) -> int:
    match = re.match(r"bytes (\d+)-(\d+)/(\d+|\*)", header.strip())
    return int(match.group(1)) if match else -1


def _expected_size(ref: AssetRef, resp: requests.Response, have: int) -> int | None:
    if ref.size is not None:
        return ref.size
    crange = re.match(r"bytes \d+-\d+/(\d+)", resp.headers.get("Content-Range", ""))
    if crange:
        return int(crange.group(1))
    length = resp.headers.get("Content-Length", "")
    return have + int(length) if length.isdigit() else None


def evict(store: Store, folder: Path, limit_bytes: int) -> list[str]:
    """Deletes cached assets over the limit: finished tasks' first, then least recently used."""
    if not folder.is_dir():
        return []
    files = {p.name: p.stat().st_size for p in folder.iterdir() if _cached_name(p.name)}
    total = sum(files.values())
    if total <= limit_bytes:
        return []
    open_refs: set[str] = set()
    with store.read() as s:
        for payload, state in s.exec(
            select(Task.payload, Task.state).where(Task.kind == "bbox")
        ).all():
            ref = task_asset(payload)
            if ref is not None and state in OPEN_STATES:
                open_refs.add(ref.sha256)
        used = {a.sha256: a.last_used_at for a in s.exec(select(Asset)).all()}
    # partial downloads go first, then finished tasks' files, then the least recently used
    order = sorted(
        files, key=lambda h: (not h.endswith(PART), h[:64] in open_refs, str(used.get(h) or ""))
    )
    removed: list[str] = []
    for name in order:
        if total <= limit_bytes:
            break
        (folder / name).unlink(missing_ok=True)
        total -= files[name]
        removed.append(name[:64])
    if removed:
        store_write_missing(store, removed)
    return removed


def _cached_name(name: str) -> bool:
    """An asset file or a partial download of one."""
    return bool(SHA_RE.match(name.removesuffix(PART)))


def store_write_missing(store: Store, hashes: list[str]) -> None:
    with store.write() as s:
        for sha in hashes:
            row = s.get(Asset, sha)
            if row is not None:
                row.state, row.bytes_have = "missing", 0
                s.add(row)

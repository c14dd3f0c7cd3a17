"""Images a server names by address only (no hash): downloaded, hashed on arrival, named by hash.

Our server's payloads carry each image's sha256 and :class:`~annotator_desktop.core.sync.assets.
Downloader` verifies it. A connector to a server that gives no hash (Label Studio) puts the
image's address in the payload instead (``image.url``, ``image.sha256`` empty: "hash unknown")
and answers ``GET /assets/by-url?url=…``. The download resumes with ``Range`` (checked against the
total size and, when the server sends one, a strong ETag or Last-Modified), the finished file is
hashed, named by its hash like every asset, and the hash, size and pixel size are written into
the tasks that show it, in one transaction. ``asset_source`` remembers them, so a re-pull that
brings the same address again gets the known hash.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import requests
from sqlmodel import Session, col, func, select

from annotator_desktop.core.store import Asset, Store, Task, utcnow
from annotator_desktop.core.store.models import AssetSource
from annotator_desktop.core.sync import assets
from annotator_desktop.core.sync.errors import NetworkError
from annotator_desktop.core.sync.http import error_from

log = logging.getLogger(__name__)

URL_PATH = "/assets/by-url"
MAX_URL = 4096
_MIME_RE = re.compile(r"^image/[a-z0-9.+-]{1,60}$")


@dataclass(frozen=True)
class UrlRef:
    url: str


def source_url(payload: object) -> str | None:
    """The address of a payload's image whose hash is not known yet, else None."""
    image = payload.get("image") if isinstance(payload, dict) else None
    if not isinstance(image, dict) or assets.SHA_RE.match(str(image.get("sha256", ""))):
        return None
    url = image.get("url")
    return url if isinstance(url, str) and 0 < len(url) <= MAX_URL else None


def wanted(store: Store) -> list[UrlRef]:
    """Open bbox tasks' images known by address only, in task order, each address once."""
    with store.read() as s:
        payloads = s.exec(
            select(Task.payload)
            .where(Task.kind == "bbox", col(Task.state).in_(assets.OPEN_STATES))
            .order_by(col(Task.project_id), col(Task.position), col(Task.id))
        ).all()
    seen: set[str] = set()
    out: list[UrlRef] = []
    for payload in payloads:
        url = source_url(payload)
        if url is not None and url not in seen:
            seen.add(url)
            out.append(UrlRef(url))
    return out


# --- payloads ------------------------------------------------------------------------------


def _finite(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def percent_box(item: dict[str, Any], width: int, height: int) -> dict[str, Any] | None:
    """A box given in percent of the image (top-left, degrees of rotation about the top-left
    corner) as our pixel box: the upright box around it, clipped to the image."""
    x, y, w, h = (_finite(item.get(k)) for k in ("x", "y", "w", "h"))
    label = item.get("label")
    if x is None or y is None or w is None or h is None or not isinstance(label, str):
        return None
    angle = math.radians(_finite(item.get("rotation")) or 0.0)
    px, py, pw, ph = x * width / 100, y * height / 100, w * width / 100, h * height / 100
    cos, sin = math.cos(angle), math.sin(angle)
    xs = [px + dx * cos - dy * sin for dx, dy in ((0, 0), (pw, 0), (0, ph), (pw, ph))]
    ys = [py + dx * sin + dy * cos for dx, dy in ((0, 0), (pw, 0), (0, ph), (pw, ph))]
    left, top = max(0.0, min(xs)), max(0.0, min(ys))
    right, bottom = min(float(width), max(xs)), min(float(height), max(ys))
    if right - left <= 0 or bottom - top <= 0:
        return None
    return {"label": label, "x": left, "y": top, "w": right - left, "h": bottom - top}


def _positive(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def complete_image(payload: dict[str, Any], found: AssetSource) -> dict[str, Any]:
    """``payload`` with what the arrival taught: hash, size, pixel size; boxes given in percent
    (``prefill_percent``) become pixel ``prefill`` once the pixel size is known."""
    out = dict(payload)
    image = dict(out.get("image") or {})
    image["sha256"] = found.sha256
    if found.size is not None:
        image["size"] = found.size
    if found.mime:
        image["mime"] = found.mime
    if found.width and found.height:
        image["width"], image["height"] = found.width, found.height
    out["image"] = image
    width, height = image.get("width"), image.get("height")
    pending = out.get("prefill_percent")
    if isinstance(pending, list) and _positive(width) and _positive(height):
        assert isinstance(width, int) and isinstance(height, int)
        boxes = [percent_box(b, width, height) for b in pending if isinstance(b, dict)]
        prefill = out.get("prefill")
        kept: list[Any] = prefill if isinstance(prefill, list) else []
        out["prefill"] = [*kept, *(b for b in boxes if b is not None)]
        del out["prefill_percent"]
    return out


def known(s: Session, url: str) -> AssetSource | None:
    """What is known of an address (None until its file has arrived once)."""
    row = s.get(AssetSource, url)
    return row if row is not None and assets.SHA_RE.match(row.sha256) else None


def _patch_tasks(s: Session, found: AssetSource) -> set[str]:
    """Writes the learnt facts into every task showing this address; returns their ids."""
    rows = s.exec(
        select(Task).where(
            Task.kind == "bbox", func.json_extract(Task.payload, "$.image.url") == found.url
        )
    ).all()
    patched: set[str] = set()
    for task in rows:
        if source_url(task.payload) == found.url:
            task.payload = complete_image(dict(task.payload), found)
            s.add(task)
            patched.add(task.id)
    return patched


# --- downloading -----------------------------------------------------------------------------


def _validator(resp: requests.Response) -> str:
    etag = resp.headers.get("ETag", "")
    if etag and not etag.startswith("W/"):
        return etag[:200]
    return resp.headers.get("Last-Modified", "")[:200]


def _content_range(header: str) -> tuple[int, int | None]:
    match = re.match(r"bytes (\d+)-(\d+)/(\d+|\*)", header.strip())
    if not match:
        return -1, None
    total = match.group(3)
    return int(match.group(1)), int(total) if total.isdigit() else None


class UrlDownloader(assets.Downloader):
    """Downloads images known by address; ``fetch`` returns the ids of the tasks it completed."""

    def fetch_url(self, ref: UrlRef, *, restarts: int = 3) -> set[str]:
        """Downloads (or resumes) one address, then completes the tasks that show it."""
        self.folder.mkdir(parents=True, exist_ok=True)
        with self.store.read() as s:
            found = known(s, ref.url)
        if found is not None and (self.folder / found.sha256).exists():
            return self.write(lambda: self._complete(found))
        part = self.folder / (hashlib.sha256(ref.url.encode("utf-8")).hexdigest() + assets.PART)
        for _ in range(restarts + 1):
            if self._one_url_try(ref, part):
                return self._finish_url(ref, part)
        part.unlink(missing_ok=True)
        raise assets.AssetCorrupt(part.stem, "the download kept restarting")

    def _source(self, url: str) -> AssetSource | None:
        with self.store.read() as s:
            return s.get(AssetSource, url)

    def _one_url_try(self, ref: UrlRef, part: Path) -> bool:
        have = part.stat().st_size if part.exists() else 0
        row = self._source(ref.url) if have else None
        total_before = row.size if row is not None else None
        headers = {"Accept-Encoding": "identity", "Range": f"bytes={have}-"}
        if have and row is not None and row.validator:
            headers["If-Range"] = row.validator
        resp = self.client.send(
            "GET", URL_PATH, params={"url": ref.url}, headers=headers, stream=True
        )
        with resp:
            return self._consume_url(ref, part, resp, have, total_before)

    def _consume_url(
        self, ref: UrlRef, part: Path, resp: requests.Response, have: int, total_before: int | None
    ) -> bool:
        if resp.status_code == 416:
            if have and total_before == have:
                return True
            part.unlink(missing_ok=True)
            return False
        if resp.status_code >= 400:
            raise error_from(resp)
        if resp.status_code == 206:
            start, total = _content_range(resp.headers.get("Content-Range", ""))
            if start != have or (total_before is not None and total != total_before):
                part.unlink(missing_ok=True)
                return False
        else:
            have = 0
            length = resp.headers.get("Content-Length", "")
            total = int(length) if length.isdigit() else None
        cap = self.client.config.max_asset_bytes
        if total is not None and total > cap:
            raise assets.AssetTooLarge(part.stem, cap)
        mime = resp.headers.get("Content-Type", "").split(";")[0].strip().lower()
        self.write(lambda: self._record_source(ref.url, total, _validator(resp), mime))
        have = self._stream(resp, part, "ab" if have else "wb", have, total or cap)
        if total is not None and have != total:
            raise NetworkError(f"truncated body: {have} of {total} bytes")
        return True

    def _record_source(self, url: str, total: int | None, validator: str, mime: str) -> None:
        with self.store.write() as s:
            row = s.get(AssetSource, url) or AssetSource(url=url)
            row.size, row.validator = total, validator
            row.mime = mime if _MIME_RE.match(mime) else ""
            row.updated_at = utcnow()
            s.add(row)

    def _finish_url(self, ref: UrlRef, part: Path) -> set[str]:
        sha = assets._sha256_of(part)
        size = part.stat().st_size
        final = self.folder / sha
        os.replace(part, final)
        width, height = _pixel_size(final)
        source = self._source(ref.url) or AssetSource(url=ref.url)

        def run() -> set[str]:
            with self.store.write() as s:
                row = s.get(AssetSource, ref.url) or AssetSource(url=ref.url)
                row.sha256, row.size, row.width, row.height = sha, size, width, height
                row.mime = row.mime or source.mime
                row.validator, row.updated_at = "", utcnow()
                s.add(row)
                asset = s.get(Asset, sha) or Asset(sha256=sha)
                asset.size, asset.mime, asset.state = size, row.mime, "complete"
                asset.bytes_have, asset.last_used_at = size, utcnow()
                s.add(asset)
                return _patch_tasks(s, row)

        patched = self.write(run)
        assets._prepare_preview(final, self.folder / "previews")
        return patched

    def _complete(self, found: AssetSource) -> set[str]:
        with self.store.write() as s:
            return _patch_tasks(s, found)


def _pixel_size(path: Path) -> tuple[int | None, int | None]:
    """Width and height of an image file, or (None, None) when it cannot be read (the pane
    then says why when the task is opened)."""
    from annotator_desktop.core.imaging import ImageError, probe

    try:
        info = probe(path)
    except ImageError as exc:
        log.warning("downloaded image %s: %s", path.name[:12], exc)
        return None, None
    return info.width, info.height

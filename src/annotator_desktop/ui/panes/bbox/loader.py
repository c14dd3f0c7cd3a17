"""Decodes the task image off the UI thread: a reduced preview first, then tiles on demand."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import threading
from collections import OrderedDict, deque
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PIL import Image
from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

from annotator_desktop.core import imaging
from annotator_desktop.ui.panes.bbox.region import FullResRegion
from annotator_desktop.ui.panes.bbox.region import usable as region_usable

log = logging.getLogger(__name__)

MAX_TILES = 48  # 48 tiles of 512x512 RGBA: about 50 MB of pixmaps
COPY_BAND_ROWS = 128  # rows copied into a QImage at a time


# Bytes of a 32-bit QImage pixel (0xAARRGGBB as a native integer), as Pillow names its raw modes.
_QT32_RAWMODE = "ARGB" if sys.byteorder == "big" else "BGRA"


def to_qimage(img: Image.Image) -> QImage:
    """A QImage owning a copy of ``img``'s pixels (safe to build off the UI thread).

    Opaque images become RGB32, the format the screen uses as is, so that QPixmap.fromImage on
    the UI thread converts nothing. The pixels are copied into memory of Qt's own: an image that
    pointed into a Python bytes object would tie the bytes' lifetime to every pixmap sharing
    it, up to the interpreter's exit.
    """
    alpha = img.mode == "RGBA"
    rgba = img if alpha else img.convert("RGBA")  # an opaque alpha of 255: valid RGB32
    src = memoryview(rgba.tobytes("raw", _QT32_RAWMODE))
    fmt = QImage.Format.Format_ARGB32 if alpha else QImage.Format.Format_RGB32
    out = QImage(img.width, img.height, fmt)
    dst = out.bits()  # 32-bit rows need no padding: the same layout as ``src``
    # In bands, so that the UI thread gets the GIL between them (one 9 MB copy held it ~5 ms).
    band = COPY_BAND_ROWS * img.width * 4
    for start in range(0, len(src), band):
        dst[start : start + band] = src[start : start + band]  # type: ignore[index]  # PySide6 stubs: bits() is a writable memoryview
    return out


class _Relay(QObject):
    """Runs callbacks on the main thread; no Python object rides inside a queued signal."""

    wake = Signal()

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._queue: deque[tuple[Callable[[Any], None], Any]] = deque()
        self.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)
        # Decoding threads post until the end; the UI thread closes the relay before it goes.
        # The lock makes the close wait for a post under way: a signal emitted by a worker
        # while the UI thread destroys the relay crashed the process (seen at exit).
        self._lock = threading.Lock()
        self._open = True

    def post(self, callback: Callable[[Any], None], value: Any) -> None:
        """From any thread; dropped once the relay is closed."""
        with self._lock:
            if not self._open:
                return
            self._queue.append((callback, value))
            self.wake.emit()  # queued: only posts an event, never waits for the UI thread

    def close(self) -> None:
        """From the UI thread: nothing is posted or run afterwards (until ``reopen``)."""
        with self._lock:
            self._open = False
            self._queue.clear()

    def reopen(self) -> None:
        """From the UI thread, when new work starts after a close."""
        with self._lock:
            self._open = True

    @Slot()
    def _drain(self) -> None:
        while self._queue:
            callback, value = self._queue.popleft()
            callback(value)


@dataclass(frozen=True)
class _Job:
    done: Callable[[Any], None]
    on_error: Callable[[BaseException], None] | None
    generation: int


class _Pools:
    """Up to ``workers`` decoding threads that exist only while there is work (none idle, none
    left). ``nice`` lowers their CPU priority where threads have one of their own (Linux)."""

    def __init__(self, workers: int = 2, name: str = "bbox-image", nice: int = 0) -> None:
        self._workers, self._name, self._nice = workers, name, nice
        self._lock = threading.Lock()
        self._queue: deque[tuple[Callable[[], Any], Future[Any]]] = deque()
        self._active = 0
        self.open = True

    def submit(self, fn: Callable[[], Any]) -> Future[Any]:
        future: Future[Any] = Future()
        with self._lock:
            self.open = True
            self._queue.append((fn, future))
            if self._active < self._workers:
                self._active += 1
                threading.Thread(target=self._work, name=self._name, daemon=True).start()
        return future

    def _work(self) -> None:
        if self._nice and sys.platform.startswith("linux"):  # per-thread nice values: Linux only
            with contextlib.suppress(OSError):
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), self._nice)
        while True:
            with self._lock:
                if not self._queue:
                    self._active -= 1
                    return
                fn, future = self._queue.popleft()
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:
                future.set_exception(exc)

    def shutdown(self, *_args: object) -> None:
        """Drops queued work; a decode already running finishes and is then ignored."""
        with self._lock:
            self.open = False
            pending, self._queue = list(self._queue), deque()
        for _fn, future in pending:
            future.cancel()


@dataclass(frozen=True)
class _Ahead:
    """A preview built ahead for the image likely shown next (see ImageLoader.prefetch)."""

    path: Path
    stamp: tuple[int, int]  # size and mtime when it was asked for: a changed file is decoded anew
    future: Future[_Built]


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return st.st_size, st.st_mtime_ns


# The preview for the screen, and a freshly decoded one still to be cached (with its path).
_Built = tuple[imaging.ImageInfo, QImage, tuple[Image.Image, Path] | None]


def _decode_preview(path: Path, cache: Path | None) -> _Built:
    """The preview of ``path``; one decoded now is cached later, after it is on screen."""
    info = imaging.probe(path)
    preview, target = imaging.preview_or_decode(info, cache)
    return info, to_qimage(preview), (preview, target) if target is not None else None


def _build_preview(path: Path, cache: Path | None) -> _Built:
    """The same, cached at once (no one waits for a preview built ahead)."""
    info, image, pending = _decode_preview(path, cache)
    if pending is not None:
        imaging.store_preview(*pending)
    return info, image, None


class ImageLoader(QObject):
    """Loads one image at a time into a scene whose coordinates are image pixels."""

    preview_ready = Signal()
    failed = Signal(str)

    def __init__(self, scene: QGraphicsScene, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._scene = scene
        self._relay = _Relay(self)
        self._pools = _Pools()
        self._ahead_pool = _Pools(1, "bbox-ahead", nice=10)  # the next image's preview
        self.destroyed.connect(self._pools.shutdown)
        self.destroyed.connect(self._ahead_pool.shutdown)
        self.destroyed.connect(self._relay.close)
        self._last_view: tuple[QRectF, float] | None = None
        self._generation = 0
        self._info: imaging.ImageInfo | None = None
        self._size = (1.0, 1.0)
        self._preview_item: QGraphicsPixmapItem | None = None
        self._level: tuple[int, Image.Image] | None = None
        self._level_job: int | None = None
        self._tiles: OrderedDict[tuple[int, int, int], QGraphicsPixmapItem] = OrderedDict()
        self._pending: set[tuple[int, int, int]] = set()
        self.region = FullResRegion(scene, self._submit)
        self.preview_scale = 0
        self.cache_dir: Path | None = None
        # where the shown preview came from: "decoded" (file or preview cache) or "ahead"
        self.preview_source = ""
        self._preview_pending = False
        self._ahead: _Ahead | None = None
        self._ahead_wanted: tuple[Path, Path | None] | None = None

    # --- threads -------------------------------------------------------------------------
    def _submit(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> None:
        """Runs ``fn`` off the UI thread; ``done`` or ``on_error`` (default: the preview failed)."""
        generation = self._generation
        future = self._pools.submit(fn)
        job = _Job(done, on_error, generation)
        future.add_done_callback(lambda f: self._post(f, job))

    def _post(self, future: Future[Any], job: _Job) -> None:
        if self._generation != job.generation or future.cancelled():
            return
        with contextlib.suppress(RuntimeError):  # the loader was deleted meanwhile
            self._relay.post(self._arrive, (future, job))

    def _arrive(self, packed: tuple[Future[Any], _Job]) -> None:
        future, job = packed
        done, on_error, generation = job.done, job.on_error, job.generation
        if generation != self._generation:
            return
        exc = future.exception()
        if exc is None:
            done(future.result())
        elif on_error is not None:
            log.warning("image detail not shown: %s", exc)
            on_error(exc)
        else:
            self._preview_failed(exc)

    def shutdown(self) -> None:
        """Stops the decoding threads; nothing is delivered afterwards."""
        self._generation += 1
        self._pools.shutdown()
        self._relay.close()
        self._ahead_pool.shutdown()
        self._ahead_wanted = None
        self._ahead = None

    # --- loading -------------------------------------------------------------------------
    def clear(self) -> None:
        self._generation += 1
        self._info = None
        self._level = None
        self._level_job = None
        self._pending.clear()
        self.region.reset()
        for item in self._tiles.values():
            self._scene.removeItem(item)
        self._tiles.clear()
        if self._preview_item is not None:
            self._scene.removeItem(self._preview_item)
            self._preview_item = None
        self.preview_scale = 0
        self.preview_source = ""
        self._preview_pending = False

    def load(self, path: Path, width: float, height: float) -> None:
        """Starts loading ``path``, shown stretched onto ``width`` x ``height`` scene units."""
        self.clear()
        self._relay.reopen()  # after a shutdown, a new load works again (as the pools do)
        self._size = (width, height)
        self._preview_pending = True
        if self._ahead_wanted is not None and self._ahead_wanted[0] == path:
            self._ahead_wanted = None  # wanted ahead, not started: decoded below instead
        ahead = self._take_ahead(path)
        if ahead is not None:  # built (or being built) ahead: wait for it, decode nothing again
            job = _Job(lambda r: self._show_preview(r, "ahead"), None, self._generation)
            ahead.future.add_done_callback(lambda f: self._post(f, job))
            return
        cache = self.cache_dir
        self._submit(
            lambda: _decode_preview(path, cache), lambda r: self._show_preview(r, "decoded")
        )

    def _preview_failed(self, exc: BaseException) -> None:
        self._preview_pending = False
        self.failed.emit(exc.code if isinstance(exc, imaging.ImageError) else "corrupt")
        self._start_ahead()

    def _show_preview(self, result: _Built, source: str) -> None:
        info, image, pending = result
        self._preview_pending = False
        self.preview_source = source
        self._info = info
        self.preview_scale = imaging.preview_scale(info)
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setTransformationMode(_smooth())
        item.setScale(self._size[0] / image.width())
        if abs(self._size[1] / image.height() - item.scale()) > 1e-3:
            sx, sy = self._size[0] / image.width(), self._size[1] / image.height()
            item.setScale(1.0)
            item.setTransform(item.transform().scale(sx, sy))
        item.setZValue(0)
        self._scene.addItem(item)
        self._preview_item = item
        self.preview_ready.emit()
        if pending is not None:  # cached now that it is on screen (the first view waits for less)
            self._submit(lambda: imaging.store_preview(*pending), _ignore, _ignore)
        self._start_ahead()

    # --- the next image, ahead of time -----------------------------------------------------
    def prefetch(self, path: Path, cache_dir: Path | None) -> None:
        """A hint that ``path`` is likely shown next: its preview is built in a thread of its own,
        at a lower priority, once the shown image's preview is on screen, and is kept (one image
        at most) until ``load`` asks for that path. Previews go to ``cache_dir`` as usual."""
        ahead = self._ahead
        if ahead is not None and ahead.path == path and ahead.stamp == _stamp(path):
            return  # already built or being built
        self._ahead_wanted = (path, cache_dir)
        self._start_ahead()

    def _start_ahead(self) -> None:
        if self._ahead_wanted is None or self._preview_pending or not self._pools.open:
            return  # the shown image's preview comes first; asked again once it is shown
        if self._ahead is not None and not self._ahead.future.done():
            return  # one at a time: the newest wish starts when this one ends
        path, cache = self._ahead_wanted
        self._ahead_wanted = None
        stamp = _stamp(path)
        if stamp is None:
            return
        future = self._ahead_pool.submit(lambda: _build_preview(path, cache))
        self._ahead = _Ahead(path, stamp, future)
        future.add_done_callback(lambda _f: self._post_ahead_done())

    def _post_ahead_done(self) -> None:
        with contextlib.suppress(RuntimeError):  # the loader was deleted meanwhile
            self._relay.post(lambda _v: self._start_ahead(), None)

    def _take_ahead(self, path: Path) -> _Ahead | None:
        """The preview built ahead for ``path``, if it is for the file as it is now."""
        ahead, self._ahead = self._ahead, None
        if ahead is None or ahead.path != path or ahead.stamp != _stamp(path):
            if ahead is not None and not ahead.future.done():
                self._ahead = ahead  # still running: kept so that two never run at once
            return None
        if ahead.future.cancelled():
            return None
        return ahead

    def ahead_ready(self) -> bool:
        """Whether a preview built ahead is waiting to be shown."""
        return self._ahead is not None and self._ahead.future.done()

    @property
    def info(self) -> imaging.ImageInfo | None:
        return self._info

    # --- tiles ---------------------------------------------------------------------------
    def wanted_scale(self, zoom: float) -> int:
        """The level (1, 2, 4, 8) that gives enough detail at ``zoom`` screen px per image px."""
        if self._info is None:
            return 0
        need = zoom * self._info.width / self._size[0]
        scale = 8
        while scale > 1 and 1.0 / scale < need * 0.9:
            scale //= 2
        return max(scale, imaging.finest_scale(self._info))

    def _needs_full(self, zoom: float) -> bool:
        """Whether the view shows more than half a screen pixel per image pixel."""
        assert self._info is not None
        return zoom * self._info.width / self._size[0] > 0.55

    def update_view(self, visible: QRectF, zoom: float) -> None:
        """Asks for the tiles that cover ``visible`` at ``zoom``, when the preview is too coarse."""
        self._last_view = (visible, zoom)
        if self._info is None or not self._pools.open:
            return
        scale = self.wanted_scale(zoom)
        if self._needs_full(zoom) and region_usable(self._info):
            self.region.want(self._info, self._size, visible)
        else:
            self.region.hide()
        if scale >= self.preview_scale:
            for item in self._tiles.values():
                item.hide()
            return
        if self._level is None or self._level[0] != scale:
            self._request_level(scale)
            return
        self._request_tiles(scale, visible)

    def _request_level(self, scale: int) -> None:
        if self._level_job == scale or self._info is None:
            return
        self._level_job = scale
        info = self._info

        def done(level: Image.Image) -> None:
            if self._level_job != scale:
                return  # the view wanted another level meanwhile
            self._level_job = None
            self._level = (scale, level)
            if self._last_view is not None:
                self.update_view(*self._last_view)

        def failed(_exc: BaseException) -> None:
            self._level_job = None

        self._submit(lambda: imaging.decode_level(info, scale), done, failed)

    def _request_tiles(self, scale: int, visible: QRectF) -> None:
        assert self._level is not None
        level = self._level[1]
        kx, ky = self._size[0] / level.width, self._size[1] / level.height
        t = imaging.TILE
        c0, c1 = int(max(0, visible.left()) / kx // t), int(visible.right() / kx // t)
        r0, r1 = int(max(0, visible.top()) / ky // t), int(visible.bottom() / ky // t)
        cols, rows = imaging.tile_grid(level.width, level.height)
        wanted = {
            (scale, c, r)
            for c in range(c0, min(c1, cols - 1) + 1)
            for r in range(r0, min(r1, rows - 1) + 1)
        }
        for key, item in self._tiles.items():
            item.setVisible(key in wanted)
        for key in sorted(wanted):
            if key in self._tiles:
                self._tiles.move_to_end(key)
            elif key not in self._pending and len(self._pending) < 16:
                self._request_tile(key, level, kx, ky)

    def _request_tile(
        self, key: tuple[int, int, int], level: Image.Image, kx: float, ky: float
    ) -> None:
        self._pending.add(key)
        self._submit(
            lambda: to_qimage(imaging.cut_tile(level, key[1], key[2])),
            lambda img: self._add_tile(key, img, kx, ky),
            lambda _exc: self._pending.discard(key),
        )

    def _add_tile(self, key: tuple[int, int, int], image: QImage, kx: float, ky: float) -> None:
        self._pending.discard(key)
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setTransformationMode(_smooth())
        t = imaging.TILE
        item.setPos(key[1] * t * kx, key[2] * t * ky)
        item.setTransform(item.transform().scale(kx, ky))
        item.setZValue(1)
        self._scene.addItem(item)
        self._tiles[key] = item
        while len(self._tiles) > MAX_TILES:
            _, old = self._tiles.popitem(last=False)
            self._scene.removeItem(old)

    def tile_count(self) -> int:
        return len(self._tiles)


def _ignore(_value: object) -> None:
    pass


def _smooth() -> Qt.TransformationMode:
    return Qt.TransformationMode.SmoothTransformation

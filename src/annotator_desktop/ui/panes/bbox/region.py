"""Full-resolution pixels for the visible part of a JPEG too large to decode whole.

Pillow cannot decode part of a JPEG, and the whole image at full size would break the memory
budget; Qt's JPEG reader can (a clip rectangle: rows above are skipped, columns outside are
cropped while decoding), so only the pixels the view shows are ever held at full resolution.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QImage, QImageReader, QPixmap
from PySide6.QtWidgets import QGraphicsPixmapItem, QGraphicsScene

from annotator_desktop.core import imaging

Submit = Callable[[Callable[[], Any], Callable[[Any], None], Callable[[BaseException], None]], None]
RawRect = tuple[int, int, int, int]


def read_region(path: Path, rect: RawRect) -> QImage:
    """Decodes only ``rect`` (x, y, w, h in file pixels) of a JPEG; safe off the UI thread."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(False)
    reader.setAllocationLimit(max(64, rect[2] * rect[3] * 4 // (1024 * 1024) + 16))
    reader.setClipRect(QRect(*rect))
    image = reader.read()
    if image.isNull():
        raise imaging.ImageError("corrupt", reader.errorString())
    return image


def usable(info: imaging.ImageInfo) -> bool:
    """Region reads are used for un-rotated JPEGs whose full size exceeds the level budget."""
    return info.format == "JPEG" and info.orientation == 1 and imaging.finest_scale(info) > 1


class FullResRegion:
    """Keeps one full-resolution item covering the view; one read runs at a time."""

    def __init__(self, scene: QGraphicsScene, submit: Submit) -> None:
        self._scene = scene
        self._submit = submit
        self._item: QGraphicsPixmapItem | None = None
        self._shown: RawRect | None = None
        self._running: RawRect | None = None
        self._next: tuple[Path, RawRect, float, float] | None = None

    def reset(self) -> None:
        if self._item is not None:
            self._scene.removeItem(self._item)
        self._item, self._shown, self._running, self._next = None, None, None, None

    def hide(self) -> None:
        self._next = None
        if self._item is not None:
            self._item.hide()

    def has_pixels(self) -> bool:
        return self._item is not None and self._item.isVisible()

    def want(self, info: imaging.ImageInfo, size: tuple[float, float], visible: QRectF) -> None:
        """Asks for the full-resolution pixels of ``visible`` (scene units)."""
        kx, ky = info.width / size[0], info.height / size[1]
        t = imaging.TILE
        x0 = max(0, int(visible.left() * kx) // t * t)
        y0 = max(0, int(visible.top() * ky) // t * t)
        x1 = min(info.width, math.ceil(visible.right() * kx / t) * t)
        y1 = min(info.height, math.ceil(visible.bottom() * ky / t) * t)
        if x1 <= x0 or y1 <= y0:
            return
        rect = (x0, y0, x1 - x0, y1 - y0)
        if self._item is not None and _contains(self._shown, rect):
            self._item.show()
            return
        self._next = (info.path, rect, kx, ky)
        if self._running is None:
            self._start()

    def _start(self) -> None:
        if self._next is None:
            return
        path, rect, kx, ky = self._next
        self._next = None
        self._running = rect
        self._submit(
            lambda: read_region(path, rect),
            lambda img: self._arrived(rect, img, kx, ky),
            self._failed,
        )

    def _arrived(self, rect: RawRect, image: QImage, kx: float, ky: float) -> None:
        self._running = None
        if self._item is not None:
            self._scene.removeItem(self._item)
        item = QGraphicsPixmapItem(QPixmap.fromImage(image))
        item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        item.setPos(rect[0] / kx, rect[1] / ky)
        item.setTransform(item.transform().scale(1 / kx, 1 / ky))
        item.setZValue(2)
        self._scene.addItem(item)
        self._item, self._shown = item, rect
        self._start()

    def _failed(self, _exc: BaseException) -> None:
        """A read failed: the coarser level stays on screen; the next view change retries."""
        self._running = None


def _contains(outer: RawRect | None, inner: RawRect) -> bool:
    if outer is None:
        return False
    ox, oy, ow, oh = outer
    ix, iy, iw, ih = inner
    return ox <= ix and oy <= iy and ix + iw <= ox + ow and iy + ih <= oy + oh

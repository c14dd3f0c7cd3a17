"""Box geometry shared by the bbox pane, validation and the formats (Qt-free).

Boxes are mappings ``{label, x, y, w, h}`` in image pixels, (x, y) the top-left corner. Helpers
return new dicts and keep every other key of the box (label, proposal flags …) untouched.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from annotator_desktop.core.metrics.boxes import iou

__all__ = [
    "EXIF_ORIENTATIONS",
    "box_from_corners",
    "box_to_display",
    "box_to_raw",
    "clamp_box",
    "corners",
    "iou",
    "is_inside",
    "is_zero_size",
    "normalize_box",
    "oriented_size",
]

Box = Mapping[str, Any]
EXIF_ORIENTATIONS = range(1, 9)


def corners(box: Box) -> tuple[float, float, float, float]:
    """(x0, y0, x1, y1) with x0 <= x1 and y0 <= y1, whatever the sign of w and h."""
    x, y, w, h = float(box["x"]), float(box["y"]), float(box["w"]), float(box["h"])
    return min(x, x + w), min(y, y + h), max(x, x + w), max(y, y + h)


def box_from_corners(box: Box, x0: float, y0: float, x1: float, y1: float) -> dict[str, Any]:
    """A copy of ``box`` spanning the two corners (in any order)."""
    lx, hx = min(x0, x1), max(x0, x1)
    ly, hy = min(y0, y1), max(y0, y1)
    return {**box, "x": lx, "y": ly, "w": hx - lx, "h": hy - ly}


def normalize_box(box: Box) -> dict[str, Any]:
    """The same box with w >= 0 and h >= 0 (a box drawn up or left becomes positive)."""
    return box_from_corners(box, *corners(box))


def clamp_box(box: Box, width: float, height: float) -> dict[str, Any]:
    """The part of the (normalised) box inside a ``width`` x ``height`` image; may be zero-size."""
    x0, y0, x1, y1 = corners(box)
    x0, x1 = (min(max(v, 0.0), float(width)) for v in (x0, x1))
    y0, y1 = (min(max(v, 0.0), float(height)) for v in (y0, y1))
    return box_from_corners(box, x0, y0, x1, y1)


def is_zero_size(box: Box, min_size: float = 1.0) -> bool:
    """True when the box is less than ``min_size`` pixels wide or high (default: one pixel)."""
    return abs(float(box["w"])) < min_size or abs(float(box["h"])) < min_size


def is_inside(box: Box, width: float, height: float, tolerance: float = 0.0) -> bool:
    """True when the whole box lies within the image (allowing ``tolerance`` pixels)."""
    x0, y0, x1, y1 = corners(box)
    t = tolerance
    return x0 >= -t and y0 >= -t and x1 <= width + t and y1 <= height + t


def oriented_size(width: int, height: int, orientation: int) -> tuple[int, int]:
    """Displayed (width, height) of a stored image with EXIF ``orientation``."""
    _check_orientation(orientation)
    return (height, width) if orientation >= 5 else (width, height)


def _check_orientation(orientation: int) -> None:
    if orientation not in EXIF_ORIENTATIONS:
        raise ValueError(f"EXIF orientation must be 1..8, got {orientation!r}")


def _to_display(x: float, y: float, w: float, h: float, orientation: int) -> tuple[float, float]:
    """Maps a point of the stored w x h image to the displayed (EXIF-transposed) image.

    Matches Pillow's ``ImageOps.exif_transpose``: 2 mirror, 3 rotate 180, 4 flip, 5 transpose,
    6 rotate 90° clockwise, 7 transverse, 8 rotate 90° counter-clockwise.
    """
    return {
        1: (x, y),
        2: (w - x, y),
        3: (w - x, h - y),
        4: (x, h - y),
        5: (y, x),
        6: (h - y, x),
        7: (h - y, w - x),
        8: (y, w - x),
    }[orientation]


_INVERSE = {1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 8, 7: 7, 8: 6}


def box_to_display(box: Box, orientation: int, raw_width: int, raw_height: int) -> dict[str, Any]:
    """A box in stored-pixel coordinates, moved to the displayed (upright) image."""
    _check_orientation(orientation)
    x0, y0, x1, y1 = corners(box)
    p = _to_display(x0, y0, raw_width, raw_height, orientation)
    q = _to_display(x1, y1, raw_width, raw_height, orientation)
    return box_from_corners(box, p[0], p[1], q[0], q[1])


def box_to_raw(box: Box, orientation: int, raw_width: int, raw_height: int) -> dict[str, Any]:
    """The inverse of :func:`box_to_display`: a displayed-image box in stored-pixel coordinates."""
    _check_orientation(orientation)
    shown_w, shown_h = oriented_size(raw_width, raw_height, orientation)
    return box_to_display(box, _INVERSE[orientation], shown_w, shown_h)

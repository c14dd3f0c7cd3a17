"""Box helpers: normalising, clamping, size and inside checks, EXIF orientation transforms."""

from __future__ import annotations

import pytest
from PIL import Image, ImageOps

from annotator_desktop.core.geometry import (
    box_to_display,
    box_to_raw,
    clamp_box,
    iou,
    is_inside,
    is_zero_size,
    normalize_box,
    oriented_size,
)


def box(x: float, y: float, w: float, h: float) -> dict[str, object]:
    return {"label": "car", "x": x, "y": y, "w": w, "h": h, "proposal": True}


def test_normalize_keeps_other_keys() -> None:
    assert normalize_box(box(10, 20, -4, -5)) == box(6, 15, 4, 5)
    assert normalize_box(box(1, 2, 3, 4)) == box(1, 2, 3, 4)


def test_clamp_to_image() -> None:
    assert clamp_box(box(-5, -5, 20, 20), 10, 8) == box(0, 0, 10, 8)
    assert clamp_box(box(2, 2, 3, 3), 10, 10) == box(2, 2, 3, 3)
    outside = clamp_box(box(20, 20, 5, 5), 10, 10)
    assert outside["w"] == 0 and outside["h"] == 0 and is_zero_size(outside)


def test_zero_size_and_inside() -> None:
    assert is_zero_size(box(0, 0, 0, 10))
    assert is_zero_size(box(0, 0, 0.4, 10))
    assert not is_zero_size(box(0, 0, -3, 3))
    assert not is_zero_size(box(0, 0, 0.4, 10), min_size=0.1)
    assert is_inside(box(0, 0, 10, 10), 10, 10)
    assert not is_inside(box(-1, 0, 10, 10), 10, 10)
    assert is_inside(box(-0.4, 0, 10, 10), 10, 10, tolerance=0.5)
    assert not is_inside(box(5, 5, 6, 1), 10, 10)
    assert iou(box(0, 0, 2, 2), box(0, 0, 2, 2)) == 1.0


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_transform_matches_pillow(orientation: int) -> None:
    raw_w, raw_h = 40, 24
    marked = box(5, 3, 10, 6)
    raw = Image.new("L", (raw_w, raw_h), 0)
    raw.paste(255, (5, 3, 15, 9))
    exif = raw.getexif()
    exif[0x0112] = orientation
    raw.info["exif"] = exif.tobytes()
    shown = ImageOps.exif_transpose(raw)
    assert shown.size == oriented_size(raw_w, raw_h, orientation)
    left, top, right, bottom = shown.getbbox()
    display = box_to_display(marked, orientation, raw_w, raw_h)
    assert (display["x"], display["y"]) == (left, top)
    assert (display["w"], display["h"]) == (right - left, bottom - top)
    assert box_to_raw(display, orientation, raw_w, raw_h) == marked


def test_bad_orientation_raises() -> None:
    with pytest.raises(ValueError, match="orientation"):
        oriented_size(10, 10, 9)

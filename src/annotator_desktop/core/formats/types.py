"""Plain input and output types of the formats, independent of the database."""

from __future__ import annotations

import gc
import math
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any


class FormatError(Exception):
    """A file cannot be read or written in the asked format; the message says why and where."""


@dataclass
class ImageAnnotations:
    """One image and its boxes ``{label, x, y, w, h}`` in image pixels."""

    file_name: str
    width: int
    height: int
    boxes: list[dict[str, Any]] = field(default_factory=list)
    sha256: str | None = None
    task_id: str | None = None


@dataclass
class Dataset:
    """Images with boxes, and the label list in its canonical order (class ids follow it)."""

    labels: list[str]
    images: list[ImageAnnotations]

    def all_labels(self) -> list[str]:
        """``labels``, then any label used by a box but missing there, in first-use order."""
        names = list(dict.fromkeys(self.labels))
        seen = set(names)
        for image in self.images:
            for box in image.boxes:
                label = str(box.get("label", ""))
                if label not in seen:
                    seen.add(label)
                    names.append(label)
        return names


def finite(value: Any, where: str) -> float:
    """``value`` as a finite float, or a FormatError naming ``where``."""
    if (type(value) is float or type(value) is int) and math.isfinite(value):  # fast common case
        return float(value)
    if isinstance(value, bool) or not isinstance(value, (int, float, str)):
        raise FormatError(f"{where}: expected a number, got {type(value).__name__}")
    try:
        number = float(value)
    except ValueError:
        raise FormatError(f"{where}: {value!r} is not a number") from None
    if not math.isfinite(number):
        raise FormatError(f"{where}: {value!r} is not a finite number")
    return number


def positive_int(value: Any, where: str) -> int:
    """``value`` as an integer > 0 (image sizes), or a FormatError naming ``where``."""
    number = finite(value, where)
    if number <= 0 or number != int(number) or number > 1_000_000:
        raise FormatError(f"{where}: {value!r} is not a valid image size")
    return int(number)


def plain_number(value: float) -> int | float:
    """``value`` to 1/1000 pixel, an integral result as int (``12.0`` -> ``12``)."""
    scaled = math.floor(value * 1000.0 + 0.5)
    return scaled // 1000 if scaled % 1000 == 0 else scaled / 1000.0


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pauses the cyclic garbage collector while building or parsing large, acyclic documents
    (COCO files with 100,000s of objects spend up to half their time in collections otherwise)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()

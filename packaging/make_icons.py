"""Render resources/icons/annotator-desktop.svg into every PNG size plus .ico and .icns, and the
toolbar arrows (arrow-left.svg, arrow-right.svg) into small PNGs.

Run from the repository root: ``python packaging/make_icons.py`` (needs PySide6 and Pillow).
The outputs are committed; rerun after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SOURCE = ICONS / "annotator-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
# Toolbar arrows: PNG, so that showing them needs neither the SVG plugin nor QStyle at start.
ARROWS = ("arrow-left", "arrow-right")
ARROW_SIZES = (16, 24, 32, 48)


def png_path(size: int) -> Path:
    return ICONS / f"annotator-desktop-{size}.png"


def render(renderer: QSvgRenderer, size: int) -> QImage:
    """The SVG drawn into a transparent ``size`` x ``size`` image."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    for size in SIZES:
        if not render(renderer, size).save(str(png_path(size)), "PNG"):
            print(f"cannot write {png_path(size)}", file=sys.stderr)
            return 1
    for name in ARROWS:
        arrow = QSvgRenderer(str(ICONS / f"{name}.svg"))
        for size in ARROW_SIZES:
            if not render(arrow, size).save(str(ICONS / f"{name}-{size}.png"), "PNG"):
                print(f"cannot write {name}-{size}.png", file=sys.stderr)
                return 1
    biggest = Image.open(png_path(512))
    biggest.save(ICONS / "annotator-desktop.ico", sizes=[(s, s) for s in (16, 24, 32, 48, 256)])
    biggest.save(ICONS / "annotator-desktop.icns")
    print(f"wrote {len(SIZES)} PNG sizes, .ico and .icns to {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

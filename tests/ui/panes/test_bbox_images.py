"""The pane's image handling: tiles when zoomed in, refusals shown in the pane, EXIF turns."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.bbox import BBoxPane

SHA = "cd" * 32


def _ctx(assets: Path, width: int, height: int, sha: str = SHA) -> TaskContext:
    payload = {
        "image": {"sha256": sha, "width": width, "height": height},
        "labels": [{"name": "car", "color": "#ff0000"}],
    }
    return TaskContext(f"t-{sha[:4]}", "p", "bbox", "T", payload, assets_dir=assets)


@pytest.fixture
def shown(qtbot) -> BBoxPane:
    pane = BBoxPane()
    qtbot.addWidget(pane)
    pane.resize(800, 600)
    pane.show()
    qtbot.waitExposed(pane)
    return pane


def test_full_resolution_tiles_only_when_zoomed_in(qtbot, shown: BBoxPane, tmp_path: Path) -> None:
    img = Image.linear_gradient("L").resize((4200, 3000)).convert("RGB")
    img.save(tmp_path / SHA, "JPEG", quality=80)
    shown.load(_ctx(tmp_path, 4200, 3000))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=10000)
    assert shown.loader.preview_scale == 2 and shown.loader.tile_count() == 0
    shown.canvas.set_zoom(1.0)
    shown.canvas.centerOn(2100, 1500)
    qtbot.waitUntil(lambda: shown.loader.tile_count() > 0, timeout=10000)
    assert shown.loader.tile_count() <= 6  # only the tiles the view needs (about 1.5 x 1.2)


def test_decompression_bomb_shown_in_pane(
    qtbot, shown: BBoxPane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_MAX_IMAGE_PIXELS", "20000000")
    Image.new("1", (20000, 6000)).save(tmp_path / SHA, "PNG")
    shown.load(_ctx(tmp_path, 20000, 6000))
    qtbot.waitUntil(lambda: shown.image_state() == "too_large", timeout=5000)
    assert "too large" in shown.notice.text()
    shown.canvas.fit()  # the pane still works
    assert shown.result()["image_width"] == 20000


def test_truncated_file_shown_in_pane(qtbot, shown: BBoxPane, tmp_path: Path) -> None:
    Image.effect_noise((900, 700), 60).convert("RGB").save(tmp_path / "full.jpg", "JPEG")
    data = (tmp_path / "full.jpg").read_bytes()
    (tmp_path / SHA).write_bytes(data[: len(data) // 2])
    shown.load(_ctx(tmp_path, 900, 700))
    qtbot.waitUntil(lambda: shown.image_state() == "corrupt", timeout=5000)
    assert "damaged" in shown.notice.text()


def test_exif_rotated_image_fills_task_size(qtbot, shown: BBoxPane, tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x0112] = 8
    Image.new("RGB", (300, 200)).save(tmp_path / SHA, "JPEG", exif=exif.tobytes())
    shown.load(_ctx(tmp_path, 200, 300))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=5000)
    info = shown.loader.info
    assert info is not None and (info.width, info.height) == (200, 300)
    preview = shown.loader._preview_item
    assert preview is not None
    rect = preview.sceneBoundingRect()
    assert (round(rect.width()), round(rect.height())) == (200, 300)


def test_canvas_never_mirrors_in_rtl(qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    pane = BBoxPane()
    qtbot.addWidget(pane)
    pane.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    assert pane.canvas.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_full_resolution_region_when_level_budget_is_small(
    qtbot, shown: BBoxPane, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ANNOTATOR_IMAGE_LEVEL_BUDGET", str(4 * 1024 * 1024))
    img = Image.linear_gradient("L").resize((3000, 2000)).convert("RGB")
    img.paste((255, 0, 0), (1500, 1000, 1501, 1001))  # one red pixel
    img.save(tmp_path / SHA, "JPEG", quality=100, subsampling=0)
    shown.load(_ctx(tmp_path, 3000, 2000))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=10000)
    shown.canvas.set_zoom(1.0)
    shown.canvas.centerOn(1500, 1000)
    qtbot.waitUntil(shown.loader.region.has_pixels, timeout=10000)
    item = shown.loader.region._item
    assert item is not None
    pix = item.pixmap().toImage()
    local = item.mapFromScene(1500.5, 1000.5)
    red = pix.pixelColor(int(local.x()), int(local.y()))
    assert red.red() > 200 and red.green() < 80  # the single pixel, at full resolution
    assert pix.width() * pix.height() * 4 < 6 * 1024 * 1024  # only the visible part is held
    shown.canvas.fit()
    qtbot.waitUntil(lambda: not shown.loader.region.has_pixels(), timeout=5000)


def test_closing_during_decode_leaves_nothing_running(qtbot, tmp_path: Path) -> None:
    import threading

    Image.linear_gradient("L").resize((3000, 2000)).save(tmp_path / SHA, "JPEG")
    pane = BBoxPane()
    qtbot.addWidget(pane)
    pane.load(_ctx(tmp_path, 3000, 2000))
    pane.close()
    qtbot.waitUntil(
        lambda: not any(t.name == "bbox-image" for t in threading.enumerate()), timeout=5000
    )
    assert pane.image_state() == "loading"  # the late result was dropped, not shown


NEXT = "ef" * 32


def test_next_image_is_built_ahead_after_the_shown_one_and_not_decoded_again(
    qtbot, shown: BBoxPane, tmp_path: Path
) -> None:
    Image.new("RGB", (640, 480), (0, 90, 0)).save(tmp_path / SHA, "JPEG")
    Image.linear_gradient("L").resize((4200, 3000)).convert("RGB").save(tmp_path / NEXT, "JPEG")
    shown.load(_ctx(tmp_path, 640, 480))
    shown.prepare(_ctx(tmp_path, 4200, 3000, NEXT))
    assert shown.loader._ahead is None  # the shown image's preview comes first
    qtbot.waitUntil(shown.loader.ahead_ready, timeout=10000)
    assert shown.image_state() == "" and shown.loader.preview_source == "decoded"
    assert list((tmp_path / "previews").glob("*.jpg"))  # the next image's preview was cached
    shown.load(_ctx(tmp_path, 4200, 3000, NEXT))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=5000)
    assert shown.loader.preview_source == "ahead"
    info = shown.loader.info
    assert info is not None and (info.width, info.height) == (4200, 3000)
    rect = shown.loader._preview_item.sceneBoundingRect()
    assert (round(rect.width()), round(rect.height())) == (4200, 3000)
    assert not shown.loader.ahead_ready()  # handed over, not held twice


def test_next_image_changed_after_it_was_built_ahead_is_decoded_anew(
    qtbot, shown: BBoxPane, tmp_path: Path
) -> None:
    Image.new("RGB", (640, 480)).save(tmp_path / SHA, "JPEG")
    Image.new("RGB", (800, 600), (200, 0, 0)).save(tmp_path / NEXT, "PNG")
    shown.prepare(_ctx(tmp_path, 800, 600, NEXT))  # nothing shown yet: starts at once
    qtbot.waitUntil(shown.loader.ahead_ready, timeout=5000)
    Image.new("RGB", (1000, 700), (0, 0, 200)).save(tmp_path / NEXT, "PNG")
    shown.load(_ctx(tmp_path, 1000, 700, NEXT))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=5000)
    assert shown.loader.preview_source == "decoded"
    info = shown.loader.info
    assert info is not None and (info.width, info.height) == (1000, 700)
    pixel = shown.loader._preview_item.pixmap().toImage().pixelColor(10, 10)
    assert pixel.blue() > 150 and pixel.red() < 50  # the new file, not the one built ahead


def test_damaged_next_image_built_ahead_is_reported_when_shown(
    qtbot, shown: BBoxPane, tmp_path: Path
) -> None:
    Image.effect_noise((900, 700), 60).convert("RGB").save(tmp_path / "full.jpg", "JPEG")
    data = (tmp_path / "full.jpg").read_bytes()
    (tmp_path / NEXT).write_bytes(data[: len(data) // 2])
    shown.prepare(_ctx(tmp_path, 900, 700, NEXT))
    qtbot.waitUntil(shown.loader.ahead_ready, timeout=5000)
    shown.load(_ctx(tmp_path, 900, 700, NEXT))
    qtbot.waitUntil(lambda: shown.image_state() == "corrupt", timeout=5000)
    assert "damaged" in shown.notice.text()


def test_opening_the_next_image_while_it_is_built_ahead_waits_for_that_build(
    qtbot, shown: BBoxPane, tmp_path: Path
) -> None:
    Image.linear_gradient("L").resize((6000, 4000)).convert("RGB").save(tmp_path / NEXT, "JPEG")
    shown.prepare(_ctx(tmp_path, 6000, 4000, NEXT))
    assert shown.loader._ahead is not None and not shown.loader.ahead_ready()
    shown.load(_ctx(tmp_path, 6000, 4000, NEXT))  # while the build ahead still runs
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=10000)
    assert shown.loader.preview_source == "ahead"


def test_images_for_the_screen_keep_their_pixels_and_need_no_conversion(qtbot) -> None:
    import gc

    from PySide6.QtGui import QImage, QPixmap

    from annotator_desktop.ui.panes.bbox.loader import to_qimage

    rgb = Image.new("RGB", (300, 200), (10, 120, 230))
    rgb.putpixel((7, 5), (255, 0, 0))
    rgba = Image.new("RGBA", (30, 20), (0, 200, 0, 77))
    opaque, clear = to_qimage(rgb), to_qimage(rgba)
    del rgb, rgba
    gc.collect()
    [bytes(1_000_000) for _ in range(20)]  # reuse freed memory: the QImages must own theirs
    assert opaque.format() == QImage.Format.Format_RGB32  # the screen's own: no conversion
    assert opaque.pixelColor(7, 5).getRgb() == (255, 0, 0, 255)
    assert opaque.pixelColor(100, 100).getRgb() == (10, 120, 230, 255)
    assert clear.format() == QImage.Format.Format_ARGB32
    assert clear.pixelColor(3, 3).getRgb() == (0, 200, 0, 77)
    pixmap = QPixmap.fromImage(opaque)
    del opaque
    gc.collect()
    assert pixmap.toImage().pixelColor(7, 5).getRgb() == (255, 0, 0, 255)


def test_preview_decoded_on_open_is_cached_after_it_is_shown(
    qtbot, shown: BBoxPane, tmp_path: Path
) -> None:
    Image.linear_gradient("L").resize((4200, 3000)).convert("RGB").save(tmp_path / SHA, "JPEG")
    shown.load(_ctx(tmp_path, 4200, 3000))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=10000)
    assert shown.loader.preview_source == "decoded"
    qtbot.waitUntil(lambda: any((tmp_path / "previews").glob("*.jpg")), timeout=5000)
    (cached,) = (tmp_path / "previews").glob("*.jpg")
    with Image.open(cached) as img:
        assert img.size == (2100, 1500)


def test_nothing_is_posted_after_shutdown_and_a_new_load_still_works(
    qtbot, shown: BBoxPane, tmp_path: Path
) -> None:
    """A build ahead that ends after the pane shut down posts nothing (a signal emitted by a
    worker while the UI thread destroyed the relay crashed the process at exit)."""
    import threading

    Image.linear_gradient("L").resize((6000, 4000)).convert("RGB").save(tmp_path / NEXT, "JPEG")
    Image.new("RGB", (640, 480), (0, 90, 0)).save(tmp_path / SHA, "JPEG")
    shown.prepare(_ctx(tmp_path, 6000, 4000, NEXT))
    (ahead,) = [t for t in threading.enumerate() if t.name == "bbox-ahead"]
    shown.loader.shutdown()
    ahead.join(timeout=30)  # the build ends on its own; nothing waits on the UI thread for it
    assert not ahead.is_alive()
    assert not shown.loader._relay._queue  # its end was not posted to a closing relay
    shown.load(_ctx(tmp_path, 640, 480))
    qtbot.waitUntil(lambda: shown.image_state() == "", timeout=5000)
    assert shown.loader.preview_source == "decoded"

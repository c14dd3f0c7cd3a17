"""The bounding-box pane driven with real mouse and key events on the canvas viewport."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from PIL import Image
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from annotator_desktop.protocol import validate_result
from annotator_desktop.ui.panes.base import OtherResult, TaskContext
from annotator_desktop.ui.panes.bbox import BBoxPane
from annotator_desktop.ui.panes.registry import create_pane

SHA = "ab" * 32
LABELS = [
    {"name": "car", "color": "#ff0000", "hotkey": "1"},
    {"name": "person", "color": "#00ff00", "hotkey": "2"},
]


def make_ctx(tmp_path: Path, task_id: str = "t1", size=(400, 300), **extra: Any) -> TaskContext:
    assets = tmp_path / "assets"
    assets.mkdir(exist_ok=True)
    img_path = assets / SHA
    if not img_path.exists() and extra.pop("with_image", True):
        Image.new("RGB", size, (40, 90, 140)).save(img_path, "PNG")
    payload = {
        "image": {"sha256": SHA, "width": size[0], "height": size[1], "mime": "image/png"},
        "labels": LABELS,
        "prefill": extra.pop("prefill", []),
    }
    return TaskContext(task_id, "p1", "bbox", "Task", payload, assets_dir=assets, **extra)


def shown_pane(qtbot, ctx: TaskContext) -> BBoxPane:
    """A 900 x 600 pane on screen with ``ctx`` loaded and its image shown."""
    p = BBoxPane()
    qtbot.addWidget(p)
    p.resize(900, 600)
    p.show()
    qtbot.waitExposed(p)
    p.load(ctx)
    # The image is decoded off the UI thread: wait for it to be shown, however busy the machine
    # (the deadline only bounds a hang; a 40000 x 3000 decode took over 5 s under load).
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=120_000)
    return p


@pytest.fixture
def pane(qtbot, tmp_path: Path) -> BBoxPane:
    p = shown_pane(qtbot, make_ctx(tmp_path))
    p.canvas.actual_size()
    p.canvas.centerOn(200, 150)
    return p


def vp(pane: BBoxPane, x: float, y: float) -> QPoint:
    """The viewport point showing image pixel (x, y)."""
    return pane.canvas.mapFromScene(QPointF(x, y))


def drag(pane: BBoxPane, a: tuple[float, float], b: tuple[float, float], steps: int = 4) -> None:
    view = pane.canvas.viewport()
    start, end = vp(pane, *a), vp(pane, *b)
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for i in range(1, steps + 1):
        p = start + (end - start) * (i / steps)
        QTest.mouseMove(view, p)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)


def key(pane: BBoxPane, k: Qt.Key, mod=Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(pane.canvas.viewport(), k, mod)


def boxes(pane: BBoxPane) -> list[dict[str, Any]]:
    return pane.result()["boxes"]


def test_registered_for_bbox(qtbot) -> None:
    p = create_pane("bbox")
    qtbot.addWidget(p)
    assert isinstance(p, BBoxPane)


def test_draw_by_drag_then_undo_redo(pane: BBoxPane) -> None:
    drag(pane, (50, 40), (150, 120))
    assert boxes(pane) == [{"label": "car", "x": 50, "y": 40, "w": 100, "h": 80}]
    stack = pane.undo_stack()
    assert stack.count() == 1
    stack.undo()
    assert boxes(pane) == []
    stack.redo()
    assert boxes(pane)[0]["w"] == 100


def click(pane: BBoxPane, point: QPoint) -> None:
    view = pane.canvas.viewport()
    QTest.mousePress(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, point)


def test_a_plain_click_never_starts_a_box(pane: BBoxPane) -> None:
    view = pane.canvas.viewport()
    click(pane, vp(pane, 10, 10))
    QTest.mouseMove(view, vp(pane, 60, 30))
    assert not pane.canvas.rubber.isVisible()  # nothing follows the mouse
    drag(pane, (100, 100), (150, 140))  # the next drag draws, as intended
    click(pane, vp(pane, 200, 200))
    assert boxes(pane) == [{"label": "car", "x": 100, "y": 100, "w": 50, "h": 40}]
    assert pane.canvas.viewport().cursor().shape() != Qt.CursorShape.CrossCursor


def test_click_selects_and_click_beside_deselects(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    click(pane, vp(pane, 300, 250))
    assert pane.canvas.selected == set()
    click(pane, vp(pane, 70, 70))
    assert pane.canvas.selected == {1}
    assert len(boxes(pane)) == 1 and pane.undo_stack().count() == 1


def test_click_on_the_margin_does_nothing(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    margin = vp(pane, -30, -30)
    assert pane.canvas.viewport().rect().contains(margin)
    click(pane, margin)
    QTest.mouseMove(pane.canvas.viewport(), vp(pane, 200, 200))
    click(pane, vp(pane, 200, 200))
    assert pane.canvas.selected == set()  # the click on the image deselected; nothing drawn
    assert len(boxes(pane)) == 1 and pane.undo_stack().count() == 1
    drag(pane, (70, 70), (80, 80))  # and a press in the box still moves it (no stray box)
    assert boxes(pane) == [{"label": "car", "x": 60, "y": 60, "w": 50, "h": 50}]


def test_draw_mode_draws_click_click_and_shows_it(pane: BBoxPane) -> None:
    view = pane.canvas.viewport()
    assert not pane.draw_hint.isVisible()
    key(pane, Qt.Key.Key_W)
    assert pane.canvas.draw_mode()
    assert pane.draw_hint.isVisible() and pane.draw_hint.text()
    assert view.cursor().shape() == Qt.CursorShape.CrossCursor
    click(pane, vp(pane, 10, 10))
    QTest.mouseMove(view, vp(pane, 60, 30))
    assert pane.canvas.rubber.isVisible()  # the box being drawn is on screen
    click(pane, vp(pane, 60, 30))
    assert boxes(pane) == [{"label": "car", "x": 10, "y": 10, "w": 50, "h": 20}]
    key(pane, Qt.Key.Key_Escape)
    assert not pane.canvas.draw_mode() and not pane.draw_hint.isVisible()
    assert view.cursor().shape() != Qt.CursorShape.CrossCursor
    click(pane, vp(pane, 200, 200))
    QTest.mouseMove(view, vp(pane, 260, 260))
    click(pane, vp(pane, 260, 260))
    assert len(boxes(pane)) == 1


def test_draw_mode_starts_a_box_inside_a_larger_box(pane: BBoxPane) -> None:
    drag(pane, (20, 20), (300, 250))
    drag(pane, (100, 100), (150, 150))  # normal mode: a press in a box moves it
    assert len(boxes(pane)) == 1
    key(pane, Qt.Key.Key_W)
    drag(pane, (100, 100), (150, 140))
    assert len(boxes(pane)) == 2
    assert boxes(pane)[1] == {"label": "car", "x": 100, "y": 100, "w": 50, "h": 40}
    assert boxes(pane)[0]["w"] == 280  # the large box did not move


def test_draw_is_clamped_inside_image(pane: BBoxPane) -> None:
    drag(pane, (350, 250), (480, 380))
    (box,) = boxes(pane)
    assert box["x"] + box["w"] <= 400 and box["y"] + box["h"] <= 300
    assert (box["w"], box["h"]) == (50, 50)


def test_move_is_one_undo_command(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    drag(pane, (75, 75), (105, 95), steps=6)
    assert boxes(pane)[0] | {} == {"label": "car", "x": 80, "y": 70, "w": 50, "h": 50}
    assert pane.undo_stack().count() == 2
    pane.undo_stack().undo()
    assert (boxes(pane)[0]["x"], boxes(pane)[0]["y"]) == (50, 50)


def test_move_stops_at_image_edge(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    pane.canvas.set_zoom(0.5)
    drag(pane, (75, 75), (-300, -300))
    assert (boxes(pane)[0]["x"], boxes(pane)[0]["y"]) == (0, 0)


def test_resize_by_corner_and_edge_handles(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (150, 150))  # drawn box is selected
    drag(pane, (150, 150), (180, 170))  # bottom-right handle
    assert boxes(pane)[0] == {"label": "car", "x": 50, "y": 50, "w": 130, "h": 120}
    drag(pane, (50, 110), (20, 110))  # left edge handle
    assert boxes(pane)[0] == {"label": "car", "x": 20, "y": 50, "w": 160, "h": 120}
    assert pane.undo_stack().count() == 3


def test_nudges_merge_into_one_command(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    key(pane, Qt.Key.Key_Right)
    key(pane, Qt.Key.Key_Right)
    key(pane, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert (boxes(pane)[0]["x"], boxes(pane)[0]["y"]) == (52, 60)
    assert pane.undo_stack().count() == 2
    pane.undo_stack().undo()
    assert (boxes(pane)[0]["x"], boxes(pane)[0]["y"]) == (50, 50)


def test_delete_and_undo(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    key(pane, Qt.Key.Key_Delete)
    assert boxes(pane) == []
    pane.undo_stack().undo()
    assert len(boxes(pane)) == 1


def test_number_key_chooses_label_and_relabels_selection(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    key(pane, Qt.Key.Key_2)
    assert boxes(pane)[0]["label"] == "person"
    key(pane, Qt.Key.Key_Escape)
    drag(pane, (200, 200), (250, 250))
    assert boxes(pane)[1]["label"] == "person"
    assert "person (2)" in pane.labels.list.item(1).text()


def test_click_selects_and_ctrl_click_adds(pane: BBoxPane) -> None:
    drag(pane, (10, 10), (60, 60))
    drag(pane, (100, 100), (150, 150))
    view = pane.canvas.viewport()
    QTest.mouseClick(view, Qt.MouseButton.LeftButton, pos=vp(pane, 30, 30))
    assert pane.canvas.selected == {1}
    QTest.mouseClick(
        view, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier, vp(pane, 120, 120)
    )
    assert pane.canvas.selected == {1, 2}


def test_wheel_zooms_around_cursor(pane: BBoxPane) -> None:
    view = pane.canvas.viewport()
    pane.canvas.set_zoom(3.0)
    pane.canvas.centerOn(200, 150)
    target = vp(pane, 150, 120)
    event = QWheelEvent(
        QPointF(target),
        QPointF(view.mapToGlobal(target)),
        QPoint(),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)
    assert pane.canvas.zoom() == pytest.approx(3.75)
    under = pane.canvas.mapToScene(target)
    assert abs(under.x() - 150) < 1 and abs(under.y() - 120) < 1


def _wheel(pane: BBoxPane, target: QPoint, steps: int = 1) -> None:
    view = pane.canvas.viewport()
    event = QWheelEvent(
        QPointF(target),
        QPointF(view.mapToGlobal(target)),
        QPoint(),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(view, event)


@pytest.mark.parametrize("start", [0.3, 0.5, 1.0, 1.7, 6.0])
def test_wheel_keeps_the_point_under_the_cursor_at_every_zoom(pane: BBoxPane, start) -> None:
    pane.canvas.set_zoom(start)
    pane.canvas.centerOn(200, 150)
    size = pane.canvas.viewport().size()
    for fx, fy, steps in ((0.3, 0.3, 1), (0.8, 0.7, -1), (0.1, 0.5, 2), (0.45, 0.9, -2)):
        target = QPoint(int(size.width() * fx), int(size.height() * fy))
        before = pane.canvas.mapToScene(target)
        _wheel(pane, target, steps)
        # the same image point under the cursor: within 1 screen pixel (a zoomed-out view
        # cannot scroll by less than one screen pixel), and within 1 image pixel from 1:1 on
        back = pane.canvas.viewportTransform().map(before)
        assert abs(back.x() - target.x()) <= 1 and abs(back.y() - target.y()) <= 1, start
        if pane.canvas.zoom() >= 1:
            after = pane.canvas.mapToScene(target)
            assert abs(after.x() - before.x()) <= 1 and abs(after.y() - before.y()) <= 1


def test_crosshair_and_coordinates_clear_when_the_mouse_leaves(pane: BBoxPane, tmp_path) -> None:
    view = pane.canvas.viewport()
    QTest.mouseMove(view, vp(pane, 120, 80))
    assert pane.status.text().endswith("120, 80")
    assert pane.canvas._cursor is not None
    QTest.mouseMove(pane.labels.list.viewport(), QPoint(5, 5))  # the mouse goes to the labels
    assert pane.canvas._cursor is None
    assert not re.search(r"\d+, \d+$", pane.status.text())
    QTest.mouseMove(view, vp(pane, 30, 40))
    assert pane.status.text().endswith("30, 40")
    pane.load(make_ctx(tmp_path, task_id="t2"))  # another task: no crosshair carried over
    assert pane.canvas._cursor is None
    assert not re.search(r"\d+, \d+$", pane.status.text())


def test_narrow_boxes_keep_a_shortened_label_tag(qtbot, tmp_path: Path) -> None:
    ctx = make_ctx(tmp_path)
    ctx.payload["labels"] = [*LABELS, {"name": "pedestrian crossing", "color": "#0000ff"}]
    p = shown_pane(qtbot, ctx)
    p.canvas.actual_size()
    p.canvas.centerOn(200, 150)
    key(p, Qt.Key.Key_3)
    drag(p, (100, 100), (130, 160))  # 30 px wide: far narrower than its label
    key(p, Qt.Key.Key_Escape)  # unselected: painted by the batched layer
    assert p.canvas.selected == set()
    full = p.canvas.scale_info.text_width("pedestrian crossing")
    assert full > 60
    shot = p.canvas.viewport().grab().toImage()
    corner = vp(p, 100, 100)

    def blue(x: int) -> bool:
        c = shot.pixelColor(corner.x() + x, corner.y() - 4)
        return c.blue() > 200 and c.red() < 60 and c.green() < 60

    assert blue(1)  # the tag is there ...
    assert not blue(int(full) - 4)  # ... but not as wide as the whole label


def test_fit_and_actual_size_keys(pane: BBoxPane) -> None:
    key(pane, Qt.Key.Key_F)
    fitted = pane.canvas.zoom()
    assert fitted > 1.0  # 400x300 in a larger view
    key(pane, Qt.Key.Key_0)
    assert pane.canvas.zoom() == pytest.approx(1.0)
    key(pane, Qt.Key.Key_Plus)
    assert pane.canvas.zoom() == pytest.approx(1.25)


def test_pan_with_middle_button_and_space_drag(pane: BBoxPane) -> None:
    pane.canvas.set_zoom(4.0)
    view = pane.canvas.viewport()
    bar = pane.canvas.horizontalScrollBar()
    before = bar.value()
    QTest.mousePress(view, Qt.MouseButton.MiddleButton, pos=QPoint(300, 200))
    QTest.mouseMove(view, QPoint(250, 200))
    QTest.mouseRelease(view, Qt.MouseButton.MiddleButton, pos=QPoint(250, 200))
    assert bar.value() == before + 50
    QTest.keyPress(view, Qt.Key.Key_Space)
    drag(pane, (100, 100), (100, 100))  # no-op position; use raw points below
    QTest.mousePress(view, Qt.MouseButton.LeftButton, pos=QPoint(300, 200))
    QTest.mouseMove(view, QPoint(340, 200))
    QTest.mouseRelease(view, Qt.MouseButton.LeftButton, pos=QPoint(340, 200))
    QTest.keyRelease(view, Qt.Key.Key_Space)
    assert bar.value() == before + 10
    assert boxes(pane) == []


def test_hold_h_hides_boxes(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    view = pane.canvas.viewport()
    QTest.keyPress(view, Qt.Key.Key_H)
    assert pane.canvas.boxes_hidden()
    QTest.keyRelease(view, Qt.Key.Key_H)
    assert not pane.canvas.boxes_hidden()


def test_read_only_edits_nothing(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    pane.set_read_only(True)
    drag(pane, (75, 75), (150, 150))
    drag(pane, (200, 200), (250, 250))
    key(pane, Qt.Key.Key_Delete)
    key(pane, Qt.Key.Key_Right)
    key(pane, Qt.Key.Key_2)
    assert boxes(pane) == [{"label": "car", "x": 50, "y": 50, "w": 50, "h": 50}]
    assert not pane.nothing.isEnabled()


def test_show_others_overlays_boxes(pane: BBoxPane) -> None:
    other = {"boxes": [{"label": "car", "x": 1, "y": 2, "w": 30, "h": 40}], "image_width": 400}
    pane.show_others([OtherResult("ben", other), OtherResult("ana", other)])
    items = pane.canvas.others_layer.childItems()
    assert len(items) == 2
    assert items[0].color != items[1].color
    assert boxes(pane) == []


def test_prefill_shows_proposals_until_touched(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    prefill = [{"label": "car", "x": 10, "y": 10, "w": 50, "h": 50}]
    p.load(make_ctx(tmp_path, prefill=prefill))
    model = p.undo_stack() and p._session.model
    assert [b.proposal for _, b in model.items()] == [True]
    p.canvas.select({1})
    p.nudge(1, 0)
    assert [b.proposal for _, b in model.items()] == [False]
    assert p.result()["boxes"][0]["x"] == 11
    p.undo_stack().undo()
    assert [b.proposal for _, b in model.items()] == [True]
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_problems_and_nothing_to_label(pane: BBoxPane) -> None:
    assert pane.problems() == ["Draw at least one box, or tick “Nothing to label in this image”."]
    pane.nothing.click()
    assert pane.problems() == []
    assert pane.result()["nothing_to_label"] is True
    pane.undo_stack().undo()
    assert not pane.nothing.isChecked()
    drag(pane, (50, 50), (100, 100))
    result = pane.result()
    assert pane.problems() == []
    assert validate_result("bbox", pane._ctx.payload, None, result) == []


def test_nothing_to_label_and_boxes_exclude_each_other(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    drag(pane, (150, 150), (200, 200))
    pane.nothing.click()  # a real click on the check box
    assert pane.nothing.isChecked() and boxes(pane) == []
    assert pane.result()["nothing_to_label"] is True
    assert pane.undo_stack().count() == 3  # ticking (and clearing the boxes) is one step
    pane.undo_stack().undo()
    assert not pane.nothing.isChecked() and len(boxes(pane)) == 2
    pane.undo_stack().redo()
    drag(pane, (20, 20), (60, 60))  # drawing a box unticks it
    assert not pane.nothing.isChecked() and len(boxes(pane)) == 1
    assert pane.result()["nothing_to_label"] is False
    pane.undo_stack().undo()  # one step back: no box, ticked again
    assert pane.nothing.isChecked() and boxes(pane) == []
    key(pane, Qt.Key.Key_N)
    key(pane, Qt.Key.Key_N)
    assert pane.nothing.isChecked()


def test_a_draft_with_boxes_and_nothing_ticked_is_a_problem(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    draft = {
        "boxes": [{"label": "car", "x": 10, "y": 10, "w": 20, "h": 20}],
        "nothing_to_label": True,
    }
    p.load(make_ctx(tmp_path, draft=draft))
    assert p.problems() == ["“Nothing to label in this image” is ticked, but there are boxes."]
    assert [e.code for e in validate_result("bbox", p._ctx.payload, None, p.result())] == [
        "nothing_with_boxes"
    ]
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_problems_for_bad_draft(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    draft = {
        "boxes": [
            {"label": "car", "x": 10, "y": 10, "w": 0, "h": 5},
            {"label": "", "x": 390, "y": 10, "w": 50, "h": 5},
        ]
    }
    p.load(make_ctx(tmp_path, draft=draft))
    assert p.problems() == [
        "Box 1 has zero size.",
        "Box 2 lies outside the image.",
        "Box 2 has no label.",
    ]
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_history_survives_task_switch_and_copy_previous(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    p.load(make_ctx(tmp_path, "t1"))
    p._on_drawn((10, 10, 20, 20))
    p.load(make_ctx(tmp_path, "t2"))
    assert p.result()["boxes"] == []
    p.copy_previous()
    assert len(p.result()["boxes"]) == 1
    p.load(make_ctx(tmp_path, "t1"))
    assert p.undo_stack().count() == 1
    p.undo_stack().undo()
    assert p.result()["boxes"] == []
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_missing_image_then_arrives(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    ctx = make_ctx(tmp_path, with_image=False)
    p.load(ctx)
    assert p.image_state() == "missing"
    assert "not downloaded yet" in p.notice.text()
    Image.new("RGB", (400, 300)).save(ctx.assets_dir / SHA, "PNG")
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_corrupt_file_shows_error(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    ctx = make_ctx(tmp_path, with_image=False)
    (ctx.assets_dir / SHA).write_bytes(b"\xff\xd8\xff\xe0 definitely not a jpeg")
    p.load(ctx)
    qtbot.waitUntil(lambda: p.image_state() not in ("", "loading"), timeout=5000)
    assert p.notice.isVisible() or p.notice.text()
    assert "cannot" in p.notice.text() or "format" in p.notice.text()


def test_result_in_original_pixels_with_reduced_preview(qtbot, tmp_path, monkeypatch) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    p.resize(800, 600)
    p.show()
    qtbot.waitExposed(p)
    ctx = make_ctx(tmp_path, size=(4200, 3000))
    p.load(ctx)
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=10000)
    assert p.loader.preview_scale == 2  # the view shows a half-size preview
    p.canvas.fit()
    drag(p, (1000, 1000), (3000, 2000))
    (box,) = p.result()["boxes"]
    assert abs(box["x"] - 1000) < 10 and abs(box["w"] - 2000) < 15
    assert (p.result()["image_width"], p.result()["image_height"]) == (4200, 3000)


def test_copy_previous_by_shortcut_is_one_undo_step(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    p.load(make_ctx(tmp_path, "t1"))
    p._on_drawn((10, 10, 20, 20))
    p._on_drawn((50, 50, 20, 20))
    p.load(make_ctx(tmp_path, "t2"))
    QTest.keyClick(
        p.canvas.viewport(),
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(p.result()["boxes"]) == 2
    assert p.undo_stack().count() == 1
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_label_search_and_click_relabels(pane: BBoxPane) -> None:
    drag(pane, (50, 50), (100, 100))
    pane.labels.search.setText("pers")
    visible = [
        pane.labels.list.item(i).text()
        for i in range(pane.labels.list.count())
        if not pane.labels.list.item(i).isHidden()
    ]
    assert len(visible) == 1 and "person" in visible[0]
    item = pane.labels.list.item(1)
    rect = pane.labels.list.visualItemRect(item)
    QTest.mouseClick(pane.labels.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert boxes(pane)[0]["label"] == "person"


def test_enter_in_label_search_chooses_the_first_match(pane: BBoxPane, tmp_path: Path) -> None:
    drag(pane, (50, 50), (100, 100))
    search = pane.labels.search
    search.setFocus()
    QTest.keyClicks(search, "pers")
    QTest.keyClick(search, Qt.Key.Key_Return)
    assert pane.labels.current == "person"
    assert boxes(pane)[0]["label"] == "person"
    pane.load(make_ctx(tmp_path, task_id="t2"))  # another task: the filter is cleared
    assert search.text() == ""
    assert all(not pane.labels.list.item(i).isHidden() for i in range(pane.labels.list.count()))


def test_shortcut_sheet_names_labels_has_search_and_cuts_nothing(qtbot, pane: BBoxPane) -> None:
    from annotator_desktop.ui.shortcut_sheet import ShortcutSheet, collect_actions

    rows = collect_actions([], pane.pane_actions())
    texts = {text: keys for _group, text, keys in rows}
    assert texts["Choose label “car”"] == "1" and texts["Choose label “person”"] == "2"
    assert not any(t.startswith("Label ") for t in texts)  # no "Label 3" for an unused key
    sheet = ShortcutSheet(rows, "Editor tools")
    qtbot.addWidget(sheet)
    sheet.show()
    qtbot.waitExposed(sheet)
    table = sheet.table
    metrics = table.fontMetrics()
    for r in range(table.rowCount()):
        for c in range(3):
            text = table.item(r, c).text()
            assert table.columnWidth(c) >= metrics.horizontalAdvance(text) + 6, text
    assert table.viewport().width() >= sum(table.columnWidth(c) for c in range(2))
    QTest.keyClicks(sheet.search, "person")
    shown = [table.item(r, 1).text() for r in range(table.rowCount()) if not table.isRowHidden(r)]
    assert shown == ["Choose label “person”"]


def test_actions_listed_with_shortcuts(pane: BBoxPane) -> None:
    actions = {a.objectName(): a for a in pane.pane_actions()}
    for name in ("zoom_in", "zoom_out", "zoom_fit", "zoom_actual", "delete", "hide_boxes"):
        assert not actions[name].shortcut().isEmpty(), name
    assert actions["copy_previous"].shortcut().toString() == "Ctrl+Shift+V"
    assert actions["label_3"].shortcut().toString() == "3"
    assert actions["nudge_left_10"].shortcut().toString() == "Shift+Left"
    assert all(a.text() for a in actions.values())


def test_undo_stack_changes_with_task(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    p.load(make_ctx(tmp_path, "t1"))
    first = p.undo_stack()
    with qtbot.waitSignal(p.undo_stack_changed) as blocker:
        p.load(make_ctx(tmp_path, "t2"))
    assert blocker.args == [p.undo_stack()] and p.undo_stack() is not first
    with qtbot.waitSignal(p.changed):
        p._on_drawn((1, 1, 5, 5))
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_task_hotkey_chooses_label(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    ctx = make_ctx(tmp_path)
    ctx.payload["labels"] = [{"name": "car", "hotkey": "c"}, {"name": "tree", "hotkey": "t"}]
    p.load(ctx)
    QTest.keyClick(p.canvas.viewport(), Qt.Key.Key_T)
    assert p.labels.current == "tree"
    QTest.keyClick(p.canvas.viewport(), Qt.Key.Key_1)
    assert p.labels.current == "car"
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_review_shows_given_result_not_cached_session(qtbot, tmp_path: Path) -> None:
    p = BBoxPane()
    qtbot.addWidget(p)
    p.load(make_ctx(tmp_path, "t1"))
    p._on_drawn((10, 10, 20, 20))
    p.load(make_ctx(tmp_path, "t1"))  # reloading the same task keeps its history
    assert p.undo_stack().count() == 1
    p.set_read_only(True)
    submitted = {"boxes": [{"label": "person", "x": 1, "y": 1, "w": 9, "h": 9}]}
    p.load(make_ctx(tmp_path, "t1", draft=submitted))
    assert p.result()["boxes"] == submitted["boxes"]
    qtbot.waitUntil(lambda: p.image_state() == "", timeout=5000)


def test_canvas_keeps_its_width_while_the_status_line_grows(qtbot, tmp_path: Path) -> None:
    p = shown_pane(qtbot, make_ctx(tmp_path, size=(40000, 3000)))  # five-digit coordinates
    QApplication.processEvents()
    width = p.canvas.width()
    drag(p, (30000, 1000), (35000, 2000))
    QApplication.processEvents()
    assert re.search(r"1 selected .* 3\d{4}, \d{4}$", p.status.text())
    assert p.canvas.width() == width  # the status wraps in the side column instead


def test_cursor_position_of_the_previous_image_is_not_shown_on_the_next(
    qtbot, pane: BBoxPane, tmp_path: Path
) -> None:
    drag(pane, (10, 10), (60, 40))
    assert re.search(r"\d+, \d+$", pane.status.text())
    pane.load(make_ctx(tmp_path, task_id="t2"))
    assert not re.search(r"\d+, \d+$", pane.status.text())

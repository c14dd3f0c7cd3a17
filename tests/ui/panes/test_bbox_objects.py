"""The bounding-box pane's object list: boxes by label, selection both ways, hide and lock,
per-box attributes, copy and paste of a box; driven with real mouse and key events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QStyle,
    QStyleOptionViewItem,
    QTreeWidgetItem,
)
from test_bbox_pane import boxes, drag, key, make_ctx, shown_pane, vp

from annotator_desktop.protocol import ProjectConfig, validate_result
from annotator_desktop.ui.panes.bbox import BBoxPane
from annotator_desktop.ui.panes.bbox.objects import HIDE_COL, LOCK_COL

ATTRIBUTES = [
    {"key": "occluded", "type": "bool"},
    {"key": "truncated", "type": "bool"},
    {"key": "pose", "type": "choice", "options": ["front", "side", "back"]},
]


@pytest.fixture
def pane(qtbot, tmp_path: Path) -> BBoxPane:
    p = shown_pane(qtbot, make_ctx(tmp_path, project_config={"attributes": ATTRIBUTES}))
    p.canvas.actual_size()
    p.canvas.centerOn(200, 150)
    return p


def box_item(pane: BBoxPane, box_id: int) -> QTreeWidgetItem:
    return pane.objects._items[box_id]


def click_cell(pane: BBoxPane, item: QTreeWidgetItem, column: int) -> None:
    """A real click on a cell (for a check column: on its check box)."""
    tree = pane.objects.tree
    tree.scrollToItem(item)
    cell = tree.visualRect(tree.indexFromItem(item, column))
    point = QPoint(cell.left() + 30, cell.center().y())
    if column != 0:
        option = QStyleOptionViewItem()
        option.rect = cell
        option.features = QStyleOptionViewItem.ViewItemFeature.HasCheckIndicator
        box = tree.style().subElementRect(
            QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, tree
        )
        point = box.center()
    QTest.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_list_shows_every_box_and_selection_goes_both_ways(pane: BBoxPane) -> None:
    drag(pane, (10, 10), (60, 60))
    key(pane, Qt.Key.Key_2)
    key(pane, Qt.Key.Key_Escape)
    drag(pane, (100, 100), (150, 150))
    pane.objects.refill()
    tree = pane.objects.tree
    tops = {tree.topLevelItem(i).text(0): tree.topLevelItem(i) for i in range(2)}
    assert set(tops) == {"car (0)", "person (2)"}
    click_cell(pane, box_item(pane, 1), 0)
    assert pane.canvas.selected == {1}  # list -> canvas
    QTest.mouseClick(pane.canvas.viewport(), Qt.MouseButton.LeftButton, pos=vp(pane, 120, 120))
    assert pane.canvas.selected == {2}
    assert [i.data(0, Qt.ItemDataRole.UserRole) for i in tree.selectedItems()] == [2]  # and back


def test_hide_lock_and_attributes_are_undoable_and_kept_in_the_result(
    qtbot, pane: BBoxPane, tmp_path: Path
) -> None:
    drag(pane, (10, 10), (60, 60))
    drag(pane, (100, 100), (150, 150))
    pane.objects.refill()
    click_cell(pane, box_item(pane, 2), 0)
    occluded = pane.objects.findChild(QCheckBox, "bboxAttribute_occluded")
    pose = pane.objects.findChild(QComboBox, "bboxAttribute_pose")
    assert occluded.isVisible() and pose.isVisible()
    QTest.mouseClick(occluded, Qt.MouseButton.LeftButton, pos=QPoint(6, occluded.height() // 2))
    pose.setFocus()
    QTest.keyClick(pose, Qt.Key.Key_Down)  # "—" -> "front"
    QTest.keyClick(pose, Qt.Key.Key_Down)  # -> "side"
    click_cell(pane, box_item(pane, 2), LOCK_COL)
    click_cell(pane, box_item(pane, 1), HIDE_COL)
    result = pane.result()
    assert result["boxes"] == [
        {"label": "car", "x": 10, "y": 10, "w": 50, "h": 50, "hidden": True},
        {
            "label": "car",
            "x": 100,
            "y": 100,
            "w": 50,
            "h": 50,
            "locked": True,
            "attributes": {"occluded": True, "pose": "side"},
        },
    ]
    config = ProjectConfig.model_validate({"attributes": ATTRIBUTES})
    assert validate_result("bbox", pane._ctx.payload, config, result) == []
    # a hidden box is not drawn nor picked; a locked one is neither moved nor deleted
    assert pane.canvas.box_at(QPointF(30, 30)) is None
    drag(pane, (120, 120), (180, 180))
    key(pane, Qt.Key.Key_Delete)
    assert pane.result()["boxes"][1]["x"] == 100
    # every change was one undo step
    stack = pane.undo_stack()
    assert stack.count() == 2 + 5
    stack.undo()
    assert "hidden" not in pane.result()["boxes"][0]
    # and the draft brings it all back
    draft = pane.draft()
    stack.redo()
    pane.load(
        make_ctx(tmp_path, "t2", draft=pane.draft(), project_config={"attributes": ATTRIBUTES})
    )
    assert pane.result()["boxes"] == result["boxes"]
    assert draft["boxes"][1]["attributes"] == {"occluded": True, "pose": "side"}


def test_hide_every_box_of_a_label(pane: BBoxPane) -> None:
    drag(pane, (10, 10), (60, 60))
    key(pane, Qt.Key.Key_Escape)
    pane.objects.refill()
    tree = pane.objects.tree
    car = next(
        tree.topLevelItem(i) for i in range(tree.topLevelItemCount())
        if tree.topLevelItem(i).text(0).startswith("car")
    )  # fmt: skip
    click_cell(pane, car, HIDE_COL)
    assert pane.canvas.box_at(QPointF(30, 30)) is None
    assert pane.canvas.layer._source == []
    assert "hidden" not in boxes(pane)[0]  # a view setting, not an edit
    click_cell(pane, car, HIDE_COL)
    assert pane.canvas.box_at(QPointF(30, 30)) == 1


def test_copy_and_paste_one_box(pane: BBoxPane) -> None:
    drag(pane, (10, 10), (60, 40))
    key(pane, Qt.Key.Key_2)
    key(pane, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    key(pane, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert boxes(pane)[1] == {"label": "person", "x": 20, "y": 20, "w": 50, "h": 30}
    assert pane.canvas.selected == {2}
    pane.undo_stack().undo()
    assert len(boxes(pane)) == 1


def test_attribute_values_are_checked_against_the_config() -> None:
    payload = {"image": {"sha256": "ab" * 32, "width": 100, "height": 100}, "labels": []}
    config = ProjectConfig.model_validate({"attributes": ATTRIBUTES})
    box = {"label": "car", "x": 1, "y": 1, "w": 5, "h": 5}
    result = {"boxes": [], "image_width": 100, "image_height": 100}

    def codes(attributes: object) -> list[str]:
        res = dict(result, boxes=[dict(box, attributes=attributes)])
        return [e.code for e in validate_result("bbox", payload, config, res)]

    assert codes({"occluded": False, "pose": "back"}) == []
    assert codes({"pose": "upside down"}) == ["attribute_invalid"]
    assert codes({"occluded": "yes"}) == ["attribute_invalid"]
    assert codes({"colour": "red"}) == ["attribute_unknown"]
    assert set(codes({"occluded": 1})) == {"invalid"}  # neither true/false nor text


def test_attribute_errors_from_the_server_have_their_own_sentences() -> None:
    from annotator_desktop.ui.server_messages import field_error_text

    for code in ("attribute_unknown", "attribute_invalid", "nothing_with_boxes"):
        error = {"loc": ["result", "boxes", 0, "attributes", "pose"], "code": code, "msg": "S"}
        assert field_error_text(error) != "S", code


def test_read_only_list_selects_but_changes_nothing(pane: BBoxPane) -> None:
    drag(pane, (10, 10), (60, 60))
    pane.set_read_only(True)
    pane.objects.refill()
    click_cell(pane, box_item(pane, 1), HIDE_COL)
    click_cell(pane, box_item(pane, 1), 0)
    assert pane.canvas.selected == {1}
    assert boxes(pane) == [{"label": "car", "x": 10, "y": 10, "w": 50, "h": 50}]
    assert not pane.objects.attributes.isEnabled()

"""The drawing canvas: a QGraphicsView whose scene coordinates are original image pixels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPen,
    QRegion,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QWidget,
)

from annotator_desktop.core.bbox_model import (
    BoxData,
    BoxModel,
    clamp_point,
    handle_points,
    move_rect,
    rect_from_points,
    resize_rect,
)
from annotator_desktop.ui.panes.bbox.items import (
    HANDLE_PX,
    UNKNOWN_COLOR,
    BoxItem,
    BoxLayer,
    CanvasScale,
    LayerItem,
)

MIN_ZOOM, MAX_ZOOM = 0.005, 64.0
DRAG_PX = 3


class BoxCanvas(QGraphicsView):
    """Draw, select, move and resize boxes; zoom and pan; crosshair guides with coordinates."""

    #: (before, after, text) of a finished move/resize gesture.
    gesture_done = Signal(object, object, str)
    #: a rectangle (x, y, w, h) drawn by the user.
    box_drawn = Signal(object)
    selection_changed = Signal()
    view_changed = Signal()
    cursor_moved = Signal(float, float)
    activity = Signal()
    #: a label's own hotkey (from the task) was pressed.
    label_key_pressed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bboxCanvas")
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setScene(QGraphicsScene(self))
        self.setMouseTracking(True)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setBackgroundBrush(QColor("#303030"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.scale_info = CanvasScale()
        self.model: BoxModel | None = None
        self.read_only = False
        self.selected: set[int] = set()
        self.items_by_id: dict[int, BoxItem] = {}
        self.colors: dict[str, QColor] = {}
        self.layer = BoxLayer(self.scale_info)
        self.layer.setZValue(10)
        self.scene().addItem(self.layer)
        self.others_layer = LayerItem()
        self.others_layer.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.others_layer.setZValue(9)
        self.scene().addItem(self.others_layer)
        self.rubber = QGraphicsRectItem()
        pen = QPen(QColor("#ffeb3b"), 1, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.rubber.setPen(pen)
        self.rubber.setZValue(20)
        self.rubber.hide()
        self.scene().addItem(self.rubber)
        self.key_handlers: dict[int, Callable[[], None]] = {}
        self.label_keys: dict[int, str] = {}
        self._mode = "idle"
        self._anchor = QPointF()
        self._press_view = QPoint()
        self._before: dict[int, BoxData] = {}
        self._handle = ""
        self._space = False
        self._cursor: QPointF | None = None
        self._guide_text = ""

    # --- model ---------------------------------------------------------------------------
    def set_model(self, model: BoxModel) -> None:
        if self.model is not None:
            self.model.unsubscribe(self._on_model)
        self.model = model
        self.colors = {lab.name: QColor(lab.color) for lab in model.labels}
        model.subscribe(self._on_model)
        self.scene().setSceneRect(QRectF(0, 0, model.width, model.height))
        self.selected.clear()
        self._cancel_gesture()
        self._rebuild()

    def color_of(self, label: str) -> QColor:
        color = self.colors.get(label)
        return color if color is not None and color.isValid() else UNKNOWN_COLOR

    def _rebuild(self) -> None:
        """Re-creates the items of the selected boxes and refills the batched layer."""
        for item in self.items_by_id.values():
            self.scene().removeItem(item)
        self.items_by_id.clear()
        if self.model is None:
            return
        self.layer.set_bounds(self.model.width, self.model.height)
        for box_id in self.selected:
            self._add_item(box_id, self.model.get(box_id))
        self._refill_layer()

    def _refill_layer(self) -> None:
        if self.model is None:
            return
        sel = self.selected
        self.layer.set_boxes(
            [(box, self.color_of(box.label)) for i, box in self.model.items() if i not in sel]
        )

    def _add_item(self, box_id: int, box: BoxData) -> None:
        item = BoxItem(box_id, box, self.color_of(box.label), self.scale_info)
        item.setParentItem(self.layer)
        item.set_selected(True)
        self.items_by_id[box_id] = item

    def _on_model(self, what: str, box_id: int) -> None:
        if what == "reset":
            self.selected.clear()
            self._rebuild()
            self.selection_changed.emit()
        elif what == "added":
            self._refill_layer()
        elif what == "removed":
            item = self.items_by_id.pop(box_id, None)
            if item is not None:
                self.scene().removeItem(item)
            if box_id in self.selected:
                self.selected.discard(box_id)
                self.selection_changed.emit()
            else:
                self._refill_layer()
        elif what == "changed" and self.model is not None:
            item = self.items_by_id.get(box_id)
            if item is None:
                self._refill_layer()
            else:
                box = self.model.get(box_id)
                item.set_box(box, self.color_of(box.label))

    # --- selection -----------------------------------------------------------------------
    def select(self, ids: set[int]) -> None:
        assert self.model is not None
        known = set(self.model.ids())
        ids = {i for i in ids if i in known}
        for box_id in self.selected - ids:
            item = self.items_by_id.pop(box_id, None)
            if item is not None:
                self.scene().removeItem(item)
        for box_id in ids - self.selected:
            self._add_item(box_id, self.model.get(box_id))
        changed = ids != self.selected
        self.selected = ids
        if changed:
            self._refill_layer()
        self.selection_changed.emit()

    def box_at(self, pos: QPointF) -> int | None:
        """The smallest box under ``pos`` (so a box inside another can be picked)."""
        if self.model is None:
            return None
        px, py = pos.x(), pos.y()
        best: tuple[float, int] | None = None
        for box_id, b in self.model.items():
            if b.x <= px <= b.x + b.w and b.y <= py <= b.y + b.h:
                area = b.w * b.h
                if best is None or area < best[0]:
                    best = (area, box_id)
        return None if best is None else best[1]

    def handle_at(self, pos: QPointF) -> tuple[int, str] | None:
        reach = (HANDLE_PX / 2 + 2) / self.zoom()
        for box_id in self.selected:
            for name, (x, y) in handle_points(self.items_by_id[box_id].box.rect).items():
                if abs(pos.x() - x) <= reach and abs(pos.y() - y) <= reach:
                    return box_id, name
        return None

    # --- zoom and pan --------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, value: float, anchor_view: QPoint | None = None) -> None:
        """Zooms to ``value``; the image point under ``anchor_view`` (or the centre) stays put."""
        value = min(max(value, MIN_ZOOM), MAX_ZOOM)
        anchor = anchor_view if anchor_view is not None else self.viewport().rect().center()
        fixed = self.mapToScene(anchor)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        factor = value / self.zoom()
        self.scale(factor, factor)
        moved = self.mapFromScene(fixed) - anchor
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + moved.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + moved.y())
        self._zoom_changed()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit(self) -> None:
        if self.model is None:
            return
        self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        self._zoom_changed()

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def _zoom_changed(self) -> None:
        self.scale_info.value = self.zoom()
        self.layer.prepareGeometryChange()
        for item in self.items_by_id.values():
            item.scale_changed()
        for item in self.others_layer.childItems():
            if isinstance(item, BoxItem):
                item.scale_changed()
        self.view_changed.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.view_changed.emit()

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.activity.emit()
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self.zoom() * (1.25**steps), event.position().toPoint())
        event.accept()

    # --- mouse ---------------------------------------------------------------------------
    def scene_pos(self, event: QMouseEvent) -> QPointF:
        return self.mapToScene(event.position().toPoint())

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.activity.emit()
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        button = event.button()
        if button == Qt.MouseButton.MiddleButton or (
            button == Qt.MouseButton.LeftButton and self._space
        ):
            self._start_pan(event)
            return
        if button != Qt.MouseButton.LeftButton or self.model is None:
            return
        pos = self.scene_pos(event)
        self._press_view = event.position().toPoint()
        if self._mode == "click_draw":
            self._finish_draw(pos)
            return
        if self.read_only:
            box_id = self.box_at(pos)
            self.select({box_id} if box_id is not None else set())
            return
        self._press_edit(pos, event.modifiers())

    def _press_edit(self, pos: QPointF, modifiers: Qt.KeyboardModifier) -> None:
        assert self.model is not None
        handle = self.handle_at(pos)
        if handle is not None:
            self._mode, self._handle = "resize", handle[1]
            self._before = {handle[0]: self.model.get(handle[0])}
            return
        box_id = self.box_at(pos)
        if box_id is not None:
            if modifiers & Qt.KeyboardModifier.ControlModifier:
                self.select(self.selected ^ {box_id})
                return
            if box_id not in self.selected:
                self.select({box_id})
            self._mode, self._anchor = "move", pos
            self._before = {i: self.model.get(i) for i in self.selected}
            return
        self.select(set())
        x, y = clamp_point(pos.x(), pos.y(), self.model.width, self.model.height)
        self._mode, self._anchor = "draw", QPointF(x, y)
        self.rubber.setRect(QRectF(self._anchor, self._anchor))
        self.rubber.show()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = self.scene_pos(event)
        self._move_guides(pos)
        if self._mode == "pan":
            delta = event.position().toPoint() - self._press_view
            self._press_view = event.position().toPoint()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
        elif self._mode in ("draw", "click_draw") and self.model is not None:
            x, y = clamp_point(pos.x(), pos.y(), self.model.width, self.model.height)
            self.rubber.setRect(QRectF(*rect_from_points(self._anchor.x(), self._anchor.y(), x, y)))
        elif self._mode == "move":
            self._drag_move(pos)
        elif self._mode == "resize":
            self._drag_resize(pos)
        elif self.read_only or self.model is None:
            return
        else:
            self._hover_cursor(pos)

    def _drag_move(self, pos: QPointF) -> None:
        assert self.model is not None
        dx, dy = pos.x() - self._anchor.x(), pos.y() - self._anchor.y()
        m = self.model
        for box_id, box in self._before.items():
            rect = move_rect(box.rect, dx, dy, m.width, m.height)
            m.update(box_id, BoxData(box.label, *rect, proposal=False))

    def _drag_resize(self, pos: QPointF) -> None:
        assert self.model is not None
        m = self.model
        ((box_id, box),) = self._before.items()
        rect = resize_rect(box.rect, self._handle, pos.x(), pos.y(), m.width, m.height)
        m.update(box_id, BoxData(box.label, *rect, proposal=False))

    def _hover_cursor(self, pos: QPointF) -> None:
        handle = self.handle_at(pos)
        if handle is not None:
            name = handle[1]
            shape = {
                "tl": Qt.CursorShape.SizeFDiagCursor,
                "br": Qt.CursorShape.SizeFDiagCursor,
                "tr": Qt.CursorShape.SizeBDiagCursor,
                "bl": Qt.CursorShape.SizeBDiagCursor,
                "t": Qt.CursorShape.SizeVerCursor,
                "b": Qt.CursorShape.SizeVerCursor,
            }.get(name, Qt.CursorShape.SizeHorCursor)
            self.viewport().setCursor(shape)
        elif self._space:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
        else:
            self.viewport().setCursor(Qt.CursorShape.CrossCursor)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = self.scene_pos(event)
        mode = self._mode
        if mode == "pan":
            self._mode = "idle"
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.CrossCursor
            )
        elif mode == "draw":
            moved = (event.position().toPoint() - self._press_view).manhattanLength()
            if moved < DRAG_PX:
                self._mode = "click_draw"  # the second click finishes the box
            else:
                self._finish_draw(pos)
        elif mode in ("move", "resize"):
            self._finish_edit(mode)

    def _finish_draw(self, pos: QPointF) -> None:
        assert self.model is not None
        x, y = clamp_point(pos.x(), pos.y(), self.model.width, self.model.height)
        rect = rect_from_points(self._anchor.x(), self._anchor.y(), x, y)
        self._cancel_gesture()
        if rect[2] >= 1 and rect[3] >= 1:
            self.box_drawn.emit(rect)

    def _finish_edit(self, mode: str) -> None:
        assert self.model is not None
        before = self._before
        after = {i: self.model.get(i) for i in before if i in self.model.ids()}
        self._mode, self._before = "idle", {}
        if after and any(after[i] != before[i] for i in after):
            text = self.tr("Move box") if mode == "move" else self.tr("Resize box")
            self.gesture_done.emit(before, after, text)

    def _start_pan(self, event: QMouseEvent) -> None:
        self._cancel_gesture()
        self._mode = "pan"
        self._press_view = event.position().toPoint()
        self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)

    def _cancel_gesture(self) -> None:
        """Ends a half-done gesture, putting moved boxes back."""
        if self._mode in ("move", "resize") and self.model is not None:
            for box_id, box in self._before.items():
                if box_id in self.model.ids():
                    self.model.update(box_id, box)
        self._mode, self._before = "idle", {}
        self.rubber.hide()

    # --- keys ----------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.activity.emit()
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            return
        if key == Qt.Key.Key_H and not event.modifiers():
            if not event.isAutoRepeat():
                self.set_boxes_hidden(True)
            return
        if key == Qt.Key.Key_Escape:
            self._cancel_gesture()
            self.select(set())
            return
        combo = event.keyCombination().toCombined()
        if combo in self.label_keys:
            self.label_key_pressed.emit(self.label_keys[combo])
            return
        handler = self.key_handlers.get(combo)
        if handler is not None:
            handler()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.isAutoRepeat():
            return
        if event.key() == Qt.Key.Key_Space:
            self._space = False
            if self._mode != "pan":
                self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        elif event.key() == Qt.Key.Key_H:
            self.set_boxes_hidden(False)
        else:
            super().keyReleaseEvent(event)

    def event(self, event) -> bool:
        # Space and H are held keys: take them before any shortcut does.
        if event.type() == event.Type.ShortcutOverride:
            key = event.key()
            if key in (Qt.Key.Key_Space, Qt.Key.Key_H) and not event.modifiers():
                event.accept()
                return True
        return super().event(event)

    def set_boxes_hidden(self, hidden: bool) -> None:
        self.layer.setVisible(not hidden)

    def boxes_hidden(self) -> bool:
        return not self.layer.isVisible()

    def set_label_keys(self, hotkeys: dict[str, str]) -> None:
        """Task-defined label hotkeys (hotkey -> label); keys the pane already uses are skipped."""
        self.label_keys = {}
        for hotkey, name in hotkeys.items():
            seq = QKeySequence(hotkey)
            if seq.count() != 1:
                continue
            combo = seq[0].toCombined()
            if combo not in self.key_handlers and seq[0].key() not in (
                Qt.Key.Key_H,
                Qt.Key.Key_Space,
                Qt.Key.Key_Escape,
            ):
                self.label_keys[combo] = name

    def register_keys(self, sequence: QKeySequence, handler: Callable[[], None]) -> None:
        """Makes a key work even when no shortcut fires (e.g. the window is not active)."""
        for i in range(sequence.count()):
            self.key_handlers[sequence[i].toCombined()] = handler

    # --- crosshair guides ----------------------------------------------------------------
    def _move_guides(self, pos: QPointF) -> None:
        old = self._guide_region()
        self._cursor = pos
        if self.model is not None:
            x, y = clamp_point(pos.x(), pos.y(), self.model.width, self.model.height)
            self._guide_text = f"{int(x)}, {int(y)}"
            self.cursor_moved.emit(x, y)
        self.viewport().update(old.united(self._guide_region()))

    def _guide_region(self) -> QRegion:
        if self._cursor is None:
            return QRegion()
        p = self.mapFromScene(self._cursor)
        vp = self.viewport().rect()
        vline = QRect(p.x() - 1, vp.top(), 3, vp.height())
        hline = QRect(vp.left(), p.y() - 1, vp.width(), 3)
        label = QRect(p.x() + 8, p.y() + 8, 110, 22)
        return QRegion(vline).united(hline).united(label)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        if self._cursor is None or self.model is None:
            return
        if not self.scene().sceneRect().contains(self._cursor):
            return
        painter.save()
        painter.resetTransform()
        p = self.mapFromScene(self._cursor)
        vp = self.viewport().rect()
        pen = QPen(QColor(255, 255, 255, 160), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(p.x(), vp.top(), p.x(), vp.bottom())
        painter.drawLine(vp.left(), p.y(), vp.right(), p.y())
        box = QRect(p.x() + 8, p.y() + 8, 110, 22)
        painter.fillRect(box, QColor(0, 0, 0, 170))
        painter.setPen(QColor("white"))
        painter.drawText(box.adjusted(4, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self._guide_text)
        painter.restore()

    def leaveEvent(self, event) -> None:
        old = self._guide_region()
        self._cursor = None
        self.viewport().update(old)
        super().leaveEvent(event)

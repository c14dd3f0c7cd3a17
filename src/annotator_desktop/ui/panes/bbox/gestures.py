"""Mouse gestures of the canvas: draw, select, move, resize, pan (one undo entry each)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsView

from annotator_desktop.core.bbox_model import (
    BoxData,
    BoxModel,
    clamp_point,
    move_rect,
    rect_from_points,
    resize_rect,
)

DRAG_PX = 3


class GestureMixin(QGraphicsView):
    """Mouse handling; the canvas supplies the model, the selection and the signals."""

    model: BoxModel | None
    read_only: bool
    selected: set[int]
    rubber: QGraphicsRectItem
    _mode: str
    _anchor: QPointF
    _press_view: QPoint
    _before: dict[int, BoxData]
    _handle: str
    _space: bool
    _draw_mode: bool
    box_drawn: Signal
    draw_mode_changed: Signal
    gesture_done: Signal
    activity: Signal

    if TYPE_CHECKING:  # supplied by BoxCanvas and KeysGuidesMixin

        def box_at(self, pos: QPointF) -> int | None: ...
        def handle_at(self, pos: QPointF) -> tuple[int, str] | None: ...
        def select(self, ids: set[int]) -> None: ...
        def _move_guides(self, pos: QPointF) -> None: ...

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
        if self._draw_mode:
            self._start_draw(pos)  # draw mode: a box may start inside another box
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
            movable = {i: self.model.get(i) for i in self.selected}
            movable = {i: b for i, b in movable.items() if not b.locked}
            if box_id in movable:  # a locked box can be selected, not moved
                self._mode, self._anchor, self._before = "move", pos, movable
            return
        if self.scene().sceneRect().contains(pos):
            self.select(set())  # a click on the image outside every box deselects
        # A press outside every box starts a drag-to-draw; it draws only if the mouse moves
        # (a click never leaves a half-drawn box behind, on the image or on the margin).
        self._start_draw(pos)

    def _start_draw(self, pos: QPointF) -> None:
        assert self.model is not None
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
            m.update(box_id, box.touched(rect))

    def _drag_resize(self, pos: QPointF) -> None:
        assert self.model is not None
        m = self.model
        ((box_id, box),) = self._before.items()
        rect = resize_rect(box.rect, self._handle, pos.x(), pos.y(), m.width, m.height)
        m.update(box_id, box.touched(rect))

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
        else:
            self.viewport().setCursor(self.idle_cursor())

    def idle_cursor(self) -> Qt.CursorShape:
        """Open hand while Space is held, a cross in draw mode, else the arrow."""
        if self._space:
            return Qt.CursorShape.OpenHandCursor
        return Qt.CursorShape.CrossCursor if self._draw_mode else Qt.CursorShape.ArrowCursor

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pos = self.scene_pos(event)
        mode = self._mode
        if mode == "pan":
            self._mode = "idle"
            self.viewport().setCursor(self.idle_cursor())
        elif mode == "draw":
            moved = (event.position().toPoint() - self._press_view).manhattanLength()
            if moved >= DRAG_PX:
                self._finish_draw(pos)
            elif self._draw_mode:
                self._mode = "click_draw"  # draw mode: the second click finishes the box
            else:
                self._cancel_gesture()  # a plain click never starts a box
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
            text = (
                QCoreApplication.translate("GestureMixin", "Move box")
                if mode == "move"
                else QCoreApplication.translate("GestureMixin", "Resize box")
            )
            self.gesture_done.emit(before, after, text)

    def set_draw_mode(self, on: bool) -> None:
        """Draw mode (W): every press starts a box, also inside another box; click–click works."""
        if on and self.read_only:
            on = False
        if self._mode in ("draw", "click_draw"):
            self._cancel_gesture()
        if on == self._draw_mode:
            return
        self._draw_mode = on
        self.viewport().setCursor(self.idle_cursor())
        self.draw_mode_changed.emit(on)

    def draw_mode(self) -> bool:
        return self._draw_mode

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

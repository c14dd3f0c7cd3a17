"""Keys and crosshair guides of the canvas (held keys: Space pans, H hides the boxes)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QKeySequence, QPainter, QPen, QRegion
from PySide6.QtWidgets import QGraphicsView

from annotator_desktop.core.bbox_model import (
    BoxModel,
    clamp_point,
)
from annotator_desktop.ui.panes.bbox.items import BoxLayer


class KeysGuidesMixin(QGraphicsView):
    """Key handling and the crosshair guides with the cursor's pixel coordinates."""

    model: BoxModel | None
    layer: BoxLayer
    key_handlers: dict[int, Callable[[], None]]
    label_keys: dict[int, str]
    label_key_pressed: Signal
    cursor_moved: Signal
    cursor_left: Signal
    activity: Signal
    _mode: str
    _space: bool
    _draw_mode: bool
    _cursor: QPointF | None
    _guide_text: str

    if TYPE_CHECKING:  # supplied by BoxCanvas and GestureMixin

        def select(self, ids: set[int]) -> None: ...
        def set_draw_mode(self, on: bool) -> None: ...
        def idle_cursor(self) -> Qt.CursorShape: ...
        def _cancel_gesture(self) -> None: ...

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
            # one step back at a time: a half-drawn box, then draw mode, then the selection
            if self._mode in ("draw", "click_draw"):
                self._cancel_gesture()
            elif self._draw_mode:
                self.set_draw_mode(False)
            else:
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
                self.viewport().setCursor(self.idle_cursor())
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
            first = seq[0]  # type: ignore[index]  # PySide6 stubs: QKeySequence[i] is a QKeyCombination
            combo = first.toCombined()
            if combo not in self.key_handlers and first.key() not in (
                Qt.Key.Key_H,
                Qt.Key.Key_Space,
                Qt.Key.Key_Escape,
            ):
                self.label_keys[combo] = name

    def register_keys(self, sequence: QKeySequence, handler: Callable[[], None]) -> None:
        """Makes a key work even when no shortcut fires (e.g. the window is not active)."""
        for i in range(sequence.count()):
            combination = sequence[i]  # type: ignore[index]  # PySide6 stubs, as above
            self.key_handlers[combination.toCombined()] = handler

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

    def drawForeground(self, painter: QPainter, rect: QRectF | QRect) -> None:
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

    def clear_guides(self) -> None:
        """Hides the crosshair and forgets the cursor position."""
        if self._cursor is not None:
            self.viewport().update(self._guide_region())
        self._cursor = None
        self._guide_text = ""
        self.cursor_left.emit()

    def leaveEvent(self, event) -> None:
        self.clear_guides()
        super().leaveEvent(event)

"""The drawing canvas: a QGraphicsView whose scene coordinates are original image pixels."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QPen,
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
    handle_points,
)
from annotator_desktop.ui.panes.bbox.gestures import GestureMixin
from annotator_desktop.ui.panes.bbox.items import (
    HANDLE_PX,
    UNKNOWN_COLOR,
    BoxItem,
    BoxLayer,
    CanvasScale,
    LayerItem,
)
from annotator_desktop.ui.panes.bbox.keys_guides import KeysGuidesMixin

MIN_ZOOM, MAX_ZOOM = 0.005, 64.0


class BoxCanvas(GestureMixin, KeysGuidesMixin):
    """Draw, select, move and resize boxes; zoom and pan; crosshair guides with coordinates."""

    # (before, after, text) of a finished move/resize gesture.
    gesture_done = Signal(object, object, str)
    # a rectangle (x, y, w, h) drawn by the user.
    box_drawn = Signal(object)
    # draw mode (W) was switched on or off.
    draw_mode_changed = Signal(bool)
    selection_changed = Signal()
    view_changed = Signal()
    cursor_moved = Signal(float, float)
    # the cursor left the canvas (or the image changed): no position to show.
    cursor_left = Signal()
    activity = Signal()
    # a label's own hotkey (from the task) was pressed.
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
        self.setCursor(Qt.CursorShape.ArrowCursor)
        self.scale_info = CanvasScale()
        self.model: BoxModel | None = None
        self.read_only = False
        self.selected: set[int] = set()
        self.items_by_id: dict[int, BoxItem] = {}
        self.colors: dict[str, QColor] = {}
        self.hidden_labels: set[str] = set()  # labels whose boxes are not shown (a view setting)
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
        self._draw_mode = False
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
        self._update_scroll_area()
        self.selected.clear()
        self._cancel_gesture()
        self.clear_guides()  # the previous image's cursor position means nothing here
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

    def shown(self, box: BoxData) -> bool:
        """Whether ``box`` is drawn (and can be picked): not hidden, its label not hidden."""
        return not box.hidden and box.label not in self.hidden_labels

    def set_hidden_labels(self, labels: set[str]) -> None:
        self.hidden_labels = set(labels)
        self._rebuild()

    def _refill_layer(self) -> None:
        if self.model is None:
            return
        sel = self.selected
        self.layer.set_boxes(
            [
                (box, self.color_of(box.label))
                for i, box in self.model.items()
                if i not in sel and self.shown(box)
            ]
        )

    def _add_item(self, box_id: int, box: BoxData) -> None:
        item = BoxItem(box_id, box, self.color_of(box.label), self.scale_info)
        item.setParentItem(self.layer)
        item.set_selected(True)
        item.setVisible(self.shown(box))
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
                item.setVisible(self.shown(box))

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
            if b.x <= px <= b.x + b.w and b.y <= py <= b.y + b.h and self.shown(b):
                area = b.w * b.h
                if best is None or area < best[0]:
                    best = (area, box_id)
        return None if best is None else best[1]

    def handle_at(self, pos: QPointF) -> tuple[int, str] | None:
        reach = (HANDLE_PX / 2 + 2) / self.zoom()
        for box_id in self.selected:
            box = self.items_by_id[box_id].box
            if box.locked or not self.shown(box):
                continue
            for name, (x, y) in handle_points(box.rect).items():
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
        self._update_scroll_area()
        # in float view pixels (QPoint mapping would round twice): the error stays under 1 px
        moved = self.viewportTransform().map(fixed) - QPointF(anchor)
        bars = self.horizontalScrollBar(), self.verticalScrollBar()
        bars[0].setValue(bars[0].value() + round(moved.x()))
        bars[1].setValue(bars[1].value() + round(moved.y()))
        self._zoom_changed()

    def zoom_by(self, factor: float) -> None:
        self.set_zoom(self.zoom() * factor)

    def fit(self) -> None:
        if self.model is None:
            return
        image = self.scene().sceneRect()
        self.fitInView(image, Qt.AspectRatioMode.KeepAspectRatio)
        self._update_scroll_area()
        self.centerOn(image.center())
        self._zoom_changed()

    def _update_scroll_area(self) -> None:
        """The view scrolls over the image plus one viewport of margin on every side, so the
        view is never pinned (centred) by Qt: a zoom can keep any point under the cursor."""
        image = self.scene().sceneRect()
        zoom = max(self.zoom(), 1e-9)
        mx, my = self.viewport().width() / zoom, self.viewport().height() / zoom
        self.setSceneRect(image.adjusted(-mx, -my, mx, my))

    def actual_size(self) -> None:
        self.set_zoom(1.0)

    def _zoom_changed(self) -> None:
        # Every item's bounding rect depends on the scale: tell the scene's index *before* the
        # value changes, or it keeps stale rects (and removing an item later crashes in paint).
        self.layer.prepareGeometryChange()
        for item in self.items_by_id.values():
            item.scale_changed()
        for child in self.others_layer.childItems():
            if isinstance(child, BoxItem):
                child.scale_changed()
        self.scale_info.value = self.zoom()
        self.view_changed.emit()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.view_changed.emit()

    def resizeEvent(self, event) -> None:
        centre = self.mapToScene(self.viewport().rect().center())
        super().resizeEvent(event)
        self._update_scroll_area()
        self.centerOn(centre)
        self.view_changed.emit()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Leave:
            self.clear_guides()  # the mouse left the image area
        return super().viewportEvent(event)

    def visible_scene_rect(self) -> QRectF:
        return self.mapToScene(self.viewport().rect()).boundingRect()

    def wheelEvent(self, event: QWheelEvent) -> None:
        self.activity.emit()
        steps = event.angleDelta().y() / 120.0
        if steps:
            self.set_zoom(self.zoom() * (1.25**steps), event.position().toPoint())
        event.accept()

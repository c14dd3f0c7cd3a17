"""Graphics items of the canvas: one item per box, painted in view pixels whatever the zoom."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from annotator_desktop.core.bbox_model import BoxData, handle_points

HANDLE_PX = 7.0
UNKNOWN_COLOR = QColor("#9e9e9e")


class CanvasScale:
    """The view's zoom (view pixels per image pixel), shared by all items for their margins."""

    def __init__(self) -> None:
        self.value = 1.0
        self.font = QFont()
        self.font.setPixelSize(12)
        self.metrics = QFontMetricsF(self.font)
        self._widths: dict[str, float] = {}
        self._tags: dict[tuple[str, int], tuple[str, float]] = {}

    def text_width(self, text: str) -> float:
        width = self._widths.get(text)
        if width is None:
            width = self.metrics.horizontalAdvance(text) + 6
            self._widths[text] = width
        return width

    def tag(self, text: str, box_width: float) -> tuple[str, float]:
        """The tag text and width for a box ``box_width`` screen pixels wide: the whole text,
        or, on a narrow box, the text shortened with an ellipsis to (about) the box's width."""
        full = self.text_width(text)
        width = max(min(full, box_width), min(full, TAG_READABLE_W))
        if width >= full:
            return text, full
        key = (text, int(width))
        found = self._tags.get(key)
        if found is None:
            short = self.metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 6)
            found = (short or "…", self.metrics.horizontalAdvance(short or "…") + 6)
            if len(self._tags) > 4096:
                self._tags.clear()
            self._tags[key] = found
        return found


class BoxItem(QGraphicsItem):
    """A box with its label tag; handles when selected; dashed while it is a proposal."""

    def __init__(
        self, box_id: int, box: BoxData, color: QColor, scale: CanvasScale, caption: str = ""
    ) -> None:
        super().__init__()
        self.box_id = box_id
        self.box = box
        self.color = color
        self.caption = caption or box.label
        self.selected = False
        self.foreign = False
        self._scale = scale
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def set_box(self, box: BoxData, color: QColor, caption: str = "") -> None:
        self.prepareGeometryChange()
        self.box = box
        self.color = color
        self.caption = caption or box.label

    def set_selected(self, selected: bool) -> None:
        if selected != self.selected:
            self.prepareGeometryChange()
            self.selected = selected

    def scale_changed(self) -> None:
        self.prepareGeometryChange()

    def rect(self) -> QRectF:
        return QRectF(self.box.x, self.box.y, self.box.w, self.box.h)

    def boundingRect(self) -> QRectF:
        s = max(self._scale.value, 1e-6)
        margin = (HANDLE_PX + 2) / s
        tag_h = (self._scale.metrics.height() + 2) / s
        tag_w = self._scale.text_width(self.caption) / s
        r = self.rect()
        return QRectF(
            r.x() - margin,
            r.y() - tag_h - margin,
            max(r.width(), tag_w) + 2 * margin,
            r.height() + tag_h + 2 * margin,
        )

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        pen = QPen(self.color, 3 if self.selected else 2)
        pen.setCosmetic(True)
        if self.box.proposal or self.foreign:
            pen.setStyle(Qt.PenStyle.DashLine)
        painter.setPen(pen)
        if self.selected:
            fill = QColor(self.color)
            fill.setAlpha(40)
            painter.setBrush(QBrush(fill))
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(self.rect())
        self._paint_tag(painter)
        if self.selected and not self.foreign and not self.box.locked:
            self._paint_handles(painter)

    def _paint_tag(self, painter: QPainter) -> None:
        if not self.caption:
            return
        s = max(self._scale.value, 1e-6)
        h = self._scale.metrics.height() + 2
        w = self._scale.text_width(self.caption)
        painter.save()
        painter.translate(self.box.x, self.box.y)
        painter.scale(1 / s, 1 / s)
        tag = QRectF(0, -h, w, h)
        painter.fillRect(tag, self.color)
        painter.setFont(self._scale.font)
        painter.setPen(QColor("black") if self.color.lightness() > 140 else QColor("white"))
        painter.drawText(tag.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, self.caption)
        painter.restore()

    def _paint_handles(self, painter: QPainter) -> None:
        s = max(self._scale.value, 1e-6)
        half = HANDLE_PX / 2 / s
        pen = QPen(QColor("black"), 1)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QBrush(QColor("white")))
        for x, y in handle_points(self.box.rect).values():
            painter.drawRect(QRectF(QPointF(x - half, y - half), QPointF(x + half, y + half)))


class LayerItem(QGraphicsItem):
    """An empty parent that shows or hides every box at once."""

    def boundingRect(self) -> QRectF:
        return QRectF()

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        return


# Boxes at least TAG_MIN_W x TAG_MIN_H screen pixels get a label tag; a tag is as wide as its
# text, or as the box when that is narrower (the text then ends in "…"), but never narrower than
# TAG_READABLE_W, so a short label shows whole and a long one its first letters and "…".
TAG_MIN_W, TAG_MIN_H, TAG_READABLE_W, MAX_TAGS = 4.0, 4.0, 40.0, 400


class BoxLayer(QGraphicsItem):
    """Paints every unselected box in a few batched calls (fast with thousands of boxes).

    Selected boxes are drawn by their own BoxItem children on top. Label tags are painted for
    boxes that are at least TAG_MIN_W x TAG_MIN_H screen pixels, at most MAX_TAGS at a time
    (a level-of-detail rule: zoom in to read the labels of small boxes).
    """

    def __init__(self, scale: CanvasScale) -> None:
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # Repaints and drags blit the cached layer; it is redrawn only when the boxes change.
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._scale = scale
        self._bounds = QRectF()
        self._source: list[tuple[BoxData, QColor]] = []
        self._groups: dict[tuple[int, bool], list[QRectF]] | None = None

    def set_bounds(self, width: float, height: float) -> None:
        self.prepareGeometryChange()
        self._bounds = QRectF(0, 0, width, height)

    def set_boxes(self, boxes: list[tuple[BoxData, QColor]]) -> None:
        self._source = boxes
        self._groups = None
        self.update()

    def boundingRect(self) -> QRectF:
        s = max(self._scale.value, 1e-6)
        margin = (self._scale.metrics.height() + 8) / s
        right = max(margin, 240 / s)  # a label tag may run past the image's right edge
        return self._bounds.adjusted(-margin, -margin, right, margin)

    def _build(self) -> dict[tuple[int, bool], list[QRectF]]:
        groups: dict[tuple[int, bool], list[QRectF]] = {}
        for box, color in self._source:
            key = (color.rgba(), box.proposal)
            groups.setdefault(key, []).append(QRectF(box.x, box.y, box.w, box.h))
        return groups

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        if self._groups is None:
            self._groups = self._build()
        painter.setBrush(Qt.BrushStyle.NoBrush)
        exposed = option.exposedRect
        partial = exposed.width() * exposed.height() < 0.5 * self._bounds.width() * (
            self._bounds.height()
        )
        for (rgba, proposal), all_rects in self._groups.items():
            # When zoomed in, hand Qt only what is on screen (clipping far lines costs more).
            rects = [r for r in all_rects if exposed.intersects(r)] if partial else all_rects
            if not rects:
                continue
            pen = QPen(QColor.fromRgba(rgba), 1)
            pen.setCosmetic(True)
            if proposal:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawRects(rects)
        self._paint_tags(painter, option.exposedRect)

    def _paint_tags(self, painter: QPainter, exposed: QRectF) -> None:
        s = self._scale.value
        min_w, min_h = TAG_MIN_W / s, TAG_MIN_H / s
        tag_h = self._scale.metrics.height() + 2
        reach = exposed.adjusted(0, 0, 0, tag_h / s)
        left, top, right, bottom = reach.left(), reach.top(), reach.right(), reach.bottom()
        chosen: list[tuple[BoxData, QColor]] = []
        for box, color in self._source:
            if (
                box.w >= min_w
                and box.h >= min_h
                and box.label
                and box.x < right
                and box.x + box.w > left
                and box.y < bottom
                and box.y + box.h > top
            ):
                chosen.append((box, color))
                if len(chosen) > MAX_TAGS:
                    return  # too many to read: zoom in (level of detail)
        if not chosen:
            return
        transform = painter.worldTransform()
        painter.save()
        painter.resetTransform()
        painter.setFont(self._scale.font)
        for box, color in chosen:
            p = transform.map(QPointF(box.x, box.y))
            text, w = self._scale.tag(box.label, box.w * s)
            tag = QRectF(p.x(), p.y() - tag_h, w, tag_h)
            painter.fillRect(tag, color)
            painter.setPen(QColor("black") if color.lightness() > 140 else QColor("white"))
            painter.drawText(tag.adjusted(3, 0, 0, 0), Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

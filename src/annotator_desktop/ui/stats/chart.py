"""A horizontal (stacked) bar chart drawn with QPainter; mirrors itself right-to-left."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget


@dataclass(frozen=True)
class Segment:
    value: float
    color: str
    legend: str  # translated name of what the segment counts


@dataclass(frozen=True)
class Bar:
    label: str
    segments: tuple[Segment, ...]

    @property
    def total(self) -> float:
        return sum(s.value for s in self.segments)


class BarChart(QWidget):
    """Bars with their label on the leading side and the total after the bar."""

    ROW = 24

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # reachable, so a screen reader reads it

    def set_bars(self, bars: list[Bar]) -> None:
        self.bars = bars
        self.setAccessibleDescription(
            "; ".join(
                f"{b.label}: " + ", ".join(f"{s.legend} {s.value:g}" for s in b.segments)
                for b in bars
            )
        )
        self.updateGeometry()
        self.update()

    def _legends(self) -> list[tuple[str, str]]:
        seen: dict[str, str] = {}
        for bar in self.bars:
            for seg in bar.segments:
                seen.setdefault(seg.legend, seg.color)
        stacked = any(len(bar.segments) > 1 for bar in self.bars)
        return list(seen.items()) if stacked else []

    def sizeHint(self) -> QSize:
        rows = len(self.bars) + (1 if self._legends() else 0)
        return QSize(420, max(1, rows) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(240, self.sizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        width = self.width()
        fm = self.fontMetrics()
        label_w = min(
            width // 3, max((fm.horizontalAdvance(b.label) for b in self.bars), default=0)
        )
        value_w = fm.horizontalAdvance("00000") + 8
        top = max((b.total for b in self.bars), default=0) or 1
        span = max(10, width - label_w - value_w - 16)
        text = self.palette().color(QPalette.ColorRole.WindowText)

        def rect(x: float, y: float, w: float, h: float) -> QRectF:
            return QRectF(width - x - w if rtl else x, y, w, h)  # mirrored right-to-left

        lead = Qt.AlignmentFlag.AlignVCenter | (
            Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        )
        for i, bar in enumerate(self.bars):
            y = 4 + i * self.ROW
            painter.setPen(text)
            label = fm.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w)
            painter.drawText(rect(4, y, label_w, self.ROW - 4), lead, label)
            x: float = 8 + label_w
            painter.setPen(Qt.PenStyle.NoPen)
            for seg in bar.segments:
                w = span * seg.value / top
                if w > 0:
                    painter.setBrush(QColor(seg.color))
                    painter.drawRect(rect(x, y + 3, w, self.ROW - 10))
                    x += w
            painter.setPen(text)
            painter.drawText(rect(x + 6, y, value_w, self.ROW - 4), lead, f"{bar.total:g}")
        legends = self._legends()
        if legends:
            y = 4 + len(self.bars) * self.ROW
            x = 8 + label_w
            for legend, color in legends:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QColor(color))
                painter.drawRect(rect(x, y + 7, 10, 10))
                painter.setPen(text)
                w = fm.horizontalAdvance(legend) + 8
                painter.drawText(rect(x + 14, y, w, self.ROW - 4), lead, legend)
                x += w + 24
        painter.end()

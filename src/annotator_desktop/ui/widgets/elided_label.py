"""A one-line label that gives way when room is short.

It asks for its whole text's width (so a layout with room shows all of it), but may be given less
than that: then it draws the text elided and holds the whole text as its tooltip. A long text (a
project's name, in any language) thus never widens the window beyond the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QStyle, QWidget


class ElidedLabel(QLabel):
    """Plain text on one line; ``least_chars`` average characters is the least it asks for."""

    def __init__(self, parent: QWidget | None = None, least_chars: int = 12) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # the text may hold data (a project's name)
        self._least_chars = least_chars
        self._elided = False

    def is_elided(self) -> bool:
        """True when the label is narrower than its text and shows it elided."""
        return self._elided

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_elision()

    def minimumSizeHint(self) -> QSize:
        whole = super().minimumSizeHint()
        least = self.fontMetrics().averageCharWidth() * self._least_chars + 2 * self.margin()
        return QSize(min(whole.width(), least), whole.height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_elision()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._update_elision()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._elided:
            super().paintEvent(event)
            return
        rect = self.contentsRect().adjusted(self.margin(), 0, -self.margin(), 0)
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        align = QStyle.visualAlignment(self.layoutDirection(), self.alignment())
        painter = QPainter(self)
        self.style().drawItemText(
            painter, rect, int(align), self.palette(), self.isEnabled(), text, self.foregroundRole()
        )

    def _update_elision(self) -> None:
        elided = bool(self.text()) and self.sizeHint().width() > self.width()
        if elided != self._elided or (elided and self.toolTip() != self.text()):
            self._elided = elided
            self.setToolTip(self.text() if elided else "")
            self.update()

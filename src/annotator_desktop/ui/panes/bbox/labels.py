"""The label list: colour, number key, name and box count of every label, with a search field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from annotator_desktop.core.bbox_model import LabelDef


class LabelPanel(QWidget):
    label_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bboxLabelPanel")
        self.search = QLineEdit(self)
        self.search.setObjectName("bboxLabelSearch")
        self.search.setClearButtonEnabled(True)
        self.list = QListWidget(self)
        self.list.setObjectName("bboxLabelList")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._labels: list[LabelDef] = []
        self._counts: dict[str, int] = {}
        self.current = ""
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._choose_first)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.retranslate()

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search labels"))
        self.search.setAccessibleName(self.tr("Search labels"))
        self.list.setAccessibleName(self.tr("Labels"))
        self._refill()

    def set_labels(self, labels: list[LabelDef]) -> None:
        self._labels = labels
        self._refill()

    def set_counts(self, counts: dict[str, int]) -> None:
        self._counts = counts
        self._refill()

    def set_current(self, name: str) -> None:
        self.current = name
        self._refill()

    def _refill(self) -> None:
        self.list.clear()
        for index, label in enumerate(self._labels):
            key = str(index + 1) if index < 9 else ""
            text = (
                self.tr("%1  %2 (%3)")
                .replace("%1", key)
                .replace("%2", label.name)
                .replace("%3", str(self._counts.get(label.name, 0)))
            )
            item = QListWidgetItem(_swatch(label.color), text.strip())
            item.setData(Qt.ItemDataRole.UserRole, label.name)
            self.list.addItem(item)
            if label.name == self.current:
                item.setSelected(True)
                self.list.setCurrentItem(item)
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            name = str(item.data(Qt.ItemDataRole.UserRole))
            item.setHidden(bool(needle) and needle not in name.casefold())

    def clear_search(self) -> None:
        self.search.clear()

    def _choose_first(self) -> None:
        """Enter in the search field chooses the first label that matches."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden():
                self._activated(item)
                return

    def _activated(self, item: QListWidgetItem) -> None:
        self.label_chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))


def _swatch(color: str) -> QIcon:
    pix = QPixmap(12, 12)
    qc = QColor(color)
    pix.fill(qc if qc.isValid() else QColor("#9e9e9e"))
    return QIcon(pix)

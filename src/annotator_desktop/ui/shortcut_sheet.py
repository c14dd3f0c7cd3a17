"""The shortcut sheet (F1): every action of the menus and of the current pane, with its keys."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def collect_actions(menus: list[QMenu], extra: list[QAction]) -> list[tuple[str, str, str]]:
    """(group, action text without mnemonics, shortcuts) for every action with a text."""
    rows: list[tuple[str, str, str]] = []
    seen: set[int] = set()

    def add(group: str, action: QAction) -> None:
        if (
            action.isSeparator()
            or not action.text()
            or not action.isVisible()
            or id(action) in seen
        ):
            return
        seen.add(id(action))
        keys = ", ".join(
            s.toString(QKeySequence.SequenceFormat.NativeText) for s in action.shortcuts()
        )
        rows.append((group, _plain(action.text()), keys))

    for menu in menus:
        for action in menu.actions():
            sub_menu = action.menu()  # typed QObject by PySide6
            if isinstance(sub_menu, QMenu):
                for sub in sub_menu.actions():
                    add(_plain(menu.title()), sub)
            else:
                add(_plain(menu.title()), action)
    for action in extra:
        add("", action)
    return rows


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").replace("…", "")


class ShortcutSheet(QDialog):
    def __init__(
        self,
        rows: list[tuple[str, str, str]],
        pane_group: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.table = QTableWidget(len(rows), 3, self)
        self.table.setObjectName("shortcutTable")
        self.table.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        for r, (group, text, keys) in enumerate(rows):
            for c, value in enumerate((group or pane_group, text, keys)):
                self.table.setItem(r, c, QTableWidgetItem(value))
        # Every entry whole: columns as wide as their longest text, the dialog as wide as the
        # table (at most most of the screen; beyond that the table scrolls, nothing is elided).
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("shortcutSearch")
        self.search.setClearButtonEnabled(True)
        self.search.setPlaceholderText(self.tr("Search shortcuts"))
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.textChanged.connect(self._filter)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("shortcutButtons")
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.table.resizeColumnsToContents()
        wanted = sum(self.table.columnWidth(c) for c in range(3)) + 2 * self.table.frameWidth()
        wanted += self.table.verticalScrollBar().sizeHint().width() + 24
        screen = self.screen().availableGeometry().width() if self.screen() else 1200
        self.resize(max(560, min(wanted, int(screen * 0.9))), 520)

    def _filter(self, text: str) -> None:
        """Shows the rows whose menu, action or keys contain ``text`` (any case)."""
        needle = text.strip().casefold()
        for row in range(self.table.rowCount()):
            cells = (self.table.item(row, c) for c in range(3))
            hay = " ".join(cell.text() for cell in cells if cell is not None).casefold()
            self.table.setRowHidden(row, bool(needle) and needle not in hay)

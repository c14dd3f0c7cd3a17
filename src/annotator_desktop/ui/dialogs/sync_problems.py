"""Sync ▸ Problems: the server changes that could not be used, kept aside with the reason."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.store import Quarantine
from annotator_desktop.core.sync.pull import quarantined

SHOWN = 200


class SyncProblemsDialog(QDialog):
    """Lists quarantined feed changes (newest first); rows are read off the UI thread."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncProblemsDialog")
        self.setWindowTitle(self.tr("Sync problems"))
        self.summary = QLabel(self.tr("Reading…"), self)
        self.summary.setObjectName("syncProblemsSummary")
        self.summary.setAccessibleName(self.tr("Summary"))
        self.summary.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("syncProblemsTable")
        self.table.setAccessibleName(self.tr("Changes set aside"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kind"), self.tr("Item"), self.tr("Received"), self.tr("Problem")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("syncProblemsButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("syncProblemsClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(720, 360)
        self.loaded = False
        store = controller.store
        controller._db(lambda: quarantined(store, SHOWN), self._fill)

    def _fill(self, rows: list[Quarantine]) -> None:
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            received = row.received_at.strftime("%Y-%m-%d %H:%M") if row.received_at else ""
            for c, text in enumerate((row.entity, row.item_id, received, row.error)):
                item = QTableWidgetItem(text)
                item.setToolTip(text if c == 3 else row.raw[:2000])
                self.table.setItem(r, c, item)
        if rows:
            self.summary.setText(
                self.tr(
                    "%n change(s) from the server could not be used and were set aside. "
                    "Everything else was synced. Tell the server's administrator if this stays.",
                    "",
                    len(rows),
                )
            )
        else:
            self.summary.setText(self.tr("No problems: every change from the server was used."))
        self.loaded = True

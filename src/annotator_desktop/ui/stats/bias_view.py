"""The bias audit and the most split tasks, as shown in Project statistics (compare projects)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.metrics.bias import CUES, BiasFigures, Share
from annotator_desktop.ui.stats.data import ProjectFigures, SplitRow

FLAG_COLOR = QColor(255, 183, 77, 110)


# Literal QCoreApplication.translate("Statistics", …) calls below, so lupdate finds them.
translate = QCoreApplication.translate


def share_text(share: Share, locale: QLocale) -> str:
    """ "62 % (31 of 50; 95 % interval 48–74 %)" or a dash when no pair differed in the cue."""
    if share.n == 0 or share.share is None or share.low is None or share.high is None:
        return "–"
    text = translate("Statistics", "%1 % (%2 of %3; 95 % interval %4–%5 %)")
    values = (
        locale.toString(share.share * 100, "f", 0),
        locale.toString(share.k),
        locale.toString(share.n),
        locale.toString(share.low * 100, "f", 0),
        locale.toString(share.high * 100, "f", 0),
    )
    for i, value in enumerate(values, start=1):
        text = text.replace(f"%{i}", value)
    return ("⚠ " if share.flagged else "") + text


class BiasPanel(QWidget):
    """Per cue, the share of judgments that chose it: for the project and each annotator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsBiasPanel")
        self.explanation = QLabel(self)
        self.explanation.setObjectName("statsBiasExplanation")
        self.explanation.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setObjectName("statsBias")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.explanation)
        layout.addWidget(self.table)

    def retranslate(self) -> None:
        self.explanation.setText(
            translate(
                "Statistics",
                "Of the judged pairs whose two responses differ in a cue, the share that chose "
                "the response shown first, the longer one and the more heavily formatted one "
                "(headings, lists, bold, emoji). An unbiased judge would be near 50 %; ⚠ marks "
                "a share whose 95 % interval excludes 50 %. Ties and skipped pairs are left out.",
            )
        )
        self.table.setAccessibleName(translate("Statistics", "Bias audit per annotator"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Statistics", "Annotator"),
                translate("Statistics", "Chose the first shown"),
                translate("Statistics", "Chose the longer"),
                translate("Statistics", "Chose the more formatted"),
            ]
        )

    def show_figures(self, f: ProjectFigures) -> None:
        rows: list[tuple[str, BiasFigures]] = []
        if f.bias is not None:
            rows.append((translate("Statistics", "All annotators"), f.bias))
        rows += [
            (a.name or translate("Statistics", "You"), a.bias)
            for a in f.annotators
            if a.bias is not None
        ]
        locale = self.locale()
        self.table.setRowCount(len(rows))
        for row, (name, figures) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            for column, cue in enumerate(CUES, start=1):
                share: Share = getattr(figures, cue)
                item = QTableWidgetItem(share_text(share, locale))
                item.setTextAlignment(
                    Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                )
                item.setData(Qt.ItemDataRole.UserRole, share.flagged)
                if share.flagged:
                    item.setBackground(FLAG_COLOR)
                    item.setToolTip(
                        translate("Statistics", "The 95 % interval excludes 50 %: a likely bias.")
                    )
                self.table.setItem(row, column, item)
        self.table.setFixedHeight(
            self.table.horizontalHeader().height() + 4 + sum(
                self.table.rowHeight(r) for r in range(self.table.rowCount())
            )
        )  # fmt: skip


class SplitPanel(QWidget):
    """The tasks whose judgments disagree most; ``read(row)`` opens one to read its judgments."""

    read = Signal(object)  # SplitRow

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statsSplitPanel")
        self.rows: list[SplitRow] = []
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("statsSplit")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.read_button = QPushButton(self)
        self.read_button.setObjectName("statsReadSplit")
        self.read_button.setEnabled(False)
        self.note = QLabel(self)
        self.note.setObjectName("statsSplitNote")
        self.note.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.read_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.itemSelectionChanged.connect(
            lambda: self.read_button.setEnabled(self.current() is not None)
        )
        self.table.cellActivated.connect(lambda _r, _c: self._read())
        self.table.cellDoubleClicked.connect(lambda _r, _c: self._read())
        self.read_button.clicked.connect(self._read)

    def retranslate(self) -> None:
        self.table.setAccessibleName(translate("Statistics", "Most split tasks"))
        self.table.setHorizontalHeaderLabels(
            [
                translate("Statistics", "Task"),
                translate("Statistics", "Judgments"),
                translate("Statistics", "Split"),
            ]
        )
        self.read_button.setText(translate("Statistics", "Read the judgments…"))
        self.read_button.setAccessibleName(
            translate("Statistics", "Read every judgment of the selected task")
        )
        self.note.setText(
            translate(
                "Statistics",
                "Split: how often two annotators judged a pair of responses differently "
                "(0 all agree, 1 always opposite). Disagreement is kept, never voted away.",
            )
        )

    def show_rows(self, rows: list[SplitRow]) -> None:
        self.rows = list(rows)
        locale = self.locale()
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            cells = [row.title or row.task_id, locale.toString(row.judgments),
                     locale.toString(row.split, "f", 2)]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, column, item)
        self.read_button.setEnabled(self.current() is not None)

    def current(self) -> SplitRow | None:
        row = self.table.currentRow()
        selected = self.table.selectionModel().hasSelection()
        return self.rows[row] if selected and 0 <= row < len(self.rows) else None

    def _read(self) -> None:
        row = self.current()
        if row is not None:
            self.read.emit(row)

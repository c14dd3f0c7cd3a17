"""The verdict row under the pane: comment field and Accept / Needs changes / Reject buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QPushButton, QWidget


class VerdictBar(QWidget):
    """``verdict(str)`` when a button is clicked; ``submitted`` on Enter, ``left`` on Escape."""

    verdict = Signal(str)
    submitted = Signal()
    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewVerdictBar")
        self.comment = QLineEdit(self)
        self.comment.setObjectName("reviewComment")
        self.comment.setMaxLength(20_000)
        self.comment.setClearButtonEnabled(True)
        self.comment.installEventFilter(self)
        self.comment.returnPressed.connect(self.submitted)
        self.buttons: dict[str, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.comment, 1)
        for key in ("accept", "needs_changes", "reject"):
            button = QPushButton(self)
            button.setObjectName(f"reviewVerdict_{key}")
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            button.clicked.connect(lambda _c=False, k=key: self.verdict.emit(k))
            layout.addWidget(button)
            self.buttons[key] = button
        self.retranslate()

    def retranslate(self) -> None:
        self.comment.setAccessibleName(self.tr("Comment for the annotator"))
        self.set_prompt("")
        texts = {
            "accept": (self.tr("&Accept (A)"), self.tr("Accept this submission")),
            "needs_changes": (
                self.tr("Needs &changes (C)"),
                self.tr("Ask the annotator to revise this submission"),
            ),
            "reject": (self.tr("&Reject (R)"), self.tr("Reject this submission")),
        }
        for key, (text, name) in texts.items():
            self.buttons[key].setText(text)
            self.buttons[key].setAccessibleName(name)
            self.buttons[key].setToolTip(name)

    def set_prompt(self, pending: str) -> None:
        """The placeholder says what Enter will do (a verdict waiting for its comment)."""
        if pending == "needs_changes":
            text = self.tr("What must change? Type it, then press Enter (Esc cancels)")
        elif pending == "reject":
            text = self.tr("Why is it rejected? Type it, then press Enter (Esc cancels)")
        else:
            text = self.tr("Comment (optional for Accept; / to type, Esc to leave)")
        self.comment.setPlaceholderText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.comment
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            self.left.emit()
            return True
        return super().eventFilter(watched, event)

"""A bar above the task pane: "submitted, read-only" with Edit again, "this is a revision", or
"skipped, and why"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from annotator_desktop.ui.widgets.numbers import number


class RevisionBar(QFrame):
    """``edit_again`` when the user asks to revise a submitted task."""

    edit_again = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("revisionBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.text = QLabel(self)
        self.text.setObjectName("revisionText")
        self.text.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.setObjectName("editAgainButton")
        self.button.clicked.connect(self.edit_again)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 4, 10, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self._state = ""
        self._versions = 0
        self._skip_reason = ""
        self.retranslate()
        self.hide()

    def set_state(self, state: str, versions: int, skip_reason: str = "") -> None:
        """``versions``: how many times the user submitted this task before; ``skip_reason``:
        why a skipped task was skipped."""
        self._state, self._versions, self._skip_reason = state, versions, skip_reason
        self._render()

    def retranslate(self) -> None:
        self.button.setText(self.tr("Edit again"))
        self.button.setAccessibleName(self.tr("Edit again"))
        self.button.setToolTip(
            self.tr("Start a revision of this task; submitting it sends a new version.")
        )
        self.setAccessibleName(self.tr("Submission state"))
        self._render()

    def _render(self) -> None:
        if self._state == "submitted":
            self.text.setText(
                self.tr("Submitted (version %1). Read-only: choose Edit again to revise it.")
                .replace("%1", number(max(1, self._versions)))
            )  # fmt: skip
            self.button.show()
            self.show()
        elif self._state == "skipped":
            from annotator_desktop.ui.skip_dialog import reason_label

            self.text.setText(
                self.tr("You skipped this task (%1). It is read-only.")
                .replace("%1", reason_label(self._skip_reason))
                if self._skip_reason
                else self.tr("You skipped this task. It is read-only.")
            )  # fmt: skip
            self.button.hide()
            self.show()
        elif self._versions > 0 and self._state in ("draft", "new"):
            self.text.setText(
                self.tr("Revision: submitting sends version %1; the earlier ones are kept.")
                .replace("%1", number(self._versions + 1))
            )  # fmt: skip
            self.button.hide()
            self.show()
        else:
            self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

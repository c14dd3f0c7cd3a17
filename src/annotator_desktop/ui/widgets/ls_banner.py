"""A banner above the work area while the account is on a Label Studio server: it does not
reserve tasks, so a task taken offline may be annotated by someone else meanwhile."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget


class LabelStudioBanner(QFrame):
    """Hidden until :meth:`set_labelstudio` says the account is on Label Studio; the user may
    dismiss it for the rest of the session (``dismissed`` is emitted)."""

    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("labelStudioBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.closed_by_user = False
        self.text = QLabel(self)
        self.text.setObjectName("labelStudioBannerText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("labelStudioBannerClose")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        layout = QHBoxLayout(self)  # follows the layout direction: the button ends the line
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate()

    def set_labelstudio(self, labelstudio: bool) -> None:
        """Shown for a Label Studio account unless dismissed in this session."""
        self.setVisible(labelstudio and not self.closed_by_user)

    def dismiss(self) -> None:
        self.closed_by_user = True
        self.hide()
        self.dismissed.emit()

    def retranslate(self) -> None:
        self.text.setText(
            self.tr(
                "This is a Label Studio server: it does not reserve tasks. Someone else may "
                "annotate a task you took offline in the meantime; your work is kept and shown "
                "as late then."
            )
        )
        self.setAccessibleName(self.tr("Label Studio notice"))
        self.text.setAccessibleName(self.tr("Label Studio notice"))
        self.close_button.setText(self.tr("Dismiss"))
        self.close_button.setToolTip(self.tr("Hide this notice until the app restarts"))
        self.close_button.setAccessibleName(self.tr("Dismiss the Label Studio notice"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

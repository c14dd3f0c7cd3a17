"""A non-modal banner above the task pane: the QA verdict, the reviewer's comment, who and when."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from annotator_desktop.core.store.rows import VERDICT_TASK_STATE
from annotator_desktop.core.text import is_rtl
from annotator_desktop.ui.i18n import local_time
from annotator_desktop.ui.widgets.verdict_text import (
    VERDICT_COLORS,
    VerdictInfo,
    reviewer_label,
    state_icon,
    verdict_title,
)


class VerdictBanner(QFrame):
    """Shows a :class:`VerdictInfo`; hidden when there is none or the user hides it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.info: VerdictInfo | None = None
        self.icon = QLabel(self)
        self.icon.setObjectName("verdictIcon")
        self.title = QLabel(self)
        self.title.setObjectName("verdictTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        self.title.setFont(font)
        self.meta = QLabel(self)
        self.meta.setObjectName("verdictMeta")
        self.comment = QLabel(self)
        self.comment.setObjectName("verdictComment")
        self.comment.setTextFormat(Qt.TextFormat.PlainText)  # the comment is untrusted text
        self.comment.setWordWrap(True)
        self.comment.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.comment.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.hint = QLabel(self)
        self.hint.setObjectName("verdictHint")
        self.hint.setWordWrap(True)
        self.hide_button = QToolButton(self)
        self.hide_button.setObjectName("verdictHide")
        self.hide_button.setAutoRaise(True)
        self.hide_button.clicked.connect(self.hide)
        self._build()
        self.hide()
        self.retranslate()

    def _build(self) -> None:
        lead = Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignTop
        head = QHBoxLayout()
        head.addWidget(self.icon, 0, lead)
        head.addWidget(self.title, 1, lead)
        head.addWidget(self.hide_button, 0, Qt.AlignmentFlag.AlignTrailing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 8)
        layout.setSpacing(3)
        layout.addLayout(head)
        for label in (self.meta, self.comment, self.hint):
            label.setAlignment(lead)
            layout.addWidget(label)

    def set_verdict(self, info: VerdictInfo | None) -> None:
        self.info = info
        if info is None:
            self.hide()
            return
        color = QColor(VERDICT_COLORS.get(info.verdict, "#607d8b"))
        if not info.current:
            color = QColor("#607d8b")
        tint = QColor(color)
        tint.setAlpha(28)
        self.setStyleSheet(
            f"#verdictBanner {{ background: rgba({tint.red()},{tint.green()},{tint.blue()},"
            f"{tint.alpha()}); border: 1px solid {color.name()}; border-radius: 4px; }}"
        )
        icon = state_icon(VERDICT_TASK_STATE.get(info.verdict, ""), 20) if info.current else None
        self.icon.setVisible(icon is not None)
        if icon is not None:
            self.icon.setPixmap(icon.pixmap(20, 20))
        direction = is_rtl(info.comment)
        self.comment.setLayoutDirection(
            Qt.LayoutDirection.RightToLeft if direction else self.layoutDirection()
        )
        self.retranslate()
        self.show()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("QA verdict"))
        self.hide_button.setText(self.tr("Hide"))
        self.hide_button.setToolTip(self.tr("Hide the verdict for now"))
        self.hide_button.setAccessibleName(self.tr("Hide the QA verdict"))
        self.comment.setAccessibleName(self.tr("Reviewer's comment"))
        info = self.info
        if info is None:
            return
        title = verdict_title(info.verdict)
        if not info.current:
            title = self.tr("Earlier verdict: %1").replace("%1", title)
        self.title.setText(title)
        when = local_time(info.created_at)
        who = reviewer_label(info.reviewer_id, info.reviewer_name)
        self.meta.setText(
            self.tr("Reviewed by %1 on %2").replace("%1", who).replace("%2", when)
            if when
            else self.tr("Reviewed by %1").replace("%1", who)
        )
        comment = info.comment.strip()
        self.comment.setText(comment or self.tr("(No comment)"))
        self.hint.setText(self._hint(info))
        self.setAccessibleDescription(f"{title}. {self.meta.text()}. {self.comment.text()}")

    def _hint(self, info: VerdictInfo) -> str:
        if not info.current:
            return self.tr("Your revised submission is waiting for review.")
        if info.verdict == "needs_changes":
            return self.tr("Revise the task and submit it again.")
        return self.tr("This task is closed; it opens read-only.")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

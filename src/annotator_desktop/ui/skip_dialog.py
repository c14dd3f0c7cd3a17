"""The Skip dialog: why is this task skipped? Four reasons, each chosen by one key (1 to 4).

1, 2 or 3 choose and confirm at once; 4 ("Other") asks for a text, which Enter confirms. Enter
also confirms a reason picked with the mouse or the arrow keys; Esc cancels (nothing happens).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.protocol import MAX_SKIP_TEXT

REASONS = ("broken", "unclear", "not_my_expertise", "other")
OTHER = REASONS.index("other")
_DIGITS = {Qt.Key.Key_1: 0, Qt.Key.Key_2: 1, Qt.Key.Key_3: 2, Qt.Key.Key_4: 3}


def reason_label(reason: str) -> str:
    """The translated name of a skip reason (an unknown one shows its code)."""
    labels = {
        "broken": QCoreApplication.translate("SkipDialog", "Broken task"),
        "unclear": QCoreApplication.translate("SkipDialog", "Unclear"),
        "not_my_expertise": QCoreApplication.translate("SkipDialog", "Not my expertise"),
        "other": QCoreApplication.translate("SkipDialog", "Other"),
    }
    return labels.get(reason, reason)


def _reason_tip(reason: str) -> str:
    tips = {
        "broken": QCoreApplication.translate(
            "SkipDialog", "Something is wrong with the task itself: a missing image, cut-off text"
        ),
        "unclear": QCoreApplication.translate(
            "SkipDialog", "The task or its instructions are unclear"
        ),
        "not_my_expertise": QCoreApplication.translate(
            "SkipDialog", "Someone with other knowledge should do this task"
        ),
        "other": QCoreApplication.translate("SkipDialog", "Another reason: say why below"),
    }
    return tips[reason]


class SkipDialog(QDialog):
    """``chosen(reason, text)`` once confirmed; nothing when cancelled."""

    chosen = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, task_title: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("skipDialog")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._task_title = task_title
        self.intro = QLabel(self)
        self.intro.setObjectName("skipIntro")
        self.intro.setWordWrap(True)
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        for i, reason in enumerate(REASONS):
            button = QRadioButton(self)
            button.setObjectName(f"skipReason_{reason}")
            self.group.addButton(button, i)
            self.buttons[reason] = button
            layout.addWidget(button)
        self.text = QLineEdit(self)
        self.text.setObjectName("skipText")
        self.text.setMaxLength(MAX_SKIP_TEXT)
        self.text.setEnabled(False)
        layout.addWidget(self.text)
        self.box = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.box.setObjectName("skipButtons")
        self.ok = self.box.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("skipOk")
        self.cancel = self.box.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel.setObjectName("skipCancel")
        layout.addWidget(self.box)
        self.box.accepted.connect(self.confirm)
        self.box.rejected.connect(self.reject)
        self.group.idToggled.connect(lambda _id, _on: self._update())
        self.text.textChanged.connect(self._update)
        self.setMinimumWidth(380)
        self.retranslate()
        self._update()

    # -- choosing -----------------------------------------------------------------------
    def reason(self) -> str:
        index = self.group.checkedId()
        return REASONS[index] if index >= 0 else ""

    def ready(self) -> bool:
        reason = self.reason()
        return bool(reason) and (reason != "other" or bool(self.text.text().strip()))

    def choose(self, index: int) -> None:
        """Picks reason ``index``; the first three confirm at once, Other asks for a text."""
        self.group.button(index).setChecked(True)
        if index == OTHER:
            self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)
        else:
            self.confirm()

    def confirm(self) -> None:
        if not self.ready():
            return
        reason = self.reason()
        self.chosen.emit(reason, self.text.text().strip() if reason == "other" else "")
        self.accept()

    def _update(self) -> None:
        other = self.reason() == "other"
        self.text.setEnabled(other)
        self.ok.setEnabled(self.ready())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """1 to 4 (the top row or the keypad) choose a reason; the text field keeps its own
        digits (it sees them first)."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        index = _DIGITS.get(Qt.Key(event.key()))
        if index is not None and mods == Qt.KeyboardModifier.NoModifier:
            event.accept()
            self.choose(index)
            return
        super().keyPressEvent(event)

    # -- texts --------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Skip task"))
        self.setAccessibleName(self.tr("Skip task"))
        if self._task_title:
            intro = self.tr("Why do you skip “%1”? Press 1 to 4.").replace("%1", self._task_title)
        else:
            intro = self.tr("Why do you skip this task? Press 1 to 4.")
        self.intro.setText(intro)
        self.intro.setAccessibleName(self.tr("Why do you skip this task?"))
        for i, reason in enumerate(REASONS):
            button, key = self.buttons[reason], str(i + 1)
            # The key before the name, underlined as a mnemonic (Alt+key works too).
            button.setText(f"&{key}  {reason_label(reason)}")
            button.setAccessibleName(reason_label(reason))
            button.setAccessibleDescription(self.tr("Key %1").replace("%1", key))
            button.setToolTip(_reason_tip(reason))
        self.text.setPlaceholderText(self.tr("Say why (needed for Other)"))
        self.text.setAccessibleName(self.tr("Why (for Other)"))
        self.ok.setText(self.tr("Skip task"))
        self.ok.setAccessibleName(self.tr("Skip task"))
        self.cancel.setText(self.tr("Cancel"))
        self.cancel.setAccessibleName(self.tr("Cancel"))
        self.box.setAccessibleName(self.tr("Skip or cancel"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

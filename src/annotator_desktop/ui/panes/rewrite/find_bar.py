"""A find-and-replace bar for any QTextEdit; each replacement is one undo step."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)

from annotator_desktop.ui.widgets.numbers import local_digits


class FindReplaceBar(QWidget):
    """Finds in and replaces text of ``editor``; each replacement is one undo step."""

    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findReplaceBar")
        self._editor = editor
        self.find_edit = QLineEdit(self)
        self.find_edit.setObjectName("findText")
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setObjectName("replaceText")
        self.case_box = QCheckBox(self)
        self.case_box.setObjectName("findMatchCase")
        self.next_button = QPushButton(self)
        self.next_button.setObjectName("findNext")
        self.replace_button = QPushButton(self)
        self.replace_button.setObjectName("replaceOne")
        self.replace_all_button = QPushButton(self)
        self.replace_all_button.setObjectName("replaceAll")
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("findClose")
        self.status = QLabel(self)
        self.status.setObjectName("findStatus")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for w in (
            self.find_edit,
            self.case_box,
            self.next_button,
            self.replace_edit,
            self.replace_button,
            self.replace_all_button,
            self.status,
            self.close_button,
        ):
            layout.addWidget(w)
        self.find_edit.returnPressed.connect(lambda: self.find_next())
        self.next_button.clicked.connect(lambda: self.find_next())
        self.replace_button.clicked.connect(lambda: self.replace_one())
        self.replace_all_button.clicked.connect(lambda: self.replace_all())
        self.close_button.clicked.connect(lambda: self.hide())
        self.retranslate()

    def retranslate(self) -> None:
        self.find_edit.setPlaceholderText(self.tr("Find"))
        self.find_edit.setAccessibleName(self.tr("Find text"))
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.replace_edit.setAccessibleName(self.tr("Replacement text"))
        self.case_box.setText(self.tr("Match case"))
        self.case_box.setAccessibleName(self.tr("Match case"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setAccessibleName(self.tr("Find next"))
        self.replace_button.setText(self.tr("Replace"))
        self.replace_button.setAccessibleName(self.tr("Replace this match"))
        self.replace_all_button.setText(self.tr("Replace all"))
        self.replace_all_button.setAccessibleName(self.tr("Replace all matches"))
        self.close_button.setText(self.tr("Close"))
        self.close_button.setAccessibleName(self.tr("Close find bar"))

    def open(self, replace: bool = False) -> None:
        self.show()
        selected = self._editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        (self.replace_edit if replace and self.find_edit.text() else self.find_edit).setFocus()
        self.find_edit.selectAll()

    def _flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = QTextDocument.FindFlag(0)
        if self.case_box.isChecked():
            flags |= QTextDocument.FindFlag.FindCaseSensitively
        if backward:
            flags |= QTextDocument.FindFlag.FindBackward
        return flags

    def find_next(self, backward: bool = False) -> bool:
        """Selects the next match, wrapping around at the end; False when there is none."""
        needle = self.find_edit.text()
        if not needle:
            return False
        doc = self._editor.document()
        found = doc.find(needle, self._editor.textCursor(), self._flags(backward))
        if found.isNull():
            start = QTextCursor(doc)
            if backward:
                start.movePosition(QTextCursor.MoveOperation.End)
            found = doc.find(needle, start, self._flags(backward))
        if found.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.status.clear()
        self._editor.setTextCursor(found)
        return True

    def replace_one(self) -> bool:
        cursor = self._editor.textCursor()
        needle = self.find_edit.text()
        same = cursor.selectedText() == needle or (
            not self.case_box.isChecked() and cursor.selectedText().lower() == needle.lower()
        )
        if cursor.hasSelection() and same and not self._editor.isReadOnly():
            cursor.insertText(self.replace_edit.text())
        return self.find_next()

    def replace_all(self) -> int:
        """Replaces every match in one undo step; returns how many."""
        needle = self.find_edit.text()
        if not needle or self._editor.isReadOnly():
            return 0
        doc = self._editor.document()
        count = 0
        edit = QTextCursor(doc)
        edit.beginEditBlock()
        found = doc.find(needle, 0, self._flags())
        while not found.isNull():
            found.insertText(self.replace_edit.text())
            count += 1
            found = doc.find(needle, found, self._flags())
        edit.endEditBlock()
        self.status.setText(local_digits(self.tr("%n replaced", "", count)))
        return count

    def keyPressEvent(self, event: object) -> None:
        if getattr(event, "key", lambda: None)() == Qt.Key.Key_Escape:
            self.hide()
            self._editor.setFocus()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]

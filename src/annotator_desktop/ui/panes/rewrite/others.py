"""QA review: other annotators' rewrites, each diffed against the one under review."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from annotator_desktop.core.textdiff import diff_texts
from annotator_desktop.ui.panes.base import OtherResult
from annotator_desktop.ui.panes.rewrite.diff_view import DiffView
from annotator_desktop.ui.widgets.markdown_editor import MARKDOWN_READ


def markdown_plain_text(text: str) -> str:
    """The text a reader sees for Markdown ``text`` (what the word diff compares)."""
    doc = QTextDocument()
    doc.setMarkdown(text, MARKDOWN_READ)
    return doc.toPlainText()


class OthersPanel(QTabWidget):
    """One tab per other annotator: their rewrite's changes relative to this one, and notes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rewriteOthers")
        self.views: list[DiffView] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Other annotators' rewrites"))
        for view in self.views:
            view.retranslate()

    def show_others(self, base_text: str, others: list[OtherResult]) -> None:
        self.clear()
        self.views = []
        for other in others:
            text = other.result.get("text_md", "") if isinstance(other.result, dict) else ""
            notes = other.result.get("notes", "") if isinstance(other.result, dict) else ""
            page = QWidget(self)
            layout = QVBoxLayout(page)
            view = DiffView(page, editable=False)
            view.set_diff(diff_texts(base_text, markdown_plain_text(str(text))))
            layout.addWidget(view, 1)
            if notes:
                note = QLabel(page)
                note.setObjectName("otherNotes")
                note.setWordWrap(True)
                note.setTextFormat(Qt.TextFormat.PlainText)
                note.setText(self.tr("Notes: %1").replace("%1", str(notes)))
                layout.addWidget(note)
            self.views.append(view)
            self.addTab(page, other.annotator)

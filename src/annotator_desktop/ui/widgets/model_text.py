"""Model text shown read-only: sealed documents (nothing loaded), built ahead, coloured code.

Used by the compare pane's responses and by the conversation turns of compare and rewrite.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from annotator_desktop.core.compare import Span
from annotator_desktop.core.text import is_rtl
from annotator_desktop.ui.widgets.code_blocks import (
    CodeHighlighter,
    has_fence,
    is_dark,
    restore_code_verbatim,
)
from annotator_desktop.ui.widgets.safe_text import MARKDOWN_FEATURES, SafeTextBrowser

DIFF_COLOR = QColor(255, 214, 102, 150)
HIGHLIGHT_STEP = 3  # code blocks coloured per turn of the event loop after a text is shown


def _placeholder() -> QImage:
    """What a blocked image shows: a small grey square."""
    image = QImage(16, 16, QImage.Format.Format_ARGB32)
    image.fill(QColor(200, 200, 200, 160))
    return image


class SealedDocument(QTextDocument):
    """A document that loads no resource at all, not even a local or UNC file.

    Every image gets a placeholder: given nothing, Qt's image handler would read the path from
    disk itself (``file:`` URLs, relative names, and on Windows ``//host/share`` paths).
    """

    def __init__(self, on_blocked: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_blocked = on_blocked

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        self._on_blocked()
        if kind == QTextDocument.ResourceType.ImageResource.value:
            image = _placeholder()
            self.addResource(kind, url, image)  # asked once per address
            return image
        return QByteArray()


class ResponseBrowser(SafeTextBrowser):
    """A SafeTextBrowser for one response: Tab moves on, long code lines scroll sideways.

    Each text is imported into a fresh, detached :class:`SealedDocument` and then swapped in:
    importing into the shown document would re-lay it out after every inserted block.
    """

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # Always on: a scroll bar that appears would re-lay out the whole text at a new width.
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self._sealed: SealedDocument | None = None
        self.shown_text = ""  # the Markdown last given to show_markdown
        self._ready: tuple[str, SealedDocument, Qt.LayoutDirection] | None = None
        # (width, height) of the shown document as prepare() laid it out: showing a document
        # clears its layout (QTextEdit re-sets the page size), so its height at that width is
        # known without laying the whole text out again.
        self._measured: tuple[float, float] | None = None
        self._ready_measured: tuple[float, float] | None = None
        self._highlighters: dict[int, CodeHighlighter] = {}  # by id of a built document
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._highlight_more)

    def prepare(self, text: str, measure: bool = True) -> None:
        """Builds the document for ``text`` now (idle time), for a ``show_markdown`` to come;
        ``measure``: also its height at the current width (see :meth:`document_height`)."""
        if self._ready is not None and self._ready[0] == text:
            return
        self._drop_ready()
        doc, direction = self._build(text)
        self._highlighters[id(doc)].highlight()  # idle time: colour every code block now
        self._ready_measured = None
        width = self.viewport().width()
        if measure and width > 50:  # its height at the width it will be shown at (if that stays)
            doc.setTextWidth(width)
            self._ready_measured = (float(width), doc.documentLayout().documentSize().height())
        self._ready = (text, doc, direction)

    def prepared_document(self) -> QTextDocument | None:
        return self._ready[1] if self._ready is not None else None

    def _drop_ready(self) -> None:
        if self._ready is not None:
            self._highlighters.pop(id(self._ready[1]), None)
            self._ready[1].deleteLater()
            self._ready = None

    def show_markdown(self, text: str) -> None:
        self.shown_text = text
        self.setExtraSelections([])
        if self._ready is not None and self._ready[0] == text:
            _text, doc, direction = self._ready
            self._ready, self._measured = None, self._ready_measured
        else:
            self._drop_ready()
            doc, direction = self._build(text)
            self._measured = None
        old, self._sealed = self._sealed, doc
        self.highlighter = self._highlighters.pop(id(doc), None)
        self.copier.hide()
        self.setDocument(doc)  # the first, built-in document is deleted by Qt here
        self.setLayoutDirection(direction)
        if old is not None:
            old.deleteLater()
        if self.highlighter is not None and self.highlighter.pending():
            self._idle.start()

    def document_height(self, min_width: int = 0) -> float:
        """The shown text's height at the viewport's width (at least ``min_width``): as
        measured ahead when the width is the same, else laid out now (the whole text)."""
        width = float(max(self.viewport().width(), min_width))
        doc = self.document()
        if self._measured is not None and self._measured[0] == width == doc.textWidth():
            return self._measured[1]
        if doc.textWidth() != width:
            doc.setTextWidth(width)  # a new page size lays the whole text out again: only if new
        return doc.size().height()

    def _highlight_more(self) -> None:
        """Colours a few more code blocks of the shown text per turn of the event loop."""
        if self.highlighter is not None and self.highlighter.doc is self.document():
            self.highlighter.highlight(limit=HIGHLIGHT_STEP)
            if self.highlighter.pending():
                self._idle.start()

    def _build(self, text: str) -> tuple[SealedDocument, Qt.LayoutDirection]:
        rtl = is_rtl(text)
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        doc = SealedDocument(self._blocked, self)
        doc.setDefaultFont(self.font())
        option = doc.defaultTextOption()
        option.setWrapMode(self.wordWrapMode())
        option.setTextDirection(direction)
        # Leading follows the direction: right for right-to-left text (plain AlignRight would be
        # mirrored to the visual left by Qt).
        option.setAlignment(Qt.AlignmentFlag.AlignLeading)
        doc.setDefaultTextOption(option)
        doc.setMarkdown(text, MARKDOWN_FEATURES)
        restore_code_verbatim(doc, text)  # Qt expands tabs in code; copy gives the code as sent
        # Colours come in idle time (prepare, or just after showing): never before first paint.
        self._highlighters[id(doc)] = CodeHighlighter(doc, is_dark(), has_fence(text))
        return doc, direction

    def _blocked(self) -> None:
        self.blocked_loads += 1

    def set_highlights(self, spans: list[Span]) -> None:
        """Marks ``spans`` (positions in the document's plain text) with a background."""
        fmt = QTextCharFormat()
        fmt.setBackground(DIFF_COLOR)
        selections = []
        for start, end in spans:
            sel = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            sel.format = fmt
            selections.append(sel)
        self.setExtraSelections(selections)

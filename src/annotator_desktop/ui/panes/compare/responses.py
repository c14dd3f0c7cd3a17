"""The two responses side by side (A left, B right): word counts, synced scroll, diff highlight."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QObject, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QImage,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextOption,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.compare import Span, diff_spans
from annotator_desktop.core.metrics.tokens import count_text_words
from annotator_desktop.core.text import is_rtl
from annotator_desktop.ui.panes.compare.texts import translate
from annotator_desktop.ui.widgets.numbers import local_digits
from annotator_desktop.ui.widgets.safe_text import MARKDOWN_FEATURES, SafeTextBrowser

DIFF_COLOR = QColor(255, 214, 102, 150)


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
        self._ready: tuple[str, SealedDocument, Qt.LayoutDirection] | None = None

    def prepare(self, text: str) -> None:
        """Builds the document for ``text`` now (idle time), for a ``show_markdown`` to come."""
        if self._ready is not None and self._ready[0] == text:
            return
        self._drop_ready()
        doc, direction = self._build(text)
        self._ready = (text, doc, direction)

    def prepared_document(self) -> QTextDocument | None:
        return self._ready[1] if self._ready is not None else None

    def _drop_ready(self) -> None:
        if self._ready is not None:
            self._ready[1].deleteLater()
            self._ready = None

    def show_markdown(self, text: str) -> None:
        self.setExtraSelections([])
        if self._ready is not None and self._ready[0] == text:
            _text, doc, direction = self._ready
            self._ready = None
        else:
            self._drop_ready()
            doc, direction = self._build(text)
        old, self._sealed = self._sealed, doc
        self.setDocument(doc)  # the first, built-in document is deleted by Qt here
        self.setLayoutDirection(direction)
        if old is not None:
            old.deleteLater()

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


class ResponseColumn(QWidget):
    """One response: its letter, its word count, its text."""

    def __init__(self, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter = letter
        self.words = 0
        self._ready_words: tuple[str, int] | None = None  # (text, words) counted by prepare()
        self.title = QLabel(self)
        self.title.setObjectName(f"compareTitle{letter}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel(self)
        self.count.setObjectName(f"compareWords{letter}")
        self.browser = ResponseBrowser(f"compareResponse{letter}", self)
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)

    def prepare(self, text: str) -> None:
        """Builds the document and counts the words of ``text`` ahead of ``set_text``."""
        self.browser.prepare(text)
        doc = self.browser.prepared_document()
        if doc is not None:
            self._ready_words = (text, count_text_words(doc.toPlainText()))

    def set_text(self, text: str) -> None:
        self.browser.show_markdown(text)
        ready = self._ready_words
        if ready is not None and ready[0] == text:
            self.words = ready[1]
        else:  # as read, not as marked up
            self.words = count_text_words(self.browser.document().toPlainText())
        self._ready_words = None
        self._show_count()

    def retranslate(self) -> None:
        text = (
            translate("ComparePane", "Response A")
            if self.letter == "A"
            else translate("ComparePane", "Response B")
        )
        self.title.setText(text)
        self.browser.setAccessibleName(text)
        self._show_count()

    def _show_count(self) -> None:
        words = self.words  # a plain name: lupdate skips the message when n is an attribute
        self.count.setText(local_digits(self.tr("%n word(s)", "", words)))


class ResponsesPanel(QWidget):
    """Responses A and B with the synced-scroll and highlight-differences toggles."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column_a = ResponseColumn("A", self)
        self.column_b = ResponseColumn("B", self)
        self.sync_box = QCheckBox(self)
        self.sync_box.setObjectName("compareSyncScroll")
        self.sync_box.setChecked(True)
        self.diff_box = QCheckBox(self)
        self.diff_box.setObjectName("compareHighlightDiff")
        self._spans: tuple[list[Span], list[Span]] | None = None
        self._syncing = False
        self.diff_box.toggled.connect(self._apply_highlight)
        self._build()
        for src, dst in ((self.column_a, self.column_b), (self.column_b, self.column_a)):
            bar = src.browser.verticalScrollBar()
            bar.valueChanged.connect(lambda _v, s=bar, d=dst: self._follow(s, d))

    def _build(self) -> None:
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.setObjectName("compareResponsesSplitter")
        # A is always on the left: presented_order lists ids left to right, also in RTL UIs.
        splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        splitter.addWidget(self.column_a)
        splitter.addWidget(self.column_b)
        splitter.setChildrenCollapsible(False)
        toggles = QHBoxLayout()
        toggles.addWidget(self.sync_box)
        toggles.addWidget(self.diff_box)
        toggles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(toggles)

    def retranslate(self) -> None:
        self.column_a.retranslate()
        self.column_b.retranslate()
        self.sync_box.setText(translate("ComparePane", "Scroll both together"))
        self.sync_box.setAccessibleName(translate("ComparePane", "Scroll both responses together"))
        self.diff_box.setText(translate("ComparePane", "Highlight differences"))
        self.diff_box.setAccessibleName(
            translate("ComparePane", "Highlight where the responses differ")
        )

    def set_texts(self, text_a: str, text_b: str) -> None:
        self._spans = None
        self.column_a.set_text(text_a)
        self.column_b.set_text(text_b)
        for column in (self.column_a, self.column_b):
            column.browser.verticalScrollBar().setValue(0)
            column.browser.horizontalScrollBar().setValue(0)
        if self.diff_box.isChecked():
            self._apply_highlight(True)

    def diff(self) -> tuple[list[Span], list[Span]]:
        """The differing ranges of A and B (computed once per pair of texts)."""
        if self._spans is None:
            self._spans = diff_spans(
                self.column_a.browser.document().toPlainText(),
                self.column_b.browser.document().toPlainText(),
            )
        return self._spans

    def _apply_highlight(self, on: bool) -> None:
        spans_a, spans_b = self.diff() if on else ([], [])
        self.column_a.browser.set_highlights(spans_a)
        self.column_b.browser.set_highlights(spans_b)

    def _follow(self, source: QScrollBar, target_column: ResponseColumn) -> None:
        """Moves the other response to the same relative position when syncing is on."""
        if self._syncing or not self.sync_box.isChecked():
            return
        target = target_column.browser.verticalScrollBar()
        span = source.maximum() - source.minimum()
        fraction = (source.value() - source.minimum()) / span if span > 0 else 0.0
        self._syncing = True
        try:
            length = target.maximum() - target.minimum()
            target.setValue(target.minimum() + round(fraction * length))
        finally:
            self._syncing = False

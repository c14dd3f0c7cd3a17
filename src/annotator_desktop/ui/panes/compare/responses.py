"""The two responses side by side (A left, B right): word counts, synced scroll, diff highlight."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QScrollBar,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.compare import Span, diff_spans
from annotator_desktop.core.metrics.tokens import count_text_words
from annotator_desktop.ui.panes.compare.texts import translate
from annotator_desktop.ui.widgets.model_text import (  # noqa: F401 (re-exported)
    DIFF_COLOR,
    ResponseBrowser,
    SealedDocument,
)
from annotator_desktop.ui.widgets.numbers import local_digits


class ResponseColumn(QWidget):
    """One response: its letter, its word count, its text.

    Two browsers take turns showing the text: while one is on screen, :meth:`prepare` builds
    the next task's text in the other, hidden one, and showing that task swaps them. Setting a
    document on a text view lays it out from scratch; the swap shows one already laid out.
    """

    def __init__(self, letter: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.letter = letter
        self.words = 0
        self._ready_words: tuple[str, int] | None = None  # (text, words) counted by prepare()
        self._name = f"compareResponse{letter}"
        self.title = QLabel(self)
        self.title.setObjectName(f"compareTitle{letter}")
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.count = QLabel(self)
        self.count.setObjectName(f"compareWords{letter}")
        self.browser = ResponseBrowser(self._name, self)  # the one on screen
        self.spare = ResponseBrowser(f"{self._name}Next", self)  # the next text, hidden
        self.spare.hide()
        header = QHBoxLayout()
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.browser, 1)
        layout.addWidget(self.spare, 1)

    def prepare(self, text: str) -> None:
        """Shows ``text`` in the hidden browser and counts its words, ahead of ``set_text``."""
        if self._ready_words is not None and self._ready_words[0] == text:
            return
        if self.spare.shown_text == text:  # the task shown before (going back): as it was
            self.spare.setExtraSelections([])
        else:
            self.spare.prepare(text, measure=False)  # colours every code block
            self.spare.show_markdown(text)
        self._ready_words = (text, count_text_words(self.spare.document().toPlainText()))

    def prepared_document(self) -> QTextDocument | None:
        """The document built by :meth:`prepare` for the next ``set_text``, if any."""
        ready = self._ready_words
        return self.spare.document() if ready and ready[0] == self.spare.shown_text else None

    def set_text(self, text: str) -> None:
        if self.prepared_document() is not None and self.spare.shown_text == text:
            self._swap()
        else:
            self.browser.show_markdown(text)
        ready = self._ready_words
        if ready is not None and ready[0] == text:
            self.words = ready[1]
        else:  # as read, not as marked up
            self.words = count_text_words(self.browser.document().toPlainText())
        self._ready_words = None
        self._show_count()

    def _swap(self) -> None:
        """Puts the prepared browser on screen; the shown one becomes the hidden spare."""
        shown, ready = self.browser, self.spare
        focus = QApplication.focusWidget()
        ready.setObjectName(self._name)
        shown.setObjectName(f"{self._name}Next")
        ready.setVisible(True)
        if focus is not None and (focus is shown or shown.isAncestorOf(focus)):
            ready.setFocus(Qt.FocusReason.OtherFocusReason)
        shown.setVisible(False)
        self.browser, self.spare = ready, shown

    def retranslate(self) -> None:
        if self.letter == "A":
            text = translate("ComparePane", "Response A")
        elif self.letter == "B":
            text = translate("ComparePane", "Response B")
        else:
            text = translate("ComparePane", "Response %1").replace("%1", self.letter)
        self.title.setText(text)
        self.browser.setAccessibleName(text)
        self.spare.setAccessibleName(text)
        self._show_count()

    def _show_count(self) -> None:
        words = self.words  # a plain name: lupdate skips the message when n is an attribute
        self.count.setText(local_digits(self.tr("%n word(s)", "", words)))


LETTERS = "ABCDEFGHI"


class ResponsesPanel(QWidget):
    """The responses side by side (A, B, … left to right) with synced scroll and, for two,
    the highlight-differences toggle."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._syncing = False
        self._count = 2
        self.columns: list[ResponseColumn] = []
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.column_a = self._column(0)
        self.column_b = self._column(1)
        self.sync_box = QCheckBox(self)
        self.sync_box.setObjectName("compareSyncScroll")
        self.sync_box.setChecked(True)
        self.diff_box = QCheckBox(self)
        self.diff_box.setObjectName("compareHighlightDiff")
        self._spans: tuple[list[Span], list[Span]] | None = None
        self._syncing = False
        self._count = 2
        self.diff_box.toggled.connect(self._apply_highlight)
        self._build()

    def _column(self, index: int) -> ResponseColumn:
        while len(self.columns) <= index:
            column = ResponseColumn(LETTERS[len(self.columns)], self)
            self.splitter.addWidget(column)
            for browser in (column.browser, column.spare):
                bar = browser.verticalScrollBar()
                bar.valueChanged.connect(lambda _v, s=bar, c=column: self._follow_all(s, c))
            self.columns.append(column)
            column.retranslate()
            # A column built ahead for the next task (prepare) stays hidden until it is shown.
            column.setVisible(len(self.columns) <= self._count)
        return self.columns[index]

    def shown_columns(self) -> list[ResponseColumn]:
        return self.columns[: self._count]

    def _build(self) -> None:
        splitter = self.splitter
        splitter.setObjectName("compareResponsesSplitter")
        # A is always on the left: presented_order lists ids left to right, also in RTL UIs.
        splitter.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        splitter.setChildrenCollapsible(False)
        toggles = QHBoxLayout()
        toggles.addWidget(self.sync_box)
        toggles.addWidget(self.diff_box)
        toggles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter, 1)
        layout.addLayout(toggles)

    def set_responses(self, texts: list[str]) -> None:
        """Shows 2 to 9 responses left to right (presented order)."""
        if len(texts) == 2:
            self.set_texts(texts[0], texts[1])
            return
        self._spans = None
        self._count = len(texts)
        for i, text in enumerate(texts):
            column = self._column(i)
            column.set_text(text)
            column.show()
        self._after_set()

    def prepare(self, texts: list[str]) -> None:
        for i, text in enumerate(texts):
            self._column(i).prepare(text)

    def _after_set(self) -> None:
        for i, column in enumerate(self.columns):
            column.setVisible(i < self._count)
        for column in self.shown_columns():
            column.browser.verticalScrollBar().setValue(0)
            column.browser.horizontalScrollBar().setValue(0)
        self.diff_box.setVisible(self._count == 2)
        if self._count != 2:
            for column in self.shown_columns():
                column.browser.set_highlights([])
        elif self.diff_box.isChecked():
            self._apply_highlight(True)

    def _follow_all(self, source: QScrollBar, column: ResponseColumn) -> None:
        if source is not column.browser.verticalScrollBar():
            return  # the hidden browser, taking the next task's text
        for other in self.shown_columns():
            if other is not column:
                self._follow(source, other)

    def retranslate(self) -> None:
        for column in self.columns:
            column.retranslate()
        self.sync_box.setText(translate("ComparePane", "Scroll both together"))
        self.sync_box.setAccessibleName(translate("ComparePane", "Scroll both responses together"))
        self.diff_box.setText(translate("ComparePane", "Highlight differences"))
        self.diff_box.setAccessibleName(
            translate("ComparePane", "Highlight where the responses differ")
        )

    def set_texts(self, text_a: str, text_b: str) -> None:
        self._spans = None
        self._count = 2
        self.column_a.set_text(text_a)
        self.column_b.set_text(text_b)
        self._after_set()

    def diff(self) -> tuple[list[Span], list[Span]]:
        """The differing ranges of A and B (computed once per pair of texts)."""
        if self._spans is None:
            self._spans = diff_spans(
                self.column_a.browser.document().toPlainText(),
                self.column_b.browser.document().toPlainText(),
            )
        return self._spans

    def _apply_highlight(self, on: bool) -> None:
        spans_a, spans_b = self.diff() if on and self._count == 2 else ([], [])
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

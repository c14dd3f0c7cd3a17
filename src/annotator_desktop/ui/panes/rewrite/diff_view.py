"""Tracked changes: the rewrite's word diff against the draft, inline or side by side."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.textdiff import TextDiff
from annotator_desktop.ui.panes.rewrite.diff_html import render
from annotator_desktop.ui.widgets.numbers import local_digits, number
from annotator_desktop.ui.widgets.safe_text import SafeTextBrowser


class DiffView(QWidget):
    """Shows a :class:`TextDiff`; a click on a change selects it, buttons revert or move on."""

    revert_requested = Signal(int)
    reset_requested = Signal()
    current_changed = Signal(int)

    def __init__(self, parent: QWidget | None = None, editable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("diffView")
        self.diff: TextDiff | None = None
        self.current = -1
        self.stats = QLabel(self)
        self.stats.setObjectName("diffStats")
        self.side_by_side = QCheckBox(self)
        self.side_by_side.setObjectName("diffSideBySide")
        self.whole_text = QCheckBox(self)
        self.whole_text.setObjectName("diffWholeText")
        self.prev_button = self._button("diffPrevious")
        self.next_button = self._button("diffNext")
        self.revert_button = self._button("diffRevert")
        self.reset_button = self._button("diffReset")
        self.revert_button.setVisible(editable)
        self.reset_button.setVisible(editable)
        self.inline = self._browser("diffInline")
        self.old_side = self._browser("diffOld")
        self.new_side = self._browser("diffNew")
        pair = QSplitter(Qt.Orientation.Horizontal, self)
        pair.addWidget(self.old_side)
        pair.addWidget(self.new_side)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.inline)
        self.stack.addWidget(pair)
        # The figures get a line of their own (they wrap): on one line with the buttons they
        # would make the pane's minimum width crowd out the prompt and draft column.
        self.stats.setWordWrap(True)
        bar = QHBoxLayout()
        for w in (self.side_by_side, self.whole_text):
            bar.addWidget(w)
        bar.addStretch(1)
        for button in (self.prev_button, self.next_button, self.revert_button, self.reset_button):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stats)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.side_by_side.toggled.connect(self._refresh)
        self.whole_text.toggled.connect(self._refresh)
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.revert_button.clicked.connect(self._revert_current)
        self.reset_button.clicked.connect(self.reset_requested.emit)
        self.retranslate()

    def _button(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        return button

    def _browser(self, name: str) -> SafeTextBrowser:
        browser = SafeTextBrowser(self)
        browser.setObjectName(name)
        browser.anchorClicked.connect(self._on_anchor)
        _style_muted(browser)
        return browser

    def changeEvent(self, event: QEvent) -> None:
        """A theme change (light <-> dark) recolours the notes in the diff."""
        if event.type() == QEvent.Type.PaletteChange and hasattr(self, "new_side"):
            for browser in (self.inline, self.old_side, self.new_side):
                _style_muted(browser)
            self._refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.side_by_side.setText(self.tr("Side by side"))
        self.side_by_side.setAccessibleName(self.tr("Show the changes side by side"))
        self.whole_text.setText(self.tr("Whole text"))
        self.whole_text.setAccessibleName(self.tr("Show unchanged text too"))
        for button, text in (
            (self.prev_button, self.tr("Previous change")),
            (self.next_button, self.tr("Next change")),
            (self.revert_button, self.tr("Revert change")),
            (self.reset_button, self.tr("Reset to draft")),
        ):
            button.setText(text)
            button.setAccessibleName(text)
        self.inline.setAccessibleName(self.tr("Changes against the draft"))
        self.old_side.setAccessibleName(self.tr("Draft with deletions"))
        self.new_side.setAccessibleName(self.tr("Rewrite with insertions"))
        self._refresh()

    def set_direction(self, direction: Qt.LayoutDirection) -> None:
        for browser in (self.inline, self.old_side, self.new_side):
            browser.setLayoutDirection(direction)
            option = browser.document().defaultTextOption()
            option.setTextDirection(direction)
            browser.document().setDefaultTextOption(option)

    def set_diff(self, diff: TextDiff | None) -> None:
        self.diff = diff
        count = len(diff.changes()) if diff is not None else 0
        if self.current >= count:
            self.current = count - 1
        self._refresh()

    def change_count(self) -> int:
        return len(self.diff.changes()) if self.diff is not None else 0

    def step(self, delta: int) -> None:
        """Selects the next (1) or previous (-1) change, wrapping around."""
        count = self.change_count()
        if count:
            self.select((self.current + delta) % count if self.current >= 0 else 0)

    def select(self, index: int) -> None:
        self.current = index
        self._refresh()
        for browser in (self.inline, self.old_side, self.new_side):
            browser.scrollToAnchor(f"c{index}")
        self.current_changed.emit(index)

    def _revert_current(self) -> None:
        if 0 <= self.current < self.change_count():
            self.revert_requested.emit(self.current)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == "change" and url.path().isdigit():
            self.select(int(url.path()))

    def _refresh(self) -> None:
        diff = self.diff
        self.stack.setCurrentIndex(1 if self.side_by_side.isChecked() else 0)
        if diff is None:
            self.stats.setText(self.tr("Comparing…"))
            return
        self.stats.setText(
            self.tr("+%1 / −%2 words · %3 changes · edit distance %4")
            .replace("%1", number(diff.words_added))
            .replace("%2", number(diff.words_removed))
            .replace("%3", number(self.change_count()))
            .replace("%4", number(diff.distance, 3))
        )
        context = None if self.whole_text.isChecked() else 16
        label = self._elided_label
        # marks a change of formatting only (bold, italic, heading, list…), text unchanged
        fmt = self.tr("formatting")
        if self.side_by_side.isChecked():
            _set_html(self.old_side, render(diff, "old", self.current, context, label, fmt))
            _set_html(self.new_side, render(diff, "new", self.current, context, label, fmt))
        else:
            _set_html(self.inline, render(diff, "inline", self.current, context, label, fmt))
        has = self.change_count() > 0
        for button in (self.prev_button, self.next_button):
            button.setEnabled(has)
        self.revert_button.setEnabled(has and self.current >= 0)

    def _elided_label(self, words: int) -> str:
        return local_digits(self.tr("%n unchanged word(s)", "", words))


def _style_muted(browser: SafeTextBrowser) -> None:
    """Notes in the diff take the theme's placeholder colour (AA contrast in both themes)."""
    color = browser.palette().color(QPalette.ColorRole.PlaceholderText)
    browser.document().setDefaultStyleSheet(f".muted {{ color: {color.name()}; }}")


def _set_html(browser: SafeTextBrowser, html: str) -> None:
    """Replaces the content but keeps the reader's place (a live diff refreshes often)."""
    bar = browser.verticalScrollBar()
    position = bar.value()
    browser.setHtml(html)
    bar.setValue(min(position, bar.maximum()))

"""Copying one fenced code block of a shown text, with the mouse or the keyboard alone.

Mouse: over a code block, a Copy button floats at its top corner. Keyboard: Tab from the text
moves to the Copy button of its first code block in view, Tab again to the next block's, and past
the last one on to the next control; Shift+Tab goes back the same way (the first block's back to
the text); Space or Enter copies, Escape returns to the text. Ctrl+Shift+C copies the current
block from anywhere in the text: the one the button is on, else the one holding the text cursor,
else the first one in view. What is copied is the code alone: no fence, no line numbers.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QTextEdit, QToolButton, QWidget
from shiboken6 import isValid

from annotator_desktop.ui.widgets.code_blocks import CodeBlock, CodeHighlighter, block_rect

COPY_KEYS = QKeySequence("Ctrl+Shift+C")
COPIED_MS = 1500  # how long the button says "Copied"
_ENTER = {Qt.Key.Key_Return, Qt.Key.Key_Enter}
# Call as ``translate("CodeBlocks", "text")`` with literal strings, so lupdate finds them.
translate = QApplication.translate


def copy_keys_text() -> str:
    return COPY_KEYS.toString(QKeySequence.SequenceFormat.NativeText)


class CopyCodeButton(QToolButton):
    """The Copy button of the current code block: over it under the mouse, or in the keyboard's
    tab order right after its text."""

    def __init__(self, copier: CodeCopier) -> None:
        super().__init__(copier.view.viewport())
        self.copier = copier
        self.setObjectName("copyCodeButton")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # a click leaves the focus in the text
        self.code: CodeBlock | None = None
        self._copied = QTimer(self)
        self._copied.setSingleShot(True)
        self._copied.setInterval(COPIED_MS)
        self._copied.timeout.connect(self._after_copied)
        self.hide()
        self.clicked.connect(self.copy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(
            translate("CodeBlocks", "Copied")
            if self._copied.isActive()
            else translate("CodeBlocks", "Copy")
        )
        tip = translate(
            "CodeBlocks", "Copy this code block (%1). Tab moves to the next code block."
        )
        self.setToolTip(tip.replace("%1", copy_keys_text()))
        self.setAccessibleName(translate("CodeBlocks", "Copy code block"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy(self) -> None:
        if self.code is not None:
            QGuiApplication.clipboard().setText(self.copier.code_text(self.code))
            self._copied.start()
            self.retranslate()
            self.copier.place(self.code)  # "Copied" is wider: keep the corner

    def _after_copied(self) -> None:
        self.retranslate()
        if self.isVisible() and self.code is not None:
            self.copier.place(self.code)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _ENTER:
            self.click()
        elif event.key() == Qt.Key.Key_Escape:
            self.copier.leave(forward=False)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        if not self.isVisible():  # hidden with the focus (its text scrolled): back to the text
            self.copier.view.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return self.copier.step(next)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():  # a clear focus ring: the style's own is faint on a tool button
            painter = QPainter(self)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Highlight), 2))
            painter.drawRoundedRect(self.rect().adjusted(1, 1, -1, -1), 3, 3)
            painter.end()


class CodeCopier(QObject):
    """The Copy button of one text view (made on first need: most texts never get one), its
    keyboard route and its Ctrl+Shift+C action."""

    def __init__(self, view: QTextEdit) -> None:
        super().__init__(view)
        self.view = view
        self._button: CopyCodeButton | None = None
        self.visited = False  # Tab went through the code blocks since the text got the focus
        self._moving = False  # scrolling to a block: the scroll does not hide the button
        self._viewport = view.viewport()
        self._viewport.setMouseTracking(True)
        self._viewport.installEventFilter(self)
        view.installEventFilter(self)
        view.verticalScrollBar().valueChanged.connect(self._scrolled)
        view.horizontalScrollBar().valueChanged.connect(self._scrolled)
        self.action = QAction(view)
        self.action.setObjectName("copyCodeBlock")
        self.action.setShortcut(COPY_KEYS)
        self.action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.action.triggered.connect(lambda _checked=False: self.copy_current())
        view.addAction(self.action)
        self.retranslate()

    def retranslate(self) -> None:
        self.action.setText(translate("CodeBlocks", "Copy the code block"))

    def button(self) -> CopyCodeButton:
        if self._button is None:
            self._button = CopyCodeButton(self)
            self._button.installEventFilter(self)
        return self._button

    def hide(self) -> None:
        if self._button is not None:
            self._button.hide()

    # --- the code blocks --------------------------------------------------------------
    def blocks(self) -> list[CodeBlock]:
        highlighter = getattr(self.view, "highlighter", None)
        if isinstance(highlighter, CodeHighlighter) and highlighter.doc is self.view.document():
            return highlighter.blocks
        return []

    def code_text(self, code: CodeBlock) -> str:
        """The code to copy (a view may know more than it shows, e.g. a collapsed turn)."""
        own = getattr(self.view, "code_text", None)
        return str(own(code)) if callable(own) else code.text

    def first_in_view(self) -> CodeBlock | None:
        blocks = self.blocks()
        top = self.view.verticalScrollBar().value()
        doc = self.view.document()
        return next((c for c in blocks if block_rect(doc, c).bottom() > top), None) or (
            blocks[-1] if blocks else None
        )

    def block_at_point(self, point: QPoint) -> CodeBlock | None:
        position = self.view.cursorForPosition(point).position()
        return self._block_at(position)

    def _block_at(self, position: int) -> CodeBlock | None:
        number = self.view.document().findBlock(position).blockNumber()
        return next((c for c in self.blocks() if c.first <= number <= c.last), None)

    # --- showing the button -----------------------------------------------------------
    def place(self, code: CodeBlock) -> None:
        """Shows the button at the top corner of ``code`` (as far as it is in view)."""
        button = self.button()
        button.code = code
        rect = block_rect(self.view.document(), code)
        top = int(rect.top()) - self.view.verticalScrollBar().value()
        button.adjustSize()
        x = self.view.viewport().width() - button.width() - 4
        if self.view.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            x = 4
        button.move(x, max(0, top))
        button.show()
        button.raise_()

    def show_for(self, point: QPoint) -> None:
        """The mouse at viewport ``point``: the button over the code block there."""
        code = self.block_at_point(point)
        button = self._button
        if code is not None:
            self.place(code)
        elif button is not None and not (button.geometry().contains(point) or button.hasFocus()):
            button.hide()

    def _scroll_to(self, code: CodeBlock) -> None:
        rect = block_rect(self.view.document(), code)
        bar = self.view.verticalScrollBar()
        room = self.view.viewport().height() - self.button().sizeHint().height()
        if rect.top() < bar.value() or rect.top() > bar.value() + room:
            bar.setValue(int(rect.top()) - 4)

    # --- the keyboard -----------------------------------------------------------------
    def enter(self) -> bool:
        """Tab in the text: the first code block in view takes the focus (once per visit)."""
        code = None if self.visited else self.first_in_view()
        if code is None:
            return False
        self.visited = True
        self.focus_block(code, Qt.FocusReason.TabFocusReason)
        return True

    def step(self, forward: bool) -> bool:
        """Tab / Shift+Tab on the button: the next / previous code block, else out."""
        blocks = self.blocks()
        code = self._button.code if self._button is not None else None
        index = blocks.index(code) if code in blocks else -1
        target = index + (1 if forward else -1)
        if index >= 0 and 0 <= target < len(blocks):
            reason = Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
            self.focus_block(blocks[target], reason)
        else:
            self.leave(forward)
        return True

    def focus_block(self, code: CodeBlock, reason: Qt.FocusReason) -> None:
        self._moving = True
        try:
            self._scroll_to(code)
            self.place(code)
        finally:
            self._moving = False
        button = self.button()
        button.setFocus(reason)
        parent: QWidget | None = self.view.parentWidget()
        while parent is not None:  # a text inside a scrolled column (a conversation turn)
            if isinstance(parent, QScrollArea):
                parent.ensureWidgetVisible(button, 0, 8)
            parent = parent.parentWidget()

    def leave(self, forward: bool) -> None:
        """From the button: back to the text (backwards), or on past the text (forwards)."""
        view = self.view
        view.setFocus(
            Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
        )
        self.hide()
        self.visited = forward
        if forward:
            view.focusNextPrevChild(True)  # visited: the text passes the focus on

    def copy_current(self) -> None:
        """Ctrl+Shift+C: copies the current code block (see the module docstring)."""
        blocks = self.blocks()
        if not blocks:
            return
        button = self._button
        code = button.code if button is not None and button.isVisible() else None
        if code not in blocks:
            code = self._block_at(self.view.textCursor().position()) or self.first_in_view()
        if code is None:
            return
        self._moving = True
        try:
            self._scroll_to(code)
            self.place(code)
        finally:
            self._moving = False
        self.button().copy()

    # --- events -----------------------------------------------------------------------
    def _scrolled(self, _value: int) -> None:
        if not self._moving:
            self.hide()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not isValid(self.view):
            return False  # events sent while the view is being destroyed
        kind = event.type()
        if watched is self._viewport:
            if kind == QEvent.Type.MouseMove:
                self.show_for(event.position().toPoint())  # type: ignore[attr-defined]
            elif kind == QEvent.Type.Leave and not self._keeps_button():
                self.hide()
        elif kind == QEvent.Type.FocusOut:
            focus = QApplication.focusWidget()
            if focus is not self.view and (focus is None or focus is not self._button):
                self.visited = False  # the keyboard left the text and its code blocks
                if not self._keeps_button():
                    self.hide()
        elif kind == QEvent.Type.FocusIn and watched is self.view:
            reason = event.reason()  # type: ignore[attr-defined]
            if reason in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
                code = self.first_in_view()  # shows where Tab goes next
                if code is not None:
                    self.place(code)
        elif kind == QEvent.Type.LanguageChange and watched is self.view:
            self.retranslate()
        return False

    def _keeps_button(self) -> bool:
        button = self._button
        return button is not None and (button.underMouse() or button.hasFocus())

"""Issue 21: a code block's Copy with the keyboard alone (Tab to each block's Copy button, Space or
Enter; Ctrl+Shift+C), the code copied verbatim and alone."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from test_compare_support import context, focused, shown_pane

from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.panes.compare.responses import ResponseBrowser
from annotator_desktop.ui.widgets.conversation import PREVIEW_CHARS

FIRST = 'def rev(xs):\n\treturn xs[::-1]  # "tab" kept'
SECOND = "SELECT id, name\n  FROM users\n WHERE id = 1;"
TEXT = f"Try this:\n\n```python\n{FIRST}\n```\n\nThen query:\n\n```sql\n{SECOND}\n```\n\nDone."


def payload(messages: list[dict[str, str]] | None = None) -> dict[str, Any]:
    return {
        "messages": messages or [{"role": "user", "content": "How do I reverse a list?"}],
        "responses": [{"id": "a", "text_md": TEXT}, {"id": "b", "text_md": "No code here."}],
        "criteria": [],
        "min_rationale_chars": 0,
    }


def code_browser(pane: ComparePane) -> ResponseBrowser:
    return next(c.browser for c in pane.responses.shown_columns() if "```" in c.browser.shown_text)


NO_MODIFIER = Qt.KeyboardModifier.NoModifier
COPY_MODIFIERS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def key(qtbot: QtBot, code: Qt.Key, modifier: Qt.KeyboardModifier = NO_MODIFIER) -> None:
    QTest.keyClick(focused(), code, modifier)


def highlight_pixels(widget: QWidget) -> int:
    """Pixels of the palette's highlight colour in a picture of ``widget``."""
    image = widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    want = widget.palette().color(QPalette.ColorRole.Highlight)
    count = 0
    for y in range(image.height()):
        for x in range(image.width()):
            c = QColor(image.pixel(x, y))
            if (
                abs(c.red() - want.red())
                + abs(c.green() - want.green())
                + abs(c.blue() - want.blue())
                < 40
            ):
                count += 1
    return count


def test_tab_reaches_each_code_blocks_copy_and_space_or_enter_copies(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context(task_payload=payload()))
    browser = code_browser(pane)
    clipboard = QGuiApplication.clipboard()
    qtbot.waitUntil(pane.isActiveWindow)
    browser.setFocus(Qt.FocusReason.TabFocusReason)  # as Tab from the control before it does
    qtbot.waitUntil(browser.hasFocus)
    button = browser.copy_button
    assert button.isVisible(), "the Copy button shows where Tab goes next"
    assert "Ctrl+Shift+C" in button.toolTip() and button.accessibleName() == "Copy code block"
    unfocused_ring = highlight_pixels(button)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is button and button.isVisible()
    assert highlight_pixels(button) > unfocused_ring + 20, "a visible focus ring"
    clipboard.clear()
    key(qtbot, Qt.Key.Key_Space)
    assert clipboard.text() == FIRST  # verbatim (the tab too), no fence, no line numbers
    assert button.text() == "Copied"
    key(qtbot, Qt.Key.Key_Tab)  # the next code block's Copy
    assert focused() is button
    clipboard.clear()
    key(qtbot, Qt.Key.Key_Return)
    assert clipboard.text() == SECOND
    key(qtbot, Qt.Key.Key_Tab)  # past the last block: on to the next control
    after = focused()
    assert after is not button and after is not browser and not button.isVisible()
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # back to the text
    assert focused() is browser
    key(qtbot, Qt.Key.Key_Tab)  # into its code blocks again
    assert focused() is button
    clipboard.clear()
    key(qtbot, Qt.Key.Key_Enter)
    assert clipboard.text() == FIRST
    key(qtbot, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)  # before the first: the text
    assert focused() is browser
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Escape)  # Escape leaves the button for the text too
    assert focused() is browser


def test_ctrl_shift_c_copies_the_code_block_of_the_text(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context(task_payload=payload()))
    browser = code_browser(pane)
    clipboard = QGuiApplication.clipboard()
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    clipboard.clear()
    key(qtbot, Qt.Key.Key_C, COPY_MODIFIERS)  # Ctrl+Shift+C
    assert clipboard.text() == FIRST, "nothing chosen yet: the first code block in view"
    assert browser.copy_button.isVisible() and browser.copy_button.text() == "Copied"
    # a click in the second block puts the text cursor there: that block is the one copied
    browser.copier.hide()
    cursor = browser.document().find("FROM users")
    point = browser.cursorRect(cursor).center()
    QTest.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=point)
    clipboard.clear()
    key(qtbot, Qt.Key.Key_C, COPY_MODIFIERS)  # Ctrl+Shift+C
    assert clipboard.text() == SECOND
    # in a text without code the key copies nothing
    other = next(c.browser for c in pane.responses.shown_columns() if c.browser is not browser)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    clipboard.setText("unchanged")
    key(qtbot, Qt.Key.Key_C, COPY_MODIFIERS)  # Ctrl+Shift+C
    assert clipboard.text() == "unchanged"


def test_a_collapsed_turns_copy_gives_its_whole_code_block(qtbot: QtBot) -> None:
    long_code = "\n".join(f"value_{k} = compute({k})" for k in range(60))
    assert len(long_code) > PREVIEW_CHARS  # the collapsed turn shows only its beginning
    messages = [
        {"role": "user", "content": f"Why is this slow?\n\n```python\n{long_code}\n```"},
        {"role": "assistant", "content": "Let me see."},
        {"role": "user", "content": "Well?"},
    ]
    pane = shown_pane(qtbot, context(task_payload=payload(messages)))
    turn = pane.conversation.turns[0]
    assert turn.is_collapsed()
    browser = turn.browser
    assert "value_59" not in browser.toPlainText()
    browser.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(browser.hasFocus)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is browser.copy_button
    QGuiApplication.clipboard().clear()
    key(qtbot, Qt.Key.Key_Space)
    assert QGuiApplication.clipboard().text() == long_code

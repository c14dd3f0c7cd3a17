"""The rewrite's Changes view counts formatting (bold, italic, heading, list) as changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator_desktop.core.textdiff import diff_texts, tokenize
from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.rewrite import RewritePane

CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
DRAFT = "The cat sat on the mat.\n\nA second line here.\n"


def make_pane(qtbot: QtBot) -> RewritePane:
    pane = RewritePane()
    qtbot.addWidget(pane)
    pane.load(TaskContext("t1", "p1", "rewrite", "Task", {"prompt": "", "draft_md": DRAFT}))
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitActive(pane):
        pane.activateWindow()
    wait_diff(qtbot, pane)
    return pane


def wait_diff(qtbot: QtBot, pane: RewritePane) -> None:
    qtbot.waitUntil(lambda: pane.runner.is_fresh() and not pane.runner.busy(), timeout=5000)


def select(pane: RewritePane, text: str) -> None:
    found = pane.editor.document().find(text)
    assert not found.isNull()
    pane.editor.setTextCursor(found)
    pane.editor.setFocus()


@pytest.mark.parametrize(
    ("word", "key", "modifiers", "tag"),
    [
        ("cat", Qt.Key.Key_B, CTRL, "<b>"),
        ("cat", Qt.Key.Key_I, CTRL, "<i>"),
        ("second", Qt.Key.Key_2, CTRL, "font-size"),  # heading 2
        ("second", Qt.Key.Key_8, CTRL | SHIFT, None),  # bullet list
    ],
)
def test_a_formatting_change_is_a_change(
    qtbot: QtBot, word: str, key: Qt.Key, modifiers: Qt.KeyboardModifier, tag: str | None
) -> None:
    pane = make_pane(qtbot)
    assert pane.diff_view.change_count() == 0
    select(pane, word)
    qtbot.keyClick(pane.editor, key, modifiers)
    assert pane.editor.toPlainText().rstrip("\n") == pane._baseline.toPlainText().rstrip("\n")
    qtbot.waitUntil(lambda: pane.diff_view.change_count() >= 1, timeout=5000)
    wait_diff(qtbot, pane)
    changes = pane.runner.latest.diff.changes()
    assert changes and all(c.old_text == c.new_text for c in changes), changes
    assert any(word in c.new_text for c in changes)
    html = pane.diff_view.inline.toHtml()
    assert "formatting" in pane.diff_view.inline.toPlainText()
    if tag == "<b>":
        assert "font-weight:700" in html or "font-weight:600" in html
    elif tag == "<i>":
        assert "font-style:italic" in html
    assert not pane.identical_warning.isVisible()
    # the change can be reverted like any other: the draft's formatting comes back
    assert pane.revert_change(0)
    qtbot.waitUntil(lambda: pane.diff_view.change_count() == 0, timeout=5000)


def test_plain_text_diffs_are_unchanged_without_formatting() -> None:
    a, b = "one two three", "one two three"
    tokens = tokenize(a)
    bold = [(4, 7, ("para", (True, False, False, False, "")))]
    assert diff_texts(a, b).identical
    diff = diff_texts(a, b, tokens, tokens, None, bold)
    assert [(c.old_text, c.new_text) for c in diff.changes()] == [("two", "two")]
    assert diff.distance == 0.0  # the agreement metric stays about the words

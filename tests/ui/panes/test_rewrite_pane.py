"""The rewrite pane with real widgets and real key events: typing, formatting, undo, diff."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.panes.base import OtherResult, TaskContext
from annotator_desktop.ui.panes.registry import create_pane
from annotator_desktop.ui.panes.rewrite import RewritePane

CTRL = Qt.KeyboardModifier.ControlModifier
DRAFT = "# Answer\n\nThe cat sat on the mat.\n\n- first point\n- second point\n"


def make_pane(qtbot: QtBot, draft_md: str = DRAFT, **extra: Any) -> RewritePane:
    pane = create_pane("rewrite")
    assert isinstance(pane, RewritePane)
    qtbot.addWidget(pane)
    payload = {"prompt": "Explain cats.", "draft_md": draft_md, "guidelines_md": "Be *brief*."}
    payload.update(extra.pop("payload", {}))
    pane.load(TaskContext("t1", "p1", "rewrite", "Task", payload, **extra))
    pane.resize(1200, 800)
    pane.show()
    with qtbot.waitActive(pane):  # shortcuts of the pane work in its active window
        pane.activateWindow()
    wait_diff(qtbot, pane)
    return pane


def wait_diff(qtbot: QtBot, pane: RewritePane) -> None:
    qtbot.waitUntil(lambda: pane.runner.is_fresh() and not pane.runner.busy(), timeout=5000)


def type_text(widget: QWidget, text: str) -> None:
    """Real key events for any text (QTest's keyClicks handles ASCII only)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            QApplication.sendEvent(widget, event)


def put_cursor_after(pane: RewritePane, text: str) -> None:
    found = pane.editor.document().find(text)
    assert not found.isNull()
    cursor = pane.editor.textCursor()
    cursor.setPosition(found.selectionEnd())
    pane.editor.setTextCursor(cursor)
    pane.editor.setFocus()


def test_starts_as_the_draft_and_typing_edits_it(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    assert pane.result() == {"text_md": DRAFT, "notes": ""}
    assert pane.identical_warning.isVisible()
    assert pane.problems()  # unchanged and no note: blocks submit
    put_cursor_after(pane, "The cat")
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClicks(pane.editor, " quietly")
    wait_diff(qtbot, pane)
    assert "The cat quietly sat on the mat." in pane.result()["text_md"]
    assert pane.result()["text_md"].startswith("# Answer\n\n")
    assert not pane.identical_warning.isVisible()
    assert pane.problems() == []
    diff = pane.runner.latest.diff  # type: ignore[union-attr]
    assert (diff.words_added, diff.words_removed) == (1, 0)
    assert "+1 / −0 words" in pane.diff_view.stats.text()
    assert "quietly" in pane.diff_view.inline.toPlainText()


def test_bold_italic_heading_shortcuts_and_markdown(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    put_cursor_after(pane, "the mat.")
    qtbot.keyClicks(pane.editor, " ")
    qtbot.keyClick(pane.editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(pane.editor, "Loud")
    qtbot.keyClick(pane.editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClicks(pane.editor, " and ")
    qtbot.keyClick(pane.editor, Qt.Key.Key_I, CTRL)
    qtbot.keyClicks(pane.editor, "soft")
    qtbot.keyClick(pane.editor, Qt.Key.Key_I, CTRL)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor, "Next part")
    qtbot.keyClick(pane.editor, Qt.Key.Key_2, CTRL)
    text = pane.result()["text_md"]
    assert "The cat sat on the mat. **Loud** and *soft*\n\n## Next part\n" in text
    assert "- first point\n- second point\n" in text


def test_toolbar_formats_round_trip(qtbot: QtBot) -> None:
    pane = make_pane(qtbot, draft_md="alpha\n\nbeta\n\ngamma\n\ndelta\n\nepsilon\n")
    editor = pane.editor

    def at(word: str) -> None:
        cursor = editor.document().find(word)
        editor.setTextCursor(cursor)

    at("alpha")
    editor.toggle_inline_code()
    at("beta")
    editor.toggle_code_block()
    at("gamma")
    editor.toggle_quote()
    at("delta")
    editor.toggle_list(ordered=True)
    at("epsilon")
    assert editor.set_link("https://example.com/x")
    assert not editor.set_link("javascript:alert(1)")
    assert pane.result()["text_md"] == (
        "`alpha`\n\n```\nbeta\n```\n\n> gamma\n\n1. delta\n\n[epsilon](https://example.com/x)\n"
    )
    at("delta")
    editor.toggle_list(ordered=True)  # toggles the list off again
    assert "\n\ndelta\n\n" in pane.result()["text_md"]


def test_tab_nests_list_items_and_enter_leaves_the_list(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    put_cursor_after(pane, "first point")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Tab)
    qtbot.keyClicks(pane.editor, "detail a")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClicks(pane.editor, "detail b")
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Backtab)
    qtbot.keyClicks(pane.editor, "back out")
    assert pane.result()["text_md"].endswith(
        "- first point\n  - detail a\n  - detail b\n- back out\n- second point\n"
    )
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)
    qtbot.keyClick(pane.editor, Qt.Key.Key_Return)  # an empty item: leaves the list
    qtbot.keyClicks(pane.editor, "After.")
    assert pane.result()["text_md"].endswith("- second point\n\nAfter.\n")


def test_undo_and_redo_through_keys_and_actions(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    put_cursor_after(pane, "the mat")
    qtbot.keyClicks(pane.editor, " today")
    assert "mat today." in pane.editor.toPlainText()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, CTRL)
    assert "mat today." not in pane.editor.toPlainText()
    pane.actions_by_name["rewriteRedo"].trigger()
    assert "mat today." in pane.editor.toPlainText()
    names = {a.objectName() for a in pane.pane_actions()}
    assert {"rewriteUndo", "rewriteRedo", "rewriteBold", "rewriteFind"} <= names
    assert pane.undo_stack() is None


def test_result_is_fresh_after_undo_and_new_typing(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    put_cursor_after(pane, "the mat")
    qtbot.keyClicks(pane.editor, "s")
    assert "the mats." in pane.result()["text_md"]
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, CTRL)
    qtbot.keyClicks(pane.editor, "x")
    assert "the matx." in pane.result()["text_md"]
    qtbot.keyClick(pane.editor, Qt.Key.Key_Z, CTRL)
    assert pane.result()["text_md"] == DRAFT


def test_revert_one_change_and_reset_to_draft(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    cursor = pane.editor.document().find("cat")
    pane.editor.setTextCursor(cursor)
    qtbot.keyClicks(pane.editor, "dog")
    cursor = pane.editor.document().find("second")
    pane.editor.setTextCursor(cursor)
    qtbot.keyClicks(pane.editor, "other")
    wait_diff(qtbot, pane)
    assert pane.diff_view.change_count() == 2
    pane.diff_view.step(1)
    assert pane.diff_view.current == 0
    qtbot.mouseClick(pane.diff_view.revert_button, Qt.MouseButton.LeftButton)
    wait_diff(qtbot, pane)
    assert "The cat sat" in pane.editor.toPlainText()
    assert "other point" in pane.editor.toPlainText()
    assert pane.diff_view.change_count() == 1
    pane.reset_to_draft()
    wait_diff(qtbot, pane)
    assert pane.result()["text_md"] == DRAFT
    assert pane.is_unchanged()
    pane.editor.undo()  # reset is one undoable step
    assert "other point" in pane.editor.toPlainText()


def test_side_by_side_and_change_links(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    cursor = pane.editor.document().find("mat")
    pane.editor.setTextCursor(cursor)
    qtbot.keyClicks(pane.editor, "rug")
    wait_diff(qtbot, pane)
    pane.diff_view.side_by_side.setChecked(True)
    assert "mat" in pane.diff_view.old_side.toPlainText()
    assert "rug" in pane.diff_view.new_side.toPlainText()
    assert "change:0" in pane.diff_view.new_side.toHtml()
    view = pane.diff_view.new_side
    found = view.document().find("rug")
    cursor = QTextCursor(found)
    cursor.setPosition(found.selectionStart() + 1)
    point = view.cursorRect(cursor).center()
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)  # a real click
    assert pane.diff_view.current == 0
    assert pane.editor.textCursor().position() == pane.editor.toPlainText().index("rug")


def test_find_and_replace_all_is_one_undo_step(qtbot: QtBot) -> None:
    pane = make_pane(qtbot, draft_md="one fish two fish red fish\n")
    pane.editor.setFocus()
    pane.actions_by_name["rewriteReplace"].trigger()
    assert pane.find_bar.isVisible()
    qtbot.keyClicks(pane.find_bar.find_edit, "fish")
    qtbot.keyClicks(pane.find_bar.replace_edit, "cat")
    assert pane.find_bar.replace_all() == 3
    assert pane.editor.toPlainText() == "one cat two cat red cat"
    pane.editor.undo()
    assert pane.editor.toPlainText() == "one fish two fish red fish"
    assert pane.find_bar.find_next()
    assert pane.editor.textCursor().selectedText() == "fish"


def test_counts_notes_and_problems(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    assert "11 words" in pane.counts.text()
    with qtbot.waitSignal(pane.changed):
        qtbot.keyClicks(pane.notes, "Draft was fine.")
    assert pane.problems() == []  # unchanged but explained
    assert pane.result() == {"text_md": DRAFT, "notes": "Draft was fine."}
    pane.editor.selectAll()
    qtbot.keyClick(pane.editor, Qt.Key.Key_Delete)
    assert pane.problems() == ["The rewrite is empty."]


def test_activity_on_input(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    with qtbot.waitSignal(pane.activity):
        qtbot.keyClick(pane.editor, Qt.Key.Key_Right)


def test_switching_tasks_drops_the_old_diff(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(pane.editor, "more words here")
    stale = pane.runner._compute(pane.runner.revision, pane.editor.toPlainText())
    pane.load(TaskContext("t2", "p1", "rewrite", "Next", {"prompt": "", "draft_md": "Other."}))
    wait_diff(qtbot, pane)
    pane.runner._on_finished(stale)  # the old task's diff arriving late is dropped
    diff = pane.runner.latest.diff  # type: ignore[union-attr]
    assert diff.identical and "".join(diff.a_tokens) == "Other."
    assert pane.result()["text_md"] == "Other."


def test_saved_draft_is_restored(qtbot: QtBot) -> None:
    pane = make_pane(qtbot, draft_md=DRAFT, draft={"text_md": "My own **text**.\n", "notes": "n"})
    assert pane.result() == {"text_md": "My own **text**.\n", "notes": "n"}
    assert pane.runner.latest is not None and not pane.runner.latest.diff.identical


def test_arabic_draft_is_right_to_left_in_an_english_ui(qtbot: QtBot) -> None:
    arabic = "# الجواب\n\nالقطة جلست على السجادة.\n"
    pane = make_pane(qtbot, draft_md=arabic)
    assert pane.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert pane.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = pane.editor.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert pane.draft_view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    pane.grab()
    for view in (pane.editor, pane.draft_view):  # lines sit at the right edge
        doc = view.document()
        line = doc.lastBlock().layout().lineAt(0)
        assert line.naturalTextRect().right() > doc.textWidth() * 0.8
        assert line.naturalTextRect().left() > doc.textWidth() * 0.3
    put_cursor_after(pane, "السجادة")
    type_text(pane.editor, " اليوم")
    assert "السجادة اليوم." in pane.result()["text_md"]


def test_language_field_sets_direction(qtbot: QtBot) -> None:
    pane = make_pane(qtbot, draft_md="`code` only\n", payload={"language": "he"})
    assert pane.editor.layoutDirection() == Qt.LayoutDirection.RightToLeft


def test_read_only_review_with_others(qtbot: QtBot) -> None:
    submitted = "# Answer\n\nThe dog sat on the mat.\n"
    pane = make_pane(qtbot, draft={"text_md": submitted, "notes": "cat to dog"})
    pane.set_read_only(True)
    assert pane.editor.isReadOnly() and pane.notes.isReadOnly()
    assert not pane.actions_by_name["rewriteBold"].isEnabled()
    assert pane.actions_by_name["rewriteNextChange"].isEnabled()
    assert not pane.diff_view.revert_button.isVisibleTo(pane)
    qtbot.keyClicks(pane.editor, "xyz")
    assert "xyz" not in pane.editor.toPlainText()
    assert "dog" in pane.diff_view.inline.toPlainText()
    assert pane.revert_change(0) is False
    pane.show_others([OtherResult("ben", {"text_md": "# Answer\n\nThe dog sat on a rug.\n"})])
    assert pane.tabs.count() == 2
    (view,) = pane.others.views
    assert view.diff is not None and view.change_count() == 1
    assert "rug" in view.inline.toPlainText()


def test_invalid_payload_shows_a_message(qtbot: QtBot) -> None:
    pane = create_pane("rewrite")
    qtbot.addWidget(pane)
    pane.load(TaskContext("t1", "p1", "rewrite", "Bad", {"prompt": 3}))
    assert not pane.error_label.isHidden()
    assert pane.editor.isReadOnly()
    assert pane.problems() == ["The rewrite is empty."]
    pane.load(TaskContext("t2", "p1", "rewrite", "Good", {"prompt": "p", "draft_md": "ok"}))
    assert pane.error_label.isHidden() and not pane.editor.isReadOnly()
    pane.runner.wait()


@pytest.mark.parametrize("mode", ["inline", "side"])
def test_large_draft_diff_view_is_elided(qtbot: QtBot, mode: str) -> None:
    draft = " ".join(f"word{i}" for i in range(3000)) + "\n"
    pane = make_pane(qtbot, draft_md=draft)
    pane.diff_view.side_by_side.setChecked(mode == "side")
    cursor = pane.editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    pane.editor.setTextCursor(cursor)
    qtbot.keyClicks(pane.editor, " appended")
    wait_diff(qtbot, pane)
    view = pane.diff_view.inline if mode == "inline" else pane.diff_view.new_side
    shown = view.toPlainText()
    assert "appended" in shown and "unchanged word" in shown
    assert len(shown) < 1000


def test_focusing_the_pane_puts_the_cursor_in_the_editor(qtbot: QtBot) -> None:
    pane = make_pane(qtbot)
    pane.activateWindow()
    pane.setFocus()  # what Next / Previous task does
    qtbot.waitUntil(pane.editor.hasFocus, timeout=5000)

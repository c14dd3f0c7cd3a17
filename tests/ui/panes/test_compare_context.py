"""Issue 21: the context as a dialogue (turns, collapsing, RTL, pinned question) and code blocks."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QSplitter
from pytestqt.qtbot import QtBot
from test_compare_support import context, shown_pane

from annotator_desktop.core.settings import Settings, from_dict
from annotator_desktop.ui.panes import layout_memory
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.panes.compare.responses import ResponseBrowser

LONG = " ".join(f"word{k}" for k in range(400))  # well past the collapsing length
ARABIC = "مرحبا، كيف يمكنني عكس قائمة في بايثون؟ أريد مثالا قصيرا من فضلك."
CODE = 'def rev(xs):\n\treturn xs[::-1]  # "tab" kept\n\nprint(rev([1, 2]))'


def dialogue() -> list[dict[str, str]]:
    """Nine turns: system, four user/assistant exchanges (long answers), a last question."""
    turns = [{"role": "system", "content": "You are a careful assistant."}]
    for k in range(4):
        turns.append({"role": "user", "content": f"Question {k}?"})
        turns.append({"role": "assistant", "content": f"Answer {k}: {LONG}"})
    turns[3]["content"] = ARABIC  # the second user turn is right-to-left
    turns.append({"role": "user", "content": "So which is **best**?"})
    return turns


def payload(code_response: str = "") -> dict[str, Any]:
    return {
        "messages": dialogue(),
        "responses": [
            {"id": "a", "text_md": code_response or "First."},
            {"id": "b", "text_md": "Second."},
        ],
        "criteria": [],
        "min_rationale_chars": 0,
    }


def _pane(qtbot: QtBot, **kwargs: Any) -> ComparePane:
    return shown_pane(qtbot, context(task_payload=payload(**kwargs)))


def test_turns_show_roles_and_the_last_question_is_pinned(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    view = pane.conversation
    cards = view.shown_turns()
    assert len(cards) == 10
    assert [c.role.text() for c in cards[:3]] == ["System", "User", "Assistant"]
    pinned = cards[-1]
    assert pinned is view.last and pinned.isVisible()
    assert pinned.browser.toPlainText() == "So which is best?"  # Markdown, not raw text
    assert pinned.browser.document().toMarkdown().strip() == "So which is **best**?"
    assert not pinned.toggle.isVisible()  # the question is never collapsed
    assert pane.prompt is pinned.browser
    # scrolled far back through the history, the question stays on screen
    view.history.verticalScrollBar().setValue(view.history.verticalScrollBar().maximum())
    assert pinned.isVisible() and pinned.visibleRegion().boundingRect().height() > 20


def test_turns_below_the_visible_part_come_in_the_next_turn_of_the_event_loop(
    qtbot: QtBot,
) -> None:
    pane = _pane(qtbot)
    view = pane.conversation
    turns = [{"role": "system", "content": "Be brief."}]
    for k in range(20):
        role = "user" if k % 2 == 0 else "assistant"
        turns.append({"role": role, "content": f"Turn {k}: {LONG}"})
    turns.append({"role": "user", "content": "Last?"})
    data = payload()
    data["messages"] = turns
    pane.load(context(task_id="long-dialogue", task_payload=data))
    first = view.turns[0]
    assert first.isVisible() and first.browser.toPlainText() == "Be brief."  # on screen at once
    deferred = [card for card in view.turns[:21] if not card.isVisible()]
    assert deferred, "the turns below the visible part are not built during the load"
    qtbot.waitUntil(lambda: all(card.isVisible() for card in view.turns[:21]))
    texts = [card.browser.toPlainText() for card in view.turns[:21]]
    assert [t.split(":")[0] for t in texts[1:]] == [f"Turn {k}" for k in range(20)]
    assert view.shown_turns()[-1].browser.toPlainText() == "Last?"


def test_long_turns_are_collapsed_and_expand_with_a_click(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    answer = pane.conversation.turns[2]  # "Answer 0: word0 …"
    assert answer.is_collapsed() and answer.toggle.isVisible()
    assert answer.toggle.objectName() == "conversationToggle_2"
    assert answer.toggle.accessibleName() == "Expand this turn"
    short_height = answer.browser.height()
    assert "word399" not in answer.browser.toPlainText()
    question = pane.conversation.turns[1]
    assert not question.toggle.isVisible() and not question.is_collapsed()
    qtbot.mouseClick(answer.toggle, Qt.MouseButton.LeftButton)
    assert not answer.is_collapsed()
    assert answer.browser.toPlainText().endswith("word399")
    qtbot.waitUntil(lambda: answer.browser.height() > 3 * short_height)
    assert answer.toggle.text() == "Show less"
    qtbot.mouseClick(answer.toggle, Qt.MouseButton.LeftButton)
    assert answer.is_collapsed()
    qtbot.waitUntil(lambda: answer.browser.height() == short_height)


def test_each_turn_is_laid_out_in_its_own_direction(qtbot: QtBot) -> None:
    pane = _pane(qtbot)
    cards = pane.conversation.turns
    arabic, english = cards[3], cards[1]
    assert arabic.browser.toPlainText() == ARABIC
    assert arabic.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert arabic.browser.layoutDirection() == Qt.LayoutDirection.RightToLeft
    option = arabic.browser.document().defaultTextOption()
    assert option.textDirection() == Qt.LayoutDirection.RightToLeft
    assert english.layoutDirection() == Qt.LayoutDirection.LeftToRight
    # right-to-left: the role label sits at the right edge of its card
    assert arabic.role.geometry().center().x() > arabic.width() // 2
    assert english.role.geometry().center().x() < english.width() // 2


def test_context_height_is_resizable_and_remembered(qtbot: QtBot) -> None:
    layout_memory.load({})
    pane = _pane(qtbot)
    split = pane.findChild(QSplitter, "compareSplitter")
    assert split is not None
    before = split.sizes()
    handle = split.handle(1)
    start = handle.rect().center()
    QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    QTest.mouseMove(handle, start + QPoint(0, 120))
    QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(0, 120))  # fmt: skip
    after = split.sizes()
    assert after[0] > before[0] + 60
    saved = layout_memory.dump()["compare.dialogue"]  # a dialogue's heights, kept apart
    assert saved == after
    settings = Settings(pane_splitters=layout_memory.dump())
    assert from_dict(settings.__dict__).pane_splitters == {"compare.dialogue": after}
    layout_memory.load({})
    layout_memory.load(from_dict(settings.__dict__).pane_splitters)
    again = shown_pane(qtbot, context(task_payload=payload()))
    split_again = again.findChild(QSplitter, "compareSplitter")
    assert split_again is not None
    assert abs(split_again.sizes()[0] - after[0]) <= 2
    layout_memory.load({})


def _code_point(browser: ResponseBrowser, text: str) -> QPoint:
    cursor = browser.document().find(text)
    assert not cursor.isNull()
    cursor.setPosition(cursor.selectionStart() + 2)
    return browser.cursorRect(cursor).center()


def test_code_blocks_are_highlighted_scroll_sideways_and_copy(qtbot: QtBot) -> None:
    long_line = "x = " + " + ".join(str(k) for k in range(200))
    md = f"Here:\n\n```python\n{CODE}\n```\n\nAnd:\n\n```\n{long_line}\n```\n"
    pane = _pane(qtbot, code_response=md)
    column = next(c for c in pane.responses.shown_columns() if "Here:" in c.browser.toPlainText())
    browser = column.browser
    highlighter = browser.highlighter
    assert highlighter is not None and len(highlighter.blocks) == 2
    qtbot.waitUntil(lambda: not highlighter.pending())  # coloured in idle time
    first = browser.document().findBlockByNumber(highlighter.blocks[0].first)
    layout = first.layout()
    assert layout is not None and layout.formats(), "the code has Pygments colours"
    assert highlighter.blocks[1].language == ""  # no fence tag: guessed (plain stays plain)
    family = first.begin().fragment().charFormat().fontFamilies()
    assert family and "mono" in str(family[0]).lower()  # monospace
    # a long code line scrolls sideways rather than wrapping
    assert browser.horizontalScrollBar().maximum() > 0
    assert browser.document().toPlainText().count(long_line) == 1
    # Copy: hover the code, click the floating button
    viewport = browser.viewport()
    point = _code_point(browser, "def rev")
    QTest.mouseMove(viewport, point)
    button = browser.copy_button
    qtbot.waitUntil(button.isVisible)
    assert button.objectName() == "copyCodeButton" and button.accessibleName()
    QGuiApplication.clipboard().clear()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == CODE  # verbatim, tab included
    # away from code the button goes
    QTest.mouseMove(viewport, _code_point(browser, "Here:"))
    qtbot.waitUntil(lambda: not button.isVisible())


def test_code_in_a_turn_is_highlighted_too(qtbot: QtBot) -> None:
    data = payload()
    data["messages"][1]["content"] = f"Why does this fail?\n\n```python\n{CODE}\n```"
    pane = shown_pane(qtbot, context(task_payload=data))
    browser = pane.conversation.turns[1].browser
    assert browser.highlighter is not None and len(browser.highlighter.blocks) == 1
    qtbot.waitUntil(lambda: not browser.highlighter.pending())  # type: ignore[union-attr]
    cursor = QTextCursor(browser.document().find("print"))
    layout = cursor.block().layout()
    assert layout is not None and layout.formats()

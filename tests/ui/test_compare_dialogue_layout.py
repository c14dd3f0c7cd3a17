"""Issue 21: a dialogue's earlier turns get room to read in the real window, and keep the height
the trainer gives them across restarts (remembered apart from plain-prompt tasks)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QSplitter
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner, seed

from annotator_desktop.core.store import Task
from annotator_desktop.ui.panes import layout_memory
from annotator_desktop.ui.panes.compare.split_layout import DIALOGUE_KEY, PROMPT_KEY

HISTORY_SHARE = 0.40  # of the pane's height, at least, for the earlier turns
WORDS = " ".join(f"word{k}" for k in range(120))


def six_turns(task: int) -> list[dict[str, str]]:
    """User / assistant turns, five earlier ones and a last, short question (pinned)."""
    turns = [
        {"role": "user" if k % 2 == 0 else "assistant", "content": f"Turn {k} of {task}. {WORDS}"}
        for k in range(5)
    ]
    return [*turns, {"role": "user", "content": f"Which answer is right for task {task}?"}]


def seed_compare(home: Path, payloads: list[dict[str, Any]]) -> None:
    store = seed(home / "cache.sqlite3", projects=1, per_project=0, kind="compare")
    with store.write() as s:
        for t, payload in enumerate(payloads):
            s.add(Task(id=f"c{t}", project_id="p0", kind="compare", title=f"compare {t}",
                       position=t, payload=payload))  # fmt: skip
    store.close()


def dialogue_task(task: int) -> dict[str, Any]:
    answers = [{"id": i, "text_md": f"Answer {i}. {WORDS}"} for i in ("x", "y")]
    return {"messages": six_turns(task), "responses": answers}


def start(qtbot: QtBot) -> ShellRunner:
    runner = ShellRunner(qtbot)
    runner.start()
    return runner


def open_task(qtbot: QtBot, runner: ShellRunner, task_id: str, dialogue: bool = True) -> Any:
    window = runner.window
    qtbot.waitUntil(lambda: window.task_list.model.rowCount() == 3, timeout=5000)
    if window.session.current_task != task_id:
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            assert window.task_list.select_task(task_id)
    pane = window.host.pane
    qtbot.waitUntil(lambda: pane.isVisible())
    assert pane.conversation.history.isVisible() == dialogue
    QApplication.processEvents()  # the layout settles
    return pane


def test_history_gets_room_and_its_height_is_remembered(qtbot: QtBot, data_home: Path) -> None:
    plain = {"prompt": "Just one question?", "responses": dialogue_task(9)["responses"]}
    seed_compare(data_home, [dialogue_task(0), dialogue_task(1), plain])
    layout_memory.load({})
    runner = start(qtbot)
    try:
        runner.window.resize(1280, 800)
        pane = open_task(qtbot, runner, "c0")
        view = pane.conversation
        history = view.history
        assert len(view.shown_turns()) == 6
        share = history.viewport().height() / pane.height()
        assert share >= HISTORY_SHARE, f"history {history.viewport().height()} of {pane.height()}"
        # the last turn, the question, is on screen whole: no scrolling needed to read it
        question = view.last
        assert question.isVisible() and question.browser.toPlainText().startswith("Which")
        assert question.visibleRegion().boundingRect().height() == question.height()
        assert question.browser.verticalScrollBar().maximum() == 0
        # the responses keep room too
        assert pane.responses.column_a.browser.viewport().height() >= 120
        # the trainer gives the dialogue more room still (drag the handle down)
        split = pane.findChild(QSplitter, "compareSplitter")
        assert split is not None
        handle = split.handle(1)
        start_point = handle.rect().center()
        QTest.mousePress(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         start_point)  # fmt: skip
        QTest.mouseMove(handle, start_point + QPoint(0, 40))
        QTest.mouseRelease(handle, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           start_point + QPoint(0, 40))  # fmt: skip
        dragged = split.sizes()
        assert layout_memory.recall(DIALOGUE_KEY, 4) == dragged
        # a plain prompt keeps its own, smaller context box; the dialogue's height comes back
        open_task(qtbot, runner, "c2", dialogue=False)
        assert split.sizes()[0] < dragged[0] - 100
        open_task(qtbot, runner, "c1")
        assert all(abs(a - b) <= 2 for a, b in zip(split.sizes(), dragged, strict=True))
        open_task(qtbot, runner, "c2", dialogue=False)  # the task restored on the next start
    finally:
        runner.close()
    saved = json.loads((data_home / "settings.json").read_text())
    assert saved["pane_splitters"][DIALOGUE_KEY] == dragged
    layout_memory.load({})
    again = start(qtbot)
    try:
        again.window.resize(1280, 800)  # as before (the offscreen screen is smaller)
        qtbot.waitUntil(lambda: again.window.session.current_task == "c2", timeout=5000)
        pane = open_task(qtbot, again, "c1")
        split = pane.findChild(QSplitter, "compareSplitter")
        assert split is not None
        assert all(abs(a - b) <= 2 for a, b in zip(split.sizes(), dragged, strict=True))
        assert PROMPT_KEY not in layout_memory.dump()  # the plain prompt's layout: not touched
    finally:
        again.close()


def test_rewrite_dialogue_gets_room_too(qtbot: QtBot, data_home: Path) -> None:
    store = seed(data_home / "cache.sqlite3", projects=1, per_project=0, kind="rewrite")
    with store.write() as s:
        payload = {"messages": six_turns(0), "draft_md": f"The draft. {WORDS}"}
        s.add(Task(id="r0", project_id="p0", kind="rewrite", title="rewrite 0", position=0,
                   payload=payload))  # fmt: skip
    store.close()
    layout_memory.load({})
    runner = start(qtbot)
    try:
        window = runner.window
        window.resize(1280, 800)
        qtbot.waitUntil(lambda: window.task_list.model.rowCount() == 1, timeout=5000)
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            assert window.task_list.select_task("r0")
        pane = window.host.pane
        qtbot.waitUntil(pane.isVisible)
        QApplication.processEvents()
        history = pane.conversation.history
        assert history.viewport().height() / pane.height() >= HISTORY_SHARE
        assert pane.conversation.last.isVisible() and pane.draft_view.height() >= 120
    finally:
        runner.close()

"""Submitted means submitted: read-only with Edit again, a revision sends a new version, and
Next / auto-advance pass over closed work. Real window, real server, real keys and clicks."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from e2e_support import (
    activate,
    build_window,
    click_task,
    press_submit,
    rewrite_tasks,
    server_rows,
    sign_in,
    type_rewrite,
)
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store import Store
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.worker import Worker


@pytest.fixture
def window(qtbot: QtBot, store: Store, worker: Worker, live_server: Any) -> Iterator[MainWindow]:
    win = build_window(store, worker)
    try:
        sign_in(qtbot, win, live_server.url)
        yield win
    finally:
        win.close()


def _submit_text(qtbot: QtBot, win: MainWindow, server: Any, task_id: str, text: str) -> None:
    pane = click_task(qtbot, win, task_id)
    type_rewrite(qtbot, pane, text)
    before = len(server_rows(server, task_id))
    with qtbot.waitSignal(win.session.submitted, timeout=10000):
        press_submit(qtbot, win)
    qtbot.waitUntil(lambda: len(server_rows(server, task_id)) == before + 1, timeout=5000)


def _assert_read_only(win: MainWindow) -> None:
    assert win.host.pane.editor.isReadOnly()
    assert not win.actions_["submit"].isEnabled()
    assert not win.actions_["skip"].isEnabled()
    assert not win.session.timer.running  # no active-time clock on closed work
    assert win.status.active.text() == ""


def test_submitted_task_is_read_only_and_edit_again_sends_a_new_version(
    qtbot: QtBot, window: MainWindow, live_server: Any
) -> None:
    win = window
    task_id = rewrite_tasks(win)[0]
    _submit_text(qtbot, win, live_server, task_id, "Version one.")
    assert win.session.current_task != task_id  # auto-advance moved on
    pane = click_task(qtbot, win, task_id)  # come back to it
    _assert_read_only(win)
    assert not win.actions_["undo"].isEnabled()  # the undo history did not survive
    bar = win.host.revision_bar
    assert bar.isVisible() and bar.button.isVisible()
    assert bar.text.text().startswith("Submitted (version 1)")
    submitted: list[str] = []
    win.session.submitted.connect(submitted.append)
    press_submit(qtbot, win)  # the action is disabled: the key does nothing
    assert submitted == [] and win.task_list.model.state_of(task_id) == "submitted"

    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)  # Edit again
    # What the user sees decides, not the first task_opened: the automatic sync that the first
    # submission started may open the task again (still read-only) before Edit again's draft.
    qtbot.waitUntil(
        lambda: not pane.editor.isReadOnly() and win.task_list.model.state_of(task_id) == "draft",
        timeout=10000,
    )
    assert win.actions_["submit"].isEnabled() and win.session.timer.running
    assert not bar.button.isVisible()
    assert "version 2" in bar.text.text()  # visibly a revision
    assert win.task_list.model.state_of(task_id) == "draft"
    assert pane.editor.toPlainText().strip() == "Version one."  # starts from what was sent
    _submit_text(qtbot, win, live_server, task_id, "Version two.")
    assert [r[2] for r in server_rows(live_server, task_id)] == ["Version one.", "Version two."]


def test_auto_advance_and_next_pass_over_closed_tasks(
    qtbot: QtBot, window: MainWindow, live_server: Any
) -> None:
    win = window
    first, second, third = rewrite_tasks(win)[:3]
    model = win.task_list.model
    assert model.row_of(second) == model.row_of(first) + 1 == model.row_of(third) - 1
    _submit_text(qtbot, win, live_server, second, "Second done first.")
    _submit_text(qtbot, win, live_server, first, "Then the first.")
    assert win.session.current_task == third  # auto-advance passed over the submitted one
    assert win.actions_["submit"].isEnabled()
    activate(qtbot, win)
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        QTest.keyClick(win, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)  # Previous
    assert win.session.current_task == second  # Previous still visits every task
    _assert_read_only(win)
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        QTest.keyClick(win, Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)
    assert win.session.current_task == first
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        QTest.keyClick(win, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)  # Next
    assert win.session.current_task == third  # the submitted second one is passed over


def _progress(win: MainWindow) -> str:
    return str(win.status.progress.text())


def test_progress_in_the_status_bar_follows_a_submit(
    qtbot: QtBot, window: MainWindow, live_server: Any
) -> None:
    win = window
    task_id = rewrite_tasks(win)[0]
    click_task(qtbot, win, task_id)
    model = win.task_list.model
    name = model.projects()[model.task_at(model.row_of(task_id)).project_id]
    qtbot.waitUntil(lambda: _progress(win).startswith(f"{name}: "), timeout=5000)
    before = _progress(win)
    assert " 0 done," in before and "Today: 0 submitted" in before, before
    _submit_text(qtbot, win, live_server, task_id, "Counted.")
    qtbot.waitUntil(lambda: "Today: 1 submitted" in _progress(win), timeout=5000)
    assert " 1 done," in _progress(win)
    left_before = int(before.split(" done, ")[1].split(" left")[0])
    assert f" {left_before - 1} left" in _progress(win)

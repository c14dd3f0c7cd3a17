"""Skip records why (issue 17, item 7), end to end: the real MainWindow and SyncController against
the real reference server, driven by keys only. Ctrl+Shift+S asks why, one key answers, the
reason reaches the server with no other key pressed, the list says Skipped and the window moves
on to the next task that can be worked on. No sync, push or save function is called here."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from e2e_support import activate, build_window, click_task, rewrite_tasks, sign_in, type_rewrite
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner
from sqlmodel import select

from annotator_desktop.core.store import Draft, Outbox, Skip, Store
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.pane_host import READ_ONLY_STATES
from annotator_desktop.ui.skip_dialog import SkipDialog
from annotator_desktop.ui.worker import Worker

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot: QtBot, store: Store, worker: Worker, live_server: Any) -> Iterator[MainWindow]:
    win = build_window(store, worker)
    try:
        sign_in(qtbot, win, live_server.url)
        yield win
    finally:
        win.close()


def server_skips(server: Any, task_id: str) -> list[tuple[str, str, bool]]:
    """(reason, text, released) of the task's skips on the server."""
    con = sqlite3.connect(Path(server.workdir) / "server.sqlite3")
    try:
        rows = con.execute(
            "SELECT reason, text, released FROM skips WHERE task_id = ? ORDER BY received_at",
            (task_id,),
        ).fetchall()
    finally:
        con.close()
    return [(r[0], r[1], bool(r[2])) for r in rows]


def server_lease_states(server: Any, task_id: str) -> list[str]:
    con = sqlite3.connect(Path(server.workdir) / "server.sqlite3")
    try:
        rows = con.execute(
            "SELECT a.state FROM assignments a JOIN users u ON u.id = a.user_id"
            " WHERE a.task_id = ? AND u.username = 'ana'",
            (task_id,),
        ).fetchall()
    finally:
        con.close()
    return [r[0] for r in rows]


def press_skip(qtbot: QtBot, win: MainWindow) -> SkipDialog:
    """Ctrl+Shift+S where the user works (the pane); returns the dialog it opens."""
    activate(qtbot, win)
    pane = win.host.pane
    target = getattr(pane, "editor", None) or pane
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: _dialog(win) is not None, timeout=5000)
    dialog = _dialog(win)
    assert dialog is not None
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
    return dialog


def _dialog(win: QWidget) -> SkipDialog | None:
    found = [d for d in win.findChildren(SkipDialog) if d.isVisible()]
    return found[0] if found else None


def _key_target(dialog: QWidget) -> QWidget:
    return QApplication.focusWidget() or dialog


def test_one_key_skips_and_the_reason_reaches_the_server(
    qtbot: QtBot, window: MainWindow, live_server: Any, store: Store
) -> None:
    win = window
    task_id = rewrite_tasks(win)[0]
    pane = click_task(qtbot, win, task_id)
    type_rewrite(qtbot, pane, "Started, then saw the prompt is cut off.")
    dialog = press_skip(qtbot, win)
    assert dialog.intro.text().startswith("Why do you skip")
    with qtbot.waitSignal(win.session.task_opened, timeout=10000) as opened:
        QTest.keyClick(_key_target(dialog), Qt.Key.Key_1)  # 1: Broken task, at once
    assert _dialog(win) is None  # closed (and deleted)
    qtbot.waitUntil(
        lambda: server_skips(live_server, task_id) == [("broken", "", True)], timeout=10000
    )
    assert server_lease_states(live_server, task_id) == ["skipped"]  # free for someone else
    model = win.task_list.model
    assert model.state_of(task_id) == "skipped"
    state_cell = model.index(model.row_of(task_id), 3)
    assert model.data(state_cell) == "Skipped"
    next_id = opened.args[0]
    assert next_id != task_id and win.session.current_task == next_id
    assert model.state_of(next_id) not in READ_ONLY_STATES  # a task that can be worked on
    qtbot.waitUntil(lambda: win.status.outbox.text() == "0 to send", timeout=10000)
    with store.read() as s:  # the words typed before skipping are kept
        draft = s.get(Draft, task_id)
        assert draft is not None and "cut off" in draft.result["text_md"]
        assert s.exec(select(Skip.state)).all() == ["sent"]


def test_other_asks_for_a_text_and_enter_confirms(
    qtbot: QtBot, window: MainWindow, live_server: Any
) -> None:
    win = window
    task_id = rewrite_tasks(win)[1]
    click_task(qtbot, win, task_id)
    dialog = press_skip(qtbot, win)
    QTest.keyClick(_key_target(dialog), Qt.Key.Key_4)  # 4: Other, which asks why
    assert dialog.isVisible() and dialog.text.hasFocus()
    QTest.keyClick(dialog.text, Qt.Key.Key_Return)  # no text yet: nothing happens
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.text, "Same as task 3")  # digits typed here are text, not reasons
    assert dialog.reason() == "other"
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        QTest.keyClick(dialog.text, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: server_skips(live_server, task_id) == [("other", "Same as task 3", True)],
        timeout=10000,
    )


def test_escape_cancels_and_a_skipped_task_opens_read_only(
    qtbot: QtBot, window: MainWindow, live_server: Any, store: Store
) -> None:
    win = window
    first, second = rewrite_tasks(win)[:2]
    click_task(qtbot, win, first)
    dialog = press_skip(qtbot, win)
    QTest.keyClick(_key_target(dialog), Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: _dialog(win) is None, timeout=5000)
    assert win.session.current_task == first
    assert win.task_list.model.state_of(first) != "skipped"
    with store.read() as s:
        assert s.exec(select(Skip)).all() == [] and s.exec(select(Outbox)).all() == []
    dialog = press_skip(qtbot, win)
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        QTest.keyClick(_key_target(dialog), Qt.Key.Key_3)  # 3: Not my expertise
    qtbot.waitUntil(lambda: len(server_skips(live_server, first)) == 1, timeout=10000)
    click_task(qtbot, win, first)  # back to it: read-only, saying why, no Submit or Skip
    assert win.session.read_only
    assert not win.actions_["skip"].isEnabled() and not win.actions_["submit"].isEnabled()
    bar = win.host.revision_bar
    assert bar.isVisible()
    assert bar.text.text() == "You skipped this task (Not my expertise). It is read-only."
    assert second != first


def _folder(root: Path) -> Path:
    folder = root / "pics"
    folder.mkdir()
    for i in range(2):
        Image.new("RGB", (40, 30), "green").save(folder / f"img{i}.png")
    (folder / "classes.txt").write_text("dog\n")
    return folder


def test_a_folder_projects_skip_is_kept_here_only(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = ShellRunner(qtbot, open_dir=_folder(tmp_path))
    runner.start()
    win = runner.window
    try:
        session = win.session
        qtbot.waitUntil(lambda: session.current_task.startswith("local-"), timeout=15000)
        first = session.current_task
        dialog = press_skip(qtbot, win)
        with qtbot.waitSignal(session.task_opened, timeout=10000):
            QTest.keyClick(_key_target(dialog), Qt.Key.Key_2)  # 2: Unclear
        assert win.status.currentMessage() == "Skipped. The reason is kept in this folder project."
        assert win.task_list.model.state_of(first) == "skipped"
        assert session.current_task != first
        with runner.shell.store.read() as s:
            assert [(k.task_id, k.reason, k.state) for k in s.exec(select(Skip)).all()] == [
                (first, "unclear", "local")
            ]
            assert s.exec(select(Outbox)).all() == []
    finally:
        runner.close()

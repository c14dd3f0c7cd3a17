"""End-to-end helpers: the real MainWindow and SyncController against the real server, driven
only by user input (menu actions, their shortcuts, clicks and typing). Nothing here calls a
sync, push or save function: the app decides when to send, as it does for a user."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Store
from annotator_desktop.core.store.rows import read_list
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker

# Real back-off (the defaults); short timeouts only so a dead port is seen quickly.
E2E_CONFIG = SyncConfig(connect_timeout=2.0, read_timeout=5.0)


def build_window(store: Store, worker: Worker, config: SyncConfig = E2E_CONFIG) -> MainWindow:
    """The main window as the app builds it (list, store, sync controller), shown."""
    settings = Settings(auto_topup=0)
    win = MainWindow(worker, settings)
    win.set_list(read_list(store.path))
    win.set_store(store)
    win.attach_sync(SyncController(store, worker, settings, parent=win, config=config))
    win.show()
    return win


def sign_in(qtbot: QtBot, win: MainWindow, url: str, user: str = "ana") -> None:
    """Account ▸ Sign in, fill the dialog by typing, click Sign in; waits for the first sync."""
    win.actions_["sign_in"].trigger()
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "signInDialog" and w.isVisible() and w.parent() is win
    )
    fields = {n: dialog.findChild(QLineEdit, n) for n in ("serverUrl", "userName", "password")}
    for name, text in (("serverUrl", url), ("userName", user), ("password", f"{user}-demo")):
        fields[name].clear()
        qtbot.keyClicks(fields[name], text)
    with qtbot.waitSignal(win.list_refreshed, timeout=30000):
        qtbot.mouseClick(dialog.findChild(QPushButton, "signInOk"), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: win.sync.state == "online", timeout=20000)


def activate(qtbot: QtBot, win: MainWindow) -> None:
    """Brings the window to the front (a user clicks into it after a dialog closed)."""
    win.raise_()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)


def sync_by_key(qtbot: QtBot, win: MainWindow, *, wait_for: Any = None) -> None:
    """Sync ▸ Sync now by its shortcut (F5), as a user presses it; waits until that cycle is
    done and the list has taken in what it brought."""
    # A push the app started by itself may still run: F5 then only queues a second cycle, and
    # the first one's end would end the wait too early. A user presses it after that too.
    qtbot.waitUntil(lambda: win.sync.idle, timeout=30000)
    activate(qtbot, win)
    # The cycle's own end (not any list refresh: under load an unrelated one came first, and
    # a verdict the cycle was to bring was not there yet when the test looked).
    signal = wait_for if wait_for is not None else win.sync.last_sync_changed
    with qtbot.waitSignal(signal, timeout=30000):
        QTest.keyClick(win, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: win.sync.state == "online", timeout=20000)
    # Cache reads the cycle's record asked for (new rows) are queued on the serial DB worker:
    # once a read queued after them is answered, the list has them.
    answered: list[object] = []
    win.worker.run_db(lambda: None, answered.append)
    qtbot.waitUntil(lambda: bool(answered), timeout=20000)


def click_task(qtbot: QtBot, win: MainWindow, task_id: str) -> Any:
    """Clicks the task's row in the list; returns the pane once the task is open."""
    tl = win.task_list
    if win.session.current_task == task_id:
        return win.host.pane
    row = tl.model.row_of(task_id)
    assert row >= 0, f"{task_id} is not shown"
    index = tl.model.index(row, 0)
    tl.view.scrollTo(index)
    activate(qtbot, win)
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        qtbot.mouseClick(
            tl.view.viewport(), Qt.MouseButton.LeftButton, pos=tl.view.visualRect(index).center()
        )
    return win.host.pane


def type_rewrite(qtbot: QtBot, pane: Any, text: str) -> None:
    """Select all, then type the new text into the rewrite editor."""
    pane.editor.setFocus()
    QTest.keyClick(pane.editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(pane.editor, text)


def press_submit(qtbot: QtBot, win: MainWindow) -> None:
    """Ctrl+Return in the pane's editor, once the diff the pane checks is up to date."""
    pane = win.host.pane
    runner = getattr(pane, "runner", None)
    if runner is not None:
        qtbot.waitUntil(lambda: runner.is_fresh() and not runner.busy(), timeout=10000)
    target = getattr(pane, "editor", None) or pane
    activate(qtbot, win)
    target.setFocus()
    QTest.keyClick(target, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)


def server_rows(server: Any, task_id: str) -> list[tuple[str, str, str]]:
    """(id, state, text_md) of the task's submissions on the server, oldest first."""
    con = sqlite3.connect(Path(server.workdir) / "server.sqlite3")
    try:
        rows = con.execute(
            "SELECT id, state, result FROM submissions WHERE task_id = ? ORDER BY received_at",
            (task_id,),
        ).fetchall()
    finally:
        con.close()
    return [(r[0], r[1], json.loads(r[2]).get("text_md", "").strip()) for r in rows]


def rewrite_tasks(win: MainWindow) -> list[str]:
    model = win.task_list.model
    rows = [model.task_at(r) for r in range(model.rowCount())]
    return [r.id for r in rows if r is not None and r.kind == "rewrite"]


def bar_text(win: MainWindow) -> tuple[str, str]:
    """What the status bar says: (connection, outbox)."""
    return win.status.connection.text(), win.status.outbox.text()

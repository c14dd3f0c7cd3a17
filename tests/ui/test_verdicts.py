"""QA verdicts reach the annotator's window: list mark + tooltip, banner, revise and resubmit.

Everything is real: the reference server, the annotator's main window with its SyncController
and SQLite cache, the rewrite pane. The QA lead's verdicts go through the server API.
"""

from __future__ import annotations

import os
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import requests
from e2e_support import build_window, press_submit, sign_in, sync_by_key
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store import Store
from annotator_desktop.core.sync import tokens
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.task_list_model import TaskFilter
from annotator_desktop.ui.worker import Worker

SHOTS = os.environ.get("ANNOTATOR_SCREENSHOTS", "")


@pytest.fixture
def window(qtbot: QtBot, store: Store, live_server: Any) -> Iterator[MainWindow]:
    tokens.forget_memory()
    worker = Worker()
    config = SyncConfig(connect_timeout=2.0, read_timeout=5.0, backoff_base=0.05, backoff_cap=0.5)
    win = build_window(store, worker, config)
    try:
        sign_in(qtbot, win, live_server.url)  # Account ▸ Sign in, typed into the dialog
        yield win
    finally:
        win.close()
        worker.shutdown(wait=True)
        tokens.forget_memory()


def _sync(qtbot: QtBot, win: MainWindow) -> None:
    sync_by_key(qtbot, win)  # F5, Sync ▸ Sync now


def _open(qtbot: QtBot, win: MainWindow, task_id: str) -> Any:
    win.task_list.set_filter(TaskFilter())
    if win.session.current_task == task_id:
        return win.host.pane
    with qtbot.waitSignal(win.session.task_opened, timeout=10000):
        assert win.task_list.select_task(task_id)
    return win.host.pane


def _type(pane: Any, text: str) -> None:
    """Replaces the rewrite the way a user would (select all, type)."""
    pane.editor.setFocus()
    pane.editor.selectAll()
    pane.editor.insertPlainText(text)


def _submit(qtbot: QtBot, win: MainWindow) -> None:
    with qtbot.waitSignal(win.session.submitted, timeout=10000):
        press_submit(qtbot, win)  # Ctrl+Return


def _verdict(server: Any, submission_id: str, verdict: str, comment: str) -> None:
    token = server.login("qa", "qa-demo")
    body = {"submission_id": submission_id, "verdict": verdict, "comment": comment}
    r = requests.put(
        f"{server.api}/reviews/{uuid.uuid4()}", json=body,
        headers={"Authorization": f"Bearer {token}"}, timeout=10,
    )  # fmt: skip
    assert r.status_code == 201, r.text


def _server_rows(server: Any, task_id: str) -> list[tuple[str, str, str]]:
    """(id, state, text_md) of the task's submissions on the server, oldest first."""
    con = sqlite3.connect(Path(server.workdir) / "server.sqlite3")
    try:
        rows = con.execute(
            "SELECT id, state, result FROM submissions WHERE task_id = ? ORDER BY received_at",
            (task_id,),
        ).fetchall()
    finally:
        con.close()
    import json

    return [(r[0], r[1], json.loads(r[2])["text_md"].strip()) for r in rows]


def _rewrite_task(win: MainWindow) -> str:
    model = win.task_list.model
    rows = [model.task_at(r) for r in range(model.rowCount())]
    return next(r.id for r in rows if r is not None and r.kind == "rewrite")


def test_verdict_reaches_list_and_banner_then_revise_and_resubmit(
    qtbot: QtBot, window: MainWindow, live_server: Any, tmp_path: Path
) -> None:
    win = window
    task_id = _rewrite_task(win)
    pane = _open(qtbot, win, task_id)
    _type(pane, "First attempt at the rewrite.")
    _submit(qtbot, win)
    _sync(qtbot, win)
    [(first_id, state, text)] = _server_rows(live_server, task_id)
    assert (state, text) == ("submitted", "First attempt at the rewrite.")

    comment = "Shorten the second sentence, please."
    _verdict(live_server, first_id, "needs_changes", comment)
    _sync(qtbot, win)
    model = win.task_list.model
    assert model.state_of(task_id) == "needs_changes"
    row = model.row_of(task_id)
    state_index = model.index(row, 3)
    assert model.data(state_index) == "Needs changes"
    assert comment in model.data(state_index, 3)  # ToolTipRole
    assert "Changes requested by QA" in model.data(state_index, 3)
    assert model.data(state_index, 1) is not None  # DecorationRole: the verdict mark
    win.task_list.set_filter(TaskFilter(state_group="needs_changes"))
    assert [model.task_at(r).id for r in range(model.rowCount())] == [task_id]

    pane = _open(qtbot, win, task_id)
    banner = win.host.banner
    assert banner.isVisible()
    assert banner.title.text() == "Changes requested by QA"
    assert banner.comment.text() == comment
    assert "Reviewed by Quinn (QA)" in banner.meta.text()  # the reviewer's name, not an id
    assert "Quinn (QA)" in model.data(state_index, 3)  # the list's tooltip too
    assert "Revise" in banner.hint.text()
    assert not pane.editor.isReadOnly()
    assert pane.editor.toPlainText().strip() == "First attempt at the rewrite."  # last submission
    if SHOTS:
        win.resize(1200, 700)
        banner.grab().save(str(Path(SHOTS) / "verdict_banner.png"))
        win.grab().save(str(Path(SHOTS) / "verdict_window.png"))

    _type(pane, "Second, shorter attempt.")
    _submit(qtbot, win)
    assert model.state_of(task_id) == "submitted"
    _sync(qtbot, win)
    rows = _server_rows(live_server, task_id)
    assert [(r[1], r[2]) for r in rows] == [
        ("needs_changes", "First attempt at the rewrite."),
        ("submitted", "Second, shorter attempt."),
    ]
    assert model.state_of(task_id) == "submitted"
    assert "Earlier verdict" in model.data(model.index(model.row_of(task_id), 3), 3)

    _verdict(live_server, rows[1][0], "accept", "Good now.")
    _sync(qtbot, win)
    assert model.state_of(task_id) == "accepted"
    pane = _open(qtbot, win, task_id)
    assert banner.title.text() == "Accepted by QA" and banner.comment.text() == "Good now."
    assert pane.editor.isReadOnly()
    assert pane.editor.toPlainText().strip() == "Second, shorter attempt."
    assert not win.actions_["submit"].isEnabled()  # a closed task cannot be submitted
    press_submit(qtbot, win)  # refused: nothing new reaches the server
    assert len(_server_rows(live_server, task_id)) == 2


def test_verdict_arriving_while_the_task_is_open_updates_the_banner(
    qtbot: QtBot, window: MainWindow, live_server: Any
) -> None:
    win = window
    task_id = _rewrite_task(win)
    pane = _open(qtbot, win, task_id)
    _type(pane, "Rejected soon.")
    _submit(qtbot, win)
    _sync(qtbot, win)
    pane = _open(qtbot, win, task_id)  # submit moved on; come back and stay on it
    assert not win.host.banner.isVisible()
    [(sub_id, _state, _text)] = _server_rows(live_server, task_id)
    _verdict(live_server, sub_id, "reject", "Off topic.")
    qtbot.waitUntil(lambda: pane.runner.is_fresh() and not pane.runner.busy(), timeout=10000)
    sync_by_key(qtbot, win, wait_for=win.session.task_opened)
    assert win.host.banner.isVisible()
    assert win.host.banner.title.text() == "Rejected by QA"
    assert pane.editor.isReadOnly()
    win.task_list.set_filter(TaskFilter(state_group="rejected"))
    assert win.task_list.model.task_at(0).id == task_id

"""A sync that changes 3 of 10,000 tasks repaints those 3 rows and never resets the list model.

Real window, real server; three verdicts given by the QA lead reach the annotator's list on F5.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from typing import Any

import pytest
import requests
from e2e_support import (
    bar_text,
    build_window,
    click_task,
    press_submit,
    rewrite_tasks,
    server_rows,
    sign_in,
    sync_by_key,
    type_rewrite,
)
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store import Project, Store, Task
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.worker import Worker

BULK = 10_000


def _seed_bulk(store: Store) -> None:
    with store.write() as s:
        s.add(Project(id="bulk", name="Bulk", kind="rewrite", source="local"))
        for i in range(BULK):
            s.add(
                Task(id=f"bulk-{i:05d}", project_id="bulk", kind="rewrite", title=f"Bulk {i}",
                     payload={"prompt": "p", "draft_md": "d"}, position=i)
            )  # fmt: skip


@pytest.fixture
def window(qtbot: QtBot, store: Store, worker: Worker, live_server: Any) -> Iterator[MainWindow]:
    _seed_bulk(store)
    win = build_window(store, worker)
    try:
        sign_in(qtbot, win, live_server.url)
        yield win
    finally:
        win.close()


def _verdict(server: Any, submission_id: str, verdict: str) -> None:
    token = server.login("qa", "qa-demo")
    r = requests.put(
        f"{server.api}/reviews/{uuid.uuid4()}",
        json={"submission_id": submission_id, "verdict": verdict, "comment": "checked"},
        headers={"Authorization": f"Bearer {token}"},
        timeout=10,
    )
    assert r.status_code == 201, r.text


def test_a_sync_that_changes_three_rows_repaints_only_those(
    qtbot: QtBot, window: MainWindow, live_server: Any
) -> None:
    win = window
    model = win.task_list.model
    assert model.total() > BULK
    tasks = [t for t in rewrite_tasks(win) if not t.startswith("bulk-")][:3]
    for task_id in tasks:
        pane = click_task(qtbot, win, task_id)
        type_rewrite(qtbot, pane, f"Work on {task_id}.")
        with qtbot.waitSignal(win.session.submitted, timeout=10000):
            press_submit(qtbot, win)
        qtbot.waitUntil(lambda t=task_id: len(server_rows(live_server, t)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: bar_text(win) == ("Online", "0 to send"), timeout=10000)
    qtbot.waitUntil(lambda: win.sync.idle, timeout=30000)  # the pushes' cycles are over
    resets: list[int] = []
    changed_rows: set[int] = set()
    model.modelAboutToBeReset.connect(lambda: resets.append(1))

    def on_data_changed(top: QModelIndex, bottom: QModelIndex, *_roles: object) -> None:
        changed_rows.update(range(top.row(), bottom.row() + 1))

    # Listening from before the verdicts exist: a sync the app starts by itself (a push's
    # follow-up pull) may bring some of them before F5 does; either way only these rows change.
    model.dataChanged.connect(on_data_changed)
    verdicts = dict(zip(tasks, ("accept", "reject", "needs_changes"), strict=True))
    for task_id, verdict in verdicts.items():
        _verdict(live_server, server_rows(live_server, task_id)[0][0], verdict)
    sync_by_key(qtbot, win)  # F5
    want = {"accept": "accepted", "reject": "rejected", "needs_changes": "needs_changes"}
    expected = {t: want[v] for t, v in verdicts.items()}
    qtbot.waitUntil(lambda: {t: model.state_of(t) for t in tasks} == expected, timeout=30000)
    assert resets == []
    assert changed_rows == {model.row_of(t) for t in tasks}

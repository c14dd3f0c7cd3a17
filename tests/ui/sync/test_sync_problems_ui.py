"""Sync ▸ Problems lists the server changes that were set aside, with the reason (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTableWidget
from pytestqt.qtbot import QtBot
from sync_helpers import fast_config

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync.pull import quarantine
from annotator_desktop.ui.actions import SPECS
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker

SAFETY_MS = 30000


@pytest.fixture
def controller(store: Store, worker: Worker, settings: Settings) -> Iterator[SyncController]:
    ctl = SyncController(store, worker, settings, config=fast_config())
    yield ctl
    ctl.stop()


def test_problems_view_lists_quarantined_changes(
    qtbot: QtBot, controller: SyncController, store: Store
) -> None:
    with store.write() as s:
        quarantine(s, {"seq": 7, "entity": "assignment", "id": "a-1"}, "lease_epoch: too large")
        quarantine(s, [1, 2], "expected an object for Change, got list")
    assert any(spec.key == "sync_problems" and spec.menu == "sync" for spec in SPECS)
    dialog = controller.problems_dialog(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=SAFETY_MS)  # type: ignore[attr-defined]
    table = dialog.findChild(QTableWidget, "syncProblemsTable")
    assert table is not None and table.rowCount() == 2
    texts = {table.item(r, 3).text() for r in range(2)}
    assert "lease_epoch: too large" in texts
    assert table.item(1, 0).text() == "assignment" and table.item(1, 1).text() == "a-1"
    assert "2 change" in dialog.summary.text()  # type: ignore[attr-defined]
    close = dialog.findChild(QPushButton, "syncProblemsClose")
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SAFETY_MS)


def test_problems_view_says_when_there_are_none(qtbot: QtBot, controller: SyncController) -> None:
    dialog = controller.problems_dialog(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.loaded, timeout=SAFETY_MS)  # type: ignore[attr-defined]
    assert "No problems" in dialog.summary.text()  # type: ignore[attr-defined]
    dialog.close()

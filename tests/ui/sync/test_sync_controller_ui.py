"""SyncController against the real server: demo sign-in, stalls, offline start, dialogs."""

from __future__ import annotations

import itertools
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot
from sqlmodel import select
from sync_helpers import fast_config

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Store, Task
from annotator_desktop.core.sync import account
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker
from support.proxy import Proxy


@pytest.fixture
def controller(store: Store, worker: Worker, settings: Settings) -> Iterator[SyncController]:
    ctl = SyncController(store, worker, settings, config=fast_config(read_timeout=1.0))
    yield ctl
    ctl.stop()


def _sign_in(qtbot: QtBot, ctl: SyncController, url: str) -> None:
    with qtbot.waitSignal(ctl.last_sync_changed, timeout=30000):
        ctl.sign_in(url, "ana", "ana-demo")
    qtbot.waitUntil(lambda: ctl.state == "online", timeout=10000)


def _task_count(store: Store) -> int:
    with store.read() as s:
        return len(s.exec(select(Task.id)).all())


def test_demo_sign_in_and_sync_fills_the_store(
    qtbot: QtBot, controller: SyncController, store: Store, live_server: object
) -> None:
    states: list[str] = []
    changed: list[object] = []
    controller.state_changed.connect(states.append)
    controller.data_changed.connect(changed.append)
    controller.start()
    _sign_in(qtbot, controller, live_server.url)  # type: ignore[attr-defined]
    assert _task_count(store) > 0
    assert "syncing" in states and states[-1] == "online"
    assert any(c["tasks"] for c in changed)  # type: ignore[index]
    assert controller.account is not None and controller.account.username == "ana"


def test_stalled_server_times_out_while_the_ui_keeps_running(
    qtbot: QtBot, controller: SyncController, live_server: object
) -> None:
    proxy = Proxy(live_server.port).start()  # type: ignore[attr-defined]
    try:
        _sign_in(qtbot, controller, proxy.url)
        ticks: list[float] = []
        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(lambda: ticks.append(time.monotonic()))
        timer.start()
        proxy.set_stall(True)
        proxy.cut_all()
        started = time.monotonic()
        with qtbot.waitSignal(controller.state_changed, timeout=8000) as blocker:
            controller.sync_now()
            qtbot.waitUntil(lambda: controller.state == "offline", timeout=8000)
        elapsed = time.monotonic() - started
        timer.stop()
        assert blocker.signal_triggered
        assert elapsed < 1.0 + 1.0 + 2.5  # connect ok, read timeout 1 s (+ urllib3 connect retries)
        assert len(ticks) >= elapsed / 0.02 * 0.3  # the event loop kept turning
        gaps = [b - a for a, b in itertools.pairwise(ticks)]
        assert max(gaps, default=0) < 0.5
    finally:
        proxy.stop()


def test_offline_start_uses_the_cache(
    qtbot: QtBot, store: Store, worker: Worker, settings: Settings, live_server: object
) -> None:
    first = SyncController(store, worker, settings, config=fast_config())
    _sign_in(qtbot, first, live_server.url)  # type: ignore[attr-defined]
    first.stop()
    cached = _task_count(store)
    live_server.stop()  # type: ignore[attr-defined]
    second = SyncController(store, worker, settings, config=fast_config(connect_timeout=0.5))
    try:
        second.start()
        qtbot.waitUntil(lambda: second.conn.failures >= 1, timeout=10000)
        assert second.state == "offline"
        assert _task_count(store) == cached
    finally:
        second.stop()


def test_sign_in_dialog_shows_translated_errors(
    qtbot: QtBot, controller: SyncController, live_server: object, store: Store
) -> None:
    dialog = controller.sign_in_dialog(None)
    qtbot.addWidget(dialog)
    url = dialog.findChild(QLineEdit, "serverUrl")
    user = dialog.findChild(QLineEdit, "userName")
    password = dialog.findChild(QLineEdit, "password")
    ok = dialog.findChild(QPushButton, "signInOk")
    url.setText(live_server.url)  # type: ignore[attr-defined]
    qtbot.keyClicks(user, "ana")
    qtbot.keyClicks(password, "wrong")
    with qtbot.waitSignal(controller.sign_in_failed, timeout=15000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    status = dialog.findChild(QLabel, "signInStatus")
    assert status.text() == "The user name or password is wrong."
    assert ok.isEnabled()
    password.clear()
    qtbot.keyClicks(password, "ana-demo")
    with qtbot.waitSignal(controller.signed_in, timeout=15000):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
    assert account.current_account(store) is not None
    qtbot.waitUntil(lambda: controller.state == "online", timeout=20000)


def test_take_offline_dialog_checks_out(
    qtbot: QtBot, controller: SyncController, live_server: object, data_home: Path
) -> None:
    _sign_in(qtbot, controller, live_server.url)  # type: ignore[attr-defined]
    dialog = controller.take_offline_dialog(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.take_buttons), timeout=5000)  # type: ignore[attr-defined]
    button = dialog.findChild(QPushButton, "takeOffline_demo-rewrite")
    with qtbot.waitSignal(controller.checked_out, timeout=15000) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "demo-rewrite"
    qtbot.waitUntil(lambda: controller.state == "online", timeout=20000)
    dialog.close()


def test_sign_out_forgets_tokens_and_clears_cache_after_yes(
    qtbot: QtBot, store: Store, worker: Worker, settings: Settings, live_server: object
) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    window = QWidget()
    qtbot.addWidget(window)
    ctl = SyncController(store, worker, settings, parent=window, config=fast_config())
    try:
        _sign_in(qtbot, ctl, live_server.url)  # type: ignore[attr-defined]
        key = ctl.account.key  # type: ignore[union-attr]
        assert _task_count(store) > 0
        with qtbot.waitSignal(ctl.state_changed, timeout=5000):
            ctl.sign_out()
        assert ctl.state == "signed_out" and ctl.tokens.load(key) is None
        box = window.findChild(QMessageBox, "clearCacheBox")
        assert box is not None and box.isVisible()
        with qtbot.waitSignal(ctl.data_changed, timeout=10000):
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        assert _task_count(store) == 0
        qtbot.waitUntil(lambda: worker.pending == 0, timeout=10000)
    finally:
        ctl.stop()

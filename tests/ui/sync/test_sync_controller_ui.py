"""SyncController against the real server: demo sign-in, stalls, offline start, dialogs."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from e2e_support import activate, build_window, sign_in
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
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

SAFETY_MS = 30000  # only bounds a hang; every wait here ends on the event itself


@pytest.fixture
def controller(store: Store, worker: Worker, settings: Settings) -> Iterator[SyncController]:
    # a read timeout that only bounds a hang: a login (scrypt) on a busy machine is no failure
    config = fast_config(read_timeout=SAFETY_MS / 1000)
    ctl = SyncController(store, worker, settings, config=config)
    yield ctl
    ctl.stop()


def _sign_in(qtbot: QtBot, ctl: SyncController, url: str) -> None:
    with qtbot.waitSignal(ctl.last_sync_changed, timeout=SAFETY_MS):
        ctl.sign_in(url, "ana", "ana-demo")
    qtbot.waitUntil(lambda: ctl.state == "online", timeout=SAFETY_MS)


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
    qtbot: QtBot, store: Store, worker: Worker, live_server: object
) -> None:
    proxy = Proxy(live_server.port).start()  # type: ignore[attr-defined]
    config = fast_config(read_timeout=SAFETY_MS / 1000)  # signing in is no race, even loaded
    win = build_window(store, worker, config)
    try:
        sign_in(qtbot, win, proxy.url)
        controller = win.sync
        config.read_timeout = 1.0  # the client reads it per request: the stalled one gives up
        during_stall: list[str] = []  # what the UI thread saw while a request hung

        def tick() -> None:
            if proxy.stalled():
                during_stall.append(controller.state)

        timer = QTimer()
        timer.setInterval(20)
        timer.timeout.connect(tick)
        timer.start()
        proxy.set_stall(True)
        proxy.cut_all()
        activate(qtbot, win)
        with qtbot.waitSignal(controller.state_changed, timeout=SAFETY_MS) as blocker:
            QTest.keyClick(win, Qt.Key.Key_F5)  # Sync ▸ Sync now
        # The event loop turned while the sync's request hung in the stall (were the UI thread
        # waiting on the network, no tick could run between the stall and the time-out).
        qtbot.waitUntil(lambda: "syncing" in during_stall, timeout=SAFETY_MS)
        # The stall never ends: only the read time-out brings the controller back.
        qtbot.waitUntil(lambda: controller.state == "offline", timeout=SAFETY_MS)
        timer.stop()
        assert blocker.signal_triggered
        assert proxy.stalled() > 0  # it really was the stall that the request hung in
        assert win.status.connection.text() == "Offline"
    finally:
        win.close()
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
        qtbot.waitUntil(lambda: second.conn.failures >= 1, timeout=SAFETY_MS)
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
    with qtbot.waitSignal(controller.sign_in_failed, timeout=SAFETY_MS):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    status = dialog.findChild(QLabel, "signInStatus")
    assert status.text() == "The user name or password is wrong."
    assert ok.isEnabled()
    password.clear()
    qtbot.keyClicks(password, "ana-demo")
    with qtbot.waitSignal(controller.signed_in, timeout=SAFETY_MS):
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=SAFETY_MS)
    assert account.current_account(store) is not None
    qtbot.waitUntil(lambda: controller.state == "online", timeout=SAFETY_MS)


def test_take_offline_dialog_checks_out(
    qtbot: QtBot, controller: SyncController, live_server: object, data_home: Path
) -> None:
    _sign_in(qtbot, controller, live_server.url)  # type: ignore[attr-defined]
    dialog = controller.take_offline_dialog(None)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: bool(dialog.take_buttons), timeout=SAFETY_MS)  # type: ignore[attr-defined]
    button = dialog.findChild(QPushButton, "takeOffline_demo-rewrite")
    with qtbot.waitSignal(controller.checked_out, timeout=SAFETY_MS) as blocker:
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert blocker.args[0] == "demo-rewrite"
    qtbot.waitUntil(lambda: controller.state == "online", timeout=SAFETY_MS)
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
        with qtbot.waitSignal(ctl.state_changed, timeout=SAFETY_MS):
            ctl.sign_out()
        assert ctl.state == "signed_out" and ctl.tokens.load(key) is None
        box = window.findChild(QMessageBox, "clearCacheBox")
        assert box is not None and box.isVisible()
        with qtbot.waitSignal(ctl.data_changed, timeout=SAFETY_MS):
            qtbot.mouseClick(box.button(QMessageBox.StandardButton.Yes), Qt.MouseButton.LeftButton)
        assert _task_count(store) == 0
        qtbot.waitUntil(lambda: worker.pending == 0, timeout=SAFETY_MS)
    finally:
        ctl.stop()

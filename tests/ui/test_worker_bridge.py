"""The background-work bridge: work runs off the UI thread, callbacks on it."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.worker import Worker


@pytest.fixture
def worker(qtbot: QtBot) -> Iterator[Worker]:
    w = Worker(net_threads=2)
    yield w
    w.shutdown()


def test_work_runs_off_ui_thread_and_callback_on_it(qtbot: QtBot, worker: Worker) -> None:
    main = threading.get_ident()
    seen: dict[str, int] = {}

    def work() -> int:
        seen["work"] = threading.get_ident()
        return 42

    results: list[int] = []

    def done(value: int) -> None:
        seen["done"] = threading.get_ident()
        results.append(value)

    worker.run_db(work, done)
    qtbot.waitUntil(lambda: results == [42], timeout=5000)
    assert seen["work"] != main
    assert seen["done"] == main


def test_db_work_is_serialised_in_order(qtbot: QtBot, worker: Worker) -> None:
    order: list[int] = []
    lock_held = threading.Lock()
    overlaps: list[int] = []

    def job(i: int) -> None:
        if not lock_held.acquire(blocking=False):
            overlaps.append(i)
            return
        try:
            order.append(i)
        finally:
            lock_held.release()

    for i in range(50):
        worker.run_db(lambda i=i: job(i))
    qtbot.waitUntil(lambda: worker.pending == 0, timeout=5000)
    assert order == list(range(50))
    assert overlaps == []


def test_errors_reach_the_error_callback(qtbot: QtBot, worker: Worker) -> None:
    errors: list[BaseException] = []

    def boom() -> None:
        raise ValueError("bad input")

    worker.run_net(boom, on_error=errors.append)
    qtbot.waitUntil(lambda: len(errors) == 1, timeout=5000)
    assert isinstance(errors[0], ValueError)
    assert str(errors[0]) == "bad input"


def test_event_loop_keeps_running_while_work_blocks(qtbot: QtBot, worker: Worker) -> None:
    release = threading.Event()
    finished: list[bool] = []
    worker.run_net(lambda: release.wait(10), lambda _v: finished.append(True))
    ticks: list[int] = []
    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)
    timer.stop()
    assert finished == []
    release.set()
    qtbot.waitUntil(lambda: finished == [True], timeout=5000)


def test_shutdown_refuses_new_work(worker: Worker) -> None:
    worker.shutdown()
    with pytest.raises(RuntimeError):
        worker.run_db(lambda: None)

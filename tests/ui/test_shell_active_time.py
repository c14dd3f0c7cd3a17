"""Active time: counts only while the user gave input in the last 60 s (controllable clock)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.active_time import ActiveTimer, InputWatcher


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_counts_only_recent_input() -> None:
    clock = Clock()
    timer = ActiveTimer(clock=clock)
    timer.start(10.0)
    assert timer.seconds() == 10.0  # no input yet: nothing counts
    timer.poke()
    clock.now += 30
    assert timer.seconds() == 40.0
    timer.poke()
    clock.now += 300  # away for five minutes: only 60 s count
    assert timer.seconds() == 100.0
    timer.poke()
    clock.now += 5
    assert timer.stop() == 105.0
    clock.now += 100
    assert timer.seconds() == 105.0  # stopped: no more time
    timer.poke()
    assert timer.seconds() == 105.0


def test_input_in_the_pane_area_counts(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QApplication

    clock = Clock()
    timer = ActiveTimer(clock=clock)
    area = QWidget()
    qtbot.addWidget(area)
    inside = QLineEdit(area)
    outside = QLineEdit()
    qtbot.addWidget(outside)
    watcher = InputWatcher(timer, area)
    QApplication.instance().installEventFilter(watcher)
    try:
        timer.start(0.0)
        qtbot.keyClick(outside, Qt.Key.Key_A)
        clock.now += 20
        assert timer.seconds() == 0.0  # typing elsewhere does not count
        qtbot.keyClick(inside, Qt.Key.Key_A)
        clock.now += 20
        assert timer.seconds() == 20.0
        qtbot.mouseClick(inside, Qt.MouseButton.LeftButton)
        clock.now += 10
        assert timer.seconds() == 30.0
    finally:
        QApplication.instance().removeEventFilter(watcher)

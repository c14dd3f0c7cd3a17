"""Active time on a task: counts only while the user gave input in the last 60 seconds."""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

IDLE_LIMIT = 60.0
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseMove,
        QEvent.Type.KeyPress,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TabletPress,
    }
)


class ActiveTimer(QObject):
    """Seconds of active work on the current task; ``clock`` is injectable for tests.

    Between two inputs at most ``idle_limit`` seconds count, and after the last input the time
    keeps counting for up to ``idle_limit`` seconds.
    """

    ticked = Signal(float)

    def __init__(
        self,
        clock: Callable[[], float] = time.monotonic,
        idle_limit: float = IDLE_LIMIT,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._idle = idle_limit
        self._base = 0.0
        self._last: float | None = None
        self.running = False

    def start(self, base_seconds: float = 0.0) -> None:
        """Starts counting a task that already has ``base_seconds`` of active time."""
        self._base = float(base_seconds)
        self._last = None
        self.running = True

    def stop(self) -> float:
        seconds = self.seconds()
        self._base = seconds
        self._last = None
        self.running = False
        return seconds

    def poke(self) -> None:
        """Records user input now."""
        if not self.running:
            return
        now = self._clock()
        if self._last is not None:
            self._base += min(now - self._last, self._idle)
        self._last = now

    def seconds(self) -> float:
        if self._last is None:
            return self._base
        return self._base + min(self._clock() - self._last, self._idle)


class InputWatcher(QObject):
    """App-wide event filter: user input inside ``area`` pokes the timer."""

    def __init__(self, timer: ActiveTimer, area: QWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = timer
        self._area = area

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # the cheap test first: with no task open, events pass without a look at their type
        if self._timer.running and event.type() in INPUT_EVENTS and self._inside(obj):
            self._timer.poke()
        return False

    def _inside(self, obj: QObject) -> bool:
        if isinstance(obj, QWidget) and (obj is self._area or self._area.isAncestorOf(obj)):
            return True
        focus = QApplication.focusWidget()
        return focus is not None and (focus is self._area or self._area.isAncestorOf(focus))

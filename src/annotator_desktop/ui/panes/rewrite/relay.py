"""Hands results from short-lived background threads to the main thread, safely.

A thread must not emit a signal of an object the main thread may be deleting at that moment
(a pane closed mid-computation). It emits on this relay instead, which lives as long as the
application; the callback runs on the main thread only if its owner still exists.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot


class _Relay(QObject):
    deliver = Signal(object, object, object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object, object, object)
    def _run(self, owner: QObject, callback: Callable[..., None], args: Any) -> None:
        if shiboken6.isValid(owner):
            callback(*args)


_relay: _Relay | None = None


def relay() -> _Relay:
    """The relay; first called on the main thread (by a pane's constructor)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _relay.moveToThread(app.thread())
    return _relay


def post(owner: QObject, callback: Callable[..., None], *args: Any) -> None:
    """From any thread: runs ``callback(*args)`` on the main thread while ``owner`` exists."""
    relay().deliver.emit(owner, callback, args)

"""Cooperative cancellation and progress for long work (Qt-free)."""

from __future__ import annotations

import threading
from collections.abc import Callable

ProgressFn = Callable[[int, int], None]


class Cancelled(Exception):
    """Raised inside work that noticed its token was cancelled."""


class CancelToken:
    """Set from the UI, polled by the work; thread-safe."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def cancel(self) -> None:
        self._event.set()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def raise_if_cancelled(self) -> None:
        if self._event.is_set():
            raise Cancelled()

"""One door for background work: a serial executor for the SQLite cache, a pool for the network.

The work function runs off the UI thread and never touches a widget; ``on_done`` / ``on_error``
run on the main thread (delivered through a queued Qt signal).
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

DoneFn = Callable[[Any], None]
ErrorFn = Callable[[BaseException], None]


class _Relay(QObject):
    """Lives on the main thread and runs queued callbacks there.

    Worker threads append to a thread-safe deque and emit an argument-less signal, so no Python
    object crosses threads inside Qt's queued-event machinery.
    """

    wake = Signal()

    def __init__(self) -> None:
        super().__init__()
        self._queue: deque[tuple[Callable[[Any], None], Any]] = deque()
        self.wake.connect(self._drain, Qt.ConnectionType.QueuedConnection)

    def post(self, callback: Callable[[Any], None], value: Any) -> None:
        """Thread-safe: runs ``callback(value)`` on the main thread soon."""
        self._queue.append((callback, value))
        self.wake.emit()

    @Slot()
    def _drain(self) -> None:
        while self._queue:
            callback, value = self._queue.popleft()
            callback(value)


class Worker(QObject):
    """Runs database work serially and network work in parallel, off the UI thread."""

    busy_changed = Signal(int)

    def __init__(self, net_threads: int = 4, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = ThreadPoolExecutor(max_workers=1, thread_name_prefix="annotator-db")
        self._net = ThreadPoolExecutor(max_workers=net_threads, thread_name_prefix="annotator-net")
        self._relay = _Relay()
        self._pending = 0
        self._closed = False

    def run_db(
        self, fn: Callable[[], Any], on_done: DoneFn | None = None, on_error: ErrorFn | None = None
    ) -> Future[Any]:
        """Queues ``fn`` on the single database thread (writes are serialised)."""
        return self._submit(self._db, fn, on_done, on_error)

    def run_net(
        self, fn: Callable[[], Any], on_done: DoneFn | None = None, on_error: ErrorFn | None = None
    ) -> Future[Any]:
        """Runs ``fn`` on the network pool."""
        return self._submit(self._net, fn, on_done, on_error)

    @property
    def pending(self) -> int:
        return self._pending

    def _submit(
        self,
        pool: ThreadPoolExecutor,
        fn: Callable[[], Any],
        on_done: DoneFn | None,
        on_error: ErrorFn | None,
    ) -> Future[Any]:
        if self._closed:
            raise RuntimeError("worker is shut down")
        self._pending += 1
        self.busy_changed.emit(self._pending)
        future = pool.submit(fn)
        future.add_done_callback(lambda f: self._relay.post(self._finish, (f, on_done, on_error)))
        return future

    def _finish(self, packed: tuple[Future[Any], DoneFn | None, ErrorFn | None]) -> None:
        future, on_done, on_error = packed
        self._pending -= 1
        self.busy_changed.emit(self._pending)
        exc = future.exception()
        if exc is not None:
            if on_error is not None:
                on_error(exc)
            else:
                log.error("background work failed", exc_info=exc)
        elif on_done is not None:
            on_done(future.result())

    def flush_db(self, timeout: float = 10.0) -> None:
        """Blocks until queued database work is done (used on close, where waiting is right)."""
        self._db.submit(lambda: None).result(timeout=timeout)

    def shutdown(self, wait: bool = True) -> None:
        """Stops both executors; queued database work still runs to the end."""
        self._closed = True
        self._db.shutdown(wait=wait)
        self._net.shutdown(wait=wait, cancel_futures=True)

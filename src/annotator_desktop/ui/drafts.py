"""Draft autosave: every edit is written off the UI thread within the autosave interval.

The timer starts on the first unsaved change and is not pushed back by later ones, so a user
who types without pause is still saved at least once per interval (never more than 1 s).
The result is read on the UI thread (cheap); the write runs on the worker's database thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from annotator_desktop.ui.worker import Worker

log = logging.getLogger(__name__)

ResultFn = Callable[[], dict[str, Any]]
SecondsFn = Callable[[], float]


class DraftAutosaver(QObject):
    """Saves the bound task's draft; ``saved(task_id, revision)`` after each write."""

    saving = Signal(str)
    saved = Signal(str, int)
    recorded = Signal(object)  # the save's change record (core.changes.Changes)
    failed = Signal(str, str)

    def __init__(
        self, worker: Worker, store: Any, interval_ms: int = 500, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._store = store
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.save_now)
        self.set_interval(interval_ms)
        self._task_id = ""
        self._result: ResultFn | None = None
        self._seconds: SecondsFn | None = None
        self._dirty = False
        self._saved_seconds = 0.0
        self._has_draft = False
        self.in_flight = 0

    def set_interval(self, ms: int) -> None:
        self._timer.setInterval(max(50, min(int(ms), 1000)))

    def set_store(self, store: Any) -> None:
        self._store = store

    @property
    def task_id(self) -> str:
        return self._task_id

    @property
    def dirty(self) -> bool:
        return self._dirty

    def bind(
        self, task_id: str, result: ResultFn, seconds: SecondsFn, *, has_draft: bool = False
    ) -> None:
        """Starts watching a newly opened task (call :meth:`flush` for the old one first)."""
        self._timer.stop()
        self._task_id = task_id
        self._result = result
        self._seconds = seconds
        self._dirty = False
        self._has_draft = has_draft
        self._saved_seconds = seconds()

    def unbind(self) -> None:
        self._timer.stop()
        self._task_id = ""
        self._result = None
        self._seconds = None
        self._dirty = False

    def note_change(self) -> None:
        """A pane's ``changed`` signal: schedule a save (the timer is not restarted)."""
        if not self._task_id:
            return
        self._dirty = True
        if not self._timer.isActive():
            self._timer.start()

    def cancel(self) -> None:
        """Forgets unsaved changes (used right before a submit, which writes the result)."""
        self._timer.stop()
        self._dirty = False

    def flush(self) -> bool:
        """Saves now if anything changed (edits, or more active time on a draft)."""
        if self._dirty:
            self.save_now()
            return True
        more_time = self._seconds is not None and self._seconds() - self._saved_seconds >= 1.0
        if self._has_draft and more_time:
            self._dirty = True
            self.save_now()
            return True
        return False

    def save_now(self) -> None:
        self._timer.stop()
        if not self._dirty or not self._task_id or self._result is None or self._store is None:
            return
        from annotator_desktop.core import operations

        task_id, store = self._task_id, self._store
        try:
            result = self._result()
        except Exception as exc:  # a pane bug must not lose the session
            log.exception("pane result failed")
            self.failed.emit(task_id, str(exc))
            return
        seconds = self._seconds() if self._seconds else 0.0
        self._dirty = False
        self._has_draft = True
        self._saved_seconds = seconds
        self.in_flight += 1
        self.saving.emit(task_id)
        self._worker.run_db(
            lambda: operations.save_draft(store, task_id, result, seconds),
            lambda changes: self._done(task_id, changes),
            lambda exc: self._error(task_id, exc),
        )

    def _done(self, task_id: str, changes: Any) -> None:
        self.in_flight -= 1
        self.recorded.emit(changes)
        self.saved.emit(task_id, int(changes.drafts.get(task_id, 0)))

    def _error(self, task_id: str, exc: BaseException) -> None:
        self.in_flight -= 1
        log.error("draft save failed: %s", exc)
        if task_id == self._task_id:
            self._dirty = True  # try again on the next change or flush
        self.failed.emit(task_id, str(exc))

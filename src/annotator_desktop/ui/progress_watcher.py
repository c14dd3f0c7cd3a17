"""Keeps the status bar's progress (project done / left, today's count and active time) true:
it is re-read when a change record names tasks, not on a timer."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject

from annotator_desktop.core.changes import Changes
from annotator_desktop.ui.status_bar import StatusBar
from annotator_desktop.ui.worker import Worker

if TYPE_CHECKING:  # the store's models load after the first paint
    from annotator_desktop.core.store.progress import Progress


def local_day_start() -> datetime:
    """Midnight of today in the computer's time zone (aware)."""
    return datetime.now().astimezone().replace(hour=0, minute=0, second=0, microsecond=0)


class ProgressWatcher(QObject):
    """``project()`` gives the current project's (id, name); id "" means every project."""

    def __init__(
        self,
        worker: Worker,
        status: StatusBar,
        project: Callable[[], tuple[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker, self._status, self._project = worker, status, project
        self.store: Any = None
        self._reading = False
        self._again = False

    @property
    def reading(self) -> bool:
        """True while the figures are being read (the status bar is about to change)."""
        return self._reading or self._again

    def on_changes(self, changes: Changes) -> None:
        if changes.tasks or changes.all_tasks or changes.submissions:
            self.update()

    def update(self) -> None:
        """Reads the figures off the UI thread (one read at a time; a request meanwhile
        reads once more after it)."""
        if self.store is None:
            return
        if self._reading:
            self._again = True
            return
        self._reading = True
        store, (project_id, name) = self.store, self._project()
        from annotator_desktop.core.store.progress import read_progress

        self._worker.run_db(
            lambda: read_progress(store, project_id, local_day_start()),
            lambda p: self._show(p, name),
            lambda _e: self._show(None, name),
        )

    def _show(self, progress: Progress | None, name: str) -> None:
        self._reading = False
        if progress is not None:
            self._status.set_progress(progress, name)
        if self._again:
            self._again = False
            self.update()

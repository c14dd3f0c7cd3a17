"""Keeps the task list true to the cache from the change records: only the rows a record names
are re-read and repainted; a full reload only when the record says everything may have changed
(or a task or project is new or gone)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator_desktop.core.changes import UNKNOWN, Changes
from annotator_desktop.core.store.rows import ListData, read_list, read_rows
from annotator_desktop.ui.task_list import TaskList
from annotator_desktop.ui.worker import Worker


class ListRefresher(QObject):
    """``refreshed`` after the list caught up with a record that needed a cache read."""

    refreshed = Signal()

    def __init__(
        self,
        worker: Worker,
        task_list: TaskList,
        set_list: Callable[[ListData], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker, self._list, self._set_list = worker, task_list, set_list
        self.store: Any = None

    def on_changes(self, changes: Changes) -> None:
        if changes.all_tasks:
            self.reload()
            return
        unknown = {t for t, state in changes.tasks.items() if state == UNKNOWN}
        if unknown or changes.projects or changes.leases:
            self.refresh_rows(unknown | set(changes.leases))

    def reload(self) -> None:
        """Re-reads the whole list off the UI thread (a first sync, an emptied cache)."""
        if self.store is None:
            return
        path = self.store.path
        self._worker.run_db(lambda: read_list(path), self._set_list)

    def refresh_rows(self, ids: set[str]) -> None:
        if self.store is None:
            return
        path = self.store.path
        self._worker.run_db(lambda: read_rows(path, ids), lambda data: self._apply(data, ids))

    def _apply(self, data: ListData, ids: set[str]) -> None:
        if self._list.update_rows(data, ids):
            self.refreshed.emit()
        else:
            self.reload()

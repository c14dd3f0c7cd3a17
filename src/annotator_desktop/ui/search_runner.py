"""Runs the task filter's text through the cache's full-text index off the UI thread and hands
the matches to the list model (the title filter answers at once; these join it)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject

from annotator_desktop.core.store.search import matching_task_ids
from annotator_desktop.ui.task_list import TaskList
from annotator_desktop.ui.worker import Worker


class SearchRunner(QObject):
    def __init__(self, worker: Worker, task_list: TaskList, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker, self._list = worker, task_list
        self.store: Any = None
        task_list.text_searched.connect(self.search)

    def search(self, text: str) -> None:
        if self.store is None or not text.strip():
            return
        path = self.store.path
        self._worker.run_db(
            lambda: matching_task_ids(path, text),
            lambda ids: self._list.add_text_matches(text, ids),
        )

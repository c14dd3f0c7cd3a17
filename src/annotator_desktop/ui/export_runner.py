"""File ▸ Export: the action's state, the dialog's opening, and one export run off the UI thread.

The formats (and with them SQLAlchemy) are imported only when an export starts, never while the
main window is built.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction

from annotator_desktop.core.cancel import Cancelled, CancelToken, ProgressFn
from annotator_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from annotator_desktop.core.store.rows import ProjectRow
    from annotator_desktop.ui.dialogs.export_dialog import ExportDialog

log = logging.getLogger(__name__)
# export_project's shape: (store, project id, format, out, progress, cancel) -> written path(s)
ExportFn = Callable[[Any, str, str, Path, ProgressFn, CancelToken], Path | list[Path]]


@dataclass(frozen=True)
class ExportRequest:
    project_id: str
    project_name: str
    fmt: str
    out: Path


@dataclass(frozen=True)
class ExportResult:
    request: ExportRequest
    target: Path  # the file written, or the folder filled
    files: int


class ExportJob(QObject):
    """Runs one export on the worker's pool; ``progress(done, total)`` (total 0: not known yet),
    then one of ``succeeded(ExportResult)``, ``failed(exception)`` or ``cancelled()``."""

    progress = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, worker: Worker, store: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._store = store
        self._token: CancelToken | None = None
        self._stopped = False
        self.export_fn: ExportFn | None = None  # None: core.formats.export_project

    @property
    def running(self) -> bool:
        return self._token is not None

    def start(self, request: ExportRequest) -> None:
        if self._token is not None:
            raise RuntimeError("an export is already running")
        if self.export_fn is None:
            from annotator_desktop.core.formats import export_project

            self.export_fn = export_project
        export, store, token = self.export_fn, self._store, CancelToken()
        self._token = token
        r = request
        # The pool, not the serial database thread: writing many files can take a while, and
        # draft saves must not wait behind it (the export only reads the cache).
        self._worker.run_net(
            lambda: export(store, r.project_id, r.fmt, r.out, self.progress.emit, token),
            lambda written: self._finish(lambda: self.succeeded.emit(_result(r, written))),
            lambda exc: self._finish(lambda: self._failed(exc)),
        )

    def cancel(self) -> None:
        if self._token is not None:
            self._token.cancel()

    def stop(self) -> None:
        """Cancels a running export and drops its outcome (the window is closing)."""
        self._stopped = True
        self.cancel()

    def _finish(self, report: Callable[[], None]) -> None:
        self._token = None
        if not self._stopped:
            report()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            self.cancelled.emit()
            return
        self.failed.emit(exc)


def _result(request: ExportRequest, written: Path | list[Path]) -> ExportResult:
    if isinstance(written, list):
        return ExportResult(request, request.out.resolve(), len(written))
    return ExportResult(request, Path(written), 1)


class ExportLauncher(QObject):
    """Keeps File ▸ Export enabled only with a cached project and opens the export dialog for
    the project chosen in the task list (its filter, else the current task's project)."""

    def __init__(self, window: Any, action: QAction) -> None:
        super().__init__(window)
        self._window = window
        self._action = action
        self._projects: list[ProjectRow] = []
        self.dialog: ExportDialog | None = None
        action.triggered.connect(self.open)
        action.setEnabled(False)

    def set_projects(self, projects: Sequence[ProjectRow]) -> None:
        self._projects = list(projects)
        self._action.setEnabled(bool(self._projects))

    def chosen_project(self) -> str:
        task_list = self._window.task_list
        project = str(task_list.project_box.currentData() or "")
        if not project:
            row = task_list.model.task_at(task_list.view.currentIndex().row())
            project = row.project_id if row is not None else ""
        return project

    def open(self) -> ExportDialog | None:
        window = self._window
        store = getattr(window, "store", None)
        if store is None or not self._projects:
            text = self.tr("The cache is not open yet; try again in a moment.")
            window.status.showMessage(text, 8000)
            return None
        if self.dialog is not None and self.dialog.running:
            self.dialog.raise_()
            return self.dialog
        from annotator_desktop.ui.dialogs.export_dialog import ExportDialog

        if self.dialog is None:
            self.dialog = ExportDialog(window.worker, store, window)
            self.dialog.exported.connect(lambda text: window.status.showMessage(text, 10000))
        self.dialog.prepare(self._projects, self.chosen_project())
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    def stop(self) -> None:
        """Cancels a running export and closes the dialog (the window is closing)."""
        if self.dialog is not None:
            self.dialog.stop()

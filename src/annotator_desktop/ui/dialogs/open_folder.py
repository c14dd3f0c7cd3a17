"""File ▸ Open folder: a folder of images becomes a local bbox project.

Scanning (hash and size probe) runs on the worker's pool; the project is written on the
database thread. Labels come from classes.txt, or the user types them in.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from annotator_desktop.ui.worker import Worker


class OpenFolderFlow(QObject):
    """Runs the steps; ``done(project_id)`` at the end, ``failed(message)`` on a problem."""

    done = Signal(str)
    failed = Signal(str)

    def __init__(self, parent: QWidget, worker: Worker, store: Any) -> None:
        super().__init__(parent)
        self._parent = parent
        self._worker = worker
        self._store = store
        self.ask_labels = self._ask_labels  # replaceable in tests

    def start(self, folder: Path | None = None) -> None:
        if self._store is None:
            self._fail(self.tr("The cache is not open yet; try again in a moment."))
            return
        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self._parent, self.tr("Open a folder of images")
            )
            if not chosen:
                return
            folder = Path(chosen)
        from annotator_desktop.core.workspace import scan_folder

        self._worker.run_net(lambda: scan_folder(folder), self._scanned, self._error)

    def _scanned(self, scan: Any) -> None:
        if not scan.images:
            self._fail(self.tr("No images were found in %1.").replace("%1", str(scan.folder)))
            return
        labels = scan.labels or self.ask_labels(scan.folder)
        if not labels:
            return
        from annotator_desktop.core.workspace import save_workspace

        store = self._store
        self._worker.run_db(
            lambda: save_workspace(store, scan, labels), self.done.emit, self._error
        )

    def _ask_labels(self, folder: Path) -> list[str]:
        from annotator_desktop.core.workspace import parse_labels

        text, ok = QInputDialog.getMultiLineText(
            self._parent,
            self.tr("Labels"),
            self.tr("There is no classes.txt in %1.\nType the labels, one per line:").replace(
                "%1", str(folder)
            ),
        )
        return parse_labels(text) if ok else []

    def _error(self, exc: BaseException) -> None:
        self._fail(self.tr("The folder could not be opened: %1").replace("%1", str(exc)))

    def _fail(self, message: str) -> None:
        self.failed.emit(message)
        from PySide6.QtWidgets import QApplication

        if QApplication.platformName() in ("offscreen", "minimal"):
            return
        QMessageBox.warning(self._parent, self.tr("Open folder"), message)

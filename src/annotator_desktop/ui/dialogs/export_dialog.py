"""File ▸ Export: choose project, format and destination; the export runs off the UI thread
with a progress bar and a Cancel button, and ends with a message saying where the files went."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QStandardPaths, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.formats import FOLDER_FORMATS, FormatError, export_formats_for
from annotator_desktop.core.formats.names import safe_file_name
from annotator_desktop.core.store.rows import ProjectRow
from annotator_desktop.ui.export_runner import ExportJob, ExportRequest, ExportResult
from annotator_desktop.ui.worker import Worker

log = logging.getLogger(__name__)
FILE_SUFFIX = {"coco": ".json", "jsonl": ".jsonl", "preference": ".jsonl", "sft": ".jsonl"}
# (dialog, format, suggested path) -> the chosen file or folder, None when the user cancelled
ChooseFn = Callable[[QWidget, str, Path], Path | None]
# (dialog, question) -> whether to go on
ConfirmFn = Callable[[QWidget, str], bool]


def default_destination(folder: Path, project_name: str, fmt: str) -> Path:
    """``<folder>/<project>.json[l]`` for one-file formats, ``<folder>/<project>-<fmt>``
    for folder formats (the name made safe for any file system)."""
    name = safe_file_name(project_name, fallback="export")
    return folder / (name + FILE_SUFFIX.get(fmt, f"-{fmt}"))


class ExportDialog(QDialog):
    """Non-modal: the user may go on working while the export runs. ``exported(text)`` carries
    the closing message (success, cancel or failure) for the status bar."""

    exported = Signal(str)

    def __init__(self, worker: Worker, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.job = ExportJob(worker, store, self)
        self.job.progress.connect(self._on_progress)
        self.job.succeeded.connect(self._on_succeeded)
        self.job.failed.connect(self._on_failed)
        self.job.cancelled.connect(self._on_cancelled)
        self.choose_path: ChooseFn = choose_destination  # replaceable in tests
        self.confirm: ConfirmFn = confirm_replace  # replaceable in tests
        self._chosen: Path | None = None  # a file name the save dialog already confirmed
        self._kinds: dict[str, str] = {}
        self._default = ""
        self._last_folder: Path | None = None
        self._result: ExportResult | None = None
        self._build()
        self.retranslate()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.project_box = self._named(QComboBox(self), "exportProject")
        self.format_box = self._named(QComboBox(self), "exportFormat")
        self.path_edit = self._named(QLineEdit(self), "exportDestination")
        self.browse_button = self._named(QPushButton(self), "exportBrowse")
        self.progress = self._named(QProgressBar(self), "exportProgress")
        self.status = self._named(QLabel(self), "exportStatus")
        self.status.setWordWrap(True)
        self.progress.hide()
        self.buttons = self._named(QDialogButtonBox(self), "exportButtons")
        self.export_button = self._button("exportStart", QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button = self._button("exportOpenFolder", QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self._button("exportCancel", QDialogButtonBox.ButtonRole.RejectRole)
        self.export_button.setDefault(True)
        self.open_button.hide()
        self.export_button.clicked.connect(self.start)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_folder)
        self.browse_button.clicked.connect(self.browse)
        self.project_box.currentIndexChanged.connect(self._fill_formats)
        self.format_box.currentIndexChanged.connect(self._suggest_path)
        self.form = QFormLayout()
        self.labels = [QLabel(self) for _ in range(3)]
        where = QHBoxLayout()
        where.addWidget(self.path_edit, 1)
        where.addWidget(self.browse_button)
        for label, field in zip(
            self.labels, (self.project_box, self.format_box, self.path_edit), strict=True
        ):
            label.setBuddy(field)
        self.form.addRow(self.labels[0], self.project_box)
        self.form.addRow(self.labels[1], self.format_box)
        self.form.addRow(self.labels[2], where)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    def _named(self, widget: Any, name: str) -> Any:
        widget.setObjectName(name)
        return widget

    def _button(self, name: str, role: QDialogButtonBox.ButtonRole) -> QPushButton:
        button = self._named(QPushButton(self), name)
        self.buttons.addButton(button, role)
        return button

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Export project"))
        texts = (self.tr("&Project:"), self.tr("&Format:"), self.tr("&Save to:"))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.project_box.setPlaceholderText(self.tr("Choose a project"))
        self.project_box.setAccessibleName(self.tr("Project to export"))
        self.format_box.setAccessibleName(self.tr("Export format"))
        self.path_edit.setAccessibleName(self.tr("Where to save the export"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose where to save the export"))
        self.progress.setAccessibleName(self.tr("Export progress"))
        self.status.setAccessibleName(self.tr("Export status"))
        self.export_button.setText(self.tr("&Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.open_button.setText(self.tr("&Open folder"))
        self.open_button.setAccessibleName(self.tr("Open the folder of the export"))
        self._set_close_text()
        self._fill_formats()

    def _set_close_text(self) -> None:
        text = self.tr("Cancel") if self.running else self.tr("Close")
        self.close_button.setText(text)
        self.close_button.setAccessibleName(text)

    def format_names(self) -> dict[str, tuple[str, str]]:
        """Format -> (what the list shows, its short name in messages)."""
        return {
            "coco": (self.tr("COCO JSON (one file)"), self.tr("COCO JSON")),
            "yolo": (self.tr("YOLO (a folder of label files)"), self.tr("YOLO")),
            "voc": (self.tr("Pascal VOC (a folder of XML files)"), self.tr("Pascal VOC")),
            "jsonl": (self.tr("JSON Lines: every submission (one file)"), self.tr("JSON Lines")),
            "preference": (
                self.tr("Preference pairs for training: prompt, chosen, rejected (one file)"),
                self.tr("preference pairs"),
            ),
            "sft": (
                self.tr("Rewrites for fine-tuning: conversation and reply (one file)"),
                self.tr("fine-tuning data"),
            ),
        }

    # -- choosing -------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self.job.running

    def prepare(self, projects: Sequence[ProjectRow], chosen: str) -> None:
        """Lists ``projects`` and selects ``chosen`` (none selected when it is not among them)."""
        self._kinds = {p.id: p.kind for p in projects}
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for project in projects:
            self.project_box.addItem(project.name or project.id, project.id)
        self.project_box.setCurrentIndex(self.project_box.findData(chosen))
        self.project_box.blockSignals(False)
        self.path_edit.clear()  # a new suggestion, never the last export's file
        self._chosen = None
        self._fill_formats()
        self._show_result("")

    def _fill_formats(self) -> None:
        current = self.format_box.currentData()
        kind = self._kinds.get(self.project_id(), "")
        names = self.format_names()
        self.format_box.blockSignals(True)
        self.format_box.clear()
        for fmt in export_formats_for(kind) if kind else ():
            self.format_box.addItem(names[fmt][0], fmt)
        self.format_box.setCurrentIndex(max(0, self.format_box.findData(current)))
        self.format_box.blockSignals(False)
        self._suggest_path()

    def _suggest_path(self) -> None:
        """Proposes ``<folder>/<project>.<suffix>`` unless the user typed a path of their own."""
        if self.path_edit.text() not in ("", self._default) or not self.project_id():
            return
        self._default = str(default_destination(self._folder(), self._project_name(), self.fmt()))
        self.path_edit.setText(self._default)

    def _folder(self) -> Path:
        if self._last_folder is not None:
            return self._last_folder
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        return Path(documents) if documents else Path.home()

    def project_id(self) -> str:
        return str(self.project_box.currentData() or "")

    def _project_name(self) -> str:
        return self.project_box.currentText() or self.project_id()

    def fmt(self) -> str:
        return str(self.format_box.currentData() or "")

    def browse(self) -> None:
        if not self.fmt():
            return
        chosen = self.choose_path(self, self.fmt(), self._destination() or self._folder())
        if chosen is not None:
            self._chosen = chosen
            self.path_edit.setText(str(chosen))

    def _destination(self) -> Path | None:
        text = self.path_edit.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        return path if path.is_absolute() else self._folder() / path

    # -- running --------------------------------------------------------------------------
    def start(self) -> None:
        """Checks the choices and starts the export (or says what is missing)."""
        if self.running:
            return
        out = self._destination()
        problem = self._problem(out)
        if problem or out is None:
            self._show_result(problem)
            return
        question = self._replace_question(out)
        if question and not self.confirm(self, question):
            return
        self._last_folder = out.parent
        self._result = None
        request = ExportRequest(self.project_id(), self._project_name(), self.fmt(), out)
        self.job.start(request)
        self._set_running(True)
        self._show_result(self.tr("Exporting…"))

    def _problem(self, out: Path | None) -> str:
        if not self.project_id() or not self.fmt():
            return self.tr("Choose a project and a format to export.")
        if out is None:
            return self.tr("Choose where to save the export.")
        if self.fmt() in FOLDER_FORMATS and out.exists() and not out.is_dir():
            return self.tr("%1 is a file; this format needs a folder.").replace("%1", str(out))
        return ""

    def _replace_question(self, out: Path) -> str:
        """What to ask before writing over earlier files ("" when nothing is in the way)."""
        if self.fmt() in FOLDER_FORMATS:
            if out.is_dir() and any(out.iterdir()):
                return self.tr(
                    "The folder %1 is not empty. Export into it? Files with the same names "
                    "are replaced."
                ).replace("%1", str(out))
        elif out.is_file() and out != self._chosen:  # the save dialog asked already
            return self.tr("%1 already exists. Replace it?").replace("%1", str(out))
        return ""

    def _set_running(self, running: bool) -> None:
        for widget in (self.project_box, self.format_box, self.path_edit, self.browse_button):
            widget.setEnabled(not running)
        self.export_button.setEnabled(not running)
        self.progress.setVisible(running)
        self.progress.setRange(0, 0)  # busy until the first count arrives
        self._set_close_text()

    def _on_progress(self, done: int, total: int) -> None:
        if self.running:
            self.progress.setRange(0, total)
            self.progress.setValue(done)

    def _on_succeeded(self, result: ExportResult) -> None:
        self._result = result
        r = result.request
        short = self.format_names()[r.fmt][1]
        if r.fmt in FOLDER_FORMATS:
            text = self.tr("Exported %1 as %2: %n file(s) in %3.", "", result.files)
        else:
            text = self.tr("Exported %1 as %2 to %3.")
        text = text.replace("%1", r.project_name).replace("%2", short)
        self._finished(text.replace("%3", str(result.target)))
        self.open_button.show()  # after _finished, which hides it

    def _on_cancelled(self) -> None:
        self._finished(self.tr("Export cancelled. Nothing was written."))

    def _on_failed(self, exc: BaseException) -> None:
        self._finished(self.error_text(exc))

    def _finished(self, text: str) -> None:
        self._set_running(False)
        self._show_result(text)
        self.exported.emit(text)

    def _show_result(self, text: str) -> None:
        """Shows ``text`` under the form (hidden when empty); Open folder goes until a success."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        self.open_button.hide()

    def error_text(self, exc: BaseException) -> str:
        """One sentence for the user; the details go to the log."""
        if isinstance(exc, FormatError):
            log.warning("export refused: %s", exc)
            return self.tr("This project cannot be exported in this format: %1").replace(
                "%1", str(exc)
            )
        if isinstance(exc, PermissionError):
            log.warning("export not written: %s", exc)
            return self.tr("You may not write to %1; choose another place.").replace(
                "%1", str(exc.filename or self.path_edit.text())
            )
        if isinstance(exc, OSError):
            log.warning("export not written: %s", exc)
            return self.tr("The export could not be written: %1").replace(
                "%1", exc.strerror or str(exc)
            )
        log.error("export failed", exc_info=exc)
        return self.tr("The export failed unexpectedly; the log has the details.")

    def open_folder(self) -> None:
        """Shows the exported folder (or the one holding the exported file) in the file manager."""
        if self._result is None:
            return
        target = self._result.target
        folder = target if self._result.request.fmt in FOLDER_FORMATS else target.parent
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # -- closing --------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reject(self) -> None:
        """Cancel while exporting stops the export (the dialog stays to say so); else closes."""
        if self.running:
            self.job.cancel()
            self._show_result(self.tr("Cancelling…"))
            return
        super().reject()

    def stop(self) -> None:
        """The window is closing: cancel any export, drop its outcome, close."""
        self.job.stop()
        self.done(QDialog.DialogCode.Rejected)


def choose_destination(parent: QWidget, fmt: str, suggested: Path) -> Path | None:
    """The platform's file dialog: a folder for folder formats, a file name for the others."""
    title = QCoreApplication.translate("ExportDialog", "Export to")
    if fmt in FOLDER_FORMATS:
        start = suggested if suggested.is_dir() else suggested.parent
        chosen = QFileDialog.getExistingDirectory(parent, title, str(start))
    else:
        kinds = {
            "coco": QCoreApplication.translate("ExportDialog", "COCO JSON (*.json)"),
            "jsonl": QCoreApplication.translate("ExportDialog", "JSON Lines (*.jsonl)"),
            "preference": QCoreApplication.translate("ExportDialog", "JSON Lines (*.jsonl)"),
            "sft": QCoreApplication.translate("ExportDialog", "JSON Lines (*.jsonl)"),
        }
        chosen, _filter = QFileDialog.getSaveFileName(parent, title, str(suggested), kinds[fmt])
    return Path(chosen) if chosen else None


def confirm_replace(parent: QWidget, question: str) -> bool:
    """Asks ``question`` in a message box (default: No)."""
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("ExportDialog", "Export project"),
        question,
        buttons,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes

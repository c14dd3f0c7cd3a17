"""The main window: task list and pane host side by side, menus, toolbar and status bar."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QPaintEvent, QUndoStack
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QVBoxLayout, QWidget

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store.rows import ListData
from annotator_desktop.ui.actions import ActionSet
from annotator_desktop.ui.changes_hub import ChangesHub
from annotator_desktop.ui.export_runner import ExportLauncher
from annotator_desktop.ui.list_refresher import ListRefresher
from annotator_desktop.ui.main_window_menus import Menus
from annotator_desktop.ui.main_window_tasks import TaskSession
from annotator_desktop.ui.pane_host import PaneHost
from annotator_desktop.ui.panes import layout_memory
from annotator_desktop.ui.panes.base import TaskPane
from annotator_desktop.ui.progress_watcher import ProgressWatcher
from annotator_desktop.ui.search_runner import SearchRunner
from annotator_desktop.ui.status_bar import StatusBar
from annotator_desktop.ui.task_list import TaskList
from annotator_desktop.ui.widgets.ls_banner import LabelStudioBanner
from annotator_desktop.ui.worker import Worker

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit

log = logging.getLogger(__name__)
ZOOM_NAMES = {
    "zoom_in": ("zoom_in", "zoomIn", "action_zoom_in"),
    "zoom_out": ("zoom_out", "zoomOut", "action_zoom_out"),
    "zoom_fit": ("zoom_fit", "zoomFit", "fit", "action_zoom_fit", "fit_to_window"),
}


class MainWindow(QMainWindow):
    first_painted = Signal()
    settings_changed = Signal(object)
    list_refreshed = Signal()

    def __init__(self, worker: Worker, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.worker = worker
        self.settings = settings
        self.settings_file: Path | None = None  # None: do not write (e.g. a newer version's)
        self.translations: Any = None
        self.sync: Any = None
        self._painted = False
        self._undo_links: list[Any] = []
        self.task_list = TaskList(self)
        self.host = PaneHost(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.task_list)
        self.splitter.addWidget(self.host)
        self.splitter.setStretchFactor(1, 3)
        self.ls_banner = LabelStudioBanner(self)  # shown while the account is on Label Studio
        central = QWidget(self)
        central.setObjectName("mainArea")
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.ls_banner)
        column.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.status = StatusBar(self)
        self.setStatusBar(self.status)
        self.actions_ = ActionSet(self)
        self._default_keys = {k: a.shortcuts() for k, a in self.actions_.actions.items()}
        self.actions_.update_icons(self)
        self.menus = Menus(self, self.actions_)
        self.exporter = ExportLauncher(self, self.actions_["export"])  # File ▸ Export
        self.changes = ChangesHub(self)  # every operation's change record, for every view
        self.changes.changed.connect(self.task_list.apply_changes)
        self.changes.changed.connect(self.status.apply_changes)
        self.refresher = ListRefresher(worker, self.task_list, self.set_list, self)
        self.refresher.refreshed.connect(self.list_refreshed)
        self.changes.changed.connect(self.refresher.on_changes)
        self.search = SearchRunner(worker, self.task_list, self)
        self.progress = ProgressWatcher(worker, self.status, self._current_project, self)
        self.changes.changed.connect(self.progress.on_changes)
        self.list_refreshed.connect(self.progress.update)
        self.task_list.project_box.currentIndexChanged.connect(self.progress.update)
        self.session = TaskSession(
            self, worker, self.task_list, self.host, settings.autosave_ms, hub=self.changes
        )
        self.session.message.connect(lambda text: self.status.showMessage(text, 8000))
        self.session.editable_changed.connect(self._set_workable)
        self.session.task_opened.connect(lambda _t: self.progress.update())
        self.session.timer.ticked.connect(self._show_active)
        self.session.task_opened.connect(lambda _t: self._show_active(None))
        self.session.task_opened.connect(lambda _t: self._wire_undo(self.host.pane))
        self.host.pane_switched.connect(self._on_pane_switched)
        self._connect_actions()
        self._on_pane_switched(None)
        self.retranslate()
        self.resize(1200, 780)

    # -- wiring -------------------------------------------------------------------------
    def _connect_actions(self) -> None:
        a = self.actions_
        a["quit"].triggered.connect(self.close)
        a["next_task"].triggered.connect(self.session.next_task)
        a["prev_task"].triggered.connect(self.session.previous_task)
        a["submit"].triggered.connect(self.session.submit)
        a["skip"].triggered.connect(self.session.skip)
        a["undo"].triggered.connect(lambda: self._undo(False))
        a["redo"].triggered.connect(lambda: self._undo(True))
        for key in ZOOM_NAMES:
            a[key].triggered.connect(lambda _c=False, k=key: self._forward_zoom(k))
        a["focus_search"].triggered.connect(self.task_list.search.setFocus)
        a["shortcuts"].triggered.connect(self.show_shortcuts)
        a["settings"].triggered.connect(self.show_settings)
        a["open_folder"].triggered.connect(lambda: self.open_folder(None))
        a["about"].triggered.connect(self.show_about)
        a["sign_in"].triggered.connect(lambda: self._sync_call("sign_in_dialog", self))
        a["sign_out"].triggered.connect(lambda: self._sync_call("sign_out"))
        a["sync_now"].triggered.connect(lambda: self._sync_call("sync_now"))
        a["take_offline"].triggered.connect(lambda: self._sync_call("take_offline_dialog", self))
        a["cancel_sync"].triggered.connect(lambda: self._sync_call("cancel"))
        a["sync_problems"].triggered.connect(lambda: self._sync_call("problems_dialog", self))
        a["review"].triggered.connect(self.open_review)
        a["statistics"].triggered.connect(self.show_statistics)
        self._update_sync_actions()

    def _on_pane_switched(self, pane: TaskPane | None) -> None:
        self._wire_undo(pane)
        for key in ("submit", "skip", *ZOOM_NAMES):
            self.actions_[key].setEnabled(pane is not None)
        pane_actions = pane.pane_actions() if pane is not None else []
        self.menus.set_pane_actions(pane_actions)
        self._yield_keys_to(pane_actions)

    def _set_workable(self, workable: bool) -> None:
        """Submit and Skip only for a task that can be worked on (not a read-only one)."""
        for key in ("submit", "skip"):
            self.actions_[key].setEnabled(workable and self.host.pane is not None)

    def _wire_undo(self, pane: TaskPane | None) -> None:
        """Edit ▸ Undo/Redo follow the pane's current history (a pane may swap it per task)."""
        for signal, slot in self._undo_links:
            signal.disconnect(slot)
        self._undo_links = []
        history = _history(pane)
        undo, redo = self.actions_["undo"], self.actions_["redo"]
        links: list[tuple[Any, Any]] = []
        if isinstance(history, QUndoStack):
            undo.setEnabled(history.canUndo())
            redo.setEnabled(history.canRedo())
            links = [
                (history.canUndoChanged, undo.setEnabled),
                (history.canRedoChanged, redo.setEnabled),
            ]
        elif history is not None:  # a text pane: the editor's own history (follows its document)
            editable = not history.isReadOnly()
            undo.setEnabled(editable and history.document().isUndoAvailable())
            redo.setEnabled(editable and history.document().isRedoAvailable())
            links = [
                (history.undoAvailable, undo.setEnabled),
                (history.redoAvailable, redo.setEnabled),
            ]
        else:
            undo.setEnabled(False)
            redo.setEnabled(False)
        for signal, slot in links:
            signal.connect(slot)
            self._undo_links.append((signal, slot))

    def _yield_keys_to(self, pane_actions: list[QAction]) -> None:
        """A key the pane binds itself is left to the pane (two owners would be ambiguous)."""
        taken = {key.toString() for action in pane_actions for key in action.shortcuts()}
        for name, action in self.actions_.actions.items():
            keys = self._default_keys[name]
            action.setShortcuts([k for k in keys if k.toString() not in taken])

    def _undo(self, redo: bool) -> None:
        history = _history(self.host.pane)
        if history is not None:  # a stack and an editor both undo and redo
            history.redo() if redo else history.undo()

    def _forward_zoom(self, key: str) -> None:
        """Zoom belongs to the pane: use its action of that name, or its method."""
        pane = self.host.pane
        if pane is None:
            return
        names = ZOOM_NAMES[key]
        for action in pane.pane_actions():
            if action.objectName() in names:
                action.trigger()
                return
        method = getattr(pane, key, None)
        if callable(method):
            method()

    # -- store and list -----------------------------------------------------------------
    def set_list(self, data: ListData) -> None:
        self.task_list.set_list(data)
        self.exporter.set_projects(data.projects)
        self.host.set_no_tasks(self.task_list.model.total() == 0)
        self.list_refreshed.emit()

    def _current_project(self) -> tuple[str, str]:
        """(id, name) of the project chosen in the list, else of the open task."""
        model = self.task_list.model
        project = self.task_list.project_box.currentData() or ""
        if not project and self.session.current_task:
            row = model.row_of(self.session.current_task)
            task = model.task_at(row) if row >= 0 else None
            project = task.project_id if task is not None else ""
        return project, model.projects().get(project, "")

    def set_store(self, store: Any) -> None:
        self.store = store
        self.refresher.store = self.progress.store = self.search.store = store
        self.session.set_store(store)
        self.progress.update()  # a task opened before the store came asked with none to read

    def refresh_list(self, _changes: object = None) -> None:
        """Re-reads the whole task list off the UI thread (after an import)."""
        self.refresher.reload()

    def restore_last_task(self, task_id: str) -> None:
        if not task_id or not self.task_list.model.has_task(task_id):
            return
        if not self.task_list.select_task(task_id):
            from annotator_desktop.ui.task_list_model import TaskFilter

            self.task_list.set_filter(TaskFilter())
            self.task_list.select_task(task_id)

    # -- sync ---------------------------------------------------------------------------
    def attach_sync(self, controller: Any) -> None:
        """Connects a SyncController's signals to the status bar and the list."""
        self.sync = controller
        if hasattr(controller, "attach_hub"):
            controller.attach_hub(self.changes)  # its change records refresh the list's rows
        elif hasattr(controller, "data_changed"):
            controller.data_changed.connect(self.refresh_list)  # one without records
        for name, slot in (
            ("state_changed", self.status.set_connection),
            ("outbox_changed", self.status.set_outbox),
            ("last_sync_changed", self.status.set_last_sync),
            ("message", lambda text: self.status.showMessage(text, 8000)),
            ("progress", self._on_progress),
            ("state_changed", self._update_sync_actions),
            ("signed_in", lambda _i: self._update_review_action()),
        ):
            signal = getattr(controller, name, None)
            if signal is not None:
                signal.connect(slot)
        self._update_sync_actions()

    def _on_progress(self, done: int, total: int, _bytes: int) -> None:
        if total:
            self.status.showMessage(
                self.tr("Syncing %1 of %2").replace("%1", str(done)).replace("%2", str(total)),
                2000,
            )

    def _sync_call(self, name: str, *args: Any) -> None:
        method = getattr(self.sync, name, None) if self.sync is not None else None
        if callable(method):
            method(*args)
        else:
            self.status.showMessage(self.tr("Sync is not available in this version."), 5000)

    def _update_sync_actions(self, state: str | None = None) -> None:
        """Sync actions need a controller; Sign out needs an account, Cancel sync a running
        sync (``state``: the controller's, as its ``state_changed`` tells)."""
        present = self.sync is not None
        if state is None:
            state = str(getattr(self.sync, "state", "signed_out")) if present else "signed_out"
        keys = ("sign_in", "sign_out", "sync_now", "take_offline", "cancel_sync", "sync_problems")
        for key in keys:
            self.actions_[key].setEnabled(present)
        self.actions_["sign_out"].setEnabled(present and state != "signed_out")
        self.actions_["cancel_sync"].setEnabled(present and state == "syncing")
        self._update_review_action()

    # -- statistics and QA review -------------------------------------------------------
    def show_statistics(self) -> Any:
        """Opens the project statistics window for the project chosen in the task list."""
        from annotator_desktop.ui.stats import show_statistics

        project = self.task_list.project_box.currentData() or ""
        self.stats_view = show_statistics(
            self, self.worker, getattr(self, "store", None), self.sync, project
        )
        return self.stats_view

    def _on_labelstudio(self) -> bool:
        """Whether the account in use is on a Label Studio server (no QA review, no leases)."""
        account = getattr(self.sync, "account", None) if self.sync is not None else None
        signed_in = getattr(self.sync, "state", "") != "signed_out"
        return signed_in and getattr(account, "server_kind", "") == "labelstudio"

    def _update_review_action(self) -> None:
        from annotator_desktop.ui.review.launch import update_review_action

        update_review_action(self)
        labelstudio = self._on_labelstudio()
        self.ls_banner.set_labelstudio(labelstudio)
        if labelstudio:  # where the menu would be: disabled, with the reason in its text
            action = self.actions_["review"]
            action.setEnabled(False)
            action.setText(self.tr("&Review submissions (not on Label Studio servers)"))
            action.setToolTip(self._no_review_text())
            action.setStatusTip(self._no_review_text())
        else:
            self.actions_["review"].setText(self.actions_.texts()["review"][0])

    def _no_review_text(self) -> str:
        return self.tr("QA review is not available on Label Studio servers.")

    def open_review(self) -> Any:
        """Opens the review window (QA leads only); says why in the status bar when it cannot."""
        from annotator_desktop.ui.review.launch import open_review

        if self._on_labelstudio():
            self.status.showMessage(self._no_review_text(), 8000)
            return None
        return open_review(self)

    # -- dialogs ------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from annotator_desktop.ui.shortcut_sheet import ShortcutSheet, collect_actions

        pane = self.host.pane
        extra: list[QAction] = pane.pane_actions() if pane is not None else []
        rows = collect_actions(self.menus.all_menus(), extra)
        self.shortcut_sheet = ShortcutSheet(
            rows, self.menus.pane_menu.title().replace("&", ""), self
        )
        self.shortcut_sheet.open()

    def show_settings(self) -> None:
        from annotator_desktop.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.values()))
        self.settings_dialog = dialog
        dialog.open()

    def apply_settings(self, new: Settings) -> None:
        from annotator_desktop.ui.theme import apply_theme

        old = self.settings
        self.settings = new
        if new.language != old.language and self.translations is not None:
            from annotator_desktop.ui.i18n import resolve_language

            self.translations.apply(resolve_language(None, new.language))
        if new.theme != old.theme:
            apply_theme(QApplication.instance(), new.theme)  # type: ignore[arg-type]
        self.session.autosaver.set_interval(new.autosave_ms)
        self.save_settings()
        self.settings_changed.emit(new)

    def show_about(self) -> None:
        try:
            from annotator_desktop.ui.about_dialog import show_about
        except ImportError:
            self.status.showMessage("annotator-desktop", 5000)
            return
        show_about(self)

    def open_folder(self, folder: Path | None) -> None:
        from annotator_desktop.ui.dialogs.open_folder import OpenFolderFlow

        self.open_flow = OpenFolderFlow(self, self.worker, getattr(self, "store", None))
        self.open_flow.done.connect(self._opened_folder)
        self.open_flow.start(folder)

    def _opened_folder(self, project_id: str) -> None:
        def select_first() -> None:
            self.list_refreshed.disconnect(select_first)
            from annotator_desktop.ui.task_list_model import TaskFilter

            self.task_list.set_filter(TaskFilter(project_id=project_id))
            first = self.task_list.model.task_at(0)
            if first is not None:
                self.task_list.select_task(first.id)

        self.list_refreshed.connect(select_first)
        self.refresh_list()

    # -- state, language, close ---------------------------------------------------------
    def restore_window_state(self) -> None:
        s = self.settings
        if s.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(s.window_geometry.encode()))
        if s.window_state:
            self.restoreState(QByteArray.fromBase64(s.window_state.encode()))
        layout_memory.load(s.pane_splitters)
        if len(s.splitter_sizes) == 2 and all(v >= 0 for v in s.splitter_sizes):
            self.splitter.setSizes(s.splitter_sizes)
        else:
            self.splitter.setSizes([360, 840])

    def capture_window_state(self) -> None:
        s = self.settings
        s.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        s.window_state = bytes(self.saveState().toBase64().data()).decode()
        s.splitter_sizes = list(self.splitter.sizes())
        s.pane_splitters = layout_memory.dump()

    def save_settings(self) -> None:
        if self.settings_file is None:
            return
        from annotator_desktop.core.settings import save

        try:
            save(self.settings, self.settings_file)
        except OSError as exc:
            log.error("settings not saved: %s", exc)

    def _show_active(self, _seconds: float | None) -> None:
        timer = self.session.timer
        self.status.set_active_seconds(timer.seconds() if timer.running else None)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("annotator-desktop"))
        self.actions_.retranslate()
        self._update_review_action()
        self.menus.retranslate()
        self.task_list.retranslate()
        self.host.retranslate()
        self.status.retranslate()
        self.splitter.setAccessibleName(self.tr("Tasks and editor"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.LayoutDirectionChange:
            self.actions_.update_icons(self)  # previous/next arrows point the other way
        super().changeEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.session.leave_task()
        try:
            self.worker.flush_db()  # waiting is right here: the draft must be on disk
        except Exception as exc:
            log.error("flush on close failed: %s", exc)
        self.session.shutdown()
        self.refresher.store = self.progress.store = self.search.store = None  # no more reads
        self.exporter.stop()
        review = getattr(self, "review_window", None)
        if review is not None:
            review.close()
        if self.sync is not None and hasattr(self.sync, "stop"):
            self.sync.stop()
        self.capture_window_state()
        self.save_settings()
        super().closeEvent(event)


def _history(pane: TaskPane | None) -> QUndoStack | QTextEdit | None:
    """What Edit ▸ Undo/Redo act on: the pane's undo stack, else its text editor's own history."""
    if pane is None:
        return None
    stack = pane.undo_stack()
    return stack if stack is not None else pane.undo_editor()

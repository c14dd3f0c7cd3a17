"""Opening, autosaving, submitting and skipping tasks: the main window's task workflow."""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from annotator_desktop.core.changes import Changes
from annotator_desktop.ui.active_time import ActiveTimer, InputWatcher
from annotator_desktop.ui.changes_hub import ChangesHub
from annotator_desktop.ui.drafts import DraftAutosaver
from annotator_desktop.ui.pane_host import (
    READ_ONLY_STATES,
    VERDICT_TASK_STATES,
    LoadedTask,
    PaneHost,
    load_task,
)
from annotator_desktop.ui.panes.base import TaskPane
from annotator_desktop.ui.task_list import TaskList
from annotator_desktop.ui.worker import Worker

log = logging.getLogger(__name__)
LAST_TASK_KEY = "ui.last_task"


class TaskSession(QObject):
    """Connects the task list, the pane host, draft autosave and active time."""

    task_opened = Signal(str)
    editable_changed = Signal(bool)  # the open task can be worked on (Submit, Skip, clock)
    submitted = Signal(str)
    prepared = Signal(str)  # the next task's pane pre-built it (tests wait for this)
    message = Signal(str)

    def __init__(
        self,
        window: QWidget,
        worker: Worker,
        task_list: TaskList,
        host: PaneHost,
        autosave_ms: int,
        timer: ActiveTimer | None = None,
        hub: ChangesHub | None = None,
    ) -> None:
        super().__init__(window)
        self.hub = hub or ChangesHub(self)
        self._window = window
        self._worker = worker
        self._list = task_list
        self._host = host
        self.store: Any = None
        self.timer = timer or ActiveTimer(parent=self)
        self.autosaver = DraftAutosaver(worker, None, autosave_ms, self)
        self.autosaver.recorded.connect(self.publish)  # the list repaints a new task's state
        self.autosaver.failed.connect(self._on_save_failed)
        # Installed when the first task opens: an app-wide filter sees every widget, and
        # PySide6 builds the Python type of each (about 35 ms of enums) before the first paint.
        self._watcher = InputWatcher(self.timer, host, self)
        self._watching = False
        host.changed.connect(self._on_changed)
        host.edit_again_requested.connect(self.edit_again)
        host.activity.connect(self.timer.poke)
        task_list.task_activated.connect(self.open_task)
        task_list.list_replaced.connect(self._on_list_replaced)
        self._pending_open = ""
        self._loading = ""
        self._focus_pane_for = ""  # opened by Next / Previous task: the pane takes the keyboard
        self._closed = False
        self.current_task = ""
        self.current_state = ""  # the task state the open task was loaded in
        self.read_only = False
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(lambda: self.timer.ticked.emit(self.timer.seconds()))
        self._tick.start()

    def publish(self, changes: Changes) -> None:
        """Hands an operation's record to the one change signal."""
        self.hub.publish(changes)

    def _watch_input(self) -> None:
        app = QApplication.instance()
        if not self._watching and app is not None:
            app.installEventFilter(self._watcher)
            self._watching = True

    def shutdown(self) -> None:
        self._closed = True
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self._watcher)
        self._tick.stop()

    def set_store(self, store: Any) -> None:
        self.store = store
        self.autosaver.set_store(store)
        if self._pending_open:
            task_id, self._pending_open = self._pending_open, ""
            self.open_task(task_id)

    # -- opening ------------------------------------------------------------------------
    def open_task(self, task_id: str) -> None:
        """Flushes the current draft, then loads ``task_id`` off the UI thread."""
        if not task_id or (task_id == self.current_task and not self._loading):
            return
        if self.store is None:
            self._pending_open = task_id
            return
        self._load(task_id)

    def _load(self, task_id: str) -> None:
        self.leave_task()
        self._loading = task_id
        store = self.store
        self._worker.run_db(
            lambda: load_task(store, task_id),
            lambda found: self._show(task_id, found),
            lambda exc: self._open_failed(task_id, exc),
        )

    def _show(self, task_id: str, found: LoadedTask | None) -> None:
        if self._closed or self._loading != task_id:
            return  # the user moved on while this loaded
        self._loading = ""
        if found is None:
            self.message.emit(
                self.tr("The task %1 is no longer in the cache.").replace("%1", task_id)
            )
            return
        ctx = found.ctx
        try:
            pane = self._host.show_task(ctx, read_only=found.read_only, verdict=found.verdict)
        except Exception:
            log.exception("pane failed to load %s", task_id)
            self.message.emit(self.tr("This task could not be shown."))
            return
        self.current_task = task_id
        self.current_state = found.state
        self.read_only = found.read_only
        self._host.show_revision(found.state, found.versions, found.skip_reason)
        self._watch_input()
        _clear_history(pane)  # a newly opened task starts with no undo (a submitted one too)
        if found.read_only:
            self.timer.stop()  # nothing to work on: no active time
        else:
            self.timer.start(found.active_seconds)
            # A pane may keep more in its draft than its result (bbox: which boxes are proposals).
            snapshot = getattr(pane, "draft", None) or pane.result
            self.autosaver.bind(
                task_id, snapshot, self.timer.seconds, has_draft=ctx.draft is not None
            )
        self.editable_changed.emit(not found.read_only)
        store = self.store
        self._worker.run_db(lambda: _remember(store, task_id))
        if self._list.current_task_id() != task_id:
            self._list.select_task(task_id, emit=False)
        if self._focus_pane_for == task_id:
            self._focus_pane_for = ""
            pane.setFocus(Qt.FocusReason.OtherFocusReason)  # its keys work at once
        self.task_opened.emit(task_id)
        self._prefetch_next(task_id)

    def _prefetch_next(self, task_id: str) -> None:
        """Reads the next task in the list off the UI thread and lets its pane prepare it, so
        that Next task only swaps in what is ready."""
        view = self._list.view
        row = view.currentIndex().row() + 1 if view.currentIndex().isValid() else -1
        task = self._list.model.task_at(row) if row > 0 else None
        if task is None or task.id == task_id or self.store is None:
            return
        pane = self._host.panes().get(task.kind)
        if pane is None or type(pane).prepare is TaskPane.prepare:
            return  # a kind not shown yet, or a pane with nothing to prepare: no read
        store, next_id = self.store, task.id
        self._worker.run_db(
            lambda: load_task(store, next_id),
            lambda found: self._prepare(pane, task_id, found),
        )

    def _prepare(self, pane: Any, shown: str, found: LoadedTask | None) -> None:
        if self._closed or found is None or self.current_task != shown:
            return  # the user moved on meanwhile
        try:
            pane.prepare(found.ctx)
        except Exception:  # a hint only: the real load reports problems
            log.exception("preparing %s failed", found.ctx.task_id)
        self.prepared.emit(found.ctx.task_id)

    def _on_list_replaced(self) -> None:
        """A sync changed the open task's state (a verdict came in): reload it in place."""
        task_id = self.current_task
        if not task_id or self._loading or self.store is None:
            return
        state = self._list.model.state_of(task_id)
        if state not in VERDICT_TASK_STATES or state == self.current_state:
            return  # only a verdict reloads: a draft the user is typing is left alone
        self._load(task_id)

    def _open_failed(self, task_id: str, exc: BaseException) -> None:
        self._loading = ""
        log.error("opening %s failed: %s", task_id, exc)
        self.message.emit(self.tr("The task could not be opened: %1").replace("%1", str(exc)))

    def leave_task(self) -> None:
        """Saves the current draft (if anything changed) and stops the clock."""
        if self.current_task:
            self.autosaver.flush()
            self.timer.stop()
            self.autosaver.unbind()
            self.current_task = ""

    def flush(self) -> None:
        self.autosaver.flush()

    def _on_changed(self) -> None:
        self.timer.poke()
        self.autosaver.note_change()

    def _on_save_failed(self, task_id: str, error: str) -> None:
        self.message.emit(self.tr("The draft could not be saved: %1").replace("%1", error))

    # -- submit / skip ------------------------------------------------------------------
    def submit(self) -> None:
        pane = self._host.pane
        task_id = self.current_task
        if pane is None or not task_id or self.store is None:
            return
        if self.read_only:
            self.message.emit(
                self.tr("This task was reviewed and is closed; it cannot be changed.")
            )
            return
        problems = pane.problems()
        if problems:
            self._show_problems(problems)
            return
        result = pane.result()
        seconds = self.timer.seconds()
        self.autosaver.cancel()
        store = self.store
        from annotator_desktop.core import operations

        self._worker.run_db(
            lambda: operations.submit(store, task_id, result, seconds),
            lambda changes: self._submitted(task_id, changes),
            lambda exc: self.message.emit(
                self.tr("The submission could not be saved: %1").replace("%1", str(exc))
            ),
        )

    def _submitted(self, task_id: str, changes: Changes) -> None:
        """``changes`` names the submission's state: a folder project's is done here."""
        self.publish(changes)  # the list, the status bar and the sync controller follow it
        submission_state = next(iter(changes.submissions.values()), "")
        if self.current_task == task_id:
            self.current_state = "submitted"
            self._host.hide_verdict()
        from annotator_desktop.core.store import SubmissionState

        if submission_state == SubmissionState.SUBMITTED_LOCALLY:
            self.message.emit(self.tr("Saved as done in this folder project."))
        else:
            self.message.emit(self.tr("Submitted. It is sent as soon as the server answers."))
        self.submitted.emit(task_id)
        if self.current_task == task_id:
            pane = self._host.pane
            if pane is not None:
                _clear_history(pane)  # the undo history does not survive submission
            if not self.next_task():
                self._load(task_id)  # no more work this way: show it as submitted, read-only

    def edit_again(self) -> None:
        """Edit again on a submitted task: it reopens as a revision (a new draft)."""
        task_id = self.current_task
        if not task_id or self.store is None or self.current_state != "submitted":
            return
        store = self.store
        from annotator_desktop.core import operations

        def reopened(changes: Changes) -> None:
            self.publish(changes)
            self._focus_pane_for = task_id
            self._load(task_id)

        self._worker.run_db(lambda: operations.edit_again(store, task_id), reopened)

    def _show_problems(self, problems: list[str]) -> None:
        box = QMessageBox(self._window)
        box.setObjectName("submitProblems")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Not ready to submit"))
        box.setText(self.tr("Fix these before submitting:"))
        box.setInformativeText("\n".join(f"• {p}" for p in problems))
        box.open()
        self.problems_box = box

    def next_task(self) -> bool:
        """The next task that can be worked on (closed and submitted ones are passed over)."""
        return self._step(+1)

    def previous_task(self) -> bool:
        return self._step(-1)

    def _step(self, delta: int) -> bool:
        """Opens the next or previous task; the pane then takes the keyboard focus (a move in
        the list itself leaves the focus there, so the arrow keys keep walking the list)."""
        moved = self._list.step(delta, READ_ONLY_STATES if delta > 0 else frozenset())
        if moved:
            self._focus_pane_for = self._list.current_task_id()
        return moved

    def skip(self) -> None:
        """Skip asks why (one key, see SkipDialog); Esc leaves everything as it was."""
        task_id = self.current_task
        if self._host.pane is None or not task_id or self.store is None:
            return
        if self.read_only:
            self.message.emit(self.tr("This task is closed or submitted; it cannot be skipped."))
            return
        from annotator_desktop.ui.skip_dialog import SkipDialog

        row = self._list.model.row_of(task_id)
        task = self._list.model.task_at(row) if row >= 0 else None
        dialog = SkipDialog(self._window, task.title if task is not None else "")
        dialog.chosen.connect(lambda reason, text: self._record_skip(task_id, reason, text))
        dialog.open()  # deletes itself when closed

    def _record_skip(self, task_id: str, reason: str, text: str) -> None:
        """Keeps what was typed, then records the skip with its reason (and its outbox row)."""
        if self.store is None:
            return
        if self.current_task == task_id:
            self.autosaver.flush()  # queued first on the same database thread
        store = self.store
        from annotator_desktop.core import operations

        self._worker.run_db(
            lambda: operations.skip(store, task_id, reason, text),
            lambda changes: self._skipped(task_id, changes),
            lambda exc: self.message.emit(
                self.tr("The skip could not be saved: %1").replace("%1", str(exc))
            ),
        )

    def _skipped(self, task_id: str, changes: Changes) -> None:
        self.publish(changes)  # the list marks it; the sync controller pushes at once
        if changes.outbox_grew:
            self.message.emit(self.tr("Skipped. The reason is sent as soon as the server answers."))
        else:
            self.message.emit(self.tr("Skipped. The reason is kept in this folder project."))
        if self.current_task == task_id:
            self.current_state = "skipped"
            if not self.next_task():
                self._load(task_id)  # no more work this way: show it as skipped, read-only


def _clear_history(pane: TaskPane) -> None:
    """Empties the pane's undo history (its stack, or its text editor's own)."""
    stack = pane.undo_stack()
    if stack is not None:
        stack.clear()
    editor = pane.undo_editor()
    if editor is not None:
        editor.document().clearUndoRedoStacks()


def _remember(store: Any, task_id: str) -> None:
    from annotator_desktop.core.store import ops

    ops.set_state(store, LAST_TASK_KEY, task_id)

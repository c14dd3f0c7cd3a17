"""Hosts the task panes: one cached pane per kind, created through the registry."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from annotator_desktop.ui.panes.base import TaskContext, TaskPane


def build_context(store: Any, task_id: str) -> tuple[TaskContext, float] | None:
    """Reads a task, its project and its draft (runs on the database thread).

    Returns the pane context and the draft's active seconds, or None for an unknown task.
    """
    from annotator_desktop.core.paths import assets_dir
    from annotator_desktop.core.store import ops

    task = ops.get_task(store, task_id)
    if task is None:
        return None
    project = ops.get_project(store, task.project_id)
    draft = ops.load_draft(store, task_id)
    ctx = TaskContext(
        task_id=task.id,
        project_id=task.project_id,
        kind=task.kind,
        title=task.title,
        payload=dict(task.payload),
        project_config=dict(project.config) if project else {},
        instructions_md=project.instructions_md if project else "",
        draft=dict(draft.result) if draft and draft.result else None,
        assets_dir=assets_dir(),
        server_errors=_server_errors(store, task_id),
    )
    return ctx, (draft.active_seconds if draft else 0.0)


def _server_errors(store: Any, task_id: str) -> list[dict[str, Any]]:
    from sqlmodel import col, select

    from annotator_desktop.core.store import Submission

    with store.read() as s:
        sub = s.exec(
            select(Submission)
            .where(Submission.task_id == task_id, Submission.origin == "local")
            .order_by(col(Submission.submitted_at).desc())
        ).first()
    return list(sub.errors) if sub and sub.state == "rejected" else []


class PaneHost(QStackedWidget):
    """Shows the current task in the pane for its kind; re-emits the pane's signals."""

    changed = Signal()
    activity = Signal()
    pane_switched = Signal(object)  # the new TaskPane or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHost")
        self._panes: dict[str, TaskPane] = {}
        self._empty = QLabel(self)
        self._empty.setObjectName("emptyPane")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self.addWidget(self._empty)
        self._current: TaskPane | None = None
        self.context: TaskContext | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self._empty.setText(self.tr("Choose a task from the list to start."))
        self.setAccessibleName(self.tr("Task editor"))
        for pane in self._panes.values():
            pane.retranslate()

    @property
    def pane(self) -> TaskPane | None:
        return self._current

    def panes(self) -> dict[str, TaskPane]:
        return dict(self._panes)

    def pane_for(self, kind: str) -> TaskPane:
        """The cached pane for ``kind``, created on first use."""
        pane = self._panes.get(kind)
        if pane is None:
            from annotator_desktop.ui.panes.registry import create_pane

            pane = create_pane(kind, self)
            self._panes[kind] = pane
            self.addWidget(pane)
            pane.changed.connect(self._on_changed)
            pane.activity.connect(self.activity)
        return pane

    def _on_changed(self) -> None:
        if self.sender() is self._current:
            self.changed.emit()

    def show_task(self, ctx: TaskContext, *, read_only: bool = False) -> TaskPane:
        pane = self.pane_for(ctx.kind)
        self.context = ctx
        pane.blockSignals(True)  # loading is not an edit
        try:
            pane.set_read_only(read_only)
            pane.load(ctx)
        finally:
            pane.blockSignals(False)
        self.setCurrentWidget(pane)
        if pane is not self._current:
            self._current = pane
            self.pane_switched.emit(pane)
        return pane

    def clear(self) -> None:
        self.context = None
        self.setCurrentWidget(self._empty)
        if self._current is not None:
            self._current = None
            self.pane_switched.emit(None)

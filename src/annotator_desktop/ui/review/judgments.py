"""Every judgment of one task side by side, read-only (opened from the most split tasks).

Nothing here picks a winner: each annotator's judgment and rationale is shown as given.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget
from sqlmodel import col, select

from annotator_desktop.core.store import Project, Submission, SubmissionState, Task
from annotator_desktop.ui.panes.base import OtherResult, TaskContext
from annotator_desktop.ui.panes.registry import create_pane
from annotator_desktop.ui.worker import Worker


@dataclass
class TaskJudgments:
    """A cached task and the judgments of it this computer holds."""

    context: TaskContext | None
    judgments: list[OtherResult] = field(default_factory=list)


def read_judgments(store: Any, task_id: str, submission_ids: tuple[str, ...]) -> TaskJudgments:
    """The task and its judgments (``submission_ids`` when given, else the newest per
    annotator); run on the database thread."""
    with store.read() as s:
        task = s.get(Task, task_id)
        if task is None:
            return TaskJudgments(None)
        project = s.get(Project, task.project_id)
        query = select(Submission).where(Submission.task_id == task_id)
        rows = list(s.exec(query.order_by(col(Submission.submitted_at))).all())
    if submission_ids:
        wanted = set(submission_ids)
        chosen = [r for r in rows if r.id in wanted]
    else:
        newest: dict[str, Submission] = {}
        for r in rows:
            if r.state != SubmissionState.REJECTED:
                newest[r.annotator_id or r.origin] = r
        chosen = list(newest.values())
    you = QCoreApplication.translate("Statistics", "You")
    judgments = [
        OtherResult(you if r.origin == "local" else (r.annotator_id[:8] or "?"), dict(r.result))
        for r in chosen
    ]
    ctx = TaskContext(
        task_id=task.id, project_id=task.project_id, kind=task.kind, title=task.title,
        payload=dict(task.payload), project_config=dict(project.config) if project else {},
        draft={},
    )  # fmt: skip
    return TaskJudgments(ctx, judgments)


class JudgmentsDialog(QDialog):
    """A task read-only with every judgment beside it; ``loaded`` when shown."""

    loaded = Signal(object)

    def __init__(self, worker: Worker, store: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("judgmentsDialog")
        self.worker, self.store = worker, store
        self.note = QLabel(self)
        self.note.setObjectName("judgmentsNote")
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setWordWrap(True)
        self.pane: Any = None
        self._layout = QVBoxLayout(self)
        self._layout.addWidget(self.note)
        self.setWindowTitle(QCoreApplication.translate("Statistics", "Every judgment of a task"))
        self.resize(1200, 900)

    def open_task(self, task_id: str, submission_ids: tuple[str, ...] = ()) -> None:
        store = self.store
        self.note.setText(QCoreApplication.translate("Statistics", "Loading…"))
        self.worker.run_db(lambda: read_judgments(store, task_id, submission_ids), self._show)

    def _show(self, data: TaskJudgments) -> None:
        ctx = data.context
        if ctx is None:
            self.note.setText(
                QCoreApplication.translate("Statistics", "This task is not in the cache.")
            )
            self.loaded.emit(data)
            return
        if self.pane is None or self.pane.kind != ctx.kind:
            if self.pane is not None:
                self.pane.deleteLater()
            self.pane = create_pane(ctx.kind, self)
            self._layout.addWidget(self.pane, 1)
        self.pane.load(ctx)
        self.pane.set_read_only(True)
        self.pane.show_others(data.judgments)
        self.note.setText(
            QCoreApplication.translate(
                "Statistics", "%n judgment(s) of this task, side by side; none is \"the\" answer.",
                "", len(data.judgments),
            )
        )  # fmt: skip
        self.loaded.emit(data)

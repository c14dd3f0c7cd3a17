"""Hosts the task panes: one cached pane per kind, created through the registry.

Above the pane, a non-modal banner shows the QA verdict on the user's work.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from annotator_desktop.core.store.rows import VERDICT_TASK_STATE
from annotator_desktop.ui.panes.base import TaskContext, TaskPane
from annotator_desktop.ui.widgets.verdict_text import VerdictInfo

if TYPE_CHECKING:
    from annotator_desktop.ui.widgets.revision_bar import RevisionBar
    from annotator_desktop.ui.widgets.verdict_banner import VerdictBanner

# Task states after a final verdict: the task opens read-only.
CLOSED_STATES = frozenset({"accepted", "rejected"})
# Task states that open read-only: closed by a verdict, submitted (Edit again reopens it), or
# skipped. Next task and auto-advance pass over them.
READ_ONLY_STATES = CLOSED_STATES | {"submitted", "skipped"}
# Task states after any verdict: the task opens from the reviewed submission.
VERDICT_TASK_STATES = frozenset(VERDICT_TASK_STATE.values())


@dataclass
class LoadedTask:
    """What opening a task needs, read on the database thread."""

    ctx: TaskContext
    active_seconds: float
    state: str
    verdict: VerdictInfo | None
    read_only: bool
    versions: int = 0  # how many times the user submitted this task
    skip_reason: str = ""  # why the user skipped it (a skipped task)


def build_context(store: Any, task_id: str) -> tuple[TaskContext, float] | None:
    """Reads a task, its project and its draft (runs on the database thread).

    Returns the pane context and the draft's active seconds, or None for an unknown task.
    """
    built = _build(store, task_id)
    if built is None:
        return None
    ctx, _task, draft, _latest = built
    return ctx, (draft.active_seconds if draft else 0.0)


def _build(store: Any, task_id: str) -> tuple[TaskContext, Any, Any, Any] | None:
    """The pane context plus the task, draft and newest own submission it was made from
    (None: unknown task)."""
    from annotator_desktop.core.paths import assets_dir
    from annotator_desktop.core.store import ops

    task = ops.get_task(store, task_id)
    if task is None:
        return None
    project = ops.get_project(store, task.project_id)
    draft = ops.load_draft(store, task_id)
    latest = _latest_own(store, task_id)
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
        server_errors=_server_errors(latest),
    )
    return ctx, task, draft, latest


def load_task(store: Any, task_id: str) -> LoadedTask | None:
    """The task's context plus its verdict (runs on the database thread).

    After a verdict the pane starts from the reviewed submission unless the user has edited
    since (a newer draft); accepted and rejected tasks open read-only.
    """
    built = _build(store, task_id)
    if built is None:
        return None
    ctx, task, draft, latest = built
    seconds = draft.active_seconds if draft else 0.0
    state = str(task.state)
    verdict = _verdict(store, task_id, latest)
    if state in VERDICT_TASK_STATES and latest is not None:
        newer_draft = (
            draft is not None
            and draft.updated_at is not None
            and latest.submitted_at is not None
            and draft.updated_at > latest.submitted_at
        )
        if not newer_draft or state in CLOSED_STATES:
            ctx.draft = dict(latest.result)
    versions = _own_versions(store, task_id) if latest is not None else 0
    loaded = LoadedTask(ctx, seconds, state, verdict, state in READ_ONLY_STATES, versions)
    if state == "skipped":
        from annotator_desktop.core.store.opening import latest_skip

        skip = latest_skip(store, task_id)
        loaded.skip_reason = skip.reason if skip is not None else ""
    return loaded


def _own_versions(store: Any, task_id: str) -> int:
    from annotator_desktop.core.store.opening import own_versions

    return own_versions(store, task_id)


def _latest_own(store: Any, task_id: str) -> Any:
    """The user's newest submission of the task, or None."""
    from annotator_desktop.core.store.opening import latest_own_submission

    return latest_own_submission(store, task_id)


def _verdict(store: Any, task_id: str, latest: Any) -> VerdictInfo | None:
    """The newest verdict on any of the user's own submissions of the task."""
    from annotator_desktop.core.store.opening import newest_own_review, person_name

    review = newest_own_review(store, task_id)
    if review is None or not review.verdict:
        return None
    name = person_name(store, review.reviewer_id)
    return VerdictInfo(
        verdict=review.verdict, comment=review.comment, reviewer_id=review.reviewer_id,
        created_at=review.created_at, reviewer_name=name,
        current=latest is None or review.submission_id == latest.id,
    )  # fmt: skip


def _server_errors(latest: Any) -> list[dict[str, Any]]:
    """The field errors of a refused submission, ``msg`` in the user's language (by ``code``)."""
    from annotator_desktop.ui.server_messages import translate_field_errors

    if latest is None or latest.state != "rejected":
        return []
    return translate_field_errors(list(latest.errors))


class PaneHost(QWidget):
    """Shows the current task in the pane for its kind; re-emits the pane's signals."""

    changed = Signal()
    activity = Signal()
    pane_switched = Signal(object)  # the new TaskPane or None
    edit_again_requested = Signal()  # the revision bar's Edit again

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paneHost")
        self._panes: dict[str, TaskPane] = {}
        self._banner: VerdictBanner | None = None  # built when the first verdict shows
        self._revision: RevisionBar | None = None  # built when a submitted task first shows
        self.stack = QStackedWidget(self)
        self.stack.setObjectName("paneStack")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.stack, 1)
        self._empty = QLabel(self.stack)
        self._empty.setObjectName("emptyPane")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        self.stack.addWidget(self._empty)
        self._current: TaskPane | None = None
        self.context: TaskContext | None = None
        self.read_only = False
        self._no_tasks = False
        self.retranslate()

    def set_no_tasks(self, none: bool) -> None:
        """With no task in the list, the empty pane says how to get some, not to choose one."""
        if none != self._no_tasks:
            self._no_tasks = none
            self.retranslate()

    def retranslate(self) -> None:
        if self._no_tasks:
            self._empty.setText(
                self.tr(
                    "No tasks yet. Sign in to a task server (Sync ▸ Sign in…) or open a folder "
                    "of images (File ▸ Open folder…)."
                )
            )
        else:
            self._empty.setText(self.tr("Choose a task from the list to start."))
        self.setAccessibleName(self.tr("Task editor"))
        if self._banner is not None:
            self._banner.retranslate()
        for pane in self._panes.values():
            pane.retranslate()

    def currentWidget(self) -> QWidget | None:
        return self.stack.currentWidget()

    @property
    def banner(self) -> VerdictBanner:
        """The verdict banner above the pane (made on first use: it is not needed to start)."""
        if self._banner is None:
            from annotator_desktop.ui.widgets.verdict_banner import VerdictBanner

            self._banner = VerdictBanner(self)
            self._layout.insertWidget(0, self._banner)
        return self._banner

    def show_verdict(self, info: VerdictInfo | None) -> None:
        """Shows (or, with None, hides) the verdict banner above the pane."""
        if info is not None or self._banner is not None:
            self.banner.set_verdict(info)

    @property
    def revision_bar(self) -> RevisionBar:
        """The "submitted / revision" bar above the pane (made on first use)."""
        if self._revision is None:
            from annotator_desktop.ui.widgets.revision_bar import RevisionBar

            self._revision = RevisionBar(self)
            self._revision.edit_again.connect(self.edit_again_requested)
            self._layout.insertWidget(0, self._revision)
        return self._revision

    def show_revision(self, state: str, versions: int, skip_reason: str = "") -> None:
        """Says whether the task is submitted (read-only, Edit again), a revision, or skipped."""
        if versions > 0 or state == "skipped" or self._revision is not None:
            self.revision_bar.set_state(state, versions, skip_reason)

    def hide_verdict(self) -> None:
        """Hides the banner for now (it shows again with the next verdict)."""
        if self._banner is not None:
            self._banner.hide()

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

            pane = create_pane(kind, self.stack)
            self._panes[kind] = pane
            self.stack.addWidget(pane)
            pane.changed.connect(self._on_changed)
            pane.activity.connect(self.activity)
        return pane

    def _on_changed(self) -> None:
        if self.sender() is self._current:
            self.changed.emit()

    def show_task(
        self, ctx: TaskContext, *, read_only: bool = False, verdict: VerdictInfo | None = None
    ) -> TaskPane:
        pane = self.pane_for(ctx.kind)
        self.context = ctx
        self.read_only = read_only
        self.show_verdict(verdict)
        pane.blockSignals(True)  # loading is not an edit
        try:
            pane.set_read_only(read_only)
            pane.load(ctx)
        finally:
            pane.blockSignals(False)
        self.stack.setCurrentWidget(pane)
        if pane is not self._current:
            self._current = pane
            self.pane_switched.emit(pane)
        return pane

    def clear(self) -> None:
        self.context = None
        self.read_only = False
        self.show_verdict(None)
        self.show_revision("", 0)
        self.stack.setCurrentWidget(self._empty)
        if self._current is not None:
            self._current = None
            self.pane_switched.emit(None)

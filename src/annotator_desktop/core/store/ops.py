"""Operations on the cache that several parts of the app share: drafts, submit, skip, task rows."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlmodel import Session, col, select

from annotator_desktop.core.store.db import Store
from annotator_desktop.core.store.models import (
    Assignment,
    Draft,
    Outbox,
    Project,
    Skip,
    Submission,
    SubmissionState,
    SyncState,
    Task,
    TaskState,
    utcnow,
)
from annotator_desktop.core.store.rows import TaskRow
from annotator_desktop.protocol import API_PREFIX, SkipIn, SkipReason


def task_rows(store: Store) -> list[TaskRow]:
    """Every cached task, in list order, as light rows."""
    with store.read() as s:
        rows = s.exec(
            select(  # type: ignore[call-overload]  # sqlmodel types select() up to 4 columns
                Task.id, Task.project_id, Task.kind, Task.title, Task.state, Task.search_text
            ).order_by(col(Task.project_id), col(Task.position), col(Task.id))
        ).all()
    return [TaskRow(*row) for row in rows]


def get_task(store: Store, task_id: str) -> Task | None:
    with store.read() as s:
        return s.get(Task, task_id)


def get_project(store: Store, project_id: str) -> Project | None:
    with store.read() as s:
        return s.get(Project, project_id)


def load_draft(store: Store, task_id: str) -> Draft | None:
    with store.read() as s:
        return s.get(Draft, task_id)


def save_draft(
    store: Store,
    task_id: str,
    result: dict[str, Any],
    active_seconds: float,
    *,
    started_at: datetime | None = None,
) -> Draft:
    """Upserts the task's draft in one write transaction; a new task becomes a draft."""
    now = utcnow()
    with store.write() as s:
        draft = s.get(Draft, task_id)
        if draft is None:
            draft = Draft(task_id=task_id, started_at=started_at or now)
        draft.result = result
        draft.active_seconds = active_seconds
        draft.updated_at = now
        draft.revision += 1
        draft.assignment_id = draft.assignment_id or _active_assignment_id(s, task_id)
        s.add(draft)
        task = s.get(Task, task_id)
        if task is not None and task.state == TaskState.NEW:
            task.state = TaskState.DRAFT
            s.add(task)
    return draft


def _active_assignment(s: Session, task_id: str) -> Assignment | None:
    return s.exec(
        select(Assignment)
        .where(Assignment.task_id == task_id)
        .order_by(col(Assignment.lease_epoch).desc())
    ).first()


def _active_assignment_id(s: Session, task_id: str) -> str | None:
    assignment = _active_assignment(s, task_id)
    return assignment.id if assignment else None


def submit(
    store: Store,
    task_id: str,
    result: dict[str, Any],
    active_seconds: float,
    *,
    annotator_id: str = "",
    submission_id: str | None = None,
) -> Submission:
    """Writes the submission and, for a server's task, its outbox row, in one transaction; the
    draft is kept. A folder project's submission is done here (``submitted_locally``): it has
    no server to go to, so it never enters the outbox."""
    now = utcnow()
    sub_id = submission_id or str(uuid.uuid4())
    with store.write() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise KeyError(task_id)
        project = s.get(Project, task.project_id)
        for_server = project is None or project.source == "server"
        assignment = _active_assignment(s, task_id)
        draft = s.get(Draft, task_id)
        started = draft.started_at if draft and draft.started_at else now
        sub = Submission(
            id=sub_id,
            task_id=task_id,
            assignment_id=assignment.id if assignment else "",
            annotator_id=annotator_id,
            lease_epoch=assignment.lease_epoch if assignment else 0,
            result=result,
            started_at=started,
            submitted_at=now,
            active_seconds=active_seconds,
            state=SubmissionState.QUEUED if for_server else SubmissionState.SUBMITTED_LOCALLY,
        )
        s.add(sub)
        if for_server:
            s.add(
                Outbox(
                    entity="submission",
                    ref_id=sub_id,
                    path=f"{API_PREFIX}/submissions/{sub_id}",
                    body={
                        "assignment_id": sub.assignment_id,
                        "task_id": task_id,
                        "lease_epoch": sub.lease_epoch,
                        "result": result,
                        "started_at": started.isoformat(),
                        "submitted_at": now.isoformat(),
                        "active_seconds": active_seconds,
                    },
                    next_attempt_at=now,
                    created_at=now,
                )
            )
        task.state = TaskState.SUBMITTED
        s.add(task)
    return sub


def skip(
    store: Store, task_id: str, reason: str, text: str = "", *, skip_id: str | None = None
) -> Skip:
    """Records that the user skipped the task and why, and (for a server's task) its outbox row
    ``PUT /skips/{id}``, in one transaction. The task becomes ``skipped`` and its lease is given
    back here (the server ends it when the skip arrives); the draft is kept. A folder project's
    skip is recorded here only (``local``). ValueError when the reason or text is not valid
    (``other`` needs a text)."""
    now = utcnow()
    sid = skip_id or str(uuid.uuid4())
    why = SkipReason(reason)
    with store.write() as s:
        task = s.get(Task, task_id)
        if task is None:
            raise KeyError(task_id)
        project = s.get(Project, task.project_id)
        for_server = project is None or project.source == "server"
        lease = _active_assignment(s, task_id)
        wire = SkipIn(
            task_id=task_id, assignment_id=lease.id if lease else None, reason=why, text=text,
            skipped_at=now,
        )  # fmt: skip
        row = Skip(
            id=sid, task_id=task_id, assignment_id=wire.assignment_id, reason=why.value,
            text=wire.text, skipped_at=now, state="queued" if for_server else "local",
        )  # fmt: skip
        s.add(row)
        if for_server:
            body = wire.model_dump(mode="json", exclude_none=True)
            s.add(Outbox(
                entity="skip", ref_id=sid, path=f"{API_PREFIX}/skips/{sid}", body=body,
                next_attempt_at=now, created_at=now,
            ))  # fmt: skip
        if lease is not None and lease.state == "active":
            lease.state = "released"  # not renewed; the feed's tombstone leaves it so
            s.add(lease)
        task.state = TaskState.SKIPPED
        s.add(task)
    return row


def get_state(store: Store, key: str, default: str = "") -> str:
    with store.read() as s:
        row = s.get(SyncState, key)
        return row.value if row else default


def set_state(store: Store, key: str, value: str) -> None:
    with store.write() as s:
        row = s.get(SyncState, key) or SyncState(key=key)
        row.value = value
        s.add(row)


def revising(s: Session, task: Task, since: datetime | None) -> bool:
    """Whether the task is a draft touched after ``since`` (a submission's time): the user
    chose Edit again, or edited, after that submission was made. Its late answer (the push's
    outcome, the same submission coming back in the feed) must then not change the task's
    state: the revision would go read-only, and a second Edit again would start it over from
    the submission, dropping what was typed meanwhile."""
    if task.state != TaskState.DRAFT:
        return False
    draft = s.get(Draft, task.id)
    touched = draft.updated_at if draft is not None else None
    return touched is not None and since is not None and touched > since


def reopen_for_edit(store: Store, task_id: str) -> str:
    """Edit again on a submitted task: it becomes a draft again, starting from the newest own
    submission; the submissions stay. Returns the new task state ("" when the task is not
    submitted, so nothing changed)."""
    with store.write() as s:
        task = s.get(Task, task_id)
        if task is None or task.state != TaskState.SUBMITTED:
            return ""
        latest = s.exec(
            select(Submission)
            .where(Submission.task_id == task_id, Submission.origin == "local")
            .order_by(col(Submission.submitted_at).desc())
        ).first()
        draft = s.get(Draft, task_id) or Draft(task_id=task_id, started_at=utcnow())
        if latest is not None:
            draft.result = dict(latest.result)
            draft.active_seconds = latest.active_seconds
        draft.updated_at = utcnow()
        draft.revision += 1
        s.add(draft)
        task.state = TaskState.DRAFT
        s.add(task)
    return TaskState.DRAFT.value

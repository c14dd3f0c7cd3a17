"""Applying server objects to the cache (used by the change feed and by checkout).

Server data is untrusted: unknown shapes are skipped, never crash the apply. Local work is never
dropped: a task with a draft or a submission is kept when the server deletes it, and an assignment
revoked while an unsent draft exists is kept and flagged.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlmodel import Session, col, func, select

from annotator_desktop.core.store import (
    Assignment,
    Draft,
    Project,
    Review,
    Submission,
    SubmissionState,
    Task,
    TaskState,
)
from annotator_desktop.core.store.models import Person
from annotator_desktop.core.store.ops import revising
from annotator_desktop.core.store.rows import VERDICT_TASK_STATE

VERDICT_STATE = {verdict: TaskState(state) for verdict, state in VERDICT_TASK_STATE.items()}
SUBMISSION_VERDICT = {
    "accepted": TaskState.ACCEPTED,
    "rejected": TaskState.REJECTED,
    "needs_changes": TaskState.NEEDS_CHANGES,
}
ENDED = ("released", "revoked", "superseded", "expired")


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def upsert_project(s: Session, data: dict[str, Any]) -> str:
    row = s.get(Project, str(data["id"])) or Project(id=str(data["id"]), name="", kind="")
    row.name = str(data.get("name") or row.name or row.id)
    row.kind = str(data.get("kind") or row.kind)
    row.instructions_md = str(data.get("instructions_md") or "")
    config = data.get("config")
    row.config = config if isinstance(config, dict) else {}
    row.source = "server"
    s.add(row)
    return row.id


def _next_position(s: Session, project_id: str) -> int:
    top = s.exec(select(func.max(Task.position)).where(Task.project_id == project_id)).one()
    return int(top or 0) + 1


def upsert_task(s: Session, data: dict[str, Any]) -> str:
    task_id = str(data["id"])
    row = s.get(Task, task_id)
    if row is None:
        project_id = str(data.get("project_id", ""))
        has_draft = s.get(Draft, task_id) is not None
        row = Task(
            id=task_id, project_id=project_id, kind=str(data.get("kind", "")),
            state=TaskState.DRAFT if has_draft else TaskState.NEW,
            position=_next_position(s, project_id),
        )  # fmt: skip
    row.project_id = str(data.get("project_id") or row.project_id)
    row.kind = str(data.get("kind") or row.kind)
    row.title = str(data.get("title") or "")
    payload = data.get("payload")
    row.payload = payload if isinstance(payload, dict) else {}
    row.updated_at = datetime.now(UTC)
    s.add(row)
    return task_id


def has_unsent_work(s: Session, task_id: str) -> bool:
    """A draft not yet followed by a submission, or a submission still in the outbox."""
    draft = s.get(Draft, task_id)
    subs = s.exec(select(Submission).where(Submission.task_id == task_id)).all()
    if any(
        sub.state in (SubmissionState.QUEUED, SubmissionState.SENDING, SubmissionState.NEEDS_SIGNIN)
        for sub in subs
    ):
        return True
    if draft is None:
        return False
    newest = max((sub.submitted_at for sub in subs if sub.submitted_at), default=None)
    return newest is None or (draft.updated_at is not None and draft.updated_at > newest)


def upsert_assignment(s: Session, data: dict[str, Any]) -> str:
    assignment_id = str(data.get("assignment_id") or data.get("id"))
    task = data.get("task")
    if isinstance(task, dict):
        upsert_task(s, task)
    task_id = str(data.get("task_id") or (task or {}).get("id", ""))
    row = s.get(Assignment, assignment_id) or Assignment(id=assignment_id, task_id=task_id)
    row.task_id = task_id or row.task_id
    row.project_id = str(data.get("project_id") or (task or {}).get("project_id") or row.project_id)
    row.lease_epoch = int(data.get("lease_epoch", row.lease_epoch) or 0)
    row.expires_at = _time(data.get("expires_at")) or row.expires_at
    state = str(data.get("state") or "active")
    set_assignment_state(s, row, state)
    return assignment_id


def set_assignment_state(s: Session, row: Assignment, state: str) -> None:
    """Records a lease's state; an ended lease over unsent work is flagged, never dropped."""
    row.state = state
    if state in ENDED and state != "released" and has_unsent_work(s, row.task_id):
        row.flagged = True
    s.add(row)


def delete_assignment(s: Session, assignment_id: str) -> None:
    row = s.get(Assignment, assignment_id)
    if row is not None and row.state != "released":  # one we gave back (release, skip) stays so
        set_assignment_state(s, row, "revoked")


def delete_task(s: Session, task_id: str) -> None:
    row = s.get(Task, task_id)
    if row is None:
        return
    has_sub = s.exec(select(Submission.id).where(Submission.task_id == task_id)).first()
    if has_sub is None and s.get(Draft, task_id) is None:
        s.delete(row)
        return
    for assignment in s.exec(select(Assignment).where(Assignment.task_id == task_id)).all():
        set_assignment_state(s, assignment, "revoked")


def upsert_submission(s: Session, data: dict[str, Any]) -> str:
    sub_id = str(data["id"])
    row = s.get(Submission, sub_id)
    if row is None:
        result = data.get("result")
        row = Submission(
            id=sub_id, task_id=str(data.get("task_id", "")),
            assignment_id=str(data.get("assignment_id", "")),
            annotator_id=str(data.get("annotator_id", "")),
            lease_epoch=int(data.get("lease_epoch", 0) or 0),
            result=result if isinstance(result, dict) else {},
            started_at=_time(data.get("started_at")), submitted_at=_time(data.get("submitted_at")),
            active_seconds=float(data.get("active_seconds", 0) or 0),
            state=SubmissionState.ACCEPTED, origin="server",
        )  # fmt: skip
    if row.state in (SubmissionState.QUEUED, SubmissionState.SENDING, SubmissionState.NEEDS_SIGNIN):
        row.state = SubmissionState.ACCEPTED  # the server has it: the outbox will hear 200 too
    if data.get("late"):
        row.state = SubmissionState.LATE
    s.add(row)
    verdict = SUBMISSION_VERDICT.get(str(data.get("state", "")))
    task = s.get(Task, row.task_id)
    if (
        task is not None
        and task.state in (TaskState.NEW, TaskState.DRAFT)
        and not revising(s, task, row.submitted_at)
    ):
        task.state = TaskState.LATE if data.get("late") else TaskState.SUBMITTED
        s.add(task)
    if task is not None and verdict is not None:
        task.state = verdict
        s.add(task)
    return row.task_id


def upsert_review(s: Session, data: dict[str, Any]) -> str:
    review_id = str(data["id"])
    sub_id = str(data.get("submission_id", ""))
    sub = s.get(Submission, sub_id)
    task_id = str(data.get("task_id") or (sub.task_id if sub else ""))
    row = s.get(Review, review_id) or Review(id=review_id, submission_id=sub_id, verdict="")
    row.task_id = task_id
    row.reviewer_id = str(data.get("reviewer_id", ""))
    name = str(data.get("reviewer_name") or "")[:200]
    if name and row.reviewer_id:
        s.merge(Person(id=row.reviewer_id, name=name))
    row.verdict = str(data.get("verdict", ""))
    row.comment = str(data.get("comment", ""))
    row.created_at = _time(data.get("created_at"))
    if row.state not in ("local", "queued"):
        row.state = "received"
    s.add(row)
    task = s.get(Task, task_id) if task_id else None
    state = VERDICT_STATE.get(row.verdict)
    if task is not None and state is not None and _review_is_current(s, sub, task_id):
        task.state = state
        s.add(task)
    return task_id


def _review_is_current(s: Session, sub: Submission | None, task_id: str) -> bool:
    """A verdict on an older submission does not overwrite the state of a newer one."""
    if sub is None:
        return True
    newest = s.exec(
        select(Submission)
        .where(Submission.task_id == task_id, Submission.origin == "local")
        .order_by(col(Submission.submitted_at).desc())
    ).first()
    return newest is None or newest.id == sub.id or sub.origin != "local"

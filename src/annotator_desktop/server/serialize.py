"""Table rows to protocol v1 wire models."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol

from annotator_desktop.protocol import (
    Assignment,
    Project,
    ProjectConfig,
    ReviewOut,
    SubmissionOut,
    Task,
    TaskKind,
    User,
    Verdict,
)
from annotator_desktop.server.db import aware
from annotator_desktop.server.models import (
    ProjectRow,
    ReviewRow,
    SubmissionRow,
    UserRow,
)


def user_out(row: UserRow) -> User:
    return User(
        id=row.id, username=row.username, display_name=row.display_name or row.username,
        roles=list(row.roles), locale=row.locale,
    )  # fmt: skip


def project_out(row: ProjectRow) -> Project:
    return Project(
        id=row.id, name=row.name, kind=TaskKind(row.kind), instructions_md=row.instructions_md,
        config=ProjectConfig.model_validate(row.config),
    )  # fmt: skip


class TaskLike(Protocol):
    """What the wire needs of a task: a TaskRow, or a namespace from the submission path's
    driver query (see submissions._check)."""

    id: str
    project_id: str
    payload: dict[str, Any]
    title: str


class AssignmentLike(Protocol):
    id: str
    lease_epoch: int
    expires_at: datetime
    state: str
    project_id: str


def task_out(row: TaskLike, kind: str) -> Task:
    return Task(
        id=row.id, project_id=row.project_id, kind=TaskKind(kind), payload=row.payload,
        title=row.title,
    )  # fmt: skip


def assignment_out(row: AssignmentLike, task: TaskLike, kind: str) -> Assignment:
    expires = aware(row.expires_at)
    assert expires is not None
    return Assignment(
        assignment_id=row.id, task=task_out(task, kind), lease_epoch=row.lease_epoch,
        expires_at=expires, state=row.state, project_id=row.project_id,
    )  # fmt: skip


def assignment_data(row: AssignmentLike, task: TaskLike, kind: str) -> dict[str, Any]:
    return assignment_out(row, task, kind).model_dump(mode="json")


def submission_out(row: SubmissionRow) -> SubmissionOut:
    submitted = aware(row.submitted_at)
    assert submitted is not None
    return SubmissionOut(
        id=row.id, assignment_id=row.assignment_id, task_id=row.task_id,
        annotator_id=row.annotator_id, lease_epoch=row.lease_epoch, result=row.result,
        started_at=aware(row.started_at), submitted_at=submitted,
        active_seconds=row.active_seconds, late=row.late, state=row.state,
        project_id=row.project_id,
    )  # fmt: skip


def review_out(row: ReviewRow, reviewer_name: str = "") -> ReviewOut:
    created = aware(row.created_at)
    assert created is not None
    return ReviewOut(
        id=row.id, submission_id=row.submission_id, reviewer_id=row.reviewer_id,
        verdict=Verdict(row.verdict), comment=row.comment, created_at=created,
        project_id=row.project_id, reviewer_name=reviewer_name,
    )  # fmt: skip

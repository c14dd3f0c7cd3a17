"""Leases: checkout, renew, release, admin revoke / reassign, with lease_epoch fencing."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import select
from sqlmodel import Session

from annotator_desktop.protocol import Entity, ErrorCode, Op
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import ApiError
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.models import AssignmentRow, ProjectRow, TaskRow
from annotator_desktop.server.serialize import assignment_data, task_out

LIVE = ("active", "submitted")


def _tombstone(row: AssignmentRow) -> Pending:
    return Pending(row.user_id, Entity.ASSIGNMENT, Op.DELETE, row.id, {"state": row.state})


def _announce(row: AssignmentRow, task: TaskRow, kind: str) -> list[Pending]:
    task_data = task_out(task, kind).model_dump(mode="json")
    return [
        Pending(row.user_id, Entity.TASK, Op.UPSERT, task.id, task_data),
        Pending(
            row.user_id, Entity.ASSIGNMENT, Op.UPSERT, row.id, assignment_data(row, task, kind)
        ),
    ]


def assign(
    session: Session, project: ProjectRow, task: TaskRow, user_id: str, lease_seconds: int
) -> tuple[AssignmentRow, list[Pending]]:
    """A new lease with the next epoch of ``task``; supersedes expired leases if slots are full."""
    now = utcnow()
    rows = session.scalars(
        select(AssignmentRow).where(
            AssignmentRow.task_id == task.id,
            AssignmentRow.state.in_(LIVE),  # type: ignore[attr-defined]
        )
    ).all()
    pending: list[Pending] = []
    expired = sorted(
        (r for r in rows if r.state == "active" and r.expires_at <= now), key=lambda r: r.expires_at
    )
    excess = len(rows) + 1 - task.overlap
    for old in expired[: max(0, excess)]:
        old.state, old.updated_at = "superseded", now
        session.add(old)
        pending.append(_tombstone(old))
    task.epoch += 1
    session.add(task)
    row = AssignmentRow(
        id=str(uuid.uuid4()), task_id=task.id, project_id=project.id, user_id=user_id,
        lease_epoch=task.epoch, state="active", expires_at=now + timedelta(seconds=lease_seconds),
        created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(row)
    pending.extend(_announce(row, task, project.kind))
    return row, pending


def checkout(
    session: Session, project: ProjectRow, user_id: str, count: int, lease_seconds: int
) -> list[tuple[AssignmentRow, TaskRow]]:
    """Top the caller up to ``count`` leases: their active ones first (renewed), then open tasks.

    A retried checkout therefore returns the same leases instead of taking more.
    """
    session.get(ProjectRow, project.id, with_for_update=True)  # one checkout per project at a time
    now = utcnow()
    assignments = session.scalars(
        select(AssignmentRow).where(
            AssignmentRow.project_id == project.id,
            AssignmentRow.state.in_(LIVE),  # type: ignore[attr-defined]
        )
    ).all()
    tasks = {t.id: t for t in session.scalars(
        select(TaskRow).where(TaskRow.project_id == project.id).order_by(TaskRow.seq_no)  # type: ignore[arg-type]
    ).all()}  # fmt: skip
    pending: list[Pending] = []
    out: list[tuple[AssignmentRow, TaskRow]] = []
    mine = [a for a in assignments if a.user_id == user_id]
    for a in sorted((a for a in mine if a.state == "active"), key=lambda a: a.created_at)[:count]:
        a.expires_at, a.updated_at = now + timedelta(seconds=lease_seconds), now
        session.add(a)
        data = assignment_data(a, tasks[a.task_id], project.kind)
        pending.append(Pending(a.user_id, Entity.ASSIGNMENT, Op.UPSERT, a.id, data))
        out.append((a, tasks[a.task_id]))
    taken = {a.task_id for a in mine}
    live: dict[str, int] = {}
    for a in assignments:
        if a.state == "submitted" or a.expires_at > now:
            live[a.task_id] = live.get(a.task_id, 0) + 1
    for task in tasks.values():
        if len(out) >= count:
            break
        if task.id in taken or live.get(task.id, 0) >= task.overlap:
            continue
        row, more = assign(session, project, task, user_id, lease_seconds)
        pending.extend(more)
        out.append((row, task))
    emit(session, pending)
    return out


def renew(session: Session, row: AssignmentRow, lease_seconds: int) -> AssignmentRow:
    if row.state != "active":
        raise ApiError(409, ErrorCode.LEASE_SUPERSEDED, f"the lease is {row.state}")
    task = session.get(TaskRow, row.task_id)
    project = session.get(ProjectRow, row.project_id)
    assert task is not None and project is not None
    now = utcnow()
    row.expires_at, row.updated_at = now + timedelta(seconds=lease_seconds), now
    session.add(row)
    emit(session, [
        Pending(row.user_id, Entity.ASSIGNMENT, Op.UPSERT, row.id,
                assignment_data(row, task, project.kind)),
    ])  # fmt: skip
    return row


def end(session: Session, row: AssignmentRow, state: str) -> AssignmentRow:
    """Release (by the holder) or revoke (by an admin) an active lease; idempotent."""
    if row.state != "active":
        return row
    row.state, row.updated_at = state, utcnow()
    session.add(row)
    emit(session, [_tombstone(row)])
    return row

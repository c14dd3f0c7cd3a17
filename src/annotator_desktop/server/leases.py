"""Leases: checkout, renew, release, admin revoke / reassign, with lease_epoch fencing."""

from __future__ import annotations

import uuid
from datetime import timedelta

from sqlalchemy import exists, select, update
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from annotator_desktop.protocol import Entity, ErrorCode, Op
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import ApiError
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.models import AssignmentRow, ProjectRow, TaskRow, UserRow
from annotator_desktop.server.serialize import assignment_data, task_out

LIVE = ("active", "submitted")
HELD = (*LIVE, "skipped")  # a task the user has, or skipped: checkout does not give it to them


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


def _live(session: Session, task_ids: list[str]) -> dict[str, list[AssignmentRow]]:
    """The active or submitted assignments of these tasks (one query)."""
    out: dict[str, list[AssignmentRow]] = {t: [] for t in task_ids}
    stmt = select(AssignmentRow).where(
        col(AssignmentRow.task_id).in_(task_ids), col(AssignmentRow.state).in_(LIVE)
    )
    for row in session.scalars(stmt).all():
        out[row.task_id].append(row)
    return out


def assign(
    session: Session,
    project: ProjectRow,
    task: TaskRow,
    user_id: str,
    lease_seconds: int,
    live: list[AssignmentRow] | None = None,
) -> tuple[AssignmentRow, list[Pending]]:
    """A new lease with the next epoch of ``task``; supersedes expired leases if slots are full.

    ``live``: the task's active or submitted assignments when the caller has them already."""
    now = utcnow()
    rows = _live(session, [task.id])[task.id] if live is None else live
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
    task.live_count = len(rows) + 1 - min(len(expired), max(0, excess))  # exact, self-healing
    session.add(task)
    row = AssignmentRow(
        id=str(uuid.uuid4()), task_id=task.id, project_id=project.id, user_id=user_id,
        lease_epoch=task.epoch, state="active", expires_at=now + timedelta(seconds=lease_seconds),
        created_at=now, updated_at=now,
    )  # fmt: skip
    session.add(row)
    pending.extend(_announce(row, task, project.kind))
    return row, pending


def _renew_mine(
    session: Session, project: ProjectRow, user_id: str, count: int, lease_seconds: int
) -> tuple[list[tuple[AssignmentRow, TaskRow]], list[Pending]]:
    """The caller's oldest active leases of the project (at most ``count``), renewed."""
    now = utcnow()
    mine = session.scalars(
        select(AssignmentRow)
        .where(
            col(AssignmentRow.user_id) == user_id, col(AssignmentRow.project_id) == project.id,
            col(AssignmentRow.state) == "active",
        )
        .order_by(col(AssignmentRow.created_at), col(AssignmentRow.id))
        .limit(count)
    ).all()  # fmt: skip
    tasks = {t.id: t for t in session.scalars(
        select(TaskRow).where(col(TaskRow.id).in_([a.task_id for a in mine]))
    ).all()}  # fmt: skip
    out, pending = [], []
    for a in mine:
        a.expires_at, a.updated_at = now + timedelta(seconds=lease_seconds), now
        session.add(a)
        data = assignment_data(a, tasks[a.task_id], project.kind)
        pending.append(Pending(a.user_id, Entity.ASSIGNMENT, Op.UPSERT, a.id, data))
        out.append((a, tasks[a.task_id]))
    return out, pending


def _candidates(session: Session, project: ProjectRow, user_id: str, need: int) -> list[TaskRow]:
    """At most 2 × ``need`` tasks that may have a free slot, by ``seq_no``: open ones (a
    partial index holds only those) and ones with an expired lease (oldest expiry first).
    Rows another checkout holds are skipped (PostgreSQL); SQLite has one writer anyway."""
    held = aliased(AssignmentRow)  # the caller's own live or skipped leases (not the join's)
    mine = (
        exists()
        .where(
            col(held.task_id) == col(TaskRow.id),
            # `|| ''` keeps SQLite off the user_id index: through it, the check read every
            # assignment the user ever had (282 ms per checkout at 100,000 submitted), through
            # (task_id, state) it reads one or two rows per candidate
            col(held.user_id).concat("") == user_id,
            col(held.state).in_(HELD),
        )
        .correlate(TaskRow)
    )
    open_ = (
        select(TaskRow)
        .where(
            col(TaskRow.project_id) == project.id, col(TaskRow.live_count) < col(TaskRow.overlap),
            ~mine,
        )
        .order_by(col(TaskRow.seq_no))
        .limit(need)
        .with_for_update(skip_locked=True)
    )  # fmt: skip
    expired = (
        select(TaskRow)
        .join(AssignmentRow, col(AssignmentRow.task_id) == col(TaskRow.id))
        .where(
            col(AssignmentRow.project_id) == project.id, col(AssignmentRow.state) == "active",
            col(AssignmentRow.expires_at) <= utcnow(),
            col(TaskRow.live_count) >= col(TaskRow.overlap), ~mine,
        )
        .order_by(col(AssignmentRow.expires_at))
        .limit(need)
        .with_for_update(of=TaskRow, skip_locked=True)
    )  # fmt: skip
    found = {t.id: t for t in session.scalars(open_).all()}
    found.update((t.id, t) for t in session.scalars(expired).all())
    return sorted(found.values(), key=lambda t: t.seq_no)


def _has_slot(task: TaskRow, live: list[AssignmentRow]) -> bool:
    now = utcnow()
    return sum(1 for a in live if a.state == "submitted" or a.expires_at > now) < task.overlap


def checkout(
    session: Session, project: ProjectRow, user_id: str, count: int, lease_seconds: int
) -> list[tuple[AssignmentRow, TaskRow]]:
    """Top the caller up to ``count`` leases: their active ones first (renewed), then open tasks.

    A retried checkout therefore returns the same leases instead of taking more. The work is
    bounded by ``count`` (indexed queries with LIMIT), whatever the size of the project; only
    the caller's own row is locked (one checkout per user at a time), never the project.
    """
    session.get(UserRow, user_id, with_for_update=True)
    with session.no_autoflush:  # one flush at the end, not one per query
        out, pending = _renew_mine(session, project, user_id, count, lease_seconds)
        need = count - len(out)
        candidates = _candidates(session, project, user_id, need) if need > 0 else []
        live = _live(session, [t.id for t in candidates])
        for task in candidates:
            if len(out) >= count:
                break
            if not _has_slot(task, live[task.id]):
                continue
            row, more = assign(session, project, task, user_id, lease_seconds, live[task.id])
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
    session.execute(
        update(TaskRow)
        .where(col(TaskRow.id) == row.task_id)
        .values(live_count=col(TaskRow.live_count) - 1)
    )
    emit(session, [_tombstone(row)])
    return row

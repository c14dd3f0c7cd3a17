"""Figures kept up to date inside the write transactions, so that reading them costs the same
at any project size: per-task ``done_count``, per-project task counts, per-task agreement
marks, and the caps on one submission (boxes, characters, versions)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import case, func, select, update
from sqlmodel import Session, col

from annotator_desktop.protocol import FieldError, ProjectConfig
from annotator_desktop.server.models import (
    AssignmentRow,
    ProjectCountsRow,
    SubmissionRow,
    TaskAgreementRow,
    TaskRow,
)
from annotator_desktop.server.rawsql import RawTransaction, Statement

_SUBS = SubmissionRow.__table__.name  # type: ignore[attr-defined]
_TASKS = TaskRow.__table__.name  # type: ignore[attr-defined]
_COUNTS = ProjectCountsRow.__table__.name  # type: ignore[attr-defined]
_AGREE = TaskAgreementRow.__table__.name  # type: ignore[attr-defined]

#: Columns for the submission path's lookup of assignment ``a``: how many submissions the
#: assignment has (``versions``, for the cap) and whether its annotator already has an on-time
#: one for the task (``on_time_before``: then a new one does not move the task's figures).
LOOKUP_COLUMNS = (
    f"(SELECT count(*) FROM {_SUBS} v WHERE v.assignment_id = a.id) AS versions,"
    f" EXISTS (SELECT 1 FROM {_SUBS} o WHERE o.task_id = a.task_id"
    " AND o.annotator_id = a.user_id AND o.late = false) AS on_time_before"
)
BUMP_DONE = Statement(f"UPDATE {_TASKS} SET done_count = done_count + 1 WHERE id = :t")
# After BUMP_DONE, from the task's new done_count: the task completed (done = overlap; it
# leaves "started" unless it was its only annotator) or started (done 1 of 2 or more).
_DONE = f"(SELECT t.done_count FROM {_TASKS} t WHERE t.id = :t)"
_OVERLAP = f"(SELECT t.overlap FROM {_TASKS} t WHERE t.id = :t)"
BUMP_COUNTS = Statement(
    f"UPDATE {_COUNTS} SET"
    f" started = started + CASE WHEN {_DONE} = {_OVERLAP} THEN"
    f" (CASE WHEN {_DONE} > 1 THEN -1 ELSE 0 END) WHEN {_DONE} = 1 THEN 1 ELSE 0 END,"
    f" completed = completed + CASE WHEN {_DONE} = {_OVERLAP} THEN 1 ELSE 0 END"
    f" WHERE project_id = :p AND ({_DONE} = {_OVERLAP} OR {_DONE} = 1)"
)
MARK_DIRTY = Statement(
    f"INSERT INTO {_AGREE} (task_id, project_id, dirty, marks, annotators, pairs, total, skipped,"
    " n_values, value_sum, value_sq_sum, disagreement)"
    " VALUES (:t, :p, :d, 1, 0, 0, 0, 0, 0, 0, 0, 0)"
    f" ON CONFLICT (task_id) DO UPDATE SET dirty = :d, marks = {_AGREE}.marks + 1"
)


def cap_errors(kind: str, config: ProjectConfig, result: dict[str, Any]) -> list[FieldError]:
    """The project's caps on one result: boxes per image, characters per text."""
    errors: list[FieldError] = []
    boxes = result.get("boxes")
    if kind == "bbox" and isinstance(boxes, list) and len(boxes) > config.max_boxes:
        msg = f"{len(boxes)} boxes; this project takes at most {config.max_boxes} per image"
        errors.append(FieldError(loc=["result", "boxes"], code="too_many_boxes", msg=msg))
    for key in ("text_md", "notes", "rationale"):
        text = result.get(key)
        if isinstance(text, str) and len(text) > config.max_text_chars:
            msg = f"{len(text)} characters; at most {config.max_text_chars}"
            errors.append(FieldError(loc=["result", key], code="text_too_long", msg=msg))
    return errors


def bump_done(tx: RawTransaction, task_id: str) -> None:
    """A first on-time submission from an annotator for a task moves the task's
    ``done_count`` (no answer awaited: see RawTransaction.run). Called before the submission's
    other writes: the task row is locked before the assignment row, in the order checkout
    locks them, so that the two never wait for each other."""
    tx.run(BUMP_DONE, {"t": task_id})


def bump_counts(tx: RawTransaction, task_id: str, project_id: str) -> None:
    """After ``bump_done``: the project's counts move by what the task's new ``done_count``
    means. Every submission of the project writes this one row, and its lock is held until
    commit: call this last, just before the feed (whose row is shared too), so that concurrent
    submissions queue only for those two updates and the commit."""
    tx.run(BUMP_COUNTS, {"t": task_id, "p": project_id})


def mark_dirty(tx: RawTransaction, task_id: str, project_id: str) -> None:
    tx.run(MARK_DIRTY, {"t": task_id, "p": project_id, "d": True})


def add_tasks(session: Session, project_id: str, n: int) -> None:
    """``n`` more tasks in the project's counts (the row is made when missing)."""
    row = session.get(ProjectCountsRow, project_id, with_for_update=True)
    if row is None:
        session.add(recount(session, project_id))
        return
    session.execute(
        update(ProjectCountsRow)
        .where(col(ProjectCountsRow.project_id) == project_id)
        .values(tasks=col(ProjectCountsRow.tasks) + n)
    )


def recount(session: Session, project_id: str) -> ProjectCountsRow:
    """The project's counts from its task rows (one scan: for a project made before the counts
    were kept, and for tests)."""
    done, overlap = col(TaskRow.done_count), col(TaskRow.overlap)
    started = case(((done > 0) & (done < overlap), 1), else_=0)
    completed = case((done >= overlap, 1), else_=0)
    stmt = select(
        func.count(), func.coalesce(func.sum(started), 0), func.coalesce(func.sum(completed), 0)
    ).where(col(TaskRow.project_id) == project_id)
    total, n_started, n_completed = session.execute(stmt).one()
    return ProjectCountsRow(
        project_id=project_id, tasks=int(total), started=int(n_started), completed=int(n_completed)
    )


#: For databases made before these figures were kept (the migration runs it once).
BACKFILL_SQL = (
    f"UPDATE {_TASKS} SET"
    f" live_count = (SELECT count(*) FROM {AssignmentRow.__table__.name} a"  # type: ignore[attr-defined]
    f" WHERE a.task_id = {_TASKS}.id AND a.state IN ('active', 'submitted')),"
    f" done_count = (SELECT count(DISTINCT s.annotator_id) FROM {_SUBS} s"
    f" WHERE s.task_id = {_TASKS}.id AND s.late = false)"
)
#: After BACKFILL_SQL: every task with two or more annotators gets its agreement part computed
#: (marked dirty here; the next stats request or the worker computes it).
BACKFILL_AGREEMENT_SQL = (
    f"INSERT INTO {_AGREE} (task_id, project_id, dirty, marks, annotators, pairs, total,"
    " skipped, n_values, value_sum, value_sq_sum, disagreement)"
    f" SELECT id, project_id, true, 1, 0, 0, 0, 0, 0, 0, 0, 0 FROM {_TASKS}"
    " WHERE done_count >= 2"
)

"""Per-task agreement, computed once per new on-time submission, off the request path.

A submission to a task with overlap >= 2 marks the task's ``task_agreement`` row dirty in its
own transaction and hands the task id to :class:`AgreementWorker`, a thread that computes the
task's part after the commit (storing it only if no newer mark came meanwhile).
``GET /projects/{id}/stats`` first computes whatever is still dirty in the project (normally
nothing), then sums the parts with SQL.
"""

from __future__ import annotations

import logging
import queue
import threading
from dataclasses import asdict
from typing import Any

from sqlalchemy import select, update
from sqlmodel import col

from annotator_desktop.core.metrics.task import task_agreement
from annotator_desktop.server.db import Database
from annotator_desktop.server.models import ProjectRow, SubmissionRow, TaskAgreementRow

log = logging.getLogger("annotator_desktop.server")


def compute(db: Database, task_id: str) -> None:
    """Compute and store the task's part if it is marked dirty. The mark is cleared only if no
    submission marked it again meanwhile (``marks`` unchanged), so stats never miss one."""
    with db.read() as session:
        row = session.get(TaskAgreementRow, task_id)
        if row is None or not row.dirty:
            return
        marks = row.marks
        project = session.get(ProjectRow, row.project_id)
        kind = project.kind if project else ""
        latest: dict[str, str] = {}  # annotator -> submission id, latest on-time one
        stmt = (
            select(col(SubmissionRow.annotator_id), col(SubmissionRow.id))
            .where(col(SubmissionRow.task_id) == task_id, col(SubmissionRow.late).is_(False))
            .order_by(col(SubmissionRow.received_at))
        )
        for annotator, sub_id in session.execute(stmt).all():
            latest[annotator] = sub_id
        results: dict[str, Any] = {}
        for annotator, sub_id in latest.items():
            results[annotator] = session.scalar(
                select(col(SubmissionRow.result)).where(col(SubmissionRow.id) == sub_id)
            )
    part = task_agreement(kind, results)
    with db.write() as session:
        session.execute(
            update(TaskAgreementRow)
            .where(col(TaskAgreementRow.task_id) == task_id, col(TaskAgreementRow.marks) == marks)
            .values(dirty=False, **asdict(part))
        )


def refresh_project(db: Database, project_id: str) -> int:
    """Compute every dirty part of the project; how many there were."""
    with db.read() as session:
        stmt = select(col(TaskAgreementRow.task_id)).where(
            col(TaskAgreementRow.project_id) == project_id, col(TaskAgreementRow.dirty).is_(True)
        )
        dirty = list(session.scalars(stmt).all())
    for task_id in dirty:
        compute(db, task_id)
    return len(dirty)


class AgreementWorker(threading.Thread):
    """Computes the parts of the tasks handed to :meth:`submit`, one at a time."""

    def __init__(self, db: Database) -> None:
        super().__init__(name="agreement", daemon=True)
        self.db = db
        self._queue: queue.Queue[str | None] = queue.Queue()

    def submit(self, task_id: str) -> None:
        self._queue.put(task_id)

    def run(self) -> None:
        while (task_id := self._queue.get()) is not None:
            try:
                compute(self.db, task_id)
            except Exception:  # the mark stays: the next stats request computes it
                log.warning("agreement of task %s failed", task_id, exc_info=True)

    def stop(self) -> None:
        self._queue.put(None)
        self.join(timeout=30)

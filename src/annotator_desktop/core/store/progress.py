"""Progress figures for the status bar: a project's done / left, and today's own work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import col, func, select

from annotator_desktop.core.store.db import Store
from annotator_desktop.core.store.models import Submission, Task, TaskState

DONE_STATES = frozenset(
    {TaskState.SUBMITTED, TaskState.ACCEPTED, TaskState.REJECTED, TaskState.LATE}
)

SET_ASIDE = frozenset({TaskState.SKIPPED})  # the user gave it back: not left for them


@dataclass(frozen=True, slots=True)
class Progress:
    done: int  # tasks of the project submitted or closed
    left: int  # tasks of the project still to work on (a skipped one is neither done nor left)
    today: int  # own submissions since the start of the local day (every project)
    today_seconds: float  # active time of those


def read_progress(store: Store, project_id: str, day_start: datetime) -> Progress:
    """``project_id`` "" counts every project; ``day_start`` is an aware datetime."""
    with store.read() as s:
        query = select(Task.state, func.count()).group_by(col(Task.state))
        if project_id:
            query = query.where(Task.project_id == project_id)
        by_state = {str(state): int(n) for state, n in s.exec(query).all()}
        today = s.exec(
            select(func.count(), func.coalesce(func.sum(Submission.active_seconds), 0.0)).where(
                Submission.origin == "local", col(Submission.submitted_at) >= day_start
            )
        ).one()
    done = sum(n for state, n in by_state.items() if state in DONE_STATES)
    left = sum(n for state, n in by_state.items() if state not in DONE_STATES | SET_ASIDE)
    return Progress(done, left, int(today[0]), float(today[1]))

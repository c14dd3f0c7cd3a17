"""What opening a task reads besides the task itself: the user's own submissions, the
verdicts on them and why it was skipped (cache SQL for the pane host, kept here, not in ui/)."""

from __future__ import annotations

from sqlmodel import col, func, select

from annotator_desktop.core.store.db import Store
from annotator_desktop.core.store.models import Person, Review, Skip, Submission


def latest_own_submission(store: Store, task_id: str) -> Submission | None:
    """The user's newest submission of the task, or None."""
    with store.read() as s:
        return s.exec(
            select(Submission)
            .where(Submission.task_id == task_id, Submission.origin == "local")
            .order_by(col(Submission.submitted_at).desc())
        ).first()


def own_versions(store: Store, task_id: str) -> int:
    """How many times the user submitted the task."""
    with store.read() as s:
        return int(
            s.exec(
                select(func.count()).where(
                    Submission.task_id == task_id, Submission.origin == "local"
                )
            ).one()
        )


def person_name(store: Store, person_id: str) -> str:
    """The display name the server gave for a user id ("" when unknown)."""
    with store.read() as s:
        row = s.get(Person, person_id) if person_id else None
        return row.name if row is not None else ""


def newest_own_review(store: Store, task_id: str) -> Review | None:
    """The newest review of the user's own work on the task (a QA lead's reviews of other
    annotators' submissions are not about this user)."""
    with store.read() as s:
        reviews = s.exec(
            select(Review)
            .where(Review.task_id == task_id)
            .order_by(col(Review.created_at).desc(), col(Review.id).desc())
        ).all()
        others = set(
            s.exec(
                select(Submission.id).where(
                    col(Submission.id).in_([r.submission_id for r in reviews]),
                    Submission.origin != "local",
                )
            ).all()
        )
    return next((r for r in reviews if r.submission_id not in others), None)


def latest_skip(store: Store, task_id: str) -> Skip | None:
    """The user's newest skip of the task (its reason), or None."""
    with store.read() as s:
        return s.exec(
            select(Skip).where(Skip.task_id == task_id).order_by(col(Skip.skipped_at).desc())
        ).first()

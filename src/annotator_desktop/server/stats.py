"""GET /projects/{id}/stats: counts by state, per-annotator figures, agreement on overlaps,
skips by reason."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import fields
from typing import Annotated

from fastapi import APIRouter, Path
from sqlalchemy import func, select
from sqlmodel import Session, col

from annotator_desktop.core.metrics.task import TaskAgreement, combine
from annotator_desktop.protocol import AnnotatorStats, ProjectStats
from annotator_desktop.server import skips, tallies
from annotator_desktop.server.access import CallerDep, CtxDep, lead_project
from annotator_desktop.server.agreement import refresh_project
from annotator_desktop.server.compare_stats import add_compare_figures
from annotator_desktop.server.db import Database, utcnow
from annotator_desktop.server.errors import problem_responses
from annotator_desktop.server.models import (
    AssignmentRow,
    ProjectCountsRow,
    ProjectRow,
    SubmissionRow,
    TaskAgreementRow,
    TaskRow,
    UserRow,
)
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["qa"], route_class=ParsedJSONRoute)
IdPath = Annotated[str, Path(min_length=1, max_length=200)]


def _task_counts(session: Session, project_id: str) -> dict[str, int]:
    """Counts by task state from the project's kept counts, and by submission state."""
    kept = session.get(ProjectCountsRow, project_id)
    assert kept is not None  # made by _ensure_counts
    leased_only = select(func.count(func.distinct(col(AssignmentRow.task_id)))).join(
        TaskRow, col(TaskRow.id) == col(AssignmentRow.task_id)
    ).where(
        col(AssignmentRow.project_id) == project_id, col(AssignmentRow.state) == "active",
        col(AssignmentRow.expires_at) > utcnow(), col(TaskRow.done_count) == 0,
    )  # fmt: skip
    in_progress = kept.started + int(session.scalar(leased_only) or 0)
    counts = {
        "tasks": kept.tasks, "open": kept.tasks - kept.completed - in_progress,
        "in_progress": in_progress, "completed": kept.completed,
    }  # fmt: skip
    return counts


Tally = tuple[str, str, int, float]  # annotator, submission state, count, active seconds


def _tallies(session: Session, project_id: str) -> list[Tally]:
    stmt = (
        select(
            col(SubmissionRow.annotator_id), col(SubmissionRow.state), func.count(),
            func.coalesce(func.sum(col(SubmissionRow.active_seconds)), 0.0),
        )
        .where(col(SubmissionRow.project_id) == project_id)
        .group_by(col(SubmissionRow.annotator_id), col(SubmissionRow.state))
    )  # fmt: skip
    return [(str(a), str(s), int(n), float(t)) for a, s, n, t in session.execute(stmt).all()]


def _submission_counts(tallies_: list[Tally]) -> dict[str, int]:
    counts = {"submissions": sum(n for _, _, n, _ in tallies_)}
    for state in ("submitted", "accepted", "rejected", "needs_changes", "late"):
        counts[state] = sum(n for _, s, n, _ in tallies_ if s == state)
    return counts


def _annotators(tallies_: list[Tally], users: dict[str, UserRow]) -> list[AnnotatorStats]:
    by_user: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    active: dict[str, float] = defaultdict(float)
    for uid, state, n, seconds in tallies_:
        by_user[uid][state] += n
        active[uid] += seconds
    out = []
    for uid, states in sorted(
        by_user.items(), key=lambda kv: users[kv[0]].username if kv[0] in users else kv[0]
    ):
        submitted = sum(states.values())
        accepted, rejected = states["accepted"], states["rejected"]
        changes = states["needs_changes"]
        reviewed = accepted + rejected + changes
        seconds = active[uid]
        out.append(AnnotatorStats(
            annotator_id=uid, username=users[uid].username if uid in users else uid,
            submitted=submitted, accepted=accepted, rejected=rejected, needs_changes=changes,
            acceptance_rate=accepted / reviewed if reviewed else None, active_seconds=seconds,
            throughput_per_hour=submitted * 3600 / seconds if seconds > 0 else None,
        ))  # fmt: skip
    return out


_PARTS = [f.name for f in fields(TaskAgreement) if f.name != "annotators"]


def _agreement(session: Session, project: ProjectRow) -> dict[str, float | None]:
    """The sum of the tasks' agreement parts (tasks with two or more annotators)."""
    table = TaskAgreementRow.__table__  # type: ignore[attr-defined]
    stmt = select(
        func.count(), *(func.coalesce(func.sum(table.c[name]), 0) for name in _PARTS)
    ).where(table.c.project_id == project.id, table.c.annotators >= 2)
    row = session.execute(stmt).one()
    out: dict[str, float | None] = {"overlap_tasks": float(row[0])}
    sums = dict(zip(_PARTS, row[1:], strict=True))
    out.update(combine(project.kind, TaskAgreement(**sums)))
    return out


def _ensure_counts(db: Database, project_id: str) -> None:
    """A project made before the counts were kept gets them, counted once."""
    with db.read() as session:
        if session.get(ProjectCountsRow, project_id) is not None:
            return
    with db.write() as session:
        if session.get(ProjectCountsRow, project_id, with_for_update=True) is None:
            session.add(tallies.recount(session, project_id))


@router.get(
    "/projects/{id}/stats", response_model=ProjectStats,
    responses=problem_responses(401, 403, 404),
)  # fmt: skip
def project_stats(id: IdPath, ctx: CtxDep, caller: CallerDep) -> ProjectStats:
    """Counts, per-annotator figures and agreement: indexed aggregates whose cost does not grow
    with the number of tasks (sync handler: runs on a worker thread, off the event loop)."""
    with ctx.db.read() as session:
        project = lead_project(session, caller, id)
    refresh_project(ctx.db, id)  # parts not computed yet (normally none)
    _ensure_counts(ctx.db, id)
    with ctx.db.read() as session:
        tallies_ = _tallies(session, id)
        ids = {uid for uid, _, _, _ in tallies_}
        in_ids = select(UserRow).where(col(UserRow.id).in_(ids))
        users = {u.id: u for u in session.scalars(in_ids).all()}
        counts = _task_counts(session, id) | _submission_counts(tallies_)
        agreement = _agreement(session, project)
        stats = ProjectStats(
            project_id=id, counts=counts, annotators=_annotators(tallies_, users),
            agreement=agreement, skips=skips.counts_by_reason(session, id),
        )  # fmt: skip
        if project.kind == "compare":  # issue 21: bias audit and most split tasks
            subs = session.scalars(
                select(SubmissionRow).where(col(SubmissionRow.project_id) == id)
            ).all()
            task_ids = {s.task_id for s in subs}
            tasks = session.scalars(select(TaskRow).where(col(TaskRow.id).in_(task_ids))).all()
            add_compare_figures(stats, {t.id: (t.title, t.payload) for t in tasks}, subs)
    return stats

"""GET /projects/{id}/stats: counts by state, per-annotator figures, agreement on overlaps."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Annotated

from fastapi import APIRouter, Path
from sqlalchemy import select

from annotator_desktop.protocol import AnnotatorStats, ProjectStats
from annotator_desktop.server.access import CallerDep, CtxDep, lead_project
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import problem_responses
from annotator_desktop.server.models import AssignmentRow, SubmissionRow, TaskRow, UserRow

router = APIRouter(tags=["qa"])
IdPath = Annotated[str, Path(min_length=1, max_length=200)]


def _task_counts(
    tasks: Sequence[TaskRow], assigns: Sequence[AssignmentRow], subs: Sequence[SubmissionRow]
) -> dict[str, int]:
    now = utcnow()
    done: dict[str, set[str]] = defaultdict(set)
    for s in subs:
        if not s.late:
            done[s.task_id].add(s.annotator_id)
    leased: dict[str, int] = defaultdict(int)
    for a in assigns:
        if a.state == "active" and a.expires_at > now:
            leased[a.task_id] += 1
    counts = {"tasks": len(tasks), "open": 0, "in_progress": 0, "completed": 0}
    for t in tasks:
        if len(done[t.id]) >= t.overlap:
            counts["completed"] += 1
        elif leased[t.id] or done[t.id]:
            counts["in_progress"] += 1
        else:
            counts["open"] += 1
    counts["submissions"] = len(subs)
    for state in ("submitted", "accepted", "rejected", "needs_changes", "late"):
        counts[state] = sum(1 for s in subs if s.state == state)
    return counts


def _annotators(subs: Sequence[SubmissionRow], users: dict[str, UserRow]) -> list[AnnotatorStats]:
    by_user: dict[str, list[SubmissionRow]] = defaultdict(list)
    for s in subs:
        by_user[s.annotator_id].append(s)
    out = []
    for uid, rows in sorted(
        by_user.items(), key=lambda kv: users[kv[0]].username if kv[0] in users else kv[0]
    ):
        accepted = sum(1 for r in rows if r.state == "accepted")
        rejected = sum(1 for r in rows if r.state == "rejected")
        changes = sum(1 for r in rows if r.state == "needs_changes")
        reviewed = accepted + rejected + changes
        active = sum(r.active_seconds for r in rows)
        out.append(AnnotatorStats(
            annotator_id=uid, username=users[uid].username if uid in users else uid,
            submitted=len(rows), accepted=accepted, rejected=rejected, needs_changes=changes,
            acceptance_rate=accepted / reviewed if reviewed else None, active_seconds=active,
            throughput_per_hour=len(rows) * 3600 / active if active > 0 else None,
        ))  # fmt: skip
    return out


def agreement(kind: str, subs: Sequence[SubmissionRow]) -> dict[str, float | None]:
    """Agreement on tasks done by two or more annotators (latest on-time submission each)."""
    latest: dict[str, dict[str, SubmissionRow]] = defaultdict(dict)
    for s in sorted(subs, key=lambda s: s.received_at):
        if not s.late:
            latest[s.task_id][s.annotator_id] = s
    multi = {tid: by for tid, by in latest.items() if len(by) >= 2}
    out: dict[str, float | None] = {"overlap_tasks": float(len(multi))}
    try:
        from annotator_desktop.core import metrics
    except ImportError:
        return out
    results = {t: {a: r.result for a, r in by.items()} for t, by in multi.items()}
    out.update(metrics.kind_agreement(str(kind), results))
    return out


@router.get(
    "/projects/{id}/stats", response_model=ProjectStats,
    responses=problem_responses(401, 403, 404),
)  # fmt: skip
def project_stats(id: IdPath, ctx: CtxDep, caller: CallerDep) -> ProjectStats:
    with ctx.db.read() as session:
        project = lead_project(session, caller, id)
        tasks = session.scalars(select(TaskRow).where(TaskRow.project_id == id)).all()
        assigns = session.scalars(select(AssignmentRow).where(AssignmentRow.project_id == id)).all()
        subs = session.scalars(select(SubmissionRow).where(SubmissionRow.project_id == id)).all()
        ids = {s.annotator_id for s in subs}
        users = {u.id: u for u in session.scalars(select(UserRow).where(UserRow.id.in_(ids))).all()}  # type: ignore[attr-defined]
    return ProjectStats(
        project_id=id, counts=_task_counts(tasks, assigns, subs),
        annotators=_annotators(subs, users), agreement=agreement(project.kind, subs),
    )  # fmt: skip

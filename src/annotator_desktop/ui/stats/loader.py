"""Reads the figures: the server's stats endpoint, or the cache (run off the UI thread)."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from typing import Any

from sqlmodel import col, select

from annotator_desktop.core.store import (
    Project,
    Review,
    Skip,
    Submission,
    SubmissionState,
    Task,
)
from annotator_desktop.core.sync import account
from annotator_desktop.ui.stats.data import (
    LocalSubmission,
    ProjectFigures,
    compute_local,
    from_server,
)


def list_projects(store: Any) -> list[tuple[str, str, str]]:
    """(id, name, kind) of the cached projects, by name."""
    with store.read() as s:
        rows = s.exec(select(Project).order_by(col(Project.name), col(Project.id))).all()
    return [(p.id, p.name or p.id, p.kind) for p in rows]


def project_kind(store: Any, project_id: str) -> str:
    with store.read() as s:
        project = s.get(Project, project_id)
    return project.kind if project is not None else ""


def read_local(store: Any, project_id: str) -> ProjectFigures:
    """Figures from the cached tasks, submissions and reviews of one project."""
    info = account.current_account(store)
    you = info.username if info is not None else ""
    with store.read() as s:
        project = s.get(Project, project_id)
        kind = project.kind if project is not None else ""
        tasks = s.exec(select(Task.id, Task.state).where(Task.project_id == project_id)).all()
        compare = (
            {
                t.id: (t.title or t.id, dict(t.payload))
                for t in s.exec(select(Task).where(Task.project_id == project_id)).all()
            }
            if kind == "compare"
            else None
        )
        task_ids = [t[0] for t in tasks]
        subs = s.exec(select(Submission).where(col(Submission.task_id).in_(task_ids))).all()
        skipped = s.exec(select(Skip.reason).where(col(Skip.task_id).in_(task_ids))).all()
        reviews = s.exec(
            select(Review)
            .where(col(Review.submission_id).in_([x.id for x in subs]))
            .order_by(col(Review.created_at), col(Review.id))
        ).all()
    verdict = {r.submission_id: r.verdict for r in reviews}  # the newest wins
    rows = [
        LocalSubmission(
            id=x.id,
            task_id=x.task_id,
            annotator="" if x.origin == "local" else x.annotator_id,
            result=dict(x.result),
            active_seconds=x.active_seconds,
            submitted_at=x.submitted_at.isoformat() if x.submitted_at else "",
            late=x.state == SubmissionState.LATE,
            verdict=verdict.get(x.id, ""),
        )
        for x in subs
        if x.state != SubmissionState.REJECTED  # refused by the server: not a submission there
    ]
    figures = compute_local(project_id, kind, [str(t[1]) for t in tasks], rows, you, compare)
    return replace(figures, skips=dict(Counter(str(r) for r in skipped)))


def fetch_server(client: Any, project_id: str, kind: str) -> ProjectFigures:
    """Figures from ``GET /projects/{id}/stats`` (qa_lead or admin only)."""
    body = client.call("GET", f"/projects/{project_id}/stats")
    return from_server(body if isinstance(body, dict) else {}, kind)

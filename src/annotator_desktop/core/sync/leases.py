"""Checkout, renew and release of leases (``/projects/{id}/checkout``, ``/assignments/...``)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlmodel import col, select

from annotator_desktop.core.store import Assignment, Store, Task, TaskState, utcnow
from annotator_desktop.core.sync import apply
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import ServerError
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.core.sync.writer import Writer, direct

OPEN_STATES = (TaskState.NEW, TaskState.DRAFT)


def checkout(
    client: ApiClient, store: Store, project_id: str, count: int, *, write: Writer = direct
) -> list[str]:
    """Leases up to ``count`` tasks of a project; returns the task ids (in order)."""
    body = client.call("POST", f"/projects/{project_id}/checkout", json={"count": int(count)})
    items = [a for a in (body or {}).get("assignments", []) if isinstance(a, dict)]

    def run() -> list[str]:
        ids: list[str] = []
        with store.write() as s:
            for item in items:
                item.setdefault("project_id", project_id)
                apply.upsert_assignment(s, item)
                task = item.get("task") or {}
                if task.get("id"):
                    ids.append(str(task["id"]))
        return ids

    return write(run)


def open_count(store: Store, project_id: str) -> int:
    """Tasks of the project still to do under an active lease."""
    with store.read() as s:
        rows = s.exec(
            select(Task.id)
            .join(Assignment, col(Assignment.task_id) == col(Task.id))
            .where(Task.project_id == project_id, Assignment.state == "active")
            .where(col(Task.state).in_(OPEN_STATES))
        ).all()
    return len(set(rows))


def lease_expiry(store: Store) -> dict[str, datetime | None]:
    """Task id -> when its active lease ends (for the task list); flagged leases map to None."""
    with store.read() as s:
        rows = s.exec(select(Assignment).order_by(col(Assignment.lease_epoch))).all()
    out: dict[str, datetime | None] = {}
    for row in rows:
        if row.state == "active":
            out[row.task_id] = row.expires_at
        elif row.flagged:
            out[row.task_id] = None
    return out


def top_up(client: ApiClient, store: Store, target: int, *, write: Writer = direct) -> list[str]:
    """Checks out more tasks in every server project where fewer than ``target`` are open."""
    if target <= 0:
        return []
    with store.read() as s:
        projects = s.exec(select(apply.Project.id).where(apply.Project.source == "server")).all()
    taken: list[str] = []
    for project_id in projects:
        missing = target - open_count(store, project_id)
        if missing > 0:
            try:
                taken += checkout(client, store, project_id, missing, write=write)
            except ServerError as exc:
                if exc.status not in (403, 404, 409):
                    raise
    return taken


def renew_due(
    client: ApiClient, store: Store, config: SyncConfig, *, write: Writer = direct
) -> int:
    """Renews active leases that expire within ``config.lease_renew_before`` seconds."""
    soon = utcnow() + timedelta(seconds=config.lease_renew_before)
    with store.read() as s:
        due = s.exec(
            select(Assignment.id).where(
                Assignment.state == "active", col(Assignment.expires_at) <= soon
            )
        ).all()
    renewed = 0
    for assignment_id in due:
        try:
            body = client.call("POST", f"/assignments/{assignment_id}/renew")
        except ServerError as exc:
            if exc.transient:
                raise
            write(lambda a=assignment_id, e=exc: _ended(store, a, _state_for(e)))
            continue
        write(lambda b=body, a=assignment_id: _renewed(store, a, b))
        renewed += 1
    return renewed


def release(client: ApiClient, store: Store, assignment_id: str, *, write: Writer = direct) -> None:
    """Gives a lease back; the local task, draft and submissions stay."""
    try:
        client.call("POST", f"/assignments/{assignment_id}/release")
    except ServerError as exc:
        if exc.transient:
            raise
    write(lambda: _ended(store, assignment_id, "released"))


def _state_for(exc: ServerError) -> str:
    return "expired" if exc.status == 409 else "revoked"


def _renewed(store: Store, assignment_id: str, body: dict[str, Any] | None) -> None:
    with store.write() as s:
        row = s.get(Assignment, assignment_id)
        if row is None or not isinstance(body, dict):
            return
        row.expires_at = apply._time(body.get("expires_at")) or row.expires_at
        row.lease_epoch = int(body.get("lease_epoch", row.lease_epoch) or row.lease_epoch)
        apply.set_assignment_state(s, row, str(body.get("state") or "active"))


def _ended(store: Store, assignment_id: str, state: str) -> None:
    with store.write() as s:
        row = s.get(Assignment, assignment_id)
        if row is not None:
            apply.set_assignment_state(s, row, state)

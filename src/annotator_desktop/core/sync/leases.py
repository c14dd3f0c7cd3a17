"""Checkout, renew and release of leases (``/projects/{id}/checkout``, ``/assignments/...``)."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from functools import partial
from typing import Any

from sqlmodel import col, select

from annotator_desktop.core.store import Assignment, Project, Store, Task, TaskState, utcnow
from annotator_desktop.core.sync import apply
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import BadAnswer, ServerError
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.writer import Writer, direct
from annotator_desktop.protocol import Assignment as WireAssignment
from annotator_desktop.protocol import BadWireData, LeaseResponse, parse_as, parse_list_of

log = logging.getLogger(__name__)

OPEN_STATES = (TaskState.NEW, TaskState.DRAFT)


def checkout(
    client: ServerClient, store: Store, project_id: str, count: int, *, write: Writer = direct
) -> list[str]:
    """Leases up to ``count`` tasks of a project; returns the task ids (in order)."""
    body = client.call("POST", f"/projects/{project_id}/checkout", json={"count": int(count)})
    try:
        raw_items = parse_list_of(WireAssignment, body, "assignments")
    except BadWireData as exc:
        raise BadAnswer("the checkout answer", str(exc)) from exc
    items: list[dict[str, Any]] = []
    for raw in raw_items:
        try:
            item = parse_as(WireAssignment, raw).model_dump(mode="json")
        except BadWireData as exc:  # a lease we cannot read is not taken; the server expires it
            log.warning("checkout: skipped an assignment: %s", exc)
            continue
        item["project_id"] = item.get("project_id") or project_id
        items.append(item)

    def run() -> list[str]:
        ids: list[str] = []
        with store.write() as s:
            for item in items:
                apply.upsert_assignment(s, item)
                ids.append(str(item["task"]["id"]))
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


def top_up(client: ServerClient, store: Store, target: int, *, write: Writer = direct) -> list[str]:
    """Checks out more tasks in every server project where fewer than ``target`` are open."""
    if target <= 0:
        return []
    with store.read() as s:
        projects = s.exec(select(Project.id).where(Project.source == "server")).all()
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
    client: ServerClient, store: Store, config: SyncConfig, *, write: Writer = direct
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
            write(partial(_ended, store, assignment_id, _state_for(exc)))
            continue
        write(partial(_renewed, store, assignment_id, body))
        renewed += 1
    return renewed


def release(
    client: ServerClient, store: Store, assignment_id: str, *, write: Writer = direct
) -> None:
    """Gives a lease back; the local task, draft and submissions stay."""
    try:
        client.call("POST", f"/assignments/{assignment_id}/release")
    except ServerError as exc:
        if exc.transient:
            raise
    write(lambda: _ended(store, assignment_id, "released"))


def _state_for(exc: ServerError) -> str:
    return "expired" if exc.status == 409 else "revoked"


def _renewed(store: Store, assignment_id: str, body: object) -> None:
    try:
        lease = parse_as(LeaseResponse, body)
    except BadWireData as exc:
        log.warning("renew of %s: answer not understood: %s", assignment_id, exc)
        return
    with store.write() as s:
        row = s.get(Assignment, assignment_id)
        if row is None:
            return
        row.expires_at = apply._time(lease.expires_at.isoformat()) or row.expires_at
        row.lease_epoch = lease.lease_epoch or row.lease_epoch
        apply.set_assignment_state(s, row, lease.state or "active")


def _ended(store: Store, assignment_id: str, state: str) -> None:
    with store.write() as s:
        row = s.get(Assignment, assignment_id)
        if row is not None:
            apply.set_assignment_state(s, row, state)

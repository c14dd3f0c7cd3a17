"""Taking Label Studio tasks offline: soft reservations, recorded on this computer only.

Label Studio has no batch checkout, renewal or release (its ``/next/`` lock is one task and
advisory), so ``POST /projects/{id}/checkout`` picks the next tasks still open for this user that
are neither reserved here nor already worked on here, records them in ``ls_reservation`` and
answers protocol v1 assignments with a far expiry. Someone else may still annotate a reserved
task meanwhile; the push then marks the submission late (kept, like a superseded lease).
"""

from __future__ import annotations

import json
from datetime import timedelta
from typing import Any

from sqlmodel import col, select

from annotator_desktop.core.labelstudio import mapping
from annotator_desktop.core.labelstudio.convert import (
    ConvertError,
    open_for,
    to_task,
    with_known_image,
)
from annotator_desktop.core.labelstudio.models import LsProject, LsReservation, LsTask, schema_of
from annotator_desktop.core.labelstudio.session import LsSession
from annotator_desktop.core.store import Draft, Store, Submission, utcnow
from annotator_desktop.core.sync.errors import ServerError

RESERVATION_DAYS = 3650  # "no expiry": nothing on the server ends a reservation
LEASE_EPOCH = 1
CHECKOUT_PAGE = 100
MAX_CHECKOUT_PAGES = 100
MAX_COUNT = 500


def far_expiry() -> str:
    return (utcnow() + timedelta(days=RESERVATION_DAYS)).isoformat()


def _taken(store: Store, project_id: str) -> set[str]:
    """Our ids of the project's tasks reserved here or with local work (a draft, a submission)."""
    with store.read() as s:
        prefix = f"{project_id}-"
        reserved = s.exec(
            select(LsReservation.task_id).where(col(LsReservation.task_id).startswith(prefix))
        ).all()
        drafts = s.exec(select(Draft.task_id).where(col(Draft.task_id).startswith(prefix))).all()
        subs = s.exec(
            select(Submission.task_id).where(col(Submission.task_id).startswith(prefix))
        ).all()
    return {*reserved, *drafts, *subs}


def _open_tasks(ls: LsSession, ls_project: int, me: int, skip: set[str], count: int) -> list[Any]:
    """Up to ``count`` tasks open for ``me`` in id order, leaving out ``skip`` (our ids)."""
    found: list[dict[str, Any]] = []
    query = json.dumps({"ordering": ["tasks:id"]})
    for page in range(1, MAX_CHECKOUT_PAGES + 1):
        params = {
            "project": ls_project, "fields": "all", "page": page, "page_size": CHECKOUT_PAGE,
            "query": query,
        }  # fmt: skip
        try:
            body = ls.call("GET", "/api/tasks/", params=params)
        except ServerError as exc:
            if exc.status == 404:  # past the last page
                break
            raise
        tasks = body.get("tasks") if isinstance(body, dict) else None
        tasks = [t for t in tasks if isinstance(t, dict)] if isinstance(tasks, list) else []
        for task in tasks:
            ident = task.get("id")
            if not isinstance(ident, int) or mapping.task_id(ls_project, ident) in skip:
                continue
            if open_for(task, me):
                found.append(task)
                if len(found) >= count:
                    return found
        if len(tasks) < CHECKOUT_PAGE:
            break
    return found


def checkout(
    ls: LsSession, store: Store, me: int, project_id: str, count: int
) -> dict[str, Any] | None:
    """The checkout answer, or None when the project is not a supported Label Studio project."""
    ls_project = mapping.ls_project_of(project_id)
    row = mapping.project(store, project_id) if ls_project is not None else None
    if ls_project is None or row is None or not row.kind:
        return None
    wanted = max(1, min(MAX_COUNT, int(count)))
    tasks = _open_tasks(ls, ls_project, me, _taken(store, project_id), wanted)
    assignments = _assignments(store, row, ls_project, tasks)
    with store.write() as s:
        for item in assignments:
            mapping.reserve(s, item["task"]["id"])
            ours = str(item["task"]["id"])
            if s.get(LsTask, ours) is None:
                ls_task = mapping.ls_task_of(ours)
                assert ls_task is not None
                s.add(LsTask(our_id=ours, project_id=project_id, ls_task_id=ls_task[1]))
    return {"assignments": assignments, "server_time": utcnow().isoformat()}


def _assignments(
    store: Store, row: LsProject, ls_project: int, tasks: list[Any]
) -> list[dict[str, Any]]:
    schema = schema_of(row)
    out: list[dict[str, Any]] = []
    expires = far_expiry()
    for task in tasks:
        try:
            data = to_task(schema, ls_project, task)
        except ConvertError:
            continue  # the feed quarantines it with the reason; it is not taken offline
        if data["kind"] == "bbox":
            data["payload"] = with_known_image(store, data["payload"])
        out.append({
            "assignment_id": mapping.assignment_id(ls_project, int(task["id"])),
            "task": data, "lease_epoch": LEASE_EPOCH, "expires_at": expires, "state": "active",
            "project_id": mapping.project_id(ls_project),
        })  # fmt: skip
    return out


def lease(store: Store, assignment: str) -> dict[str, Any] | None:
    """``POST /assignments/{id}/renew``: the reservation as a lease, or None when there is none."""
    target = mapping.reserved_task_of(assignment)
    if target is None:
        return None
    with store.read() as s:
        held = s.get(LsReservation, mapping.task_id(*target)) is not None
    if not held:
        return None
    return {
        "assignment_id": assignment, "lease_epoch": LEASE_EPOCH, "expires_at": far_expiry(),
        "state": "active",
    }  # fmt: skip


def release(store: Store, assignment: str) -> bool:
    """``POST /assignments/{id}/release``: drops the reservation (False when it named none)."""
    target = mapping.reserved_task_of(assignment)
    if target is None:
        return False
    mapping.release(store, mapping.task_id(*target))
    return True

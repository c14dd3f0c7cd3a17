"""Lease calls on one assignment: renew / release (holder), revoke / reassign (admin)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from sqlmodel import Session

from annotator_desktop.protocol import ErrorCode, LeaseResponse, ReassignRequest
from annotator_desktop.server import leases, services
from annotator_desktop.server.access import Caller, CallerDep, CtxDep, require_admin
from annotator_desktop.server.db import aware
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.feed import emit
from annotator_desktop.server.models import AssignmentRow, ProjectRow, TaskRow
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["leases"], route_class=ParsedJSONRoute)
IdPath = Annotated[str, Path(min_length=1, max_length=200)]
_ERRORS = problem_responses(401, 403, 404, 409)


def lease_response(row: AssignmentRow) -> LeaseResponse:
    expires = aware(row.expires_at)
    assert expires is not None
    return LeaseResponse(
        assignment_id=row.id, lease_epoch=row.lease_epoch, expires_at=expires, state=row.state
    )


def _own(session: Session, caller: Caller, assignment_id: str) -> AssignmentRow:
    row = session.get(AssignmentRow, assignment_id, with_for_update=True)
    if row is None or (row.user_id != caller.id and not caller.is_admin):
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such assignment")
    return row


@router.post("/assignments/{id}/renew", response_model=LeaseResponse, responses=_ERRORS)
def renew(id: IdPath, ctx: CtxDep, caller: CallerDep) -> LeaseResponse:
    with ctx.db.write() as session:
        row = leases.renew(session, _own(session, caller, id), ctx.settings.lease_seconds)
        return lease_response(row)


@router.post("/assignments/{id}/release", response_model=LeaseResponse, responses=_ERRORS)
def release(id: IdPath, ctx: CtxDep, caller: CallerDep) -> LeaseResponse:
    with ctx.db.write() as session:
        return lease_response(leases.end(session, _own(session, caller, id), "released"))


@router.post("/assignments/{id}/revoke", response_model=LeaseResponse, responses=_ERRORS)
def revoke(id: IdPath, ctx: CtxDep, caller: CallerDep) -> LeaseResponse:
    require_admin(caller)
    with ctx.db.write() as session:
        return lease_response(leases.end(session, _own(session, caller, id), "revoked"))


@router.post(
    "/assignments/{id}/reassign", response_model=LeaseResponse,
    responses=problem_responses(401, 403, 404, 409, 422),
)  # fmt: skip
def reassign(id: IdPath, body: ReassignRequest, ctx: CtxDep, caller: CallerDep) -> LeaseResponse:
    """Revoke the lease and give the task to another user with a higher epoch."""
    require_admin(caller)
    with ctx.db.write() as session:
        old = _own(session, caller, id)
        user = services.find_user(session, body.user_id)
        if user is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such user")
        if old.state == "submitted":
            raise ApiError(409, "conflict", f"the assignment is {old.state}")
        leases.end(session, old, "revoked")
        project = session.get(ProjectRow, old.project_id)
        task = session.get(TaskRow, old.task_id)
        assert project is not None and task is not None
        services.add_member(session, project, user.id)
        row, pending = leases.assign(session, project, task, user.id, ctx.settings.lease_seconds)
        emit(session, pending)
        return lease_response(row)

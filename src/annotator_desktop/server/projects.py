"""Projects: list, read, admin create / add tasks / add members, and checkout."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Body, Path
from pydantic import ValidationError
from sqlalchemy import select
from sqlmodel import col

from annotator_desktop.protocol import (
    CheckoutRequest,
    CheckoutResponse,
    ErrorCode,
    FieldError,
    MemberAdd,
    Project,
    ProjectCreate,
    Role,
    TaskCreate,
    TasksCreated,
)
from annotator_desktop.server import leases, services
from annotator_desktop.server.access import CallerDep, CtxDep, require_admin, visible_project
from annotator_desktop.server.db import aware, utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.models import MemberRow, ProjectRow
from annotator_desktop.server.serialize import assignment_out, project_out
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["projects"], route_class=ParsedJSONRoute)
IdPath = Annotated[str, Path(min_length=1, max_length=200)]


@router.get("/projects", response_model=list[Project], responses=problem_responses(401))
def list_projects(ctx: CtxDep, caller: CallerDep) -> list[Project]:
    with ctx.db.read() as session:
        stmt = select(ProjectRow).order_by(col(ProjectRow.created_at), col(ProjectRow.id))
        if not caller.is_admin:
            stmt = stmt.join(MemberRow, col(MemberRow.project_id) == col(ProjectRow.id)).where(
                col(MemberRow.user_id) == caller.id
            )
        return [project_out(p) for p in session.scalars(stmt).all()]


@router.get("/projects/{id}", response_model=Project, responses=problem_responses(401, 404))
def get_project(id: IdPath, ctx: CtxDep, caller: CallerDep) -> Project:
    with ctx.db.read() as session:
        return project_out(visible_project(session, caller, id))


@router.post(
    "/projects", response_model=Project, status_code=201,
    responses=problem_responses(400, 401, 403, 422),
)  # fmt: skip
def create_project(body: ProjectCreate, ctx: CtxDep, caller: CallerDep) -> Project:
    require_admin(caller)
    with ctx.db.write() as session:
        row = services.create_project(
            session, body.name, body.kind.value, instructions_md=body.instructions_md,
            config=body.config.model_dump(mode="json"),
        )  # fmt: skip
        return project_out(row)


@router.post(
    "/projects/{id}/tasks", response_model=TasksCreated, status_code=201,
    responses=problem_responses(400, 401, 403, 404, 409, 422),
)  # fmt: skip
def add_tasks(
    id: IdPath, body: Annotated[list[TaskCreate], Body(max_length=10_000)], ctx: CtxDep,
    caller: CallerDep,
) -> TasksCreated:  # fmt: skip
    require_admin(caller)
    with ctx.db.write() as session:
        project = visible_project(session, caller, id)
        specs = [t.model_dump(exclude_none=True) for t in body]
        try:
            rows = services.add_tasks(session, project, specs)
        except ValidationError as exc:
            errors = [
                FieldError(loc=["payload", *e["loc"]], code="invalid", msg=e["msg"])
                for e in exc.errors()
            ]
            raise ApiError(
                422, ErrorCode.VALIDATION, "a task payload is invalid", errors=errors
            ) from exc
        return TasksCreated(task_ids=[r.id for r in rows])


@router.post(
    "/projects/{id}/members", response_model=Project,
    responses=problem_responses(400, 401, 403, 404, 422),
)  # fmt: skip
def add_member(id: IdPath, body: MemberAdd, ctx: CtxDep, caller: CallerDep) -> Project:
    require_admin(caller)
    with ctx.db.write() as session:
        project = visible_project(session, caller, id)
        user = services.find_user(session, body.user_id)
        if user is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such user")
        services.add_member(session, project, user.id)
        return project_out(project)


@router.post(
    "/projects/{id}/checkout", response_model=CheckoutResponse,
    responses=problem_responses(400, 401, 403, 404, 422),
)  # fmt: skip
def checkout(
    id: IdPath, ctx: CtxDep, caller: CallerDep, body: CheckoutRequest | None = None
) -> CheckoutResponse:
    """Lease up to ``count`` tasks to the caller for offline work."""
    count = (body or CheckoutRequest()).count
    with ctx.db.write() as session:
        project = visible_project(session, caller, id)
        if not caller.has(Role.ANNOTATOR):
            raise ApiError(403, ErrorCode.FORBIDDEN, "annotator role needed")
        pairs = leases.checkout(session, project, caller.id, count, ctx.settings.lease_seconds)
        out = [assignment_out(a, t, project.kind) for a, t in pairs]
    server_time = aware(utcnow())
    assert server_time is not None
    return CheckoutResponse(assignments=out, server_time=server_time)

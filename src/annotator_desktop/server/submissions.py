"""PUT /submissions/{id}: idempotent, validated per kind, late when the lease was superseded."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, bindparam, select
from sqlalchemy.exc import IntegrityError

from annotator_desktop.protocol import (
    RESULT_MODELS,
    Entity,
    ErrorCode,
    FieldError,
    Op,
    ProjectConfig,
    SubmissionIn,
    SubmissionOut,
    TaskKind,
    validate_result,
)
from annotator_desktop.server.access import Caller, CallerDep, CtxDep
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import aware, utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.idempotency import body_hash
from annotator_desktop.server.models import AssignmentRow, ProjectRow, SubmissionRow, TaskRow
from annotator_desktop.server.serialize import assignment_data, submission_out

router = APIRouter(tags=["submissions"])
SubmissionId = Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]


def _replay(row: SubmissionRow, caller: Caller, digest: str) -> JSONResponse:
    if row.annotator_id != caller.id or row.body_hash != digest:
        raise ApiError(409, ErrorCode.KEY_MISMATCH, "this submission id was used with another body")
    if row.late:
        raise _late()
    return JSONResponse(submission_out(row).model_dump(mode="json"), status_code=200)


def _late() -> ApiError:
    return ApiError(
        409, ErrorCode.LEASE_SUPERSEDED,
        "the lease was released, revoked or given to someone else; the submission is kept as late",
    )  # fmt: skip


_SUBMISSIONS = SubmissionRow.__table__  # type: ignore[attr-defined]
_ASSIGNMENTS = AssignmentRow.__table__  # type: ignore[attr-defined]
_TASKS = TaskRow.__table__  # type: ignore[attr-defined]
_PROJECTS = ProjectRow.__table__  # type: ignore[attr-defined]
# one Core query for the assignment, its task and its project's kind and config: this is the
# hottest write path, and ORM loading of three entities cost more than the rest of the request
_LOOKUP = (
    select(
        *[c.label(f"a_{c.name}") for c in _ASSIGNMENTS.c],
        *[c.label(f"t_{c.name}") for c in _TASKS.c],
        _PROJECTS.c.kind, _PROJECTS.c.config,
    )
    .join(_TASKS, _TASKS.c.id == _ASSIGNMENTS.c.task_id)
    .join(_PROJECTS, _PROJECTS.c.id == _ASSIGNMENTS.c.project_id)
    .where(_ASSIGNMENTS.c.id == bindparam("aid"))
)  # fmt: skip
_FIND = select(_SUBMISSIONS).where(_SUBMISSIONS.c.id == bindparam("sid"))
_MARK_SUBMITTED = (
    _ASSIGNMENTS.update()
    .where(_ASSIGNMENTS.c.id == bindparam("aid"), _ASSIGNMENTS.c.state == "active")
    .values(state="submitted", updated_at=bindparam("now"))
)


def _prefixed(row: Mapping[str, Any], prefix: str) -> SimpleNamespace:
    return SimpleNamespace(**{k[len(prefix) :]: v for k, v in row.items() if k.startswith(prefix)})


def _check(
    conn: Connection, caller: Caller, body: SubmissionIn
) -> tuple[SimpleNamespace, SimpleNamespace, str]:
    """The caller's assignment and its task (404 / 422 otherwise), and the project's kind."""
    found = conn.execute(_LOOKUP, {"aid": body.assignment_id}).mappings().first()
    if found is None or found["a_user_id"] != caller.id:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such assignment")
    assignment, task = _prefixed(found, "a_"), _prefixed(found, "t_")  # plain: no ORM state
    if assignment.task_id != body.task_id:
        err = FieldError(
            loc=["task_id"], code="task_mismatch", msg="task_id is not the assignment's task"
        )
        raise ApiError(422, ErrorCode.VALIDATION, "task_id does not match", errors=[err])
    config = ProjectConfig.model_validate(found["config"])
    errors = validate_result(found["kind"], task.payload, config, body.result)
    if errors:
        raise ApiError(422, ErrorCode.VALIDATION, "the result is not valid", errors=errors)
    return assignment, task, str(found["kind"])


def _store(
    ctx: Context, caller: Caller, submission_id: str, body: SubmissionIn, digest: str,
    retry: bool,
) -> JSONResponse:  # fmt: skip
    """Insert, or (``retry``) replay what is stored; a duplicate insert raises IntegrityError."""
    with ctx.db.write_core() as conn:
        if retry:
            stored = conn.execute(_FIND, {"sid": submission_id}).mappings().first()
            if stored is not None:
                return _replay(SubmissionRow(**stored), caller, digest)
        assignment, task, kind = _check(conn, caller, body)
        late = (
            assignment.state not in ("active", "submitted")
            or body.lease_epoch != assignment.lease_epoch
        )
        now = utcnow()
        values = {
            "id": submission_id, "body_hash": digest, "assignment_id": assignment.id,
            "task_id": task.id, "project_id": task.project_id, "annotator_id": caller.id,
            "lease_epoch": body.lease_epoch, "result": _clean(kind, body.result),
            "started_at": _naive(body.started_at), "submitted_at": _naive(body.submitted_at),
            "active_seconds": body.active_seconds, "late": late,
            "state": "late" if late else "submitted", "received_at": now,
        }  # fmt: skip
        conn.execute(_SUBMISSIONS.insert(), values)
        out = _wire(values)
        pending = [Pending(caller.id, Entity.SUBMISSION, Op.UPSERT, submission_id, out, new=True)]
        if not late and assignment.state == "active":
            conn.execute(_MARK_SUBMITTED, {"aid": assignment.id, "now": now})
            assignment.state, assignment.updated_at = "submitted", now
            pending.append(Pending(caller.id, Entity.ASSIGNMENT, Op.UPSERT, assignment.id,
                                   assignment_data(assignment, task, kind)))  # fmt: skip
        emit(conn, pending)
    if late:
        raise _late()
    return JSONResponse(out, status_code=201)


def _wire(values: dict[str, Any]) -> dict[str, Any]:
    """A freshly inserted submission as SubmissionOut JSON."""
    fields = {k: v for k, v in values.items() if k not in ("body_hash", "received_at")}
    fields["started_at"] = aware(fields["started_at"])
    fields["submitted_at"] = aware(fields["submitted_at"])
    return SubmissionOut(**fields).model_dump(mode="json")


def _clean(kind: str, result: dict[str, Any]) -> dict[str, Any]:
    """The result without unknown fields (ignored, like everywhere in protocol v1)."""
    model = RESULT_MODELS[TaskKind(kind)]
    return model.model_validate(result).model_dump(mode="json")


def _naive(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


@router.put(
    "/submissions/{submission_id}",
    response_model=SubmissionOut,
    status_code=201,
    responses={200: {"model": SubmissionOut, "description": "same body replayed"},
               **problem_responses(400, 401, 404, 409, 413, 422)},
)  # fmt: skip
def put_submission(
    submission_id: SubmissionId, body: SubmissionIn, ctx: CtxDep, caller: CallerDep
) -> JSONResponse:
    """Store once; a retry with the same body answers 200, another body 409 key_mismatch."""
    digest = body_hash(body)
    try:  # the common case is a first send: try the insert, fall back to a replay
        return _store(ctx, caller, submission_id, body, digest, retry=False)
    except (IntegrityError, ApiError) as exc:
        with ctx.db.read() as session:
            existing = session.get(SubmissionRow, submission_id)
        if existing is None:
            if isinstance(exc, IntegrityError):  # a concurrent insert that then rolled back
                return _store(ctx, caller, submission_id, body, digest, retry=True)
            raise
        return _replay(existing, caller, digest)

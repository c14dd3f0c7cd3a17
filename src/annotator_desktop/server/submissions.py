"""PUT /submissions/{id}: idempotent, validated per kind, late when the lease was superseded."""

from __future__ import annotations

from datetime import UTC, datetime
from types import SimpleNamespace
from typing import Annotated, Any

from fastapi import APIRouter, Path

from annotator_desktop.protocol import (
    Entity,
    ErrorCode,
    FieldError,
    Op,
    ProjectConfig,
    SubmissionIn,
    SubmissionOut,
    check_result,
    dump_result,
)
from annotator_desktop.server import tallies
from annotator_desktop.server.access import Caller, CtxDep, TokenDep, authenticate_on
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import aware, utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.feed import Pending, emit_raw
from annotator_desktop.server.idempotency import body_hash
from annotator_desktop.server.jsontext import FastJSONResponse
from annotator_desktop.server.models import AssignmentRow, ProjectRow, SubmissionRow, TaskRow
from annotator_desktop.server.rawsql import RawConnection, RawTransaction, Statement
from annotator_desktop.server.serialize import assignment_data, submission_out
from annotator_desktop.server.strictjson import ParsedJSONRoute

_ID_CHARS = "[A-Za-z0-9_.:-]"  # submission ids
SubmissionId = Annotated[str, Path(min_length=1, max_length=100, pattern=f"^{_ID_CHARS}+$")]


def _replay(row: SubmissionRow, caller: Caller, digest: str) -> FastJSONResponse:
    if row.annotator_id != caller.id or row.body_hash != digest:
        raise ApiError(409, ErrorCode.KEY_MISMATCH, "this submission id was used with another body")
    if row.late:
        raise _late()
    return FastJSONResponse(submission_out(row).model_dump(mode="json"), status_code=200)


def _late() -> ApiError:
    return ApiError(
        409, ErrorCode.LEASE_SUPERSEDED,
        "the lease was released, revoked or given to someone else; the submission is kept as late",
    )  # fmt: skip


_SUBMISSIONS = SubmissionRow.__table__  # type: ignore[attr-defined]
_ASSIGNMENTS = AssignmentRow.__table__  # type: ignore[attr-defined]
_TASKS = TaskRow.__table__  # type: ignore[attr-defined]
_PROJECTS = ProjectRow.__table__  # type: ignore[attr-defined]
# The hottest write path runs as plain driver statements (see rawsql): one query for the
# assignment, its task, its project's kind and config and the tallies the checks need; then
# the insert, the assignment update, the figures and the feed entries, none of which waits
# for an answer (on PostgreSQL they go to the server with the COMMIT, in one round trip).
_LOOKUP = Statement(
    f"SELECT a.id, a.user_id, a.task_id, a.project_id, a.state, a.lease_epoch, a.expires_at,"
    f" t.payload, t.title, t.overlap, p.kind, p.config, {tallies.LOOKUP_COLUMNS}"
    f" FROM {_ASSIGNMENTS.name} a JOIN {_TASKS.name} t ON t.id = a.task_id"
    f" JOIN {_PROJECTS.name} p ON p.id = a.project_id WHERE a.id = :aid",
    json=["payload", "config"], times=["expires_at"],
)  # fmt: skip
_SUBMISSION_COLUMNS = [c.name for c in _SUBMISSIONS.c]
_FIND = Statement(
    f"SELECT {', '.join(_SUBMISSION_COLUMNS)} FROM {_SUBMISSIONS.name} WHERE id = :id",
    json=["result"], times=["started_at", "submitted_at", "received_at"],
)  # fmt: skip
_INSERT = Statement(
    f"INSERT INTO {_SUBMISSIONS.name} ({', '.join(_SUBMISSION_COLUMNS)})"
    f" VALUES ({', '.join(':' + c for c in _SUBMISSION_COLUMNS)})",
    json=["result"], times=["started_at", "submitted_at", "received_at"],
)  # fmt: skip
_MARK_SUBMITTED = Statement(
    f"UPDATE {_ASSIGNMENTS.name} SET state = 'submitted', updated_at = :now"
    " WHERE id = :aid AND state = 'active'",
    times=["now"],
)  # fmt: skip


def _check(
    tx: RawTransaction, caller: Caller, body: SubmissionIn
) -> tuple[SimpleNamespace, SimpleNamespace, str, dict[str, Any]]:
    """The caller's assignment and its task (404 / 422 otherwise), the project's kind, and the
    result as stored: parsed once, unknown fields dropped (ignored, like everywhere in v1).
    The task's ``first`` is true when this is its annotator's first on-time submission."""
    rows = tx.execute(_LOOKUP, {"aid": body.assignment_id})
    if not rows or rows[0]["user_id"] != caller.id:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such assignment")
    found = rows[0]
    assignment = SimpleNamespace(
        id=found["id"], task_id=found["task_id"], project_id=found["project_id"],
        state=found["state"], lease_epoch=found["lease_epoch"], expires_at=found["expires_at"],
    )  # fmt: skip
    task = SimpleNamespace(
        id=found["task_id"], project_id=found["project_id"], payload=found["payload"],
        title=found["title"],
    )  # fmt: skip
    if assignment.task_id != body.task_id:
        err = FieldError(
            loc=["task_id"], code="task_mismatch", msg="task_id is not the assignment's task"
        )
        raise ApiError(422, ErrorCode.VALIDATION, "task_id does not match", errors=[err])
    config = ProjectConfig.model_validate(found["config"])
    errors = tallies.cap_errors(found["kind"], config, body.result)
    if errors:  # before the full validation: the caps bound its cost
        raise ApiError(422, ErrorCode.VALIDATION, "the result is over a cap", errors=errors)
    parsed, errors = check_result(found["kind"], task.payload, config, body.result)
    if errors or parsed is None:
        raise ApiError(422, ErrorCode.VALIDATION, "the result is not valid", errors=errors)
    if int(found["versions"]) >= config.max_versions:
        err = FieldError(
            loc=["assignment_id"], code="too_many_versions",
            msg=f"this assignment already has {config.max_versions} submissions",
        )  # fmt: skip
        raise ApiError(422, ErrorCode.VALIDATION, "too many versions", errors=[err])
    task.overlap = int(found["overlap"])
    task.first = not found["on_time_before"]
    return assignment, task, str(found["kind"]), dump_result(parsed)


def _store(
    ctx: Context, conn: RawConnection, caller: Caller, submission_id: str, body: SubmissionIn,
    digest: str, retry: bool,
) -> FastJSONResponse:  # fmt: skip
    """Insert, or (``retry``) replay what is stored; a duplicate insert raises the driver's
    IntegrityError."""
    with conn.write() as tx:
        if retry:
            stored = tx.execute(_FIND, {"id": submission_id})
            if stored:
                return _replay(SubmissionRow(**stored[0]), caller, digest)
        assignment, task, kind, result = _check(tx, caller, body)
        late = (
            assignment.state not in ("active", "submitted")
            or body.lease_epoch != assignment.lease_epoch
        )
        now = utcnow()
        counted = not late and task.first
        if counted:
            tallies.bump_done(tx, task.id)  # the task row first, as checkout locks it
        if not late and task.overlap >= 2:
            tallies.mark_dirty(tx, task.id, task.project_id)
        values = {
            "id": submission_id, "body_hash": digest, "assignment_id": assignment.id,
            "task_id": task.id, "project_id": task.project_id, "annotator_id": caller.id,
            "lease_epoch": body.lease_epoch, "result": result,
            "started_at": _naive(body.started_at), "submitted_at": _naive(body.submitted_at),
            "active_seconds": body.active_seconds, "late": late,
            "state": "late" if late else "submitted", "received_at": now,
        }  # fmt: skip
        tx.run(_INSERT, values)
        out = _wire(values)
        pending = [Pending(caller.id, Entity.SUBMISSION, Op.UPSERT, submission_id, out, new=True)]
        if not late and assignment.state == "active":
            tx.run(_MARK_SUBMITTED, {"aid": assignment.id, "now": now})
            assignment.state = "submitted"
            pending.append(Pending(caller.id, Entity.ASSIGNMENT, Op.UPSERT, assignment.id,
                                   assignment_data(assignment, task, kind)))  # fmt: skip
        if counted:
            tallies.bump_counts(tx, task.id, task.project_id)  # the two shared rows, last
        emit_raw(tx, pending)
    if late:
        raise _late()
    if task.overlap >= 2 and ctx.agreement is not None:
        ctx.agreement.submit(task.id)  # computed once, after the commit, off the request
    return FastJSONResponse(out, status_code=201)


def _wire(values: dict[str, Any]) -> dict[str, Any]:
    """A freshly inserted submission as SubmissionOut JSON (the result is JSON already: it is
    put in after the model is written, not converted a second time)."""
    fields = {k: v for k, v in values.items() if k not in ("body_hash", "received_at", "result")}
    fields["started_at"] = aware(fields["started_at"])
    fields["submitted_at"] = aware(fields["submitted_at"])
    out = SubmissionOut(**fields, result={}).model_dump(mode="json")
    out["result"] = values["result"]
    return out


def _naive(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


router = APIRouter(tags=["submissions"], route_class=ParsedJSONRoute)


@router.put(
    "/submissions/{submission_id}",
    response_model=SubmissionOut,
    status_code=201,
    responses={200: {"model": SubmissionOut, "description": "same body replayed"},
               **problem_responses(400, 401, 404, 409, 413, 422)},
)  # fmt: skip
def put_submission(
    submission_id: SubmissionId, body: SubmissionIn, ctx: CtxDep, token: TokenDep
) -> FastJSONResponse:
    """Store once; a retry with the same body answers 200, another body 409 key_mismatch.

    The project's caps are enforced with 422 ``validation_error`` and a field error code:
    ``too_many_boxes`` (config ``max_boxes``, boxes per image), ``text_too_long``
    (``max_text_chars``, characters per text field) and ``too_many_versions``
    (``max_versions``, submissions per assignment). A sync handler: validation and the write
    run on a worker thread, never on the event loop.

    The token is checked in the handler, on the pooled connection the write then uses (one
    checkout and one worker-thread hop per submission, not two): so a malformed body is
    answered 422 before a bad token is answered 401.
    """
    with ctx.db.raw.connection() as conn:
        caller = authenticate_on(conn, token)
        return _put(ctx, conn, caller, submission_id, body)


def _put(
    ctx: Context, conn: RawConnection, caller: Caller, submission_id: str, body: SubmissionIn
) -> FastJSONResponse:
    digest = body_hash(body)
    try:  # the common case is a first send: try the insert, fall back to a replay
        return _store(ctx, conn, caller, submission_id, body, digest, retry=False)
    except (ctx.db.raw.IntegrityError, ApiError) as exc:
        stored = conn.query(_FIND, {"id": submission_id})  # this connection: never a second
        if not stored:
            if not isinstance(exc, ApiError):  # a concurrent insert that then rolled back
                return _store(ctx, conn, caller, submission_id, body, digest, retry=True)
            raise
        return _replay(SubmissionRow(**stored[0]), caller, digest)

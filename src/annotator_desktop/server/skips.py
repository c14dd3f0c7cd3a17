"""Skips: ``PUT /skips/{id}`` records why a user skipped a task (idempotent, like submissions)
and gives their lease back; ``GET /projects/{id}/skips`` lists them for the project's QA leads,
so broken tasks reach the people who can fix them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from fastapi import APIRouter, Path, Query
from fastapi.responses import JSONResponse
from sqlalchemy import select, text, tuple_
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col

from annotator_desktop.protocol import (
    ErrorCode,
    FieldError,
    SkipIn,
    SkipOut,
    SkipPage,
    SkipReason,
)
from annotator_desktop.server import leases
from annotator_desktop.server.access import Caller, CallerDep, CtxDep, lead_project
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import aware, utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.idempotency import body_hash
from annotator_desktop.server.models import (
    AssignmentRow,
    SkipCountRow,
    SkipRow,
    TaskRow,
    UserRow,
)
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["skips"], route_class=ParsedJSONRoute)
_ID = r"^[A-Za-z0-9_.:-]+$"
SkipId = Annotated[str, Path(min_length=1, max_length=100, pattern=_ID)]
IdPath = Annotated[str, Path(min_length=1, max_length=200)]
PAGE_MAX = 500  # skips per page (each at most MAX_SKIP_TEXT characters of text)
_COUNTS = SkipCountRow.__table__.name  # type: ignore[attr-defined]
_BUMP = text(
    f"INSERT INTO {_COUNTS} (project_id, reason, n) VALUES (:p, :r, 1)"
    f" ON CONFLICT (project_id, reason) DO UPDATE SET n = {_COUNTS}.n + 1"
)


def _names(session: Session, rows: list[SkipRow]) -> tuple[dict[str, str], dict[str, str]]:
    """User names and task titles of ``rows`` (two bounded look-ups)."""
    users = {r.user_id for r in rows}
    tasks = {r.task_id for r in rows}
    names = dict(
        session.execute(
            select(col(UserRow.id), col(UserRow.username)).where(col(UserRow.id).in_(users))
        ).all()
    )
    titles = dict(
        session.execute(
            select(col(TaskRow.id), col(TaskRow.title)).where(col(TaskRow.id).in_(tasks))
        ).all()
    )
    return names, titles


def skip_out(row: SkipRow, username: str = "", title: str = "") -> SkipOut:
    received = aware(row.received_at)
    assert received is not None
    return SkipOut(
        id=row.id, task_id=row.task_id, project_id=row.project_id,
        assignment_id=row.assignment_id, user_id=row.user_id, reason=SkipReason(row.reason),
        text=row.text, skipped_at=aware(row.skipped_at), received_at=received,
        released=row.released, username=username, task_title=title,
    )  # fmt: skip


def _answer(session: Session, row: SkipRow, status: int) -> JSONResponse:
    names, titles = _names(session, [row])
    out = skip_out(row, names.get(row.user_id, ""), titles.get(row.task_id, ""))
    return JSONResponse(out.model_dump(mode="json"), status_code=status)


def _replay(session: Session, row: SkipRow, caller: Caller, digest: str) -> JSONResponse:
    if row.user_id != caller.id or row.body_hash != digest:
        raise ApiError(409, ErrorCode.KEY_MISMATCH, "this skip id was used with another body")
    return _answer(session, row, 200)


def _lease(session: Session, caller: Caller, body: SkipIn) -> AssignmentRow:
    """The caller's assignment named in the body, else their newest one on the task (404 when
    they have none: nobody learns about tasks they were never given)."""
    if body.assignment_id is not None:
        row = session.get(AssignmentRow, body.assignment_id, with_for_update=True)
        if row is None or row.user_id != caller.id:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such assignment")
        if row.task_id != body.task_id:
            err = FieldError(
                loc=["task_id"], code="task_mismatch", msg="task_id is not the assignment's task"
            )
            raise ApiError(422, ErrorCode.VALIDATION, "task_id does not match", errors=[err])
        return row
    newest = (
        select(AssignmentRow)
        .where(col(AssignmentRow.task_id) == body.task_id, col(AssignmentRow.user_id) == caller.id)
        .order_by(col(AssignmentRow.lease_epoch).desc())
        .limit(1)
        .with_for_update()
    )
    found = session.scalars(newest).first()
    if found is None:
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such task")
    return found


def _naive(value: datetime | None) -> datetime | None:
    if value is not None and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _store(ctx: Context, caller: Caller, skip_id: str, body: SkipIn, digest: str) -> JSONResponse:
    with ctx.db.write() as session:
        existing = session.get(SkipRow, skip_id)
        if existing is not None:
            return _replay(session, existing, caller, digest)
        lease = _lease(session, caller, body)
        released = lease.state == "active"
        row = SkipRow(
            id=skip_id, body_hash=digest, task_id=lease.task_id, project_id=lease.project_id,
            assignment_id=lease.id, user_id=caller.id, reason=body.reason.value, text=body.text,
            skipped_at=_naive(body.skipped_at), received_at=utcnow(), released=released,
        )  # fmt: skip
        session.add(row)
        session.flush()  # a second insert of the same id fails here, before anything else
        if released:  # another annotator can take the task; this one is not given it again
            leases.end(session, lease, "skipped")
        session.execute(_BUMP, {"p": row.project_id, "r": row.reason})
        return _answer(session, row, 201)


@router.put(
    "/skips/{skip_id}", response_model=SkipOut, status_code=201,
    responses={200: {"model": SkipOut, "description": "same body replayed"},
               **problem_responses(400, 401, 404, 409, 422)},
)  # fmt: skip
def put_skip(skip_id: SkipId, body: SkipIn, ctx: CtxDep, caller: CallerDep) -> JSONResponse:
    """Record that the caller skipped a task, and why; their active lease on it ends (state
    ``skipped``), so someone else can take it and checkout does not give it back to them.

    The client makes the id and sends it again on every retry: ``201`` stored, ``200`` the same
    body replayed, ``409 key_mismatch`` the same id with another body (or another user).
    ``reason`` is one of broken, unclear, not_my_expertise, other; ``other`` needs a ``text``
    (422 otherwise). ``404`` when the caller holds no assignment of the task."""
    digest = body_hash(body)
    try:
        return _store(ctx, caller, skip_id, body, digest)
    except IntegrityError:
        with ctx.db.read() as session:
            existing = session.get(SkipRow, skip_id)
            if existing is None:
                raise
            return _replay(session, existing, caller, digest)


def _parse_cursor(cursor: str | None) -> tuple[datetime, str] | None:
    """``received_at|id`` of the last skip seen; 400 for anything this server did not make."""
    if not cursor:
        return None
    when, sep, skip_id = cursor.partition("|")
    try:
        at = datetime.fromisoformat(when)
    except ValueError:
        at = None
    if not sep or at is None or at.tzinfo is not None or not 0 < len(skip_id) <= 100:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "the cursor is not one this server made")
    return at, skip_id


def _cursor_of(row: SkipRow) -> str:
    return f"{row.received_at.isoformat()}|{row.id}"


@router.get(
    "/projects/{id}/skips", response_model=SkipPage,
    responses=problem_responses(400, 401, 403, 404),
)  # fmt: skip
def list_skips(
    id: IdPath,
    ctx: CtxDep,
    caller: CallerDep,
    reason: Annotated[SkipReason | None, Query()] = None,
    cursor: Annotated[str | None, Query(max_length=200)] = None,
    limit: Annotated[int, Query(ge=1, le=PAGE_MAX)] = 100,
) -> SkipPage:
    """qa_lead only: the project's skips, oldest first, ``limit`` at a time (at most 500),
    optionally of one ``reason``. Pass ``next_cursor`` back for the next page; later, the same
    cursor gives only the skips made since. An indexed range read: its cost does not grow with
    the size of the project."""
    after = _parse_cursor(cursor)
    with ctx.db.read() as session:
        lead_project(session, caller, id)
        stmt = select(SkipRow).where(col(SkipRow.project_id) == id)
        if reason is not None:
            stmt = stmt.where(col(SkipRow.reason) == reason.value)
        if after is not None:
            stmt = stmt.where(tuple_(col(SkipRow.received_at), col(SkipRow.id)) > tuple_(*after))
        stmt = stmt.order_by(col(SkipRow.received_at), col(SkipRow.id)).limit(limit + 1)
        rows = list(session.scalars(stmt).all())
        has_more = len(rows) > limit
        rows = rows[:limit]
        names, titles = _names(session, rows)
    out = [skip_out(r, names.get(r.user_id, ""), titles.get(r.task_id, "")) for r in rows]
    next_cursor = _cursor_of(rows[-1]) if rows else (cursor or "")
    return SkipPage(skips=out, next_cursor=next_cursor, has_more=has_more)


def counts_by_reason(session: Session, project_id: str) -> dict[str, int]:
    """Every reason with its count (0 when none), from the counts kept by ``put_skip``."""
    stmt = select(col(SkipCountRow.reason), col(SkipCountRow.n)).where(
        col(SkipCountRow.project_id) == project_id
    )
    kept = {str(r): int(n) for r, n in session.execute(stmt).all()}
    return {reason.value: kept.get(reason.value, 0) for reason in SkipReason}

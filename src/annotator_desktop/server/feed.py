"""The per-user change feed: seq from a counter row bumped in the write transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import delete, func, select, tuple_
from sqlmodel import Session

from annotator_desktop.protocol import Change, ChangesResponse, Entity, ErrorCode, Op
from annotator_desktop.server.access import CallerDep, CtxDep
from annotator_desktop.server.db import bump_counter, read_counter, utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.models import ChangeRow, CounterRow
from annotator_desktop.server.settings import ServerSettings

router = APIRouter(tags=["sync"])


@dataclass
class Pending:
    """One change to record for one user."""

    user_id: str
    entity: Entity
    op: Op
    entity_id: str
    data: dict[str, Any] | None = None


def emit(session: Session, changes: list[Pending]) -> None:
    """Record changes, replacing older entries for the same (user, entity, id)."""
    if not changes:
        return
    keys = list({(c.user_id, str(c.entity), c.entity_id) for c in changes})
    for start in range(0, len(keys), 500):
        chunk = keys[start : start + 500]
        session.execute(
            delete(ChangeRow).where(
                tuple_(ChangeRow.user_id, ChangeRow.entity, ChangeRow.entity_id).in_(chunk)
            )
        )
    last = bump_counter(session, "feed", len(changes))
    now = utcnow()
    first = last - len(changes) + 1
    latest: dict[tuple[str, str, str], ChangeRow] = {}
    for offset, c in enumerate(changes):
        row = ChangeRow(
            seq=first + offset, user_id=c.user_id, entity=str(c.entity), op=str(c.op),
            entity_id=c.entity_id, data=c.data, created_at=now,
        )  # fmt: skip
        latest[(c.user_id, str(c.entity), c.entity_id)] = row
    session.add_all(sorted(latest.values(), key=lambda r: r.seq))


def prune(session: Session, settings: ServerSettings) -> None:
    """Drop tombstones older than the retention and move the horizon past them."""
    cutoff = utcnow() - timedelta(seconds=settings.feed_retention_seconds)
    old = (ChangeRow.op == Op.DELETE.value) & (ChangeRow.created_at <= cutoff)
    newest = session.scalar(select(func.max(ChangeRow.seq)).where(old))
    if newest is None:
        return
    session.execute(delete(ChangeRow).where(old))
    horizon = session.get(CounterRow, "horizon", with_for_update=True)
    assert horizon is not None
    horizon.value = max(horizon.value, int(newest))


def _has_prunable(ctx: CtxDep) -> bool:
    cutoff = utcnow() - timedelta(seconds=ctx.settings.feed_retention_seconds)
    with ctx.db.read() as session:
        stmt = select(ChangeRow.seq).where(
            (ChangeRow.op == Op.DELETE.value) & (ChangeRow.created_at <= cutoff)
        )
        return session.scalars(stmt.limit(1)).first() is not None


def _parse_cursor(cursor: str | None) -> int:
    if cursor is None or cursor == "":
        return 0
    if not cursor.isdigit() or len(cursor) > 18:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "the cursor is not one this server made")
    return int(cursor)


@router.get(
    "/sync/changes",
    response_model=ChangesResponse,
    responses=problem_responses(400, 401, 410, 422),
)
def changes(
    ctx: CtxDep,
    caller: CallerDep,
    cursor: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=10_000)] = 500,
) -> ChangesResponse:
    """The caller's changes after ``cursor``; 410 when the cursor is older than what is kept."""
    after = _parse_cursor(cursor)
    if _has_prunable(ctx):
        with ctx.db.write() as session:
            prune(session, ctx.settings)
    limit = min(limit, ctx.settings.feed_page_max)
    with ctx.db.read() as session:
        if after > 0 and (
            after < read_counter(session, "horizon") or after > read_counter(session, "feed")
        ):
            raise ApiError(410, ErrorCode.CURSOR_GONE, "pull again from the start")
        stmt = (
            select(
                ChangeRow.seq, ChangeRow.entity, ChangeRow.op, ChangeRow.entity_id, ChangeRow.data
            )
            .where(ChangeRow.user_id == caller.id, ChangeRow.seq > after)
            .order_by(ChangeRow.seq)
            .limit(limit + 1)
        )
        rows = session.execute(stmt).all()
    has_more = len(rows) > limit
    rows = rows[:limit]
    out = [
        Change.model_construct(seq=r[0], entity=Entity(r[1]), op=Op(r[2]), id=r[3], data=r[4])
        for r in rows
    ]
    next_cursor = str(rows[-1][0]) if rows else str(after)
    return ChangesResponse.model_construct(changes=out, next_cursor=next_cursor, has_more=has_more)

"""The per-user change feed: seq from a counter row bumped in the write transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Annotated, Any

from fastapi import APIRouter, Query
from sqlalchemy import Text, bindparam, cast, delete, event, func, select
from sqlmodel import Session, col

from annotator_desktop.protocol import Change, ChangesResponse, Entity, ErrorCode, Op
from annotator_desktop.server.access import CallerDep, CtxDep
from annotator_desktop.server.db import bump_counter, read_counter, utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.models import ChangeRow, CounterRow
from annotator_desktop.server.rawsql import RawTransaction, Statement
from annotator_desktop.server.settings import ServerSettings
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["sync"], route_class=ParsedJSONRoute)


@dataclass
class Pending:
    """One change to record for one user."""

    user_id: str
    entity: Entity
    op: Op
    entity_id: str
    data: dict[str, Any] | None = None
    new: bool = False  # a brand-new object: no older entry to replace


_CHANGES = ChangeRow.__table__  # type: ignore[attr-defined]
_COUNTERS = CounterRow.__table__  # type: ignore[attr-defined]
_DELETE_OLD = _CHANGES.delete().where(
    _CHANGES.c.user_id == bindparam("u"),
    _CHANGES.c.entity == bindparam("e"),
    _CHANGES.c.entity_id.in_(bindparam("ids", expanding=True)),
)


def _plan(changes: list[Pending]) -> tuple[dict[tuple[str, str], list[str]], list[int]]:
    """Older entries to delete, per (user, entity), and the offsets of the changes to keep
    (the last one for each (user, entity, id))."""
    latest: dict[tuple[str, str, str], int] = {}
    for offset, c in enumerate(changes):
        latest[(c.user_id, str(c.entity), c.entity_id)] = offset
    replaced: dict[tuple[str, str], list[str]] = {}
    for (user_id, entity, entity_id), offset in latest.items():
        if not changes[offset].new:
            replaced.setdefault((user_id, entity), []).append(entity_id)
    return replaced, sorted(latest.values())


def _rows(changes: list[Pending], keep: list[int]) -> list[dict[str, Any]]:
    """Change rows; ``back``: how far below the feed counter (after adding ``len(changes)``)
    each row's seq is."""
    now = utcnow()
    return [
        {"back": len(changes) - 1 - offset, "user_id": changes[offset].user_id,
         "entity": str(changes[offset].entity), "op": str(changes[offset].op),
         "entity_id": changes[offset].entity_id, "data": changes[offset].data, "created_at": now}
        for offset in keep
    ]  # fmt: skip


_PENDING = "annotator.feed_pending"  # Session.info key: changes to write at commit


def emit(session: Session, changes: list[Pending]) -> None:
    """Record changes, replacing older entries for the same (user, entity, id).

    They are written when the transaction commits, after everything else it writes (see
    ``_write_at_commit``): the feed counter's row lock, which puts the feed in commit order,
    is then held for the counter update, this insert and the commit only. Written at once,
    the lock was also held through the ORM's flush and whatever the request did next; 50
    annotators checking out at once on PostgreSQL queued behind it for over a second.
    """
    if changes:
        session.info.setdefault(_PENDING, []).extend(changes)


@event.listens_for(Session, "before_commit")
def _write_at_commit(session: Session) -> None:
    changes: list[Pending] | None = session.info.pop(_PENDING, None)
    if not changes:
        return
    session.flush()  # the rows the changes describe, before the counter is locked
    conn = session.connection()
    replaced, keep = _plan(changes)
    for (user_id, entity), ids in replaced.items():  # per group, so the index is used
        for start in range(0, len(ids), 500):
            conn.execute(_DELETE_OLD, {"u": user_id, "e": entity, "ids": ids[start : start + 500]})
    last = bump_counter(session, "feed", len(changes))
    rows = _rows(changes, keep)
    for row in rows:
        row["seq"] = last - row.pop("back")
    conn.execute(_CHANGES.insert(), rows)


@event.listens_for(Session, "after_soft_rollback")
def _drop_at_rollback(session: Session, previous_transaction: Any) -> None:
    session.info.pop(_PENDING, None)


_RAW_DELETE_OLD = Statement(
    f"DELETE FROM {_CHANGES.name} WHERE user_id = :u AND entity = :e AND entity_id = :id"
)
_RAW_BUMP = Statement(f"UPDATE {_COUNTERS.name} SET value = value + :by WHERE name = 'feed'")
_RAW_INSERT = Statement(  # the seq from the counter as just moved: no answer is awaited
    f"INSERT INTO {_CHANGES.name} (seq, user_id, entity, op, entity_id, data, created_at)"
    f" VALUES ((SELECT value FROM {_COUNTERS.name} WHERE name = 'feed') - :back,"
    " :user_id, :entity, :op, :entity_id, :data, :created_at)",
    json=["data"], times=["created_at"],
)  # fmt: skip


def emit_raw(tx: RawTransaction, changes: list[Pending]) -> None:
    """``emit`` on a plain driver transaction (the submission path, see ``rawsql``), with
    statements that await no answer."""
    if not changes:
        return
    replaced, keep = _plan(changes)
    for (user_id, entity), ids in replaced.items():
        for entity_id in ids:
            tx.run(_RAW_DELETE_OLD, {"u": user_id, "e": entity, "id": entity_id})
    tx.run(_RAW_BUMP, {"by": len(changes)})
    tx.executemany(_RAW_INSERT, _rows(changes, keep))


def prune(session: Session, settings: ServerSettings) -> None:
    """Drop tombstones older than the retention and move the horizon past them."""
    cutoff = utcnow() - timedelta(seconds=settings.feed_retention_seconds)
    old = (col(ChangeRow.op) == Op.DELETE.value) & (col(ChangeRow.created_at) <= cutoff)
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
        stmt = select(col(ChangeRow.seq)).where(
            (col(ChangeRow.op) == Op.DELETE.value) & (col(ChangeRow.created_at) <= cutoff)
        )
        return session.scalars(stmt.limit(1)).first() is not None


def _parse_cursor(cursor: str | None) -> int:
    if cursor is None or cursor == "":
        return 0
    if not (cursor.isascii() and cursor.isdigit()) or len(cursor) > 18:
        raise ApiError(400, ErrorCode.BAD_REQUEST, "the cursor is not one this server made")
    return int(cursor)


#: A feed page holds at most this much change data (and always at least one change).
PAGE_MAX_BYTES = 8 * 1024 * 1024


def _fits(session: Session, user_id: str, after: int, limit: int) -> int:
    """How many of the next ``limit`` changes fit in ``PAGE_MAX_BYTES``, measured in the
    database (the data's stored JSON length) before any of it is read."""
    size = func.coalesce(func.length(cast(col(ChangeRow.data), Text)), 0)
    stmt = (
        select(size)
        .where(col(ChangeRow.user_id) == user_id, col(ChangeRow.seq) > after)
        .order_by(col(ChangeRow.seq))
        .limit(limit)
    )
    total = 0
    for n, (length,) in enumerate(session.execute(stmt).all()):
        total += int(length) + 100  # the change's own fields
        if total > PAGE_MAX_BYTES and n > 0:
            return n
    return limit


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
        limit = _fits(session, caller.id, after, limit)
        stmt = (
            select(
                col(ChangeRow.seq),
                col(ChangeRow.entity),
                col(ChangeRow.op),
                col(ChangeRow.entity_id),
                col(ChangeRow.data),
            )
            .where(col(ChangeRow.user_id) == caller.id, col(ChangeRow.seq) > after)
            .order_by(col(ChangeRow.seq))
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

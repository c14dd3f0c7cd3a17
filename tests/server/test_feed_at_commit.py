"""Feed changes are written when their transaction commits, after everything else it wrote, so
the feed counter's row lock (which puts the feed in commit order) is held only for that last
step; a rolled-back transaction writes none."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select
from sqlmodel import col

from annotator_desktop.protocol import Entity, Op
from annotator_desktop.server.db import Database
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.models import ChangeRow


def _change(entity_id: str) -> Pending:
    return Pending("u1", Entity.TASK, Op.UPSERT, entity_id, {"id": entity_id}, new=True)


def test_changes_are_written_at_commit_in_order_and_never_after_a_rollback(db_url: str) -> None:
    db = Database(db_url)
    db.create_all()
    db.ensure_counters()
    try:
        with db.write() as session:
            emit(session, [_change("t1")])
            count = select(func.count()).select_from(ChangeRow)
            assert session.connection().execute(count).scalar_one() == 0  # not yet: at commit
            emit(session, [_change("t2")])
        with pytest.raises(RuntimeError), db.write() as session:
            emit(session, [_change("t3")])
            raise RuntimeError("the request failed")
        with db.write() as session:
            emit(session, [_change("t4")])
        with db.read() as session:
            rows = session.execute(
                select(col(ChangeRow.seq), col(ChangeRow.entity_id)).order_by(col(ChangeRow.seq))
            ).all()
        assert [entity for _, entity in rows] == ["t1", "t2", "t4"]
        seqs = [seq for seq, _ in rows]
        assert seqs == sorted(set(seqs))
    finally:
        db.dispose()

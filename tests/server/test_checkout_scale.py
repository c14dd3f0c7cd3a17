"""Checkout reads a bounded number of rows whatever the project's size, and concurrent
checkouts never lease a task beyond its overlap (SQLite and PostgreSQL)."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, func, insert, select, update

from annotator_desktop.server import leases, services
from annotator_desktop.server.db import Database, utcnow
from annotator_desktop.server.models import AssignmentRow, ProjectRow, TaskRow

LEASE = 3600


def _project(db: Database, tasks: int, overlap: int = 1) -> str:
    with db.write() as session:
        project = services.create_project(session, "p", "rewrite", config={"overlap": overlap})
        specs = [{"payload": {"prompt": f"p {i}", "draft_md": f"draft {i}"}} for i in range(tasks)]
        services.add_tasks(session, project, specs)
        return project.id


def _lease_prefix(db: Database, project_id: str, n: int, user_id: str = "someone") -> None:
    """The first ``n`` tasks fully leased to ``user_id`` (rows written in bulk)."""
    now = utcnow()
    with db.write() as session:
        ids = session.scalars(
            select(TaskRow.id).where(TaskRow.project_id == project_id).order_by(TaskRow.seq_no)
        ).all()[:n]
        expires = now + timedelta(hours=1)
        rows = [
            {"id": f"{project_id}-{i}", "task_id": tid, "project_id": project_id,
             "user_id": user_id, "lease_epoch": 1, "state": "submitted",
             "expires_at": expires, "created_at": now, "updated_at": now}
            for i, tid in enumerate(ids)
        ]  # fmt: skip
        session.execute(insert(AssignmentRow), rows)
        session.execute(
            update(TaskRow).where(TaskRow.id.in_(ids)).values(live_count=1)  # type: ignore[attr-defined]
        )


def _users(db: Database, n: int) -> list[str]:
    with db.write() as session:
        return [services.create_user(session, f"u{i}", "pw", ["annotator"], scrypt_n=2).id
                for i in range(n)]  # fmt: skip


def _vm_steps(db: Database, project_id: str, user_id: str) -> int:
    """SQLite virtual-machine steps (in thousands) of one checkout of 10 tasks."""
    steps = [0]

    def on_begin(conn: Any) -> None:
        raw: sqlite3.Connection = conn.connection.dbapi_connection
        raw.set_progress_handler(lambda: steps.__setitem__(0, steps[0] + 1) or 0, 1000)

    event.listen(db._writer, "begin", on_begin)
    try:
        with db.write() as session:
            project = session.get(ProjectRow, project_id)
            assert project is not None
            assert len(leases.checkout(session, project, user_id, 10, LEASE)) == 10
            session.connection().connection.dbapi_connection.set_progress_handler(None, 0)
    finally:
        event.remove(db._writer, "begin", on_begin)
    return steps[0]


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    db = Database(f"sqlite:///{tmp_path / 'x.sqlite3'}")
    db.create_all()
    yield db
    db.dispose()


def test_checkout_work_does_not_grow_with_the_project(sqlite_db: Database) -> None:
    """Checkout on a 5,000-task project whose first 4,000 tasks are taken does about the work
    of one on a 500-task project whose first 400 are (counted in SQLite VM steps, not time);
    it read every task of the project before (x10 the work)."""
    user = _users(sqlite_db, 1)[0]
    small, big = _project(sqlite_db, 500), _project(sqlite_db, 5000)
    _lease_prefix(sqlite_db, small, 400)
    _lease_prefix(sqlite_db, big, 4000)
    small_steps = _vm_steps(sqlite_db, small, user)
    big_steps = _vm_steps(sqlite_db, big, user)
    assert big_steps <= 1.5 * small_steps + 5, (small_steps, big_steps)


def test_checkout_work_does_not_grow_with_the_callers_history(sqlite_db: Database) -> None:
    """A trainer who submitted 4,000 tasks checks out with about the work of one who submitted
    400. Before, SQLite checked "not already mine" through the user_id index, reading every
    assignment the user ever had for each candidate (x10 the work here; 282 ms per checkout
    at 100,000 submitted)."""
    light, heavy = _users(sqlite_db, 2)
    small, big = _project(sqlite_db, 500), _project(sqlite_db, 4100)
    _lease_prefix(sqlite_db, small, 400, light)
    _lease_prefix(sqlite_db, big, 4000, heavy)
    light_steps = _vm_steps(sqlite_db, small, light)
    heavy_steps = _vm_steps(sqlite_db, big, heavy)
    assert heavy_steps <= 1.5 * light_steps + 5, (light_steps, heavy_steps)


def test_checkout_statements_are_bounded(sqlite_db: Database) -> None:
    user = _users(sqlite_db, 1)[0]
    pid = _project(sqlite_db, 5000)
    statements: list[str] = []

    def count(*args: Any) -> None:
        statements.append(args[2])

    event.listen(sqlite_db.engine, "before_cursor_execute", count)
    try:
        with sqlite_db.write() as session:
            project = session.get(ProjectRow, pid)
            assert project is not None
            leases.checkout(session, project, user, 10, LEASE)
    finally:
        event.remove(sqlite_db.engine, "before_cursor_execute", count)
    assert len(statements) <= 60, statements


def test_concurrent_checkouts_never_over_lease(db_url: str) -> None:
    db = Database(db_url)
    db.create_all()
    try:
        pid = _project(db, 40, overlap=2)
        users = _users(db, 12)
        errors: list[BaseException] = []
        start = threading.Barrier(len(users))

        def work(user_id: str) -> None:
            try:
                start.wait(30)
                with db.write() as session:
                    project = session.get(ProjectRow, pid)
                    assert project is not None
                    leases.checkout(session, project, user_id, 5, LEASE)
            except BaseException as exc:  # reported below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(u,)) for u in users]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert not errors, errors
        with db.read() as session:
            live = AssignmentRow.state.in_(leases.LIVE)  # type: ignore[attr-defined]
            per_task = dict(session.execute(
                select(AssignmentRow.task_id, func.count()).where(live)
                .group_by(AssignmentRow.task_id)
            ).all())  # fmt: skip
            pairs = session.execute(
                select(AssignmentRow.task_id, AssignmentRow.user_id).where(live)
            ).all()
            kept = dict(session.execute(select(TaskRow.id, TaskRow.live_count)).all())
        if db.is_sqlite:  # one writer at a time: everyone served in full (80 slots)
            assert sum(per_task.values()) == 12 * 5
        # PostgreSQL: a task another checkout holds is skipped (SKIP LOCKED), not waited for
        assert 0 < sum(per_task.values()) <= 12 * 5
        assert max(per_task.values()) <= 2  # never beyond the overlap
        assert len(set(pairs)) == len(pairs)  # never one task twice to one user
        assert all(kept[t] == n for t, n in per_task.items())  # the kept count is exact
    finally:
        db.dispose()

"""A skip's outbox row goes through the push like any other (issue 17, item 7): accepted, refused,
retried; the server records the reason and ends the lease, the local lease is not flagged."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlmodel import select
from sync_helpers import engine, server_db, sign_in

from annotator_desktop.core import operations
from annotator_desktop.core.store import Assignment, Outbox, Skip, Store, Task, ops, utcnow
from annotator_desktop.core.sync.outbox import push
from support.live_server import LiveServer
from support.proxy import Proxy


@pytest.fixture
def proxy(live_server: LiveServer) -> Iterator[Proxy]:
    p = Proxy(live_server.port).start()
    yield p
    p.stop()


def _server_skips(server: Any) -> list[tuple[str, str, str, str]]:
    """(id, task_id, reason, text) of every skip the server stored."""
    con = sqlite3.connect(server_db(server))
    try:
        rows = con.execute("SELECT id, task_id, reason, text FROM skips ORDER BY received_at")
        return [tuple(r) for r in rows.fetchall()]
    finally:
        con.close()


def _server_lease_state(server: Any, assignment_id: str) -> str:
    con = sqlite3.connect(server_db(server))
    try:
        return str(con.execute("SELECT state FROM assignments WHERE id = ?", (assignment_id,))
                   .fetchone()[0])  # fmt: skip
    finally:
        con.close()


def _local(store: Store, skip_id: str) -> tuple[str, str, str]:
    """(skip state, outbox row state, task state)."""
    with store.read() as s:
        skip = s.get(Skip, skip_id)
        box = s.exec(select(Outbox).where(Outbox.ref_id == skip_id)).one()
        task = s.get(Task, skip.task_id)  # type: ignore[union-attr]
    assert skip is not None and task is not None
    return skip.state, box.state, task.state


def _newest_skip(store: Store) -> str:
    with store.read() as s:
        return s.exec(select(Skip.id).order_by(Skip.skipped_at.desc())).first() or ""  # type: ignore[union-attr]


def test_skip_reaches_the_server_and_ends_the_lease(
    store: Store, data_home: Path, live_server: LiveServer
) -> None:
    client = sign_in(store, live_server.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    with store.read() as s:
        lease = s.exec(select(Assignment).where(Assignment.task_id == "demo-bbox-05")).one()
    ops.save_draft(store, "demo-bbox-05", {"boxes": []}, 3.0)  # unsent work on the task
    operations.skip(store, "demo-bbox-05", "broken", "the image is blank")
    skip_id = _newest_skip(store)
    report = eng.sync(with_assets=False)  # push, then pull (the lease's tombstone comes in)
    assert report.push.accepted == 1
    assert _server_skips(live_server) == [(skip_id, "demo-bbox-05", "broken", "the image is blank")]
    assert _server_lease_state(live_server, lease.id) == "skipped"
    assert _local(store, skip_id) == ("sent", "done", "skipped")
    with store.read() as s:
        after = s.get(Assignment, lease.id)
    assert after is not None and after.state == "released" and not after.flagged


def test_refused_and_mismatched_skips_are_kept_as_failed(
    store: Store, data_home: Path, live_server: LiveServer
) -> None:
    client = sign_in(store, live_server.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    with store.write() as s:  # a task the server never gave this user
        s.add(Task(id="ghost", project_id="demo-bbox", kind="bbox", title="Ghost"))
    operations.skip(store, "ghost", "unclear")
    ghost = _newest_skip(store)
    report = push(client, store, client.config)
    assert report.rejected == 1
    assert _local(store, ghost) == ("failed", "failed", "skipped")  # kept, visible
    operations.skip(store, "demo-bbox-06", "not_my_expertise")
    mine = _newest_skip(store)
    assert push(client, store, client.config).accepted == 1
    with store.write() as s:  # the same id sent again with another body
        row = s.exec(select(Outbox).where(Outbox.ref_id == mine)).one()
        row.body, row.state = {**row.body, "reason": "broken"}, "queued"
        s.add(row)
    assert push(client, store, client.config).conflicts == 1
    assert _local(store, mine) == ("failed", "failed", "skipped")
    assert [r[2] for r in _server_skips(live_server)] == ["not_my_expertise"]


def test_a_skip_made_offline_is_retried_until_sent(
    store: Store, data_home: Path, live_server: LiveServer, proxy: Proxy
) -> None:
    client = sign_in(store, proxy.url)
    engine(client, store, data_home / "assets").sync(with_assets=False)
    proxy.set_enabled(False)
    operations.skip(store, "demo-bbox-05", "other", "duplicate of scene 4")
    skip_id = _newest_skip(store)
    report = push(client, store, client.config)
    assert report.stopped_by == "offline" and report.retrying == 1
    assert _local(store, skip_id) == ("queued", "queued", "skipped")
    assert _server_skips(live_server) == []
    proxy.set_enabled(True)
    with store.write() as s:  # the back-off has passed
        row = s.exec(select(Outbox).where(Outbox.ref_id == skip_id)).one()
        assert row.attempts == 1
        row.next_attempt_at = utcnow()
        s.add(row)
    assert push(client, store, client.config).accepted == 1
    assert _local(store, skip_id) == ("sent", "done", "skipped")
    assert [r[0] for r in _server_skips(live_server)] == [skip_id]

"""Skip as an operation (issue 17, item 7): the skip, its reason and its outbox row are written in
one transaction with the task's new state; a folder project's skip stays local; a change record
asks for the push."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from annotator_desktop.core import operations
from annotator_desktop.core.store import (
    Assignment,
    Draft,
    Outbox,
    Project,
    Skip,
    Store,
    Task,
    open_store,
    ops,
)
from annotator_desktop.core.store.migrations import MIGRATIONS, SCHEMA_SKIPS, statements
from annotator_desktop.core.sync import apply
from support.tx_events import TxEvents


def _tasks(store: Store) -> None:
    with store.write() as s:
        s.add(Project(id="srv", name="S", kind="rewrite", source="server"))
        s.add(Project(id="loc", name="L", kind="rewrite", source="local", local_root="/x"))
        s.add(Task(id="t1", project_id="srv", kind="rewrite", title="One"))
        s.add(Task(id="t2", project_id="srv", kind="rewrite", title="Two"))
        s.add(Task(id="f1", project_id="loc", kind="rewrite", title="Folder"))
        s.add(Assignment(id="a1", task_id="t1", project_id="srv", lease_epoch=3, state="active"))


def test_skip_writes_reason_outbox_row_and_state_in_one_transaction(store: Store) -> None:
    _tasks(store)
    ops.save_draft(store, "t1", {"text_md": "half done", "notes": ""}, 12.0)
    seen: list[str] = []
    TxEvents(store, seen.append)
    changes = operations.skip(store, "t1", "broken", "the prompt is cut off")
    assert [e for e in seen if e.endswith(("begin", "committed"))] == [
        "tx 1 begin",
        "tx 1 committed",
    ]  # one write transaction: all of it, or (killed before COMMIT) none of it
    assert changes.source == "skip" and changes.outbox_grew
    assert dict(changes.tasks) == {"t1": "skipped"}
    with store.read() as s:
        skip = s.exec(select(Skip)).one()
        box = s.exec(select(Outbox)).one()
        task, lease = s.get(Task, "t1"), s.get(Assignment, "a1")
        draft = s.get(Draft, "t1")
    assert (skip.task_id, skip.reason, skip.text, skip.state) == (
        "t1", "broken", "the prompt is cut off", "queued",
    )  # fmt: skip
    assert skip.assignment_id == "a1"
    assert box.entity == "skip" and box.ref_id == skip.id and box.method == "PUT"
    assert box.path == f"/api/v1/skips/{skip.id}" and box.state == "queued"
    assert box.body["reason"] == "broken" and box.body["assignment_id"] == "a1"
    assert box.body["task_id"] == "t1" and box.body["text"] == "the prompt is cut off"
    assert task is not None and task.state == "skipped"
    assert lease is not None and lease.state == "released"  # not renewed any more
    assert draft is not None and draft.result["text_md"] == "half done"  # work is kept


def test_the_servers_tombstone_leaves_a_skipped_lease_unflagged(store: Store) -> None:
    _tasks(store)
    ops.save_draft(store, "t1", {"text_md": "half done", "notes": ""}, 1.0)
    operations.skip(store, "t1", "unclear")
    with store.write() as s:
        apply.delete_assignment(s, "a1")  # the feed says the lease ended
    with store.read() as s:
        lease = s.get(Assignment, "a1")
    assert lease is not None and lease.state == "released" and not lease.flagged


def test_a_folder_projects_skip_is_recorded_here_only(store: Store) -> None:
    _tasks(store)
    changes = operations.skip(store, "f1", "other", "not a street scene")
    assert changes.outbox_delta == 0 and dict(changes.tasks) == {"f1": "skipped"}
    with store.read() as s:
        skip = s.exec(select(Skip)).one()
        assert s.exec(select(Outbox)).all() == []
        assert s.get(Task, "f1").state == "skipped"  # type: ignore[union-attr]
    assert (skip.state, skip.reason, skip.text) == ("local", "other", "not a street scene")


@pytest.mark.parametrize(
    ("reason", "text"), [("other", ""), ("other", "   "), ("boring", ""), ("broken", "x" * 2001)]
)
def test_an_invalid_skip_writes_nothing(store: Store, reason: str, text: str) -> None:
    _tasks(store)
    with pytest.raises(ValueError):
        operations.skip(store, "t2", reason, text)
    with store.read() as s:
        assert s.exec(select(Skip)).all() == [] and s.exec(select(Outbox)).all() == []
        assert s.get(Task, "t2").state == "new"  # type: ignore[union-attr]


def test_an_older_cache_gets_the_skip_table(tmp_path: Path) -> None:
    version = next(v for v, sql in MIGRATIONS.items() if sql is SCHEMA_SKIPS)
    assert version == 8
    path = tmp_path / "cache.sqlite3"
    con = sqlite3.connect(path)  # the cache as the release before made it
    for older in range(1, version):
        for stmt in statements(MIGRATIONS[older]):
            con.execute(stmt)
    con.execute(f"PRAGMA user_version = {version - 1}")
    con.commit()
    con.close()
    store = open_store(path)
    try:
        _tasks(store)
        operations.skip(store, "t2", "not_my_expertise")
        with store.read() as s:
            assert s.exec(select(Skip.reason)).all() == ["not_my_expertise"]
    finally:
        store.close()


def test_a_skipped_task_is_neither_done_nor_left_in_the_progress(store: Store) -> None:
    from datetime import UTC, datetime

    from annotator_desktop.core.store.progress import read_progress

    _tasks(store)
    day = datetime(2000, 1, 1, tzinfo=UTC)
    before = read_progress(store, "srv", day)
    operations.skip(store, "t1", "unclear", "")
    after = read_progress(store, "srv", day)
    assert (before.done, before.left) == (0, 2)
    assert (after.done, after.left) == (0, 1)

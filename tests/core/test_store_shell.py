"""The local store: migration from schema v1 with data, integrity, damaged and too-new files,
unwritable folders, concurrent writers, and the sqlite3-only list reader."""

from __future__ import annotations

import json
import sqlite3
import threading
from pathlib import Path

import pytest
from sqlmodel import select

from annotator_desktop.core.store import (
    Assignment,
    Draft,
    Outbox,
    Project,
    Review,
    StoreNotWritable,
    StoreTooNew,
    Task,
    open_store,
    ops,
)
from annotator_desktop.core.store.migrations import LATEST_VERSION, SCHEMA_V1, statements
from annotator_desktop.core.store.rows import (
    HEAD_LEASES_SQL,
    HEAD_TASKS_SQL,
    HEAD_VERDICTS_SQL,
    quick_list,
    read_list,
)


def make_v1(path: Path) -> None:
    conn = sqlite3.connect(path)
    for stmt in statements(SCHEMA_V1):
        conn.execute(stmt)
    conn.execute(
        "INSERT INTO project VALUES ('p1', 'Streets', 'bbox', '', ?, 'server', NULL)",
        (json.dumps({"labels": [{"name": "car"}]}),),
    )
    conn.execute(
        "INSERT INTO task VALUES ('t1', 'p1', 'bbox', 'Street One', ?, 'draft', 0, NULL)",
        (json.dumps({"image": {"sha256": "a" * 64}}),),
    )
    conn.execute(
        "INSERT INTO draft VALUES ('t1', NULL, ?, 12.5, NULL, NULL, 3)",
        (json.dumps({"boxes": [{"label": "car", "x": 1, "y": 2, "w": 3, "h": 4}]}),),
    )
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()


def test_upgrade_from_schema_v1_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    make_v1(path)
    assert quick_list(path) is None  # old schema: the full open must migrate first
    store = open_store(path)
    try:
        assert store.user_version() == LATEST_VERSION
        assert store.integrity_check() == ["ok"]
        task = ops.get_task(store, "t1")
        assert task is not None and task.search_text == "t1 street one"
        draft = ops.load_draft(store, "t1")
        assert draft is not None and draft.active_seconds == 12.5 and draft.revision == 3
        assert draft.result["boxes"][0]["label"] == "car"
        listing = quick_list(path)
        assert listing is not None and [t.id for t in listing.tasks] == ["t1"]
        assert listing.projects[0].name == "Streets"
    finally:
        store.close()


def test_damaged_file_moved_aside_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    junk = b"SQLite format 3\x00" + b"\xff" * 4000
    path.write_bytes(junk)
    store = open_store(path)
    try:
        assert store.recovered_from is not None
        assert store.recovered_from.read_bytes() == junk
        assert store.integrity_check() == ["ok"]
        assert ops.task_rows(store) == []
    finally:
        store.close()


def test_too_new_file_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreTooNew) as err:
        open_store(path)
    assert err.value.path == path and "newer version" in str(err.value)
    assert path.read_bytes() == before


def test_unwritable_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(StoreNotWritable):
        open_store(blocker / "cache.sqlite3")


def test_concurrent_writers_serialise(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    first = open_store(path)
    second = open_store(path)  # a second engine, as another process would have
    with first.write() as s:
        s.add(Project(id="p", name="P", kind="bbox"))
        for i in range(20):
            s.add(Task(id=f"t{i}", project_id="p", kind="bbox", title=f"T{i}"))
    errors: list[BaseException] = []

    def writer(store: object, offset: int) -> None:
        try:
            for i in range(20):
                ops.save_draft(store, f"t{i}", {"n": offset + i}, float(i))  # type: ignore[arg-type]
        except BaseException as exc:
            errors.append(exc)

    threads = [
        threading.Thread(target=writer, args=(st, k * 100)) for k, st in enumerate((first, second))
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert errors == []
        with first.read() as s:
            drafts = s.exec(select(Draft)).all()
        assert len(drafts) == 20 and all(d.revision == 2 for d in drafts)
        assert first.integrity_check() == ["ok"]
    finally:
        first.close()
        second.close()


def test_submit_writes_outbox_only_for_server_projects(store: object) -> None:
    with store.write() as s:  # type: ignore[attr-defined]
        s.add(Project(id="srv", name="S", kind="bbox", source="server"))
        s.add(Project(id="loc", name="L", kind="bbox", source="local"))
        s.add(Task(id="a", project_id="srv", kind="bbox"))
        s.add(Task(id="b", project_id="loc", kind="bbox"))
    ops.submit(store, "a", {"boxes": []}, 5.0)  # type: ignore[arg-type]
    ops.submit(store, "b", {"boxes": []}, 6.0)  # type: ignore[arg-type]
    with store.read() as s:  # type: ignore[attr-defined]
        outbox = s.exec(select(Outbox)).all()
    assert [o.body["task_id"] for o in outbox] == ["a"]
    assert outbox[0].body["active_seconds"] == 5.0
    listing = read_list(store.path)  # type: ignore[attr-defined]
    assert {t.id: t.state for t in listing.tasks} == {"a": "submitted", "b": "submitted"}


def test_last_task_state_round_trip(store: object) -> None:
    ops.set_state(store, "ui.last_task", "t9")  # type: ignore[arg-type]
    assert ops.get_state(store, "ui.last_task") == "t9"  # type: ignore[arg-type]
    assert ops.get_state(store, "missing", "dflt") == "dflt"  # type: ignore[arg-type]


@pytest.mark.slow
def test_locked_database_reported(tmp_path: Path) -> None:
    from annotator_desktop.core.store import StoreLocked

    path = tmp_path / "cache.sqlite3"
    make_v1(path)  # needs a migration, which needs the write lock
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(StoreLocked) as err:
            open_store(path)
        assert err.value.path == path
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    store = open_store(path)  # fine once released
    assert store.user_version() == LATEST_VERSION
    store.close()


def test_quick_list_head_gives_the_first_tasks_then_read_list_the_rest(tmp_path: Path) -> None:
    """Before the first paint only the first tasks (with their verdicts and leases) are read;
    ``total`` says how many there are, and ``read_list`` has every one, in the same order."""
    path = tmp_path / "cache.sqlite3"
    store = open_store(path)
    with store.write() as s:
        for p in ("b", "a"):
            s.add(Project(id=p, name=p.upper(), kind="bbox"))
            for i in range(15):  # positions out of insertion order: the list sorts them
                s.add(Task(id=f"{p}{i:02d}", project_id=p, kind="bbox", position=14 - i))
        for task_id in ("a14", "b00"):  # a14 is first in list order, b00 the very last
            s.add(Assignment(id=f"as-{task_id}", task_id=task_id, flagged=True))
            s.add(Review(id=f"r-{task_id}", submission_id="", task_id=task_id, verdict="accept"))
    store.close()
    full = read_list(path)
    assert full.complete and full.total is None and len(full.tasks) == 30
    assert [t.id for t in full.tasks[:3]] == ["a14", "a13", "a12"]
    assert set(full.verdicts) == set(full.leases) == {"a14", "b00"}
    head = quick_list(path, 10)
    assert head is not None and not head.complete and head.total == 30
    assert head.tasks == full.tasks[:10]
    assert head.projects == full.projects
    assert set(head.verdicts) == set(head.leases) == {"a14"}  # only the rows it has
    whole = quick_list(path, 30)  # no more tasks than the head: everything, complete
    assert whole is not None and whole.complete and whole.tasks == full.tasks
    assert set(whole.verdicts) == {"a14", "b00"}
    conn = sqlite3.connect(path)  # the head is an index walk, not a sort of every task
    plans = [
        " ".join(str(r[-1]) for r in conn.execute(f"EXPLAIN QUERY PLAN {sql}", {"n": 10}))
        for sql in (HEAD_TASKS_SQL, HEAD_VERDICTS_SQL, HEAD_LEASES_SQL)
    ]
    assert all("INDEX ix_task_list_order" in plan for plan in plans), plans
    assert "TEMP B-TREE" not in plans[0], plans[0]
    conn.close()

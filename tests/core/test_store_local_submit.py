"""A submission in a folder project is done where it is: no outbox row, never "queued"."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlmodel import select

from annotator_desktop.cli import main
from annotator_desktop.core.store import (
    Outbox,
    Project,
    Store,
    Submission,
    SubmissionState,
    Task,
    open_store,
    ops,
)
from annotator_desktop.core.store.migrations import MIGRATIONS, SCHEMA_LOCAL_DONE
from annotator_desktop.core.sync.commands import status_data


def _version_of(script: str) -> int:
    return next(version for version, sql in MIGRATIONS.items() if sql is script)


def _two_projects(store: Store) -> None:
    with store.write() as s:
        s.add(Project(id="srv", name="S", kind="bbox", source="server"))
        s.add(Project(id="loc", name="L", kind="bbox", source="local", local_root="/pics"))
        s.add(Task(id="a", project_id="srv", kind="bbox"))
        s.add(Task(id="b", project_id="loc", kind="bbox"))


def test_the_project_origin_decides_the_submission_state(store: Store) -> None:
    _two_projects(store)
    server_sub = ops.submit(store, "a", {"boxes": []}, 5.0)
    local_sub = ops.submit(store, "b", {"boxes": []}, 6.0)
    assert server_sub.state == SubmissionState.QUEUED
    assert local_sub.state == SubmissionState.SUBMITTED_LOCALLY
    with store.read() as s:
        assert [o.ref_id for o in s.exec(select(Outbox)).all()] == [server_sub.id]
        assert s.get(Task, "b").state == "submitted"  # type: ignore[union-attr]
    data = status_data(store)
    assert data["outbox"] == {"queued": 1}
    assert data["submissions"] == {"queued": 1, "submitted_locally": 1}


def test_status_says_submitted_locally(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    with store.write() as s:
        s.add(Project(id="loc", name="L", kind="bbox", source="local"))
        s.add(Task(id="b", project_id="loc", kind="bbox"))
    ops.submit(store, "b", {"boxes": []}, 1.0)
    store.close()
    assert main(["status"]) == 0
    out = capsys.readouterr().out
    assert "outbox 0 queued" in out and "1 submitted locally" in out
    assert main(["status", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["outbox"] == {} and data["submissions"] == {"submitted_locally": 1}


def test_old_queued_local_submissions_are_marked_done_on_upgrade(tmp_path: Path) -> None:
    """Caches from before this fix kept folder-project submissions "queued" for ever."""
    path = tmp_path / "cache.sqlite3"
    store = open_store(path)
    _two_projects(store)
    server_sub = ops.submit(store, "a", {"boxes": []}, 5.0)
    local_sub = ops.submit(store, "b", {"boxes": []}, 6.0)
    store.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE submission SET state = 'queued'")  # as the old version wrote it
    conn.execute(f"PRAGMA user_version = {_version_of(SCHEMA_LOCAL_DONE) - 1}")
    conn.commit()
    conn.close()
    store = open_store(path)
    try:
        with store.read() as s:
            states = {x.id: x.state for x in s.exec(select(Submission)).all()}
        assert states == {server_sub.id: "queued", local_sub.id: "submitted_locally"}
    finally:
        store.close()

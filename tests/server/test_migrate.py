"""Alembic migrations (issue 20, item 4): a database made by the last release before migrations
upgrades cleanly, ``serve`` refuses a database behind the code, the models match the
revisions, and two servers starting together on an empty database never race."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from datetime import datetime
from pathlib import Path

import pytest
import requests
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from annotator_desktop.server import models
from annotator_desktop.server.cli import main
from annotator_desktop.server.db import Database
from annotator_desktop.server.migrate import BASELINE, head, state, upgrade
from support.live_server import LiveServer

from .conftest import start_served, stop_served

LEGACY = Path(__file__).with_name("legacy") / "make_legacy_db.py"


def make_legacy(url: str) -> None:
    subprocess.run([sys.executable, str(LEGACY), url], check=True, timeout=120)


def test_release_database_upgrades_cleanly(
    db_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_legacy(db_url)
    db = Database(db_url)
    try:
        before = state(db)
        assert before.legacy and before.current is None and not before.up_to_date
    finally:
        db.dispose()
    args = ["--db", db_url, "--assets", str(tmp_path / "assets")]
    assert main(["serve", *args, "--port", "0"]) == 2  # refuses: behind, no --migrate
    err = capsys.readouterr().err
    assert "annotator-server migrate" in err and "before migrations" in err
    assert main(["users", "list", *args]) == 2  # admin commands refuse it too
    capsys.readouterr()
    assert main(["migrate", *args]) == 0
    out = json.loads(capsys.readouterr().out)
    assert out == {"database": "pre-migration", "now": head(), "upgraded": True}
    db = Database(db_url)
    try:
        after = state(db)
        assert after.up_to_date and after.current == head() != BASELINE
        with db.write() as session:  # the old rows are all there, and 64-bit epochs fit now
            conn = session.connection()
            assert conn.execute(text("SELECT username FROM users")).scalars().all() == ["old"]
            assert conn.execute(text("SELECT value FROM counters WHERE name='feed'")).scalar() == 7
            conn.execute(text("UPDATE assignments SET lease_epoch = :e"), {"e": 2**40})
            assert conn.execute(text("SELECT lease_epoch FROM submissions")).scalar() == 3
            # the figures the server now keeps were computed from the old rows
            counts = conn.execute(text("SELECT live_count, done_count FROM tasks")).one()
            assert tuple(counts) == (1, 1)
            project = text("SELECT tasks, started, completed FROM project_counts")
            assert tuple(conn.execute(project).one()) == (1, 0, 1)
            dirty = text("SELECT task_id FROM task_agreement WHERE dirty")
            assert conn.execute(dirty).scalars().all() == ["t1"]
    finally:
        db.dispose()
    assert main(["migrate", *args]) == 0  # a second run has nothing to do
    assert json.loads(capsys.readouterr().out)["upgraded"] is False
    served = start_served(db_url, tmp_path)  # and the server runs on it
    try:
        assert served.login("ana").get("/me").json()["username"] == "ana"
    finally:
        stop_served(served)


def test_models_match_the_migrations(db_url: str) -> None:
    """A model change without a revision fails here (``alembic revision --autogenerate``)."""
    assert models
    db = Database(db_url)
    try:
        upgrade(db, replay=True)  # every revision, not the models' create_all
        assert state(db).up_to_date
        with db.engine.connect() as conn:
            diff = compare_metadata(
                MigrationContext.configure(conn, opts={"compare_type": True}),
                models.server_metadata(),
            )
        assert diff == []
    finally:
        db.dispose()


def test_a_team_server_database_gets_the_skip_tables(db_url: str) -> None:
    """A database at r0002 (the team server release) upgrades to the skips revision with its
    rows kept, and a skip can be stored and counted there."""
    db = Database(db_url)
    try:
        upgrade(db, revision="0002", replay=True)
        assert state(db).current == "0002"
        assert "skips" not in inspect(db.engine).get_table_names()
        with db.write() as session:
            session.execute(text("INSERT INTO counters (name, value) VALUES ('kept', 5)"))
        upgrade(db)
        assert state(db).up_to_date
        assert {"skips", "skip_counts"} <= set(inspect(db.engine).get_table_names())
        indexes = {i["name"] for i in inspect(db.engine).get_indexes("skips")}
        assert {"ix_skips_project_received", "ix_skips_project_reason"} <= indexes
        with db.write() as session:
            conn = session.connection()
            assert conn.execute(text("SELECT value FROM counters WHERE name='kept'")).scalar() == 5
            conn.execute(text(
                "INSERT INTO skips (id, body_hash, task_id, project_id, user_id, reason, text,"
                " received_at, released) VALUES ('k1', 'h', 't', 'p', 'u', 'broken', '',"
                " :now, :f)"
            ), {"now": datetime(2026, 1, 1), "f": False})  # fmt: skip
            conn.execute(
                text("INSERT INTO skip_counts (project_id, reason, n) VALUES ('p', 'broken', 1)")
            )
            assert conn.execute(text("SELECT count(*) FROM skips")).scalar() == 1
    finally:
        db.dispose()


def test_two_servers_starting_together_on_an_empty_database(db_url: str, tmp_path: Path) -> None:
    servers: list[LiveServer] = []
    errors: list[BaseException] = []

    def start(i: int) -> None:
        try:
            servers.append(LiveServer.start(tmp_path / f"s{i}", demo=True, db_url=db_url))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=start, args=(i,)) for i in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    try:
        assert not errors, errors
        assert len(servers) == 2
        for server in servers:
            r = requests.get(f"{server.api}/health", timeout=10)
            assert r.status_code == 200
            assert server.login("ana", "ana-demo")
    finally:
        for server in servers:
            server.stop()
    db = Database(db_url)
    try:
        assert state(db).up_to_date
    finally:
        db.dispose()

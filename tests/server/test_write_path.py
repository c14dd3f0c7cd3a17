"""The submission write path: plain driver statements, the SQLite lock, background checkpoints,
and a server killed in the middle of a stream of submissions."""

from __future__ import annotations

import asyncio
import http.client
import itertools
import json
import random
import sqlite3
import struct
import threading
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import event, func, select, text
from sqlmodel import col

from annotator_desktop.server.db import Database
from annotator_desktop.server.models import ChangeRow, SubmissionRow
from annotator_desktop.server.rawsql import BUSY_TIMEOUT_MS, Statement, WriterBusy
from annotator_desktop.server.settings import ServerSettings
from annotator_desktop.server.submissions import _INSERT
from support.live_server import LiveServer

from .conftest import Served
from .results import body_for, new_id


def _row(sub_id: str, when: datetime) -> dict[str, Any]:
    return {
        "id": sub_id, "body_hash": "h", "assignment_id": "a", "task_id": "t", "project_id": "p",
        "annotator_id": "u", "lease_epoch": 3,
        "result": {"text_md": "مرحبا — 日本語 <script>x</script>", "n": [1, 2.5, None]},
        "started_at": None, "submitted_at": when, "active_seconds": 1.25, "late": True,
        "state": "late", "received_at": when.replace(microsecond=0),
    }  # fmt: skip


def test_rows_written_by_driver_statements_read_back_through_the_orm(db_url: str) -> None:
    db = Database(db_url)
    db.create_all()
    try:
        when = datetime(2026, 11, 29, 17, 5, 9, 123456)
        with db.raw.write() as tx:
            tx.execute(_INSERT, _row("s1", when))
        with db.read() as session:
            got = session.get(SubmissionRow, "s1")
        assert got is not None
        for key, value in _row("s1", when).items():
            assert getattr(got, key) == value, key
        with pytest.raises(db.raw.IntegrityError), db.raw.write() as tx:
            tx.execute(_INSERT, _row("s1", when))  # same id: refused, and rolled back
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(SubmissionRow)) == 1
    finally:
        db.dispose()


def test_requests_queued_at_the_sqlite_write_gate_hold_no_pooled_connection(
    sqlite_url: str,
) -> None:
    """A submission reads (its token) and then writes. While it waits for the process's write
    gate it must not hold a pooled connection: as many of them as the pool has connections
    (20 + 10 overflow) used to take them all, and the writer holding the gate then waited for a
    connection until the pool's 30 s timeout (and every reader with it)."""
    db = Database(sqlite_url)
    db.create_all()
    pool: Any = db.engine.pool
    n = pool.size() + pool._max_overflow
    read_done = threading.Semaphore(0)
    errors: list[BaseException] = []
    touch = "UPDATE counters SET value = value WHERE name = 'feed'"

    def submit() -> None:
        try:
            with db.raw.connection() as conn:
                conn.query(Statement("SELECT 1 AS one"), {})
                read_done.release()
                with conn.write() as tx:  # waits: the test holds the gate
                    tx.run(Statement(touch), {})
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=submit) for _ in range(n)]
    try:
        with db.write_gate:
            for t in threads:
                t.start()
            for _ in threads:
                assert read_done.acquire(timeout=60)
            with db.write() as session:  # the gate's holder needs a connection too
                session.execute(text(touch))
        for t in threads:
            t.join(timeout=60)
        assert not errors
    finally:
        db.dispose()


def test_write_without_waiting_refuses_at_once_when_the_lock_is_held(sqlite_url: str) -> None:
    db = Database(sqlite_url)
    db.create_all()
    holder = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        holder.execute("BEGIN IMMEDIATE")
        start = time.perf_counter()
        with pytest.raises(WriterBusy), db.raw.write(wait=False):
            pass
        # busy_timeout is 10 s: a refusal well before it did not wait (however busy the machine)
        assert time.perf_counter() - start < BUSY_TIMEOUT_MS / 1000 / 2
        holder.execute("COMMIT")
        with db.raw.write(wait=False) as tx:  # free again: the write goes ahead
            tx.execute(_INSERT, _row("s2", datetime(2026, 1, 1)))
        with db.read() as session:
            assert session.get(SubmissionRow, "s2") is not None
    finally:
        holder.close()
        db.dispose()


def test_submission_waits_for_a_held_lock_off_the_event_loop(served_sqlite: Served) -> None:
    """While another process holds SQLite's write lock, a submission waits on a writer thread;
    the server keeps answering other requests, and the submission lands once the lock is free."""
    ana = served_sqlite.login("ana")
    lease = ana.post("/projects/demo-rewrite/checkout", json={"count": 1}).json()["assignments"][0]
    path = Path(served_sqlite.db.engine.url.database)
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    answer: dict[str, requests.Response] = {}
    sub_id = new_id()
    body = body_for(lease)
    sender = threading.Thread(
        target=lambda: answer.setdefault("r", ana.put(f"/submissions/{sub_id}", json=body))
    )
    waiting = threading.Event()  # set when a thread off the event loop asks for the write lock

    def traced(sql: str) -> None:
        if sql.strip().upper() == "BEGIN IMMEDIATE":
            try:
                asyncio.get_running_loop()
            except RuntimeError:
                waiting.set()

    def on_checkout(dbapi_conn: sqlite3.Connection, *_: Any) -> None:
        dbapi_conn.set_trace_callback(traced)

    engine = served_sqlite.db.engine
    event.listen(engine, "checkout", on_checkout)
    try:
        sender.start()
        assert waiting.wait(30), "the PUT never went to wait for the write lock"
        assert sender.is_alive() and "r" not in answer  # it waits: the lock is held
        me = ana.get("/me")  # the event loop is free
        assert me.status_code == 200
        assert sender.is_alive() and "r" not in answer  # ... while the PUT still waits
    finally:
        event.remove(engine, "checkout", on_checkout)
        holder.execute("COMMIT")
        holder.close()
    sender.join(timeout=20)
    assert answer["r"].status_code == 201, answer["r"].text


class _Rounds:
    """Watches a checkpointer's rounds from outside (it wraps the thread's ``checkpoint``).
    The test bumps ``writes`` after each write; ``fresh`` counts the rounds that had new writes
    to copy, ``completed_with`` is ``writes`` as it was when the last finished round began."""

    def __init__(self, checkpointer: Any) -> None:
        self.writes = self.fresh = 0
        self.completed_with = -1
        self._changed = threading.Condition()
        self._inner = checkpointer.checkpoint
        checkpointer.checkpoint = self._round

    def _round(self) -> None:
        writes = self.writes
        self._inner()
        with self._changed:
            self.fresh += writes > max(self.completed_with, 0)
            self.completed_with = writes
            self._changed.notify_all()

    def wait(self, condition: Callable[[], bool]) -> bool:
        with self._changed:
            return self._changed.wait_for(condition, timeout=60)  # safety only


def test_checkpoints_happen_in_the_background_and_stop_with_the_database(tmp_path: Path) -> None:
    main_file = tmp_path / "server.sqlite3"
    db = Database(f"sqlite:///{main_file}", background_checkpoints=True)
    db.create_all()
    thread = db._checkpointer
    assert thread is not None and thread.is_alive()
    try:
        thread.checkpoint()  # everything so far is in the main file
        before = main_file.stat().st_size
        rounds = _Rounds(thread)
        for i in range(300):  # many new pages; SQLite's own checkpoint is 100,000 pages away
            with db.raw.write() as tx:
                tx.execute(_INSERT, _row(f"s{i}", datetime(2026, 1, 1)) | {"body_hash": "x" * 900})
            rounds.writes += 1
        # a round of the background thread that began after the last write has copied it all
        assert rounds.wait(lambda: rounds.completed_with == 300), "no background checkpoint"
        assert main_file.stat().st_size > before  # only a checkpoint writes the main file
    finally:
        db.dispose()
    assert not thread.is_alive()


def test_the_wal_starts_over_under_a_steady_stream_of_writes(tmp_path: Path) -> None:
    """Writes back to back, as from a busy client: the background checkpoints still let SQLite
    start the WAL over (it grew without bound when a write was always under way)."""
    main_file = tmp_path / "server.sqlite3"
    db = Database(f"sqlite:///{main_file}", background_checkpoints=True)
    db.create_all()
    wal = Path(f"{main_file}-wal")

    def restarts() -> int:  # the WAL header's checkpoint sequence number: +1 per start-over
        return int(struct.unpack(">I", wal.read_bytes()[12:16])[0])

    try:
        first, i = restarts(), 0
        rounds = _Rounds(db._checkpointer)
        deadline = time.monotonic() + 120  # safety only: bounds a hang
        while restarts() < first + 3:
            # Each round that has writes to copy lets the WAL start over at the next write. A
            # round that only ever copied what no write was adding to (no gated final copy)
            # started it over once in about eight rounds here: counted in rounds, not seconds.
            assert rounds.fresh <= 10 and time.monotonic() < deadline, (
                f"the WAL started over {restarts() - first} times in {rounds.fresh} rounds"
            )
            row = _row(f"s{i}", datetime(2026, 1, 1)) | {"body_hash": "x" * 900}
            try:
                with db.raw.write(wait=False) as tx:
                    tx.execute(_INSERT, row)
            except WriterBusy:  # the checkpoint holds the gate: wait, as the server's threads do
                with db.raw.write() as tx:
                    tx.execute(_INSERT, row)
            i += 1
            rounds.writes = i
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(SubmissionRow)) == i
    finally:
        db.dispose()


def test_sqlite_synchronous_is_a_server_setting(tmp_path: Path) -> None:
    assert ServerSettings().sqlite_synchronous == "normal"
    settings = ServerSettings.from_pairs(["sqlite_synchronous=full"])
    with pytest.raises(ValueError, match="normal or full"):
        ServerSettings.from_pairs(["sqlite_synchronous=off"])
    for value, pragma in (("normal", 1), ("full", 2)):
        db = Database(f"sqlite:///{tmp_path / value}.sqlite3", synchronous=value)
        try:
            db.create_all()
            with db.raw.write(wait=False) as tx:
                assert tx.execute(Statement("PRAGMA synchronous"), {})[0]["synchronous"] == pragma
            with db.read() as session:
                assert session.connection().exec_driver_sql("PRAGMA synchronous").scalar() == pragma
        finally:
            db.dispose()
    assert settings.sqlite_synchronous == "full"


def test_sigkill_mid_stream_loses_no_acknowledged_submission(db_url: str, tmp_path: Path) -> None:
    """Every 201 the client saw is in the database after the server is killed (-9) in the
    middle of a stream of submissions (after a random number of answers, with more requests in
    flight) and restarted; nothing is half-written (each stored submission has the feed entry
    written in its transaction). On SQLite and on PostgreSQL, where the write is pipelined."""
    server = LiveServer.start(tmp_path / "srv", demo=True, db_url=db_url)
    acked: list[str] = []
    try:
        token = server.login("ana", "ana-demo")
        s = requests.Session()
        s.headers["Authorization"] = f"Bearer {token}"
        leases = s.post(
            f"{server.api}/projects/demo-rewrite/checkout", json={"count": 50}, timeout=20
        ).json()["assignments"]
        conns = [http.client.HTTPConnection("127.0.0.1", server.port, timeout=10) for _ in "1234"]
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}
        # answers seen before the kill; at most max_versions (20) per lease of ana's 8
        kill_after = random.Random(5).randint(20, 150)
        for n, lease in enumerate(itertools.cycle(leases)):  # again and again: later ones late
            sub_id = new_id()
            conns[0].request("PUT", f"/api/v1/submissions/{sub_id}", json.dumps(body_for(lease)),
                             headers)  # fmt: skip
            if n == kill_after:  # this one and three more are in flight when the server dies
                for conn in conns[1:]:
                    conn.request("PUT", f"/api/v1/submissions/{new_id()}",
                                 json.dumps(body_for(lease)), headers)  # fmt: skip
                server.kill()
                break
            response = conns[0].getresponse()
            response.read()
            if response.status in (201, 409):
                acked.append(sub_id)
        assert len(acked) == kill_after  # every answer before the kill was a stored one
        for conn in conns:
            conn.close()
        server.restart()
        db = Database(server.db_url)
        try:
            with db.read() as session:
                stored = set(session.scalars(select(SubmissionRow.id)).all())
                if db.is_sqlite:
                    sql = "PRAGMA integrity_check"
                    assert session.connection().exec_driver_sql(sql).scalar() == "ok"
                # each stored submission's feed entry came with it, in the same transaction
                fed = session.scalars(
                    select(ChangeRow.entity_id).where(col(ChangeRow.entity) == "submission")
                ).all()
        finally:
            db.dispose()
        assert set(acked) <= stored
        assert stored == set(fed)
    finally:
        server.stop()


def test_submission_answers_good_and_bad_are_stable(served: Served) -> None:
    """The same requests on two pairs of leases get the same answers, good and bad alike
    (there is one path for every submission: FastAPI's validation and authentication)."""
    ana = served.login("ana")
    leases = ana.post("/projects/demo-rewrite/checkout", json={"count": 8}).json()["assignments"]
    auth = ana.s.headers["Authorization"]

    def put(sub_id: str, data: bytes, **headers: str) -> requests.Response:
        sent = {"Authorization": auth, "Content-Type": "application/json", **headers}
        sent = {k: v for k, v in sent.items() if v}
        url = f"{served.api}/submissions/{sub_id}"
        return requests.put(url, data=data, headers=sent, timeout=20)

    def answers(lease: dict[str, Any], other: dict[str, Any]) -> list[Any]:
        sub_id, body = new_id(), body_for(lease, unknown_field="ignored")
        raw = json.dumps(body).encode()
        bad = body_for(other, {"text_md": ""})  # an empty rewrite is refused
        out: list[Any] = []
        for r in (
            put(sub_id, raw),  # stored
            put(sub_id, raw),  # replayed
            put(sub_id, json.dumps(dict(body, active_seconds=1.0)).encode()),  # another body
            put(new_id(), json.dumps(bad).encode()),
            put(new_id(), b'{"assignment_id": '),  # not JSON
            put(new_id(), json.dumps(dict(body, lease_epoch="x")).encode()),  # a wrong type
            put("not an id!", raw),
            put(new_id(), raw, Authorization=""),
            put(new_id(), raw, Authorization="Bearer not-a-token"),
        ):
            data = r.json()
            if r.status_code < 300:  # the two runs use other tasks: compare what must agree
                same = data["result"] == body["result"] and data["id"] == sub_id
                same &= datetime.fromisoformat(data["started_at"]) == datetime.fromisoformat(
                    body["started_at"]
                )
                data = {k: v for k, v in data.items() if k not in _PER_TASK} | {"same": same}
            else:
                data = (data["code"], sorted(e.get("code", "") for e in data.get("errors", [])))
            out.append((r.status_code, data))
        return out

    quick = answers(leases[0], leases[1])
    standard = answers(leases[2], leases[3])
    assert [status for status, _ in quick] == [201, 200, 409, 422, 400, 422, 422, 401, 401]
    assert quick == standard


_PER_TASK = ("id", "assignment_id", "task_id", "result", "started_at", "submitted_at")


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_a_submission_locks_the_task_before_the_assignment_as_checkout_does(
    served: Served,
) -> None:
    """Checkout locks a task row, then may update one of its assignments (an expired lease
    becomes superseded). A submission must take those two locks in the same order, or each
    waits for the other and PostgreSQL aborts one as a deadlock. Here another transaction plays
    checkout's part: it holds the task, waits until the submission waits for it (PostgreSQL
    reports that), then updates the assignment."""
    ana = served.login("ana")
    leases = ana.post("/projects/demo-rewrite/checkout", json={"count": 10}).json()["assignments"]
    lease = next(a for a in leases if a["task"]["id"] > "demo-rewrite-04")
    answer: list[requests.Response] = []
    engine = served.db.engine
    with engine.connect() as checkout, engine.connect() as watcher:
        checkout.execute(text("SET lock_timeout = '20s'"))
        checkout.execute(
            text("SELECT 1 FROM tasks WHERE id = :t FOR UPDATE"), {"t": lease["task"]["id"]}
        )
        put = threading.Thread(
            target=lambda: answer.append(ana.put(f"/submissions/{new_id()}", json=body_for(lease)))
        )
        put.start()
        waiting = text(
            "SELECT count(*) FROM pg_stat_activity"
            " WHERE wait_event_type = 'Lock' AND datname = current_database()"
        )
        for _ in range(600):  # until PostgreSQL reports the submission waiting for the task
            watcher.commit()
            if watcher.execute(waiting).scalar_one() >= 1:
                break
            time.sleep(0.05)
        else:
            pytest.fail("the submission never waited for the task row")
        checkout.execute(
            text("UPDATE assignments SET updated_at = updated_at WHERE id = :a"),
            {"a": lease["assignment_id"]},
        )
        checkout.commit()
    put.join(timeout=60)
    assert answer and answer[0].status_code == 201, answer and answer[0].text

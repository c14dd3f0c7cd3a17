"""Plain DB-API statements for the hottest write path (PUT /submissions).

SQLAlchemy Core spends about 0.1 ms of Python per statement on top of the driver's 0.01 ms, and
a submission runs seven of them: that capped one keep-alive client near 150 PUTs/s. The few
statements here are written once with ``:name`` placeholders and run on a driver connection
(sqlite3 or psycopg): a pooled one, or on SQLite for the event loop's own writes one kept for
them with a zero busy timeout. The type conversions SQLAlchemy would have done are done
here in the same storage format (SQLite keeps JSON as text and times as
``YYYY-MM-DD HH:MM:SS.ffffff``), so rows written this way read back the same through the ORM.
On PostgreSQL (psycopg 3) a write is two round trips however many statements it has: see
``RawTransaction``.
"""

from __future__ import annotations

import contextlib
import functools
import json
import re
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from annotator_desktop.server.jsontext import dumps

SQLITE_TIME = "%Y-%m-%d %H:%M:%S.%f"  # SQLAlchemy's DATETIME storage format on SQLite
BUSY_TIMEOUT_MS = 10_000  # how long a SQLite write waits for the lock (set on every connection)
_NAMED = re.compile(r"(?<![:\w]):(\w+)")


def sqlite_time(value: datetime) -> str:
    """A naive UTC time as SQLAlchemy stores it on SQLite (``SQLITE_TIME``)."""
    if value.tzinfo is None:  # isoformat is the same text, four times faster than strftime
        return value.isoformat(" ", "microseconds")
    return value.strftime(SQLITE_TIME)


class Statement:
    """SQL with ``:name`` placeholders; ``json`` and ``times`` name the parameters and result
    columns that need converting on SQLite."""

    def __init__(self, sql: str, json: Iterable[str] = (), times: Iterable[str] = ()) -> None:
        self.sql = " ".join(sql.split())
        self.pyformat = _NAMED.sub(r"%(\1)s", self.sql)
        self.json = frozenset(json)
        self.times = frozenset(times)


class RawTransaction:
    """One write transaction on a driver connection; ``execute`` returns rows as dicts,
    ``run`` and ``executemany`` return nothing.

    With psycopg 3 the whole transaction runs in pipeline mode: statements are sent without
    waiting for their answers, and only ``execute`` waits (it needs its rows). The ``run``
    statements that follow the last ``execute`` travel with the COMMIT, in one round trip.
    A failed statement raises at the next wait at the latest (the commit), with the same
    driver exception as without the pipeline. Elsewhere each statement runs as it comes.
    """

    def __init__(self, cursor: Any, sqlite: bool, json_param: Any, pipeline: Any = None) -> None:
        self._cursor = cursor
        self._sqlite = sqlite
        self._json_param = json_param
        self._pipeline = pipeline  # psycopg 3's, or None

    def _params(self, stmt: Statement, params: dict[str, Any]) -> dict[str, Any]:
        out = dict(params)
        for name in stmt.json & out.keys():
            if out[name] is not None:
                out[name] = dumps(out[name]) if self._sqlite else self._json_param(out[name])
        if self._sqlite:
            for name in stmt.times & out.keys():
                if out[name] is not None:
                    out[name] = sqlite_time(out[name])
        return out

    def execute(self, stmt: Statement, params: dict[str, Any]) -> list[dict[str, Any]]:
        sql = stmt.sql if self._sqlite else stmt.pyformat
        self._cursor.execute(sql, self._params(stmt, params))
        if self._pipeline is not None:
            self._pipeline.sync()  # this statement's answer, and any earlier statement's error
        if self._cursor.description is None:
            return []
        names = [d[0] for d in self._cursor.description]
        rows = [dict(zip(names, row, strict=True)) for row in self._cursor.fetchall()]
        if self._sqlite:
            for row in rows:
                for name in stmt.json & row.keys():
                    if isinstance(row[name], str):
                        row[name] = json.loads(row[name])
                for name in stmt.times & row.keys():
                    if isinstance(row[name], str):
                        row[name] = datetime.fromisoformat(row[name])
        return rows

    def run(self, stmt: Statement, params: dict[str, Any]) -> None:
        """A statement whose rows (if any) are not needed."""
        sql = stmt.sql if self._sqlite else stmt.pyformat
        self._cursor.execute(sql, self._params(stmt, params))

    def executemany(self, stmt: Statement, rows: list[dict[str, Any]]) -> None:
        sql = stmt.sql if self._sqlite else stmt.pyformat
        self._cursor.executemany(sql, [self._params(stmt, row) for row in rows])


class WriterBusy(Exception):
    """``write(wait=False)`` found the write lock or every pooled connection taken."""


class RawConnection:
    """The driver connection of one request that reads (``query``) and then writes (``write``).

    On PostgreSQL both use one pooled connection: one checkout, and one liveness ping, for the
    request. On SQLite each takes a connection of its own, and the write takes the process's
    write gate before its connection: a request queued at the gate must not hold one of the
    pool's connections, which the writer holding the gate (and every reader) may be waiting for.
    """

    def __init__(self, writer: RawWriter) -> None:
        self._writer = writer
        self._held: Any = None  # PostgreSQL: checked out at the first use, until close()

    def _connection(self) -> Any:
        if self._held is None:
            self._held = self._writer.engine.raw_connection()
        return self._held

    def query(self, stmt: Statement, params: dict[str, Any]) -> list[dict[str, Any]]:
        """One read statement in no transaction (PostgreSQL: in autocommit; a transaction would
        cost a BEGIN and an end, and after a ROLLBACK psycopg forgets its prepared statements).
        Every request's token lookup runs here."""
        if self._writer.sqlite:
            with self._writer._checkout() as conn:
                return self._writer._query(conn, stmt, params)
        return self._writer._query(self._connection(), stmt, params)

    @contextlib.contextmanager
    def write(self) -> Iterator[RawTransaction]:
        """A write transaction, committed on success and rolled back on any exception."""
        if self._writer.sqlite:
            with (
                self._writer._gate,
                self._writer._checkout() as conn,
                self._writer._write(conn) as tx,
            ):
                yield tx
        else:
            with self._writer._write(self._connection()) as tx:
                yield tx

    def close(self) -> None:
        if self._held is not None:
            self._held.close()  # back to the pool
            self._held = None


class RawWriter:
    """Write transactions (and one-statement reads: ``query``) on driver connections
    (``BEGIN IMMEDIATE`` on SQLite, like ``Database.write``); on SQLite every write holds
    ``gate``, the process's write gate."""

    def __init__(self, engine: Engine, gate: threading.RLock) -> None:
        self.engine = engine
        self._gate = gate  # SQLite: held for every write (see db._Checkpointer)
        self.sqlite = engine.dialect.name == "sqlite"
        dbapi = engine.dialect.dbapi
        assert dbapi is not None
        self.IntegrityError: type[Exception] = dbapi.IntegrityError
        self.OperationalError: type[Exception] = dbapi.OperationalError
        self.Error: type[Exception] = dbapi.Error
        self._json_param: Any = None
        self._psycopg3 = engine.dialect.driver == "psycopg"
        if self._psycopg3:
            from psycopg.types.json import Json

            self._json_param = functools.partial(Json, dumps=dumps)
        elif not self.sqlite:
            from psycopg2.extras import Json as Psycopg2Json

            self._json_param = functools.partial(Psycopg2Json, dumps=dumps)
        self._eager: Any = None  # SQLite: the connection for write(wait=False), under the gate

    @contextlib.contextmanager
    def connection(self) -> Iterator[RawConnection]:
        """The connection of a request that reads and then writes (see RawConnection)."""
        conn = RawConnection(self)
        try:
            yield conn
        finally:
            conn.close()

    @contextlib.contextmanager
    def write(self, wait: bool = True) -> Iterator[RawTransaction]:
        """A write transaction. ``wait=False`` (SQLite): raise WriterBusy at once instead of
        waiting for another writer to finish."""
        if not wait:
            with self._eager_write() as tx:
                yield tx
            return
        with self.connection() as conn, conn.write() as tx:
            yield tx

    def query(self, stmt: Statement, params: dict[str, Any]) -> list[dict[str, Any]]:
        """``RawConnection.query`` for a request that writes nothing after it."""
        with self.connection() as conn:
            return conn.query(stmt, params)

    @contextlib.contextmanager
    def _checkout(self) -> Iterator[Any]:
        conn = self.engine.raw_connection()
        try:
            yield conn
        finally:
            conn.close()  # back to the pool

    def _query(self, conn: Any, stmt: Statement, params: dict[str, Any]) -> list[dict[str, Any]]:
        driver: Any = conn.driver_connection
        cursor = conn.cursor()
        try:
            if not self.sqlite:  # SQLite's connections are in autocommit already
                driver.autocommit = True
            return RawTransaction(cursor, self.sqlite, self._json_param).execute(stmt, params)
        finally:
            cursor.close()
            if not self.sqlite:
                self._restore(conn)

    def _restore(self, conn: Any) -> None:
        """Autocommit off again before the connection goes back to the pool; a connection that
        cannot (broken, or still in a transaction) is dropped from the pool instead."""
        try:
            conn.driver_connection.autocommit = False
        except self.Error:
            conn.invalidate()

    @contextlib.contextmanager
    def _write(self, conn: Any) -> Iterator[RawTransaction]:
        """A transaction on ``conn`` (SQLite: the caller holds the write gate)."""
        cursor = conn.cursor()
        if self.sqlite:
            cursor.execute("BEGIN IMMEDIATE")
        with self._transaction(conn, cursor) as tx:
            yield tx

    @contextlib.contextmanager
    def _transaction(self, conn: Any, cursor: Any) -> Iterator[RawTransaction]:
        """Commit on success, roll back on any exception."""
        if self._psycopg3:
            with self._pipelined(conn, cursor) as tx:
                yield tx
            return
        try:
            yield RawTransaction(cursor, self.sqlite, self._json_param)
            conn.commit()
        except BaseException:
            conn.rollback()
            raise
        finally:
            cursor.close()

    @contextlib.contextmanager
    def _pipelined(self, conn: Any, cursor: Any) -> Iterator[RawTransaction]:
        """psycopg 3: the transaction in pipeline mode, its BEGIN and COMMIT sent as statements
        (psycopg's own BEGIN would wait for its answer, and its commit() for a second one), so
        that BEGIN travels with the first statement and COMMIT with the last ones: a write
        whose first statement is its only ``execute`` is two round trips."""
        driver = conn.driver_connection
        try:
            driver.autocommit = True  # only for the BEGIN and COMMIT above; restored below
            with driver.pipeline() as pipeline:
                try:
                    cursor.execute("BEGIN")
                    yield RawTransaction(cursor, False, self._json_param, pipeline)
                    cursor.execute("COMMIT")
                except BaseException:
                    with contextlib.suppress(self.Error):
                        pipeline.sync()  # leave the pipeline's aborted state before leaving it
                    raise
            # leaving the pipeline waited for the COMMIT, or raised a failed statement's error
        except BaseException:
            # outside the pipeline: in it, psycopg stays in its aborted state. A broken
            # connection cannot roll back: the original error is the one to raise, and
            # _restore drops the connection
            with contextlib.suppress(self.Error):
                driver.rollback()
            raise
        finally:
            cursor.close()
            self._restore(conn)

    @contextlib.contextmanager
    def _eager_write(self) -> Iterator[RawTransaction]:
        """A write on a connection of its own whose busy timeout is zero: no pool checkout
        and no timeout toggling for the writes the event loop makes itself."""
        if not self.sqlite:
            raise WriterBusy("only SQLite writes can start without waiting")
        if not self._gate.acquire(blocking=False):
            raise WriterBusy("another write of this process is under way")
        try:
            if self._eager is None:
                self._eager = self.engine.raw_connection()
                self._eager.detach()  # ours until close(); the pool opens another in its place
                setup = self._eager.cursor()
                setup.execute("PRAGMA busy_timeout = 0").fetchall()
                setup.close()
            conn = self._eager
            cursor = conn.cursor()
            try:
                cursor.execute("BEGIN IMMEDIATE")
            except self.OperationalError as exc:  # SQLITE_BUSY: another writer holds the lock
                cursor.close()
                raise WriterBusy(str(exc)) from exc
            with self._transaction(conn, cursor) as tx:
                yield tx
        finally:
            self._gate.release()

    def close(self) -> None:
        with self._gate:
            if self._eager is not None:
                self._eager.close()
                self._eager = None

"""Database access: SQLite (WAL, BEGIN IMMEDIATE for writes) or PostgreSQL, chosen by URL."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import sqlite3
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, bindparam, create_engine, event, select, text
from sqlalchemy.engine import make_url
from sqlmodel import Session, col

from annotator_desktop.server import models
from annotator_desktop.server.models import CounterRow
from annotator_desktop.server.rawsql import BUSY_TIMEOUT_MS, RawWriter

COUNTERS = ("feed", "horizon")
log = logging.getLogger("annotator_desktop.server")


def utcnow() -> datetime:
    """Naive UTC now: what every table stores."""
    return datetime.now(UTC).replace(tzinfo=None)


def aware(value: datetime | None) -> datetime | None:
    """A stored naive-UTC time as an aware datetime for the wire."""
    return None if value is None else value.replace(tzinfo=UTC)


def _sqlite_connect(
    dbapi_conn: sqlite3.Connection, _record: Any, autocheckpoint: int, synchronous: str
) -> None:
    dbapi_conn.isolation_level = None
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute(f"PRAGMA synchronous = {'FULL' if synchronous == 'full' else 'NORMAL'}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA wal_autocheckpoint = {int(autocheckpoint)}")
    cur.close()


def _sqlite_begin(conn: Any) -> None:
    options = conn.get_execution_options()
    if options.get("exclusive", False):  # migrations: no other reader or writer meanwhile
        conn.exec_driver_sql("BEGIN EXCLUSIVE")
    else:
        conn.exec_driver_sql("BEGIN IMMEDIATE" if options.get("immediate", False) else "BEGIN")


class _Checkpointer(threading.Thread):
    """Copies the SQLite WAL into the database file every ``interval`` seconds.

    With SQLite's automatic checkpoints, every hundredth or so commit also copies and syncs the
    WAL: 18-30 ms inside one request, a quarter of all the time a stream of submissions took.
    The server turns them off and checkpoints here instead, so requests only append to the WAL.

    SQLite starts the WAL over from its beginning only when a write transaction begins after a
    checkpoint has copied everything. Under a steady stream of writes a PASSIVE checkpoint (it
    never waits) nearly always finishes while the next write is under way, so the WAL grew
    without bound (136 MB after 1,500 submissions) and every commit had to grow the file. So
    the bulk is copied without blocking anyone, then the few frames added meanwhile with this
    process's writers held off at ``gate`` (a millisecond or two); the next write restarts it.
    """

    def __init__(self, engine: Engine, interval: float, gate: threading.RLock) -> None:
        super().__init__(name="sqlite-checkpoint", daemon=True)
        self.engine, self.interval, self.gate = engine, interval, gate
        self.stopping = threading.Event()

    def run(self) -> None:
        while not self.stopping.wait(self.interval):
            self.checkpoint()
        self.checkpoint()

    def checkpoint(self) -> None:
        try:
            conn = self.engine.raw_connection()
            cursor = conn.cursor()
            try:
                frames = cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()[0][1]
                if frames:
                    with self.gate:
                        cursor.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
            finally:  # a pragma left mid-step would stop the next user's commit
                cursor.close()
                conn.close()
        except Exception:  # a busy or closing database: the next round tries again
            log.warning("WAL checkpoint failed", exc_info=True)


class Database:
    """The engine plus read / write session factories.

    ``background_checkpoints`` (SQLite, the server): checkpoint the WAL from a thread instead of
    inside commits; ``dispose()`` stops it. ``synchronous`` (SQLite): "normal" or "full", see
    ``ServerSettings.sqlite_synchronous``; ``pool_size`` (PostgreSQL): connections kept, see
    ``ServerSettings.db_pool_size``.
    """

    def __init__(
        self,
        url: str,
        background_checkpoints: bool = False,
        synchronous: str = "normal",
        pool_size: int = 5,
    ) -> None:
        parsed = make_url(url)
        self.is_sqlite = parsed.get_backend_name() == "sqlite"
        self._checkpointer: _Checkpointer | None = None
        # SQLite takes one writer at a time; this process's writers queue here first (see
        # _Checkpointer). PostgreSQL writers do not use it.
        self.write_gate = threading.RLock()
        if self.is_sqlite:
            self.engine: Engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": 10}, pool_size=20
            )
            # the thread keeps the WAL short; SQLite's own checkpoint stays as a far-off backstop
            autocheckpoint = 100_000 if background_checkpoints else 1000
            event.listen(
                self.engine, "connect",
                lambda c, r: _sqlite_connect(c, r, autocheckpoint, synchronous),
            )  # fmt: skip
            event.listen(self.engine, "begin", _sqlite_begin)
            if background_checkpoints:
                self._checkpointer = _Checkpointer(self.engine, 0.25, self.write_gate)
                self._checkpointer.start()
        else:
            self.engine = create_engine(
                url, pool_size=pool_size, max_overflow=0, pool_pre_ping=True
            )
        self._writer = self.engine.execution_options(immediate=True)
        # PostgreSQL: psycopg forgets every prepared statement of a connection at each ROLLBACK
        # (and sends DEALLOCATE ALL), so read transactions end with COMMIT instead, which they
        # can because they are READ ONLY; one-statement reads run with no transaction at all
        # (RawWriter.query).
        self._reader = self.engine
        if not self.is_sqlite:
            self._reader = self.engine.execution_options(postgresql_readonly=True)
        self.raw = RawWriter(self.engine, self.write_gate)  # driver statements, hottest write

    def create_all(self) -> None:
        """Bring the schema to the newest migration (idempotent; see migrate.py)."""
        from annotator_desktop.server.migrate import upgrade

        upgrade(self)

    def ensure_counters(self) -> None:
        """Insert the named counters that are missing (idempotent)."""
        assert models  # the import registers the tables
        with self.write() as session:
            have = set(session.scalars(select(col(CounterRow.name))).all())
            for name in COUNTERS:
                if name not in have:
                    session.add(CounterRow(name=name, value=0))

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        """A read transaction (READ ONLY on PostgreSQL: a write in it raises)."""
        with Session(self._reader, expire_on_commit=False) as session:
            yield session
            if not self.is_sqlite:  # keeps psycopg's prepared statements (see __init__)
                session.commit()

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A transaction committed on success, rolled back on any exception."""
        gate = self.write_gate if self.is_sqlite else contextlib.nullcontext()
        with gate, Session(self._writer, expire_on_commit=False) as session:
            try:
                yield session
                session.commit()
            except BaseException:
                session.rollback()
                raise

    def dispose(self) -> None:
        if self._checkpointer is not None:
            self._checkpointer.stopping.set()
            self._checkpointer.join(timeout=10)
            self._checkpointer = None
        self.raw.close()
        self.engine.dispose()


_COUNTERS = CounterRow.__table__  # type: ignore[attr-defined]
_BUMP = (
    _COUNTERS.update()
    .where(_COUNTERS.c.name == bindparam("counter"))
    .values(value=_COUNTERS.c.value + bindparam("by"))
    .returning(_COUNTERS.c.value)
)


def bump_counter(session: Session, name: str, by: int = 1) -> int:
    """Add ``by`` to a counter inside the caller's transaction and return the new value.

    The UPDATE takes the row's write lock until commit, so values come out in commit order.
    """
    result = session.connection().execute(_BUMP, {"counter": name, "by": by})
    return int(result.scalar_one())


def read_counter(session: Session, name: str) -> int:
    stmt = select(col(CounterRow.value)).where(col(CounterRow.name) == name)
    return int(session.scalars(stmt).one())


def serialize(session: Session, name: str) -> None:
    """Hold a database-wide lock named ``name`` until the transaction ends, so that the same
    check-then-insert from two processes runs one after the other (PostgreSQL: an advisory
    lock; SQLite's write transactions are serial already)."""
    if session.get_bind().dialect.name == "postgresql":
        key = int.from_bytes(hashlib.sha256(name.encode()).digest()[:8], "big", signed=True)
        session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})

"""The SQLite engine of the local cache: WAL, synchronous=FULL, BEGIN IMMEDIATE for writes.

``Store.read()`` and ``Store.write()`` hand out sessions; writes hold SQLite's write lock from
their first statement, so two writers never interleave and a crash leaves either all of a
transaction or none of it.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.pool import NullPool
from sqlmodel import Session

from annotator_desktop.core.private import touch_private
from annotator_desktop.core.store.migrations import LATEST_VERSION, MIGRATIONS, statements


class StoreError(Exception):
    """A problem with the cache file that the user must hear about; ``path`` names the file."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class StoreTooNew(StoreError):
    """The file was written by a newer version of the app."""


class StoreLocked(StoreError):
    """Another process holds the database's write lock for too long."""


class StoreNotWritable(StoreError):
    """The data folder or the file cannot be written."""


class StoreCorrupt(StoreError):
    """The file is not a usable SQLite database; ``moved_to`` is where it was kept."""

    def __init__(self, message: str, path: Path, moved_to: Path | None) -> None:
        super().__init__(message, path)
        self.moved_to = moved_to


def _on_connect(dbapi_conn: sqlite3.Connection, _record: Any) -> None:
    dbapi_conn.isolation_level = None  # we issue BEGIN ourselves
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.close()


def _on_begin(conn: Any) -> None:
    immediate = conn.get_execution_options().get("immediate", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def make_engine(path: Path) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        poolclass=NullPool if os.environ.get("ANNOTATOR_SQLITE_NULLPOOL") else None,
        connect_args={"check_same_thread": False, "timeout": 5},
    )
    event.listen(engine, "connect", _on_connect)
    event.listen(engine, "begin", _on_begin)
    return engine


class Store:
    """The local cache database. Create with :func:`open_store`."""

    def __init__(self, path: Path, engine: Engine) -> None:
        self.path = path
        self.engine = engine
        self._write_engine = engine.execution_options(immediate=True)
        self.recovered_from: Path | None = None

    @contextlib.contextmanager
    def read(self) -> Iterator[Session]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextlib.contextmanager
    def write(self) -> Iterator[Session]:
        """A write transaction (BEGIN IMMEDIATE), committed on success, rolled back on error."""
        with Session(self._write_engine, expire_on_commit=False) as session, session.begin():
            yield session

    def user_version(self) -> int:
        with self.engine.connect() as conn:
            return int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)

    def integrity_check(self) -> list[str]:
        """``['ok']`` when the file is sound, otherwise SQLite's list of problems."""
        with self.engine.connect() as conn:
            return [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]

    def close(self) -> None:
        self.engine.dispose()


def migrate(engine: Engine, path: Path) -> int:
    """Applies every migration above the file's ``user_version``; returns the new version."""
    with engine.connect() as conn:
        current = int(conn.exec_driver_sql("PRAGMA user_version").scalar() or 0)
    if current > LATEST_VERSION:
        raise StoreTooNew(
            f"{path} was written by a newer version of annotator-desktop "
            f"(schema {current}, this version knows {LATEST_VERSION}). Update the app.",
            path,
        )
    for version in range(current + 1, LATEST_VERSION + 1):
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            for stmt in statements(MIGRATIONS[version]):
                _run_migration_statement(conn, stmt)
            conn.exec_driver_sql(f"PRAGMA user_version = {version}")
    return LATEST_VERSION


def _run_migration_statement(conn: Any, stmt: str) -> None:
    """Runs one statement; an ``ADD COLUMN`` whose column exists already is done (so a
    migration can run again, as after a downgrade of ``user_version``)."""
    try:
        conn.exec_driver_sql(stmt)
    except OperationalError as exc:
        adds_column = " ADD COLUMN " in stmt.upper()
        if not (adds_column and "duplicate column name" in str(exc).lower()):
            raise


def _move_aside(path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    for suffix in ("", "-wal", "-shm"):
        src = Path(str(path) + suffix)
        if src.exists():
            src.rename(Path(str(target) + suffix))
    return target


def open_store(path: Path, *, recover: bool = True) -> Store:
    """Opens (creating or migrating) the cache at ``path``.

    A file that is not a database is moved aside (never deleted) when ``recover`` is true and a
    fresh cache is made; ``Store.recovered_from`` then names the kept file.
    """
    path = Path(path)
    if not path.parent.is_dir():
        raise StoreNotWritable(f"Cannot write to {path}: {path.parent} is not a folder.", path)
    if not os.access(path.parent, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise StoreNotWritable(f"Cannot write to {path}. Check the folder's permissions.", path)
    touch_private(path)  # SQLite gives the -wal and -shm files the database file's mode
    engine = make_engine(path)
    try:
        migrate(engine, path)
        with engine.connect() as conn:
            conn.execute(text("SELECT count(*) FROM task")).scalar()
    except StoreError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        if "locked" in str(exc).lower() or "busy" in str(exc).lower():
            raise StoreLocked(f"{path} is locked by another program.", path) from exc
        if any(w in str(exc).lower() for w in ("readonly", "read-only", "unable to open")):
            raise StoreNotWritable(f"Cannot write to {path}.", path) from exc
        return _recover(path, exc, recover)
    except DatabaseError as exc:
        engine.dispose()
        return _recover(path, exc, recover)
    return Store(path, engine)


def _recover(path: Path, exc: Exception, recover: bool) -> Store:
    if not recover:
        raise StoreCorrupt(f"{path} is damaged: {exc}", path, None) from exc
    moved = _move_aside(path)
    store = open_store(path, recover=False)
    store.recovered_from = moved
    return store

"""Schema migrations with Alembic, run in code (no alembic.ini), under a database-wide lock.

``upgrade`` brings a database to the newest revision: an empty one gets the whole schema, one
made by a release before migrations (tables, no ``alembic_version``) is stamped with the baseline
revision first. Two servers starting together never race: on PostgreSQL the migration runs
inside a transaction holding an advisory lock, on SQLite inside ``BEGIN EXCLUSIVE``; whoever
comes second waits, then finds nothing to do.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect, text
from sqlalchemy.engine import make_url

from annotator_desktop.server import models
from annotator_desktop.server.db import Database

MIGRATIONS = Path(__file__).resolve().parent / "migrations"
BASELINE = "0001"  # the schema of the last release made with create_all
LEGACY_TABLE = "users"  # present in every database any release made
_PG_LOCK = 0x616E6E6F  # pg_advisory_xact_lock key ("anno")
log = logging.getLogger("annotator_desktop.server")


class SchemaNotCurrent(RuntimeError):
    """The database is not at the revision this server needs (the message says what to do)."""


@dataclass(frozen=True)
class SchemaState:
    current: str | None  # None: no alembic_version
    head: str
    legacy: bool  # tables made before migrations
    empty: bool

    @property
    def up_to_date(self) -> bool:
        return self.current == self.head


def config(connection: Connection | None = None, **attributes: Any) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.set_main_option("file_template", "r%%(rev)s_%%(slug)s")
    cfg.attributes["connection"] = connection
    cfg.attributes.update(attributes)
    return cfg


def head() -> str:
    rev = ScriptDirectory.from_config(config()).get_current_head()
    if rev is None:  # an install without the revision files would otherwise look "current"
        raise RuntimeError(f"the server's database migrations are missing from {MIGRATIONS}")
    return rev


def _state(conn: Connection) -> SchemaState:
    tables = set(inspect(conn).get_table_names())
    current = MigrationContext.configure(conn).get_current_revision()
    return SchemaState(
        current=current,
        head=head(),
        legacy=current is None and LEGACY_TABLE in tables,
        empty=current is None and not (tables - {"alembic_version"}),
    )


def state(db: Database) -> SchemaState:
    with db.engine.connect() as conn:
        return _state(conn)


@contextlib.contextmanager
def _locked(db: Database) -> Iterator[Connection]:
    """A connection in a transaction that holds the database's migration lock."""
    if db.is_sqlite:
        with db.engine.execution_options(exclusive=True).begin() as conn:
            yield conn
    else:
        with db.engine.begin() as conn:
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_LOCK})
            yield conn


def upgrade(target: Database | str, revision: str = "head", replay: bool = False) -> SchemaState:
    """Migrate to ``revision`` (stamping a pre-migration database first); the state before.

    An empty database gets the head schema from the models in one step, then is stamped (the
    Alembic cookbook's way: five times faster than replaying every revision);
    ``test_models_match_the_migrations`` keeps the two equal. ``replay`` runs the revisions."""
    db = Database(target) if isinstance(target, str) else target
    try:
        with _locked(db) as conn:
            before = _state(conn)
            cfg = config(conn)
            if before.legacy:
                log.info("stamping a database made before migrations at %s", BASELINE)
                command.stamp(cfg, BASELINE)
            if before.empty and revision == "head" and not replay:
                assert models  # the import registers the tables
                models.server_metadata().create_all(conn)
                command.stamp(cfg, "head")
            else:
                command.upgrade(cfg, revision)
        db.ensure_counters()
        return before
    finally:
        if isinstance(target, str):
            db.dispose()


def ensure_current(db: Database, migrate: bool) -> None:
    """Ready ``db`` for a server: an empty database gets the schema; one behind the code is
    upgraded only when ``migrate``, otherwise SchemaNotCurrent says what to run."""
    now = state(db)
    if now.up_to_date:
        return
    if migrate or now.empty:
        upgrade(db)
        return
    where = make_url(str(db.engine.url)).render_as_string(hide_password=True)
    found = "a schema from before migrations" if now.legacy else f"revision {now.current}"
    if now.current is not None and now.current != now.head and not _known(now.current):
        raise SchemaNotCurrent(
            f"the database {where} is at revision {now.current}, which this server does not "
            f"know (it needs {now.head}): it was migrated by a newer release"
        )
    raise SchemaNotCurrent(
        f"the database {where} has {found}; this server needs revision {now.head}. "
        "Back it up, then run `annotator-server migrate` (or start with `serve --migrate`)."
    )


def _known(revision: str) -> bool:
    try:
        return ScriptDirectory.from_config(config()).get_revision(revision) is not None
    except Exception:  # alembic raises several kinds for an unknown id
        return False

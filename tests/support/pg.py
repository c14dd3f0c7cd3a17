"""Dropping the PostgreSQL databases that tests and benchmarks make."""

from __future__ import annotations

import time


def drop_database(libpq_url: str, name: str, attempts: int = 120) -> None:
    """DROP DATABASE ... WITH (FORCE), again while autovacuum works on it: FORCE ends the other
    sessions only when this role may signal them, and an autovacuum worker (which a bulk load
    starts) runs as the superuser. The worker ends by itself; each attempt tells whether it
    has (a bound, not a wait for a duration measured earlier)."""
    import psycopg

    for attempt in range(attempts):
        try:
            with psycopg.connect(libpq_url, autocommit=True, connect_timeout=10) as conn:
                conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == attempts - 1:
                raise
            time.sleep(0.5)

"""The login limiter, kept in the database so every worker process sees the same counts.

Two keys per sign-in: the user name with the client address, and the client address alone (a
spray of many user names). Each key has ``max_failures`` free failed attempts; after that each
attempt waits ``window * 2**(extra failures)`` seconds (capped at a day) from the last failure,
so the delay grows per failed attempt from that address. The real owner is never locked out:
from another address their (user, address) key is fresh, and a success clears it.

An attempt is *reserved* (counted as a failure) in one short transaction before the password is
checked, under a row lock, so a burst of parallel guesses gets at most ``max_failures`` checked;
a success takes its reservation back. Rows hold a hash (fixed size) and are deleted once idle
for longer than any delay, so the table stays bounded by recent traffic.
"""

from __future__ import annotations

import hashlib
import math
import random
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlmodel import Session, col

from annotator_desktop.server.db import Database, utcnow
from annotator_desktop.server.models import LoginLimitRow

ADDRESS_FACTOR = 10  # an address may fail this many times more, over all user names
MAX_DELAY = 24 * 3600


def _key(*parts: str) -> str:
    return hashlib.sha256("\x1f".join(parts).encode("utf-8", "replace")).hexdigest()


class LoginLimiter:
    def __init__(self, db: Database, max_failures: int, window_seconds: int) -> None:
        self.db = db
        self.max_failures = max_failures
        self.window = window_seconds

    def keys(self, username: str, address: str) -> dict[str, int]:
        """The limiter keys of one attempt and the free failures each allows."""
        name = username.strip().lower()
        return {
            _key("user", name, "addr", address): self.max_failures,
            _key("addr", address): self.max_failures * ADDRESS_FACTOR,
        }

    def delay(self, failures: int, limit: int) -> float:
        """Seconds to wait after the last failure, having ``failures`` of ``limit`` free."""
        if failures < limit:
            return 0.0
        return float(min(self.window * 2 ** min(failures - limit, 40), MAX_DELAY))

    def reserve(self, username: str, address: str) -> int:
        """0: go ahead (counted as a failure until ``succeeded``); else seconds to wait."""
        keys = self.keys(username, address)
        now = utcnow()
        with self.db.write() as session:
            insert = sqlite_insert if self.db.is_sqlite else pg_insert
            for key in sorted(keys):
                stmt = insert(LoginLimitRow).values(key=key, failures=0, last_at=now)
                session.execute(stmt.on_conflict_do_nothing(index_elements=["key"]))
            rows: dict[str, LoginLimitRow] = {}
            wait = 0.0
            for key in sorted(keys):  # one lock order for every worker: no deadlock
                row = session.get(LoginLimitRow, key, with_for_update=True, populate_existing=True)
                assert row is not None
                rows[key] = row
                delay = self.delay(row.failures, keys[key])
                idle = (now - row.last_at).total_seconds()
                if idle > delay + self.window:
                    row.failures = 0  # forgotten: quiet for longer than the delay and a window
                elif idle < delay:
                    wait = max(wait, delay - idle)
            if wait > 0:
                return max(1, math.ceil(wait))
            for row in rows.values():
                row.failures += 1
                row.last_at = now
                session.add(row)
            if random.random() < 1 / 64:
                self._prune(session, now)
        return 0

    def succeeded(self, username: str, address: str) -> None:
        """Take back the reservation: clear the (user, address) key, one failure off the rest."""
        by_key = self.keys(username, address)
        pair, keys = next(iter(by_key)), sorted(by_key)
        with self.db.write() as session:
            for key in keys:
                row = session.get(LoginLimitRow, key, with_for_update=True)
                if row is None:
                    continue
                if key == pair or row.failures <= 1:
                    session.delete(row)
                else:
                    row.failures -= 1
                    session.add(row)

    def _prune(self, session: Session, now: datetime) -> None:
        """Drop keys quiet for longer than any delay (they would be forgotten anyway)."""
        cutoff = now - timedelta(seconds=MAX_DELAY + self.window)
        session.execute(delete(LoginLimitRow).where(col(LoginLimitRow.last_at) < cutoff))

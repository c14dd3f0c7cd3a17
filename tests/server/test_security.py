"""Password hashing and the login limiter (on a real database), without a server."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import func, select

from annotator_desktop.server.db import Database, utcnow
from annotator_desktop.server.limiter import LoginLimiter
from annotator_desktop.server.migrate import upgrade
from annotator_desktop.server.models import LoginLimitRow
from annotator_desktop.server.security import hash_password, verify_password


def test_scrypt_hash_round_trip_and_salted() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_password("correct horse", stored)
    assert not verify_password("wrong", stored)
    assert hash_password("correct horse") != stored
    assert not verify_password("x", "garbage")


def test_limiter_keys_by_user_and_address_with_growing_delay(sqlite_url: str) -> None:
    upgrade(sqlite_url)
    db = Database(sqlite_url)
    try:
        limiter = LoginLimiter(db, max_failures=2, window_seconds=60)
        assert limiter.reserve("ana", "10.0.0.1") == 0
        assert limiter.reserve("ANA ", "10.0.0.1") == 0  # the same user name
        assert limiter.reserve("ana", "10.0.0.1") == 60  # third: wait a window
        assert limiter.reserve("ana", "10.0.0.2") == 0  # the owner elsewhere is not locked out
        assert limiter.reserve("ben", "10.0.0.1") == 0  # another user from that address
        limiter.succeeded("ana", "10.0.0.2")

        def age(seconds: int) -> None:  # as if the last failure were ``seconds`` older
            with db.write() as session:
                for row in session.scalars(select(LoginLimitRow)).all():
                    row.last_at -= timedelta(seconds=seconds)
                    session.add(row)

        age(61)
        assert limiter.reserve("ana", "10.0.0.1") == 0  # waited: one more try...
        assert limiter.reserve("ana", "10.0.0.1") == 120  # ...and the next delay doubled
        age(121)
        assert limiter.reserve("ana", "10.0.0.1") == 0
        assert limiter.reserve("ana", "10.0.0.1") == 240
        for i in range(30):  # spraying user names from one address: the address key stops it
            limiter.reserve(f"user{i}", "10.0.0.9")
        assert limiter.reserve("fresh-name", "10.0.0.9") > 0
        age(10**6)  # long quiet: rows are forgotten, then pruned
        assert limiter.reserve("ana", "10.0.0.1") == 0
        with db.write() as session:
            limiter._prune(session, utcnow())
        with db.read() as session:
            assert session.scalar(select(func.count()).select_from(LoginLimitRow)) == 2
    finally:
        db.dispose()

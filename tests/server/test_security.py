"""Password hashing and the login limiter, without a server."""

from __future__ import annotations

from annotator_desktop.server.security import LoginLimiter, hash_password, verify_password


def test_scrypt_hash_round_trip_and_salted() -> None:
    stored = hash_password("correct horse")
    assert stored.startswith("scrypt$16384$8$1$")
    assert verify_password("correct horse", stored)
    assert not verify_password("wrong", stored)
    assert hash_password("correct horse") != stored
    assert not verify_password("x", "garbage")


def test_limiter_counts_failures_per_key() -> None:
    limiter = LoginLimiter(max_failures=2, window_seconds=60)
    assert limiter.retry_after("a") == 0
    limiter.failed("a")
    limiter.failed("a")
    assert 1 <= limiter.retry_after("a") <= 60
    assert limiter.retry_after("b") == 0
    limiter.succeeded("a")
    assert limiter.retry_after("a") == 0

"""Password hashing (scrypt) and opaque tokens stored hashed (the limiter: limiter.py)."""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import secrets

_SCRYPT_R, _SCRYPT_P = 8, 1


def hash_password(password: str, n: int = 2**14) -> str:
    """``scrypt$n$r$p$salt$hash`` with a random salt."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode(), salt=salt, n=n, r=_SCRYPT_R, p=_SCRYPT_P, maxmem=256 * 1024 * 1024
    )
    enc = base64.b64encode
    return f"scrypt${n}${_SCRYPT_R}${_SCRYPT_P}${enc(salt).decode()}${enc(digest).decode()}"


def verify_password(password: str, stored: str) -> bool:
    try:
        algo, n, r, p, salt, digest = stored.split("$")
        if algo != "scrypt":
            return False
        expected = base64.b64decode(digest)
        got = hashlib.scrypt(
            password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p),
            maxmem=256 * 1024 * 1024, dklen=len(expected),
        )  # fmt: skip
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def new_token() -> str:
    return secrets.token_urlsafe(32)


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@functools.cache
def dummy_hash(n: int) -> str:
    """A hash of a random password with cost ``n``: checked when the user name is unknown."""
    return hash_password(secrets.token_urlsafe(16), n)

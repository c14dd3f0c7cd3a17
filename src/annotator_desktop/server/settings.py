"""Server tunables; tests shrink them to reach expiry, 410 and 429 quickly."""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any

import platformdirs

HOME_ENV = "ANNOTATOR_SERVER_HOME"


def server_home() -> Path:
    """Where the SQLite file and assets go unless --db / --assets say otherwise.

    ``ANNOTATOR_SERVER_HOME`` when set, else the platform's user data folder (on Linux
    ``$XDG_DATA_HOME/annotator-server``, by default ``~/.local/share/annotator-server``).
    """
    override = os.environ.get(HOME_ENV)
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir("annotator-server", appauthor=False))


@dataclass
class ServerSettings:
    """Every knob of the server with production defaults."""

    access_token_ttl: int = 900
    refresh_token_ttl: int = 30 * 24 * 3600
    lease_seconds: int = 48 * 3600
    feed_retention_seconds: int = 30 * 24 * 3600
    login_max_failures: int = 5
    login_window_seconds: int = 60
    max_body_bytes: int = 2 * 1024 * 1024
    max_asset_bytes: int = 50 * 1024 * 1024
    feed_page_max: int = 5000
    scrypt_n: int = 2**14
    # SQLite only. "normal": a commit survives the server process being killed, and the last
    # commits before a power cut or OS crash can be lost (WAL mode). "full": every commit is
    # synced to disk before the answer too, which costs about 1 ms per write on our test VM.
    sqlite_synchronous: str = "normal"

    def __post_init__(self) -> None:
        if self.sqlite_synchronous not in ("normal", "full"):
            raise ValueError("sqlite_synchronous must be normal or full")

    @classmethod
    def from_pairs(cls, pairs: list[str]) -> ServerSettings:
        """Build from ``name=value`` strings (the CLI's ``--set`` option)."""
        known = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        for pair in pairs:
            name, sep, raw = pair.partition("=")
            name = name.strip().replace("-", "_")
            if not sep or name not in known:
                raise ValueError(f"unknown setting {pair!r}; known: {', '.join(sorted(known))}")
            values[name] = raw.strip() if known[name] == "str" else int(raw)
        return cls(**values)

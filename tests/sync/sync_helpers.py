"""Helpers shared by the sync tests: sign-in against a live server, server-side counts."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from sqlmodel import col, select

from annotator_desktop.core.store import Store, Task
from annotator_desktop.core.sync import account
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.engine import SyncEngine
from annotator_desktop.core.sync.http import ApiClient

PASSWORDS = {"ana": "ana-demo", "ben": "ben-demo", "qa": "qa-demo", "admin": "admin-demo"}


def fast_config(**overrides: Any) -> SyncConfig:
    """Short timeouts and back-off so fault tests run in seconds."""
    cfg = SyncConfig(
        connect_timeout=2.0, read_timeout=3.0, backoff_base=0.05, backoff_cap=0.5,
        retry_after_cap=2.0, download_wall_seconds=60.0,
    )  # fmt: skip
    for key, value in overrides.items():
        setattr(cfg, key, value)
    return cfg


def sign_in(
    store: Store, url: str, user: str = "ana", config: SyncConfig | None = None
) -> ApiClient:
    client = ApiClient(url, config or fast_config())
    info = client.login(user, PASSWORDS[user])
    account.save_account(store, url, info)
    return client


def engine(client: ApiClient, store: Store, folder: Path) -> SyncEngine:
    return SyncEngine(client, store, folder, client.config)


def task_ids(store: Store, kind: str) -> list[str]:
    with store.read() as s:
        return list(s.exec(select(Task.id).where(Task.kind == kind).order_by(col(Task.id))).all())


def server_db(server: Any) -> Path:
    return Path(server.workdir) / "server.sqlite3"


def server_submissions(server: Any) -> list[tuple[str, str]]:
    """(id, body_hash) of every submission the server stored."""
    con = sqlite3.connect(server_db(server))
    try:
        return [(r[0], r[1]) for r in con.execute("SELECT id, body_hash FROM submissions")]
    finally:
        con.close()


def allow_versions(server: Any, versions: int) -> None:
    """Raises every project's cap on submissions per assignment (the server's default is 20)
    for a test that sends hundreds of versions of a few tasks."""
    con = sqlite3.connect(server_db(server))
    try:
        with con:
            for pid, raw in con.execute("SELECT id, config FROM projects").fetchall():
                config = json.loads(raw) if raw else {}
                config["max_versions"] = versions
                con.execute(
                    "UPDATE projects SET config = ? WHERE id = ?", (json.dumps(config), pid)
                )
    finally:
        con.close()

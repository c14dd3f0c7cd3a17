"""Server test fixtures: a served instance per test on SQLite or PostgreSQL, and API helpers."""

from __future__ import annotations

import os
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy.engine import make_url

from annotator_desktop.server.runner import ServerThread
from annotator_desktop.server.settings import ServerSettings
from support.pg import drop_database

API = "/api/v1"
FAST_HASH = 2**10  # the real cost (2**14) is covered by test_security.py


@pytest.fixture(autouse=True)
def _thread_baseline(request: pytest.FixtureRequest) -> None:
    """Record running threads at setup, so a test skipped in setup is not reported as leaking.

    (tests/conftest.py records them only when the test body runs.)
    """
    request.node._threads_before = set(threading.enumerate())


def _libpq(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


@pytest.fixture(scope="session")
def pg_database() -> Iterator[str]:
    """A fresh PostgreSQL database for this test session (dropped at the end)."""
    url = os.environ.get("ANNOTATOR_TEST_PG_URL")
    if not url:
        pytest.skip("PostgreSQL server tests skipped: ANNOTATOR_TEST_PG_URL is not set")
    import psycopg

    name = f"annotator_srv_{uuid.uuid4().hex[:12]}"
    try:
        with psycopg.connect(_libpq(url), autocommit=True, connect_timeout=5) as conn:
            conn.execute(f'CREATE DATABASE "{name}"')
    except psycopg.Error as exc:
        pytest.skip(f"PostgreSQL server tests skipped: {make_url(url).host} unreachable ({exc})")
    yield make_url(url).set(database=name).render_as_string(hide_password=False)
    drop_database(_libpq(url), name)


@pytest.fixture(params=["sqlite", "postgres"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh empty database: a SQLite file, or a new schema in the session's PostgreSQL DB."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.sqlite3'}"
        return
    import psycopg

    base = request.getfixturevalue("pg_database")
    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    yield (
        make_url(base)
        .update_query_dict({"options": f"-csearch_path={schema}"})
        .render_as_string(hide_password=False)
    )
    with psycopg.connect(_libpq(base), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'server.sqlite3'}"


@dataclass
class Served:
    """A running server plus helpers to call it as the demo users."""

    thread: ServerThread
    url: str
    sessions: list[requests.Session] = field(default_factory=list)

    @property
    def api(self) -> str:
        return self.url + API

    @property
    def db(self) -> Any:
        return self.thread.app.state.ctx.db

    def client(self, token: str | None = None) -> Client:
        s = requests.Session()
        self.sessions.append(s)
        if token:
            s.headers["Authorization"] = f"Bearer {token}"
        return Client(self.api, s)

    def login(self, name: str) -> Client:
        body = {"username": name, "password": f"{name}-demo"}
        r = requests.post(f"{self.api}/auth/login", json=body, timeout=10)
        assert r.status_code == 200, r.text
        client = self.client(r.json()["access_token"])
        client.user = r.json()["user"]
        client.tokens = r.json()
        return client


class Client:
    """requests.Session bound to the API base; methods take paths like ``/me``."""

    def __init__(self, api: str, session: requests.Session) -> None:
        self.api, self.s = api, session
        self.user: dict[str, Any] = {}
        self.tokens: dict[str, Any] = {}

    def get(self, path: str, **kw: Any) -> requests.Response:
        return self.s.get(self.api + path, timeout=20, **kw)

    def head(self, path: str, **kw: Any) -> requests.Response:
        return self.s.head(self.api + path, timeout=20, **kw)

    def post(self, path: str, **kw: Any) -> requests.Response:
        return self.s.post(self.api + path, timeout=20, **kw)

    def put(self, path: str, **kw: Any) -> requests.Response:
        return self.s.put(self.api + path, timeout=20, **kw)

    def changes(self, cursor: str | None = None, limit: int = 1000) -> dict[str, Any]:
        params: dict[str, Any] = {"limit": limit}
        if cursor is not None:
            params["cursor"] = cursor
        r = self.get("/sync/changes", params=params)
        assert r.status_code == 200, r.text
        return dict(r.json())

    def all_changes(self) -> list[dict[str, Any]]:
        out: list[dict[str, Any]] = []
        cursor = None
        while True:
            page = self.changes(cursor)
            out += page["changes"]
            cursor = page["next_cursor"]
            if not page["has_more"]:
                return out


def start_served(db_url: str, tmp_path: Path, demo: bool = True, **settings: int) -> Served:
    settings.setdefault("scrypt_n", FAST_HASH)
    thread = ServerThread(
        db_url, tmp_path / "assets", demo=demo, settings=ServerSettings(**settings)
    )
    return Served(thread, thread.start())


def stop_served(served: Served) -> None:
    for s in served.sessions:
        s.close()
    served.thread.stop()


@pytest.fixture
def served(db_url: str, tmp_path: Path) -> Iterator[Served]:
    """The demo server on SQLite and on PostgreSQL."""
    srv = start_served(db_url, tmp_path)
    yield srv
    stop_served(srv)


@pytest.fixture
def served_sqlite(sqlite_url: str, tmp_path: Path) -> Iterator[Served]:
    srv = start_served(sqlite_url, tmp_path)
    yield srv
    stop_served(srv)

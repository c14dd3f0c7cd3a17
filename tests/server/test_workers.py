"""``serve --workers 2``: a real two-process server on SQLite and on PostgreSQL. Nothing that
must agree lives in one process: revocation, refresh reuse and the login limiter hold on
every worker at once (issue 20, item 3)."""

from __future__ import annotations

import statistics
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlalchemy.engine import make_url

from support.live_server import LiveServer

from .conftest import _libpq

LIMIT = 5  # login_max_failures (the default)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def workers(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[LiveServer]:
    """The demo server with two worker processes (real scrypt cost, for the timing test)."""
    workdir = tmp_path_factory.mktemp(f"workers-{request.param}")
    db_url = None
    schema = ""
    if request.param == "postgres":
        import psycopg

        base = request.getfixturevalue("pg_database")
        schema = f"w_{uuid.uuid4().hex[:12]}"
        with psycopg.connect(_libpq(base), autocommit=True) as conn:
            conn.execute(f'CREATE SCHEMA "{schema}"')
        db_url = (
            make_url(base)
            .update_query_dict({"options": f"-csearch_path={schema}"})
            .render_as_string(hide_password=False)
        )
    server = LiveServer.start(workdir, demo=True, db_url=db_url, settings_args=["--workers", "2"])
    yield server
    server.stop()
    if schema:
        with psycopg.connect(_libpq(base), autocommit=True) as conn:
            conn.execute(f'DROP SCHEMA "{schema}" CASCADE')


def per_worker(server: LiveServer, token: str | None = None) -> dict[str, requests.Session]:
    """One keep-alive session per worker process (a connection stays with its worker)."""
    found: dict[str, requests.Session] = {}
    for _ in range(400):
        s = requests.Session()
        if token:
            s.headers["Authorization"] = f"Bearer {token}"
        pid = s.get(f"{server.api}/health", timeout=10).headers["X-Server-Process"]
        if pid in found:
            s.close()
        else:
            found[pid] = s
        if len(found) == 2:
            return found
    raise AssertionError(f"requests reached only the workers {sorted(found)}")


def login(server: LiveServer, name: str, password: str, address: str) -> requests.Response:
    return requests.post(
        f"{server.api}/auth/login", json={"username": name, "password": password},
        headers={"X-Forwarded-For": address}, timeout=30,
    )  # fmt: skip


def test_revocation_and_refresh_reuse_hold_on_every_worker(workers: LiveServer) -> None:
    r = login(workers, "ana", "ana-demo", "10.1.0.1")
    assert r.status_code == 200, r.text
    tokens = r.json()
    (pid_a, a), (pid_b, b) = per_worker(workers, tokens["access_token"]).items()
    assert pid_a != pid_b
    assert a.get(f"{workers.api}/me").status_code == 200
    assert b.get(f"{workers.api}/me").status_code == 200
    assert a.post(f"{workers.api}/auth/logout").status_code == 204
    for session in (b, a):  # at once, with no wait: nothing cached per process
        r = session.get(f"{workers.api}/me")
        assert r.status_code == 401 and r.json()["code"] == "unauthorized"
    # refresh on one worker, reuse the old refresh token on the other: the family is revoked
    fresh = login(workers, "ben", "ben-demo", "10.1.0.2").json()
    a.headers.pop("Authorization")
    b.headers.pop("Authorization")
    rotated = a.post(f"{workers.api}/auth/refresh", json={"refresh_token": fresh["refresh_token"]})
    assert rotated.status_code == 200
    reuse = b.post(f"{workers.api}/auth/refresh", json={"refresh_token": fresh["refresh_token"]})
    assert reuse.status_code == 401 and reuse.json()["code"] == "refresh_token_reused"
    a.headers["Authorization"] = f"Bearer {rotated.json()['access_token']}"
    assert a.get(f"{workers.api}/me").status_code == 401
    for s in (a, b):
        s.close()


def test_parallel_guessing_burst_is_limited_and_the_owner_still_gets_in(
    workers: LiveServer,
) -> None:
    attacker = f"10.2.{uuid.uuid4().int % 250}.7"
    barrier = threading.Barrier(40)
    statuses: list[int] = []
    lock = threading.Lock()

    def guess(i: int) -> None:
        barrier.wait()
        status = login(workers, "qa", f"guess-{i}", attacker).status_code
        with lock:
            statuses.append(status)

    threads = [threading.Thread(target=guess, args=(i,)) for i in range(40)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(statuses) == 40 and set(statuses) <= {401, 429}, statuses
    assert statuses.count(401) <= LIMIT, statuses  # at most the limit were checked
    after = login(workers, "qa", "qa-demo", attacker)
    assert after.status_code == 429 and int(after.headers["Retry-After"]) >= 1
    # the real owner, from another address, is not locked out
    owner = login(workers, "qa", "qa-demo", "10.3.0.1")
    assert owner.status_code == 200, owner.text


def test_unknown_user_answers_as_slowly_as_a_real_one(workers: LiveServer) -> None:
    def median_seconds(name: str) -> float:
        times = []
        for i in range(7):  # each from a fresh address: the limiter stays out of it
            started = time.perf_counter()
            r = login(workers, name, "not-the-password", f"10.4.{len(name)}.{i + 1}")
            times.append(time.perf_counter() - started)
            assert r.status_code == 401
        return statistics.median(times)

    real, unknown = median_seconds("admin"), median_seconds(f"nobody-{uuid.uuid4().hex[:6]}")
    # the real check (scrypt, 2**14) costs tens of ms; the unknown name must cost about as much
    assert unknown > real / 3, (real, unknown)


def test_workers_share_the_port_file_and_stop_cleanly(tmp_path: Path) -> None:
    server = LiveServer.start(tmp_path, demo=False, settings_args=["--workers", "2"])
    try:
        pids = set(per_worker(server))
        assert len(pids) == 2
    finally:
        server.stop()
    assert server.url
    with pytest.raises(requests.ConnectionError):
        requests.get(f"{server.url}/api/v1/health", timeout=5)

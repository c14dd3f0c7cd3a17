"""Bad input gets a clear problem+json 4xx, never a 5xx, and nothing is written."""

from __future__ import annotations

import socket
from pathlib import Path
from urllib.parse import urlparse

from sqlalchemy import func, select

from annotator_desktop.server.models import SubmissionRow

from .conftest import Served, start_served, stop_served
from .results import body_for, new_id

PROBLEM = "application/problem+json"


def count_submissions(served: Served) -> int:
    with served.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(SubmissionRow)) or 0)


def assert_problem(r, status: int, code: str) -> None:  # type: ignore[no-untyped-def]
    assert r.status_code == status, r.text
    assert r.headers["content-type"].startswith(PROBLEM)
    body = r.json()
    assert body["status"] == status and body["code"] == code and body["title"]


def test_framework_errors_are_problems(served_sqlite: Served) -> None:
    ana = served_sqlite.login("ana")
    assert_problem(ana.get("/no/such/path"), 404, "not_found")
    assert_problem(ana.s.delete(ana.api + "/projects"), 405, "method_not_allowed")
    assert_problem(served_sqlite.client().get("/projects"), 401, "unauthorized")
    assert_problem(served_sqlite.client("forged").get("/me"), 401, "unauthorized")
    headers = {"Content-Type": "application/json"}
    assert_problem(ana.post("/auth/login", data=b"{not json", headers=headers), 400, "bad_request")
    r = ana.post("/auth/login", json={"username": 5, "password": ["x"]})
    assert_problem(r, 422, "validation_error")
    assert {tuple(e["loc"]) for e in r.json()["errors"]} >= {("body", "username")}
    assert_problem(
        ana.post("/projects/demo-bbox/checkout", json={"count": -1}), 422, "validation_error"
    )
    assert_problem(ana.get("/sync/changes", params={"limit": "lots"}), 422, "validation_error")


def test_bad_submissions_write_nothing(served_sqlite: Served) -> None:
    ana, ben = served_sqlite.login("ana"), served_sqlite.login("ben")
    lease = ana.post("/projects/demo-rewrite/checkout", json={"count": 1}).json()["assignments"][0]
    before = count_submissions(served_sqlite)
    wrong_type = body_for(lease, lease_epoch="high")
    assert_problem(ana.put(f"/submissions/{new_id()}", json=wrong_type), 422, "validation_error")
    assert_problem(ana.put(f"/submissions/{new_id()}", json=[1, 2]), 422, "validation_error")
    assert_problem(ben.put(f"/submissions/{new_id()}", json=body_for(lease)), 404, "not_found")
    mismatch = body_for(lease, task_id="demo-rewrite-08")
    assert_problem(ana.put(f"/submissions/{new_id()}", json=mismatch), 422, "validation_error")
    assert_problem(ana.put("/submissions/a%2F..%2Fb", json=body_for(lease)), 404, "not_found")
    assert_problem(ana.put("/submissions/bad%20id!", json=body_for(lease)), 422, "validation_error")
    huge = body_for(lease, {"text_md": "x" * 3_000_000})
    assert_problem(ana.put(f"/submissions/{new_id()}", json=huge), 413, "payload_too_large")
    assert count_submissions(served_sqlite) == before
    extra = dict(body_for(lease), surprise={"nested": True}, result={"text_md": "ok", "mood": 1})
    r = ana.put(f"/submissions/{new_id()}", json=extra)
    assert r.status_code == 201 and "surprise" not in r.json() and "mood" not in r.json()["result"]


def test_chunked_body_over_limit_is_refused(served_sqlite: Served) -> None:
    ana = served_sqlite.login("ana")

    def chunks():  # type: ignore[no-untyped-def]
        for _ in range(40):
            yield b"x" * 100_000

    r = ana.post("/auth/login", data=chunks(), headers={"Content-Type": "application/json"})
    assert_problem(r, 413, "payload_too_large")


def test_login_rate_limit(sqlite_url: str, tmp_path: Path) -> None:
    srv = start_served(sqlite_url, tmp_path, login_max_failures=3)
    try:
        anon = srv.client()
        for _ in range(3):
            r = anon.post("/auth/login", json={"username": "ana", "password": "guess"})
            assert r.status_code == 401
        r = anon.post("/auth/login", json={"username": "ana", "password": "ana-demo"})
        assert_problem(r, 429, "rate_limited")
        assert int(r.headers["Retry-After"]) >= 1
        ok = anon.post("/auth/login", json={"username": "ben", "password": "ben-demo"})
        assert ok.status_code == 200
    finally:
        stop_served(srv)


def test_feed_cursor_older_than_retention_is_gone(sqlite_url: str, tmp_path: Path) -> None:
    srv = start_served(sqlite_url, tmp_path, feed_retention_seconds=0)
    try:
        ana = srv.login("ana")
        page = ana.changes()
        cursor = page["next_cursor"]
        lease = page["changes"][-1]
        assert lease["entity"] == "assignment"
        assert ana.post(f"/assignments/{lease['id']}/release").status_code == 200
        r = ana.get("/sync/changes", params={"cursor": str(int(cursor) - 1)})
        assert_problem(r, 410, "cursor_gone")
        fresh = ana.changes()  # a full re-pull still works and no longer lists the lease
        assert lease["id"] not in {c["id"] for c in fresh["changes"]}
    finally:
        stop_served(srv)


def test_response_dropped_after_commit_then_retried_stores_one_row(served_sqlite: Served) -> None:
    ana = served_sqlite.login("ana")
    lease = ana.post("/projects/demo-compare/checkout", json={"count": 1}).json()["assignments"][0]
    sub_id, body = new_id(), body_for(lease)
    import json

    payload = json.dumps(body).encode()
    url = urlparse(served_sqlite.url)
    request = (
        f"PUT /api/v1/submissions/{sub_id} HTTP/1.1\r\nHost: {url.netloc}\r\n"
        f"Authorization: Bearer {ana.tokens['access_token']}\r\n"
        f"Content-Type: application/json\r\nContent-Length: {len(payload)}\r\n\r\n"
    ).encode() + payload
    with socket.create_connection((url.hostname, url.port), timeout=10) as sock:
        sock.sendall(request)
        assert sock.recv(1) == b"H"  # the server answered, so it committed; drop the rest
    retry = ana.put(f"/submissions/{sub_id}", json=body)
    assert retry.status_code == 200
    with served_sqlite.db.read() as session:
        n = session.scalar(select(func.count()).where(SubmissionRow.id == sub_id))
    assert n == 1

"""Every endpoint x role x owner: only the expected answers (no leaks, no 5xx)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any

from PIL import Image

from .conftest import Client, Served
from .results import body_for, new_id

ROLES = ("anon", "ben", "qa", "ana", "admin")  # ana owns the objects; order matters for writes
Row = tuple[str, str, Callable[[], str], Callable[[], Any], dict[str, int]]


def png_bytes() -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (32, 24), (200, 30, 30)).save(buf, format="PNG")
    return buf.getvalue()


def expect(anon: int, ben: int, qa: int, ana: int, admin: int) -> dict[str, int]:
    return {"anon": anon, "ben": ben, "qa": qa, "ana": ana, "admin": admin}


def build_world(served: Served) -> dict[str, Any]:
    """A private project only ana (and admin) can see, with an image task leased to ana."""
    admin, ana = served.login("admin"), served.login("ana")
    sha = admin.post("/assets", data=png_bytes(), headers={"Content-Type": "image/png"}).json()[
        "sha256"
    ]
    spec = {"name": "Private", "kind": "bbox", "config": {"labels": [{"name": "cat"}]}}
    project = admin.post("/projects", json=spec).json()
    task = {"payload": {"image": {"sha256": sha, "width": 32, "height": 24, "mime": "image/png"},
                        "labels": [{"name": "cat"}]}}  # fmt: skip
    assert admin.post(f"/projects/{project['id']}/tasks", json=[task]).status_code == 201
    assert (
        admin.post(f"/projects/{project['id']}/members", json={"user_id": "ana"}).status_code == 200
    )
    private = ana.post(f"/projects/{project['id']}/checkout", json={"count": 1}).json()
    demo = ana.post("/projects/demo-bbox/checkout", json={"count": 2}).json()["assignments"]
    sub = ana.put(f"/submissions/{new_id()}", json=body_for(demo[0])).json()
    return {"pid": project["id"], "sha": sha, "pa": private["assignments"][0],
            "demo": demo[1], "sub": sub, "task": task}  # fmt: skip


def rows(w: dict[str, Any]) -> list[Row]:
    pid, sha, pa = w["pid"], w["sha"], w["pa"]["assignment_id"]
    none: Callable[[], Any] = lambda: None  # noqa: E731
    review = lambda: {"submission_id": w["sub"]["id"], "verdict": "accept"}  # noqa: E731
    skip = lambda: {"task_id": w["pa"]["task"]["id"], "reason": "unclear"}  # noqa: E731
    return [
        ("GET", "me", lambda: "/me", none, expect(401, 200, 200, 200, 200)),
        ("GET", "projects", lambda: "/projects", none, expect(401, 200, 200, 200, 200)),
        (
            "GET",
            "private project",
            lambda: f"/projects/{pid}",
            none,
            expect(401, 404, 404, 200, 200),
        ),
        (
            "GET",
            "demo project",
            lambda: "/projects/demo-bbox",
            none,
            expect(401, 200, 200, 200, 200),
        ),
        (
            "POST",
            "create project",
            lambda: "/projects",
            lambda: {"name": "x", "kind": "rewrite"},
            expect(401, 403, 403, 403, 201),
        ),
        (
            "POST",
            "add tasks",
            lambda: f"/projects/{pid}/tasks",
            lambda: [w["task"]],
            expect(401, 403, 403, 403, 201),
        ),
        (
            "POST",
            "add member",
            lambda: f"/projects/{pid}/members",
            lambda: {"user_id": "admin"},
            expect(401, 403, 403, 403, 200),
        ),
        (
            "POST",
            "checkout private",
            lambda: f"/projects/{pid}/checkout",
            lambda: {"count": 1},
            expect(401, 404, 404, 200, 200),
        ),
        (
            "POST",
            "checkout demo",
            lambda: "/projects/demo-bbox/checkout",
            lambda: {"count": 1},
            expect(401, 200, 403, 200, 200),
        ),
        (
            "POST",
            "renew",
            lambda: f"/assignments/{pa}/renew",
            none,
            expect(401, 404, 404, 200, 200),
        ),
        (
            "PUT",
            "submit",
            lambda: f"/submissions/{new_id()}",
            lambda: body_for(w["demo"]),
            expect(401, 404, 404, 201, 404),
        ),
        ("GET", "asset", lambda: f"/assets/{sha}", none, expect(401, 404, 404, 200, 200)),
        ("HEAD", "asset head", lambda: f"/assets/{sha}", none, expect(401, 404, 404, 200, 200)),
        (
            "POST",
            "review checkout private",
            lambda: "/review/checkout",
            lambda: {"project_id": pid, "count": 1},
            expect(401, 404, 404, 403, 200),
        ),
        (
            "POST",
            "review checkout demo",
            lambda: "/review/checkout",
            lambda: {"project_id": "demo-bbox", "count": 1},
            expect(401, 403, 200, 403, 200),
        ),
        ("PUT", "review", lambda: f"/reviews/{new_id()}", review, expect(401, 404, 201, 403, 201)),
        (
            "GET",
            "stats demo",
            lambda: "/projects/demo-bbox/stats",
            none,
            expect(401, 403, 200, 403, 200),
        ),
        (
            "GET",
            "stats private",
            lambda: f"/projects/{pid}/stats",
            none,
            expect(401, 404, 404, 403, 200),
        ),
        ("POST", "upload", lambda: "/assets", lambda: b"bytes", expect(401, 403, 403, 403, 201)),
        ("GET", "feed", lambda: "/sync/changes", none, expect(401, 200, 200, 200, 200)),
        (
            "POST",
            "revoke",
            lambda: f"/assignments/{pa}/revoke",
            none,
            expect(401, 403, 403, 403, 200),
        ),
        (
            "POST",
            "reassign",
            lambda: f"/assignments/{pa}/reassign",
            lambda: {"user_id": "ana"},
            expect(401, 403, 403, 403, 200),
        ),
        (
            "POST",
            "release",
            lambda: f"/assignments/{pa}/release",
            none,
            expect(401, 404, 404, 200, 200),
        ),
        ("PUT", "skip", lambda: f"/skips/{new_id()}", skip, expect(401, 404, 404, 201, 404)),
        (
            "GET",
            "skips demo",
            lambda: "/projects/demo-bbox/skips",
            none,
            expect(401, 403, 200, 403, 200),
        ),
        (
            "GET",
            "skips private",
            lambda: f"/projects/{pid}/skips",
            none,
            expect(401, 404, 404, 403, 200),
        ),
    ]


def call(client: Client, method: str, path: str, body: Any) -> int:
    kwargs: dict[str, Any] = {}
    if isinstance(body, bytes):
        kwargs["data"] = body
    elif body is not None:
        kwargs["json"] = body
    r = client.s.request(method, client.api + path, timeout=20, **kwargs)
    if r.status_code >= 400 and method != "HEAD":
        assert r.headers["content-type"].startswith("application/problem+json")
    return r.status_code


def test_endpoint_role_owner_matrix(served_sqlite: Served) -> None:
    world = build_world(served_sqlite)
    clients = {"anon": served_sqlite.client()}
    clients.update({name: served_sqlite.login(name) for name in ROLES if name != "anon"})
    wrong = []
    for method, name, path, body, expected in rows(world):
        for role in ROLES:
            got = call(clients[role], method, path(), body())
            if got != expected[role]:
                wrong.append(f"{name} as {role}: {got} (expected {expected[role]})")
    assert wrong == []

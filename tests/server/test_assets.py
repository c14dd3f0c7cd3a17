"""Content-addressed assets: ETag, Range, If-Range, HEAD, access by task, admin upload."""

from __future__ import annotations

import hashlib
from pathlib import Path

from .conftest import Served, start_served, stop_served
from .results import body_for, new_id


def first_image(served: Served, name: str) -> dict:  # type: ignore[type-arg]
    client = served.login(name)
    tasks = [c["data"] for c in client.all_changes() if c["entity"] == "task"]
    return next(t["payload"]["image"] for t in tasks if t["kind"] == "bbox")


def test_get_head_range_and_if_range(served_sqlite: Served) -> None:
    ana = served_sqlite.login("ana")
    image = first_image(served_sqlite, "ana")
    sha = image["sha256"]
    full = ana.get(f"/assets/{sha}")
    assert full.status_code == 200 and hashlib.sha256(full.content).hexdigest() == sha
    assert full.headers["ETag"] == f'"{sha}"' and full.headers["content-type"] == "image/png"
    assert full.content[:8] == b"\x89PNG\r\n\x1a\n"
    head = ana.head(f"/assets/{sha}")
    assert head.status_code == 200 and head.content == b""
    assert int(head.headers["Content-Length"]) == len(full.content)
    part = ana.get(f"/assets/{sha}", headers={"Range": "bytes=10-19"})
    assert part.status_code == 206 and part.content == full.content[10:20]
    assert part.headers["Content-Range"] == f"bytes 10-19/{len(full.content)}"
    tail = ana.get(f"/assets/{sha}", headers={"Range": "bytes=-5"})
    assert tail.content == full.content[-5:]
    resumed = ana.get(f"/assets/{sha}", headers={"Range": "bytes=100-", "If-Range": f'"{sha}"'})
    assert resumed.status_code == 206 and resumed.content == full.content[100:]
    changed = ana.get(f"/assets/{sha}", headers={"Range": "bytes=100-", "If-Range": '"other"'})
    assert changed.status_code == 200 and changed.content == full.content
    past = ana.get(f"/assets/{sha}", headers={"Range": f"bytes={len(full.content) + 5}-"})
    assert past.status_code == 416 and past.json()["code"] == "range_not_satisfiable"
    assert ana.get(f"/assets/{sha}", headers={"If-None-Match": f'"{sha}"'}).status_code == 304


def test_asset_access_and_bad_ids(served_sqlite: Served) -> None:
    ana, qa = served_sqlite.login("ana"), served_sqlite.login("qa")
    image = first_image(served_sqlite, "ana")
    open_task_images = set()
    admin = served_sqlite.login("admin")
    tasks = [c["data"] for c in admin.all_changes() if c["entity"] == "task"]
    assert tasks == []  # admin holds no leases: nothing in the feed
    ben_images = {
        c["data"]["payload"]["image"]["sha256"]
        for c in served_sqlite.login("ben").all_changes()
        if c["entity"] == "task" and c["data"]["kind"] == "bbox"
    }
    ana_images = {
        c["data"]["payload"]["image"]["sha256"]
        for c in ana.all_changes()
        if c["entity"] == "task" and c["data"]["kind"] == "bbox"
    }
    only_ana = ana_images - ben_images
    assert only_ana
    sha = next(iter(only_ana))
    ben = served_sqlite.login("ben")
    assert ben.get(f"/assets/{sha}").status_code == 404
    assert qa.get(f"/assets/{sha}").status_code == 200  # qa_lead of the project
    assert admin.get(f"/assets/{sha}").status_code == 200
    assert served_sqlite.client().get(f"/assets/{sha}").status_code == 401
    for bad in (
        "..%2F..%2Fetc%2Fpasswd",
        "../../etc/passwd",
        "ABC",
        "0" * 63,
        image["sha256"].upper(),
    ):
        r = ana.get(f"/assets/{bad}")
        assert 400 <= r.status_code < 500, (bad, r.status_code)
    assert ana.get(f"/assets/{'0' * 64}").status_code == 404
    assert not open_task_images


def test_upload_admin_only_and_size_limit(sqlite_url: str, tmp_path: Path) -> None:
    srv = start_served(sqlite_url, tmp_path, max_asset_bytes=1000)
    try:
        admin, ana = srv.login("admin"), srv.login("ana")
        data = b"hello asset"
        r = admin.post("/assets", data=data, headers={"Content-Type": "text/plain"})
        assert r.status_code == 201
        sha = hashlib.sha256(data).hexdigest()
        assert r.json() == {"sha256": sha, "size": len(data), "mime": "text/plain"}
        assert (tmp_path / "assets" / sha).read_bytes() == data
        assert admin.post("/assets", data=data).status_code == 201  # idempotent
        assert ana.post("/assets", data=data).status_code == 403
        big = admin.post("/assets", data=b"x" * 2000)
        assert big.status_code == 413 and big.json()["code"] == "payload_too_large"
    finally:
        stop_served(srv)


def test_only_a_live_or_submitted_lease_grants_the_image(served: Served) -> None:
    """A released lease no longer grants its image; a submitted one does (issue 20, item 8)."""
    ana = served.login("ana")
    leases = ana.post("/projects/demo-bbox/checkout", json={"count": 10}).json()["assignments"]
    first, second = leases[0], leases[1]
    for lease in (first, second):
        sha = lease["task"]["payload"]["image"]["sha256"]
        assert ana.get(f"/assets/{sha}").status_code == 200
    released = first["task"]["payload"]["image"]["sha256"]
    assert ana.post(f"/assignments/{first['assignment_id']}/release").status_code == 200
    others = {a["task"]["payload"]["image"]["sha256"] for a in leases[1:]}
    assert released not in others  # every demo task has a picture of its own
    r = ana.get(f"/assets/{released}")
    assert r.status_code == 404 and r.json()["code"] == "not_found"
    assert ana.head(f"/assets/{released}").status_code == 404
    body = body_for(second)
    assert ana.put(f"/submissions/{new_id()}", json=body).status_code == 201
    kept = second["task"]["payload"]["image"]["sha256"]
    assert ana.get(f"/assets/{kept}").status_code == 200  # submitted: still readable


def test_large_asset_streams_with_ranges(sqlite_url: str, tmp_path: Path) -> None:
    srv = start_served(sqlite_url, tmp_path)
    try:
        admin = srv.login("admin")
        data = bytes(range(256)) * (12 * 4096 + 17)  # ~12.6 MB, not a multiple of the chunk
        sha = hashlib.sha256(data).hexdigest()

        def chunks():  # type: ignore[no-untyped-def]
            for i in range(0, len(data), 1 << 20):
                yield data[i : i + (1 << 20)]

        up = admin.post("/assets", data=chunks(), headers={"Content-Type": "image/x-test"})
        assert up.status_code == 201 and up.json()["size"] == len(data)
        assert not list((tmp_path / "assets").glob(".upload-*"))
        with admin.s.get(f"{admin.api}/assets/{sha}", stream=True, timeout=30) as r:
            assert r.status_code == 200 and int(r.headers["Content-Length"]) == len(data)
            got = b"".join(r.iter_content(1 << 16))
        assert got == data
        mid = admin.get(f"/assets/{sha}", headers={"Range": "bytes=262140-786440"})
        assert mid.status_code == 206 and mid.content == data[262140:786441]
        tail = admin.get(f"/assets/{sha}", headers={"Range": "bytes=-1000"})
        assert tail.content == data[-1000:]
        assert admin.post("/assets", data=data[:10]).status_code == 201
    finally:
        stop_served(srv)

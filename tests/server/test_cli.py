"""annotator-server's admin commands on a real database, and the served subprocess."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import requests
from PIL import Image

from annotator_desktop.server.cli import main
from support.live_server import LiveServer


def run(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict]:  # type: ignore[type-arg]
    assert main(list(args)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def test_admin_commands_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = ["--db", f"sqlite:///{tmp_path / 's.sqlite3'}", "--assets", str(tmp_path / "assets")]
    run(capsys, "users", "add", "zoe", "--role", "annotator", "--password", "zoe-pw", *db)
    run(capsys, "users", "add", "lee", "--role", "qa_lead", "--password", "lee-pw", *db)
    assert main(["users", "add", "zoe", "--role", "annotator", "--password", "x", *db]) == 2
    cfg = json.dumps({"labels": [{"name": "cat", "color": "#ff0000", "hotkey": "1"}]})
    project = run(capsys, "projects", "create", "--name", "Cats", "--kind", "bbox",
                  "--config", cfg, "--members", "zoe,lee", *db)[0]  # fmt: skip
    images = tmp_path / "images"
    images.mkdir()
    for i in range(3):
        Image.new("RGB", (64 + i, 48), (i * 60, 100, 100)).save(images / f"img{i}.png")
    (images / "notes.txt").write_text("not an image")
    coco = {
        "images": [{"id": 1, "file_name": "img0.png", "width": 64, "height": 48}],
        "categories": [{"id": 7, "name": "dog"}],
        "annotations": [{"id": 1, "image_id": 1, "category_id": 7, "bbox": [1, 2, 10, 12]}],
    }
    (tmp_path / "coco.json").write_text(json.dumps(coco))
    out = run(capsys, "tasks", "import", "--project", project["id"], str(images),
              "--coco", str(tmp_path / "coco.json"), "--overlap", "2", *db)[0]  # fmt: skip
    assert out["imported"] == 3
    text = run(capsys, "projects", "create", "--name", "Texts", "--kind", "rewrite", *db)[0]
    jsonl = tmp_path / "tasks.jsonl"
    jsonl.write_text(
        json.dumps({"id": "t1", "payload": {"prompt": "p", "draft_md": "d"}}) + "\n\n"
        + json.dumps({"prompt": "p2", "draft_md": "d2"}) + "\n"
    )  # fmt: skip
    assert (
        run(capsys, "tasks", "import", "--project", text["id"], str(jsonl), *db)[0]["imported"] == 2
    )
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n")
    assert main(["tasks", "import", "--project", text["id"], str(bad), *db]) == 2
    leases = run(capsys, "assign", "--project", project["id"], "--user", "zoe", "--count", "2", *db)
    assert len(leases) == 2 and all(lease["lease_epoch"] == 1 for lease in leases)
    added = run(capsys, "assets", "add", str(images / "img1.png"), *db)[0]
    assert (tmp_path / "assets" / added["sha256"]).is_file()
    export_file = tmp_path / "export.jsonl"
    run(capsys, "export", "--project", project["id"], "--out", str(export_file), *db)
    assert export_file.read_text() == ""  # nothing submitted yet

    server = LiveServer.start(tmp_path / "srv", demo=False, db_url=db[1])
    try:
        api = server.url + "/api/v1"
        token = server.login("zoe", "zoe-pw")
        headers = {"Authorization": f"Bearer {token}"}
        feed = requests.get(f"{api}/sync/changes", headers=headers, timeout=10).json()["changes"]
        tasks = [c["data"] for c in feed if c["entity"] == "task"]
        prefilled = [t for t in tasks if t["payload"]["prefill"]]
        assert prefilled and prefilled[0]["payload"]["prefill"][0]["label"] == "dog"
        labels = {lab["name"] for lab in tasks[0]["payload"]["labels"]}
        assert labels == {"cat", "dog"}
        lease = next(c["data"] for c in feed if c["entity"] == "assignment")
        img = lease["task"]["payload"]["image"]
        body = {"assignment_id": lease["assignment_id"], "task_id": lease["task"]["id"],
                "lease_epoch": lease["lease_epoch"], "submitted_at": "2026-01-01T00:00:00Z",
                "result": {"boxes": [{"label": "cat", "x": 1, "y": 1, "w": 5, "h": 5}],
                           "image_width": img["width"], "image_height": img["height"]}}  # fmt: skip
        r = requests.put(f"{api}/submissions/s-1", json=body, headers=headers, timeout=10)
        assert r.status_code == 201, r.text
    finally:
        server.stop()
    run(capsys, "export", "--project", project["id"], "--out", str(export_file), *db)
    lines = [json.loads(line) for line in export_file.read_text().splitlines()]
    assert [(x["type"], x["id"], x["late"]) for x in lines] == [("submission", "s-1", False)]


def test_live_server_restart_keeps_port_and_data(tmp_path: Path) -> None:
    server = LiveServer.start(tmp_path / "srv", demo=True)
    try:
        port = server.port
        token = server.login("ana", "ana-demo")
        headers = {"Authorization": f"Bearer {token}"}
        before = requests.get(
            server.url + "/api/v1/sync/changes", headers=headers, timeout=10
        ).json()
        server.restart()
        assert server.port == port
        after = requests.get(
            server.url + "/api/v1/sync/changes", headers=headers, timeout=10
        ).json()
        assert after == before  # same database, not seeded twice, token still valid
    finally:
        server.stop()
    with pytest.raises(requests.ConnectionError):
        requests.get(server.url + "/api/v1/me", timeout=2)


def test_empty_server_fixture_has_demo_users_only(empty_server: LiveServer) -> None:
    token = empty_server.login("ana", "ana-demo")
    headers = {"Authorization": f"Bearer {token}"}
    assert (
        requests.get(empty_server.url + "/api/v1/projects", headers=headers, timeout=10).json()
        == []
    )


def test_live_server_fixture_serves_demo(live_server: LiveServer) -> None:
    token = live_server.login("qa", "qa-demo")
    headers = {"Authorization": f"Bearer {token}"}
    projects = requests.get(
        live_server.url + "/api/v1/projects", headers=headers, timeout=10
    ).json()
    assert {p["kind"] for p in projects} == {"bbox", "rewrite", "compare"}


def test_sigterm_finishes_the_request_in_flight(tmp_path: Path) -> None:
    """Graceful shutdown: a request already being received is answered before the exit."""
    import signal
    import socket
    import time

    server = LiveServer.start(tmp_path / "srv", demo=True)
    try:
        token = server.login("ana", "ana-demo")
        headers = {"Authorization": f"Bearer {token}"}
        feed = requests.get(server.url + "/api/v1/sync/changes", headers=headers, timeout=10)
        lease = next(
            c["data"] for c in feed.json()["changes"]
            if c["entity"] == "assignment" and c["data"]["task"]["kind"] == "rewrite"
        )  # fmt: skip
        body = json.dumps({
            "assignment_id": lease["assignment_id"], "task_id": lease["task"]["id"],
            "lease_epoch": lease["lease_epoch"], "submitted_at": "2026-01-01T00:00:00Z",
            "result": {"text_md": "fixed"},
        }).encode()  # fmt: skip
        head = (
            f"PUT /api/v1/submissions/in-flight HTTP/1.1\r\nHost: x\r\n"
            f"Authorization: Bearer {token}\r\nContent-Type: application/json\r\n"
            f"Expect: 100-continue\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode()
        with socket.create_connection(("127.0.0.1", server.port), timeout=10) as sock:
            sock.sendall(head)
            # "100 Continue" comes once the app asks for the body: the request is in flight.
            interim = sock.recv(4096)
            assert interim.startswith(b"HTTP/1.1 100"), interim[:200]
            proc = server._proc
            assert proc is not None
            proc.send_signal(signal.SIGTERM)
            deadline = time.monotonic() + 60  # safety only: bounds a hang
            while True:  # wait until the listener is closed: the shutdown is under way
                try:
                    socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
                except OSError:
                    break
                assert time.monotonic() < deadline, "the listener never closed"
            sock.sendall(body)
            reply = sock.recv(4096)
        assert reply.startswith(b"HTTP/1.1 201"), reply[:200]
        assert proc.wait(timeout=15) in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
    finally:
        server.stop()

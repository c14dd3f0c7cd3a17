"""Sync benchmarks (plain script, not collected by pytest).

1. Weak link: through the fault proxy (300 ms round trip, 256 kbit/s, a cut every 256 KB), check
   out N bbox tasks with N images of S bytes and download them; target: bytes received through
   the proxy <= 1.1 x the asset bytes. 20 x 1 MB at 256 kbit/s takes ~11 minutes, so this row
   runs once (``--weak-runs``); shrink it with ``--images`` / ``--image-kb``.
2. Drain: 1,000 queued submissions pushed to the server on loopback; target <= 10 s (median).

    .venv/bin/python tests/benchmarks/bench_sync.py [--images 20 --image-kb 1024 --drain-runs 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "sync"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import requests  # noqa: E402
from sync_helpers import allow_versions  # noqa: E402

from annotator_desktop.core.store import Outbox, Store, Submission, open_store, utcnow  # noqa: E402
from annotator_desktop.core.sync import account, leases  # noqa: E402
from annotator_desktop.core.sync.config import SyncConfig  # noqa: E402
from annotator_desktop.core.sync.engine import SyncEngine, SyncReport  # noqa: E402
from annotator_desktop.core.sync.errors import NetworkError  # noqa: E402
from annotator_desktop.core.sync.http import ApiClient  # noqa: E402
from annotator_desktop.core.sync.outbox import pending_count, push  # noqa: E402
from annotator_desktop.protocol import API_PREFIX  # noqa: E402
from support.live_server import LiveServer  # noqa: E402
from support.proxy import Proxy  # noqa: E402


def _admin(server: LiveServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {server.login('admin', 'admin-demo')}"}


def make_bbox_project(server: LiveServer, images: int, size: int) -> tuple[str, int]:
    """A bbox project with ``images`` random images of ``size`` bytes, ana a member."""
    api, auth = server.api, _admin(server)
    body = {"name": f"bench-{uuid.uuid4().hex[:6]}", "kind": "bbox",
            "config": {"labels": [{"name": "car"}]}}  # fmt: skip
    project = requests.post(f"{api}/projects", json=body, headers=auth, timeout=30).json()
    tasks, total = [], 0
    for i in range(images):
        data = os.urandom(size)
        headers = {**auth, "Content-Type": "image/jpeg"}
        out = requests.post(f"{api}/assets", data=data, headers=headers, timeout=60).json()
        total += out["size"]
        image = {"sha256": out["sha256"], "width": 640, "height": 480, "mime": "image/jpeg",
                 "size": out["size"]}  # fmt: skip
        tasks.append({"id": f"bench-{project['id']}-{i:02d}", "payload": {"image": image}})
    r = requests.post(f"{api}/projects/{project['id']}/tasks", json=tasks, headers=auth, timeout=60)
    r.raise_for_status()
    me = requests.get(
        f"{api}/me",
        headers={"Authorization": f"Bearer {server.login('ana', 'ana-demo')}"},
        timeout=30,
    ).json()
    requests.post(f"{api}/projects/{project['id']}/members", json={"user_id": me["id"]},
                  headers=auth, timeout=30).raise_for_status()  # fmt: skip
    return str(project["id"]), total


def fresh_store(root: Path) -> Store:
    root.mkdir(parents=True, exist_ok=True)
    return open_store(root / "cache.sqlite3")


def weak_link(server: LiveServer, work: Path, images: int, size: int) -> tuple[float, int, int]:
    project_id, asset_bytes = make_bbox_project(server, images, size)
    proxy = Proxy(server.port, latency=0.15, bandwidth=256_000 / 8, cut_after=256 * 1024).start()
    try:
        store = fresh_store(work / f"weak-{uuid.uuid4().hex[:6]}")
        config = SyncConfig(read_timeout=30.0, download_wall_seconds=3600.0)
        client = ApiClient(proxy.url, config)
        account.save_account(store, proxy.url, _retry(lambda: client.login("ana", "ana-demo")))
        ids = _retry(lambda: leases.checkout(client, store, project_id, images))
        assert len(ids) == images, ids
        engine = SyncEngine(client, store, work / "assets-weak", config)
        started = time.monotonic()
        report = SyncReport()
        while True:
            try:
                engine.fetch_assets(report)
                break
            except NetworkError:
                continue
        elapsed = time.monotonic() - started
        return elapsed, proxy.stats.bytes_down, asset_bytes
    finally:
        proxy.stop()


def _retry(fn):  # type: ignore[no-untyped-def]
    for _ in range(20):
        try:
            return fn()
        except NetworkError:
            continue
    return fn()


def queue_submissions(store: Store, count: int) -> None:
    """``count`` submissions on ana's rewrite tasks, written straight into the outbox."""
    from sqlmodel import select

    from annotator_desktop.core.store import Assignment, Task

    with store.read() as s:
        pairs = s.exec(
            select(Assignment.id, Assignment.task_id, Assignment.lease_epoch)
            .join(Task, Task.id == Assignment.task_id)
            .where(Task.kind == "rewrite")
        ).all()
    now = utcnow()
    with store.write() as s:
        for i in range(count):
            assignment_id, task_id, epoch = pairs[i % len(pairs)]
            sub_id = str(uuid.uuid4())
            result = {"text_md": f"answer {i}", "notes": ""}
            s.add(Submission(id=sub_id, task_id=task_id, assignment_id=assignment_id,
                             lease_epoch=epoch, result=result, submitted_at=now))  # fmt: skip
            path = f"{API_PREFIX}/submissions/{sub_id}"
            s.add(Outbox(entity="submission", ref_id=sub_id, path=path,
                         body={"assignment_id": assignment_id, "task_id": task_id,
                               "lease_epoch": epoch, "result": result,
                               "submitted_at": now.isoformat(), "active_seconds": 1.0},
                         next_attempt_at=now, created_at=now))  # fmt: skip


def drain(server: LiveServer, work: Path, count: int) -> float:
    store = fresh_store(work / f"drain-{uuid.uuid4().hex[:6]}")
    client = ApiClient(server.url, SyncConfig())
    account.save_account(store, server.url, client.login("ana", "ana-demo"))
    SyncEngine(client, store, work / "assets-drain").sync(with_assets=False)
    queue_submissions(store, count)
    started = time.monotonic()
    report = push(client, store, client.config)
    elapsed = time.monotonic() - started
    assert report.accepted == count and pending_count(store) == 0, report
    store.close()
    client.close()
    return elapsed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--images", type=int, default=20)
    parser.add_argument("--image-kb", type=int, default=1024)
    parser.add_argument("--weak-runs", type=int, default=1)
    parser.add_argument("--drain-count", type=int, default=1000)
    parser.add_argument("--drain-runs", type=int, default=5)
    parser.add_argument("--skip-weak", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        server = LiveServer.start(work / "server", demo=True)
        try:
            rows = []
            if not args.skip_weak:
                results = [weak_link(server, work, args.images, args.image_kb * 1024)
                           for _ in range(args.weak_runs)]  # fmt: skip
                ratio = statistics.median(r[1] / r[2] for r in results)
                secs = statistics.median(r[0] for r in results)
                label = (
                    f"weak link: {args.images} x {args.image_kb} KB, bytes received / asset bytes"
                )
                got, want = results[0][1], results[0][2]
                value = f"{ratio:.3f} ({got} / {want} B, {secs:.0f} s)"
                rows.append((label, value, "<= 1.10", ratio <= 1.10))
            allow_versions(server, 1000)  # 1,000 versions of a few tasks: over the default cap
            times = [drain(server, work, args.drain_count) for _ in range(args.drain_runs)]
            med = statistics.median(times)
            rows.append((f"drain {args.drain_count} queued submissions (loopback), median of "
                         f"{len(times)}", f"{med:.2f} s", "<= 10 s", med <= 10.0))  # fmt: skip
        finally:
            server.stop()
    print(f"{'figure':<72} {'value':<36} {'target':<9} result")
    for label, value, target, ok in rows:
        print(f"{label:<72} {value:<36} {target:<9} {'PASS' if ok else 'FAIL'}")
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

"""Server benchmark (SQLite): submission PUTs per second from one keep-alive client, and the
time to pull a 10,000-change feed. Prints a table of medians over 5 runs with PASS/FAIL, and for
context the PUT rate with ``sqlite_synchronous=full`` (every commit synced to disk).

Run: .venv/bin/python tests/benchmarks/bench_server.py
"""

from __future__ import annotations

import contextlib
import http.client
import io
import json
import statistics
import sys
import tempfile
import time
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from annotator_desktop.server.cli import main as cli_main
from support.live_server import LiveServer

RUNS = 5
PUTS_PER_RUN = 300
FEED_CHANGES = 10_000


def admin_setup(api: str, admin: requests.Session, n_tasks: int, name: str) -> str:
    project = admin.post(f"{api}/projects", json={"name": name, "kind": "rewrite"}).json()
    tasks = [{"payload": {"prompt": f"p{i}", "draft_md": f"draft {i}"}} for i in range(n_tasks)]
    r = admin.post(f"{api}/projects/{project['id']}/tasks", json=tasks)
    r.raise_for_status()
    return str(project["id"])


def session_for(server: LiveServer, name: str) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {server.login(name, name + '-demo')}"
    return s


def checkout_all(api: str, s: requests.Session, project: str, n: int) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    while len(out) < n:
        r = s.post(f"{api}/projects/{project}/checkout", json={"count": min(500, n - len(out))})
        r.raise_for_status()
        fresh = [
            a
            for a in r.json()["assignments"]
            if a["assignment_id"] not in {o["assignment_id"] for o in out}
        ]
        if not fresh:
            break
        out += fresh
    return out


def bench_puts(
    server: LiveServer, admin: requests.Session, ana: requests.Session, runs: int = RUNS
) -> list[float]:
    api = server.api
    rates = []
    for run in range(runs):
        project = admin_setup(api, admin, PUTS_PER_RUN, f"puts {run}")
        admin.post(f"{api}/projects/{project}/members", json={"user_id": "ana"}).raise_for_status()
        leases = checkout_all(api, ana, project, PUTS_PER_RUN)
        now = datetime.now(UTC).isoformat()
        bodies = [
            (str(uuid.uuid4()), {
                "assignment_id": a["assignment_id"], "task_id": a["task"]["id"],
                "lease_epoch": a["lease_epoch"], "result": {"text_md": "fixed text", "notes": ""},
                "started_at": now, "submitted_at": now, "active_seconds": 12.0,
            }) for a in leases
        ]  # fmt: skip
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)  # keep-alive
        headers = {"Authorization": ana.headers["Authorization"],
                   "Content-Type": "application/json"}  # fmt: skip
        start = time.perf_counter()
        for sub_id, body in bodies:
            conn.request("PUT", f"/api/v1/submissions/{sub_id}", json.dumps(body), headers)
            response = conn.getresponse()
            text = response.read()
            if response.status != 201:
                raise RuntimeError(text)
        rates.append(len(bodies) / (time.perf_counter() - start))
        conn.close()
    return rates


def bench_floor(server: LiveServer, ana: requests.Session) -> list[float]:
    """Round trips per second of GET /me (cached token, no write): the HTTP stack's ceiling."""
    rates = []
    for _ in range(RUNS):
        conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=30)
        headers = {"Authorization": ana.headers["Authorization"]}
        start = time.perf_counter()
        for _ in range(300):
            conn.request("GET", "/api/v1/me", headers=headers)
            conn.getresponse().read()
        rates.append(300 / (time.perf_counter() - start))
        conn.close()
    return rates


def bench_feed(server: LiveServer, admin: requests.Session, ben: requests.Session) -> list[float]:
    api = server.api
    project = admin_setup(api, admin, FEED_CHANGES // 2, "feed")
    # a lease announces a task and an assignment: 5,000 leases make 10,000 changes for ben
    assign = ["assign", "--db", server.db_url, "--assets", str(server.assets_dir),
              "--project", project, "--user", "ben", "--count", str(FEED_CHANGES // 2)]  # fmt: skip
    with contextlib.redirect_stdout(io.StringIO()):
        if cli_main(assign) != 0:
            raise RuntimeError("assign failed")
    times = []
    for _ in range(RUNS):
        start, cursor, n = time.perf_counter(), None, 0
        while True:
            params: dict[str, Any] = {"limit": 1000}
            if cursor:
                params["cursor"] = cursor
            page = ben.get(f"{api}/sync/changes", params=params).json()
            n += len(page["changes"])
            cursor = page["next_cursor"]
            if not page["has_more"]:
                break
        times.append(time.perf_counter() - start)
        if n < FEED_CHANGES:
            raise RuntimeError(f"feed had {n} changes")
    return times


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        server = LiveServer.start(Path(tmp), demo=True)
        try:
            admin, ana, ben = (session_for(server, n) for n in ("admin", "ana", "ben"))
            floor = bench_floor(server, ana)
            rates = bench_puts(server, admin, ana)
            feed = bench_feed(server, admin, ben)
        finally:
            server.stop()
        full = LiveServer.start(
            Path(tmp) / "full", demo=False, settings_args=["--set", "sqlite_synchronous=full"]
        )
        try:
            admin, ana = (session_for(full, n) for n in ("admin", "ana"))
            full_rates = bench_puts(full, admin, ana)
        finally:
            full.stop()
    put_rate, feed_time = statistics.median(rates), statistics.median(feed)
    rows = [
        ("submission PUTs/s (1 keep-alive client)", f"{put_rate:.0f}", ">= 300", put_rate >= 300),
        (f"pull {FEED_CHANGES:,}-change feed (s)", f"{feed_time:.2f}", "<= 3.0", feed_time <= 3.0),
    ]
    title = f"figure (median of {RUNS} runs, SQLite)"
    print(f"{title:45} {'value':>8} {'target':>8}  result")
    for name, value, target, ok in rows:
        print(f"{name:45} {value:>8} {target:>8}  {'PASS' if ok else 'FAIL'}")
    ceiling = f"{statistics.median(floor):.0f}"
    print(f"{'(context) GET /me round trips/s, no write':45} {ceiling:>8} {'-':>8}  info")
    synced = f"{statistics.median(full_rates):.0f}"
    print(f"{'(context) PUTs/s, sqlite_synchronous=full':45} {synced:>8} {'-':>8}  info")
    print("runs:", [round(r) for r in rates], [round(t, 2) for t in feed],
          "full:", [round(r) for r in full_rates])  # fmt: skip
    return 0 if all(r[3] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

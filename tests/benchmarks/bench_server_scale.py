"""Server scale benchmark (issue 20): costs that do not grow with the project.

With 10,000 and 1,000,000 tasks bulk-loaded into one project (SQLAlchemy core inserts in
batches), on SQLite (1 worker) and PostgreSQL (``--workers``, default 2), medians of 5 runs:
checkout of 10 tasks (p95, and the 1M / 10k ratio), 50 annotators checking out at once (each
served within 1 s; no task over-leased, checked in SQL), project stats with 200,000 submissions
at 1M tasks, the 2 × 1,500-identical-box pair, submission PUTs per second, and GET /me p95
while another client streams maximum-size submissions. Prints PASS/FAIL per row.

Everything runs on 127.0.0.1 and stops by itself (every request has a timeout).
Run: .venv/bin/python tests/benchmarks/bench_server_scale.py [--sizes 10000,1000000]
     [--backends sqlite,postgres] [--pg-url URL] [--pg-workers 2]
PostgreSQL uses ``--pg-url`` or ``ANNOTATOR_TEST_PG_URL`` (a database is made and dropped).
"""

from __future__ import annotations

import argparse
import contextlib
import http.client
import json
import multiprocessing
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import requests
from sqlalchemy import insert, text
from sqlalchemy.engine import make_url

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from annotator_desktop.core.metrics.task import task_agreement
from annotator_desktop.server import services
from annotator_desktop.server.db import Database, utcnow
from annotator_desktop.server.models import (
    AssignmentRow,
    ProjectCountsRow,
    ProjectRow,
    SubmissionRow,
    TaskAgreementRow,
    TaskRow,
)
from support.live_server import LiveServer
from support.pg import drop_database

RUNS = 5
BATCH = 20_000
CONCURRENT = 50
TIMEOUT = 30
Row = tuple[str, str, str, str]  # figure, value, target, result
rows: list[Row] = []


def row(name: str, value: float, target: float, higher: bool = False, fmt: str = ".1f") -> None:
    ok = value >= target if higher else value <= target
    rows.append((name, format(value, fmt), ("≥ " if higher else "≤ ") + str(target),
                 "PASS" if ok else "FAIL"))  # fmt: skip


def info(name: str, value: str) -> None:
    rows.append((name, value, "-", "info"))


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]


# --- data ------------------------------------------------------------------------------------


def bulk_load(db: Database, pid: str, n: int, done_tasks: int, annotators: list[str]) -> float:
    """``n`` rewrite tasks; the first ``done_tasks`` (overlap 2) submitted by both annotators,
    with their assignments, kept counts and agreement parts. Seconds taken."""
    start, now = time.perf_counter(), utcnow()
    payload = {"prompt": "Say it better.", "draft_md": "A draft that needs fixing.", "messages": []}
    part = asdict(task_agreement("rewrite", {a: {"text_md": "same"} for a in annotators}))
    tasks, assigns, subs, agree = (t.__table__ for t in (TaskRow, AssignmentRow, SubmissionRow,
                                                         TaskAgreementRow))  # fmt: skip
    with db.engine.begin() as conn:
        for lo in range(0, n, BATCH):
            batch = []
            for i in range(lo, min(n, lo + BATCH)):
                done = i < done_tasks
                batch.append({
                    "id": f"{pid}-t{i}", "project_id": pid, "title": f"task {i}",
                    "payload": payload, "overlap": 2 if done else 1, "asset_sha256": None,
                    "epoch": 2 if done else 0, "seq_no": i + 1, "created_at": now,
                    "live_count": 2 if done else 0, "done_count": 2 if done else 0,
                })  # fmt: skip
            conn.execute(insert(tasks), batch)
        for lo in range(0, done_tasks, BATCH // 2):
            a_rows, s_rows, g_rows = [], [], []
            for i in range(lo, min(done_tasks, lo + BATCH // 2)):
                tid = f"{pid}-t{i}"
                g_rows.append({"task_id": tid, "project_id": pid, "dirty": False, "marks": 1,
                               **part})  # fmt: skip
                for k, user in enumerate(annotators):
                    aid = f"{tid}-a{k}"
                    a_rows.append({
                        "id": aid, "task_id": tid, "project_id": pid, "user_id": user,
                        "lease_epoch": k + 1, "state": "submitted",
                        "expires_at": now + timedelta(days=2), "created_at": now,
                        "updated_at": now,
                    })  # fmt: skip
                    s_rows.append({
                        "id": f"{aid}-s", "body_hash": "h", "assignment_id": aid, "task_id": tid,
                        "project_id": pid, "annotator_id": user, "lease_epoch": k + 1,
                        "result": {"text_md": "same", "notes": ""}, "started_at": None,
                        "submitted_at": now, "active_seconds": 30.0, "late": False,
                        "state": "submitted", "received_at": now,
                    })  # fmt: skip
            conn.execute(insert(assigns), a_rows)
            conn.execute(insert(subs), s_rows)
            conn.execute(insert(agree), g_rows)
    with db.write() as session:  # the kept counts, as add_tasks and submissions keep them
        kept = session.get(ProjectCountsRow, pid) or ProjectCountsRow(project_id=pid)
        kept.tasks, kept.completed = kept.tasks + n, kept.completed + done_tasks
        session.add(kept)
    if not db.is_sqlite:
        with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM ANALYZE"))
    return time.perf_counter() - start


def make_users(db: Database, names: list[str], project_ids: list[str]) -> dict[str, str]:
    out = {}
    with db.write() as session:
        for name in names:
            out[name] = services.create_user(session, name, name + "-pw", ["annotator"],
                                             scrypt_n=2**10).id  # fmt: skip
        for pid in project_ids:
            project = session.get(ProjectRow, pid)
            assert project is not None
            for uid in out.values():
                services.add_member(session, project, uid)
    return out


# --- HTTP ------------------------------------------------------------------------------------


class Api:
    def __init__(self, server: LiveServer, name: str, password: str) -> None:
        self.api, self.s = server.api, requests.Session()
        r = self.s.post(f"{self.api}/auth/login", json={"username": name, "password": password},
                        timeout=TIMEOUT)  # fmt: skip
        r.raise_for_status()
        self.s.headers["Authorization"] = f"Bearer {r.json()['access_token']}"
        self.user_id = str(r.json()["user"]["id"])

    def call(self, method: str, path: str, **kw: Any) -> requests.Response:
        r = self.s.request(method, self.api + path, timeout=TIMEOUT, **kw)
        if r.status_code >= 400:
            raise RuntimeError(f"{method} {path}: {r.status_code} {r.text[:300]}")
        return r

    def timed(self, method: str, path: str, **kw: Any) -> tuple[float, requests.Response]:
        t = time.perf_counter()
        r = self.call(method, path, **kw)
        return (time.perf_counter() - t) * 1000, r

    def checkout(self, pid: str, count: int) -> list[dict[str, Any]]:
        return list(self.call("POST", f"/projects/{pid}/checkout",
                              json={"count": count}).json()["assignments"])  # fmt: skip

    def release_all(self, leases: list[dict[str, Any]]) -> None:
        for lease in leases:
            self.call("POST", f"/assignments/{lease['assignment_id']}/release")


def bench_checkout(api: Api, pid: str) -> float:
    """Median over runs of the p95 of 30 checkouts of 10 new tasks (released after each)."""
    p95s = []
    for _ in range(RUNS):
        times = []
        for _ in range(30):
            ms, r = api.timed("POST", f"/projects/{pid}/checkout", json={"count": 10})
            leases = r.json()["assignments"]
            assert len(leases) == 10, len(leases)
            times.append(ms)
            api.release_all(leases)
        p95s.append(p95(times))
    return statistics.median(p95s)


def over_leased(db: Database, pid: str) -> int:
    sql = text(
        "SELECT count(*) FROM (SELECT a.task_id, count(*) AS n FROM assignments a"
        " WHERE a.project_id = :p AND a.state IN ('active', 'submitted') GROUP BY a.task_id) x"
        " JOIN tasks t ON t.id = x.task_id WHERE x.n > t.overlap"
    )
    with db.engine.connect() as conn:
        return int(conn.execute(sql, {"p": pid}).scalar_one())


def bench_concurrent(apis: list[Api], db: Database, pid: str) -> tuple[float, int, int]:
    """Median over runs of the slowest of 50 simultaneous checkouts; over-leased tasks; short."""
    slowest, bad, short = [], 0, 0
    for _ in range(RUNS):
        barrier = threading.Barrier(len(apis))
        got: dict[int, tuple[float, list[dict[str, Any]]]] = {}

        def one(i: int, barrier: threading.Barrier = barrier, got: dict[int, Any] = got) -> None:
            barrier.wait(TIMEOUT)
            ms, r = apis[i].timed("POST", f"/projects/{pid}/checkout", json={"count": 10})
            got[i] = (ms, r.json()["assignments"])

        threads = [threading.Thread(target=one, args=(i,)) for i in range(len(apis))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(TIMEOUT * 2)
        slowest.append(max(ms for ms, _ in got.values()))
        short += sum(1 for _, leases in got.values() if len(leases) < 10)
        bad += over_leased(db, pid)
        releasers = [threading.Thread(target=apis[i].release_all, args=(got[i][1],))
                     for i in got]  # fmt: skip
        for t in releasers:
            t.start()
        for t in releasers:
            t.join(TIMEOUT * 4)
    return statistics.median(slowest), bad, short


def bench_stats(api: Api, pid: str) -> float:
    return statistics.median(api.timed("GET", f"/projects/{pid}/stats")[0] for _ in range(RUNS))


def bbox_project(admin: Api, n: int, overlap: int) -> str:
    label = [{"name": "car"}]
    pid = admin.call("POST", "/projects", json={
        "name": f"boxes {uuid.uuid4().hex[:6]}", "kind": "bbox",
        "config": {"labels": label, "overlap": overlap},
    }).json()["id"]  # fmt: skip
    image = {"sha256": "0" * 64, "width": 4000, "height": 4000}
    tasks = [{"payload": {"image": image, "labels": label}} for _ in range(n)]
    admin.call("POST", f"/projects/{pid}/tasks", json=tasks)
    return str(pid)


def body(lease: dict[str, Any], result: dict[str, Any]) -> dict[str, Any]:
    now = datetime.now(UTC).isoformat()
    return {"assignment_id": lease["assignment_id"], "task_id": lease["task"]["id"],
            "lease_epoch": lease["lease_epoch"], "result": result, "started_at": now,
            "submitted_at": now, "active_seconds": 12.0}  # fmt: skip


def boxes(n: int, spread: bool) -> dict[str, Any]:
    out = [{"label": "car", "x": (i % 100) * 39 if spread else 10,
            "y": (i // 100) * 39 % 3960 if spread else 10, "w": 30, "h": 30}
           for i in range(n)]  # fmt: skip
    return {"boxes": out, "image_width": 4000, "image_height": 4000}


def bench_box_pair(admin: Api, a: Api, b: Api) -> tuple[float, dict[str, Any]]:
    pid = bbox_project(admin, 1, overlap=2)
    for who in (a, b):
        admin.call("POST", f"/projects/{pid}/members", json={"user_id": who.user_id})
    for who in (a, b):
        lease = who.checkout(pid, 1)[0]
        who.call("PUT", f"/submissions/{uuid.uuid4()}", json=body(lease, boxes(1500, False)))
    ms, r = admin.timed("GET", f"/projects/{pid}/stats")
    return ms, r.json()["agreement"]


def _cpu_seconds(server_pid: int) -> dict[str, float]:
    """CPU seconds used so far by the server's processes, PostgreSQL's and this benchmark
    (Linux /proc; empty elsewhere)."""
    proc = Path("/proc")
    if not proc.is_dir():
        return {}
    tick = os.sysconf("SC_CLK_TCK")
    stats: dict[int, tuple[str, int, float]] = {}  # pid: (name, parent, cpu seconds)
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            text = (entry / "stat").read_text()
        except OSError:
            continue
        name, rest = text[text.index("(") + 1 : text.rindex(")")], text.rsplit(")", 1)[1].split()
        stats[int(entry.name)] = (name, int(rest[1]), (int(rest[11]) + int(rest[12])) / tick)
    tree, grew = {server_pid}, True
    while grew:
        more = {p for p, (_, parent, _) in stats.items() if parent in tree} - tree
        tree |= more
        grew = bool(more)
    return {
        "server": sum(stats[p][2] for p in tree if p in stats),
        "PostgreSQL": sum(cpu for name, _, cpu in stats.values() if name == "postgres"),
        "clients": sum(os.times()[:2]),
    }


class LeanPut:
    """A keep-alive HTTP/1.1 client on the standard library's http.client, for the PUT rate.

    The server, PostgreSQL and the clients share this machine's cores, so what a client spends
    is taken from the server: requests spends about 1 ms of CPU per PUT (its adapters, hooks and
    urllib3's pool), this one about a fifth of that, like the load generators (wrk, hey) that
    measure servers. Both figures are printed."""

    def __init__(self, api: Api) -> None:
        url = urlsplit(api.api)
        self.conn = http.client.HTTPConnection(url.hostname or "", url.port, timeout=TIMEOUT)
        self.prefix = url.path
        self.headers = {"Authorization": str(api.s.headers["Authorization"]),
                        "Content-Type": "application/json"}  # fmt: skip

    def put(self, path: str, data: dict[str, Any]) -> None:
        self.conn.request("PUT", self.prefix + path, json.dumps(data).encode(), self.headers)
        r = self.conn.getresponse()
        answer = r.read()
        if r.status >= 400:
            raise RuntimeError(f"PUT {path}: {r.status} {answer[:300]!r}")

    def close(self) -> None:
        self.conn.close()


def bench_puts(
    apis: list[Api], pid: str, per_client: int, server_pid: int, lean: bool
) -> tuple[float, dict[str, float]]:
    """Median over runs of PUTs per second from len(apis) keep-alive clients (one thread each;
    ``lean``: LeanPut, else requests), and the CPU milliseconds per PUT of the server,
    PostgreSQL and the clients (sending only)."""
    rates, cpu_ms, sent = [], dict[str, float](), 0
    for _ in range(RUNS):
        leases = [api.checkout(pid, per_client) for api in apis]
        barrier = threading.Barrier(len(apis) + 1)

        def send(
            api: Api, mine: list[dict[str, Any]], barrier: threading.Barrier = barrier
        ) -> None:
            client = LeanPut(api) if lean else None
            barrier.wait(TIMEOUT)
            for lease in mine:
                data = body(lease, {"text_md": "fixed", "notes": ""})
                if client is not None:
                    client.put(f"/submissions/{uuid.uuid4()}", data)
                else:
                    api.call("PUT", f"/submissions/{uuid.uuid4()}", json=data)
            if client is not None:
                client.close()

        threads = [threading.Thread(target=send, args=(api, mine))
                   for api, mine in zip(apis, leases, strict=True)]  # fmt: skip
        for t in threads:
            t.start()
        before = _cpu_seconds(server_pid)
        barrier.wait(TIMEOUT)
        t0 = time.perf_counter()
        for t in threads:
            t.join(TIMEOUT * 20)
        rates.append(sum(len(m) for m in leases) / (time.perf_counter() - t0))
        after = _cpu_seconds(server_pid)
        for k in after:
            cpu_ms[k] = cpu_ms.get(k, 0.0) + (after[k] - before[k]) * 1000
        sent += sum(len(m) for m in leases)
    return statistics.median(rates), {k: v / sent for k, v in cpu_ms.items()}


def _stream(api: str, auth: str, leases: list[dict[str, Any]], started: Any, sent: Any) -> None:
    """The streaming client, in a process of its own: a client is another program, and in one
    process its JSON encoding would hold the measuring thread's GIL, not the server's."""
    s = requests.Session()
    s.headers["Authorization"] = auth
    big = boxes(10_000, True)
    started.set()
    for lease in leases:
        for _ in range(6):  # under the 20 versions per assignment
            r = s.put(f"{api}/submissions/{uuid.uuid4()}", json=body(lease, big), timeout=TIMEOUT)
            r.raise_for_status()
            with sent.get_lock():
                sent.value += 1


def bench_me_under_load(streamer: Api, other: Api, pid: str) -> tuple[float, float]:
    """Median over runs of GET /me p95 (ms) while ``streamer`` sends 10,000-box submissions
    from another process."""
    ctx = multiprocessing.get_context("spawn")
    p95s, sent = [], ctx.Value("i", 0)
    for _ in range(RUNS):
        leases = streamer.checkout(pid, 3)
        started = ctx.Event()
        auth = str(streamer.s.headers["Authorization"])
        proc = ctx.Process(target=_stream, args=(streamer.api, auth, leases, started, sent))
        proc.start()
        started.wait(TIMEOUT)
        times = []
        while proc.is_alive() and len(times) < 300:
            times.append(other.timed("GET", "/me")[0])
        proc.join(TIMEOUT * 10)
        if proc.exitcode != 0:
            raise RuntimeError(f"the streaming client failed ({proc.exitcode})")
        p95s.append(p95(times))
    return statistics.median(p95s), float(sent.value)


# --- runs ------------------------------------------------------------------------------------


@contextlib.contextmanager
def pg_database(base: str) -> Iterator[str]:
    import psycopg

    libpq = make_url(base).set(drivername="postgresql").render_as_string(hide_password=False)
    name = f"annotator_scale_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(libpq, autocommit=True, connect_timeout=5) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        drop_database(libpq, name)


def run_backend(label: str, url: str, workdir: Path, sizes: list[int], args: list[str]) -> None:
    server = LiveServer.start(workdir, demo=False, db_url=url, settings_args=args)
    db = Database(url)
    try:
        admin = Api(server, "admin", "admin-demo")
        projects = {}
        for n in sizes:
            pid = admin.call("POST", "/projects", json={"name": f"scale {n}", "kind": "rewrite"})
            projects[n] = str(pid.json()["id"])
        box_pid = bbox_project(admin, 100, overlap=1)
        names = [f"bench{i:02d}" for i in range(CONCURRENT)]
        users = make_users(db, names, [*projects.values(), box_pid])
        annotators = [users["bench00"], users["bench01"]]
        apis = [Api(server, name, name + "-pw") for name in names]
        p95_by_size = {}
        for n in sizes:
            done = n // 10  # 1M tasks: 100,000 tasks with 2 submissions each = 200,000
            secs = bulk_load(db, projects[n], n, done, annotators)
            info(f"{label} {n:,} tasks + {2 * done:,} submissions loaded (s)", f"{secs:.0f}")
            p95_by_size[n] = bench_checkout(apis[2], projects[n])
            row(f"{label} {n:,}: checkout of 10, p95 (ms)", p95_by_size[n], 30)
            slowest, bad, short = bench_concurrent(apis, db, projects[n])
            row(f"{label} {n:,}: 50 at once, slowest (ms)", slowest, 1000)
            row(f"{label} {n:,}: over-leased tasks (SQL)", bad, 0, fmt="d")
            info(f"{label} {n:,}: checkouts served < 10 (SKIP LOCKED)", str(short))
            stats_ms = bench_stats(admin, projects[n])
            if n >= 1_000_000:
                row(f"{label} {n:,}: GET stats (ms)", stats_ms, 500)
            else:
                info(f"{label} {n:,}: GET stats (ms)", f"{stats_ms:.1f}")
        if len(sizes) > 1:
            ratio = p95_by_size[sizes[-1]] / p95_by_size[sizes[0]]
            row(f"{label} checkout p95 ratio {sizes[-1]:,} / {sizes[0]:,}", ratio, 1.5, fmt=".2f")
        ms, agreement = bench_box_pair(admin, apis[0], apis[1])
        row(f"{label} stats with the 2 x 1,500-box pair (ms)", ms, 1000)
        info(f"{label} box pair agreement", str(agreement))
        clients = apis[3:4] if label.startswith("SQLite") else apis[3:7]
        target = 300 if label.startswith("SQLite") else 400
        for lean in (True, False):
            rate, spent = bench_puts(
                clients, projects[sizes[0]], 300 // len(clients), server.pid, lean
            )
            name = f"{label} PUTs/s ({len(clients)} {'lean' if lean else 'requests'} client(s))"
            if lean:
                row(name, rate, target, higher=True, fmt=".0f")
            else:
                info(name, f"{rate:.0f}")
            if spent:  # where the CPU went, and the rate the machine's cores allow at that cost
                parts = ", ".join(f"{k} {v:.2f}" for k, v in spent.items() if v >= 0.01)
                ceiling = (os.cpu_count() or 1) * 1000 / sum(spent.values())
                info(f"{name}: CPU ms per PUT", f"{parts}; all cores: {ceiling:.0f}/s at most")
        me, sent = bench_me_under_load(apis[7], apis[8], box_pid)
        row(f"{label} GET /me p95 while 10,000-box PUTs stream (ms)", me, 50)
        info(f"{label} 10,000-box PUTs sent meanwhile", f"{sent:.0f}")
    finally:
        db.dispose()
        server.stop()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--sizes", default="10000,1000000")
    p.add_argument("--backends", default="sqlite,postgres")
    p.add_argument("--pg-url", default=os.environ.get("ANNOTATOR_TEST_PG_URL"))
    p.add_argument("--pg-workers", type=int, default=2)
    args = p.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",")]
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for backend in args.backends.split(","):
            work = Path(tmp) / backend
            if backend == "sqlite":
                url = f"sqlite:///{work / 'server.sqlite3'}"
                work.mkdir()
                run_backend("SQLite", url, work, sizes, [])
            elif args.pg_url:
                with pg_database(args.pg_url) as url:
                    label = f"PostgreSQL {args.pg_workers}w"
                    run_backend(label, url, work, sizes, ["--workers", str(args.pg_workers)])
            else:
                info("PostgreSQL", "skipped: no --pg-url / ANNOTATOR_TEST_PG_URL")
    width = max(len(r[0]) for r in rows)
    print(f"\n{'figure (median of 5 runs)':<{width}}  {'value':>10}  {'target':>8}  result")
    for name, value, target, result in rows:
        print(f"{name:<{width}}  {value:>10}  {target:>8}  {result}")
    print(f"total {time.perf_counter() - started:.0f} s; machine: {os.cpu_count()} cores (shared)")
    return 0 if all(r[3] != "FAIL" for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())

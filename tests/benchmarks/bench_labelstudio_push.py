"""Label Studio push benchmark (plain script, not collected by pytest).

Drain N queued submissions to a real Label Studio through the connector (the outbox push, as a
sync runs it: validation, the late check, one POST with ``unique_id`` each), against posting the
same N annotations directly with ``requests`` (one POST each, in a row; ``--direct-threads 4``
posts four at a time, as the outbox sends) in the same run, to tasks of the same kind. Median
of several runs of each, interleaved; target: the drain takes <= 1.3 x the direct posts (the
server, not the connector, sets the pace).

Needs the Label Studio the connector tests use (``source /tmp/ls_env.sh``, or set
``ANNOTATOR_TEST_LS_URL`` and ``ANNOTATOR_TEST_LS_TOKENS``)::

    .venv/bin/python tests/benchmarks/bench_labelstudio_push.py [--count 500 --runs 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "labelstudio"))
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")

import requests  # noqa: E402
from ls_admin import REWRITE_CONFIG, URL_ENV, LsAdmin  # noqa: E402
from sqlmodel import select  # noqa: E402

from annotator_desktop.core import operations  # noqa: E402
from annotator_desktop.core.labelstudio.client import LabelStudioClient  # noqa: E402
from annotator_desktop.core.store import Store, Task, open_store  # noqa: E402
from annotator_desktop.core.sync.config import SyncConfig  # noqa: E402
from annotator_desktop.core.sync.engine import SyncEngine  # noqa: E402
from annotator_desktop.core.sync.outbox import pending_count, push  # noqa: E402

TARGET = 1.3


def _tasks(admin: LsAdmin, count: int) -> tuple[int, list[int]]:
    project = admin.create_project("bench push", REWRITE_CONFIG)
    rows = [{"data": {"prompt": f"p{i}", "draft": f"d{i}"}} for i in range(count)]
    return project, admin.import_tasks(project, rows)


def _result(text: str) -> list[dict[str, object]]:
    return [{"id": "r0", "from_name": "rewrite", "to_name": "draft", "type": "textarea",
             "value": {"text": [text]}}]  # fmt: skip


def direct(admin: LsAdmin, pat: str, tasks: list[int], threads: int = 1) -> float:
    """Posts one annotation per task with plain requests (a session per thread); seconds."""
    headers = {"Authorization": f"Bearer {admin.access(pat)}"}
    local = threading.local()

    def post(item: tuple[int, int]) -> None:
        i, task = item
        if not hasattr(local, "http"):
            local.http = requests.Session()
        body = {"result": _result(f"answer {i}"), "lead_time": 1.0, "was_cancelled": False,
                "unique_id": str(uuid.uuid4())}  # fmt: skip
        resp = local.http.post(f"{admin.base}/api/tasks/{task}/annotations/", json=body,
                               headers=headers, timeout=60)  # fmt: skip
        assert resp.status_code == 201, resp.text[:200]

    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=threads) as pool:
        list(pool.map(post, enumerate(tasks)))
    return time.monotonic() - started


def connector(store: Store, client: LabelStudioClient, project: int, count: int) -> float:
    """Queues ``count`` submissions (the UI's submit) on the project's tasks, then drains the
    outbox to Label Studio; seconds of the drain."""
    with store.read() as s:
        rows = s.exec(select(Task.id).where(Task.project_id == f"ls-{project}")).all()
    ids = sorted(rows)
    assert len(ids) >= count, (len(ids), count)
    for i, task_id in enumerate(ids[:count]):
        operations.submit(store, task_id, {"text_md": f"answer {i}", "notes": ""}, 1.0)
    client.ls.access_token()
    started = time.monotonic()
    report = push(client, store, client.config)
    elapsed = time.monotonic() - started
    assert report.accepted == count and pending_count(store) == 0, report
    return elapsed


def measure(
    admin: LsAdmin,
    pat: str,
    mine: list[tuple[int, list[int]]],
    plain: list[list[int]],
    args: argparse.Namespace,
) -> tuple[list[float], list[float]]:
    """Seconds of each run: (connector drains, direct posts), interleaved run by run."""
    drains: list[float] = []
    posts: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        store = open_store(work / "cache.sqlite3")
        client = LabelStudioClient(admin.base, pat, store, SyncConfig())
        SyncEngine(client, store, work / "assets").sync(with_assets=False)  # not timed
        for run in range(args.runs):
            posts.append(direct(admin, pat, plain[run], args.direct_threads))
            drains.append(connector(store, client, mine[run][0], args.count))
            print(f"run {run + 1}: direct {posts[-1]:.2f} s, connector {drains[-1]:.2f} s",
                  flush=True)  # fmt: skip
        client.close()
        store.close()
    return drains, posts


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=500)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--direct-threads", type=int, default=1,
        help="threads posting directly (1: in a row; the outbox sends 4 at a time)",
    )  # fmt: skip
    args = parser.parse_args()
    if not os.environ.get(URL_ENV):
        print(f"no Label Studio: set {URL_ENV} (source /tmp/ls_env.sh)")
        return 2
    admin = LsAdmin.from_env()
    _, pat = admin.new_user("bench")
    mine = [_tasks(admin, args.count) for _ in range(args.runs)]
    plain = [_tasks(admin, args.count) for _ in range(args.runs)]
    try:
        drains, posts = measure(admin, pat, mine, [tasks for _, tasks in plain], args)
    finally:  # the server is shared with the connector tests: leave nothing of ours there
        for project, _ in [*mine, *plain]:
            admin.api("DELETE", f"/api/projects/{project}/")
    drain, post = statistics.median(drains), statistics.median(posts)
    ratio = drain / post
    print(f"{'figure':<64} {'value':<28} {'target':<9} result")
    rows = [
        (f"direct: {args.count} POSTs with requests, {args.direct_threads} thread(s), "
         f"median of {args.runs}",
         f"{post:.2f} s ({args.count / post:.1f}/s)", "", None),
        (f"connector: drain {args.count} queued submissions, median of {args.runs}",
         f"{drain:.2f} s ({args.count / drain:.1f}/s)", "", None),
        ("connector / direct", f"{ratio:.2f}x", f"<= {TARGET}x", ratio <= TARGET),
    ]  # fmt: skip
    for label, value, target, ok in rows:
        verdict = "" if ok is None else ("PASS" if ok else "FAIL")
        print(f"{label:<64} {value:<28} {target:<9} {verdict}")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())

"""The outbox under a bad link: exactly-once delivery through cuts, stalls, 503s and restarts."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

import pytest
from sqlmodel import select
from sync_helpers import (
    allow_versions,
    engine,
    fast_config,
    server_submissions,
    sign_in,
    task_ids,
)

from annotator_desktop.core.store import (
    Assignment,
    Outbox,
    Store,
    Submission,
    SubmissionState,
    Task,
    ops,
)
from annotator_desktop.core.sync import leases
from annotator_desktop.core.sync.engine import SyncEngine
from annotator_desktop.core.sync.errors import SyncError
from annotator_desktop.core.sync.outbox import pending_count, push
from support.live_server import LiveServer
from support.proxy import Proxy

T = TypeVar("T")


@pytest.fixture
def server(tmp_path: Path) -> Iterator[LiveServer]:
    srv = LiveServer.start(tmp_path / "srv", demo=True)
    yield srv
    srv.stop()


@pytest.fixture
def proxy(server: LiveServer) -> Iterator[Proxy]:
    p = Proxy(server.port).start()
    yield p
    p.stop()


def _submit_many(
    store: Store, tasks: list[str], n: int, start: int, lock: threading.Lock | None = None
) -> None:
    for i in range(start, start + n):
        with lock or contextlib.nullcontext():
            ops.submit(store, tasks[i % len(tasks)], {"text_md": f"answer {i}", "notes": ""}, 1.0)


class _Flapper:
    """Breaks the link in turn: cut all, cut after N bytes, stall, 503, off, restart."""

    def __init__(self, proxy: Proxy, server: LiveServer) -> None:
        self.proxy, self.server = proxy, server
        self.stop = threading.Event()
        self.restarted = False
        self.thread = threading.Thread(target=self._run, name="flapper")

    def _run(self) -> None:
        step = 0
        while not self.stop.wait(0.25):
            step += 1
            kind = step % 6
            if kind == 0:
                self.proxy.cut_all()
            elif kind == 1:
                self.proxy.cut_after = 3000
            elif kind == 2:
                self.proxy.cut_after = None
                self.proxy.set_stall(True)
            elif kind == 3:
                self.proxy.set_stall(False)
                self.proxy.fail_next_with_503(4, retry_after=1)
            elif kind == 4:
                self.proxy.set_enabled(False)
            else:
                self.proxy.set_enabled(True)
                if step >= 11 and not self.restarted:
                    self.restarted = True
                    self.server.restart()
        self.proxy.cut_after = None
        self.proxy.set_stall(False)
        self.proxy.set_enabled(True)


DRAIN_WAIT = 120.0  # safety only: a drain ends when the outbox is empty, this bounds a hang


def _drain(eng: object, store: Store, deadline: float) -> None:
    pause = threading.Event()
    while pending_count(store) and time.monotonic() < deadline:
        with contextlib.suppress(SyncError):
            eng.sync(with_assets=False)  # type: ignore[attr-defined]
        pause.wait(0.05)


@pytest.mark.slow
def test_thousand_submissions_through_a_flapping_link(
    store: Store, data_home: Path, server: LiveServer, proxy: Proxy
) -> None:
    config = fast_config(read_timeout=60.0, connect_timeout=1.0)  # set-up: no race, even loaded
    client = sign_in(store, proxy.url, config=config)
    allow_versions(server, 1000)  # 1,000 versions of a few tasks: over the default cap of 20
    # The app makes every cache write on its one database thread; here one lock does the same
    # for the user's submits and the sync's writes. (Two threads writing back to back starve
    # each other's BEGIN IMMEDIATE past the busy timeout on a loaded machine.)
    lock = threading.Lock()

    def serially(fn: Callable[[], T]) -> T:
        with lock:
            return fn()

    eng = SyncEngine(client, store, data_home / "assets", client.config, write=serially)
    eng.sync(with_assets=False)
    config.read_timeout = 1.5  # read per request: from here on a stalled answer is cut short
    tasks = task_ids(store, "rewrite")
    proxy.set_enabled(False)
    _submit_many(store, tasks, 400, 0)
    with pytest.raises(SyncError):
        eng.sync(with_assets=False)
    proxy.set_enabled(True)
    flapper = _Flapper(proxy, server)
    submitter = threading.Thread(
        target=_submit_many, args=(store, tasks, 600, 400, lock), name="user"
    )
    flapper.thread.start()
    submitter.start()  # the user keeps submitting while sync runs on a flapping link
    try:
        while submitter.is_alive() or (not flapper.restarted and flapper.thread.is_alive()):
            _drain(eng, store, time.monotonic() + 0.5)
    finally:
        submitter.join()
        flapper.stop.set()
        flapper.thread.join()
    _drain(eng, store, time.monotonic() + DRAIN_WAIT)
    with store.read() as s:
        local = {sub.id: sub.state for sub in s.exec(select(Submission)).all()}
        states = {row.state for row in s.exec(select(Outbox)).all()}
    remote = server_submissions(server)
    assert len(local) == 1000
    assert len(remote) == 1000 and len({sid for sid, _ in remote}) == 1000
    assert {sid for sid, _ in remote} == set(local)
    assert set(local.values()) == {SubmissionState.ACCEPTED}
    assert states == {"done"}
    assert proxy.stats.cuts > 0 and flapper.restarted


def test_response_lost_after_commit_is_stored_once(
    store: Store, data_home: Path, server: LiveServer, proxy: Proxy
) -> None:
    client = sign_in(store, proxy.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    sub = ops.submit(store, task_ids(store, "rewrite")[0], {"text_md": "once", "notes": ""}, 1.0)
    proxy.drop_next_responses(1)
    first = push(client, store, client.config)
    assert first.stopped_by == "offline"
    assert [sid for sid, _ in server_submissions(server)] == [sub.id]  # committed, answer lost
    _drain(eng, store, time.monotonic() + DRAIN_WAIT)
    assert [sid for sid, _ in server_submissions(server)] == [sub.id]
    with store.read() as s:
        assert s.get(Submission, sub.id).state == SubmissionState.ACCEPTED  # type: ignore[union-attr]


def test_retry_after_is_honoured_and_capped(
    store: Store, data_home: Path, server: LiveServer, proxy: Proxy
) -> None:
    client = sign_in(store, proxy.url, config=fast_config(retry_after_cap=1.0))
    engine(client, store, data_home / "assets").sync(with_assets=False)
    ops.submit(store, task_ids(store, "rewrite")[0], {"text_md": "busy", "notes": ""}, 1.0)
    proxy.cut_all()
    proxy.fail_next_with_503(10, retry_after=120)
    before = time.time()
    report = push(client, store, client.config)
    after = time.time()
    assert report.stopped_by == "server_busy"
    with store.read() as s:
        row = s.exec(select(Outbox)).one()
    assert row.state == "queued" and row.attempts == 1 and row.last_error == "unavailable"
    due = row.next_attempt_at.timestamp()  # type: ignore[union-attr]
    # the 503 came between ``before`` and ``after``: Retry-After 120 s, capped at 1 s (+ jitter
    # up to 0.05 s), whatever the push took on a busy machine
    assert before + 1.0 - 0.001 <= due <= after + 1.05 + 0.001


def test_invalid_late_and_mismatched_submissions_are_kept(
    store: Store, data_home: Path, server: LiveServer
) -> None:
    client = sign_in(store, server.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    rewrite = task_ids(store, "rewrite")
    bad = ops.submit(store, rewrite[0], {"text_md": "   ", "notes": ""}, 1.0)
    good = ops.submit(store, rewrite[1], {"text_md": "fine", "notes": ""}, 1.0)
    eng.sync(with_assets=False)
    # same id, other body: the server answers key_mismatch; the local row is kept, flagged
    with store.write() as s:
        row = s.exec(select(Outbox).where(Outbox.ref_id == good.id)).one()
        row.body = {**row.body, "result": {"text_md": "changed", "notes": ""}}
        row.state = "queued"
        s.add(row)
    eng.sync(with_assets=False)
    with store.read() as s:
        bad_row = s.get(Submission, bad.id)
        good_row = s.get(Submission, good.id)
        task0, task1 = s.get(Task, rewrite[0]), s.get(Task, rewrite[1])
    assert bad_row.state == SubmissionState.REJECTED  # type: ignore[union-attr]
    assert bad_row.errors[0]["code"] == "text_empty"  # type: ignore[union-attr]
    assert task0.state == "needs_changes"  # type: ignore[union-attr]
    assert good_row.errors[0]["code"] == "key_mismatch"  # type: ignore[union-attr]
    assert task1.state == "conflict"  # type: ignore[union-attr]


def test_released_lease_gives_late_and_kept(
    store: Store, data_home: Path, server: LiveServer
) -> None:
    client = sign_in(store, server.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    task_id = task_ids(store, "rewrite")[2]
    with store.read() as s:
        assignment = s.exec(select(Assignment).where(Assignment.task_id == task_id)).one()
    leases.release(client, store, assignment.id)
    late = ops.submit(store, task_id, {"text_md": "too late", "notes": ""}, 1.0)
    report = eng.sync(with_assets=False)
    assert report.push.late == 1
    with store.read() as s:
        assert s.get(Submission, late.id).state == SubmissionState.LATE  # type: ignore[union-attr]
        assert s.get(Task, task_id).state == "late"  # type: ignore[union-attr]
    assert late.id in {sid for sid, _ in server_submissions(server)}

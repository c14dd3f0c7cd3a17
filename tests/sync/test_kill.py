"""SIGKILL a real client process at random moments during submit and during pull-apply.

Afterwards the cache must pass integrity_check, every submission must have its outbox row (and
the reverse), a submit that never happened must leave its draft, and the stored feed cursor must
never be ahead of the data applied.
"""

from __future__ import annotations

import contextlib
import os
import random
import select as select_mod
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests
from sqlmodel import select
from sync_helpers import sign_in

from annotator_desktop.core.store import (
    Assignment,
    Draft,
    Outbox,
    Project,
    Store,
    Submission,
    Task,
    open_store,
)
from annotator_desktop.core.sync.pull import read_cursor

DRIVER = str(Path(__file__).with_name("kill_driver.py"))


class Driver:
    """The warm parent process of kill_driver.py; ``run`` forks a child and kills it."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, DRIVER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0
        )
        self._buf = b""

    def _line(self, timeout: float) -> str | None:
        """The next output line, or None when none came within ``timeout`` seconds."""
        assert self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        while b"\n" not in self._buf:
            ready, _, _ = select_mod.select([fd], [], [], timeout)
            if not ready:
                return None
            chunk = os.read(fd, 4096)
            if not chunk:
                return ""
            self._buf += chunk
        line, _, self._buf = self._buf.partition(b"\n")
        return line.decode().strip()

    def run(self, args: list[str], delay: float) -> bool:
        """Runs one job, SIGKILLs it after ``delay`` seconds; True if it was killed."""
        assert self.proc.stdin is not None
        self.proc.stdin.write((" ".join(args) + "\n").encode())
        self.proc.stdin.flush()
        pid = 0
        while True:
            line = self._line(30) or ""
            if line.startswith("pid "):
                pid = int(line.split()[1])
            elif line == "ready":
                break
            assert line, "the driver did not start"
        deadline = time.monotonic() + delay
        end: str | None = ""
        while end is not None and not end.startswith("exit"):
            end = self._line(max(0.0, deadline - time.monotonic()))
        if end is not None:
            return False
        with contextlib.suppress(ProcessLookupError):  # it may have finished just now
            os.kill(pid, signal.SIGKILL)
        while not (end or "").startswith("exit"):
            end = self._line(30)
            assert end is not None
        return end.endswith(f" {signal.SIGKILL}")  # waitpid status of a SIGKILLed child

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)
        if self.proc.stdout is not None:
            self.proc.stdout.close()


@pytest.fixture
def driver() -> Iterator[Driver]:
    d = Driver()
    yield d
    d.close()


def _check_submit_invariants(db: Path, intents: Path) -> None:
    store = open_store(db, recover=False)
    try:
        assert store.integrity_check() == ["ok"]
        with store.read() as s:
            subs = {x.id: x.task_id for x in s.exec(select(Submission)).all()}
            boxes = {x.ref_id for x in s.exec(select(Outbox)).all()}
            drafts = {x.task_id for x in s.exec(select(Draft)).all()}
        assert set(subs) == boxes  # submission and outbox row: both or neither
        lines = intents.read_text().split("\n")
        for line in [ln for ln in lines if ln.count(" ") == 1]:
            task_id, sub_id = line.split(" ")
            assert sub_id in subs or task_id in drafts
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_during_submit(
    store: Store, data_home: Path, live_server: object, driver: Driver
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    from sync_helpers import engine

    engine(client, store, data_home / "assets").sync(with_assets=False)
    store.close()
    db, intents = data_home / "cache.sqlite3", data_home / "intents.txt"
    rng = random.Random(11)
    killed = 0
    for _ in range(30):
        killed += driver.run(["submit", str(db), str(intents)], rng.uniform(0.0, 0.3))
        _check_submit_invariants(db, intents)
    assert killed >= 28
    with open_store(db).read() as s:
        assert len(s.exec(select(Submission)).all()) > 0


def _feed(api: str, token: str) -> list[dict[str, object]]:
    r = requests.get(f"{api}/sync/changes", params={"limit": 5000}, timeout=10,
                     headers={"Authorization": f"Bearer {token}"})  # fmt: skip
    r.raise_for_status()
    return list(r.json()["changes"])


_TABLES = {"project": Project, "task": Task, "assignment": Assignment}


def _check_pull_invariants(db: Path, feed: list[dict[str, object]]) -> int:
    store = open_store(db, recover=False)
    try:
        assert store.integrity_check() == ["ok"]
        cursor = int(read_cursor(store) or 0)
        with store.read() as s:
            for change in feed:
                model = _TABLES.get(str(change["entity"]))
                if model is None or change["op"] != "upsert" or int(change["seq"]) > cursor:  # type: ignore[call-overload]
                    continue
                assert s.get(model, str(change["id"])) is not None, (cursor, change["seq"])
        return cursor
    finally:
        store.close()


@pytest.mark.slow
def test_sigkill_during_pull_apply(
    data_home: Path, live_server: object, tmp_path: Path, driver: Driver
) -> None:
    token = live_server.login("ana", "ana-demo")  # type: ignore[attr-defined]
    feed = _feed(live_server.api, token)  # type: ignore[attr-defined]
    base = tmp_path / "base.sqlite3"
    open_store(base).close()
    url = live_server.url  # type: ignore[attr-defined]
    rng = random.Random(7)
    calibrate = tmp_path / "calibrate.sqlite3"
    shutil.copyfile(base, calibrate)
    started = time.monotonic()
    assert not driver.run(["pull", str(calibrate), url, token], 60.0)
    whole = time.monotonic() - started
    assert _check_pull_invariants(calibrate, feed) == max(int(c["seq"]) for c in feed)  # type: ignore[call-overload]
    cursors: set[int] = set()
    killed = 0
    for run in range(25):
        db = tmp_path / f"run{run}.sqlite3"
        shutil.copyfile(base, db)
        killed += driver.run(["pull", str(db), url, token], rng.uniform(0.0, whole))
        cursors.add(_check_pull_invariants(db, feed))
    assert len(cursors) >= 5  # the kills landed at many different pages
    assert killed >= 10

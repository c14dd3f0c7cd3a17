"""SIGKILL: a real app process is killed mid-typing and inside its autosave transaction; after a
restart the user is back on the same task with the draft intact (nothing torn, nothing that was
saved lost, exactly the last committed autosave).

Each kill is placed by an event the app reports (see ``sigkill_driver.py``): the app stops at
that moment and waits for the SIGKILL, so the outcome does not depend on the machine's speed.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from shell_support import draft_text, seed

DRIVER = Path(__file__).with_name("sigkill_driver.py")
TASK = "p0-t3"
LINE_WAIT = 60.0  # safety only: bounds a hung app, never decides an outcome

Log = list[tuple[str, list[str]]]


def spawn(mode: str, home: Path, stop: str = "") -> subprocess.Popen[bytes]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DESKTOP_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, str(DRIVER), mode, *([stop] if stop else [])],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        bufsize=0,
    )


def _parse(text: bytes) -> Log:
    return [(line.split()[0], line.split()[1:]) for line in text.decode().splitlines() if line]


def run_until(proc: subprocess.Popen[bytes], stop: str) -> Log:
    """Reads the app's lines until it reports being at ``stop``, then SIGKILLs it there; the
    log includes what it printed before it died."""
    assert proc.stdout is not None
    fd, buf = proc.stdout.fileno(), b""
    try:
        while f"\nat {stop}\n".encode() not in b"\n" + buf:
            ready, _, _ = select.select([fd], [], [], LINE_WAIT)
            assert ready, f"the app said nothing for a minute: {buf[-300:]!r}"
            chunk = os.read(fd, 65536)
            assert chunk, f"the app ended before it got to {stop}: {buf[-300:]!r}"
            buf += chunk
    finally:
        proc.send_signal(signal.SIGKILL)  # there, or (on a failure) wherever it is
    rest, _ = proc.communicate(timeout=LINE_WAIT)
    assert proc.returncode == -signal.SIGKILL
    return _parse(buf + rest)


def restored_state(log: Log) -> dict[str, str]:
    """The STATE line the app printed when it reopened the last task."""
    for word, rest in log:
        if word == "STATE":
            return json.loads(" ".join(rest))
    raise AssertionError(f"the app did not reopen a task: {log[:5]}")


def check_run(home: Path) -> Log:
    proc = spawn("check", home)
    out, _ = proc.communicate(timeout=LINE_WAIT)
    assert proc.returncode == 0, out
    return _parse(out)


def expected_words(log: Log, stop: str) -> tuple[int, set[int]]:
    """The fewest words the next start may show after a kill at ``stop``, and every count it
    may show: exactly one when the kill was inside a draft write or right after one."""
    opened = next(int(rest[1]) for word, rest in log if word == "opened")
    saves = {int(rest[0]): int(rest[1]) for word, rest in log if word == "save"}
    saved = [int(rest[0]) for word, rest in log if word == "saved"]
    kind, *where = stop.split()
    if kind == "save":  # the write transaction save N was stopped at ``where``
        n = int(where[0])
        exact = saves[n] if where[1] == "committed" else saves.get(n - 1, opened)
        return exact, {exact}
    lowest = saves[max(saved)] if saved else opened  # every committed save survives
    return lowest, {opened, *saves.values()}


def assert_intact(log: Log, stop: str, state: dict[str, str], previous: int) -> int:
    """``log`` is the killed run's output, ``state`` what the next start showed (its draft)."""
    assert state["task"] == TASK  # back on the same task
    words = state["text"].split()
    assert words == [f"w{i}" for i in range(len(words))]  # a clean prefix: nothing torn
    lowest, allowed = expected_words(log, stop)
    assert len(words) in allowed and len(words) >= lowest, (stop, len(words), allowed, lowest)
    assert len(words) >= previous  # nothing that was saved is ever lost
    return len(words)


@pytest.mark.slow
def test_kill_9_mid_edit_and_mid_autosave_keeps_task_and_draft(data_home: Path) -> None:
    seed(data_home / "cache.sqlite3").close()
    rng = random.Random(7)
    count = 0
    # Killed: right after the 2nd autosave committed, inside an autosave after its write, right
    # before an autosave's COMMIT, and mid-typing (the UI stopped, the save thread running on).
    stops = ("save 2 committed", "save 1 stmt 1", "save 2 commit", f"edit {rng.randint(5, 30)}")
    killed: tuple[Log, str] | None = None
    for round_, stop in enumerate(stops):
        log = run_until(spawn("fresh" if round_ == 0 else "edit", data_home, stop), stop)
        if killed is not None:  # this start is the check of the previous kill
            count = assert_intact(*killed, restored_state(log), count)
        killed = (log, stop)
    assert killed is not None
    final = restored_state(check_run(data_home))
    count = assert_intact(*killed, final, count)
    assert final["text"] == draft_text(data_home / "cache.sqlite3", TASK)  # shown == on disk
    conn = sqlite3.connect(data_home / "cache.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert count > 0

"""SIGKILL: a real app process is killed mid-edit and mid-autosave; after a restart the user is
back on the same task with the draft intact (every edit older than 1 s saved, nothing torn)."""

from __future__ import annotations

import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shell_support import draft_text, seed

DRIVER = Path(__file__).with_name("sigkill_driver.py")
TASK = "p0-t3"
SLACK = 1.5  # seconds past the 1 s autosave guarantee, for a loaded 2-core machine


def spawn(mode: str, home: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ANNOTATOR_DESKTOP_HOME=str(home))
    return subprocess.Popen(
        [sys.executable, str(DRIVER), mode],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )


def run_until(proc: subprocess.Popen[str], stop: str, after: int) -> list[tuple[str, list[str]]]:
    """Reads lines until the ``after``-th line starting with ``stop``, then SIGKILLs."""
    lines: list[tuple[str, list[str]]] = []
    seen = 0
    deadline = time.monotonic() + 40
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            break
        word, *rest = line.split()
        lines.append((word, rest))
        if word == stop:
            seen += 1
            if seen >= after:
                break
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    lines.append(("killed", [str(time.monotonic())]))
    return lines


def restored_state(log: list[tuple[str, list[str]]]) -> dict[str, str]:
    """The STATE line the app printed when it reopened the last task."""
    for word, rest in log:
        if word == "STATE":
            return json.loads(" ".join(rest))
    raise AssertionError(f"the app did not reopen a task: {log[:5]}")


def check_run(home: Path) -> list[tuple[str, list[str]]]:
    proc = spawn("check", home)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    return [(line.split()[0], line.split()[1:]) for line in out.splitlines() if line.strip()]


def assert_intact(log: list[tuple[str, list[str]]], state: dict[str, str], previous: int) -> int:
    """``log`` is the killed run's output, ``state`` what the next start showed (its draft)."""
    assert state["task"] == TASK  # back on the same task
    words = state["text"].split()
    assert words == [f"w{i}" for i in range(len(words))]  # a clean prefix: nothing torn
    killed = float(log[-1][1][0])
    old_edits = [
        int(rest[0]) for word, rest in log if word == "edit" and float(rest[1]) < killed - SLACK
    ]
    if old_edits:
        assert len(words) > max(old_edits), (len(words), max(old_edits))
    assert len(words) >= previous  # nothing that was saved is ever lost
    return len(words)


@pytest.mark.slow
def test_kill_9_mid_edit_and_mid_autosave_keeps_task_and_draft(data_home: Path) -> None:
    seed(data_home / "cache.sqlite3").close()
    rng = random.Random(7)
    count = 0
    # Killed: after some edits, right after an autosave started, and mid-typing at random.
    rounds = (("edit", 25), ("saving", 2), ("edit", rng.randint(5, 30)))
    killed_log: list[tuple[str, list[str]]] | None = None
    for stop, after in rounds:
        log = run_until(spawn("edit", data_home), stop, after)
        if killed_log is not None:  # this start is the check of the previous kill
            count = assert_intact(killed_log, restored_state(log), count)
        killed_log = log
    assert killed_log is not None
    final = restored_state(check_run(data_home))
    count = assert_intact(killed_log, final, count)
    assert final["text"] == draft_text(data_home / "cache.sqlite3", TASK)  # shown == on disk
    conn = sqlite3.connect(data_home / "cache.sqlite3")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert count > 0

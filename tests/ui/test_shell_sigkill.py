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


def check(home: Path) -> dict[str, str]:
    proc = spawn("check", home)
    out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out
    state = [line for line in out.splitlines() if line.startswith("STATE ")]
    assert state, out
    return json.loads(state[0][6:])


def assert_intact(home: Path, log: list[tuple[str, list[str]]], previous: int) -> int:
    db = home / "cache.sqlite3"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    state = check(home)
    assert state["task"] == TASK  # back on the same task
    saved = draft_text(db, TASK) or ""
    assert state["text"] == saved  # the pane shows the draft on disk
    words = saved.split()
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
    for stop, after in (("edit", 25), ("saving", 2), ("edit", rng.randint(5, 30))):
        log = run_until(spawn("edit", data_home), stop, after)
        assert any(word == "opened" for word, _ in log), log[:5]
        count = assert_intact(data_home, log, count)
    assert count > 0

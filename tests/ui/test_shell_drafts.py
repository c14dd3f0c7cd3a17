"""Drafts: autosave within 1 s of an edit, on task switch and on close; active time kept."""

from __future__ import annotations

import time
from pathlib import Path

from pytestqt.qtbot import QtBot
from shell_support import ShellRunner, draft_text, seed

from annotator_desktop.core.store import ops


def start(qtbot: QtBot, home: Path) -> ShellRunner:
    seed(home / "cache.sqlite3").close()
    runner = ShellRunner(qtbot)
    runner.start()
    return runner


def test_autosave_within_one_second_of_the_last_change(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    try:
        pane = runner.open("p0-t1")
        pane.edit.setFocus()
        qtbot.keyClicks(pane.edit, "hello")
        typed = time.monotonic()
        db = data_home / "cache.sqlite3"
        qtbot.waitUntil(lambda: draft_text(db, "p0-t1") == "hello", timeout=1000)
        assert time.monotonic() - typed <= 1.0
        assert (
            runner.window.task_list.model.task_at(
                runner.window.task_list.model.row_of("p0-t1")
            ).state
            == "draft"
        )
    finally:
        runner.close()


def test_autosave_on_switch_and_on_close(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    db = data_home / "cache.sqlite3"
    try:
        pane = runner.open("p0-t0")
        qtbot.keyClicks(pane.edit, "first")
        assert runner.window.session.autosaver.dirty
        runner.open("p0-t2")  # switching saves before the timer fires
        assert not runner.window.session.autosaver.dirty
        qtbot.waitUntil(lambda: draft_text(db, "p0-t0") == "first", timeout=500)
        qtbot.keyClicks(pane.edit, "second")
        runner.window.close()  # close flushes and waits for the write
        assert draft_text(db, "p0-t2") == "second"
    finally:
        runner.close()


def test_draft_reloaded_and_active_time_kept(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    db = data_home / "cache.sqlite3"
    try:
        pane = runner.open("p1-t1")
        runner.window.session.timer.start(42.0)  # as if 42 s were already spent on it
        qtbot.keyClicks(pane.edit, "abc")
        runner.open("p1-t2")
        qtbot.waitUntil(lambda: draft_text(db, "p1-t1") == "abc", timeout=1000)
        pane = runner.open("p1-t1")
        assert pane.edit.toPlainText() == "abc"
        draft = ops.load_draft(runner.shell.store, "p1-t1")
        assert draft is not None and draft.active_seconds >= 42.0
        assert runner.window.session.timer.seconds() >= 42.0
    finally:
        runner.close()

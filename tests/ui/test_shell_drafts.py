"""Drafts: autosave within 1 s of an edit, on task switch and on close; active time kept."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner, draft_text, seed

from annotator_desktop.core.store import ops

SAFETY_MS = 15000  # only bounds a hang; the waits end on the event itself


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
        autosaver = runner.window.session.autosaver
        timer = autosaver.findChild(QTimer)
        assert not timer.isActive()
        qtbot.keyClicks(pane.edit, "he")
        # The first change arms a single-shot save at most 1 s away; later changes do not
        # push it back. (No event loop runs in between: the timer cannot have fired yet.)
        assert timer.isActive() and timer.isSingleShot() and timer.interval() <= 1000
        left = timer.remainingTime()
        qtbot.keyClicks(pane.edit, "llo")
        assert timer.isActive() and 0 <= timer.remainingTime() <= left
        with qtbot.waitSignal(autosaver.saved, timeout=SAFETY_MS) as blocker:
            pass  # the timer fires and the write runs: nothing else saves here
        assert blocker.args[0] == "p0-t1"
        assert draft_text(data_home / "cache.sqlite3", "p0-t1") == "hello"
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
        qtbot.waitUntil(lambda: draft_text(db, "p0-t0") == "first", timeout=SAFETY_MS)
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
        qtbot.waitUntil(lambda: draft_text(db, "p1-t1") == "abc", timeout=SAFETY_MS)
        pane = runner.open("p1-t1")
        assert pane.edit.toPlainText() == "abc"
        draft = ops.load_draft(runner.shell.store, "p1-t1")
        assert draft is not None and draft.active_seconds >= 42.0
        assert runner.window.session.timer.seconds() >= 42.0
    finally:
        runner.close()

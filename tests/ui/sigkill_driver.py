"""Runs the real app shell offscreen for the SIGKILL test (not collected by pytest).

``sigkill_driver.py MODE [STOP]``. Every start prints the task it opened and the pane's text as
JSON (``STATE``). ``check`` then quits. ``fresh`` (first start: opens TASK) and ``edit`` (must
reopen the last task by itself) type words "w0 w1 ..." into the note pane forever, printing
``edit I`` for each word and, from the database thread, ``save N WORDS`` when the N-th draft
write of this run starts (WORDS: words in it) and ``saved N`` once it committed.

STOP says where the test kills the app: ``edit K`` (the UI thread stops right after the K-th
word typed in this run, whatever the database thread is doing) or a moment of the N-th draft
write, ``save N begin|stmt K|commit|committed`` (see ``support/tx_events.py``; the database
thread stops there while the UI keeps typing). The driver prints ``at STOP`` and waits there.
"""

from __future__ import annotations

import json
import os
import select
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shell_support import register_note_pane

from annotator_desktop.core.store import ops
from annotator_desktop.ui.app_shell import Shell
from support.tx_events import TxEvents

TASK = "p0-t3"
KILL_WAIT = 120.0  # safety only: a driver nobody killed gives up (exit 3) after this long
_say_lock = threading.Lock()


def say(*parts: object) -> None:
    """One whole line (two threads print)."""
    with _say_lock:
        sys.stdout.write(" ".join(str(p) for p in parts) + "\n")
        sys.stdout.flush()


def wait_for_kill(stop: str) -> None:
    """Reports ``stop`` and blocks this thread until the SIGKILL (EOF on stdin ends it)."""
    say("at", stop)
    select.select([sys.stdin.fileno()], [], [], KILL_WAIT)
    say("not killed")
    os._exit(3)


class DraftWrites:
    """Wraps ``ops.save_draft`` (what the autosaver calls): numbers and names each draft write."""

    def __init__(self, stop: str) -> None:
        self.stop = stop
        self.count = 0
        self.events: TxEvents | None = None
        self._save = ops.save_draft
        ops.save_draft = self.save_draft  # type: ignore[assignment]

    def on_event(self, name: str) -> None:
        if name == self.stop:
            wait_for_kill(name)

    def save_draft(
        self, store: Any, task_id: str, result: dict[str, Any], *a: Any, **k: Any
    ) -> Any:
        if self.events is None:
            self.events = TxEvents(store, self.on_event)
        self.count += 1
        say("save", self.count, len(str(result.get("text", "")).split()))
        with self.events.labelled(f"save {self.count}"):
            draft = self._save(store, task_id, result, *a, **k)
        say("saved", self.count)
        return draft


def main() -> int:
    mode = sys.argv[1]
    stop = sys.argv[2] if len(sys.argv) > 2 else ""
    register_note_pane()
    DraftWrites(stop)  # installs itself in place of ops.save_draft
    app = QApplication(sys.argv[:1])
    shell = Shell(app)
    if shell.start():
        return 1
    window = shell.window
    session = window.session

    def on_open(task_id: str) -> None:
        pane = window.host.pane
        say("STATE", json.dumps({"task": task_id, "text": pane.edit.toPlainText()}))
        if mode == "check":
            window.close()
            app.quit()
            return
        count = len(pane.edit.toPlainText().split())
        typed = 0
        say("opened", task_id, count)

        def type_word() -> None:
            nonlocal count, typed
            pane.edit.moveCursor(pane.edit.textCursor().MoveOperation.End)
            QTest.keyClicks(pane.edit, f"w{count} ")
            say("edit", count)
            count += 1
            typed += 1
            if stop == f"edit {typed}":
                wait_for_kill(stop)

        timer = QTimer(window)
        timer.setInterval(60)
        timer.timeout.connect(type_word)
        timer.start()

    session.task_opened.connect(on_open)

    def on_ready() -> None:  # the last task, if any, is being reopened by now
        if mode == "fresh":
            window.task_list.select_task(TASK)
        elif not session.current_task and not session._loading:
            say("STATE", json.dumps({"task": "", "text": ""}))  # nothing reopened
            app.quit()

    shell.ready.connect(on_ready)
    code = app.exec()
    shell.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

"""Runs the real app shell offscreen for the SIGKILL test (not collected by pytest).

``edit`` mode restores the last task (or opens TASK), then types words "w0 w1 ..." into the
note pane forever, printing each edit and each autosave; the test kills it with SIGKILL.
Both modes print the restored task and the pane's text as JSON (``STATE``) when it opens;
``check`` mode then quits.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from PySide6.QtCore import QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from shell_support import register_note_pane

from annotator_desktop.ui.app_shell import Shell

TASK = "p0-t3"


def say(*parts: object) -> None:
    print(*parts, flush=True)


def main() -> int:
    mode = sys.argv[1]
    register_note_pane()
    app = QApplication(sys.argv[:1])
    shell = Shell(app)
    if shell.start():
        return 1
    window = shell.window
    session = window.session
    session.autosaver.saving.connect(lambda t: say("saving", time.monotonic()))
    session.autosaver.saved.connect(lambda t, rev: say("saved", rev, time.monotonic()))

    def on_open(task_id: str) -> None:
        pane = window.host.pane
        say("STATE", json.dumps({"task": task_id, "text": pane.edit.toPlainText()}))
        if mode == "check":
            window.close()
            app.quit()
            return
        count = len(pane.edit.toPlainText().split())
        say("opened", task_id, count, time.monotonic())

        def type_word() -> None:
            nonlocal count
            pane.edit.moveCursor(pane.edit.textCursor().MoveOperation.End)
            QTest.keyClicks(pane.edit, f"w{count} ")
            say("edit", count, time.monotonic())
            count += 1

        timer = QTimer(window)
        timer.setInterval(60)
        timer.timeout.connect(type_word)
        timer.start()

    session.task_opened.connect(on_open)

    def on_ready() -> None:
        if not session.current_task and not session._loading:
            window.task_list.select_task(TASK)

    shell.ready.connect(lambda: QTimer.singleShot(300, on_ready))
    code = app.exec()
    shell.close()
    return code


if __name__ == "__main__":
    sys.exit(main())

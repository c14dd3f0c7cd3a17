"""Submit in a folder project (``annotator-desktop open DIR``): the window says what is true."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner

from annotator_desktop.core.sync.commands import status_data


def _folder(root: Path) -> Path:
    folder = root / "pics"
    folder.mkdir()
    for i in range(2):
        Image.new("RGB", (40, 30), "green").save(folder / f"img{i}.png")
    (folder / "classes.txt").write_text("dog\n")
    return folder


def test_submit_in_a_folder_project_is_saved_as_done_here(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = ShellRunner(qtbot, open_dir=_folder(tmp_path))
    runner.start()
    window = runner.window
    try:
        session = window.session
        qtbot.waitUntil(lambda: session.current_task.startswith("local-"), timeout=15000)
        first = session.current_task
        pane = window.host.pane
        qtbot.waitUntil(lambda: pane.image_state() == "", timeout=10000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        pane.canvas.setFocus()
        qtbot.waitUntil(pane.canvas.hasFocus, timeout=3000)
        qtbot.keyClick(pane.canvas, Qt.Key.Key_N)  # nothing to label in this image
        assert pane.nothing.isChecked()
        with qtbot.waitSignal(session.submitted, timeout=5000) as submitted:
            qtbot.keyClick(pane.canvas, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        assert submitted.args == [first]
        assert window.status.currentMessage() == "Saved as done in this folder project."
        data = status_data(runner.shell.store)
        assert data["outbox"] == {}
        assert data["submissions"] == {"submitted_locally": 1}
        model = window.task_list.model
        assert model.task_at(model.row_of(first)).state == "submitted"
    finally:
        runner.close()

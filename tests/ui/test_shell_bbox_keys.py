"""The bounding-box pane's keys in the real main window: they work wherever the task is open."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner

from annotator_desktop.ui.shortcut_sheet import collect_actions

NATIVE = QKeySequence.SequenceFormat.NativeText


def _folder(root: Path) -> Path:
    folder = root / "pics"
    folder.mkdir()
    for i in range(3):
        Image.new("RGB", (40, 30), "green").save(folder / f"img{i}.png")
    (folder / "classes.txt").write_text("dog\ncat\n")
    return folder


def test_keys_work_after_opening_a_task_by_a_click_in_the_list(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = ShellRunner(qtbot, open_dir=_folder(tmp_path))
    runner.start()
    window = runner.window
    try:
        session = window.session
        qtbot.waitUntil(lambda: session.current_task.startswith("local-"), timeout=15000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        model = window.task_list.model
        other = next(
            model.task_at(r).id
            for r in range(model.rowCount())
            if model.task_at(r).id != session.current_task
        )
        view = window.task_list.view
        point = view.visualRect(model.index(model.row_of(other), 0)).center()
        with qtbot.waitSignal(session.task_opened, timeout=5000):
            QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=point)
        assert session.current_task == other
        pane = window.host.pane
        qtbot.waitUntil(lambda: pane.image_state() == "", timeout=10000)
        focus = QApplication.focusWidget()
        assert focus is view  # the list keeps the focus (and its arrow keys) ...
        QTest.keyClick(focus, Qt.Key.Key_2)  # ... and the pane's keys work from there
        assert pane.labels.current == "cat"
        QTest.keyClick(focus, Qt.Key.Key_N)
        assert pane.nothing.isChecked()
        QTest.keyClick(focus, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert not pane.nothing.isChecked()  # Ctrl+Z undid it
        QTest.keyClick(focus, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
        assert pane.nothing.isChecked()
        row = view.currentIndex().row()
        with qtbot.waitSignal(session.task_opened, timeout=5000):
            QTest.keyClick(focus, Qt.Key.Key_Down if row == 0 else Qt.Key.Key_Up)
        assert view.currentIndex().row() != row  # the arrows still move in the list
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_1)
        assert pane.labels.current == "dog"
        # the menus and the shortcut sheet show the real keys of Undo and Redo
        undo, redo = window.actions_["undo"], window.actions_["redo"]
        assert undo.shortcut().toString(NATIVE) == QKeySequence("Ctrl+Z").toString(NATIVE)
        assert [k.toString(NATIVE) for k in redo.shortcuts()] == [
            QKeySequence("Ctrl+Shift+Z").toString(NATIVE),
            QKeySequence("Ctrl+Y").toString(NATIVE),
        ]
        rows = {text: keys for _group, text, keys in collect_actions(window.menus.all_menus(), [])}
        assert rows["Undo"] == QKeySequence("Ctrl+Z").toString(NATIVE)
        assert rows["Redo"].startswith(QKeySequence("Ctrl+Shift+Z").toString(NATIVE))
    finally:
        runner.close()


def test_next_task_gives_the_pane_the_keyboard(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = ShellRunner(qtbot, open_dir=_folder(tmp_path))
    runner.start()
    window = runner.window
    try:
        session = window.session
        qtbot.waitUntil(lambda: session.current_task.startswith("local-"), timeout=15000)
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        pane = window.host.pane
        first = session.current_task
        window.host.setFocus()  # the focus outside the list and outside the pane
        qtbot.waitUntil(window.host.hasFocus, timeout=3000)
        with qtbot.waitSignal(session.task_opened, timeout=5000):
            QTest.keyClick(
                QApplication.focusWidget(), Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier
            )
        assert session.current_task != first
        assert pane.canvas.hasFocus()
        QTest.keyClick(pane.canvas, Qt.Key.Key_2)
        assert pane.labels.current == "cat"
    finally:
        runner.close()

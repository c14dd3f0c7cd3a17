"""The main window: restore on start, retranslation at runtime, submit, shortcuts, sync hooks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner, seed
from sqlmodel import select

from annotator_desktop.core.store import Outbox, Project, Submission
from annotator_desktop.core.store.rows import HEAD_TASKS


def start(qtbot: QtBot, home: Path, **kwargs: object) -> ShellRunner:
    if not (home / "cache.sqlite3").exists():
        seed(home / "cache.sqlite3").close()
    runner = ShellRunner(qtbot, **kwargs)
    runner.start()
    return runner


def seed_tasks(home: Path, kind: str, payloads: list[dict[str, object]]) -> None:
    """A cache with one project of ``kind`` whose tasks, in order, carry ``payloads``; task ids
    are the kind's first letter and the position (c0, c1, ... for compare)."""
    from annotator_desktop.core.store import Task

    store = seed(home / "cache.sqlite3", projects=1, per_project=0, kind=kind)
    with store.write() as s:
        for t, payload in enumerate(payloads):
            s.add(
                Task(
                    id=f"{kind[0]}{t}", project_id="p0", kind=kind, title=f"{kind} {t}",
                    position=t, payload=payload,
                )
            )  # fmt: skip
    store.close()


def open_first_and_wait_for_the_next(qtbot: QtBot, window: Any, tasks: int) -> None:
    """Opens the first of ``tasks`` seeded tasks; returns once the pane has prepared the second."""
    qtbot.waitUntil(lambda: window.task_list.model.rowCount() == tasks, timeout=5000)
    first, second = (window.task_list.model.task_at(row).id for row in (0, 1))
    with qtbot.waitSignal(window.session.prepared, timeout=5000) as prepared:
        assert window.task_list.select_task(first)
    assert prepared.args == [second]


def test_geometry_splitter_and_last_task_restored(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    try:
        runner.open("p1-t3")
        runner.window.resize(760, 520)
        runner.window.splitter.setSizes([250, 510])
        sizes = runner.window.splitter.sizes()
    finally:
        runner.close()
    saved = json.loads((data_home / "settings.json").read_text())
    assert saved["splitter_sizes"] == sizes
    again = start(qtbot, data_home)
    try:
        qtbot.waitUntil(lambda: again.window.session.current_task == "p1-t3", timeout=5000)
        assert again.window.task_list.current_task_id() == "p1-t3"
        assert (again.window.width(), again.window.height()) == (760, 520)
        assert again.window.splitter.sizes() == sizes
    finally:
        again.close()


def test_big_cache_shows_its_first_rows_then_all_and_restores_a_task_past_them(
    qtbot: QtBot, data_home: Path
) -> None:
    """More tasks than the first paint reads: the window starts with the first rows and the
    full count, the rest follow at once, and the last task (far down the list) reopens."""
    per_project = HEAD_TASKS // 2 + 100
    seed(data_home / "cache.sqlite3", per_project=per_project).close()
    last = f"p1-t{per_project - 5}"  # past the first HEAD_TASKS rows
    runner = ShellRunner(qtbot)
    runner.start()
    try:
        runner.open(last)
    finally:
        runner.close()
    again = ShellRunner(qtbot)
    with qtbot.waitSignal(again.shell.ready, timeout=15000):
        assert again.shell.start() == 0
        model = again.window.task_list.model  # as the window is first shown:
        first = (len(model._rows), model.rowCount())  # (rows there, rows counted)
    try:
        assert first == (HEAD_TASKS, 2 * per_project)
        qtbot.waitUntil(lambda: again.window.session.current_task == last, timeout=5000)
        assert len(model._rows) == model.rowCount() == model.total() == 2 * per_project
        assert again.window.task_list.current_task_id() == last
    finally:
        again.close()


def test_language_switch_retranslates_and_sets_direction(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        file_menu = window.menus.menus["file"]
        assert file_menu.title() == "&File"
        runner.shell.translations.apply("pseudo")
        qtbot.waitUntil(lambda: file_menu.title().startswith("["), timeout=2000)
        assert window.actions_["next_task"].text().startswith("[")
        assert window.task_list.search.placeholderText().startswith("[")
        assert window.status.connection.text().startswith("[")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
        runner.shell.translations.apply("ar")
        assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
        runner.shell.translations.apply("en")
        qtbot.waitUntil(lambda: file_menu.title() == "&File", timeout=2000)
        assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        runner.close()


def test_settings_dialog_changes_language_without_restart(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        window.show_settings()
        dialog = window.settings_dialog
        dialog.language.setCurrentIndex(dialog.language.findData("pseudo"))
        dialog.theme.setCurrentIndex(dialog.theme.findData("dark"))
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.menus.menus["file"].title().startswith("["), timeout=2000)
        saved = json.loads((data_home / "settings.json").read_text())
        assert saved["language"] == "pseudo" and saved["theme"] == "dark"
    finally:
        runner.close()
        from annotator_desktop.ui.theme import apply_theme

        apply_theme(QApplication.instance(), "system")


def test_submit_checks_problems_then_submits_and_moves_on(qtbot: QtBot, data_home: Path) -> None:
    store = seed(data_home / "cache.sqlite3")
    with store.write() as s:
        project = s.get(Project, "p0")
        project.source = "server"
        s.add(project)
    store.close()
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        pane = runner.open("p0-t0")
        window.actions_["submit"].trigger()
        box = window.session.problems_box
        assert box.isVisible() and "Write something first." in box.informativeText()
        box.close()
        qtbot.keyClicks(pane.edit, "done")
        with qtbot.waitSignal(window.session.task_opened, timeout=5000) as opened:
            window.actions_["submit"].trigger()
        assert opened.args == ["p0-t1"]
        with runner.shell.store.read() as s:
            subs = s.exec(select(Submission)).all()
            outbox = s.exec(select(Outbox)).all()
        assert [(x.task_id, x.result) for x in subs] == [("p0-t0", {"text": "done"})]
        assert len(outbox) == 1 and outbox[0].body["result"] == {"text": "done"}
        model = window.task_list.model
        assert model.task_at(model.row_of("p0-t0")).state == "submitted"
    finally:
        runner.close()


def test_shortcut_sheet_lists_every_action(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        runner.open("p0-t0")
        window.activateWindow()
        window.actions_["shortcuts"].trigger()
        sheet = window.shortcut_sheet
        rows = {
            sheet.table.item(r, 1).text(): sheet.table.item(r, 2).text()
            for r in range(sheet.table.rowCount())
        }
        assert rows["Sync now"] == "F5"
        assert rows["Clear note"] == "Ctrl+0"  # the pane's own action, with its key
        assert rows["Fit to window"] == ""  # the window yields a key the pane binds itself
        assert rows["Keyboard shortcuts"] == "F1"
        assert "Next task" in rows and "Submit" in rows and "Undo" in rows
        sheet.close()
    finally:
        runner.close()


def test_undo_redo_wired_to_the_pane_stack(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        pane = runner.open("p0-t0")
        undo = window.actions_["undo"]
        assert not undo.isEnabled()
        pane.undo_stack().push(QUndoCommand("edit"))
        assert undo.isEnabled()
        undo.trigger()
        assert pane.undo_stack().index() == 0
        assert window.actions_["redo"].isEnabled()
    finally:
        runner.close()


def test_undo_redo_wired_to_the_rewrite_editor(qtbot: QtBot, data_home: Path) -> None:
    from PySide6.QtTest import QTest

    seed_tasks(data_home, "rewrite", [{"prompt": "Say hi.", "draft_md": "Hello world."}])
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            assert window.task_list.select_task("r0")
        pane = window.host.pane
        undo, redo = window.actions_["undo"], window.actions_["redo"]
        assert not undo.isEnabled() and not redo.isEnabled()
        editor = pane.editor
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        QTest.keyClicks(editor, " Bye.")
        assert editor.toPlainText() == "Hello world. Bye."
        assert undo.isEnabled()  # the toolbar's Undo follows the editor's own history
        undo.trigger()
        assert editor.toPlainText() == "Hello world."
        assert redo.isEnabled()
        redo.trigger()
        assert editor.toPlainText() == "Hello world. Bye."
    finally:
        runner.close()


class FakeSync(QObject):
    """A stand-in with the SyncController's signals (real Qt signals, no mocks)."""

    state_changed = Signal(str)
    outbox_changed = Signal(int)
    last_sync_changed = Signal(str)
    data_changed = Signal(object)
    progress = Signal(int, int, int)
    message = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[str] = []

    def sync_now(self) -> None:
        self.calls.append("sync_now")

    def cancel(self) -> None:
        self.calls.append("cancel")

    def stop(self) -> None:
        self.calls.append("stop")


def test_status_bar_and_sync_hooks(qtbot: QtBot, data_home: Path) -> None:
    from annotator_desktop.core.settings import Settings
    from annotator_desktop.ui.main_window import MainWindow
    from annotator_desktop.ui.worker import Worker

    store = seed(data_home / "cache.sqlite3")
    worker = Worker()
    window = MainWindow(worker, Settings())
    qtbot.addWidget(window)
    try:
        window.set_store(store)
        window.show()
        assert "Not signed in" in window.status.connection.text()
        assert not window.actions_["sync_now"].isEnabled()
        fake = FakeSync()
        window.attach_sync(fake)
        assert window.actions_["sync_now"].isEnabled()
        assert not window.actions_["sign_out"].isEnabled()  # no account yet
        fake.state_changed.emit("online")
        fake.outbox_changed.emit(3)
        fake.last_sync_changed.emit("2026-11-22T10:00:00+00:00")
        assert window.status.connection.text() == "Online"
        assert window.status.outbox.text() == "3 to send"
        from PySide6.QtCore import QDateTime, QLocale

        stamp = QDateTime.fromSecsSinceEpoch(1795341600)  # 2026-11-22T10:00:00Z
        local = QLocale().toString(stamp, QLocale.FormatType.ShortFormat)
        assert window.status.last_sync.text() == f"Last sync: {local}"
        assert "22" in local  # the day, in whatever order the UI locale writes it
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        assert window.actions_["sign_out"].isEnabled()
        assert not window.actions_["cancel_sync"].isEnabled()  # nothing to cancel
        qtbot.keyClick(window, Qt.Key.Key_F5)
        fake.state_changed.emit("syncing")
        window.actions_["cancel_sync"].trigger()
        assert fake.calls == ["sync_now", "cancel"]
        with qtbot.waitSignal(window.list_refreshed, timeout=5000):
            fake.data_changed.emit({"tasks": ["p0-t0"]})
        assert window.task_list.model.total() == 10
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            window.task_list.select_task("p0-t1")
        qtbot.waitUntil(lambda: window.status.active.text().startswith("Active:"), timeout=3000)
    finally:
        window.close()
        worker.shutdown()
        store.close()


def test_statistics_action_opens_the_project_figures(qtbot: QtBot, data_home: Path) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    view = None
    try:
        qtbot.waitUntil(lambda: window.task_list.model.rowCount() > 0, timeout=5000)
        action = window.actions_["statistics"]
        assert action.isEnabled() and action.shortcut().toString() == "Ctrl+Shift+T"
        action.trigger()
        view = window.stats_view
        qtbot.waitUntil(lambda: getattr(view, "figures", None) is not None, timeout=10000)
        assert view.figures.source == "local"  # not signed in: figures from the cache
        assert view.figures.counts.get("tasks", 0) > 0
    finally:
        if view is not None:
            view.close()
        runner.close()


def test_next_compare_task_is_prepared_while_the_current_one_is_shown(
    qtbot: QtBot, data_home: Path
) -> None:
    seed_tasks(
        data_home,
        "compare",
        [
            {
                "prompt": f"Question {t}",
                "responses": [
                    {"id": "x", "text_md": f"Answer x of task {t}"},
                    {"id": "y", "text_md": f"Answer y of task {t}"},
                ],
            }
            for t in range(3)
        ],
    )
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        open_first_and_wait_for_the_next(qtbot, window, 3)
        pane = window.host.pane
        ready = pane.responses.column_a.prepared_document()
        assert ready is not None
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            window.actions_["next_task"].trigger()
        assert window.session.current_task == "c1"
        assert pane.responses.column_a.browser.document() is ready
        assert "task 1" in pane.responses.column_a.browser.document().toPlainText()
    finally:
        runner.close()


def test_next_bbox_task_is_built_ahead_and_takes_the_keyboard_when_opened(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    from PIL import Image

    payloads: list[dict[str, object]] = []
    for t in range(2):
        image = tmp_path / f"image {t}.jpg"
        Image.linear_gradient("L").resize((4000 + t, 3000)).save(image, "JPEG")
        payloads.append(
            {
                "image": {"path": str(image), "width": 4000 + t, "height": 3000},
                "labels": [{"name": "car", "color": "#ff0000"}],
            }
        )
    seed_tasks(data_home, "bbox", payloads)
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        open_first_and_wait_for_the_next(qtbot, window, 2)
        pane = window.host.pane
        qtbot.waitUntil(lambda: pane.image_state() == "", timeout=10000)
        qtbot.waitUntil(pane.loader.ahead_ready, timeout=10000)
        window.activateWindow()
        window.task_list.view.setFocus()
        qtbot.waitUntil(window.task_list.view.hasFocus, timeout=5000)
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            window.actions_["next_task"].trigger()
        assert window.session.current_task == "b1"
        assert pane.canvas.hasFocus()  # Next task hands the keyboard to the pane: 1-9, F, 0 work
        qtbot.waitUntil(lambda: pane.image_state() == "", timeout=5000)
        assert pane.loader.preview_source == "ahead"
        info = pane.loader.info
        assert info is not None and info.width == 4001
    finally:
        runner.close()


def test_an_empty_list_says_how_to_get_tasks(qtbot: QtBot, data_home: Path) -> None:
    """A first start showed "Choose a task from the list to start." beside an empty list."""
    seed(data_home / "cache.sqlite3", projects=0).close()
    runner = start(qtbot, data_home)
    try:
        empty = runner.window.host.findChild(QLabel, "emptyPane")
        qtbot.waitUntil(lambda: empty.text().startswith("No tasks yet."), timeout=5000)
        assert "Sync ▸ Sign in…" in empty.text() and "File ▸ Open folder…" in empty.text()
    finally:
        runner.close()
    seed(data_home / "cache.sqlite3", projects=1).close()
    again = start(qtbot, data_home)
    try:
        empty = again.window.host.findChild(QLabel, "emptyPane")
        qtbot.waitUntil(lambda: again.window.task_list.model.total() == 5, timeout=5000)
        assert empty.text() == "Choose a task from the list to start."
    finally:
        again.close()

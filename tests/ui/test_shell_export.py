"""File ▸ Export in the real window: the menu action and its shortcut, the dialog, the export
running off the UI thread with progress, its closing message, cancel and failure."""

from __future__ import annotations

import json
import os
import threading
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner

from annotator_desktop.core.cancel import CancelToken, ProgressFn
from annotator_desktop.core.formats import export_project, read_jsonl
from annotator_desktop.core.store import Project, Submission, Task, open_store
from annotator_desktop.ui.dialogs.export_dialog import ExportDialog
from annotator_desktop.ui.shortcut_sheet import collect_actions
from annotator_desktop.ui.task_list_model import TaskFilter

LABELS = [{"name": "stop", "color": "#ff0000", "hotkey": "1"}, {"name": "yield"}]
SUBMITTED = 3  # of 4 sign tasks; task i has i + 1 boxes: 1 + 2 + 3 annotations in all
LEFT = Qt.MouseButton.LeftButton


def seed(home: Path, projects: bool = True) -> None:
    """A bbox project "Street signs" with submitted results and a rewrite project."""
    store = open_store(home / "cache.sqlite3")
    with store.write() as s:
        if projects:
            _add_signs(s)
            s.add(Project(id="p2", name="Rewrites", kind="rewrite", source="local"))
            s.add(Task(id="w0", project_id="p2", kind="rewrite", title="rewrite 0",
                       payload={"prompt": "Say hi.", "draft_md": "hi"}))  # fmt: skip
            s.add(Submission(id="sw0", task_id="w0", result={"text_md": "Hello!", "notes": ""}))
    store.close()


def _add_signs(s: Any) -> None:
    config = {"labels": LABELS}
    s.add(Project(id="p1", name="Street signs", kind="bbox", source="local", config=config))
    for i in range(4):
        image = {"sha256": f"{i:064x}", "width": 320, "height": 240, "mime": "image/png"}
        s.add(Task(id=f"b{i}", project_id="p1", kind="bbox", title=f"sign{i}.png", position=i,
                   payload={"image": image, "labels": LABELS}))  # fmt: skip
        if i < SUBMITTED:
            boxes = [{"label": "stop", "x": 10 * k, "y": 5, "w": 8, "h": 8} for k in range(i + 1)]
            result = {"boxes": boxes, "image_width": 320, "image_height": 240}
            s.add(Submission(id=f"s{i}", task_id=f"b{i}", result=result,
                             submitted_at=datetime(2026, 5, 1, 12, i, tzinfo=UTC)))  # fmt: skip


def start(qtbot: QtBot, home: Path, projects: bool = True) -> ShellRunner:
    seed(home, projects)
    runner = ShellRunner(qtbot)
    runner.start()
    return runner


def open_export(qtbot: QtBot, window: Any) -> ExportDialog:
    """Presses Ctrl+E in the task search field, as a user would, and returns the dialog."""
    qtbot.waitUntil(window.actions_["export"].isEnabled, timeout=5000)
    window.activateWindow()  # shortcuts reach the active window only
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    search = window.task_list.search  # (focusing the list itself would open its first task)
    search.setFocus()
    qtbot.keyClick(search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.exporter.dialog is not None, timeout=3000)
    dialog = window.exporter.dialog
    qtbot.waitUntil(dialog.isVisible, timeout=3000)
    return dialog  # type: ignore[no-any-return]


def formats(dialog: ExportDialog) -> list[str]:
    return [dialog.format_box.itemData(i) for i in range(dialog.format_box.count())]


class Watched:
    """export_project as the dialog runs it, with each progress event's thread recorded; with
    ``hold``, the export waits at its first progress event until ``release`` is set."""

    def __init__(self, hold: bool = False) -> None:
        self.threads: set[int] = set()
        self.events: list[tuple[int, int]] = []
        self.first = threading.Event()
        self.release = threading.Event()
        self.hold = hold

    def __call__(
        self, store: Any, pid: str, fmt: str, out: Path, progress: ProgressFn, cancel: CancelToken
    ) -> Path | list[Path]:
        def spy(done: int, total: int) -> None:
            self.threads.add(threading.get_ident())
            self.events.append((done, total))
            progress(done, total)
            if self.hold and not self.first.is_set():
                self.first.set()
                assert self.release.wait(10), "the test never released the export"

        return export_project(store, pid, fmt, out, spy, cancel)


def test_export_coco_through_the_menu_shortcut(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        window.task_list.set_filter(TaskFilter(project_id="p1"))
        dialog = open_export(qtbot, window)
        assert dialog.project_id() == "p1"
        assert formats(dialog) == ["coco", "yolo", "voc", "jsonl"]
        assert Path(dialog.path_edit.text()).name == "Street signs.json"
        target = tmp_path / "exports" / "signs.json"
        asked: list[tuple[str, str]] = []
        dialog.choose_path = lambda _p, fmt, suggested: (
            asked.append((fmt, suggested.name)) or target
        )
        qtbot.mouseClick(dialog.browse_button, LEFT)
        assert asked == [("coco", "Street signs.json")]
        assert dialog.path_edit.text() == str(target)
        watched = Watched()
        dialog.job.export_fn = watched
        with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
            qtbot.mouseClick(dialog.export_button, LEFT)
        message = f"Exported Street signs as COCO JSON to {target}."
        assert exported.args == [message]
        assert dialog.status.text() == message and window.status.currentMessage() == message
        assert dialog.open_button.isVisible() and dialog.close_button.text() == "Close"
        coco = json.loads(target.read_text(encoding="utf-8"))
        assert len(coco["images"]) == SUBMITTED
        assert len(coco["annotations"]) == 1 + 2 + 3
        assert [c["name"] for c in coco["categories"]] == ["stop", "yield"]
        assert watched.events[-1][0] == watched.events[-1][1] > 0
        # every progress event came from the export, and it ran off the UI thread
        assert watched.threads and threading.main_thread().ident not in watched.threads
        qtbot.mouseClick(dialog.close_button, LEFT)
        assert not dialog.isVisible()
    finally:
        runner.close()


def test_cancel_at_the_first_progress_event_leaves_nothing(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        window.task_list.set_filter(TaskFilter(project_id="p1"))
        dialog = open_export(qtbot, window)
        dialog.format_box.setFocus()
        qtbot.keyClick(dialog.format_box, Qt.Key.Key_Down)  # COCO -> YOLO
        assert dialog.fmt() == "yolo"
        assert Path(dialog.path_edit.text()).name == "Street signs-yolo"
        out = tmp_path / "out"
        out.mkdir()
        dialog.choose_path = lambda _p, _f, _s: out / "yolo"
        qtbot.mouseClick(dialog.browse_button, LEFT)
        watched = Watched(hold=True)
        dialog.job.export_fn = watched
        qtbot.mouseClick(dialog.export_button, LEFT)
        qtbot.waitUntil(watched.first.is_set, timeout=5000)  # the export's first progress event
        assert dialog.progress.isVisible() and not dialog.export_button.isEnabled()
        assert dialog.close_button.text() == "Cancel"
        qtbot.mouseClick(dialog.close_button, LEFT)  # Cancel, while the export waits there
        assert dialog.isVisible() and dialog.status.text() == "Cancelling…"
        with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
            watched.release.set()
        assert exported.args == ["Export cancelled. Nothing was written."]
        assert dialog.status.text() == exported.args[0] and not dialog.open_button.isVisible()
        assert os.listdir(out) == []  # no folder, no staging folder, no file
        assert len(watched.events) == 1  # nothing was reported after the cancel
    finally:
        runner.close()


def test_other_kinds_offer_jsonl_and_a_project_can_be_picked(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    """No project filter and no current task: the dialog asks for a project first."""
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        dialog = open_export(qtbot, window)
        assert dialog.project_box.currentIndex() == -1 and formats(dialog) == []
        qtbot.mouseClick(dialog.export_button, LEFT)
        assert dialog.status.text() == "Choose a project and a format to export."
        dialog.project_box.setFocus()
        qtbot.keyClicks(dialog.project_box, "R")  # "Rewrites"
        assert dialog.project_id() == "p2" and formats(dialog) == ["jsonl", "sft"]
        assert Path(dialog.path_edit.text()).name == "Rewrites.jsonl"
        target = tmp_path / "rewrites.jsonl"
        dialog.path_edit.clear()
        qtbot.keyClicks(dialog.path_edit, str(target))
        with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
            qtbot.mouseClick(dialog.export_button, LEFT)
        assert exported.args == [f"Exported Rewrites as JSON Lines to {target}."]
        records = read_jsonl(target)
        assert [(r["task_id"], r["result"]["text_md"]) for r in records] == [("w0", "Hello!")]
        asked: list[str] = []
        dialog.confirm = lambda _d, question: asked.append(question) or False
        target.write_text("keep me\n")
        qtbot.mouseClick(dialog.export_button, LEFT)  # again, to the same file: asks first
        assert asked == [f"{target} already exists. Replace it?"]
        assert not dialog.running and target.read_text() == "keep me\n"
        dialog.close()
        with qtbot.waitSignal(window.session.task_opened, timeout=5000):
            assert window.task_list.select_task("b1")
        assert open_export(qtbot, window).project_id() == "p1"  # the current task's project
        dialog.close()
    finally:
        runner.close()


def test_a_failed_export_says_why_in_one_sentence(
    qtbot: QtBot, data_home: Path, tmp_path: Path
) -> None:
    runner = start(qtbot, data_home)
    window = runner.window
    try:
        window.task_list.set_filter(TaskFilter(project_id="p1"))
        dialog = open_export(qtbot, window)
        blocker = tmp_path / "blocker"
        blocker.write_text("a file where a folder should be")
        dialog.path_edit.setText(str(blocker / "signs.json"))
        with qtbot.waitSignal(dialog.exported, timeout=10000) as exported:
            qtbot.mouseClick(dialog.export_button, LEFT)
        text = exported.args[0]
        assert text.startswith("The export could not be written: ") and "\n" not in text
        assert "Traceback" not in text and dialog.export_button.isEnabled()
        assert blocker.read_text() == "a file where a folder should be"
        dialog.close()
    finally:
        runner.close()


def test_export_action_in_the_file_menu_disabled_without_projects(
    qtbot: QtBot, data_home: Path
) -> None:
    runner = start(qtbot, data_home, projects=False)
    window = runner.window
    try:
        action = window.actions_["export"]
        assert action.objectName() == "action_export"
        assert action in window.menus.menus["file"].actions()
        assert not action.isEnabled()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        qtbot.keyClick(window.task_list.search, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
        assert window.exporter.dialog is None
        rows = collect_actions(window.menus.all_menus(), [])
        assert ("File", "Export", "Ctrl+E") in rows
    finally:
        runner.close()

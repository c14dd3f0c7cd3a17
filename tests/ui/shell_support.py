"""Helpers for the shell tests: a tiny text pane for kind "note" and a seeded cache."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QPlainTextEdit, QVBoxLayout, QWidget

from annotator_desktop.core.store import Project, Store, Task, open_store
from annotator_desktop.ui.panes.base import TaskContext, TaskPane
from annotator_desktop.ui.panes.registry import register_pane

NOTE = "note"


class NotePane(TaskPane):
    """A pane whose result is the text typed into it."""

    kind = NOTE

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notePane")
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("noteEdit")
        self.edit.setAccessibleName(self.tr("Note"))
        QVBoxLayout(self).addWidget(self.edit)
        self.edit.textChanged.connect(self.changed)
        self.loaded: list[str] = []
        self._stack = QUndoStack(self)
        self.clear_action = QAction("Clear note", self)
        self.clear_action.setObjectName("clear_note")
        self.clear_action.setShortcut(QKeySequence("Ctrl+0"))  # also the window's "fit" key
        self.clear_action.triggered.connect(self.edit.clear)

    def load(self, ctx: TaskContext) -> None:
        self.loaded.append(ctx.task_id)
        self.edit.setPlainText((ctx.draft or {}).get("text", ""))

    def result(self) -> dict[str, Any]:
        return {"text": self.edit.toPlainText()}

    def problems(self) -> list[str]:
        return [] if self.edit.toPlainText().strip() else ["Write something first."]

    def set_read_only(self, read_only: bool) -> None:
        self.edit.setReadOnly(read_only)

    def undo_stack(self) -> QUndoStack | None:
        return self._stack

    def pane_actions(self) -> list[QAction]:
        return [self.clear_action]


def register_note_pane() -> None:
    register_pane(NOTE, NotePane)


def seed(path: Path, projects: int = 2, per_project: int = 5, kind: str = NOTE) -> Store:
    """A cache with ``projects`` local projects of ``per_project`` tasks each."""
    store = open_store(path)
    with store.write() as s:
        for p in range(projects):
            pid = f"p{p}"
            s.add(Project(id=pid, name=f"Project {p}", kind=kind, source="local"))
            for t in range(per_project):
                s.add(
                    Task(
                        id=f"{pid}-t{t}",
                        project_id=pid,
                        kind=kind,
                        title=f"Task {p}.{t}",
                        payload={"n": t},
                        position=t,
                    )
                )
    return store


class ShellRunner:
    """Starts the real app shell in this process (offscreen) and closes it again."""

    def __init__(self, qtbot: Any, **kwargs: Any) -> None:
        from PySide6.QtWidgets import QApplication

        from annotator_desktop.ui.app_shell import Shell

        register_note_pane()
        self.qtbot = qtbot
        kwargs.setdefault("lang", "en")  # independent of the machine's locale
        self.shell = Shell(QApplication.instance(), **kwargs)  # type: ignore[arg-type]
        self.code = -1

    def start(self, wait_ready: bool = True) -> Any:
        if wait_ready:
            with self.qtbot.waitSignal(self.shell.ready, timeout=15000):
                self.code = self.shell.start()
                assert self.code == 0
            return self.shell
        self.code = self.shell.start()
        return self.code

    @property
    def window(self) -> Any:
        return self.shell.window

    def open(self, task_id: str) -> NotePane:
        session = self.window.session
        with self.qtbot.waitSignal(session.task_opened, timeout=5000):
            assert self.window.task_list.select_task(task_id)
        pane = self.window.host.pane
        assert isinstance(pane, NotePane)
        return pane

    def close(self) -> None:
        self.shell.close()
        if self.shell.translations is not None:
            self.shell.translations.apply("en")


def draft_text(path: Path, task_id: str) -> str | None:
    """Reads a draft with plain sqlite3 (as another process would)."""
    import json
    import sqlite3

    conn = sqlite3.connect(path)
    try:
        row = conn.execute("SELECT result FROM draft WHERE task_id = ?", (task_id,)).fetchone()
    finally:
        conn.close()
    return None if row is None else json.loads(row[0]).get("text")

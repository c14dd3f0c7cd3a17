"""The small interface every task pane implements.

A pane loads a task and its draft, reports ``changed`` on every edit, returns its result, lists
validation problems, and can switch to read-only for QA review. The main window knows panes only
through :mod:`annotator_desktop.ui.panes.registry`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTextEdit


@dataclass
class TaskContext:
    """Everything a pane needs to show one task."""

    task_id: str
    project_id: str
    kind: str
    title: str
    payload: dict[str, Any]
    project_config: dict[str, Any] = field(default_factory=dict)
    instructions_md: str = ""
    draft: dict[str, Any] | None = None
    assets_dir: Path | None = None
    # Field errors of a rejected submission, shown on the task: [{"loc", "code", "msg"}]
    server_errors: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class OtherResult:
    """Another annotator's result on the same task, shown beside it in QA review."""

    annotator: str
    result: dict[str, Any]


class TaskPane(QWidget):
    """Base class of task panes. Subclasses override the methods below."""

    kind: str = ""
    # Emitted on every user edit; the host autosaves the draft within 1 s of the last one.
    changed = Signal()
    # Emitted on any user input (mouse, key); the host counts active time from it.
    activity = Signal()

    def load(self, ctx: TaskContext) -> None:
        """Shows ``ctx``'s task, starting from ``ctx.draft`` when there is one."""
        raise NotImplementedError

    def result(self) -> dict[str, Any]:
        """The current result, in the wire shape of DESIGN.md for this kind."""
        raise NotImplementedError

    def problems(self) -> list[str]:
        """Translated messages for everything that must be fixed before submit; empty when valid."""
        raise NotImplementedError

    def prepare(self, ctx: TaskContext) -> None:
        """A hint, given when idle, that ``ctx`` is likely shown next; a pane may pre-build what
        showing it needs. The default does nothing."""

    def set_read_only(self, read_only: bool) -> None:
        """Read-only mode for QA review: everything shown, nothing editable."""
        raise NotImplementedError

    def undo_stack(self) -> QUndoStack | None:
        """The pane's undo stack, if it has one (the host wires Edit ▸ Undo/Redo to it)."""
        return None

    def undo_editor(self) -> QTextEdit | None:
        """A pane whose history is a text editor's own (no stack) names the editor here; the
        host then wires Edit ▸ Undo/Redo to it. The default: none."""
        return None

    def pane_actions(self) -> list[QAction]:
        """Actions with shortcuts that the host lists in menus and the shortcut sheet."""
        return []

    def show_others(self, others: list[OtherResult]) -> None:
        """Shows other annotators' results beside this one (QA review); default: nothing."""

    def retranslate(self) -> None:
        """Re-applies every visible string after a language change."""

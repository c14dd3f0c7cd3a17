"""Undo for the judgment's choices (scale, criteria, flags): one command per user gesture.

The rationale keeps its own text-editing undo; a choice command never touches it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoCommand, QUndoStack

from annotator_desktop.ui.panes.compare.texts import translate


@dataclass(frozen=True)
class Choices:
    """What the annotator chose, apart from the rationale."""

    scale: int | None = None
    criteria: tuple[tuple[str, int], ...] = ()
    flags: tuple[str, ...] = field(default=())
    ranking: tuple[tuple[str, ...], ...] = ()  # tie groups, best first (3 or more responses)
    ratings: tuple[tuple[str, str, int], ...] = ()  # (response id, criterion, value)


class ChoiceCommand(QUndoCommand):
    """Switches between two sets of choices; the first redo is the edit already made."""

    def __init__(self, apply: Callable[[Choices], None], old: Choices, new: Choices) -> None:
        super().__init__(translate("ComparePane", "Change judgment"))
        self._apply, self._old, self._new = apply, old, new
        self._done = True

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._apply(self._new)

    def undo(self) -> None:
        self._apply(self._old)


class ChoiceHistory(QObject):
    """Records each change of choices on an undo stack, skipping programmatic changes."""

    def __init__(self, apply: Callable[[Choices], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = QUndoStack(self)
        self._apply = apply
        self._current = Choices()

    def reset(self, current: Choices) -> None:
        """Starts a fresh history (a task was loaded)."""
        self.stack.clear()
        self._current = current

    def record(self, new: Choices) -> None:
        if new != self._current:
            self.stack.push(ChoiceCommand(self._applied, self._current, new))
            self._current = new

    def _applied(self, choices: Choices) -> None:
        self._current = choices
        self._apply(choices)

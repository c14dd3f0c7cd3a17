"""The one main-thread signal that carries every operation's change record to the views."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from annotator_desktop.core.changes import Changes


class ChangesHub(QObject):
    """``changed(Changes)``: emitted on the main thread after an operation finished.

    Views (task list, status bar, pane host, review window) and the sync controller (which
    pushes when the outbox grew) connect to it; each decides from the record what to refresh.
    """

    changed = Signal(object)

    def publish(self, changes: Changes) -> None:
        if not changes.empty:
            self.changed.emit(changes)

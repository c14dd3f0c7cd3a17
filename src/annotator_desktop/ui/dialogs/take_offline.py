""" "Take tasks offline": one row per server project with a count and a button."""

from __future__ import annotations

import contextlib
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLayout,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlmodel import select

from annotator_desktop.core.store import Project, Store
from annotator_desktop.core.sync.leases import open_count


def server_projects(store: Store) -> list[tuple[str, str, str, int]]:
    """(id, name, kind, open tasks) of every server project, by name."""
    with store.read() as s:
        rows = s.exec(
            select(Project).where(Project.source == "server").order_by(Project.name)
        ).all()
    return [(p.id, p.name, p.kind, open_count(store, p.id)) for p in rows]


class TakeOfflineDialog(QDialog):
    """Rows fill in once the projects are read (off the UI thread)."""

    def __init__(self, controller: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.setObjectName("takeOfflineDialog")
        self.setWindowTitle(self.tr("Take tasks offline"))
        self.grid = QGridLayout()
        self.status = QLabel(self.tr("Reading projects…"), self)
        self.status.setObjectName("takeOfflineStatus")
        self.status.setAccessibleName(self.tr("Status"))
        self.status.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.setObjectName("takeOfflineButtons")
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setObjectName("takeOfflineClose")
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        # Grows with its wrapped status text (a top-level window does not do that by itself).
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        self.setMinimumWidth(420)
        layout.addLayout(self.grid)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.spins: dict[str, QSpinBox] = {}
        self.take_buttons: dict[str, QPushButton] = {}
        controller.checked_out.connect(self._on_checked_out)
        controller.sign_in_failed.connect(self._on_error)
        controller.state_changed.connect(self._on_state)
        controller.worker.run_db(lambda: server_projects(controller.store), self.set_projects)

    def _say(self, text: str) -> None:
        """Shows ``text`` under the projects; the window grows to fit it when wrapped."""
        self.status.setText(text)
        if self.isVisible():
            self.adjustSize()

    def set_projects(self, projects: list[tuple[str, str, str, int]]) -> None:
        default = int(getattr(self.controller.settings, "auto_topup", 10) or 10)
        if not projects:
            self._say(self.tr("No projects yet. Sign in and sync first."))
            return
        self._say("")
        for row, (project_id, name, _kind, open_now) in enumerate(projects):
            label = QLabel(name, self)
            note = QLabel(self.tr("%n task(s) offline now", "", open_now), self)
            spin = QSpinBox(self)
            spin.setRange(1, 500)
            spin.setValue(default)
            spin.setObjectName(f"takeCount_{project_id}")
            spin.setAccessibleName(self.tr("Number of tasks for %1").replace("%1", name))
            button = QPushButton(self.tr("Take offline"), self)
            button.setObjectName(f"takeOffline_{project_id}")
            button.setAccessibleName(self.tr("Take tasks of %1 offline").replace("%1", name))
            button.clicked.connect(lambda _=False, pid=project_id: self.take(pid))
            for col, widget in enumerate((label, note, spin, button)):
                self.grid.addWidget(widget, row, col)
            self.spins[project_id], self.take_buttons[project_id] = spin, button

    def take(self, project_id: str) -> None:
        self.take_buttons[project_id].setEnabled(False)
        self._say(self.tr("Taking tasks offline…"))
        self.controller.checkout(project_id, self.spins[project_id].value())

    def _on_checked_out(self, project_id: str, count: int) -> None:
        if project_id in self.take_buttons:
            self.take_buttons[project_id].setEnabled(True)
        self._say(self.tr("%n task(s) taken offline.", "", count))

    def _on_error(self, text: str) -> None:
        self._say(text)
        for button in self.take_buttons.values():
            button.setEnabled(True)

    def _on_state(self, state: str) -> None:
        if state in ("offline", "signed_out"):
            self._on_error(
                self.tr("Not connected: tasks can be taken offline once the server is reachable.")
            )

    def done(self, result: int) -> None:
        for signal, slot in (
            (self.controller.checked_out, self._on_checked_out),
            (self.controller.sign_in_failed, self._on_error),
            (self.controller.state_changed, self._on_state),
        ):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(slot)
        super().done(result)

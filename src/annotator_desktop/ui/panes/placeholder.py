"""Shows a task of a kind that has no pane yet, read-only, as formatted JSON."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from annotator_desktop.ui.panes.base import TaskContext, TaskPane


class PlaceholderPane(TaskPane):
    kind = ""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("placeholderPane")
        self._heading = QLabel(self)
        self._raw = QPlainTextEdit(self)
        self._raw.setObjectName("placeholderRaw")
        self._raw.setReadOnly(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._heading)
        layout.addWidget(self._raw)
        self._draft: dict[str, Any] = {}
        self.retranslate()

    def retranslate(self) -> None:
        self._heading.setText(
            self.tr("This kind of task has no editor yet; it is shown read-only.")
        )
        self._raw.setAccessibleName(self.tr("Raw task data"))

    def load(self, ctx: TaskContext) -> None:
        self._draft = dict(ctx.draft or {})
        self._raw.setPlainText(json.dumps(ctx.payload, indent=2, ensure_ascii=False))

    def result(self) -> dict[str, Any]:
        return dict(self._draft)

    def problems(self) -> list[str]:
        return [self.tr("Tasks of this kind cannot be submitted from this version of the app.")]

    def set_read_only(self, read_only: bool) -> None:
        self._raw.setReadOnly(True)

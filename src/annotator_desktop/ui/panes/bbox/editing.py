"""Edit operations of the bounding-box pane; each pushes exactly one undo command."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from annotator_desktop.core.bbox_model import BoxData, BoxModel
from annotator_desktop.ui.panes.base import TaskPane
from annotator_desktop.ui.panes.bbox.canvas import BoxCanvas
from annotator_desktop.ui.panes.bbox.commands import (
    AddBoxes,
    RemoveBoxes,
    SetNothingToLabel,
    UpdateBoxes,
)
from annotator_desktop.ui.panes.bbox.labels import LabelPanel


@dataclass
class Session:
    """What survives switching away from a task: its boxes, history and chosen label."""

    model: BoxModel
    stack: QUndoStack
    label: str


class EditingMixin(TaskPane):
    """The pane's edits; the pane supplies the session, canvas and label list."""

    canvas: BoxCanvas
    labels: LabelPanel
    _session: Session
    _read_only: bool
    _previous: list[BoxData]

    def _refresh_status(self) -> None:
        raise NotImplementedError

    # --- edits (each one undo command) ---------------------------------------------------
    def _stack(self) -> QUndoStack:
        return self._session.stack

    def _on_drawn(self, rect: tuple[float, float, float, float]) -> None:
        if self._read_only:
            return
        box = BoxData(self._session.label, *self._session.model.clamp(rect))
        command = AddBoxes(self._session.model, [box])
        self._stack().push(command)
        self.canvas.select(set(command.ids))

    def _on_gesture(self, before: dict[int, BoxData], after: dict[int, BoxData], text: str) -> None:
        self._stack().push(UpdateBoxes(self._session.model, before, after, text))

    def nudge(self, dx: int, dy: int) -> None:
        ids = sorted(self.canvas.selected)
        if self._read_only or not ids:
            return
        model = self._session.model
        before = {i: model.get(i) for i in ids}
        after = {
            i: BoxData(b.label, *model.clamp((b.x + dx, b.y + dy, b.w, b.h)))
            for i, b in before.items()
        }
        if after != before:
            self._stack().push(
                UpdateBoxes(
                    model,
                    before,
                    after,
                    QCoreApplication.translate("EditingMixin", "Nudge box"),
                    merge=True,
                )
            )

    def delete_selected(self) -> None:
        if self._read_only or not self.canvas.selected:
            return
        self._stack().push(RemoveBoxes(self._session.model, list(self.canvas.selected)))

    def select_all(self) -> None:
        self.canvas.select(set(self._session.model.ids()))

    def choose_label_number(self, number: int) -> None:
        labels = self._session.model.labels
        if 1 <= number <= len(labels):
            self.choose_label(labels[number - 1].name)

    def choose_label(self, name: str) -> None:
        """Sets the label of the next box, and relabels the selected boxes."""
        self._session.label = name
        self.labels.set_current(name)
        ids = sorted(self.canvas.selected)
        model = self._session.model
        if self._read_only or not ids:
            self._refresh_status()
            return
        before = {i: model.get(i) for i in ids}
        after = {i: BoxData(name, b.x, b.y, b.w, b.h) for i, b in before.items()}
        if after != before:
            self._stack().push(
                UpdateBoxes(
                    model, before, after, QCoreApplication.translate("EditingMixin", "Change label")
                )
            )

    def copy_previous(self) -> None:
        if self._read_only or not self._previous:
            return
        model = self._session.model
        boxes = []
        for box in self._previous:
            rect = model.clamp(box.rect)
            if rect[2] > 0 and rect[3] > 0:
                boxes.append(BoxData(box.label, *rect))
        if boxes:
            self._stack().push(
                AddBoxes(
                    model,
                    boxes,
                    QCoreApplication.translate("EditingMixin", "Copy boxes of the previous task"),
                )
            )

    def toggle_nothing(self) -> None:
        if not self._read_only:
            value = not self._session.model.nothing_to_label
            self._stack().push(SetNothingToLabel(self._session.model, value))

    def _on_nothing_clicked(self, checked: bool) -> None:
        if checked != self._session.model.nothing_to_label and not self._read_only:
            self._stack().push(SetNothingToLabel(self._session.model, checked))

    def _toggle_hidden(self) -> None:
        self.canvas.set_boxes_hidden(not self.canvas.boxes_hidden())

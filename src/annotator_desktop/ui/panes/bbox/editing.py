"""Edit operations of the bounding-box pane; each pushes exactly one undo command."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoStack

from annotator_desktop.core.bbox_model import AttributeDef, AttrValue, BoxData, BoxModel
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
    attributes: list[AttributeDef] = field(default_factory=list)
    hidden_labels: set[str] = field(default_factory=set)  # a view setting, not saved


class EditingMixin(TaskPane):
    """The pane's edits; the pane supplies the session, canvas and label list."""

    canvas: BoxCanvas
    labels: LabelPanel
    _session: Session
    _read_only: bool
    _previous: list[BoxData]
    _clipboard: BoxData | None = None

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
        self._push_adding(command)
        self.canvas.select(set(command.ids))

    def _push_adding(self, command: AddBoxes) -> None:
        """Pushes ``command``; when "Nothing to label" is ticked, unticks it in the same step."""
        model = self._session.model
        if not model.nothing_to_label:
            self._stack().push(command)
            return
        self._stack().beginMacro(command.text())
        self._stack().push(SetNothingToLabel(model, False))
        self._stack().push(command)
        self._stack().endMacro()

    def _on_gesture(self, before: dict[int, BoxData], after: dict[int, BoxData], text: str) -> None:
        self._stack().push(UpdateBoxes(self._session.model, before, after, text))

    def _editable_selection(self) -> list[int]:
        """The selected boxes that may be changed (a locked box is not moved or deleted)."""
        model = self._session.model
        return sorted(i for i in self.canvas.selected if not model.get(i).locked)

    def nudge(self, dx: int, dy: int) -> None:
        ids = self._editable_selection()
        if self._read_only or not ids:
            return
        model = self._session.model
        before = {i: model.get(i) for i in ids}
        after = {
            i: b.touched(model.clamp((b.x + dx, b.y + dy, b.w, b.h))) for i, b in before.items()
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
        ids = self._editable_selection()
        if self._read_only or not ids:
            return
        self._stack().push(RemoveBoxes(self._session.model, ids))

    def set_box_flag(self, box_id: int, flag: str, value: bool) -> None:
        """Hides/shows or locks/unlocks one box (one undo step; kept in the result)."""
        model = self._session.model
        if self._read_only or box_id not in model.ids():
            return
        box = model.get(box_id)
        after = box.touched(hidden=value) if flag == "hidden" else box.touched(locked=value)
        if after == box:
            return
        texts = {
            ("hidden", True): QCoreApplication.translate("EditingMixin", "Hide box"),
            ("hidden", False): QCoreApplication.translate("EditingMixin", "Show box"),
            ("locked", True): QCoreApplication.translate("EditingMixin", "Lock box"),
            ("locked", False): QCoreApplication.translate("EditingMixin", "Unlock box"),
        }
        self._stack().push(UpdateBoxes(model, {box_id: box}, {box_id: after}, texts[flag, value]))

    def set_box_attribute(self, box_id: int, key: str, value: AttrValue | None) -> None:
        model = self._session.model
        if self._read_only or box_id not in model.ids():
            return
        box = model.get(box_id)
        after = box.with_attribute(key, value)
        if after != box:
            text = QCoreApplication.translate("EditingMixin", "Change attribute")
            self._stack().push(UpdateBoxes(model, {box_id: box}, {box_id: after}, text))

    def copy_box(self) -> None:
        """Ctrl+C: remembers the selected box (the first one) for Ctrl+V."""
        if self.canvas.selected:
            self._clipboard = self._session.model.get(min(self.canvas.selected))

    def paste_box(self) -> None:
        """Ctrl+V: a copy of the remembered box, 10 px down and right, selected."""
        box = self._clipboard
        if self._read_only or box is None:
            return
        model = self._session.model
        rect = model.clamp((box.x + 10, box.y + 10, box.w, box.h))
        if rect[2] <= 0 or rect[3] <= 0:
            return
        command = AddBoxes(
            model,
            [box.touched(rect, hidden=False, locked=False)],
            QCoreApplication.translate("EditingMixin", "Paste box"),
        )
        self._push_adding(command)
        self.canvas.select(set(command.ids))

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
        after = {i: b.touched(label=name) for i, b in before.items()}
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
                boxes.append(box.touched(rect, hidden=False, locked=False))
        if boxes:
            self._push_adding(
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

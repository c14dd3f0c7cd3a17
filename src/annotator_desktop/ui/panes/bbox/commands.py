"""Undo commands of the bounding-box pane: one per gesture; they call the model, not items."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from annotator_desktop.core.bbox_model import BoxData, BoxModel

NUDGE_ID = 4201


class AddBoxes(QUndoCommand):
    """Adds boxes (a drawn box, or boxes copied from the previous task)."""

    def __init__(self, model: BoxModel, boxes: list[BoxData], text: str = "") -> None:
        super().__init__(text or QCoreApplication.translate("BBoxCommands", "Draw box"))
        self._model = model
        self._boxes = boxes
        self.ids: list[int] = []

    def redo(self) -> None:
        if not self.ids:
            self.ids = [self._model.add(box) for box in self._boxes]
        else:
            for box_id, box in zip(self.ids, self._boxes, strict=True):
                self._model.add(box, box_id)

    def undo(self) -> None:
        for box_id in self.ids:
            self._model.remove(box_id)


class RemoveBoxes(QUndoCommand):
    def __init__(self, model: BoxModel, ids: list[int]) -> None:
        super().__init__(QCoreApplication.translate("BBoxCommands", "Delete boxes"))
        self._model = model
        self._ids = sorted(ids)
        self._boxes = [model.get(i) for i in self._ids]

    def redo(self) -> None:
        for box_id in self._ids:
            self._model.remove(box_id)

    def undo(self) -> None:
        for box_id, box in zip(self._ids, self._boxes, strict=True):
            self._model.add(box, box_id)


class UpdateBoxes(QUndoCommand):
    """Replaces boxes (move, resize, relabel, nudge); nudges in a row merge into one entry."""

    def __init__(
        self,
        model: BoxModel,
        before: dict[int, BoxData],
        after: dict[int, BoxData],
        text: str,
        merge: bool = False,
    ) -> None:
        super().__init__(text)
        self._model = model
        self._before = before
        self._after = after
        self._merge = merge

    def id(self) -> int:
        return NUDGE_ID if self._merge else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, UpdateBoxes) or other.id() != self.id():
            return False
        if set(other._after) != set(self._after):
            return False
        self._after = dict(other._after)
        return True

    def redo(self) -> None:
        for box_id, box in self._after.items():
            self._model.update(box_id, box)

    def undo(self) -> None:
        for box_id, box in self._before.items():
            self._model.update(box_id, box)


class SetNothingToLabel(QUndoCommand):
    """Sets the flag; ticking it also removes every box (the two exclude each other)."""

    def __init__(self, model: BoxModel, value: bool) -> None:
        super().__init__(QCoreApplication.translate("BBoxCommands", "Nothing to label"))
        self._model = model
        self._value = value
        self._removed = model.items() if value else []

    def redo(self) -> None:
        for box_id, _box in self._removed:
            self._model.remove(box_id)
        self._model.set_nothing_to_label(self._value)

    def undo(self) -> None:
        self._model.set_nothing_to_label(not self._value)
        for box_id, box in self._removed:
            self._model.add(box, box_id)

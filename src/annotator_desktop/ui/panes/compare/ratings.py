"""Per-criterion rating inputs: a button row for short ranges, a spin box for long ones."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLabel, QSpinBox, QWidget

from annotator_desktop.protocol import Criterion
from annotator_desktop.ui.panes.compare.choice_row import ChoiceRow
from annotator_desktop.ui.panes.compare.texts import fill, translate

# Ranges with more points than this get a spin box instead of a row of buttons.
MAX_BUTTONS = 11
_INT32 = 2**31 - 1


def ratable(crit: Criterion) -> bool:
    """False for a criterion no input can rate: an empty range, or one beyond a spin box's."""
    return -_INT32 < crit.min <= crit.max < _INT32


class SpinRating(QSpinBox):
    """A spin box whose lowest step means "not rated"; emits ``value_changed`` on user edits."""

    value_changed = Signal(object)

    def __init__(self, low: int, high: int, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._low = low
        self.setRange(low - 1, high)
        self.setSpecialValueText(translate("ComparePane", "not rated"))
        self.setValue(low - 1)
        self._quiet = False
        self.valueChanged.connect(self._on_change)

    def value_or_none(self) -> int | None:
        return None if self.value() < self._low else self.value()

    def set_value(self, value: int | None) -> None:
        self._quiet = True
        try:
            self.setValue(self._low - 1 if value is None else value)
        finally:
            self._quiet = False

    def set_editable(self, editable: bool) -> None:
        self.setReadOnly(not editable)

    def _on_change(self, _value: int) -> None:
        if not self._quiet:
            self.value_changed.emit(self.value_or_none())


RatingInput = ChoiceRow | SpinRating


def rating_value(widget: RatingInput) -> int | None:
    return widget.value() if isinstance(widget, ChoiceRow) else widget.value_or_none()


class CriteriaForm(QWidget):
    """One labelled rating input per criterion, in the task's order."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None, prefix: str = "compareCriterion") -> None:
        super().__init__(parent)
        self.setObjectName("compareCriteria")
        self._prefix = prefix
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._spec: list[tuple[str, str, int, int]] = []
        self.inputs: dict[str, RatingInput] = {}
        self._labels: list[QLabel] = []

    def set_criteria(self, criteria: list[Criterion]) -> bool:
        """Clears the values; rebuilds the inputs (returns True) if the criteria changed."""
        spec = [(c.key, c.label, c.min, c.max) for c in criteria if ratable(c)]
        rebuilt = spec != self._spec
        if rebuilt:
            self._rebuild(spec)
        for widget in self.inputs.values():
            widget.set_value(None)
        return rebuilt

    def _rebuild(self, spec: list[tuple[str, str, int, int]]) -> None:
        for old in [*self.inputs.values(), *self._labels]:
            self._grid.removeWidget(old)
            old.hide()  # gone at once, even before the deferred delete runs
            old.deleteLater()
        self.inputs, self._labels, self._spec = {}, [], spec
        for row, (key, _label, low, high) in enumerate(spec):
            name = f"{self._prefix}_{row}"
            widget: RatingInput
            if high - low + 1 <= MAX_BUTTONS:
                widget = ChoiceRow(list(range(low, high + 1)), name, self)
                # Every scale of the pane runs the same way: low on the left, as the A/B scale.
                widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
            else:
                widget = SpinRating(low, high, name, self)
            caption = QLabel(self)
            caption.setTextFormat(Qt.TextFormat.PlainText)  # labels come from the server
            caption.setBuddy(widget)
            self._grid.addWidget(caption, row, 0)
            self._grid.addWidget(widget, row, 1)
            # An explicit floor: the form around the grid otherwise kept the empty form's
            # minimum with some fonts and squeezed the rows below their own minimum.
            widget.setMinimumHeight(widget.minimumSizeHint().height())
            widget.value_changed.connect(lambda _v: self.edited.emit())
            self.inputs[key] = widget
            self._labels.append(caption)
        self.retranslate()
        self._grid.activate()
        self.setMinimumHeight(self._grid.minimumSize().height())

    def retranslate(self) -> None:
        for (key, label, low, high), caption in zip(self._spec, self._labels, strict=True):
            caption.setText(fill(translate("ComparePane", "%1 (%2–%3)"), label, low, high))
            widget = self.inputs[key]
            widget.setAccessibleName(label)
            tip = translate("ComparePane", "Rate %1 from %2 to %3; keys: digits, arrows, Delete")
            widget.setToolTip(fill(tip, label, low, high))

    def values(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for key, widget in self.inputs.items():
            value = rating_value(widget)
            if value is not None:
                out[key] = value
        return out

    def restore(self, values: dict[str, object]) -> None:
        for key, widget in self.inputs.items():
            value = values.get(key)
            if isinstance(value, bool) or not isinstance(value, int):
                value = None
            widget.set_value(value)

    def set_editable(self, editable: bool) -> None:
        for widget in self.inputs.values():
            widget.set_editable(editable)

    def spec(self) -> list[tuple[str, str, int, int]]:
        return list(self._spec)

    def widgets(self) -> list[QWidget]:
        return list(self.inputs.values())


class PerResponseRatings(QWidget):
    """The ``per_response`` criteria, one row of inputs per response (A, B, …)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareRatings")
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self.forms: dict[str, CriteriaForm] = {}  # by response id, in presented order
        self._titles: list[QLabel] = []
        self._rows: list[tuple[QLabel, CriteriaForm]] = []
        self._letters: dict[str, str] = {}
        self._criteria: list[Criterion] = []

    def setup(self, criteria: list[Criterion], ids: list[str], letters: list[str]) -> bool:
        """One form per response for ``criteria``; True when the inputs were rebuilt.

        The forms are kept by position (A, B, …) from task to task; only their ids change.
        """
        count = len(ids) if criteria else 0
        same = len(self._rows) == count
        labels_before = (list(self._letters.values()), self._criteria)
        self._letters = dict(zip(ids, letters, strict=True))
        self._criteria = list(criteria)
        if not same:
            for title, form in self._rows:
                for old in (title, form):
                    self._grid.removeWidget(old)
                    old.hide()
                    old.deleteLater()
            self._rows = []
            for row, letter in enumerate(letters[:count]):
                title = QLabel(self)
                title.setObjectName(f"compareRatingsTitle_{letter}")
                form = CriteriaForm(self, prefix=f"compareRating_{letter}")
                form.setObjectName(f"compareRatings_{letter}")
                form.edited.connect(self.edited.emit)
                self._grid.addWidget(title, row, 0, Qt.AlignmentFlag.AlignTop)
                self._grid.addWidget(form, row, 1)
                self._rows.append((title, form))
        self.forms = {rid: form for rid, (_t, form) in zip(ids, self._rows, strict=False)}
        self._titles = [title for title, _form in self._rows]
        rebuilt = False
        for form in self.forms.values():
            rebuilt = form.set_criteria(criteria) or rebuilt
        if rebuilt or not same or labels_before != (list(letters), self._criteria):
            self.retranslate()  # the same letters and criteria keep their texts
        return rebuilt or not same

    def retranslate(self) -> None:
        for title, rid in zip(self._titles, self.forms, strict=True):
            letter = self._letters.get(rid, "?")
            title.setText(fill(translate("ComparePane", "Response %1"), letter))
        for rid, form in self.forms.items():
            form.retranslate()
            for key, widget in form.inputs.items():
                label = next((c.label for c in self._criteria if c.key == key), key)
                widget.setAccessibleName(
                    fill(translate("ComparePane", "%1 of response %2"), label, self._letters[rid])
                )

    def values(self) -> dict[str, dict[str, int]]:
        return {rid: form.values() for rid, form in self.forms.items()}

    def restore(self, values: object) -> None:
        saved = values if isinstance(values, dict) else {}
        for rid, form in self.forms.items():
            own = saved.get(rid)
            form.restore(own if isinstance(own, dict) else {})

    def set_editable(self, editable: bool) -> None:
        for form in self.forms.values():
            form.set_editable(editable)

    def widgets(self) -> list[QWidget]:
        return [w for form in self.forms.values() for w in form.widgets()]

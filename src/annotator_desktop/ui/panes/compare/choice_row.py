"""A row of exclusive choice buttons that is one keyboard stop: digits, arrows, Home/End, Delete."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPaintEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QPushButton,
    QStyle,
    QStyleOptionFocusRect,
    QStylePainter,
    QWidget,
)

from annotator_desktop.ui.widgets.numbers import number

_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(10)}
_MOVE_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Home, Qt.Key.Key_End}
_CLEAR_KEYS = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}


class ChoiceRow(QWidget):
    """Exclusive buttons for ``values``; the row takes focus, the buttons take clicks."""

    # The value (int) or None after a user edit; not emitted by :meth:`set_value`.
    value_changed = Signal(object)

    def __init__(self, values: list[int], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._values = list(values)
        self._value: int | None = None
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self._buttons: dict[int, QPushButton] = {}
        layout = QHBoxLayout(self)
        layout.setContentsMargins(3, 3, 3, 3)
        layout.setSpacing(2)
        for value in self._values:
            button = QPushButton(number(value), self)
            button.setObjectName(f"{name}_{value}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoDefault(False)
            self._group.addButton(button, value)
            layout.addWidget(button)
            self._buttons[value] = button
        self._group.idClicked.connect(self._on_clicked)
        self.describe: Callable[[int | None], str] = lambda v: "" if v is None else number(v)

    # --- public -------------------------------------------------------------------------

    def value(self) -> int | None:
        return self._value

    def values(self) -> list[int]:
        return list(self._values)

    def button(self, value: int) -> QPushButton:
        return self._buttons[value]

    def set_value(self, value: int | None) -> None:
        """Shows ``value`` (None clears) without emitting :attr:`value_changed`."""
        if value is not None and value not in self._buttons:
            value = None
        self._value = value
        self._group.setExclusive(False)
        for v, button in self._buttons.items():
            button.setChecked(v == value)
        self._group.setExclusive(True)
        self.setAccessibleDescription(self.describe(value))
        self.update()

    def set_button_texts(self, texts: dict[int, tuple[str, str]]) -> None:
        """Per value: (button text, accessible name / tooltip)."""
        for value, (text, long) in texts.items():
            button = self._buttons[value]
            button.setText(text)
            button.setToolTip(long)
            button.setAccessibleName(long)

    def set_editable(self, editable: bool) -> None:
        for button in self._buttons.values():
            button.setEnabled(editable)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus if editable else Qt.FocusPolicy.NoFocus)

    # --- input --------------------------------------------------------------------------

    def choose(self, value: int | None) -> None:
        """Sets ``value`` as a user edit (emits when it changes)."""
        if value == self._value or (value is not None and value not in self._buttons):
            return
        if not self.isEnabled() or not self._editable():
            return
        self.set_value(value)
        self.value_changed.emit(value)

    def _editable(self) -> bool:
        return any(b.isEnabled() for b in self._buttons.values())

    def _on_clicked(self, value: int) -> None:
        self.choose(value)

    def event(self, event: QEvent) -> bool:
        override = event.type() == QEvent.Type.ShortcutOverride
        if override and isinstance(event, QKeyEvent) and self._handles(event):
            event.accept()
            return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        key = event.key()
        return key in _DIGITS or key in _MOVE_KEYS or key in _CLEAR_KEYS

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._handles(event):
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in _DIGITS:
            self.choose(_DIGITS[key])
        elif key in _CLEAR_KEYS:
            self.choose(None)
        elif key == Qt.Key.Key_Home:
            self.choose(self._values[0])
        elif key == Qt.Key.Key_End:
            self.choose(self._values[-1])
        else:
            self._step(key)
        event.accept()

    def _step(self, key: int) -> None:
        forward = key == Qt.Key.Key_Right
        if self.layoutDirection() == Qt.LayoutDirection.RightToLeft:
            forward = not forward
        if self._value is None:
            self.choose(self._values[0] if forward else self._values[-1])
            return
        index = self._values.index(self._value) + (1 if forward else -1)
        self.choose(self._values[max(0, min(index, len(self._values) - 1))])

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self.hasFocus():
            return
        painter = QStylePainter(self)
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.rect().adjusted(1, 1, -1, -1)
        painter.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option)

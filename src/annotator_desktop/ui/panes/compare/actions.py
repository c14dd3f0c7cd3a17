"""The compare pane's keyboard actions, declared as data for menus and the shortcut sheet."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence

from annotator_desktop.core.compare import SCALE_MAX, SCALE_MIN
from annotator_desktop.ui.panes.compare.texts import fill, scale_label, translate

if TYPE_CHECKING:
    from annotator_desktop.ui.panes.compare.pane import ComparePane


class PaneActions:
    """Keys 1–7 for the scale, plus focus and view toggles; all scoped to the pane."""

    def __init__(self, pane: ComparePane) -> None:
        self._pane = pane
        self.preference: dict[int, QAction] = {}
        for point in range(SCALE_MIN, SCALE_MAX + 1):
            self.preference[point] = self._make(
                f"comparePrefer{point}", str(point), partial(pane.choose_preference, point)
            )
        # Keys 8 and 9 only rank (tasks of 8 or 9 responses); 1–7 also choose on the A/B scale.
        self.rank_keys: dict[int, QAction] = {}
        for rank in (8, 9):
            self.rank_keys[rank] = self._make(
                f"compareRank{rank}", str(rank), partial(pane.choose_preference, rank)
            )
        j, r = pane.judgment, pane.responses
        reason = Qt.FocusReason.ShortcutFocusReason
        self.focus_scale = self._make(
            "compareFocusScale",
            "Ctrl+Shift+P",
            lambda: (j.ranking if j.ranked else j.scale).setFocus(reason),
        )
        self.focus_rationale = self._make(
            "compareFocusRationale", "Ctrl+Shift+E", lambda: j.rationale.setFocus(reason)
        )
        self.toggle_sync = self._make("compareToggleSync", "Ctrl+Shift+L", r.sync_box.toggle)
        self.toggle_diff = self._make("compareToggleDiff", "Ctrl+Shift+H", r.diff_box.toggle)

    def _make(self, name: str, keys: str, handler: Callable[[], object]) -> QAction:
        action = QAction(self._pane)
        action.setObjectName(name)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: handler())
        self._pane.addAction(action)
        return action

    def retranslate(self) -> None:
        for point, action in self.preference.items():
            action.setText(
                fill(translate("ComparePane", "Preference %1: %2"), point, scale_label(point))
            )
        for rank, action in self.rank_keys.items():
            action.setText(
                fill(translate("ComparePane", "Give the selected response rank %1"), rank)
            )
        self.focus_scale.setText(translate("ComparePane", "Go to the preference scale"))
        self.focus_rationale.setText(translate("ComparePane", "Go to the rationale"))
        self.toggle_sync.setText(
            translate("ComparePane", "Scroll both responses together (on/off)")
        )
        self.toggle_diff.setText(translate("ComparePane", "Highlight differences (on/off)"))

    def set_editable(self, editable: bool) -> None:
        for action in [*self.preference.values(), *self.rank_keys.values()]:
            action.setEnabled(editable)

    def all(self) -> list[QAction]:
        return [
            *self.preference.values(),
            *self.rank_keys.values(),
            self.focus_scale,
            self.focus_rationale,
            self.toggle_sync,
            self.toggle_diff,
        ]

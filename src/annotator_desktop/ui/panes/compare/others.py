"""Other annotators' judgments on the same task, mapped to this view's A and B (QA review)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from annotator_desktop.core.compare import preference_to_scale
from annotator_desktop.ui.panes.base import OtherResult
from annotator_desktop.ui.panes.compare.responses import LETTERS
from annotator_desktop.ui.panes.compare.texts import fill, flag_label, scale_label, translate


def _plain_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # other people's text is untrusted
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def describe_ranking(result: dict[str, Any], order: Sequence[str]) -> str:
    """A ranking in this view's letters, best first: "1. C, A (tie) · 2. B · 3. D"."""
    letters = dict(zip(order, LETTERS, strict=False))
    groups = result.get("ranking")
    if not isinstance(groups, list) or not groups:
        return translate("ComparePane", "No valid ranking")
    parts = []
    for rank, group in enumerate(groups, start=1):
        names = [letters.get(str(r), "?") for r in group] if isinstance(group, list) else ["?"]
        parts.append(fill(translate("ComparePane", "%1. %2"), rank, ", ".join(names)))
    return " · ".join(parts)


def describe_preference(result: dict[str, Any], order: Sequence[str], ids: Sequence[str]) -> str:
    """The other annotator's preference in this view's terms (A/B), or a clear note."""
    if len(ids) > 2 or "ranking" in result:
        return describe_ranking(result, order)
    pref = result.get("preference")
    if not isinstance(pref, int) or isinstance(pref, bool) or not -3 <= pref <= 3:
        return translate("ComparePane", "No valid preference")
    return scale_label(preference_to_scale(pref, order, ids))


class OthersPanel(QScrollArea):
    """Every judgment of the task side by side (QA review): one column per annotator."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareOthers")
        self.setWidgetResizable(True)
        self.setMinimumHeight(140)
        self._body = QWidget(self)
        self._outer = QVBoxLayout(self._body)
        self._row = QHBoxLayout()
        self._layout = self._outer
        self.setWidget(self._body)
        self.cards: list[QFrame] = []
        self.ratings_spec: Sequence[tuple[str, str, int, int]] = ()

    def show_results(
        self,
        others: list[OtherResult],
        order: Sequence[str],
        ids: Sequence[str],
        criteria: Sequence[tuple[str, str, int, int]],
    ) -> None:
        self.cards = []
        for layout in (self._row, self._outer):
            while layout.count():
                item = layout.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.deleteLater()
        heading = _plain_label(
            translate("ComparePane", "Every judgment of this task, side by side"),
            self._body,
            "compareOthersHead",
        )
        self._outer.addWidget(heading)
        self._row = QHBoxLayout()
        self._outer.addLayout(self._row, 1)
        for i, other in enumerate(others):
            card = self._card(i, other, order, ids, criteria)
            self._row.addWidget(card, 1, Qt.AlignmentFlag.AlignTop)
            self.cards.append(card)
        self.setAccessibleName(translate("ComparePane", "Every judgment of this task"))

    def _card(
        self,
        index: int,
        other: OtherResult,
        order: Sequence[str],
        ids: Sequence[str],
        criteria: Sequence[tuple[str, str, int, int]],
    ) -> QFrame:
        result = other.result if isinstance(other.result, dict) else {}
        card = QFrame(self._body)
        card.setObjectName(f"compareOther_{index}")
        card.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(card)
        name = _plain_label(str(other.annotator), card, f"compareOtherName_{index}")
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        layout.addWidget(name)
        pref = describe_preference(result, order, ids)
        layout.addWidget(_plain_label(pref, card, f"compareOtherPreference_{index}"))
        values = found if isinstance(found := result.get("criteria"), dict) else {}
        for key, label, _low, _high in criteria:
            if key in values:
                line = fill(translate("ComparePane", "%1: %2"), label, values[key])
                layout.addWidget(_plain_label(line, card, f"compareOtherCriterion_{index}_{key}"))
        ratings = found if isinstance(found := result.get("ratings"), dict) else {}
        letters = dict(zip(order, LETTERS, strict=False))
        for rid in order:
            own = ratings.get(rid)
            if isinstance(own, dict) and own:
                line = fill(
                    translate("ComparePane", "Response %1: %2"),
                    letters.get(rid, "?"),
                    ", ".join(f"{k} {v}" for k, v in own.items()),
                )
                layout.addWidget(_plain_label(line, card, f"compareOtherRatings_{index}_{rid}"))
        flags = result.get("flags") if isinstance(result.get("flags"), list) else []
        if flags:
            text = ", ".join(flag_label(str(f)) for f in flags)
            layout.addWidget(_plain_label(text, card, f"compareOtherFlags_{index}"))
        rationale = str(result.get("rationale") or "")
        layout.addWidget(_plain_label(rationale, card, f"compareOtherRationale_{index}"))
        card.setAccessibleName(fill(translate("ComparePane", "Judgment by %1"), other.annotator))
        return card

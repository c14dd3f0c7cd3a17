"""Other annotators' judgments on the same task, mapped to this view's A and B (QA review)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from annotator_desktop.core.compare import preference_to_scale
from annotator_desktop.ui.panes.base import OtherResult
from annotator_desktop.ui.panes.compare.texts import fill, flag_label, scale_label, translate


def _plain_label(text: str, parent: QWidget, name: str) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # other people's text is untrusted
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setText(text)
    return label


def describe_preference(result: dict[str, Any], order: Sequence[str], ids: Sequence[str]) -> str:
    """The other annotator's preference in this view's terms (A/B), or a clear note."""
    pref = result.get("preference")
    if not isinstance(pref, int) or isinstance(pref, bool) or not -3 <= pref <= 3:
        return translate("ComparePane", "No valid preference")
    return scale_label(preference_to_scale(pref, order, ids))


class OthersPanel(QScrollArea):
    """A read-only list of other annotators' judgments."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareOthers")
        self.setWidgetResizable(True)
        self.setMinimumWidth(220)
        self._body = QWidget(self)
        self._layout = QVBoxLayout(self._body)
        self.setWidget(self._body)
        self.cards: list[QFrame] = []

    def show_results(
        self,
        others: list[OtherResult],
        order: Sequence[str],
        ids: Sequence[str],
        criteria: Sequence[tuple[str, str, int, int]],
    ) -> None:
        self.cards = []
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        heading = _plain_label(
            translate("ComparePane", "Other annotators' judgments"), self._body, "compareOthersHead"
        )
        self._layout.addWidget(heading)
        for i, other in enumerate(others):
            card = self._card(i, other, order, ids, criteria)
            self._layout.addWidget(card)
            self.cards.append(card)
        self._layout.addStretch(1)
        self.setAccessibleName(translate("ComparePane", "Other annotators' judgments"))

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
        flags = result.get("flags") if isinstance(result.get("flags"), list) else []
        if flags:
            text = ", ".join(flag_label(str(f)) for f in flags)
            layout.addWidget(_plain_label(text, card, f"compareOtherFlags_{index}"))
        rationale = str(result.get("rationale") or "")
        layout.addWidget(_plain_label(rationale, card, f"compareOtherRationale_{index}"))
        card.setAccessibleName(fill(translate("ComparePane", "Judgment by %1"), other.annotator))
        return card

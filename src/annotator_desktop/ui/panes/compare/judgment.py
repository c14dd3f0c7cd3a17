"""The judgment form: the 7-point A/B scale, criteria ratings, rationale and flags."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.compare import SCALE_MAX, SCALE_MIN
from annotator_desktop.protocol import COMPARE_FLAGS, Criterion
from annotator_desktop.ui.panes.compare.choice_row import ChoiceRow
from annotator_desktop.ui.panes.compare.ranking import RankingList
from annotator_desktop.ui.panes.compare.ratings import CriteriaForm, PerResponseRatings
from annotator_desktop.ui.panes.compare.texts import (
    fill,
    flag_label,
    scale_label,
    scale_short,
    translate,
)
from annotator_desktop.ui.theme import status_color
from annotator_desktop.ui.widgets.numbers import local_digits, number


class JudgmentForm(QWidget):
    """Everything the annotator decides; ``edited`` fires on every user edit."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareJudgment")
        self.min_chars = 0
        self.scale = ChoiceRow(list(range(SCALE_MIN, SCALE_MAX + 1)), "compareScale", self)
        self.scale.setLayoutDirection(Qt.LayoutDirection.LeftToRight)  # A left, as shown above
        self.scale.describe = lambda v: "" if v is None else scale_label(v)
        self.scale_caption = QLabel(self)
        self.scale_caption.setObjectName("compareScaleCaption")
        self.criteria = CriteriaForm(self)
        self.ranking = RankingList(self)
        self.ratings = PerResponseRatings(self)
        self.ranked = False
        self.rationale = QPlainTextEdit(self)
        self.rationale.setObjectName("compareRationale")
        self.rationale.setTabChangesFocus(True)
        self.rationale.setMinimumHeight(70)
        self.rationale_count = QLabel(self)
        self.rationale_count.setObjectName("compareRationaleCount")
        self.flags: dict[str, QCheckBox] = {}
        for flag in COMPARE_FLAGS:
            box = QCheckBox(self)
            box.setObjectName(f"compareFlag_{flag}")
            box.toggled.connect(lambda _on: self.edited.emit())
            self.flags[flag] = box
        self._labels: dict[str, QLabel] = {}
        self._build()
        self.scale.value_changed.connect(self._on_scale)
        self.criteria.edited.connect(self.edited.emit)
        self.ranking.edited.connect(self._on_ranking)
        self.ratings.edited.connect(self.edited.emit)
        self.rationale.textChanged.connect(self._on_rationale)

    def _build(self) -> None:
        self._form = form = QFormLayout()
        for key, widget in (
            ("scale", self.scale),
            ("ranking", self.ranking),
            ("criteria", self.criteria),
            ("ratings", self.ratings),
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[key] = label
            form.addRow(label, widget)
        form.insertRow(1, "", self.scale_caption)
        rationale_head = QHBoxLayout()
        self._labels["rationale"] = QLabel(self)
        self._labels["rationale"].setBuddy(self.rationale)
        rationale_head.addWidget(self._labels["rationale"])
        rationale_head.addStretch(1)
        rationale_head.addWidget(self.rationale_count)
        flags = QHBoxLayout()
        for box in self.flags.values():
            flags.addWidget(box)
        flags.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(rationale_head)
        layout.addWidget(self.rationale, 1)
        layout.addLayout(flags)

    def retranslate(self) -> None:
        self._labels["scale"].setText(translate("ComparePane", "Preference:"))
        self._labels["criteria"].setText(translate("ComparePane", "Criteria:"))
        self._labels["ranking"].setText(translate("ComparePane", "Ranking:"))
        self._labels["ratings"].setText(translate("ComparePane", "Per response:"))
        self.ranking.retranslate()
        self.ratings.retranslate()
        self._labels["rationale"].setText(
            translate("ComparePane", "Rationale: why is one better (or both bad)?")
        )
        self.scale.setAccessibleName(
            local_digits(translate("ComparePane", "Preference between A and B, keys 1 to 7"))
        )
        # The scale runs A (left) to B (right) in every UI language; a left-to-right embedding
        # keeps each button's text in that order (Qt paints with the application's direction).
        self.scale.set_button_texts(
            {
                p: (f"\u202a{number(p)}  {scale_short(p)}\u202c", scale_label(p))
                for p in self.scale.values()
            }
        )
        self.rationale.setAccessibleName(translate("ComparePane", "Rationale"))
        self.rationale.setPlaceholderText(
            translate("ComparePane", "Explain your judgment in your own words.")
        )
        for flag, box in self.flags.items():
            box.setText(flag_label(flag))
            box.setAccessibleName(flag_label(flag))
        self.criteria.retranslate()
        self._show_scale()
        self._show_count()

    # --- state --------------------------------------------------------------------------

    def setup(
        self,
        criteria: list[Criterion],
        min_chars: int,
        responses: tuple[list[str], list[str], list[str]] = ([], [], []),
    ) -> bool:
        """Prepares an empty form for a task; True when the criteria inputs were rebuilt.

        ``responses``: ids, letters and texts in presented order; more than two are ranked.
        """
        self.min_chars = max(0, min_chars)
        ids, letters, texts = responses
        self.ranked = len(ids) > 2
        self._form.setRowVisible(self.scale, not self.ranked)
        self._form.setRowVisible(self.scale_caption, not self.ranked)
        self._form.setRowVisible(self.ranking, self.ranked)
        if self.ranked:
            self.ranking.set_responses(ids, letters, texts)
        overall = [c for c in criteria if not c.per_response]
        each = [c for c in criteria if c.per_response]
        rebuilt = self.criteria.set_criteria(overall)
        rebuilt = self.ratings.setup(each, ids, letters) or rebuilt
        self._form.setRowVisible(self.criteria, bool(overall))
        self._form.setRowVisible(self.ratings, bool(each))
        if self.ranked:
            rows = max(self.ranking.count(), 1)
            frame = 2 * self.ranking.frameWidth() + 4
            self.ranking.setFixedHeight(rows * (self.ranking.sizeHintForRow(0) + 2) + frame)
        if rebuilt:
            # New rows change the criteria's minimum height; make the form ask again, or it
            # keeps the old (empty) minimum and squeezes the rows to nothing.
            for part in (self.criteria, self.ratings, *self.ratings.forms.values()):
                part_layout = part.layout()
                assert part_layout is not None
                part_layout.activate()
                part.updateGeometry()
        own_layout = self.layout()
        assert own_layout is not None
        own_layout.invalidate()
        self.updateGeometry()  # the scroll area around the form re-reads its minimum height
        self.restore(None, {}, "", [])
        return rebuilt

    def restore(
        self,
        scale: int | None,
        criteria: dict[str, object],
        rationale: str,
        flags: list[str],
        ranking: object = None,
        ratings: object = None,
    ) -> None:
        """Shows saved values without reporting them as edits."""
        self.blockSignals(True)
        try:
            self.scale.set_value(scale)
            self.criteria.restore(criteria)
            if self.ranked:
                current = self.ranking.current_id()
                self.ranking.set_ranking(ranking or [])
                if current is not None and current in self.ranking.row_ids():
                    self.ranking.setCurrentRow(self.ranking.row_ids().index(current))
            self.ratings.restore(ratings)
            if self.rationale.toPlainText() != rationale:
                self.rationale.setPlainText(rationale)
            for flag, box in self.flags.items():
                box.setChecked(flag in flags)
        finally:
            self.blockSignals(False)
        self._show_scale()
        self._show_count()

    def flag_values(self) -> list[str]:
        return [flag for flag, box in self.flags.items() if box.isChecked()]

    def rationale_length(self) -> int:
        return len(self.rationale.toPlainText().strip())

    def set_editable(self, editable: bool) -> None:
        self.scale.set_editable(editable)
        self.criteria.set_editable(editable)
        self.ranking.set_editable(editable)
        self.ratings.set_editable(editable)
        self.rationale.setReadOnly(not editable)
        for box in self.flags.values():
            box.setEnabled(editable)

    def tab_chain(self) -> list[QWidget]:
        """Keyboard order: scale or ranking, criteria, per-response ratings, rationale, flags."""
        first: QWidget = self.ranking if self.ranked else self.scale
        return [
            first,
            *self.criteria.widgets(),
            *self.ratings.widgets(),
            self.rationale,
            *self.flags.values(),
        ]

    def _on_ranking(self) -> None:
        self._show_scale()
        self.edited.emit()

    # --- feedback -----------------------------------------------------------------------

    def _on_scale(self, _value: object) -> None:
        self._show_scale()
        self.edited.emit()

    def _on_rationale(self) -> None:
        self._show_count()
        if not self.signalsBlocked():
            self.edited.emit()

    def _show_scale(self) -> None:
        if self.ranked:
            return
        value = self.scale.value()
        text = (
            local_digits(translate("ComparePane", "No preference chosen yet (keys 1–7)"))
            if value is None
            else scale_label(value)
        )
        self.scale_caption.setText(text)

    def _show_count(self) -> None:
        count = self.rationale_length()
        if self.min_chars > 0:
            text = fill(
                translate("ComparePane", "%1 characters, at least %2"), count, self.min_chars
            )
        else:
            text = local_digits(self.tr("%n character(s)", "", count))
        self.rationale_count.setText(text)
        short = count < self.min_chars
        color = status_color("error", self.palette()) if short else ""
        if self.rationale_count.property("color") != color:  # also after a theme change
            self.rationale_count.setProperty("short", short)
            self.rationale_count.setProperty("color", color)
            self.rationale_count.setStyleSheet(f"color: {color};" if color else "")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._show_count()  # the warning colour follows the light or dark theme
        super().changeEvent(event)

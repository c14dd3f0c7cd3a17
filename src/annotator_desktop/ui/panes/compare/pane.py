"""The pairwise comparison pane: prompt, responses A and B, and the annotator's judgment."""

from __future__ import annotations

import itertools
from typing import Any

from pydantic import ValidationError
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QLabel,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.compare import (
    install_salt,
    preference_to_scale,
    presentation_order,
    scale_to_preference,
    valid_order,
)
from annotator_desktop.core.paths import data_dir
from annotator_desktop.protocol import ComparePayload, Criterion, ProjectConfig
from annotator_desktop.ui.panes.base import OtherResult, TaskContext, TaskPane
from annotator_desktop.ui.panes.compare.actions import PaneActions
from annotator_desktop.ui.panes.compare.judgment import JudgmentForm
from annotator_desktop.ui.panes.compare.others import OthersPanel
from annotator_desktop.ui.panes.compare.problems import compare_problems
from annotator_desktop.ui.panes.compare.responses import LETTERS, ResponseBrowser, ResponsesPanel
from annotator_desktop.ui.panes.compare.split_layout import use_compare_layout
from annotator_desktop.ui.panes.compare.texts import fill, translate
from annotator_desktop.ui.panes.compare.undo import ChoiceHistory, Choices
from annotator_desktop.ui.widgets.conversation import ConversationView, Turn, has_history
from annotator_desktop.ui.widgets.guidelines_panel import install_guidelines
from annotator_desktop.ui.widgets.share_splitter import ShareSplitter

_ACTIVITY_EVENTS = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel}
_SALTS: dict[str, str] = {}


def _default_salt() -> str:
    """This installation's order salt (one small file read per process and data folder)."""
    folder = data_dir()
    key = str(folder)
    if key not in _SALTS:
        _SALTS[key] = install_salt(folder)
    return _SALTS[key]


class ComparePane(TaskPane):
    """Compares two responses; the UI says A (left) and B (right), never the server's ids."""

    kind = "compare"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("comparePane")
        self._ctx: TaskContext | None = None
        self._payload: ComparePayload | None = None
        self._config = ProjectConfig()
        self._criteria: list[Criterion] = []
        self._ids: list[str] = []
        self._order: list[str] = []
        self._salt: str | None = None
        self._loading = False
        self._read_only = False
        self._error = ""
        self.notice = QLabel(self)
        self.notice.setObjectName("compareNotice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.prompt_title = QLabel(self)
        self.conversation = ConversationView("compareContext", self)
        # The pinned last user turn: for a plain prompt, the prompt itself.
        self.prompt: ResponseBrowser = self.conversation.last.browser
        self.responses = ResponsesPanel(self)
        self.judgment = JudgmentForm(self)
        self.others = OthersPanel(self)
        self.others.hide()
        self.key_actions = PaneActions(self)
        self.history = ChoiceHistory(self._apply_choices, self)
        self._build()
        self.judgment.edited.connect(self._on_edit)
        self.setFocusProxy(self.judgment.scale)
        self.retranslate()
        self._watch(self)

    def _build(self) -> None:
        prompt_box = QWidget(self)
        prompt_layout = QVBoxLayout(prompt_box)
        prompt_layout.setContentsMargins(0, 0, 0, 0)
        prompt_layout.addWidget(self.prompt_title)
        prompt_layout.addWidget(self.conversation, 1)
        self._form_scroll = form_scroll = QScrollArea(self)
        form_scroll.setObjectName("compareJudgmentScroll")
        form_scroll.setWidgetResizable(True)
        form_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        form_scroll.setWidget(self.judgment)
        self._bottom = bottom = QSplitter(Qt.Orientation.Horizontal, self)
        bottom.addWidget(form_scroll)
        self._split = split = ShareSplitter(Qt.Orientation.Vertical, self)
        split.setObjectName("compareSplitter")
        for widget in (prompt_box, self.responses, bottom, self.others):
            split.addWidget(widget)
        split.setChildrenCollapsible(False)
        use_compare_layout(split, dialogue=False)
        outer = QSplitter(Qt.Orientation.Horizontal, self)
        outer.setObjectName("compareGuidelinesSplitter")
        outer.addWidget(split)
        outer.setStretchFactor(0, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(outer, 1)
        self.guidelines = install_guidelines(self, outer, follow_load=False)
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Keyboard order: scale, criteria, rationale, flags, then the texts and the toggles."""
        r = self.responses
        chain = [
            *self.judgment.tab_chain(),
            *[card.browser for card in self.conversation.turns],
            self.prompt,
            *[column.browser for column in r.columns],
            r.sync_box,
            r.diff_box,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self._show_title(len(self.conversation.shown_turns()))
        self.conversation.retranslate()
        self.prompt.setAccessibleName(translate("ComparePane", "Prompt"))
        self.responses.retranslate()
        self.judgment.retranslate()
        self.key_actions.retranslate()
        if self._ctx is not None and self._payload is None:
            self._error = _parse_payload(self._ctx.payload)[1]
            self.notice.setText(self._error)

    def _show_title(self, turns: int) -> None:
        self.prompt_title.setText(
            translate("ComparePane", "Conversation")
            if turns > 1
            else translate("ComparePane", "Prompt")
        )

    # --- loading ------------------------------------------------------------------------

    def load(self, ctx: TaskContext) -> None:
        self._loading = True
        try:
            self._load(ctx)
        finally:
            self._loading = False
        self.guidelines.set_task(ctx)

    def _load(self, ctx: TaskContext) -> None:
        self._ctx = ctx
        self.others.hide()
        self._payload, self._error = _parse_payload(ctx.payload)
        if self._payload is None:
            self._show_unusable()
            return
        payload = self._payload
        self._config = _parse_config(ctx.project_config)
        self._criteria = list(payload.criteria or self._config.criteria)
        self._ids = [r.id for r in payload.responses]
        draft = ctx.draft if isinstance(ctx.draft, dict) else {}
        self._order = self._order_for(ctx, self._ids)
        texts = {r.id: r.text_md for r in payload.responses}
        shown = [texts[i] for i in self._order]
        turns_before = len(self.conversation.turns)
        turns = _turns(payload)
        use_compare_layout(self._split, has_history(turns))
        self.conversation.set_turns(turns)
        self._show_title(len(turns))
        columns_before = len(self.responses.columns)
        self.responses.set_responses(shown)
        letters = list(LETTERS[: len(self._order)])
        plain = [c.browser.document().toPlainText() for c in self.responses.shown_columns()]
        rebuilt = self.judgment.setup(
            self._criteria, self.min_rationale_chars(), (list(self._order), letters, plain)
        )
        grown = (turns_before, columns_before) != (
            len(self.conversation.turns),
            len(self.responses.columns),
        )
        if rebuilt or grown:
            self._watch(self)  # new inputs, turns or columns
        self._set_tab_order()  # the scale or the ranking comes first
        self.setFocusProxy(self.judgment.tab_chain()[0])
        # The form's height changed with its rows: let the scroll area around it fit again.
        QApplication.postEvent(self._form_scroll, QEvent(QEvent.Type.LayoutRequest))
        self._restore(draft)
        self._show_server_errors(ctx.server_errors)
        self._apply_editable()
        self.history.reset(self._choices())
        self._focus_start()

    def _order_for(self, ctx: TaskContext, ids: list[str]) -> list[str]:
        """The A/B order: the one saved in the draft, else this task's shuffled order."""
        draft = ctx.draft if isinstance(ctx.draft, dict) else {}
        saved = draft.get("presented_order")
        if valid_order(saved, ids):
            return [str(x) for x in saved]  # type: ignore[union-attr]
        return presentation_order(ctx.task_id, ids, self.order_salt())

    def prepare(self, ctx: TaskContext) -> None:
        """Builds the documents of a task that is likely next (the host calls this when idle),
        so that moving to it is a swap of ready documents."""
        payload, _error = _parse_payload(ctx.payload)
        if payload is None:
            return
        ids = [r.id for r in payload.responses]
        order = self._order_for(ctx, ids)
        texts = {r.id: r.text_md for r in payload.responses}
        self.conversation.prepare(_turns(payload))
        self.responses.prepare([texts[i] for i in order])

    def _focus_start(self) -> None:
        """A new task starts at the scale when the keyboard was in this pane (not in a text)."""
        focus = QApplication.focusWidget()
        if focus is not None and self.isAncestorOf(focus) and not self._read_only:
            self.judgment.tab_chain()[0].setFocus(Qt.FocusReason.OtherFocusReason)

    def _restore(self, draft: dict[str, Any]) -> None:
        pref = draft.get("preference")
        scale = None
        if isinstance(pref, int) and not isinstance(pref, bool) and -3 <= pref <= 3:
            scale = preference_to_scale(pref, self._order, self._ids)
        criteria = draft.get("criteria")
        flags = draft.get("flags")
        self.judgment.restore(
            scale,
            criteria if isinstance(criteria, dict) else {},
            str(draft.get("rationale") or ""),
            [str(f) for f in flags] if isinstance(flags, list) else [],
            draft.get("ranking"),
            draft.get("ratings"),
        )

    def _show_unusable(self) -> None:
        self._ids, self._order, self._criteria = [], [], []
        self.conversation.set_turns([Turn("user", "")])
        self.responses.set_texts("", "")
        self.judgment.setup([], 0)
        self.notice.setText(self._error)
        self.notice.show()
        self._apply_editable()

    def _show_server_errors(self, errors: list[dict[str, Any]]) -> None:
        messages = [str(e.get("msg", "")) for e in errors if isinstance(e, dict)]
        if not messages:
            self.notice.hide()
            return
        text = fill(
            translate("ComparePane", "The server refused the last submission: %1"),
            "; ".join(messages),
        )
        self.notice.setText(text)
        self.notice.show()

    # --- the TaskPane interface ---------------------------------------------------------

    def result(self) -> dict[str, Any]:
        if self._payload is None:
            return dict(self._ctx.draft or {}) if self._ctx is not None else {}
        scale = self.judgment.scale.value()
        out: dict[str, Any] = {}
        if self.judgment.ranked:
            out["ranking"] = self.judgment.ranking.ranking()
        else:
            out["preference"] = (
                None if scale is None else scale_to_preference(scale, self._order, self._ids)
            )
        out["presented_order"] = list(self._order)
        out["criteria"] = self.judgment.criteria.values()
        if self.judgment.ratings.forms:
            out["ratings"] = self.judgment.ratings.values()
        out["rationale"] = self.judgment.rationale.toPlainText()
        out["flags"] = self.judgment.flag_values()
        return out

    def problems(self) -> list[str]:
        if self._payload is None or self._ctx is None:
            return [self._error or translate("ComparePane", "No comparison task is loaded.")]
        return compare_problems(
            self.result(),
            self._ctx.payload,
            self._config,
            self._criteria,
            self.min_rationale_chars(),
            dict(zip(self._order, LETTERS, strict=False)),
        )

    def set_read_only(self, read_only: bool) -> None:
        self._read_only = read_only
        self._apply_editable()
        self.history.reset(self._choices())

    def undo_stack(self) -> QUndoStack | None:
        return self.history.stack

    def pane_actions(self) -> list[QAction]:
        return [*self.key_actions.all(), self.guidelines.action]

    def show_others(self, others: list[OtherResult]) -> None:
        if not others or self._payload is None:
            self.others.hide()
            return
        mine = self.result()
        judged = mine.get("preference") is not None or bool(mine.get("ranking"))
        own = [OtherResult(translate("ComparePane", "This submission"), mine)] if judged else []
        self.others.show_results(
            [*own, *others], self._order, self._ids, self.judgment.criteria.spec()
        )
        self.others.show()
        sizes = self._split.sizes()
        if sizes[3] < 150:  # make room for the judgments side by side
            total = sum(sizes) or 900
            self._split.setSizes(
                [total * 2 // 10, total * 4 // 10, total * 2 // 10, total * 2 // 10]
            )

    # --- helpers ------------------------------------------------------------------------

    def presented_order(self) -> list[str]:
        return list(self._order)

    def order_salt(self) -> str:
        if self._salt is None:
            self._salt = _default_salt()
        return self._salt

    def set_order_salt(self, salt: str) -> None:
        """Seeds the presentation order (e.g. with the user id); default: the install salt."""
        self._salt = salt

    def min_rationale_chars(self) -> int:
        if self._payload is None:
            return 0
        return max(self._payload.min_rationale_chars, self._config.min_rationale_chars, 0)

    def choose_preference(self, point: int) -> None:
        """A user choice of scale point 1..7 (keys 1–7 and the actions come here)."""
        if self._read_only or self._payload is None:
            return
        if self.judgment.ranked:
            self.rank_focused(point)
            return
        self.judgment.scale.choose(point)

    def rank_focused(self, rank: int) -> None:
        """Keys 1–9 on a ranked task: the rank of the response whose text has the focus, else of
        the response selected in the ranking list."""
        focus = QApplication.focusWidget()
        rid = self.judgment.ranking.current_id()
        for column, shown_id in zip(self.responses.shown_columns(), self._order, strict=False):
            if focus is not None and (focus is column.browser or column.isAncestorOf(focus)):
                rid = shown_id
        if rid is not None:
            self.judgment.ranking.assign(rid, rank)

    def is_read_only(self) -> bool:
        return self._read_only

    def _apply_editable(self) -> None:
        editable = not self._read_only and self._payload is not None
        self.judgment.set_editable(editable)
        self.key_actions.set_editable(editable)

    def _on_edit(self) -> None:
        if not self._loading and not self._read_only:
            self.history.record(self._choices())
            self.changed.emit()

    def _choices(self) -> Choices:
        j = self.judgment
        criteria = tuple(sorted(j.criteria.values().items()))
        ranking = tuple(tuple(g) for g in j.ranking.ranking()) if j.ranked else ()
        ratings = tuple(
            (rid, key, value)
            for rid, values in sorted(j.ratings.values().items())
            for key, value in sorted(values.items())
        )
        return Choices(j.scale.value(), criteria, tuple(j.flag_values()), ranking, ratings)

    def _apply_choices(self, choices: Choices) -> None:
        """Undo / redo of a choice: the rationale stays as it is."""
        j = self.judgment
        ratings: dict[str, dict[str, int]] = {}
        for rid, key, value in choices.ratings:
            ratings.setdefault(rid, {})[key] = value
        j.restore(
            choices.scale,
            dict(choices.criteria),
            j.rationale.toPlainText(),
            list(choices.flags),
            [list(g) for g in choices.ranking],
            ratings,
        )
        self.changed.emit()

    def _watch(self, root: QWidget) -> None:
        """Reports mouse, key and wheel input anywhere in the pane as ``activity``."""
        for widget in [root, *root.findChildren(QWidget)]:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY_EVENTS:
            self.activity.emit()
        return False


def _parse_payload(payload: Any) -> tuple[ComparePayload | None, str]:
    try:
        parsed = ComparePayload.model_validate(payload)
    except ValidationError:
        if _repeated_ids(payload):
            return None, translate(
                "ComparePane",
                "Both responses of this task have the same id; please report the task.",
            )
        return None, translate(
            "ComparePane", "This comparison task is damaged and cannot be shown; please report it."
        )
    return parsed, ""


def _repeated_ids(payload: Any) -> bool:
    responses = payload.get("responses") if isinstance(payload, dict) else None
    if not isinstance(responses, list):
        return False
    ids = [r.get("id") for r in responses if isinstance(r, dict)]
    return len(ids) >= 2 and len(set(map(str, ids))) < len(ids)


def _turns(payload: ComparePayload) -> list[Turn]:
    return [Turn(str(m.role), m.content) for m in payload.context_messages()]


def _parse_config(config: Any) -> ProjectConfig:
    try:
        return ProjectConfig.model_validate(config or {})
    except ValidationError:
        return ProjectConfig()

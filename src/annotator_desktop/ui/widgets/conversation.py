"""A task's context as a dialogue: one card per turn, long turns collapsible, the question pinned.

Each turn shows its role and its text as safe Markdown (code highlighted), laid out in the turn's
own direction. The last user turn, when it ends the dialogue, is pinned below the earlier turns
so it stays on screen however far the trainer scrolls back; it is never collapsed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QSizeF, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.code_fences import same_but_whitespace, top_level_fences
from annotator_desktop.ui.widgets.code_blocks import CodeBlock
from annotator_desktop.ui.widgets.model_text import ResponseBrowser

# A turn longer than this (characters) is collapsible, and starts collapsed unless it is the
# question being answered.
LONG_CHARS = 700
COLLAPSED_LINES = 5
PREVIEW_CHARS = 400  # a collapsed turn shows (and lays out) only its beginning
QUESTION_SHARE = 35  # the pinned question's height at most (% of the view), below earlier turns


@dataclass(frozen=True)
class Turn:
    role: str  # system | user | assistant (anything else is shown as it is)
    content: str


def role_label(role: str) -> str:
    labels = {
        "system": QCoreApplication.translate("Conversation", "System"),
        "user": QCoreApplication.translate("Conversation", "User"),
        "assistant": QCoreApplication.translate("Conversation", "Assistant"),
    }
    return labels.get(role, role)


def preview(text: str) -> str:
    """The beginning of a long turn's Markdown, its code fence closed, with an ellipsis."""
    lines: list[str] = []
    size = 0
    for line in text.split("\n"):
        if size >= PREVIEW_CHARS or len(lines) >= 2 * COLLAPSED_LINES:
            break
        lines.append(line if size + len(line) <= PREVIEW_CHARS else line[: PREVIEW_CHARS - size])
        size += len(lines[-1]) + 1
    fences = sum(1 for line in lines if line.lstrip().startswith(("```", "~~~")))
    if fences % 2:
        lines.append("```")
    return "\n".join(lines) + " …"


def plan(turns: Sequence[Turn]) -> tuple[int, list[tuple[Turn, bool]]]:
    """The pinned turn's index (-1: none) and each history turn with "long" (collapsible,
    and shown collapsed)."""
    pin = pinned_index(turns)
    history = [t for i, t in enumerate(turns) if i != pin]
    last_user = max((i for i, t in enumerate(history) if t.role == "user"), default=-1)
    rows = []
    for i, turn in enumerate(history):
        keep_open = i == last_user and pin < 0  # the question answered is never collapsed
        rows.append((turn, len(turn.content) > LONG_CHARS and not keep_open))
    return pin, rows


def has_history(turns: Sequence[Turn]) -> bool:
    """True when there are turns besides the pinned question (a dialogue, not one prompt)."""
    return bool(plan(turns)[1])


def pinned_index(turns: Sequence[Turn]) -> int:
    """The index of the turn to pin (the last turn, when it is a user turn), else -1."""
    return len(turns) - 1 if turns and turns[-1].role == "user" else -1


class TurnBrowser(ResponseBrowser):
    """A turn's text; as tall as its text (or a few lines when collapsed), no own scrolling."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(name, parent)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.collapsed = False
        self.full_text = ""  # the whole turn (a collapsed one shows only its beginning)
        self.fits = True  # False: takes the height it is given and scrolls (the pinned turn)
        self._watched: object = None

    def show_markdown(self, text: str) -> None:
        super().show_markdown(text)
        layout = self.document().documentLayout()
        if layout is not self._watched:
            layout.documentSizeChanged.connect(self._fit)
            self._watched = layout
        self._fit()

    def code_text(self, code: CodeBlock) -> str:
        """A collapsed turn shows the beginning of its code: Copy gives the whole block."""
        blocks = self.highlighter.blocks if self.highlighter is not None else []
        if not self.collapsed or code not in blocks:
            return code.text
        fences = top_level_fences(self.full_text)
        index = blocks.index(code)
        if index < len(fences):
            whole = fences[index].body.split("\n")
            if same_but_whitespace(code.lines[0], whole[0]) and len(whole) >= len(code.lines):
                return fences[index].body
        return code.text

    def set_collapsed(self, collapsed: bool) -> None:
        self.collapsed = collapsed
        self._fit()

    def _fit(self, _size: QSizeF | None = None) -> None:
        if not self.fits:
            return
        margins = self.contentsMargins()
        extra = margins.top() + margins.bottom() + 2 * int(self.document().documentMargin())
        bar = self.horizontalScrollBar()
        extra += bar.sizeHint().height() if bar.maximum() > 0 else 0
        full = int(self.document_height()) + extra
        if self.collapsed:
            line = self.fontMetrics().lineSpacing()
            full = min(full, COLLAPSED_LINES * line + extra)
        if self.height() != full:
            self.setFixedHeight(max(full, self.fontMetrics().lineSpacing() + extra))


class TurnCard(QFrame):
    """One turn: role, an optional Show all / Show less toggle, the text."""

    toggled = Signal()

    def __init__(self, index: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"conversationTurn_{index}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.turn = Turn("user", "")
        self.role = QLabel(self)
        self.role.setObjectName(f"conversationRole_{index}")
        font = self.role.font()
        font.setBold(True)
        self.role.setFont(font)
        self.toggle = QToolButton(self)
        self.toggle.setObjectName(f"conversationToggle_{index}")
        self.toggle.setCheckable(True)
        self.toggle.toggled.connect(self._on_toggle)
        self.browser = TurnBrowser(f"conversationText_{index}", self)
        head = QHBoxLayout()
        head.setContentsMargins(0, 0, 0, 0)
        head.addWidget(self.role)
        head.addStretch(1)
        head.addWidget(self.toggle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(head)
        layout.addWidget(self.browser)

    def prepare(self, turn: Turn, collapsed: bool = False) -> None:
        self.browser.prepare(preview(turn.content) if collapsed else turn.content)

    def set_turn(self, turn: Turn, collapsible: bool, collapsed: bool) -> None:
        self.turn = turn
        self._show(collapsed)
        self.toggle.setVisible(collapsible)
        self.toggle.blockSignals(True)
        self.toggle.setChecked(not collapsed)
        self.toggle.blockSignals(False)
        self.retranslate()

    def _show(self, collapsed: bool) -> None:
        """A collapsed turn holds only its beginning; expanding builds the whole text."""
        self.browser.collapsed = collapsed
        self.browser.full_text = self.turn.content
        self.browser.show_markdown(preview(self.turn.content) if collapsed else self.turn.content)
        self.setLayoutDirection(self.browser.layoutDirection())  # the turn's own direction

    def is_collapsed(self) -> bool:
        return self.browser.collapsed

    def _on_toggle(self, expanded: bool) -> None:
        self._show(not expanded)
        self.retranslate()
        self.toggled.emit()

    def retranslate(self) -> None:
        label = role_label(self.turn.role)
        expanded = self.toggle.isChecked()
        _set_texts(self.role, label, "")
        _set_texts(
            self.browser,
            "",
            QCoreApplication.translate("Conversation", "%1 turn").replace("%1", label),
        )
        _set_texts(
            self.toggle,
            QCoreApplication.translate("Conversation", "Show less")
            if expanded
            else QCoreApplication.translate("Conversation", "Show all"),
            QCoreApplication.translate("Conversation", "Collapse this turn")
            if expanded
            else QCoreApplication.translate("Conversation", "Expand this turn"),
        )


def _set_texts(widget: QWidget, text: str, accessible: str) -> None:
    """Sets a text and an accessible name only when they change (each set notifies a11y)."""
    if text and getattr(widget, "text", None) is not None and widget.text() != text:  # type: ignore[attr-defined]
        widget.setText(text)  # type: ignore[attr-defined]
    if accessible and widget.accessibleName() != accessible:
        widget.setAccessibleName(accessible)


class ConversationView(QWidget):
    """The dialogue: earlier turns in a scrolled column, the last user turn pinned below."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.turns: list[TurnCard] = []  # shown in the scrolled history (pool: some hidden)
        self._shown = 0
        # History turns below the visible part are filled in the next turn of the event loop.
        self._rows: list[tuple[Turn, bool]] = []
        self._filled = 0
        self._filler = QTimer(self)
        self._filler.setSingleShot(True)
        self._filler.setInterval(0)
        self._filler.timeout.connect(self.fill_history)
        self.history = QScrollArea(self)
        self.history.setObjectName(f"{name}History")
        self.history.setWidgetResizable(True)
        self.history.setFrameShape(QFrame.Shape.NoFrame)
        self.history.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget(self.history)
        self._column = QVBoxLayout(body)
        self._column.setContentsMargins(0, 0, 0, 0)
        self._column.addStretch(1)
        self.history.setWidget(body)
        self.last = TurnCard(-1, self)
        self.last.setObjectName(f"{name}Question")
        self.last.browser.setObjectName(f"{name}QuestionText")
        self.last.browser.fits = False
        self.last.browser.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.last.browser.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        # Two lines at least (a text view's own minimum is taller): a short question leaves the
        # room to the earlier turns.
        lines = 2 * self.last.browser.fontMetrics().lineSpacing()
        self.last.browser.setMinimumHeight(lines + 2 * self.last.browser.frameWidth() + 8)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.setObjectName(f"{name}Splitter")
        self.split.addWidget(self.history)
        self.split.addWidget(self.last)
        self.split.setChildrenCollapsible(False)
        # The question keeps the height of its text; a taller view gives the earlier turns more.
        self.split.setStretchFactor(0, 1)
        self.split.setStretchFactor(1, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.split)

    def _card(self, index: int) -> TurnCard:
        while len(self.turns) <= index:
            card = TurnCard(len(self.turns), self.history.widget())
            self._column.insertWidget(len(self.turns), card)
            self.turns.append(card)
        return self.turns[index]

    def shown_turns(self) -> list[TurnCard]:
        """The cards in reading order, the pinned question last when there is one."""
        self.fill_history()
        cards = self.turns[: self._shown]
        return [*cards, self.last] if self.last.isVisibleTo(self) else cards

    def prepare(self, turns: Sequence[Turn]) -> None:
        """Builds the turns' documents ahead of :meth:`set_turns` (idle time)."""
        self.fill_history()  # the shown task's turns first: their prepared documents are in use
        pin, rows = plan(turns)
        for i, (turn, long) in enumerate(rows):
            self._card(i).prepare(turn, long)
        if pin >= 0:
            self.last.prepare(turns[pin])

    def set_turns(self, turns: Sequence[Turn]) -> None:
        pin, rows = plan(turns)
        self._filler.stop()
        self._rows, self._filled, self._shown = rows, 0, len(rows)
        # On screen, the turns that fill the visible height come now, the rest just after.
        budget = self.height() if self.history.isVisible() else None
        used = 0
        while self._filled < len(rows) and (budget is None or used <= budget):
            used += self._fill(self._filled)
        for card in self.turns[self._filled :]:
            card.hide()
        if self._filled < len(rows):
            self._filler.start()
        if pin >= 0:
            self.last.set_turn(turns[pin], False, False)
        self.last.setVisible(pin >= 0)
        self.history.setVisible(bool(rows))
        self.history.verticalScrollBar().setValue(0)
        if pin >= 0 and rows:
            self._fit_question()

    def _fill(self, index: int) -> int:
        """Shows history turn ``index``; returns the height it takes."""
        turn, long = self._rows[index]
        card = self._card(index)
        card.set_turn(turn, long, long)
        card.show()
        self._filled = index + 1
        return card.sizeHint().height() + self._column.spacing()

    def fill_history(self) -> None:
        """Shows the history turns not shown yet (those that were below the visible part)."""
        self._filler.stop()
        while self._filled < len(self._rows):
            self._fill(self._filled)

    def _fit_question(self) -> None:
        """The pinned question gets the height of its text, at most QUESTION_SHARE % of the
        view (a longer one scrolls)."""
        total = sum(self.split.sizes()) or self.height()
        text_height = self.last.browser.document_height(200)
        wanted = int(text_height) + self.last.role.sizeHint().height() + 24
        question = max(60, min(wanted, total * QUESTION_SHARE // 100))
        self.split.setSizes([max(total - question, 60), question])

    def retranslate(self) -> None:
        for card in [*self.turns, self.last]:
            card.retranslate()
        self.history.setAccessibleName(
            QCoreApplication.translate("Conversation", "Earlier turns of the conversation")
        )
        self.last.browser.setAccessibleName(
            QCoreApplication.translate("Conversation", "The user's last message")
        )

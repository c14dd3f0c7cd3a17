"""Issue 21: every judgment of a task side by side (review window, split tasks), no majority."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store import Project, Store, Submission, Task
from annotator_desktop.core.sync.review import Entry, Other, Sample, SampleSpec
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.review.judgments import JudgmentsDialog
from annotator_desktop.ui.review.window import ReviewWindow
from annotator_desktop.ui.worker import Worker

PAYLOAD: dict[str, Any] = {
    "messages": [{"role": "user", "content": "Best way to reverse a list?"}],
    "responses": [{"id": f"r{k}", "text_md": f"Answer {k}."} for k in range(3)],
    "criteria": [
        {"key": "helpful", "label": "Helpfulness", "min": 1, "max": 5, "per_response": True}
    ],
    "min_rationale_chars": 0,
}
ORDER = ["r0", "r1", "r2"]


def _result(ranking: list[list[str]], rationale: str) -> dict[str, Any]:
    ratings = {rid: {"helpful": 5 - i} for i, rid in enumerate(ORDER)}
    return {"ranking": ranking, "presented_order": ORDER, "criteria": {}, "ratings": ratings,
            "rationale": rationale, "flags": []}  # fmt: skip


JUDGMENTS = {
    "ana": _result([["r0"], ["r1"], ["r2"]], "r0 is shortest and right."),
    "ben": _result([["r2"], ["r1"], ["r0"]], "r2 explains why; r0 is terse."),
    "cleo": _result([["r1", "r2"], ["r0"]], "r1 and r2 equally good."),
}


def _texts(pane: ComparePane) -> list[str]:
    return [label.text() for card in pane.others.cards for label in card.findChildren(QLabel)]


def _card_lefts(pane: ComparePane) -> list[int]:
    return [card.mapTo(pane, card.rect().topLeft()).x() for card in pane.others.cards]


def test_review_window_shows_three_judgments_side_by_side(
    qtbot: QtBot, store: Store, worker: Worker
) -> None:
    window = ReviewWindow(store, worker, None)
    qtbot.addWidget(window)
    entry = Entry(
        submission_id="s-ana", task_id="t1", project_id="p", kind="compare", title="Reverse",
        payload=PAYLOAD, result=JUDGMENTS["ana"], annotator_id="ana", annotator="ana",
        active_seconds=30.0, submitted_at=datetime.now(UTC),
        others=[Other("ben", JUDGMENTS["ben"]), Other("cleo", JUDGMENTS["cleo"])],
    )  # fmt: skip
    window.show()
    with qtbot.waitSignal(window.shown):
        window.set_sample(Sample(SampleSpec("p", 1, count=1), [entry]))
    pane = window.host.pane
    assert isinstance(pane, ComparePane) and pane.is_read_only()
    assert pane.others.isVisible() and len(pane.others.cards) == 3
    texts = _texts(pane)
    for name, result in JUDGMENTS.items():
        assert result["rationale"] in texts, name
    assert "ben" in texts and "cleo" in texts and "This submission" in texts
    letters = dict(zip(pane.presented_order(), "ABC", strict=True))
    cleo = f"1. {letters['r1']}, {letters['r2']} · 2. {letters['r0']}"
    assert cleo in texts  # the tie kept as given, in this view's letters
    lefts = _card_lefts(pane)
    assert lefts == sorted(lefts) and len(set(lefts)) == 3  # side by side, not stacked
    tops = {card.mapTo(pane, card.rect().topLeft()).y() for card in pane.others.cards}
    assert len(tops) == 1
    assert any(t.startswith("Response ") and "helpful" in t for t in texts)


def test_split_task_opens_with_every_judgment(qtbot: QtBot, store: Store, worker: Worker) -> None:
    with store.write() as s:
        s.add(Project(id="p", name="P", kind="compare", config={}))
        s.add(Task(id="t1", project_id="p", kind="compare", title="Reverse", payload=PAYLOAD))
        for k, (name, result) in enumerate(JUDGMENTS.items()):
            s.add(Submission(
                id=f"s-{name}", task_id="t1", annotator_id=name, result=result,
                origin="server" if k else "local", submitted_at=datetime.now(UTC),
            ))  # fmt: skip
    dialog = JudgmentsDialog(worker, store)
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitSignal(dialog.loaded, timeout=10000):
        dialog.open_task("t1", ("s-ana", "s-ben", "s-cleo"))
    pane = dialog.pane
    assert isinstance(pane, ComparePane) and pane.is_read_only()
    assert len(pane.others.cards) == 3  # no "this submission": every judgment is an equal
    texts = _texts(pane)
    assert {r["rationale"] for r in JUDGMENTS.values()} <= set(texts)
    assert "You" in texts and "ben" in texts
    assert "3 judgment(s)" in dialog.note.text() or "3 judgments" in dialog.note.text()
    assert dialog.note.textFormat() == Qt.TextFormat.PlainText

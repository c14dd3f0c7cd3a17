"""Issue 21 in the compare pane: ranking 3–9 responses (keys, drag, ties), per-response ratings."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot
from test_compare_support import context, focused, shown_pane

from annotator_desktop.protocol import ProjectConfig, validate_result
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.panes.compare.ranking import RankingList

CRITERIA = [
    {"key": "overall", "label": "Overall", "min": 1, "max": 5},
    {"key": "helpful", "label": "Helpfulness", "min": 1, "max": 5, "per_response": True},
]


def ranked_payload(n: int = 4, criteria: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "messages": [
            {"role": "user", "content": "How do I reverse a list?"},
            {"role": "assistant", "content": "Which language?"},
            {"role": "user", "content": "Python, with code please."},
        ],
        "responses": [
            {"id": f"r{k}", "text_md": f"Answer number {k}: use `xs[::-1]`."} for k in range(n)
        ],
        "criteria": CRITERIA if criteria is None else criteria,
        "min_rationale_chars": 0,
    }


def _pane(qtbot: QtBot, n: int = 4, **kwargs: Any) -> ComparePane:
    return shown_pane(qtbot, context(task_payload=ranked_payload(n, **kwargs), min_chars=0))


def _rows(ranking: RankingList) -> list[str]:
    return ranking.row_ids()


def _row_point(ranking: RankingList, row: int) -> QPoint:
    return ranking.visualItemRect(ranking.item(row)).center()


def _errors(pane: ComparePane) -> list[str]:
    assert pane._ctx is not None
    return [e.code for e in validate_result("compare", pane._ctx.payload, ProjectConfig(),
                                            pane.result())]  # fmt: skip


def test_two_responses_keep_the_scale_and_more_are_ranked(qtbot: QtBot) -> None:
    two = _pane(qtbot, 2, criteria=[])
    assert two.judgment.scale.isVisibleTo(two) and not two.judgment.ranking.isVisibleTo(two)
    four = _pane(qtbot, 4, criteria=[])
    assert four.judgment.ranking.isVisibleTo(four) and not four.judgment.scale.isVisibleTo(four)
    assert [c.isVisibleTo(four) for c in four.responses.columns] == [True] * 4
    assert sorted(four.presented_order()) == ["r0", "r1", "r2", "r3"]
    assert "preference" not in four.result() and four.result()["ranking"] == []


def test_rank_with_keys_and_ties(qtbot: QtBot) -> None:
    pane = _pane(qtbot, 4, criteria=[])
    ranking = pane.judgment.ranking
    pane.setFocus()
    qtbot.waitUntil(lambda: ranking.hasFocus())  # a ranked task starts at the ranking
    order = pane.presented_order()
    assert _rows(ranking) == order  # A, B, C, D before any rank
    QTest.keyClick(ranking, Qt.Key.Key_2)  # A: 2
    QTest.keyClick(ranking, Qt.Key.Key_Down)
    with qtbot.waitSignal(pane.changed):
        QTest.keyClick(ranking, Qt.Key.Key_1)  # B: 1 -> B moves to the top, stays selected
    assert ranking.current_id() == order[1]
    assert _rows(ranking)[0] == order[1]
    assert pane.problems()[0].startswith("Rank every response")
    ranking.setCurrentRow(_rows(ranking).index(order[2]))
    QTest.keyClick(ranking, Qt.Key.Key_2)  # C: 2, a tie with A
    ranking.setCurrentRow(_rows(ranking).index(order[3]))
    QTest.keyClick(ranking, Qt.Key.Key_3)  # D: 3
    result = pane.result()
    assert result["ranking"] == [[order[1]], [order[0], order[2]], [order[3]]]
    assert result["presented_order"] == order
    assert "(tie)" in ranking.item(1).text() and "(tie)" in ranking.item(2).text()
    assert _errors(pane) == []
    assert pane.problems() == []
    QTest.keyClick(ranking, Qt.Key.Key_Delete)  # D unranked again
    assert pane.result()["ranking"] == [[order[1]], [order[0], order[2]]]
    assert "ranking_incomplete" in _errors(pane)
    pane.history.stack.undo()
    assert pane.result()["ranking"][-1] == [order[3]]


def test_keys_rank_the_response_whose_text_has_focus(qtbot: QtBot) -> None:
    pane = _pane(qtbot, 3, criteria=[])
    order = pane.presented_order()
    browser = pane.responses.columns[2].browser  # response C
    browser.setFocus()
    qtbot.waitUntil(browser.hasFocus)
    QTest.keyClick(focused(), Qt.Key.Key_1)
    assert pane.result()["ranking"] == [[order[2]]]
    QTest.keyClick(focused(), Qt.Key.Key_9)  # beyond the number of responses: ignored
    assert pane.result()["ranking"] == [[order[2]]]


def test_drag_reorders_and_ranks_by_position(qtbot: QtBot) -> None:
    pane = _pane(qtbot, 4, criteria=[])
    ranking = pane.judgment.ranking
    order = pane.presented_order()
    viewport = ranking.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _row_point(ranking, 3))  # fmt: skip
    QTest.mouseMove(viewport, _row_point(ranking, 1))
    with qtbot.waitSignal(pane.changed):
        QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                           _row_point(ranking, 0))  # fmt: skip
    expected = [order[3], order[0], order[1], order[2]]
    assert _rows(ranking) == expected
    assert pane.result()["ranking"] == [[rid] for rid in expected]
    assert _errors(pane) == []
    # Keys make a tie; a drag then keeps the ties it does not touch.
    ranking.setCurrentRow(2)
    QTest.keyClick(ranking, Qt.Key.Key_2)  # third row joins the second: a tie at 2
    assert pane.result()["ranking"] == [[expected[0]], [expected[1], expected[2]], [expected[3]]]
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     _row_point(ranking, 0))  # fmt: skip
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       _row_point(ranking, 3))  # fmt: skip
    assert pane.result()["ranking"] == [[expected[1], expected[2]], [expected[3]], [expected[0]]]


def test_ranking_is_restored_from_the_draft(qtbot: QtBot) -> None:
    pane = _pane(qtbot, 4, criteria=[])
    order = pane.presented_order()
    draft = {"ranking": [[order[2]], [order[0], order[3]], [order[1]]], "presented_order": order}
    pane.load(context(task_payload=ranked_payload(4, criteria=[]), draft=draft))
    assert pane.result()["ranking"] == draft["ranking"]
    assert _rows(pane.judgment.ranking) == [order[2], order[0], order[3], order[1]]


def test_per_response_ratings_by_mouse_and_keys(qtbot: QtBot) -> None:
    pane = _pane(qtbot, 3)
    order = pane.presented_order()
    j = pane.judgment
    assert list(j.criteria.inputs) == ["overall"]  # the overall criterion stays overall
    assert list(j.ratings.forms) == order
    row_a = j.ratings.forms[order[0]].inputs["helpful"]
    assert row_a.objectName() == "compareRating_A_0" and row_a.accessibleName()
    button = pane.findChild(QPushButton, "compareRating_B_0_4")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    row_a.setFocus()
    qtbot.waitUntil(row_a.hasFocus)
    QTest.keyClick(row_a, Qt.Key.Key_5)  # digits rate the focused row, not the ranking
    QTest.keyClick(row_a, Qt.Key.Key_Tab)
    assert focused() is j.ratings.forms[order[1]].inputs["helpful"]
    result = pane.result()
    assert result["ratings"] == {order[0]: {"helpful": 5}, order[1]: {"helpful": 4}, order[2]: {}}
    assert result["ranking"] == []
    problems = pane.problems()
    assert any(p.startswith("Response C: Rate “Helpfulness”") for p in problems)
    assert not any(p.startswith("Response A:") for p in problems)
    pane.history.stack.undo()
    assert pane.result()["ratings"][order[0]] == {}


def test_every_row_is_in_view_however_long_the_responses(qtbot: QtBot) -> None:
    """Seen with three long code answers: a sideways scroll bar took the room of the last
    row, so ranking the third response needed scrolling the list."""
    payload = ranked_payload(3, criteria=[])
    for k, response in enumerate(payload["responses"]):
        response["text_md"] = f"Answer {k}: " + "a long line of code, " * 40
    pane = shown_pane(qtbot, context(task_payload=payload, min_chars=0))
    pane.resize(700, 800)  # narrower than a preview line
    ranking = pane.judgment.ranking
    qtbot.waitUntil(lambda: ranking.isVisible() and ranking.width() < 700)
    assert (
        ranking.item(0).text()
        and ranking.fontMetrics().horizontalAdvance(ranking.item(0).text())
        > ranking.viewport().width()
    )
    assert not ranking.horizontalScrollBar().isVisible()
    last = ranking.visualItemRect(ranking.item(ranking.count() - 1))
    assert last.bottom() <= ranking.viewport().height()
    assert ranking.verticalScrollBar().maximum() == 0

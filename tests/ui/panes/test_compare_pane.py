"""The compare pane driven like a user: keyboard only, mouse only, drafts, order, validation."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QCheckBox, QPlainTextEdit
from pytestqt.qtbot import QtBot
from test_compare_support import TEXT_FIRST, TEXT_SECOND, context, focused, payload, shown_pane

from annotator_desktop.protocol import ProjectConfig, validate_result
from annotator_desktop.ui.panes import registry
from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.panes.compare import pane as pane_module
from annotator_desktop.ui.panes.compare.choice_row import ChoiceRow


def _key(key: Qt.Key) -> None:
    QTest.keyClick(focused(), key)


def _valid(pane: ComparePane) -> bool:
    ctx = pane._ctx
    assert ctx is not None
    errors = validate_result("compare", ctx.payload, ProjectConfig(), pane.result())
    return not errors and not pane.problems()


def test_registered_for_compare(qtbot: QtBot) -> None:
    pane = registry.create_pane("compare")
    qtbot.addWidget(pane)
    assert isinstance(pane, ComparePane)


def test_keyboard_only_reaches_a_valid_result(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    pane.setFocus()
    qtbot.waitUntil(lambda: pane.judgment.scale.hasFocus())
    with qtbot.waitSignal(pane.changed):
        _key(Qt.Key.Key_6)  # B is better
    assert pane.judgment.scale.value() == 6
    _key(Qt.Key.Key_Tab)
    assert focused() is pane.judgment.criteria.inputs["helpfulness"]
    _key(Qt.Key.Key_4)
    _key(Qt.Key.Key_Tab)
    assert focused() is pane.judgment.criteria.inputs["correctness"]
    _key(Qt.Key.Key_End)  # 5
    _key(Qt.Key.Key_Left)  # 4
    _key(Qt.Key.Key_Tab)
    assert focused() is pane.judgment.rationale
    QTest.keyClicks(focused(), "B gives 4, A gives 5 (wrong) 1234567")
    assert pane.judgment.scale.value() == 6, "digits typed in the rationale must not change it"
    _key(Qt.Key.Key_Tab)
    assert focused() is pane.judgment.flags["both_bad"]
    _key(Qt.Key.Key_Tab)
    assert focused() is pane.judgment.flags["needs_expert"]
    _key(Qt.Key.Key_Space)
    result = pane.result()
    order = pane.presented_order()
    expected = 2 if order[0] == "resp-first" else -2
    assert result == {
        "preference": expected,
        "presented_order": order,
        "criteria": {"helpfulness": 4, "correctness": 4},
        "rationale": "B gives 4, A gives 5 (wrong) 1234567",
        "flags": ["needs_expert"],
    }
    assert _valid(pane)
    assert focused() is pane.judgment.flags["needs_expert"]
    pane.load(context(task_id="task-next"))
    assert focused() is pane.judgment.scale, "the next task starts at the scale"


def test_keys_one_to_seven_work_from_anywhere_but_text(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    pane.responses.column_a.browser.setFocus()
    qtbot.waitUntil(lambda: pane.responses.column_a.browser.hasFocus())
    _key(Qt.Key.Key_2)
    assert pane.judgment.scale.value() == 2
    pane.judgment.criteria.inputs["helpfulness"].setFocus()
    qtbot.waitUntil(lambda: pane.judgment.criteria.inputs["helpfulness"].hasFocus())
    _key(Qt.Key.Key_3)  # a focused criterion takes its own digits
    assert pane.judgment.scale.value() == 2
    assert pane.judgment.criteria.values() == {"helpfulness": 3}
    pane.judgment.rationale.setFocus()
    qtbot.waitUntil(lambda: pane.judgment.rationale.hasFocus())
    _key(Qt.Key.Key_7)
    assert pane.judgment.scale.value() == 2
    assert pane.judgment.rationale.toPlainText() == "7"


def test_mouse_only_reaches_a_valid_result(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context(min_chars=0))
    left = Qt.MouseButton.LeftButton
    with qtbot.waitSignal(pane.changed):
        qtbot.mouseClick(pane.judgment.scale.button(1), left)
    for key, value in (("helpfulness", 5), ("correctness", 2)):
        row = pane.judgment.criteria.inputs[key]
        assert isinstance(row, ChoiceRow)
        qtbot.mouseClick(row.button(value), left)
    box = pane.judgment.flags["harmful"]
    qtbot.mouseClick(box, left, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    result = pane.result()
    first_on_left = pane.presented_order()[0] == "resp-first"
    assert result["preference"] == (-3 if first_on_left else 3)
    assert result["criteria"] == {"helpfulness": 5, "correctness": 2}
    assert result["flags"] == ["harmful"]
    assert _valid(pane)
    qtbot.mouseClick(pane.judgment.scale.button(4), left)
    assert pane.result()["preference"] == 0


def test_preference_sign_is_relative_to_first_response_for_both_orders(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    for order, a_text in (
        (["resp-first", "resp-second"], TEXT_FIRST),
        (["resp-second", "resp-first"], TEXT_SECOND),
    ):
        pane.load(context(draft={"presented_order": order}))
        assert pane.presented_order() == order
        shown = pane.responses.column_a.browser.document().toPlainText()
        assert shown.split()[0] == a_text.split()[0], "A shows presented_order[0]"
        pane.choose_preference(1)  # A much better
        assert pane.result()["preference"] == (-3 if order[0] == "resp-first" else 3)
        pane.choose_preference(7)  # B much better
        assert pane.result()["preference"] == (3 if order[0] == "resp-first" else -3)
        pane.choose_preference(3)  # A slightly better
        assert pane.result()["preference"] == (-1 if order[0] == "resp-first" else 1)


def test_order_is_seeded_per_task_and_stable_across_restart(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot)
    orders = {}
    for i in range(16):
        pane.load(context(task_id=f"task-{i}"))
        orders[f"task-{i}"] = pane.presented_order()
    assert len({tuple(o) for o in orders.values()}) == 2, "both orders occur"
    pane_module._SALTS.clear()  # a restart: the salt is read back from the data folder
    again = shown_pane(qtbot)
    for task_id, order in orders.items():
        again.load(context(task_id=task_id))
        assert again.presented_order() == order


def test_validation_messages(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context(min_chars=20))
    problems = pane.problems()
    assert problems == [
        "Choose which response is better, or Tie (keys 1–7).",
        "Rate “Helpfulness” (from 1 to 5).",
        "Rate “Correctness” (from 1 to 5).",
        "The rationale is too short: 0 of at least 20 characters.",
    ]
    pane.choose_preference(4)
    pane.judgment.criteria.inputs["helpfulness"].choose(2)
    pane.judgment.rationale.setPlainText("  too short  ")
    assert pane.problems() == [
        "Rate “Correctness” (from 1 to 5).",
        "The rationale is too short: 9 of at least 20 characters.",
    ]
    assert "9 characters, at least 20" in pane.judgment.rationale_count.text()
    pane.judgment.criteria.inputs["correctness"].choose(5)
    pane.judgment.rationale.setPlainText("long enough rationale here")
    assert pane.problems() == []


def test_criteria_fall_back_to_project_config_and_config_minimum(qtbot: QtBot) -> None:
    config = {
        "criteria": [{"key": "safety", "label": "Safety", "min": 0, "max": 3}],
        "min_rationale_chars": 5,
    }
    pane = shown_pane(qtbot, context(criteria=[], min_chars=0, config=config))
    assert list(pane.judgment.criteria.inputs) == ["safety"]
    assert pane.min_rationale_chars() == 5
    assert "Rate “Safety” (from 0 to 3)." in pane.problems()


def test_long_ranges_use_a_spin_box(qtbot: QtBot) -> None:
    crit = [{"key": "score", "label": "Score", "min": 0, "max": 100}]
    pane = shown_pane(qtbot, context(criteria=crit, min_chars=0))
    spin = pane.judgment.criteria.inputs["score"]
    assert not isinstance(spin, ChoiceRow)
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    for _ in range(3):
        _key(Qt.Key.Key_Up)
    assert pane.result()["criteria"] == {"score": 2}


def test_draft_restores_everything_including_order(qtbot: QtBot) -> None:
    draft = {
        "preference": 2,
        "presented_order": ["resp-second", "resp-first"],
        "criteria": {"helpfulness": 3, "correctness": 99},
        "rationale": "saved rationale",
        "flags": ["both_bad", "cannot_judge", "bogus"],
    }
    pane = shown_pane(qtbot)
    with qtbot.assertNotEmitted(pane.changed):
        pane.load(context(draft=draft))
    assert pane.presented_order() == ["resp-second", "resp-first"]
    assert pane.judgment.scale.value() == 2  # responses[1] (= A) better
    assert pane.judgment.scale.button(2).isChecked()
    assert pane.result() == {
        "preference": 2,
        "presented_order": ["resp-second", "resp-first"],
        "criteria": {"helpfulness": 3},  # 99 is out of range: not restored
        "rationale": "saved rationale",
        "flags": ["both_bad", "cannot_judge"],
    }
    second = shown_pane(qtbot)
    second.load(context(draft=pane.result()))
    assert second.result() == pane.result()


def test_read_only_with_other_judgments(qtbot: QtBot) -> None:
    from annotator_desktop.ui.panes.base import OtherResult

    pane = shown_pane(qtbot, context(draft={"presented_order": ["resp-second", "resp-first"]}))
    pane.set_read_only(True)
    assert not pane.judgment.scale.button(3).isEnabled()
    assert pane.judgment.rationale.isReadOnly()
    assert not pane.judgment.flags["harmful"].isEnabled()
    pane.responses.column_a.browser.setFocus()
    qtbot.waitUntil(lambda: pane.responses.column_a.browser.hasFocus())
    with qtbot.assertNotEmitted(pane.changed):
        _key(Qt.Key.Key_5)
    assert pane.judgment.scale.value() is None
    others = [
        OtherResult(
            "ben",
            {
                "preference": -3,  # responses[0] much better = B here
                "presented_order": ["resp-first", "resp-second"],
                "criteria": {"helpfulness": 4},
                "rationale": "<b>not bold</b> first is right",
                "flags": ["needs_expert"],
            },
        ),
        OtherResult("cy", {"preference": "junk"}),
    ]
    pane.show_others(others)
    assert pane.others.isVisible()
    texts = [label.text() for label in pane.others.findChildren(type(pane.notice))]
    assert "B is much better" in texts
    assert "Helpfulness: 4" in texts
    assert "Needs an expert" in texts
    assert "<b>not bold</b> first is right" in texts
    assert "No valid preference" in texts
    assert all("resp-" not in t for t in texts), "the UI never shows the server's ids"


def test_right_to_left_response(qtbot: QtBot) -> None:
    data = payload(min_chars=0)
    data["responses"][1]["text_md"] = "الجواب هو أربعة، وهذا صحيح تماما.\n\n- أولا\n- ثانيا"
    pane = shown_pane(qtbot, context(task_payload=data))
    browsers = {
        c.browser.document().toPlainText()[:3]: c.browser
        for c in (pane.responses.column_a, pane.responses.column_b)
    }
    arabic = next(b for t, b in browsers.items() if t.startswith("ال"))
    latin = next(b for t, b in browsers.items() if not t.startswith("ال"))
    rtl = Qt.LayoutDirection.RightToLeft
    assert arabic.document().defaultTextOption().textDirection() == rtl
    assert arabic.layoutDirection() == rtl
    assert latin.layoutDirection() == Qt.LayoutDirection.LeftToRight
    arabic.grab()
    line = arabic.document().firstBlock().layout().lineAt(0)
    width = arabic.document().textWidth()
    assert line.naturalTextRect().right() > width * 0.9, "right-to-left text hugs the right edge"
    assert line.naturalTextRect().left() > width / 3


def test_activity_and_changed_signals(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    with qtbot.waitSignal(pane.activity):
        qtbot.mouseClick(pane.responses.column_b.browser.viewport(), Qt.MouseButton.LeftButton)
    rationale = pane.judgment.rationale
    assert isinstance(rationale, QPlainTextEdit)
    with qtbot.waitSignal(pane.changed), qtbot.waitSignal(pane.activity):
        qtbot.mouseClick(rationale.viewport(), Qt.MouseButton.LeftButton)
        QTest.keyClicks(rationale, "x")
    flag = pane.judgment.flags["both_bad"]
    assert isinstance(flag, QCheckBox)
    with qtbot.waitSignal(pane.changed):
        flag.click()


def test_damaged_task_shows_a_message_and_keeps_the_draft(qtbot: QtBot) -> None:
    draft = {"preference": 1, "rationale": "keep me"}
    bad = {"prompt": "x", "responses": [{"id": "only", "text_md": "one"}]}
    pane = shown_pane(qtbot, context(task_payload=bad, draft=draft))
    assert pane.notice.isVisible()
    assert pane.problems() and "damaged" in pane.problems()[0]
    assert pane.result() == draft
    same_ids = payload()
    same_ids["responses"][1]["id"] = "resp-first"
    pane.load(context(task_payload=same_ids))
    assert "same id" in pane.problems()[0]
    pane.load(context())
    assert not pane.notice.isVisible()
    assert not pane.judgment.rationale.isReadOnly()


def test_pane_actions_list_keys_and_toggles(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    keys = [a.shortcut().toString() for a in pane.pane_actions()]
    assert keys[:7] == ["1", "2", "3", "4", "5", "6", "7"]
    assert all(a.text() for a in pane.pane_actions())
    sync = pane.responses.sync_box.isChecked()
    pane.judgment.scale.setFocus()
    qtbot.waitUntil(pane.judgment.scale.hasFocus)
    QTest.keyClick(
        focused(),
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane.responses.sync_box.isChecked() is not sync
    QTest.keyClick(
        focused(),
        Qt.Key.Key_E,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert pane.judgment.rationale.hasFocus()


def test_server_errors_of_a_rejected_submission_are_shown(qtbot: QtBot) -> None:
    ctx = context()
    ctx.server_errors = [
        {"loc": ["result", "rationale"], "code": "rationale_short", "msg": "too short"}
    ]
    pane = shown_pane(qtbot, ctx)
    assert pane.notice.isVisible()
    assert "too short" in pane.notice.text()
    pane.load(context(task_id="task-2"))
    assert not pane.notice.isVisible()


def test_undo_and_redo_choices_one_gesture_at_a_time(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    stack = pane.undo_stack()
    assert stack is not None and stack.count() == 0
    left = Qt.MouseButton.LeftButton
    qtbot.mouseClick(pane.judgment.scale.button(2), left)
    row = pane.judgment.criteria.inputs["helpfulness"]
    assert isinstance(row, ChoiceRow)
    qtbot.mouseClick(row.button(4), left)
    pane.judgment.flags["both_bad"].click()
    QTest.keyClicks(pane.judgment.rationale, "kept")
    assert stack.count() == 3
    with qtbot.waitSignal(pane.changed):
        stack.undo()
    assert pane.result()["flags"] == []
    stack.undo()
    assert pane.result()["criteria"] == {}
    stack.undo()
    assert pane.judgment.scale.value() is None
    assert not pane.judgment.scale.button(2).isChecked()
    stack.redo()
    assert pane.judgment.scale.value() == 2
    assert pane.result()["rationale"] == "kept", "the rationale is not part of choice undo"
    pane.load(context(task_id="task-2"))
    assert stack.count() == 0, "a new task starts a fresh history"


def test_unratable_criteria_are_reported_not_crashed_on(qtbot: QtBot) -> None:
    crit = [
        {"key": "empty", "label": "Empty", "min": 5, "max": 1},
        {"key": "ok", "label": "Fine", "min": 1, "max": 3},
    ]
    pane = shown_pane(qtbot, context(criteria=crit, min_chars=0))
    assert list(pane.judgment.criteria.inputs) == ["ok"]
    problems = pane.problems()
    assert "“Empty” cannot be rated: its range is invalid. Please report this task." in problems
    # A range beyond 32 bits is refused by the wire schema itself (Int32): a damaged task.
    huge = [{"key": "huge", "label": "Huge", "min": 0, "max": 10**12}]
    pane.load(context(criteria=huge, min_chars=0))
    assert pane.notice.isVisible() and "damaged" in pane.problems()[0]


def test_criteria_rows_get_their_full_height(qtbot: QtBot) -> None:
    """Rows built for a task are laid out at their minimum height at least (with some fonts
    the form kept the empty form's minimum and squeezed them to nothing)."""
    pane = shown_pane(qtbot, context(min_chars=0))
    qtbot.waitUntil(lambda: pane.judgment.criteria.isVisible())
    for widget in pane.judgment.criteria.inputs.values():
        assert widget.height() >= widget.minimumSizeHint().height() > 0
    criteria = pane.judgment.criteria
    assert criteria.height() >= criteria.minimumSizeHint().height()


def _other_task(task_id: str, first: str, second: str) -> TaskContext:
    base = context(task_id=task_id)
    body = dict(base.payload)
    body["prompt"] = f"Prompt of {task_id}"
    body["responses"] = [{"id": "r1", "text_md": first}, {"id": "r2", "text_md": second}]
    return context(task_id=task_id, task_payload=body)


def test_prepared_task_is_shown_from_the_ready_documents(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    nxt = _other_task("task-2", "one two three", "**four** five")
    pane.prepare(nxt)
    a, b = pane.responses.column_a, pane.responses.column_b
    ready = (a.prepared_document(), b.prepared_document())
    assert all(doc is not None for doc in ready)
    shown_before = (a.browser, b.browser)
    pane.load(nxt)
    assert (a.browser.document(), b.browser.document()) == ready
    # the prepared texts were built in the hidden browsers, which now take the screen
    assert a.browser is not shown_before[0] and a.browser.isVisible()
    assert not shown_before[0].isVisible() and not shown_before[1].isVisible()
    assert a.browser.objectName() == "compareResponseA"
    shown = {a.browser.document().toPlainText(), b.browser.document().toPlainText()}
    assert shown == {"one two three", "four five"}
    assert {a.words, b.words} == {3, 2}
    assert pane.prompt.document().toPlainText() == "Prompt of task-2"


def test_prepared_texts_scroll_together_and_keep_the_focus(qtbot: QtBot) -> None:
    """After the swap to the prepared browsers, synced scrolling follows the shown ones, and a
    response text that had the keyboard keeps it (the hidden one's scrolling moves nothing)."""
    pane = shown_pane(qtbot, context())
    pane.responses.column_a.browser.setFocus()
    qtbot.waitUntil(pane.responses.column_a.browser.hasFocus)
    long_a = "\n\n".join(f"first {i} " + "filler words here " * 30 for i in range(60))
    long_b = "\n\n".join(f"second {i} " + "filler words here " * 30 for i in range(30))
    nxt = _other_task("task-2", long_a, long_b)
    pane.set_read_only(True)  # the keyboard stays where it was (no jump to the scale)
    pane.prepare(nxt)
    pane.load(nxt)
    a, b = pane.responses.column_a, pane.responses.column_b
    assert focused() is a.browser
    bar_a, bar_b = a.browser.verticalScrollBar(), b.browser.verticalScrollBar()
    qtbot.waitUntil(lambda: bar_a.maximum() > 200 and bar_b.maximum() > 200)
    bar_a.setValue(bar_a.maximum() // 2)
    assert abs(bar_b.value() - bar_b.maximum() // 2) <= 2
    before = (bar_a.value(), bar_b.value())
    a.spare.verticalScrollBar().setValue(0)  # the hidden browser: no effect on the shown ones
    assert (bar_a.value(), bar_b.value()) == before


def test_a_different_task_than_the_prepared_one_still_shows_its_own_texts(qtbot: QtBot) -> None:
    pane = shown_pane(qtbot, context())
    pane.prepare(_other_task("task-2", "one two three", "four five"))
    pane.load(_other_task("task-3", "alpha", "beta gamma"))
    a, b = pane.responses.column_a, pane.responses.column_b
    texts = {a.browser.document().toPlainText(), b.browser.document().toPlainText()}
    assert texts == {"alpha", "beta gamma"}
    assert {a.words, b.words} == {1, 2}
    assert a.prepared_document() is None and b.prepared_document() is None


def test_columns_prepared_for_a_larger_next_task_stay_hidden(qtbot: QtBot) -> None:
    """A two-response task stays two columns while a four-response task is built ahead."""
    pane = shown_pane(qtbot, context())
    base = context(task_id="task-4")
    body = dict(base.payload)
    body["responses"] = [{"id": f"r{i}", "text_md": f"answer {i}"} for i in range(4)]
    pane.prepare(context(task_id="task-4", task_payload=body))
    visible = [c for c in pane.responses.columns if c.isVisible()]
    assert len(pane.responses.columns) == 4 and len(visible) == 2

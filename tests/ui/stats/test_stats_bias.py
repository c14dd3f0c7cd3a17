"""Issue 21 in Project statistics: the bias audit (hand-computed) and the most split tasks."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from annotator_desktop.core.store import Project, Store, Submission, Task
from annotator_desktop.ui.panes.compare import ComparePane
from annotator_desktop.ui.stats.data import from_server
from annotator_desktop.ui.stats.view import StatisticsView
from annotator_desktop.ui.worker import Worker

LONG = " ".join(["word"] * 100)


def _payload() -> dict[str, Any]:
    return {"prompt": "Which?", "responses": [{"id": "long", "text_md": LONG},
            {"id": "short", "text_md": "Five words are here now."}]}  # fmt: skip


def _result(chosen: str, first: str) -> dict[str, Any]:
    order = [first, "short" if first == "long" else "long"]
    # preference: negative = responses[0] ("long") better
    return {"preference": -2 if chosen == "long" else 2, "presented_order": order,
            "criteria": {}, "rationale": "because", "flags": []}  # fmt: skip


def _fill(store: Store) -> None:
    """Ana: 10 tasks, always the longer response, shown first in 5 of them. Ben: tasks 0 and 1,
    the shorter one (so those two tasks are split)."""
    now = datetime.now(UTC)
    with store.write() as s:
        s.add(Project(id="pc", name="Compare", kind="compare", config={}))
        for k in range(10):
            s.add(Task(id=f"t{k}", project_id="pc", kind="compare", title=f"Task {k}",
                       payload=_payload()))  # fmt: skip
            first = "long" if k % 2 == 0 else "short"
            s.add(Submission(id=f"ana-{k}", task_id=f"t{k}", annotator_id="ana", origin="server",
                             result=_result("long", first),
                             submitted_at=now + timedelta(seconds=k)))  # fmt: skip
        for k in range(2):
            s.add(Submission(id=f"ben-{k}", task_id=f"t{k}", annotator_id="ben", origin="server",
                             result=_result("short", "long"),
                             submitted_at=now + timedelta(seconds=20 + k)))  # fmt: skip


def _row(view: StatisticsView, name: str) -> list[str]:
    table = view.bias.table
    for r in range(table.rowCount()):
        if table.item(r, 0).text() == name:
            return [table.item(r, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no bias row for {name}")


def test_bias_audit_and_split_tasks_from_the_cache(
    qtbot: QtBot, worker: Worker, store: Store
) -> None:
    _fill(store)
    view = StatisticsView(worker, store, None)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20000):
        view.show()
        view.start("pc")
    assert view.bias.isVisible() and view.split.isVisible()
    assert "50 %" in view.bias.explanation.text()
    ana = _row(view, "ana")
    # first shown: 5 of 10, Wilson 95% [0.237, 0.763]; longer: 10 of 10, [0.722, 1.0], flagged
    assert ana[1] == "50 % (5 of 10; 95 % interval 24–76 %)"
    assert ana[2] == "⚠ 100 % (10 of 10; 95 % interval 72–100 %)"
    assert ana[3] == "–"  # no pair differs in formatting
    flagged = view.bias.table.item(view.bias.table.row(view.bias.table.findItems(
        "ana", Qt.MatchFlag.MatchExactly)[0]), 2)  # fmt: skip
    assert flagged.data(Qt.ItemDataRole.UserRole) is True
    ben = _row(view, "ben")
    assert ben[2].startswith("0 % (0 of 2;")
    everyone = _row(view, "All annotators")
    # 10 of 12: Wilson 95% [0.552, 0.953], excludes 50%
    assert everyone[2] == "⚠ 83 % (10 of 12; 95 % interval 55–95 %)"
    # the most split tasks: t0 and t1 (ana and ben opposite), an entry point to read them
    split = view.split
    assert [r.task_id for r in split.rows] == ["t0", "t1"]
    assert split.table.item(0, 0).text() == "Task 0"
    assert split.table.item(0, 2).text() == "1.00"
    assert not split.read_button.isEnabled()
    qtbot.mouseClick(
        split.table.viewport(), Qt.MouseButton.LeftButton,
        pos=split.table.visualItemRect(split.table.item(1, 0)).center(),
    )  # fmt: skip
    assert split.read_button.isEnabled()
    qtbot.mouseClick(split.read_button, Qt.MouseButton.LeftButton)
    dialog = view.judgments
    assert dialog is not None
    qtbot.waitUntil(lambda: isinstance(dialog.pane, ComparePane), timeout=10000)
    qtbot.waitUntil(lambda: len(dialog.pane.others.cards) == 2, timeout=10000)
    assert dialog.pane.is_read_only()
    dialog.close()


def test_bias_figures_from_the_server_stats_shape(
    qtbot: QtBot, worker: Worker, store: Store
) -> None:
    share = {"n": 10, "k": 8, "share": 0.8, "low": 0.490, "high": 0.943, "flagged": False}
    longer = {"n": 12, "k": 11, "share": 0.917, "low": 0.646, "high": 0.985, "flagged": True}
    empty = {"n": 0, "k": 0, "share": None, "low": None, "high": None, "flagged": False}
    body = {
        "project_id": "pc", "counts": {"tasks": 3},
        "annotators": [{"annotator_id": "u1", "username": "ana", "submitted": 12,
                        "bias": {"first_shown": share, "longer": longer, "more_formatted": empty}}],
        "agreement": {},
        "bias": {"first_shown": share, "longer": longer, "more_formatted": empty},
        "split_tasks": [{"task_id": "t7", "title": "Seven", "judgments": 3, "split": 0.667,
                         "submission_ids": ["s1", "s2", "s3"]}],
    }  # fmt: skip
    figures = from_server(body, "compare")
    view = StatisticsView(worker, store, None)
    qtbot.addWidget(view)
    view.show()
    view.show_figures(figures)
    assert _row(view, "ana")[1:] == [
        "80 % (8 of 10; 95 % interval 49–94 %)",
        "⚠ 92 % (11 of 12; 95 % interval 65–99 %)",
        "–",
    ]
    assert _row(view, "All annotators")[2].startswith("⚠ 92 %")
    assert view.split.rows[0].submission_ids == ("s1", "s2", "s3")
    assert view.split.table.item(0, 0).text() == "Seven"
    assert view.split.table.item(0, 2).text() == "0.67"

"""Shared builders for the compare pane tests (no tests of its own)."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.compare import ComparePane

TEXT_FIRST = (
    "First answer: **four**.\n\n```python\nprint(2 + 2)\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |"
)
TEXT_SECOND = "Second answer: five.\n\n- one\n- two"
CRITERIA = [
    {"key": "helpfulness", "label": "Helpfulness", "min": 1, "max": 5},
    {"key": "correctness", "label": "Correctness", "min": 1, "max": 5},
]


def payload(min_chars: int = 20, criteria: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "prompt": "What is 2 + 2?",
        "responses": [
            {"id": "resp-first", "text_md": TEXT_FIRST},
            {"id": "resp-second", "text_md": TEXT_SECOND},
        ],
        "criteria": CRITERIA if criteria is None else criteria,
        "min_rationale_chars": min_chars,
    }


def context(
    task_id: str = "task-1",
    draft: dict[str, Any] | None = None,
    config: dict[str, Any] | None = None,
    **kwargs: Any,
) -> TaskContext:
    return TaskContext(
        task_id=task_id,
        project_id="proj-compare",
        kind="compare",
        title="Compare",
        payload=kwargs.pop("task_payload", None) or payload(**kwargs),
        project_config=config or {},
        draft=draft,
    )


def shown_pane(qtbot: QtBot, ctx: TaskContext | None = None) -> ComparePane:
    pane = ComparePane()
    qtbot.addWidget(pane)
    pane.resize(1100, 900)
    if ctx is not None:
        pane.load(ctx)
    pane.show()
    qtbot.waitExposed(pane)
    pane.activateWindow()
    return pane


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget

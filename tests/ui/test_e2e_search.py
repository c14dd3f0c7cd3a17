"""The task filter finds words in prompts, model drafts, responses and the user's own draft
(the cache's full-text index), typed into the search box of the real window."""

from __future__ import annotations

from pathlib import Path

from e2e_support import click_task
from pytestqt.qtbot import QtBot
from shell_support import NOTE, ShellRunner

from annotator_desktop.core.store import Project, Task, open_store

SAFETY_MS = 15000


def _seed(path: Path) -> None:
    store = open_store(path)
    payloads = [
        ("r0", "Receta 1", {"prompt": "Una tortilla con patatas y huevo", "draft_md": "Bate."}),
        ("r1", "Receta 2", {"prompt": "Sopa", "draft_md": "Hierve las zanahorias."}),
        ("r2", "Receta 3", {"prompt": "Ensalada", "draft_md": "Corta."}),
    ]
    kinds = {"r2": NOTE}  # a task the user writes in (the test pane: draft {"text": ...})
    with store.write() as s:
        s.add(Project(id="p", name="Recetas", kind="rewrite", source="local"))
        for n, (tid, title, payload) in enumerate(payloads):
            s.add(Task(id=tid, project_id="p", kind=kinds.get(tid, "rewrite"), title=title,
                       payload=payload, position=n))  # fmt: skip
    store.close()


def _shown(runner: ShellRunner) -> list[str]:
    model = runner.window.task_list.model
    return [model.task_at(r).id for r in range(model.rowCount())]


def _search(qtbot: QtBot, runner: ShellRunner, text: str) -> None:
    box = runner.window.task_list.search
    box.clear()
    qtbot.keyClicks(box, text)


def test_search_finds_words_in_prompts_and_drafts(qtbot: QtBot, data_home: Path) -> None:
    _seed(data_home / "cache.sqlite3")
    runner = ShellRunner(qtbot)
    runner.start()
    win = runner.window
    try:
        _search(qtbot, runner, "patatas")  # in a prompt only
        qtbot.waitUntil(lambda: _shown(runner) == ["r0"], timeout=SAFETY_MS)
        _search(qtbot, runner, "zanahoria")  # a prefix of a word in the model's draft
        qtbot.waitUntil(lambda: _shown(runner) == ["r1"], timeout=SAFETY_MS)
        _search(qtbot, runner, "")
        qtbot.waitUntil(lambda: len(_shown(runner)) == 3, timeout=SAFETY_MS)
        pane = click_task(qtbot, win, "r2")
        pane.edit.setFocus()
        with qtbot.waitSignal(win.session.autosaver.saved, timeout=SAFETY_MS):
            qtbot.keyClicks(pane.edit, "Corta las alcachofas finas.")  # the user's own draft
        _search(qtbot, runner, "alcachofas")
        qtbot.waitUntil(lambda: _shown(runner) == ["r2"], timeout=SAFETY_MS)
        _search(qtbot, runner, "receta 3")  # titles still match at once
        qtbot.waitUntil(lambda: _shown(runner) == ["r2"], timeout=SAFETY_MS)
    finally:
        runner.close()

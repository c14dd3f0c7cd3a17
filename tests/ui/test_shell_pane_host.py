"""The pane host: registry panes cached per kind, the placeholder for unknown kinds."""

from __future__ import annotations

from pytestqt.qtbot import QtBot
from shell_support import NOTE, NotePane, register_note_pane

from annotator_desktop.ui.pane_host import PaneHost, build_context
from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.placeholder import PlaceholderPane


def ctx(task_id: str, kind: str, draft: dict | None = None) -> TaskContext:
    return TaskContext(
        task_id=task_id, project_id="p", kind=kind, title="", payload={"q": 1}, draft=draft
    )


def test_unknown_kind_gets_the_read_only_placeholder(qtbot: QtBot) -> None:
    host = PaneHost()
    qtbot.addWidget(host)
    pane = host.show_task(ctx("t1", "no-such-kind"))
    assert isinstance(pane, PlaceholderPane)
    assert host.currentWidget() is pane
    assert '"q": 1' in pane._raw.toPlainText() and pane._raw.isReadOnly()
    assert pane.problems()  # cannot be submitted


def test_panes_cached_per_kind_and_loading_is_not_an_edit(qtbot: QtBot) -> None:
    register_note_pane()
    host = PaneHost()
    qtbot.addWidget(host)
    edits: list[int] = []
    host.changed.connect(lambda: edits.append(1))
    first = host.show_task(ctx("t1", NOTE, {"text": "draft"}))
    assert isinstance(first, NotePane) and first.edit.toPlainText() == "draft"
    assert edits == []  # loading a draft does not count as a change
    second = host.show_task(ctx("t2", NOTE))
    assert second is first and first.loaded == ["t1", "t2"]
    other = host.show_task(ctx("t3", "no-such-kind"))
    first.edit.setPlainText("typed while hidden")
    assert edits == []  # only the current pane's edits count
    assert host.pane is other
    host.show_task(ctx("t4", NOTE))
    first.edit.insertPlainText("x")
    assert edits == [1]
    host.clear()
    assert host.pane is None


def test_build_context_reads_task_project_and_draft(store: object) -> None:
    from annotator_desktop.core.store import Project, Task, ops

    with store.write() as s:  # type: ignore[attr-defined]
        s.add(Project(id="p", name="P", kind=NOTE, config={"labels": []}, instructions_md="Do it"))
        s.add(Task(id="t", project_id="p", kind=NOTE, payload={"a": 1}))
    ops.save_draft(store, "t", {"text": "hi"}, 7.0)  # type: ignore[arg-type]
    found = build_context(store, "t")
    assert found is not None
    context, seconds = found
    assert context.draft == {"text": "hi"} and seconds == 7.0
    assert context.instructions_md == "Do it" and context.assets_dir is not None
    assert build_context(store, "missing") is None

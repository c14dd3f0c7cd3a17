"""Edit again right after a submit, before its push answered or the feed brought it back: the
late answer must not turn the revision back into a read-only submitted task (seen as a flaky
e2e test on a loaded machine). A second Edit again would then have started over from the
submission, dropping what was typed meanwhile."""

from __future__ import annotations

from pathlib import Path

from sync_helpers import engine, sign_in

from annotator_desktop.core import operations
from annotator_desktop.core.store import Draft, Store, Task, ops
from annotator_desktop.core.sync.outbox import push
from support.live_server import LiveServer

TASK = "demo-rewrite-01"


def _state(store: Store) -> tuple[str, str]:
    """(task state, the draft's text)."""
    with store.read() as s:
        task, draft = s.get(Task, TASK), s.get(Draft, TASK)
    assert task is not None and draft is not None
    return task.state, str(draft.result.get("text_md"))


def test_a_late_answer_keeps_the_revision_a_draft(
    store: Store, data_home: Path, live_server: LiveServer
) -> None:
    client = sign_in(store, live_server.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    operations.submit(store, TASK, {"text_md": "Version one.", "notes": ""}, 5.0)
    assert _state(store) == ("submitted", "Version one.")
    operations.edit_again(store, TASK)  # before the push
    ops.save_draft(store, TASK, {"text_md": "Version two, being typed", "notes": ""}, 7.0)

    assert push(client, store, client.config).accepted == 1  # version one's 200 arrives
    assert _state(store) == ("draft", "Version two, being typed")
    eng.sync(with_assets=False)  # and the feed brings version one back
    assert _state(store) == ("draft", "Version two, being typed")

    operations.submit(store, TASK, {"text_md": "Version two.", "notes": ""}, 9.0)
    assert push(client, store, client.config).accepted == 1
    eng.sync(with_assets=False)
    assert _state(store) == ("submitted", "Version two.")


def test_without_a_revision_the_feed_still_marks_the_task_submitted(
    store: Store, data_home: Path, live_server: LiveServer
) -> None:
    """A draft saved before the submission (the usual case) does not hold the task back: the
    submission coming in from the feed marks it submitted, as before."""
    client = sign_in(store, live_server.url)
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    ops.save_draft(store, TASK, {"text_md": "typing", "notes": ""}, 1.0)
    operations.submit(store, TASK, {"text_md": "Done.", "notes": ""}, 5.0)
    assert push(client, store, client.config).accepted == 1
    with store.write() as s:  # as if this device had not heard of the submission yet
        task = s.get(Task, TASK)
        assert task is not None
        task.state = "draft"
        s.add(task)
    eng.sync(with_assets=False)
    assert _state(store) == ("submitted", "Done.")

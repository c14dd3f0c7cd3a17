"""The user's operations on the cache, each returning what it changed (a :class:`Changes`).

Qt-free; the UI runs them through its one background-work door (``ui.worker``) and hands the
record to the main-thread change signal (``ui.changes_hub``).
"""

from __future__ import annotations

from typing import Any

from annotator_desktop.core.changes import Changes
from annotator_desktop.core.store import Store, SubmissionState, TaskState, ops


def save_draft(store: Store, task_id: str, result: dict[str, Any], seconds: float) -> Changes:
    """Autosave: the draft is written (``drafts`` names its revision); a new task becomes a
    draft, other states stay."""
    task = ops.get_task(store, task_id)
    draft = ops.save_draft(store, task_id, result, seconds)
    was_new = task is not None and task.state == TaskState.NEW
    return Changes(
        source="save_draft",
        tasks={task_id: TaskState.DRAFT.value} if was_new else {},
        drafts={task_id: draft.revision},
    )


def submit(store: Store, task_id: str, result: dict[str, Any], seconds: float) -> Changes:
    """Saves the draft, then writes the submission and (for a server's task) its outbox row."""
    ops.save_draft(store, task_id, result, seconds)
    sub = ops.submit(store, task_id, result, seconds)
    queued = sub.state == SubmissionState.QUEUED
    return Changes(
        source="submit",
        tasks={task_id: TaskState.SUBMITTED.value},
        submissions={sub.id: str(sub.state)},
        outbox_delta=1 if queued else 0,
    )


def skip(store: Store, task_id: str, reason: str, text: str = "") -> Changes:
    """Skips the task, saying why: the skip and (for a server's task) its outbox row in one
    transaction, so the push this record asks for starts at once, as for Submit."""
    row = ops.skip(store, task_id, reason, text)
    return Changes(
        source="skip",
        tasks={task_id: TaskState.SKIPPED.value},
        leases=frozenset({task_id}),
        outbox_delta=1 if row.state == "queued" else 0,
    )


def edit_again(store: Store, task_id: str) -> Changes:
    """A submitted task becomes a draft again (a revision); submitting it sends a new version."""
    state = ops.reopen_for_edit(store, task_id)
    return Changes(source="edit_again", tasks={task_id: state} if state else {})


def record_verdict(
    store: Store, submission_id: str, verdict: str, comment: str, reviewer_id: str
) -> tuple[Any, Changes]:
    """A QA verdict: the review row and its outbox row (sent by the push this record asks for)."""
    from annotator_desktop.core.sync import review

    row = review.record_verdict(store, submission_id, verdict, comment, reviewer_id=reviewer_id)
    return row, Changes(source="verdict", reviews=frozenset({row.id}), outbox_delta=1)

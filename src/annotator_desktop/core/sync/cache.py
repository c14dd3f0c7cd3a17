"""Emptying the cached server data after sign-out (only when the user confirmed it)."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import text
from sqlmodel import col, delete, select

from annotator_desktop.core.store import (
    Asset,
    Assignment,
    Draft,
    Outbox,
    Project,
    Review,
    Store,
    Submission,
    SyncState,
    Task,
)
from annotator_desktop.core.sync.assets import SHA_RE

CONNECTOR_TABLES = ("ls_task", "ls_cursor", "ls_reservation", "ls_annotation", "asset_source")


def clear(store: Store, folder: Path) -> int:
    """Deletes server projects' tasks, work, outbox and sync state, and the asset files.

    Local projects (folders opened on this computer) and their drafts are kept.
    """
    with store.write() as s:
        projects = list(s.exec(select(Project.id).where(Project.source == "server")).all())
        tasks = list(s.exec(select(Task.id).where(col(Task.project_id).in_(projects))).all())
        for model, column in (
            (Draft, Draft.task_id),
            (Submission, Submission.task_id),
            (Review, Review.task_id),
            (Assignment, Assignment.task_id),
            (Task, Task.id),
        ):
            s.exec(delete(model).where(col(column).in_(tasks)))
        s.exec(delete(Outbox))
        s.exec(delete(Asset))
        s.exec(delete(Project).where(col(Project.id).in_(projects)))
        s.exec(delete(SyncState).where(col(SyncState.key).startswith("sync.")))
        for table in CONNECTOR_TABLES:  # a Label Studio server's mappings go with its data
            s.connection().execute(text(f"DELETE FROM {table}"))
    if folder.is_dir():
        for path in folder.iterdir():
            if SHA_RE.match(path.name.removesuffix(".part")):
                path.unlink(missing_ok=True)
    return len(tasks)

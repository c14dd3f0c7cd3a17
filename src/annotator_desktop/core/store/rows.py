"""Light, read-only views of the cache for the task list, using only the standard sqlite3.

They load without SQLAlchemy, so the window can show 10,000 cached tasks before the heavy parts
of the store are imported. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from annotator_desktop.core.store.migrations import LATEST_VERSION


class TaskRow(NamedTuple):
    """What the task list needs of a task, without its payload (a tuple: cheap to build)."""

    id: str
    project_id: str
    kind: str
    title: str
    state: str
    search_text: str


class ProjectRow(NamedTuple):
    id: str
    name: str
    kind: str
    source: str


# The task state a QA verdict puts the task into (the sync's apply step writes the same).
VERDICT_TASK_STATE = {"accept": "accepted", "reject": "rejected", "needs_changes": "needs_changes"}


class VerdictRow(NamedTuple):
    """The newest QA verdict on one of the user's own submissions of a task."""

    verdict: str  # accept | reject | needs_changes
    comment: str
    reviewer_id: str
    created_at: str  # as stored (naive UTC); parse with :func:`stored_time`


class LeaseRow(NamedTuple):
    """The task's newest lease: when it ends, and whether it ended over unsent work."""

    state: str
    expires_at: str  # as stored (naive UTC), "" when unknown
    flagged: bool


@dataclass(frozen=True, slots=True)
class ListData:
    projects: list[ProjectRow]
    tasks: list[TaskRow]
    verdicts: dict[str, VerdictRow] = field(default_factory=dict)  # by task id
    leases: dict[str, LeaseRow] = field(default_factory=dict)  # by task id


TASKS_SQL = (
    "SELECT id, project_id, kind, title, state, search_text FROM task "
    "ORDER BY project_id, position, id"
)
PROJECTS_SQL = "SELECT id, name, kind, source FROM project ORDER BY name, id"
# Verdicts on the user's own work only (a QA lead's reviews of others do not mark their list).
VERDICTS_SQL = (
    "SELECT r.task_id, r.verdict, r.comment, r.reviewer_id, COALESCE(r.created_at, '') "
    "FROM review r LEFT JOIN submission s ON s.id = r.submission_id "
    "WHERE r.task_id != '' AND (s.id IS NULL OR s.origin = 'local') "
    "ORDER BY r.created_at, r.id"
)
LEASES_SQL = (
    "SELECT task_id, state, COALESCE(expires_at, ''), flagged FROM assignment "
    "ORDER BY lease_epoch, expires_at"
)


def stored_time(value: str) -> datetime | None:
    """A timestamp as SQLite holds it (naive UTC text) as an aware datetime, or None."""
    if not value:
        return None
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return None
    return parsed.replace(tzinfo=UTC) if parsed.tzinfo is None else parsed


def read_list(path: Path) -> ListData:
    """Projects and task rows straight from the file (raises sqlite3.Error on a bad file)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        projects = list(map(ProjectRow._make, conn.execute(PROJECTS_SQL)))
        tasks = list(map(TaskRow._make, conn.execute(TASKS_SQL)))
        verdicts = {r[0]: VerdictRow(*r[1:]) for r in conn.execute(VERDICTS_SQL)}
        leases = {
            r[0]: LeaseRow(r[1], r[2], bool(r[3])) for r in conn.execute(LEASES_SQL)
        }  # the newest lease of a task wins (ordered by epoch)
    finally:
        conn.close()
    return ListData(projects, tasks, verdicts, leases)


def quick_list(path: Path) -> ListData | None:
    """The list when the file exists at the current schema, else None (the full open decides)."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
        finally:
            conn.close()
        if version != LATEST_VERSION:
            return None
        return read_list(path)
    except sqlite3.Error:
        return None

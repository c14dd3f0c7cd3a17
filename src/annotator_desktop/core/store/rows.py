"""Light, read-only views of the cache for the task list, using only the standard sqlite3.

They load without SQLAlchemy, so the window can show 10,000 cached tasks before the heavy parts
of the store are imported. Nothing here writes.
"""

from __future__ import annotations

import functools
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, NamedTuple

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
    reviewer_name: str = ""


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
    # Every task in the cache when ``tasks`` holds only the first ones (see quick_list).
    total: int | None = None

    @property
    def complete(self) -> bool:
        return self.total is None or self.total <= len(self.tasks)


LIST_ORDER = "ORDER BY project_id, position, id"  # walked by the index ix_task_list_order
TASKS_SQL = f"SELECT id, project_id, kind, title, state, search_text FROM task {LIST_ORDER}"
PROJECTS_SQL = "SELECT id, name, kind, source FROM project ORDER BY name, id"
# Verdicts on the user's own work only (a QA lead's reviews of others do not mark their list).
VERDICTS_SQL = (
    "SELECT r.task_id, r.verdict, r.comment, r.reviewer_id, COALESCE(r.created_at, ''), "
    "COALESCE(p.name, '') "
    "FROM review r LEFT JOIN submission s ON s.id = r.submission_id "
    "LEFT JOIN person p ON p.id = r.reviewer_id "
    "WHERE r.task_id != '' AND (s.id IS NULL OR s.origin = 'local') "
    "ORDER BY r.created_at, r.id"
)
LEASES_SQL = (
    "SELECT task_id, state, COALESCE(expires_at, ''), flagged FROM assignment "
    "ORDER BY lease_epoch, expires_at"
)
# The first tasks in list order, and the verdicts and leases of those only.
HEAD_TASKS_SQL = f"{TASKS_SQL} LIMIT :n"
_HEAD_IDS = f"SELECT id FROM task {LIST_ORDER} LIMIT :n"
HEAD_VERDICTS_SQL = VERDICTS_SQL.replace(
    "WHERE r.task_id != ''", f"WHERE r.task_id IN ({_HEAD_IDS})"
)
HEAD_LEASES_SQL = LEASES_SQL.replace("ORDER BY", f"WHERE task_id IN ({_HEAD_IDS}) ORDER BY")
# How many tasks the window reads before its first paint (more than any screen shows): the
# rest follow right after it, so a start does not take longer with 100,000 tasks than with 500.
HEAD_TASKS = 500


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
        return _read_list(conn)
    finally:
        conn.close()


def _read_list(conn: sqlite3.Connection, head: int | None = None) -> ListData:
    projects = list(map(_new_project, conn.execute(PROJECTS_SQL)))
    if head is not None:
        total = int(conn.execute("SELECT count(*) FROM task").fetchone()[0])
        if total > head:
            first = {"n": head}
            return ListData(
                projects,
                list(map(_new_task, conn.execute(HEAD_TASKS_SQL, first))),
                _verdicts(conn.execute(HEAD_VERDICTS_SQL, first)),
                _leases(conn.execute(HEAD_LEASES_SQL, first)),
                total,
            )
    tasks = list(map(_new_task, conn.execute(TASKS_SQL)))
    return ListData(
        projects, tasks, _verdicts(conn.execute(VERDICTS_SQL)), _leases(conn.execute(LEASES_SQL))
    )


def _verdicts(rows: Iterable[tuple[Any, ...]]) -> dict[str, VerdictRow]:
    return {r[0]: VerdictRow(*r[1:]) for r in rows}


def _leases(rows: Iterable[tuple[Any, ...]]) -> dict[str, LeaseRow]:
    return {r[0]: LeaseRow(r[1], r[2], bool(r[3])) for r in rows}  # the newest lease wins


# NamedTuple rows made from the driver's tuples in C: TaskRow._make is a Python call per row
# (15 of the 50 ms it took to read 10,000 tasks before the first paint).
_new_task = functools.partial(tuple.__new__, TaskRow)
_new_project = functools.partial(tuple.__new__, ProjectRow)


def quick_list(path: Path, head: int | None = None) -> ListData | None:
    """The list when the file exists at the current schema, else None (the full open decides).

    With ``head``, a cache of more tasks than that gives only the first ``head`` (and their
    verdicts and leases) with ``total`` set: ``read_list`` fetches the rest.
    """
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1)
        try:
            if conn.execute("PRAGMA user_version").fetchone()[0] != LATEST_VERSION:
                return None
            return _read_list(conn, head)
        finally:
            conn.close()
    except sqlite3.Error:
        return None


_IN_IDS = "IN (SELECT value FROM json_each(:ids))"
ROWS_TASKS_SQL = TASKS_SQL.replace("FROM task ", f"FROM task WHERE id {_IN_IDS} ")
ROWS_VERDICTS_SQL = VERDICTS_SQL.replace("WHERE r.task_id != ''", f"WHERE r.task_id {_IN_IDS}")
ROWS_LEASES_SQL = LEASES_SQL.replace("ORDER BY", f"WHERE task_id {_IN_IDS} ORDER BY")


def read_rows(path: Path, ids: Iterable[str]) -> ListData:
    """Every project, and the named tasks still in the cache with their verdicts and leases
    (what a view needs to repaint those rows only)."""
    import json

    wanted = {"ids": json.dumps(sorted(set(ids)))}
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return ListData(
            list(map(_new_project, conn.execute(PROJECTS_SQL))),
            list(map(_new_task, conn.execute(ROWS_TASKS_SQL, wanted))),
            _verdicts(conn.execute(ROWS_VERDICTS_SQL, wanted)),
            _leases(conn.execute(ROWS_LEASES_SQL, wanted)),
        )
    finally:
        conn.close()

"""Light, read-only views of the cache for the task list, using only the standard sqlite3.

They load without SQLAlchemy, so the window can show 10,000 cached tasks before the heavy parts
of the store are imported. Nothing here writes.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
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


@dataclass(frozen=True, slots=True)
class ListData:
    projects: list[ProjectRow]
    tasks: list[TaskRow]


TASKS_SQL = (
    "SELECT id, project_id, kind, title, state, search_text FROM task "
    "ORDER BY project_id, position, id"
)
PROJECTS_SQL = "SELECT id, name, kind, source FROM project ORDER BY name, id"


def read_list(path: Path) -> ListData:
    """Projects and task rows straight from the file (raises sqlite3.Error on a bad file)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        projects = list(map(ProjectRow._make, conn.execute(PROJECTS_SQL)))
        tasks = list(map(TaskRow._make, conn.execute(TASKS_SQL)))
    finally:
        conn.close()
    return ListData(projects, tasks)


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

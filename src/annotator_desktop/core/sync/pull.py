"""Pulling the change feed: each page is applied together with its cursor in ONE transaction.

So the stored cursor is never ahead of the applied data, whatever moment the process dies at.
A 410 (cursor too old) starts a full re-pull from the beginning; drafts, submissions and the
outbox are untouched by it (the feed only upserts server objects).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session

from annotator_desktop.core.cancel import CancelToken
from annotator_desktop.core.store import Store, SyncState
from annotator_desktop.core.sync import apply
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import ServerError
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.core.sync.writer import Writer, direct

CURSOR_KEY = "sync.cursor"
FULL_PULLS_KEY = "sync.full_pulls"


@dataclass
class Changed:
    """What a pull touched, for the views to refresh."""

    tasks: set[str] = field(default_factory=set)
    projects: set[str] = field(default_factory=set)

    def merge(self, other: Changed) -> None:
        self.tasks |= other.tasks
        self.projects |= other.projects

    def as_dict(self) -> dict[str, list[str]]:
        return {"tasks": sorted(self.tasks), "projects": sorted(self.projects)}


@dataclass
class PullReport:
    pages: int = 0
    changes: int = 0
    full_repull: bool = False
    changed: Changed = field(default_factory=Changed)


def read_cursor(store: Store) -> str:
    with store.read() as s:
        row = s.get(SyncState, CURSOR_KEY)
        return row.value if row else ""


def _write_state(s: Session, key: str, value: str) -> None:
    row = s.get(SyncState, key) or SyncState(key=key)
    row.value = value
    s.add(row)


def apply_change(s: Session, change: dict[str, Any], changed: Changed) -> None:
    """Applies one feed entry; entries of unknown shape are skipped."""
    entity, op, data = change.get("entity"), change.get("op"), change.get("data")
    ident = str(change.get("id", ""))
    if op == "delete" or not isinstance(data, dict):
        _apply_delete(s, str(entity), ident, changed)
        return
    try:
        if entity == "project":
            changed.projects.add(apply.upsert_project(s, data))
        elif entity == "task":
            changed.tasks.add(apply.upsert_task(s, data))
        elif entity == "assignment":
            apply.upsert_assignment(s, data)
            task = data.get("task") if isinstance(data.get("task"), dict) else {}
            changed.tasks.add(str(data.get("task_id") or task.get("id", "")))
        elif entity == "submission":
            changed.tasks.add(apply.upsert_submission(s, data))
        elif entity == "review":
            changed.tasks.add(apply.upsert_review(s, data))
    except (KeyError, TypeError, ValueError):
        return


def _apply_delete(s: Session, entity: str, ident: str, changed: Changed) -> None:
    if entity == "assignment":
        apply.delete_assignment(s, ident)
    elif entity == "task":
        apply.delete_task(s, ident)
        changed.tasks.add(ident)
    elif entity == "project":
        changed.projects.add(ident)


def apply_page(store: Store, body: dict[str, Any], cursor_before: str) -> Changed:
    """One page and its cursor in one write transaction (refused if the cursor moved meanwhile)."""
    changed = Changed()
    with store.write() as s:
        row = s.get(SyncState, CURSOR_KEY)
        if (row.value if row else "") != cursor_before:
            return changed  # another puller got here first; its page is the same data
        for change in body.get("changes") or []:
            if isinstance(change, dict):
                apply_change(s, change, changed)
        _write_state(s, CURSOR_KEY, str(body.get("next_cursor", cursor_before)))
    return changed


def pull(
    client: ApiClient,
    store: Store,
    config: SyncConfig,
    *,
    write: Writer = direct,
    cancel: CancelToken | None = None,
    on_page: Callable[[int], None] | None = None,
) -> PullReport:
    """Pulls every page after the stored cursor; 410 restarts from the beginning once."""
    report = PullReport()
    cursor = read_cursor(store)
    while True:
        if cancel is not None:
            cancel.raise_if_cancelled()
        params: dict[str, Any] = {"limit": config.page_limit}
        if cursor:
            params["cursor"] = cursor
        try:
            body = client.call("GET", "/sync/changes", params=params)
        except ServerError as exc:
            if exc.status != 410 or report.full_repull:
                raise
            report.full_repull = True
            write(lambda: _reset_cursor(store))
            cursor = ""
            continue
        before = cursor
        changed = write(lambda body=body, before=before: apply_page(store, body, before))
        report.changed.merge(changed)
        report.pages += 1
        report.changes += len(body.get("changes") or [])
        if on_page is not None:
            on_page(report.changes)
        cursor = str(body.get("next_cursor", cursor))
        if not body.get("has_more") or cursor == before:
            break
    return report


def _reset_cursor(store: Store) -> None:
    with store.write() as s:
        _write_state(s, CURSOR_KEY, "")
        count = s.get(SyncState, FULL_PULLS_KEY)
        _write_state(s, FULL_PULLS_KEY, str(int(count.value or 0) + 1 if count else 1))


def pull_projects(client: ApiClient, store: Store, *, write: Writer = direct) -> Changed:
    """``GET /projects``: the projects visible to the user, upserted."""
    body = client.call("GET", "/projects")
    items = body if isinstance(body, list) else (body or {}).get("projects", [])
    changed = Changed()

    def run() -> None:
        with store.write() as s:
            for item in items:
                if isinstance(item, dict) and "id" in item:
                    changed.projects.add(apply.upsert_project(s, item))

    write(run)
    return changed


__all__ = ["CURSOR_KEY", "Changed", "PullReport", "apply_page", "pull", "read_cursor"]

"""``GET /sync/changes`` synthesised from Label Studio: per-project ``updated_at`` polling and a
periodic id-list comparison for deletions.

The feed cursor we hand out is ``ls1:<n>``: the position ``n`` names, for every project, its newest
``ls_cursor`` row with ``id <= n`` (``updated_at`` reached, page, ids already seen at that time,
last full listing). A page writes its new rows *before* it is returned, above the committed
position; the sync engine's ``apply_page`` then stores ``ls1:<new n>`` in the same transaction as
the page's changes. So the committed cursor is never ahead of the applied data: rows above it
(from a page that was never applied) are ignored and cleared at the next call.

A task is shown to this user while it is open for them (not at its annotation limit, not
annotated by them); a task that stops being open, or that disappears from the server, becomes a
delete change, which keeps any local work (see ``sync.apply.delete_task``).
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, delete, func, select

from annotator_desktop.core.labelstudio import mapping
from annotator_desktop.core.labelstudio.convert import (
    ConvertError,
    open_for,
    to_task,
    with_known_image,
)
from annotator_desktop.core.labelstudio.models import LsCursor, LsProject, LsTask, schema_of
from annotator_desktop.core.labelstudio.session import LsSession
from annotator_desktop.core.store import Store, Submission, Task, utcnow
from annotator_desktop.core.sync.errors import ServerError

log = logging.getLogger(__name__)

CURSOR_PREFIX = "ls1:"
LISTING_EVERY = timedelta(minutes=10)
MAX_PAGE = 200  # tasks per Label Studio page with predictions (answers stay well under the cap)
LISTING_PAGE = 1000
TASK_TIME = "%Y-%m-%dT%H:%M:%S.%fZ"  # the only form Label Studio's date filter accepts


class CursorGone(ValueError):
    """A cursor this connector did not make (the client re-pulls from the start)."""


def parse_cursor(cursor: str) -> int:
    if not cursor:
        return 0
    text = cursor.removeprefix(CURSOR_PREFIX)
    if not cursor.startswith(CURSOR_PREFIX) or not text.isdigit() or len(text) > 18:
        raise CursorGone(cursor[:50])
    return int(text)


def task_time(value: Any) -> str:
    """Label Studio's ``updated_at`` in the one form its filter takes (microseconds, UTC)."""
    if not isinstance(value, str) or not value:
        return ""
    try:
        when = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return ""
    when = when.replace(tzinfo=UTC) if when.tzinfo is None else when.astimezone(UTC)
    return when.strftime(TASK_TIME)


@dataclass
class _State:
    project_id: str
    updated_at: str = ""
    page: int = 1
    seen: list[int] = field(default_factory=list)
    last_full_listing: datetime | None = None

    def row(self) -> LsCursor:
        return LsCursor(
            project_id=self.project_id, updated_at=self.updated_at, page=self.page,
            seen=list(self.seen), last_full_listing=self.last_full_listing,
        )  # fmt: skip


@dataclass
class _Page:
    changes: list[dict[str, Any]] = field(default_factory=list)
    rows: list[_State] = field(default_factory=list)
    upserted: dict[int, list[int]] = field(default_factory=dict)  # ls project -> ls tasks
    gone: dict[int, list[int]] = field(default_factory=dict)

    def add(self, entity: str, op: str, ident: str, data: Any = None, **extra: Any) -> None:
        item = {"seq": len(self.changes) + 1, "entity": entity, "op": op, "id": ident}
        if op == "upsert":
            item["data"] = data
        item.update(extra)
        self.changes.append(item)


class Feed:
    """Answers the feed for one signed-in Label Studio user (``me``: their user id)."""

    def __init__(self, ls: LsSession, store: Store, me: int, *, max_pages: int = 2000) -> None:
        self.ls, self.store, self.me, self.max_pages = ls, store, me, max_pages

    def changes(self, cursor: str, limit: int) -> dict[str, Any]:
        """One ``ChangesPage`` body; raises CursorGone for a cursor it did not make."""
        committed = parse_cursor(cursor)
        states = self._committed_states(committed)
        page = _Page()
        size = max(1, min(int(limit), MAX_PAGE))
        more = False
        for project in self._projects():
            state = states.get(project.project_id) or _State(project.project_id)
            if _listing_due(state):
                self._compare_listing(project, state, page)
            more = self._scan(project, state, page, size)
            if more:
                break
        next_cursor = self._save(page, committed)
        return {"changes": page.changes, "next_cursor": next_cursor, "has_more": more}

    # --- cursor rows -----------------------------------------------------------------------

    def _committed_states(self, committed: int) -> dict[str, _State]:
        """Each project's newest row at or below the committed position; clears the rest."""
        with self.store.write() as s:
            s.exec(delete(LsCursor).where(col(LsCursor.id) > committed))
            newest = (
                select(LsCursor.project_id, func.max(LsCursor.id))
                .where(col(LsCursor.id) <= committed)
                .group_by(col(LsCursor.project_id))
            )
            keep = {i for _, i in s.exec(newest).all() if i is not None}
            s.exec(delete(LsCursor).where(col(LsCursor.id).not_in(keep or {-1})))
            rows = s.exec(select(LsCursor).where(col(LsCursor.id).in_(keep or {-1}))).all()
        return {
            r.project_id: _State(
                r.project_id,
                r.updated_at,
                max(1, r.page),
                [int(i) for i in r.seen if isinstance(i, int)],
                r.last_full_listing,
            )
            for r in rows
        }

    def _save(self, page: _Page, committed: int) -> str:
        """Writes the page's new cursor rows and id mappings; returns the cursor to commit."""
        if not page.rows and not page.changes:
            return f"{CURSOR_PREFIX}{committed}" if committed else ""
        with self.store.write() as s:
            position = committed
            for state in page.rows:
                row = state.row()
                s.add(row)
                s.flush()
                position = max(position, row.id or 0)
            if position == committed:  # changes without a new row: still a new position
                row = LsCursor(project_id="", updated_at="", page=1, seen=[])
                s.add(row)
                s.flush()
                position = row.id or 0
            for ls_project, ls_tasks in page.upserted.items():
                _remember(s, ls_project, ls_tasks)
            for ls_project, ls_tasks in page.gone.items():
                mapping.forget_tasks(s, ls_project, ls_tasks)
        return f"{CURSOR_PREFIX}{position}"

    def _projects(self) -> list[LsProject]:
        with self.store.read() as s:
            rows = s.exec(
                select(LsProject).where(LsProject.kind != "").order_by(col(LsProject.ls_id))
            )
            return list(rows.all())

    # --- changed tasks ----------------------------------------------------------------------

    def _scan(self, project: LsProject, state: _State, page: _Page, size: int) -> bool:
        """Adds one Label Studio page of changed tasks; True when that project has more."""
        tasks = self._changed_tasks(project.ls_id, state, size)
        fresh = [
            t for t in tasks
            if not (task_time(t.get("updated_at")) == state.updated_at
                    and t.get("id") in state.seen)
        ]  # fmt: skip
        if fresh:
            self._convert(project, fresh, page)
        before = (state.updated_at, state.page, list(state.seen))
        _advance(state, tasks, size)
        changed = (state.updated_at, state.page, state.seen) != before or bool(fresh)
        if changed and not any(row is state for row in page.rows):
            page.rows.append(state)
        return len(tasks) >= size

    def _changed_tasks(self, ls_project: int, state: _State, size: int) -> list[dict[str, Any]]:
        query: dict[str, Any] = {"ordering": ["tasks:updated_at"]}
        if state.updated_at:
            query["filters"] = {
                "conjunction": "and",
                "items": [{
                    "filter": "filter:tasks:updated_at", "operator": "greater_or_equal",
                    "type": "Datetime", "value": state.updated_at,
                }],
            }  # fmt: skip
        params = {
            "project": ls_project, "fields": "all", "page": state.page, "page_size": size,
            "query": json.dumps(query),
        }  # fmt: skip
        return _tasks_of(self._get_page(params))

    def _get_page(self, params: dict[str, Any]) -> Any:
        try:
            return self.ls.call("GET", "/api/tasks/", params=params)
        except ServerError as exc:
            if exc.status == 404:  # a page past the end
                return {"tasks": []}
            raise

    def _convert(self, project: LsProject, tasks: list[dict[str, Any]], page: _Page) -> None:
        schema = schema_of(project)
        local = self._local_state(project.ls_id, [t.get("id") for t in tasks])
        for task in tasks:
            ls_task = task.get("id")
            if not isinstance(ls_task, int):
                continue
            our_id = mapping.task_id(project.ls_id, ls_task)
            if not open_for(task, self.me):
                if local.get(ls_task) == "cached":  # cached, no local submission: hide it
                    page.add("task", "delete", our_id)
                    page.gone.setdefault(project.ls_id, []).append(ls_task)
                continue
            try:
                data = to_task(schema, project.ls_id, task)
            except ConvertError as exc:
                page.add("task", "upsert", our_id, None, problem=str(exc)[:500])
                continue
            if data["kind"] == "bbox":
                data["payload"] = with_known_image(self.store, data["payload"])
            page.add("task", "upsert", our_id, data)
            page.upserted.setdefault(project.ls_id, []).append(ls_task)

    def _local_state(self, ls_project: int, ls_tasks: list[Any]) -> dict[int, str]:
        """``cached`` or ``worked`` (a local submission exists) for tasks in the cache."""
        ids = {mapping.task_id(ls_project, t): t for t in ls_tasks if isinstance(t, int)}
        with self.store.read() as s:
            cached = set(s.exec(select(Task.id).where(col(Task.id).in_(ids))).all())
            worked = set(
                s.exec(select(Submission.task_id).where(col(Submission.task_id).in_(ids))).all()
            )
        return {ids[i]: ("worked" if i in worked else "cached") for i in cached}

    # --- deletions ---------------------------------------------------------------------------

    def _compare_listing(self, project: LsProject, state: _State, page: _Page) -> None:
        """Deletes the tasks we have seen that the server no longer lists."""
        on_server = self._all_ids(project.ls_id)
        with self.store.read() as s:
            seen = mapping.known_tasks(s, project.ls_id)
        gone = sorted(seen - on_server)
        for ls_task in gone:
            page.add("task", "delete", mapping.task_id(project.ls_id, ls_task))
        if gone:
            page.gone.setdefault(project.ls_id, []).extend(gone)
        state.last_full_listing = utcnow()
        page.rows.append(state)

    def _all_ids(self, ls_project: int) -> set[int]:
        ids: set[int] = set()
        query = json.dumps({"ordering": ["tasks:id"]})
        for number in range(1, self.max_pages + 1):
            params = {
                "project": ls_project, "include": "id", "page": number,
                "page_size": LISTING_PAGE, "query": query,
            }  # fmt: skip
            tasks = _tasks_of(self._get_page(params))
            ids.update(t["id"] for t in tasks if isinstance(t.get("id"), int))
            if len(tasks) < LISTING_PAGE:
                return ids
        raise ServerError(502, "too_many_pages", "the task listing kept sending pages")


def _remember(s: Session, ls_project: int, ls_tasks: list[int]) -> None:
    for ls_task in ls_tasks:
        key = mapping.task_id(ls_project, ls_task)
        if s.get(LsTask, key) is None:
            s.add(LsTask(our_id=key, project_id=mapping.project_id(ls_project), ls_task_id=ls_task))


def _tasks_of(body: Any) -> list[dict[str, Any]]:
    tasks = body.get("tasks") if isinstance(body, dict) else body
    return [t for t in tasks if isinstance(t, dict)] if isinstance(tasks, list) else []


def _listing_due(state: _State) -> bool:
    last = state.last_full_listing
    return last is None or utcnow() - last > LISTING_EVERY


def _advance(state: _State, tasks: list[dict[str, Any]], size: int) -> None:
    """Moves the project's cursor past ``tasks`` (ordered by ``updated_at``)."""
    times = [(task_time(t.get("updated_at")), t.get("id")) for t in tasks]
    times = [(when, ident) for when, ident in times if when]
    if not times:
        state.page = 1
        return
    newest = max(when for when, _ in times)
    at_newest = [int(i) for when, i in times if when == newest and isinstance(i, int)]
    if newest == state.updated_at:
        # a whole page sharing the cursor's time: read the next page of that run next time
        state.seen = sorted(set(state.seen) | set(at_newest))[-size * 4 :]
        state.page = state.page + 1 if len(tasks) >= size else 1
    else:
        state.updated_at, state.seen, state.page = newest, at_newest, 1

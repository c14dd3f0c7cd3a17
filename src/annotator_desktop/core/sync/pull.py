"""Pulling the change feed: each page is applied together with its cursor in ONE transaction.

So the stored cursor is never ahead of the applied data, whatever moment the process dies at.
A 410 (cursor too old), or a 400 on a cursor we sent, starts a full re-pull from the beginning;
drafts, submissions and the outbox are untouched by it (the feed only upserts server objects).

Every page is parsed through ``protocol.ChangesPage`` and every change through its wire model
before it touches the cache; a change that fails is quarantined (kept raw with the error) and the
rest of the page applies, so one bad record never stops sync.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, func, select

from annotator_desktop.core.cancel import CancelToken
from annotator_desktop.core.store import Quarantine, Store, SyncState, utcnow
from annotator_desktop.core.sync import apply
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import BadAnswer, ServerError, TooManyPages
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.writer import Writer, direct
from annotator_desktop.protocol import (
    BadWireData,
    Change,
    ChangesPage,
    Entity,
    Op,
    Project,
    WireModel,
    parse_as,
    parse_change,
    parse_list_of,
)

log = logging.getLogger(__name__)
RAW_KEEP = 64 * 1024  # characters of a quarantined change kept for the Problems view

CURSOR_KEY = "sync.cursor"
FULL_PULLS_KEY = "sync.full_pulls"


@dataclass
class Changed:
    """What a pull touched, for the views to refresh."""

    tasks: set[str] = field(default_factory=set)
    projects: set[str] = field(default_factory=set)
    quarantined: int = 0

    def merge(self, other: Changed) -> None:
        self.tasks |= other.tasks
        self.projects |= other.projects
        self.quarantined += other.quarantined

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


def apply_change(s: Session, change: Change, obj: WireModel | None, changed: Changed) -> None:
    """Applies one validated feed entry (``obj`` is its validated object for an upsert)."""
    if change.op == Op.DELETE or obj is None:
        _apply_delete(s, change.entity, change.id, changed)
        return
    data = obj.model_dump(mode="json")
    if change.entity == Entity.PROJECT:
        changed.projects.add(apply.upsert_project(s, data))
    elif change.entity == Entity.TASK:
        changed.tasks.add(apply.upsert_task(s, data))
    elif change.entity == Entity.ASSIGNMENT:
        apply.upsert_assignment(s, data)
        changed.tasks.add(str(data["task"]["id"]))
    elif change.entity == Entity.SUBMISSION:
        changed.tasks.add(apply.upsert_submission(s, data))
    elif change.entity == Entity.REVIEW:
        changed.tasks.add(apply.upsert_review(s, data))


def _apply_delete(s: Session, entity: str, ident: str, changed: Changed) -> None:
    if entity == "assignment":
        apply.delete_assignment(s, ident)
    elif entity == "task":
        apply.delete_task(s, ident)
        changed.tasks.add(ident)
    elif entity == "project":
        changed.projects.add(ident)


def _raw_text(raw: Any) -> str:
    try:
        text = json.dumps(raw, ensure_ascii=True)
    except (TypeError, ValueError, RecursionError):
        text = repr(raw)
    return text[:RAW_KEEP]


def quarantine(s: Session, raw: Any, error: str, entity: str = "") -> None:
    """Keeps a change that could not be applied, raw, with why."""
    item: dict[str, Any] = raw if isinstance(raw, dict) else {}
    seq, ident, kind = item.get("seq"), item.get("id"), item.get("entity")
    s.add(
        Quarantine(
            seq=seq if isinstance(seq, int) and abs(seq) < 2**63 else None,
            entity=kind[:50] if isinstance(kind, str) else entity,
            item_id=ident[:200] if isinstance(ident, str) else "",
            raw=_raw_text(raw),
            error=error[:2000],
            received_at=utcnow(),
        )
    )
    log.warning("quarantined a feed change: %s", error)


def quarantine_count(store: Store) -> int:
    with store.read() as s:
        return int(s.exec(select(func.count()).select_from(Quarantine)).one())


def quarantined(store: Store, limit: int = 100) -> list[Quarantine]:
    """The newest quarantined changes (for ``status`` and the Problems view)."""
    with store.read() as s:
        rows = s.exec(select(Quarantine).order_by(col(Quarantine.id).desc()).limit(limit))
        return list(rows.all())


def _apply_one(s: Session, raw: Any, changed: Changed) -> None:
    try:
        change, obj = parse_change(raw)
    except BadWireData as exc:
        quarantine(s, raw, str(exc))
        changed.quarantined += 1
        return
    try:
        with s.begin_nested():
            apply_change(s, change, obj, changed)
    except (SQLAlchemyError, KeyError, TypeError, ValueError, OverflowError) as exc:
        quarantine(s, raw, f"could not be stored: {type(exc).__name__}: {str(exc)[:300]}")
        changed.quarantined += 1


def apply_page(store: Store, page: ChangesPage, cursor_before: str) -> Changed:
    """One page and its cursor in one write transaction (refused if the cursor moved meanwhile)."""
    changed = Changed()
    with store.write() as s:
        row = s.get(SyncState, CURSOR_KEY)
        if (row.value if row else "") != cursor_before:
            return changed  # another puller got here first; its page is the same data
        for raw in page.changes:
            _apply_one(s, raw, changed)
        _write_state(s, CURSOR_KEY, page.next_cursor)
    return changed


def _resets(exc: ServerError, cursor: str, already: bool) -> bool:
    """410 (cursor too old), or 400 on a cursor we sent (not one this server made): re-pull."""
    return not already and (exc.status == 410 or (exc.status == 400 and bool(cursor)))


def pull(
    client: ServerClient,
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
        if report.pages >= config.max_pages_per_sync:
            raise TooManyPages(
                f"the server keeps sending pages: stopped after {report.pages} pages of changes "
                "(what arrived is kept); sync again later or tell the server's administrator"
            )
        params: dict[str, Any] = {"limit": config.page_limit}
        if cursor:
            params["cursor"] = cursor
        try:
            body = client.call("GET", "/sync/changes", params=params)
        except ServerError as exc:
            if not _resets(exc, cursor, report.full_repull):
                raise
            report.full_repull = True
            write(lambda: _reset_cursor(store))
            cursor = ""
            continue
        try:
            page = parse_as(ChangesPage, body)
        except BadWireData as exc:
            raise BadAnswer("the change feed", str(exc)) from exc
        before = cursor
        changed = write(partial(apply_page, store, page, before))
        report.changed.merge(changed)
        report.pages += 1
        report.changes += len(page.changes)
        if on_page is not None:
            on_page(report.changes)
        cursor = page.next_cursor
        if not page.has_more or cursor == before:
            break
    return report


def _reset_cursor(store: Store) -> None:
    with store.write() as s:
        _write_state(s, CURSOR_KEY, "")
        count = s.get(SyncState, FULL_PULLS_KEY)
        _write_state(s, FULL_PULLS_KEY, str(int(count.value or 0) + 1 if count else 1))


def pull_projects(client: ServerClient, store: Store, *, write: Writer = direct) -> Changed:
    """``GET /projects``: the projects visible to the user, upserted."""
    body = client.call("GET", "/projects")
    try:
        items = parse_list_of(Project, body, "projects")
    except BadWireData as exc:
        raise BadAnswer("the project list", str(exc)) from exc
    changed = Changed()

    def run() -> None:
        with store.write() as s:
            for item in items:
                try:
                    project = parse_as(Project, item)
                except BadWireData as exc:
                    quarantine(s, item, str(exc), entity="project")
                    changed.quarantined += 1
                    continue
                changed.projects.add(apply.upsert_project(s, project.model_dump(mode="json")))

    write(run)
    return changed


__all__ = [
    "CURSOR_KEY",
    "Changed",
    "PullReport",
    "apply_page",
    "pull",
    "quarantine_count",
    "quarantined",
    "read_cursor",
]

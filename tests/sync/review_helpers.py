"""Helpers for the QA review tests: annotators who really submit through the real server."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlmodel import col, select
from sync_helpers import engine, fast_config, sign_in

from annotator_desktop.core.store import Assignment, Review, Store, Task, open_store, ops
from annotator_desktop.core.sync.http import ApiClient


def result_for(task: Task, n: int) -> dict[str, Any]:
    """A valid result for ``task`` (varied by ``n`` so that annotators disagree a little)."""
    if task.kind == "rewrite":
        return {"text_md": f"Rewritten text number {n}: {task.title}.", "notes": f"note {n}"}
    if task.kind == "compare":
        ids = [r["id"] for r in task.payload["responses"]]
        criteria = task.payload.get("criteria") or []
        crit = {c["key"]: 1 + (n % 5) for c in criteria if not c.get("per_response")}
        per = {c["key"]: 1 + (n % 5) for c in criteria if c.get("per_response")}
        judgment: dict[str, Any] = (  # 3-9 responses are ranked, 2 take the 7-point scale
            {"ranking": [[rid] for rid in ids]} if len(ids) > 2 else {"preference": (n % 7) - 3}
        )
        return {
            **judgment, "presented_order": ids, "criteria": crit,
            "ratings": {rid: dict(per) for rid in ids} if per else {},
            "rationale": f"Response wording is clearer, reason {n}.", "flags": [],
        }  # fmt: skip
    image = task.payload["image"]
    box = {"label": "car", "x": 10 + n, "y": 20, "w": 100, "h": 60}
    return {"boxes": [box], "image_width": image["width"], "image_height": image["height"]}


def annotator_client(server_url: str, user: str, root: Path) -> tuple[Store, ApiClient]:
    """A second client: its own data folder and cache, signed in as ``user`` and synced."""
    root.mkdir(parents=True, exist_ok=True)
    store = open_store(root / "cache.sqlite3")
    client = sign_in(store, server_url, user, fast_config())
    engine(client, store, root / "assets").sync(with_assets=False)
    return store, client


def submit_all(store: Store, client: ApiClient, root: Path, kind: str, base: int = 0) -> list[str]:
    """Submits every leased task of ``kind`` and syncs; returns the submission ids."""
    with store.read() as s:
        tasks = s.exec(
            select(Task)
            .join(Assignment, col(Assignment.task_id) == col(Task.id))
            .where(Task.kind == kind, Assignment.state == "active")
            .order_by(col(Task.id))
        ).all()
    ids = [
        ops.submit(store, t.id, result_for(t, base + i), 30.0 + i, annotator_id="").id
        for i, t in enumerate(tasks)
    ]
    report = engine(client, store, root / "assets").sync(with_assets=False)
    assert report.push.accepted == len(ids), report.push
    return ids


def task_state(store: Store, task_id: str) -> str:
    with store.read() as s:
        task = s.get(Task, task_id)
        return task.state if task else ""


def reviews_of(store: Store, submission_id: str) -> list[Review]:
    with store.read() as s:
        return list(
            s.exec(
                select(Review)
                .where(Review.submission_id == submission_id)
                .order_by(col(Review.created_at))
            ).all()
        )

"""The change feed: tasks arrive, verdicts update tasks, 410 re-pulls, revoked work is flagged."""

from __future__ import annotations

import uuid
from pathlib import Path

import requests
from sqlmodel import select
from sync_helpers import engine, sign_in, task_ids

from annotator_desktop.core.store import (
    Assignment,
    Draft,
    Outbox,
    Project,
    Store,
    Task,
    ops,
)
from annotator_desktop.core.sync.pull import CURSOR_KEY, pull, read_cursor


def _as(server: object, user: str, password: str) -> dict[str, str]:
    token = server.login(user, password)  # type: ignore[attr-defined]
    return {"Authorization": f"Bearer {token}"}


def test_sync_brings_projects_tasks_and_leases(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    report = engine(client, store, data_home / "assets").sync()
    with store.read() as s:
        kinds = {p.kind for p in s.exec(select(Project)).all()}
        tasks = s.exec(select(Task)).all()
        leases = s.exec(select(Assignment)).all()
    assert kinds == {"bbox", "rewrite", "compare"}
    assert tasks and all(t.state == "new" for t in tasks)
    assert leases and all(a.state == "active" and a.expires_at for a in leases)
    assert report.assets == len({t.payload["image"]["sha256"] for t in tasks if t.kind == "bbox"})
    assert read_cursor(store) != ""


def test_review_verdict_updates_the_task(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    task_id = task_ids(store, "rewrite")[0]
    sub = ops.submit(store, task_id, {"text_md": "please review", "notes": ""}, 5.0)
    eng.sync(with_assets=False)
    qa = _as(live_server, "qa", "qa-demo")
    api = live_server.api  # type: ignore[attr-defined]
    body = {"submission_id": sub.id, "verdict": "needs_changes", "comment": "shorter please"}
    r = requests.put(f"{api}/reviews/{uuid.uuid4()}", json=body, headers=qa, timeout=10)
    assert r.status_code == 201, r.text
    report = eng.sync(with_assets=False)
    assert task_id in report.changed["tasks"]
    with store.read() as s:
        assert s.get(Task, task_id).state == "needs_changes"  # type: ignore[union-attr]
        review = s.exec(select(ops.Submission).where(ops.Submission.id == sub.id)).one()
    assert review.state == "accepted"


def test_gone_cursor_repulls_and_keeps_local_work(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    rewrite = task_ids(store, "rewrite")
    ops.save_draft(store, rewrite[0], {"text_md": "my draft", "notes": ""}, 3.0)
    ops.submit(store, rewrite[1], {"text_md": "waiting", "notes": ""}, 1.0)  # stays queued
    ops.set_state(store, CURSOR_KEY, "999999999")
    report = pull(client, store, client.config)
    assert report.full_repull and report.changes > 0
    draft = ops.load_draft(store, rewrite[0])
    assert draft is not None and draft.result["text_md"] == "my draft"
    with store.read() as s:
        assert [o.state for o in s.exec(select(Outbox)).all()] == ["queued"]
    assert read_cursor(store) not in ("", "999999999")


def test_revoked_lease_with_unsent_draft_is_kept_and_flagged(
    store: Store, data_home: Path, live_server: object
) -> None:
    client = sign_in(store, live_server.url)  # type: ignore[attr-defined]
    eng = engine(client, store, data_home / "assets")
    eng.sync(with_assets=False)
    with_draft, without = task_ids(store, "compare")[:2]
    ops.save_draft(
        store, with_draft, {"preference": 1, "presented_order": [], "rationale": "x"}, 2.0
    )
    admin = _as(live_server, "admin", "admin-demo")
    api = live_server.api  # type: ignore[attr-defined]
    with store.read() as s:
        ids = {
            a.task_id: a.id
            for a in s.exec(
                select(Assignment).where(Assignment.task_id.in_([with_draft, without]))
            ).all()  # type: ignore[attr-defined]
        }
    for task_id in (with_draft, without):
        r = requests.post(f"{api}/assignments/{ids[task_id]}/revoke", headers=admin, timeout=10)
        assert r.status_code == 200, r.text
    eng.sync(with_assets=False)
    with store.read() as s:
        flagged = s.get(Assignment, ids[with_draft])
        plain = s.get(Assignment, ids[without])
        assert s.get(Task, with_draft) is not None
        assert s.get(Draft, with_draft) is not None
    assert flagged.state == "revoked" and flagged.flagged  # type: ignore[union-attr]
    assert plain.state == "revoked" and not plain.flagged  # type: ignore[union-attr]

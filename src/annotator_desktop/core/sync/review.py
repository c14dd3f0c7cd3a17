"""QA review, Qt-free: check out a reproducible sample, cache it, record verdicts in the outbox.

The sample (``POST /review/checkout``) is applied with the feed's own upserts (tasks and
submissions, the others marked ``origin="server"``) and its order is kept in ``SyncState`` under
``sync.review.sample``, so signing out with "clear the cache" forgets it too. The images of
sampled bbox tasks are downloaded with the sync's asset downloader, so review works offline.

A verdict is a ``Review`` row plus an ``Outbox`` row (entity ``review``) written in one
transaction, exactly like a submission: the review id is the idempotency key sent on every retry.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from sqlmodel import Session, col, select

from annotator_desktop.core.cancel import CancelToken
from annotator_desktop.core.store import (
    Outbox,
    Project,
    Review,
    Store,
    Submission,
    SyncState,
    Task,
    utcnow,
)
from annotator_desktop.core.sync import apply
from annotator_desktop.core.sync.assets import Downloader, task_asset
from annotator_desktop.core.sync.errors import NetworkError, ServerError, SyncError
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.writer import Writer, direct
from annotator_desktop.protocol import API_PREFIX, ReviewCheckoutResponse, Verdict

SAMPLE_KEY = "sync.review.sample"
VERDICTS = tuple(v.value for v in Verdict)


@dataclass(frozen=True)
class SampleSpec:
    """What the QA lead asked for; the same spec on the same data gives the same sample."""

    project_id: str
    seed: int
    rate: float | None = None
    count: int | None = None
    annotator_id: str | None = None

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"project_id": self.project_id, "seed": int(self.seed)}
        if self.count is not None:
            out["count"] = int(self.count)
        else:
            out["rate"] = float(self.rate or 0.0)
        if self.annotator_id:
            out["annotator_id"] = self.annotator_id
        return out


@dataclass
class Other:
    """Another annotator's submission on the same task."""

    annotator: str
    result: dict[str, Any]


@dataclass
class Entry:
    """One submission under review, with everything the reading view shows."""

    submission_id: str
    task_id: str
    project_id: str
    kind: str
    title: str
    payload: dict[str, Any]
    result: dict[str, Any]
    annotator_id: str
    annotator: str
    active_seconds: float
    submitted_at: datetime | None
    others: list[Other] = field(default_factory=list)
    verdict: str = ""  # accept | reject | needs_changes | "" (none yet)
    comment: str = ""
    verdict_state: str = ""  # queued | sent | received | failed


@dataclass
class Sample:
    spec: SampleSpec | None
    entries: list[Entry]
    project_config: dict[str, Any] = field(default_factory=dict)
    instructions_md: str = ""
    asset_errors: list[str] = field(default_factory=list)


def checkout(
    client: ServerClient,
    store: Store,
    spec: SampleSpec,
    assets_folder: Path,
    *,
    write: Writer = direct,
    cancel: CancelToken | None = None,
) -> Sample:
    """Checks the sample out, caches it with its images, and returns it ready to read."""
    body = client.call("POST", "/review/checkout", json=spec.body())
    try:
        response = ReviewCheckoutResponse.model_validate(body)
    except ValidationError as exc:
        raise ServerError(502, "bad_body", "the review sample was not understood") from exc
    write(lambda: _cache(store, spec, response))
    errors = fetch_assets(client, store, assets_folder, write=write, cancel=cancel)
    sample = load_sample(store)
    sample.asset_errors = errors
    return sample


def _cache(store: Store, spec: SampleSpec, response: ReviewCheckoutResponse) -> None:
    names: dict[str, str] = {}
    items: list[dict[str, Any]] = []
    with store.write() as s:
        for item in response.items:
            apply.upsert_task(s, item.task.model_dump(mode="json"))
            for sub in (item.submission, *item.others):
                data = sub.model_dump(mode="json")
                data.setdefault("project_id", item.task.project_id)
                apply.upsert_submission(s, data)
            if item.annotator is not None:
                names[item.annotator.id] = item.annotator.display_name or item.annotator.username
            items.append({
                "submission_id": item.submission.id,
                "others": [o.id for o in item.others],
            })  # fmt: skip
        old = _read_record(s)
        known = old.get("names", {}) if isinstance(old.get("names"), dict) else {}
        record = {
            "spec": spec.body(),
            "items": items,
            "names": {**known, **names},
            "checked_out_at": utcnow().isoformat(),
        }
        row = s.get(SyncState, SAMPLE_KEY) or SyncState(key=SAMPLE_KEY)
        row.value = json.dumps(record)
        s.add(row)


def fetch_assets(
    client: ServerClient,
    store: Store,
    folder: Path,
    *,
    write: Writer = direct,
    cancel: CancelToken | None = None,
) -> list[str]:
    """Downloads the images of the sampled tasks that are not on disk yet; returns the errors."""
    sample = load_sample(store)
    loader = Downloader(client, store, folder, write=write, cancel=cancel)
    errors: list[str] = []
    seen: set[str] = set()
    for entry in sample.entries:
        ref = task_asset(entry.payload) if entry.kind == "bbox" else None
        if ref is None or ref.sha256 in seen:
            continue
        seen.add(ref.sha256)
        try:
            loader.fetch(ref)  # an image's preview is built as it arrives
        except NetworkError:
            raise
        except SyncError as exc:
            errors.append(f"{ref.sha256[:12]}: {exc}")
    return errors


def _read_record(s: Session) -> dict[str, Any]:
    row = s.get(SyncState, SAMPLE_KEY)
    if row is None or not row.value:
        return {}
    try:
        value = json.loads(row.value)
    except ValueError:
        return {}
    return value if isinstance(value, dict) else {}


def _spec(data: Any) -> SampleSpec | None:
    if not isinstance(data, dict) or not data.get("project_id"):
        return None
    count, rate = data.get("count"), data.get("rate")
    return SampleSpec(
        project_id=str(data["project_id"]), seed=int(data.get("seed") or 0),
        rate=float(rate) if isinstance(rate, int | float) else None,
        count=int(count) if isinstance(count, int) else None,
        annotator_id=str(data["annotator_id"]) if data.get("annotator_id") else None,
    )  # fmt: skip


def load_sample(store: Store) -> Sample:
    """The cached sample in order, with each submission's latest verdict (one read)."""
    with store.read() as s:
        record = _read_record(s)
        items = [i for i in record.get("items") or [] if isinstance(i, dict)]
        names = found if isinstance(found := record.get("names"), dict) else {}
        ids = {str(i.get("submission_id")) for i in items}
        for item in items:
            ids.update(str(o) for o in item.get("others") or [])
        subs = {
            sub.id: sub
            for sub in s.exec(select(Submission).where(col(Submission.id).in_(ids))).all()
        }
        task_ids = {sub.task_id for sub in subs.values()}
        tasks = {t.id: t for t in s.exec(select(Task).where(col(Task.id).in_(task_ids))).all()}
        verdicts = _latest_reviews(s, list(ids))
        spec = _spec(record.get("spec"))
        project = s.get(Project, spec.project_id) if spec else None
    entries: list[Entry] = []
    for item in items:
        sub = subs.get(str(item.get("submission_id")))
        task = tasks.get(sub.task_id) if sub is not None else None
        if sub is None or task is None:
            continue
        entry = Entry(
            submission_id=sub.id, task_id=task.id, project_id=task.project_id, kind=task.kind,
            title=task.title, payload=dict(task.payload), result=dict(sub.result),
            annotator_id=sub.annotator_id,
            annotator=str(names.get(sub.annotator_id) or _short(sub.annotator_id)),
            active_seconds=sub.active_seconds, submitted_at=sub.submitted_at,
        )  # fmt: skip
        for other_id in item.get("others") or []:
            other = subs.get(str(other_id))
            if other is not None:
                name = str(names.get(other.annotator_id) or _short(other.annotator_id))
                entry.others.append(Other(name, dict(other.result)))
        review = verdicts.get(sub.id)
        if review is not None:
            entry.verdict, entry.comment = review.verdict, review.comment
            entry.verdict_state = review.state
        entries.append(entry)
    return Sample(
        spec, entries,
        project_config=dict(project.config) if project else {},
        instructions_md=project.instructions_md if project else "",
    )  # fmt: skip


def _short(annotator_id: str) -> str:
    return annotator_id[:8] if annotator_id else "?"


def _latest_reviews(s: Session, submission_ids: list[str]) -> dict[str, Review]:
    rows = s.exec(
        select(Review)
        .where(col(Review.submission_id).in_(submission_ids))
        .order_by(col(Review.created_at))
    ).all()
    return {row.submission_id: row for row in rows}  # the newest wins


def record_verdict(
    store: Store,
    submission_id: str,
    verdict: str,
    comment: str = "",
    *,
    reviewer_id: str = "",
    review_id: str | None = None,
) -> Review:
    """Writes the review and its outbox row in one transaction (sent by the next push)."""
    if verdict not in VERDICTS:
        raise ValueError(f"unknown verdict {verdict!r}")
    now = utcnow()
    rid = review_id or str(uuid.uuid4())
    with store.write() as s:
        sub = s.get(Submission, submission_id)
        if sub is None:
            raise KeyError(submission_id)
        review = Review(
            id=rid, submission_id=submission_id, task_id=sub.task_id, reviewer_id=reviewer_id,
            verdict=verdict, comment=comment, created_at=now, state="queued",
        )  # fmt: skip
        row = Outbox(
            entity="review", ref_id=rid, path=f"{API_PREFIX}/reviews/{rid}",
            body={"submission_id": submission_id, "verdict": verdict, "comment": comment},
            next_attempt_at=now, created_at=now,
        )  # fmt: skip
        s.add_all([review, row])
    return review


def review_projects(store: Store) -> list[tuple[str, str, str]]:
    """(id, name, kind) of the server projects the review dialog offers."""
    with store.read() as s:
        rows = s.exec(
            select(Project.id, Project.name, Project.kind)
            .where(Project.source == "server")
            .order_by(col(Project.name))
        ).all()
    return [(str(i), str(n), str(k)) for i, n, k in rows]


def project_annotators(client: ServerClient, project_id: str) -> list[tuple[str, str]]:
    """(id, user name) of the project's annotators, from the project's QA statistics."""
    body = client.call("GET", f"/projects/{project_id}/stats")
    people = body.get("annotators") if isinstance(body, dict) else None
    out: list[tuple[str, str]] = []
    for item in people if isinstance(people, list) else []:
        if isinstance(item, dict) and item.get("annotator_id"):
            out.append((str(item["annotator_id"]), str(item.get("username") or "")))
    return out

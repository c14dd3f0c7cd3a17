"""Pushing the outbox: due rows are marked ``sending``, sent (a few in parallel), and recorded.

Each row keeps its idempotency key (the submission id in the path), so a retry after a lost
answer is replayed by the server, never stored twice. Back-off with jitter is kept in
``next_attempt_at``; Retry-After is honoured up to a cap. Nothing local is deleted: rejected and
late submissions stay, with the server's field errors.
"""

from __future__ import annotations

import contextlib
import random
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from typing import Any

import requests
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, exists, func, or_, select, update

from annotator_desktop.core.cancel import CancelToken
from annotator_desktop.core.store import (
    Outbox,
    Review,
    Skip,
    Store,
    Submission,
    SubmissionState,
    Task,
    TaskState,
    utcnow,
)
from annotator_desktop.core.store.ops import revising
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import NetworkError, NotSignedIn, ServerError, SyncError
from annotator_desktop.core.sync.http import error_from, problem_body, redirect_from
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.writer import Writer, direct
from annotator_desktop.protocol import BadWireData, ErrorCode, parse_json

PENDING = ("queued", "sending")


@dataclass
class Outcome:
    """What one attempt ended with; ``kind`` accepted|late|rejected|conflict|retry|signin."""

    row_id: int
    kind: str
    code: str = ""
    errors: list[dict[str, Any]] = field(default_factory=list)
    delay: float | None = None
    network: bool = False
    error: SyncError | None = None  # why a retry is needed, for the user


@dataclass
class PushReport:
    accepted: int = 0
    late: int = 0
    rejected: int = 0
    conflicts: int = 0
    retrying: int = 0
    needs_signin: int = 0
    stopped_by: str = ""  # "" | offline | needs_signin | server_busy | redirected | cancelled
    error: SyncError | None = None  # the first retry's reason, for the user


def pending_count(store: Store) -> int:
    """Rows still to send (queued or sending)."""
    with store.read() as s:
        return int(
            s.exec(
                select(func.count()).select_from(Outbox).where(col(Outbox.state).in_(PENDING))
            ).one()
        )


def next_due_in(store: Store) -> float | None:
    """Seconds until the earliest pending row may be sent (0 when one is due), None when none."""
    with store.read() as s:
        rows = s.exec(select(Outbox.next_attempt_at).where(col(Outbox.state).in_(PENDING))).all()
    if not rows:
        return None
    now = utcnow()
    return max(0.0, min(((t - now).total_seconds() if t else 0.0) for t in rows))


def backoff_delay(attempts: int, config: SyncConfig, retry_after: float | None = None) -> float:
    """Exponential back-off with jitter; Retry-After (capped) wins when the server sent it."""
    if retry_after is not None:
        return min(max(retry_after, 0.0), config.retry_after_cap) + random.uniform(0, 0.05)
    ceiling = min(config.backoff_cap, config.backoff_base * (2 ** min(attempts, 20)))
    return random.uniform(ceiling / 2, ceiling)


def _review_waits() -> Any:
    """A review row waits while an older review of the same submission is still pending.

    So verdicts changed offline reach the server in the order they were given (the newest
    wins there too), even though a batch is sent in parallel.
    """
    older = aliased(Outbox)
    same = func.json_extract(older.body, "$.submission_id") == func.json_extract(
        Outbox.body, "$.submission_id"
    )
    return exists().where(
        col(older.entity) == "review",
        col(older.state).in_(PENDING),
        col(older.id) < col(Outbox.id),
        same,
    )


def _due(store: Store, limit: int, now: datetime) -> list[Outbox]:
    with store.read() as s:
        return list(
            s.exec(
                select(Outbox)
                .where(col(Outbox.state).in_(PENDING))
                .where(
                    or_(col(Outbox.next_attempt_at).is_(None), col(Outbox.next_attempt_at) <= now)
                )
                .where(or_(Outbox.entity != "review", ~_review_waits()))
                .order_by(col(Outbox.id))
                .limit(limit)
            ).all()
        )


def _mark_sending(store: Store, ids: list[int]) -> None:
    """One transaction, two set-based updates: the rows and their submissions go ``sending``."""
    with store.write() as s:
        s.exec(update(Outbox).where(col(Outbox.id).in_(ids)).values(state="sending"))
        refs = select(Outbox.ref_id).where(col(Outbox.id).in_(ids), Outbox.entity == "submission")
        s.exec(
            update(Submission)
            .where(col(Submission.id).in_(refs))
            .values(state=SubmissionState.SENDING)
        )


def _attempt(client: ServerClient, row: Outbox, config: SyncConfig) -> Outcome:
    assert row.id is not None
    try:
        resp = client.send(row.method, row.path, json=row.body)
    except NotSignedIn:
        return Outcome(row.id, "signin")
    except NetworkError as exc:
        return Outcome(
            row.id, "retry", exc.code, delay=backoff_delay(row.attempts, config), network=True,
            error=exc,
        )  # fmt: skip
    except ServerError as exc:  # an answer too large to read: the send's fate is unknown, retry
        delay = backoff_delay(row.attempts, config)
        return Outcome(row.id, "retry", exc.code, delay=delay, error=exc)
    with resp:
        if resp.status_code < 300:
            return Outcome(row.id, "late" if _is_late(resp) else "accepted")
        if resp.status_code < 400:  # a redirect is a wrong address, never a rejection
            err: ServerError = redirect_from(resp)
            return Outcome(row.id, "retry", err.code, delay=backoff_delay(row.attempts, config),
                           error=err)  # fmt: skip
        if resp.status_code < 500 and problem_body(resp) is None:
            # a 4xx that is not a protocol problem (a proxy's page): not the server's verdict
            err = ServerError(resp.status_code, f"http_{resp.status_code}",
                              f"HTTP {resp.status_code} without a problem answer")  # fmt: skip
            delay = backoff_delay(row.attempts, config)
            return Outcome(row.id, "retry", err.code, delay=delay, error=err)
        err = error_from(resp)
    return _classify(row, err, config)


def _is_late(resp: requests.Response) -> bool:
    with contextlib.suppress(BadWireData):
        body = parse_json(resp.content) if resp.content else None
        return isinstance(body, dict) and body.get("late") is True
    return False


def _classify(row: Outbox, err: ServerError, config: SyncConfig) -> Outcome:
    assert row.id is not None
    if err.status == 409 and err.code == ErrorCode.LEASE_SUPERSEDED:
        return Outcome(row.id, "late", err.code)
    if err.status == 409 and err.code == ErrorCode.KEY_MISMATCH:
        problem = {"loc": [], "code": err.code, "msg": err.detail or "same id, other body"}
        return Outcome(row.id, "conflict", err.code, [problem])
    if err.transient:
        delay = backoff_delay(row.attempts, config, err.retry_after)
        return Outcome(row.id, "retry", err.code, delay=delay)
    errors = err.errors or [{"loc": [], "code": err.code, "msg": err.detail}]
    return Outcome(row.id, "rejected", err.code, errors)


def _record(store: Store, outcomes: list[Outcome]) -> None:
    """Records a batch in one transaction; plain acceptances go in two set-based updates."""
    now = utcnow()
    accepted = [o.row_id for o in outcomes if o.kind == "accepted"]
    with store.write() as s:
        if accepted:
            _accept_all(s, accepted)
        for out in outcomes:
            if out.kind == "accepted":
                continue
            row = s.get(Outbox, out.row_id)
            if row is not None:
                _apply(s, row, out, now)


def _accept_all(s: Session, ids: list[int]) -> None:
    s.exec(update(Outbox).where(col(Outbox.id).in_(ids)).values(state="done", last_error=""))
    subs = select(Outbox.ref_id).where(col(Outbox.id).in_(ids), Outbox.entity == "submission")
    s.exec(
        update(Submission)
        .where(col(Submission.id).in_(subs))
        .values(state=SubmissionState.ACCEPTED, errors=[])
    )
    reviews = select(Outbox.ref_id).where(col(Outbox.id).in_(ids), Outbox.entity == "review")
    s.exec(update(Review).where(col(Review.id).in_(reviews)).values(state="sent"))
    skips = select(Outbox.ref_id).where(col(Outbox.id).in_(ids), Outbox.entity == "skip")
    s.exec(update(Skip).where(col(Skip.id).in_(skips)).values(state="sent"))


def _apply(s: Session, row: Outbox, out: Outcome, now: datetime) -> None:
    row.last_error = out.code
    if out.kind in ("accepted", "late"):
        row.state = "done"
    elif out.kind in ("rejected", "conflict"):
        row.state = "failed"
    else:
        row.state = "queued"
        if out.kind == "retry":
            row.attempts += 1
            row.next_attempt_at = now + timedelta(seconds=out.delay or 0)
    s.add(row)
    if row.entity == "submission":
        _apply_submission(s, row.ref_id, out)
    elif row.entity == "review":
        review = s.get(Review, row.ref_id)
        if review is not None:
            review.state = {"accepted": "sent", "late": "sent"}.get(out.kind, "queued")
            if out.kind in ("rejected", "conflict"):
                review.state = "failed"
            s.add(review)
    elif row.entity == "skip":
        skip = s.get(Skip, row.ref_id)
        if skip is not None:  # the task stays skipped here whatever the server said
            skip.state = _SKIP_STATE.get(out.kind, "queued")
            s.add(skip)


_SKIP_STATE = {"accepted": "sent", "late": "sent", "rejected": "failed", "conflict": "failed"}


_SUB_STATE = {
    "accepted": SubmissionState.ACCEPTED,
    "late": SubmissionState.LATE,
    "rejected": SubmissionState.REJECTED,
    "conflict": SubmissionState.REJECTED,
    "retry": SubmissionState.QUEUED,
    "signin": SubmissionState.NEEDS_SIGNIN,
}
_TASK_STATE = {
    "late": TaskState.LATE,
    "rejected": TaskState.NEEDS_CHANGES,
    "conflict": TaskState.CONFLICT,
}


def _apply_submission(s: Session, sub_id: str, out: Outcome) -> None:
    sub = s.get(Submission, sub_id)
    if sub is None:
        return
    sub.state = _SUB_STATE[out.kind]
    if out.kind in ("rejected", "conflict"):
        sub.errors = out.errors
    elif out.kind in ("accepted", "late"):
        sub.errors = []
    s.add(sub)
    task_state = _TASK_STATE.get(out.kind)
    task = s.get(Task, sub.task_id)
    if (
        task is not None
        and task_state is not None
        and _is_latest(s, sub)
        and not revising(s, task, sub.submitted_at)
    ):
        task.state = task_state
        s.add(task)


def _is_latest(s: Session, sub: Submission) -> bool:
    newest = s.exec(
        select(Submission.id)
        .where(Submission.task_id == sub.task_id)
        .order_by(col(Submission.submitted_at).desc())
    ).first()
    return newest == sub.id


def push(
    client: ServerClient,
    store: Store,
    config: SyncConfig,
    *,
    write: Writer = direct,
    cancel: CancelToken | None = None,
    on_progress: Any = None,
) -> PushReport:
    """Sends every due outbox row; stops early when offline, signed out or the server is busy."""
    report = PushReport()
    parallel = max(1, config.push_parallel)
    with ThreadPoolExecutor(max_workers=parallel, thread_name_prefix="annotator-push") as pool:
        while True:
            if cancel is not None and cancel.cancelled:
                report.stopped_by = "cancelled"
                break
            rows = _due(store, config.push_batch, utcnow())
            if not rows:
                break
            ids = [r.id for r in rows if r.id is not None]
            write(partial(_mark_sending, store, ids))
            outcomes = list(pool.map(lambda r: _attempt(client, r, config), rows))
            write(partial(_record, store, outcomes))
            _count(report, outcomes)
            if on_progress is not None:
                on_progress(len(outcomes))
            if report.stopped_by:
                break
    return report


def _count(report: PushReport, outcomes: list[Outcome]) -> None:
    for out in outcomes:
        if out.kind == "accepted":
            report.accepted += 1
        elif out.kind == "late":
            report.late += 1
        elif out.kind == "rejected":
            report.rejected += 1
        elif out.kind == "conflict":
            report.conflicts += 1
        elif out.kind == "signin":
            report.needs_signin += 1
            report.stopped_by = "needs_signin"
        else:
            report.retrying += 1
            report.error = report.error or out.error
            if out.code == "redirected":
                report.stopped_by = "redirected"
            report.stopped_by = report.stopped_by or ("offline" if out.network else "server_busy")

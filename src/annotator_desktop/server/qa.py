"""QA: reproducible review samples and idempotent reviews that reach the annotator's feed."""

from __future__ import annotations

import math
import random
from typing import Annotated, Any

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from sqlalchemy import Text, cast, func, select
from sqlalchemy.exc import IntegrityError
from sqlmodel import col

from annotator_desktop.protocol import (
    Entity,
    ErrorCode,
    Op,
    ReviewCheckoutRequest,
    ReviewCheckoutResponse,
    ReviewIn,
    ReviewItem,
    ReviewOut,
)
from annotator_desktop.server.access import Caller, CallerDep, CtxDep, lead_project
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.idempotency import body_hash
from annotator_desktop.server.models import ReviewRow, SubmissionRow, TaskRow, UserRow
from annotator_desktop.server.serialize import review_out, submission_out, task_out, user_out
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["qa"], route_class=ParsedJSONRoute)
ReviewId = Annotated[str, Path(min_length=1, max_length=100, pattern=r"^[A-Za-z0-9_.:-]+$")]
STATE_OF = {"accept": "accepted", "reject": "rejected", "needs_changes": "needs_changes"}


@router.post(
    "/review/checkout", response_model=ReviewCheckoutResponse,
    responses=problem_responses(400, 401, 403, 404, 422),
)  # fmt: skip
def review_checkout(
    body: ReviewCheckoutRequest, ctx: CtxDep, caller: CallerDep
) -> ReviewCheckoutResponse:
    """A random sample of the project's submissions: same seed and data, same sample."""
    if body.rate is None and body.count is None:
        raise ApiError(422, ErrorCode.VALIDATION, "give rate or count")
    with ctx.db.read() as session:
        project = lead_project(session, caller, body.project_id)
        stmt = select(col(SubmissionRow.id)).where(col(SubmissionRow.project_id) == project.id)
        if body.annotator_id:
            stmt = stmt.where(col(SubmissionRow.annotator_id) == body.annotator_id)
        pool = sorted(session.scalars(stmt).all())  # ids only: results are read per item
        n = body.count if body.count is not None else math.ceil((body.rate or 0) * len(pool))
        sample = random.Random(body.seed).sample(pool, min(n, len(pool)))
        items: list[ReviewItem] = []
        budget = PAGE_MAX_BYTES
        for sub_id in sample:
            item, used = _item(session, project.kind, sub_id, budget, first=not items)
            if item is None:
                break  # the page is full: the rest of the sample comes with a later request
            items.append(item)
            budget -= used
    return ReviewCheckoutResponse(project_id=project.id, seed=body.seed, items=items)


#: A review checkout answer holds at most about this much result data (always one item).
PAGE_MAX_BYTES = 8 * 1024 * 1024
_SIZE = func.coalesce(func.length(cast(col(SubmissionRow.result), Text)), 0)


def _item(
    session: Any, kind: str, sub_id: str, budget: int, first: bool
) -> tuple[ReviewItem | None, int]:
    """The review item of one submission, its others newest first as far as ``budget`` goes
    (sizes measured in the database before results are read); None if it does not fit."""
    size = int(session.scalar(select(_SIZE).where(col(SubmissionRow.id) == sub_id)) or 0)
    if size > budget and not first:
        return None, 0
    sub = session.get(SubmissionRow, sub_id)
    task = session.get(TaskRow, sub.task_id)
    user = session.get(UserRow, sub.annotator_id)
    assert task is not None
    used, keep = size, []
    sizes = session.execute(
        select(col(SubmissionRow.id), _SIZE)
        .where(col(SubmissionRow.task_id) == sub.task_id, col(SubmissionRow.id) != sub.id)
        .order_by(col(SubmissionRow.received_at).desc())
    ).all()
    for other_id, other_size in sizes:
        if used + int(other_size) > budget:
            break
        used += int(other_size)
        keep.append(other_id)
    others = [session.get(SubmissionRow, other_id) for other_id in reversed(keep)]
    item = ReviewItem(
        submission=submission_out(sub), task=task_out(task, kind),
        annotator=user_out(user) if user else None,
        others=[submission_out(o) for o in others if o is not None],
    )  # fmt: skip
    return item, used


def _reviewer_name(session: Any, user_id: str) -> str:
    """What an annotator reads as the reviewer: the display name, else the user name."""
    user = session.get(UserRow, user_id)
    return (user.display_name or user.username) if user is not None else ""


def _replay(row: ReviewRow, caller: Caller, digest: str, name: str) -> JSONResponse:
    if row.reviewer_id != caller.id or row.body_hash != digest:
        raise ApiError(409, ErrorCode.KEY_MISMATCH, "this review id was used with another body")
    return JSONResponse(review_out(row, name).model_dump(mode="json"), status_code=200)


def _store(
    ctx: Context, caller: Caller, review_id: str, body: ReviewIn, digest: str
) -> JSONResponse:
    with ctx.db.write() as session:
        existing = session.get(ReviewRow, review_id)
        if existing is not None:
            return _replay(existing, caller, digest, _reviewer_name(session, caller.id))
        sub = session.get(SubmissionRow, body.submission_id)
        if sub is None:
            raise ApiError(404, ErrorCode.NOT_FOUND, "no such submission")
        try:
            lead_project(session, caller, sub.project_id)
        except ApiError as exc:
            if exc.status == 403 and sub.annotator_id != caller.id:
                raise ApiError(404, ErrorCode.NOT_FOUND, "no such submission") from exc
            raise
        row = ReviewRow(
            id=review_id, body_hash=digest, submission_id=sub.id, project_id=sub.project_id,
            reviewer_id=caller.id, verdict=body.verdict.value, comment=body.comment,
            created_at=utcnow(),
        )  # fmt: skip
        sub.state = STATE_OF[body.verdict.value]
        session.add_all([row, sub])
        session.flush()
        data = review_out(row, _reviewer_name(session, caller.id)).model_dump(mode="json")
        sub_data = submission_out(sub).model_dump(mode="json")
        pending = [
            Pending(sub.annotator_id, Entity.REVIEW, Op.UPSERT, row.id, data),
            Pending(sub.annotator_id, Entity.SUBMISSION, Op.UPSERT, sub.id, sub_data),
        ]
        if caller.id != sub.annotator_id:
            pending.append(Pending(caller.id, Entity.REVIEW, Op.UPSERT, row.id, data))
        emit(session, pending)
        return JSONResponse(data, status_code=201)


@router.put(
    "/reviews/{review_id}", response_model=ReviewOut, status_code=201,
    responses={200: {"model": ReviewOut, "description": "same body replayed"},
               **problem_responses(400, 401, 403, 404, 409, 422)},
)  # fmt: skip
def put_review(review_id: ReviewId, body: ReviewIn, ctx: CtxDep, caller: CallerDep) -> JSONResponse:
    """qa_lead only; idempotent like submissions."""
    digest = body_hash(body)
    try:
        return _store(ctx, caller, review_id, body, digest)
    except IntegrityError:
        with ctx.db.read() as session:
            existing = session.get(ReviewRow, review_id)
            name = _reviewer_name(session, caller.id)
        if existing is None:
            raise
        return _replay(existing, caller, digest, name)

"""QA: reproducible review samples and idempotent reviews that reach the annotator's feed."""

from __future__ import annotations

import math
import random
from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.responses import JSONResponse
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

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

router = APIRouter(tags=["qa"])
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
        stmt = select(SubmissionRow).where(SubmissionRow.project_id == project.id)
        if body.annotator_id:
            stmt = stmt.where(SubmissionRow.annotator_id == body.annotator_id)
        pool = sorted(session.scalars(stmt).all(), key=lambda s: s.id)
        n = body.count if body.count is not None else math.ceil((body.rate or 0) * len(pool))
        sample = random.Random(body.seed).sample(pool, min(n, len(pool)))
        items = []
        for sub in sample:
            task = session.get(TaskRow, sub.task_id)
            user = session.get(UserRow, sub.annotator_id)
            assert task is not None
            others = session.scalars(
                select(SubmissionRow).where(
                    SubmissionRow.task_id == sub.task_id, SubmissionRow.id != sub.id
                )
            ).all()
            items.append(ReviewItem(
                submission=submission_out(sub), task=task_out(task, project.kind),
                annotator=user_out(user) if user else None,
                others=[submission_out(o) for o in others],
            ))  # fmt: skip
    return ReviewCheckoutResponse(project_id=project.id, seed=body.seed, items=items)


def _replay(row: ReviewRow, caller: Caller, digest: str) -> JSONResponse:
    if row.reviewer_id != caller.id or row.body_hash != digest:
        raise ApiError(409, ErrorCode.KEY_MISMATCH, "this review id was used with another body")
    return JSONResponse(review_out(row).model_dump(mode="json"), status_code=200)


def _store(
    ctx: Context, caller: Caller, review_id: str, body: ReviewIn, digest: str
) -> JSONResponse:
    with ctx.db.write() as session:
        existing = session.get(ReviewRow, review_id)
        if existing is not None:
            return _replay(existing, caller, digest)
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
        data = review_out(row).model_dump(mode="json")
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
        if existing is None:
            raise
        return _replay(existing, caller, digest)

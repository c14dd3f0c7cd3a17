"""Protocol v1: the wire schemas shared by the client and the reference server.

No Qt, no database. Pydantic models describe every JSON body of DESIGN.md's task server
contract; ``validate_result`` checks a task result against its task and project config, so that
the client can warn before submit and the server can answer 422 with the same field errors.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

API_PREFIX = "/api/v1"
PROTOCOL_VERSION = 1


class WireModel(BaseModel):
    """Base for wire bodies: unknown fields are ignored (forward compatible), never stored."""

    model_config = ConfigDict(extra="ignore")


class TaskKind(StrEnum):
    BBOX = "bbox"
    REWRITE = "rewrite"
    COMPARE = "compare"


class Role(StrEnum):
    ANNOTATOR = "annotator"
    QA_LEAD = "qa_lead"
    ADMIN = "admin"


class Verdict(StrEnum):
    ACCEPT = "accept"
    REJECT = "reject"
    NEEDS_CHANGES = "needs_changes"


class Entity(StrEnum):
    PROJECT = "project"
    TASK = "task"
    ASSIGNMENT = "assignment"
    SUBMISSION = "submission"
    REVIEW = "review"


class Op(StrEnum):
    UPSERT = "upsert"
    DELETE = "delete"


class ErrorCode(StrEnum):
    """Machine codes carried by problem+json errors; the client translates by these."""

    BAD_REQUEST = "bad_request"
    VALIDATION = "validation_error"
    UNAUTHORIZED = "unauthorized"
    TOKEN_EXPIRED = "token_expired"
    INVALID_CREDENTIALS = "invalid_credentials"
    REFRESH_REUSED = "refresh_token_reused"
    FORBIDDEN = "forbidden"
    NOT_FOUND = "not_found"
    KEY_MISMATCH = "key_mismatch"
    LEASE_SUPERSEDED = "lease_superseded"
    CURSOR_GONE = "cursor_gone"
    TOO_LARGE = "payload_too_large"
    RATE_LIMITED = "rate_limited"
    UNAVAILABLE = "unavailable"
    RANGE_NOT_SATISFIABLE = "range_not_satisfiable"


# --- errors -----------------------------------------------------------------------------


class FieldError(WireModel):
    """One problem with one field; ``loc`` is a path into the body (``["result", "boxes", 0]``)."""

    loc: list[str | int]
    code: str
    msg: str


class Problem(WireModel):
    """RFC 9457 problem details with a machine ``code``."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str = ""
    code: str
    errors: list[FieldError] = Field(default_factory=list)


# --- auth -------------------------------------------------------------------------------


class LoginRequest(WireModel):
    username: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=1, max_length=1000)


class RefreshRequest(WireModel):
    refresh_token: str = Field(min_length=1, max_length=1000)


class User(WireModel):
    id: str
    username: str
    display_name: str
    roles: list[Role]
    locale: str = "en"


class TokenResponse(WireModel):
    access_token: str
    refresh_token: str
    expires_in: int
    token_type: str = "bearer"
    user: User


# --- projects and tasks -----------------------------------------------------------------


class Label(WireModel):
    name: str = Field(min_length=1, max_length=100)
    color: str = "#e6194b"
    hotkey: str | None = None


class Criterion(WireModel):
    key: str = Field(min_length=1, max_length=64)
    label: str
    min: int = 1
    max: int = 5


class ProjectConfig(WireModel):
    """Per-kind settings; fields that do not apply to a kind are left at their defaults."""

    labels: list[Label] = Field(default_factory=list)
    guidelines_md: str = ""
    criteria: list[Criterion] = Field(default_factory=list)
    min_rationale_chars: int = 0
    overlap: int = 1


class Project(WireModel):
    id: str
    name: str
    kind: TaskKind
    instructions_md: str = ""
    config: ProjectConfig = Field(default_factory=ProjectConfig)


class ImageRef(WireModel):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    width: int = Field(gt=0)
    height: int = Field(gt=0)
    mime: str = "image/jpeg"
    size: int | None = None


class Box(WireModel):
    label: str
    x: float
    y: float
    w: float
    h: float


class BBoxPayload(WireModel):
    image: ImageRef
    labels: list[Label] = Field(default_factory=list)
    prefill: list[Box] = Field(default_factory=list)


class RewritePayload(WireModel):
    prompt: str
    draft_md: str
    guidelines_md: str = ""
    language: str | None = None


class Response(WireModel):
    id: str
    text_md: str


class ComparePayload(WireModel):
    prompt: str
    responses: list[Response] = Field(min_length=2, max_length=2)
    criteria: list[Criterion] = Field(default_factory=list)
    min_rationale_chars: int = 0
    language: str | None = None


class Task(WireModel):
    id: str
    project_id: str
    kind: TaskKind
    payload: dict[str, Any]
    title: str = ""


class Assignment(WireModel):
    assignment_id: str
    task: Task
    lease_epoch: int
    expires_at: datetime
    state: str = "active"
    project_id: str | None = None


class CheckoutRequest(WireModel):
    count: int = Field(default=10, ge=1, le=500)


class CheckoutResponse(WireModel):
    assignments: list[Assignment]
    server_time: datetime


class LeaseResponse(WireModel):
    assignment_id: str
    lease_epoch: int
    expires_at: datetime
    state: str


# --- results ----------------------------------------------------------------------------


class BBoxResult(WireModel):
    boxes: list[Box]
    image_width: int
    image_height: int
    nothing_to_label: bool = False


class RewriteResult(WireModel):
    text_md: str
    notes: str = ""


COMPARE_FLAGS = ("both_bad", "needs_expert", "harmful", "cannot_judge")


class CompareResult(WireModel):
    preference: int = Field(ge=-3, le=3)
    presented_order: list[str]
    criteria: dict[str, int] = Field(default_factory=dict)
    rationale: str = ""
    flags: list[str] = Field(default_factory=list)


RESULT_MODELS: dict[TaskKind, type[WireModel]] = {
    TaskKind.BBOX: BBoxResult,
    TaskKind.REWRITE: RewriteResult,
    TaskKind.COMPARE: CompareResult,
}
PAYLOAD_MODELS: dict[TaskKind, type[WireModel]] = {
    TaskKind.BBOX: BBoxPayload,
    TaskKind.REWRITE: RewritePayload,
    TaskKind.COMPARE: ComparePayload,
}


class SubmissionIn(WireModel):
    assignment_id: str
    task_id: str
    lease_epoch: int
    result: dict[str, Any]
    started_at: datetime | None = None
    submitted_at: datetime
    active_seconds: float = Field(default=0, ge=0)


class SubmissionOut(WireModel):
    id: str
    assignment_id: str
    task_id: str
    annotator_id: str
    lease_epoch: int
    result: dict[str, Any]
    started_at: datetime | None = None
    submitted_at: datetime
    active_seconds: float = 0
    late: bool = False
    state: str = "submitted"
    project_id: str | None = None


# --- change feed ------------------------------------------------------------------------


class Change(WireModel):
    seq: int
    entity: Entity
    op: Op
    id: str
    data: dict[str, Any] | None = None


class ChangesResponse(WireModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool


# --- QA ---------------------------------------------------------------------------------


class ReviewCheckoutRequest(WireModel):
    project_id: str
    rate: Annotated[float, Field(gt=0, le=1)] | None = None
    count: Annotated[int, Field(ge=1, le=10_000)] | None = None
    seed: int = 0
    annotator_id: str | None = None


class ReviewItem(WireModel):
    submission: SubmissionOut
    task: Task
    annotator: User | None = None
    others: list[SubmissionOut] = Field(default_factory=list)


class ReviewCheckoutResponse(WireModel):
    project_id: str
    seed: int
    items: list[ReviewItem]


class ReviewIn(WireModel):
    submission_id: str
    verdict: Verdict
    comment: str = Field(default="", max_length=20_000)


class ReviewOut(WireModel):
    id: str
    submission_id: str
    reviewer_id: str
    verdict: Verdict
    comment: str
    created_at: datetime
    project_id: str | None = None


class AnnotatorStats(WireModel):
    annotator_id: str
    username: str
    submitted: int = 0
    accepted: int = 0
    rejected: int = 0
    needs_changes: int = 0
    acceptance_rate: float | None = None
    active_seconds: float = 0
    throughput_per_hour: float | None = None


class ProjectStats(WireModel):
    project_id: str
    counts: dict[str, int]
    annotators: list[AnnotatorStats]
    agreement: dict[str, float | None]


# --- administration (server additions) ----------------------------------------------


class ProjectCreate(WireModel):
    name: str = Field(min_length=1, max_length=200)
    kind: TaskKind
    instructions_md: str = Field(default="", max_length=200_000)
    config: ProjectConfig = Field(default_factory=ProjectConfig)


class TaskCreate(WireModel):
    id: str | None = Field(default=None, min_length=1, max_length=200)
    title: str = Field(default="", max_length=500)
    payload: dict[str, Any]
    overlap: int | None = Field(default=None, ge=1, le=50)


class TasksCreated(WireModel):
    task_ids: list[str]


class MemberAdd(WireModel):
    user_id: str = Field(min_length=1, max_length=200)


class ReassignRequest(WireModel):
    user_id: str = Field(min_length=1, max_length=200)


class AssetOut(WireModel):
    sha256: str
    size: int
    mime: str


# --- result validation (shared) ---------------------------------------------------------

ResultKind = Literal["bbox", "rewrite", "compare"]


def _err(loc: list[str | int], code: str, msg: str) -> FieldError:
    return FieldError(loc=["result", *loc], code=code, msg=msg)


def validate_bbox(
    payload: dict[str, Any], config: ProjectConfig, result: dict[str, Any]
) -> list[FieldError]:
    res = BBoxResult.model_validate(result)
    task = BBoxPayload.model_validate(payload)
    errors: list[FieldError] = []
    width, height = task.image.width, task.image.height
    if (res.image_width, res.image_height) != (width, height):
        errors.append(
            _err(["image_width"], "image_size_mismatch", "image size differs from the task")
        )
    names = {label.name for label in (task.labels or config.labels)}
    for i, box in enumerate(res.boxes):
        if box.w <= 0 or box.h <= 0:
            errors.append(_err(["boxes", i], "box_empty", "box has zero size"))
        if box.x < 0 or box.y < 0 or box.x + box.w > width + 1e-6 or box.y + box.h > height + 1e-6:
            errors.append(_err(["boxes", i], "box_outside", "box lies outside the image"))
        if not box.label:
            errors.append(_err(["boxes", i, "label"], "label_missing", "box has no label"))
        elif names and box.label not in names:
            errors.append(
                _err(["boxes", i, "label"], "label_unknown", f"unknown label {box.label!r}")
            )
    if not res.boxes and not res.nothing_to_label:
        errors.append(_err(["boxes"], "boxes_empty", "no boxes and not flagged as empty"))
    return errors


def validate_rewrite(
    payload: dict[str, Any], config: ProjectConfig, result: dict[str, Any]
) -> list[FieldError]:
    res = RewriteResult.model_validate(result)
    if not res.text_md.strip():
        return [_err(["text_md"], "text_empty", "the rewrite is empty")]
    return []


def validate_compare(
    payload: dict[str, Any], config: ProjectConfig, result: dict[str, Any]
) -> list[FieldError]:
    res = CompareResult.model_validate(result)
    task = ComparePayload.model_validate(payload)
    errors: list[FieldError] = []
    ids = [r.id for r in task.responses]
    if sorted(res.presented_order) != sorted(ids):
        errors.append(
            _err(
                ["presented_order"], "order_invalid", "presented_order must list both response ids"
            )
        )
    for crit in task.criteria or config.criteria:
        value = res.criteria.get(crit.key)
        if value is None:
            errors.append(
                _err(["criteria", crit.key], "criterion_missing", f"{crit.label} is not rated")
            )
        elif not crit.min <= value <= crit.max:
            errors.append(
                _err(
                    ["criteria", crit.key],
                    "criterion_range",
                    f"{crit.label} must be {crit.min}..{crit.max}",
                )
            )
    minimum = max(task.min_rationale_chars, config.min_rationale_chars)
    if len(res.rationale.strip()) < minimum:
        errors.append(
            _err(["rationale"], "rationale_short", f"rationale needs at least {minimum} characters")
        )
    for i, flag in enumerate(res.flags):
        if flag not in COMPARE_FLAGS:
            errors.append(_err(["flags", i], "flag_unknown", f"unknown flag {flag!r}"))
    return errors


VALIDATORS = {
    TaskKind.BBOX: validate_bbox,
    TaskKind.REWRITE: validate_rewrite,
    TaskKind.COMPARE: validate_compare,
}


def validate_result(
    kind: str, payload: dict[str, Any], config: ProjectConfig | None, result: dict[str, Any]
) -> list[FieldError]:
    """All problems with ``result`` for a task of ``kind``; an empty list means valid."""
    from pydantic import ValidationError

    try:
        return VALIDATORS[TaskKind(kind)](payload, config or ProjectConfig(), result)
    except ValidationError as exc:
        return [
            FieldError(loc=["result", *err["loc"]], code="invalid", msg=err["msg"])
            for err in exc.errors()
        ]

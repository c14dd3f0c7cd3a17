"""Protocol v1: the wire schemas shared by the client and the reference server.

No Qt, no database. Pydantic models describe every JSON body of DESIGN.md's task server
contract; ``validate_result`` checks a task result against its task and project config, so that
the client can warn before submit and the server can answer 422 with the same field errors.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from enum import StrEnum
from typing import Annotated, Any, Literal, TypeVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StrictBool,
    StrictStr,
    TypeAdapter,
    ValidationError,
    model_validator,
)
from pydantic_core import from_json

API_PREFIX = "/api/v1"
PROTOCOL_VERSION = 1

# Integers from the wire are bounded to what SQLite (signed 64-bit) and the server can hold.
MAX_INT = 2**63 - 1
Int64 = Annotated[int, Field(ge=-MAX_INT, le=MAX_INT)]
Epoch = Annotated[int, Field(ge=0, le=MAX_INT)]
Seconds = Annotated[float, Field(ge=0, le=10**9, allow_inf_nan=False)]
Int32 = Annotated[int, Field(ge=-(2**31), le=2**31 - 1)]
Count = Annotated[int, Field(ge=0, le=2**31 - 1)]
Finite = Annotated[float, Field(allow_inf_nan=False, ge=-1e15, le=1e15)]
# Times from the wire: any offset, but inside 1900..9998 once in UTC (converting year 1 with
# +01:00, or 9999-12-31 with -01:00, to UTC overflows; nobody annotates outside that range).
_EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)
_LATEST = datetime(9999, 1, 1, tzinfo=UTC)


def _time_in_range(value: datetime) -> datetime:
    try:
        utc = value.astimezone(UTC) if value.tzinfo is not None else value.replace(tzinfo=UTC)
    except OverflowError:
        raise ValueError("the time is out of range (1900 to 9998)") from None
    if not _EARLIEST <= utc < _LATEST:
        raise ValueError("the time is out of range (1900 to 9998)")
    return value


WireTime = Annotated[datetime, AfterValidator(_time_in_range)]
Ident = Annotated[str, Field(min_length=1, max_length=200)]
TokenText = Annotated[str, Field(min_length=1, max_length=16_384)]


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


class SkipReason(StrEnum):
    """Why a trainer skipped a task (``PUT /skips/{id}``)."""

    BROKEN = "broken"  # the task itself is broken (missing image, garbled prompt, ...)
    UNCLEAR = "unclear"  # the instructions or the task are unclear
    NOT_MY_EXPERTISE = "not_my_expertise"
    OTHER = "other"  # ``text`` says why


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
    id: Ident
    username: str
    display_name: str
    roles: list[Role]
    locale: str = "en"


class TokenResponse(WireModel):
    access_token: TokenText
    refresh_token: TokenText
    expires_in: int = Field(ge=1, le=10 * 365 * 86_400)
    token_type: str = "bearer"
    user: User


# --- projects and tasks -----------------------------------------------------------------


# Colours of labels given without one, by their place in the list (distinct on screen)
LABEL_COLOURS = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4",
    "#42d4f4", "#f032e6", "#bfef45", "#fabed4", "#469990",
)  # fmt: skip


class Label(WireModel):
    name: str = Field(min_length=1, max_length=100)
    color: str = Field(default=LABEL_COLOURS[0], description="default: by the label's place")
    hotkey: str | None = None


def _coloured(labels: list[Label]) -> list[Label]:
    """Labels given without a colour get the palette's colour of their place in the list (they
    all got the first one, so every label of a new project was drawn in the same red)."""
    return [
        label
        if "color" in label.model_fields_set
        else label.model_copy(update={"color": LABEL_COLOURS[i % len(LABEL_COLOURS)]})
        for i, label in enumerate(labels)
    ]


Labels = Annotated[list[Label], AfterValidator(_coloured)]


class Criterion(WireModel):
    key: str = Field(min_length=1, max_length=64)
    label: str
    min: Int32 = 1
    max: Int32 = 5
    # rated once per response (``CompareResult.ratings``) instead of once overall (``criteria``)
    per_response: bool = False


class BoxAttribute(WireModel):
    """A per-box attribute of a bbox project: a yes/no flag, or one of a few ``options``."""

    key: str = Field(min_length=1, max_length=64)
    type: Literal["bool", "choice"] = "bool"
    options: list[str] = Field(default_factory=list)
    label: str = ""  # shown instead of the key when set


class ProjectConfig(WireModel):
    """Per-kind settings; fields that do not apply to a kind are left at their defaults."""

    labels: Labels = Field(default_factory=list)
    attributes: list[BoxAttribute] = Field(default_factory=list)  # bbox: per-box attributes
    guidelines_md: str = ""
    criteria: list[Criterion] = Field(default_factory=list)
    min_rationale_chars: Count = 0
    overlap: int = Field(default=1, ge=1, le=50)
    # Caps the server enforces on submissions (422 validation_error, field error codes
    # too_many_boxes / text_too_long / too_many_versions); they bound what one request costs.
    max_boxes: int = Field(
        default=10_000, ge=1, le=100_000, description="boxes per image in one submission"
    )
    max_text_chars: int = Field(
        default=100_000, ge=1, le=1_000_000, description="characters per text in one submission"
    )
    max_versions: int = Field(
        default=20, ge=1, le=1000, description="submissions (versions) per assignment"
    )


class Project(WireModel):
    id: Ident
    name: str
    kind: TaskKind
    instructions_md: str = ""
    config: ProjectConfig = Field(default_factory=ProjectConfig)


class ImageRef(WireModel):
    sha256: str = Field(pattern=r"^[0-9a-f]{64}$")
    width: int = Field(gt=0, le=2**31 - 1)
    height: int = Field(gt=0, le=2**31 - 1)
    mime: str = "image/jpeg"
    size: int | None = Field(default=None, ge=0, le=MAX_INT)


class Box(WireModel):
    label: str
    x: Finite
    y: Finite
    w: Finite
    h: Finite
    # optional: set only when used (hidden or locked in the editor; attribute values by key)
    hidden: bool = False
    locked: bool = False
    attributes: dict[str, StrictBool | StrictStr] = Field(default_factory=dict)


class BBoxPayload(WireModel):
    image: ImageRef
    labels: Labels = Field(default_factory=list)
    prefill: list[Box] = Field(default_factory=list)
    attributes: list[BoxAttribute] = Field(default_factory=list)


class MessageRole(StrEnum):
    SYSTEM = "system"
    USER = "user"
    ASSISTANT = "assistant"


MAX_MESSAGES = 500
MIN_RESPONSES = 2
MAX_RESPONSES = 9


class Message(WireModel):
    """One turn of a conversation given as a task's context."""

    role: MessageRole
    content: str


class _Context(WireModel):
    """The context of a text task: a plain ``prompt``, a ``messages`` dialogue, or both (the
    prompt then reads as a last user turn after the messages). One of the two must be given."""

    prompt: str = ""
    messages: list[Message] = Field(default_factory=list, max_length=MAX_MESSAGES)

    @model_validator(mode="after")
    def _prompt_or_messages(self) -> _Context:
        if "prompt" not in self.model_fields_set and not self.messages:
            raise ValueError("a prompt or messages is required")
        return self

    def context_messages(self) -> list[Message]:
        """The context as one list of turns: the messages, then a plain prompt as a user turn."""
        turns = list(self.messages)
        if self.prompt or not turns:
            turns.append(Message(role=MessageRole.USER, content=self.prompt))
        return turns


class RewritePayload(_Context):
    draft_md: str
    guidelines_md: str = ""
    language: str | None = None


class Response(WireModel):
    id: str = Field(min_length=1, max_length=200)
    text_md: str


class ComparePayload(_Context):
    # 2: judged on the 7-point ``preference`` scale; 3..9: ranked (``CompareResult.ranking``)
    responses: list[Response] = Field(min_length=MIN_RESPONSES, max_length=MAX_RESPONSES)
    criteria: list[Criterion] = Field(default_factory=list)
    min_rationale_chars: int = 0
    language: str | None = None

    @model_validator(mode="after")
    def _unique_ids(self) -> ComparePayload:
        ids = [r.id for r in self.responses]
        if len(set(ids)) != len(ids):
            raise ValueError("response ids must be unique")
        return self

    @property
    def ranked(self) -> bool:
        """True when the result is a ranking (more than two responses)."""
        return len(self.responses) > MIN_RESPONSES


class Task(WireModel):
    id: Ident
    project_id: str
    kind: TaskKind
    payload: dict[str, Any]
    title: str = ""


class Assignment(WireModel):
    assignment_id: Ident
    task: Task
    lease_epoch: Epoch
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
    lease_epoch: Epoch
    expires_at: datetime
    state: str


# --- results ----------------------------------------------------------------------------


class BBoxResult(WireModel):
    boxes: list[Box]
    image_width: Int32
    image_height: Int32
    nothing_to_label: bool = False


class RewriteResult(WireModel):
    text_md: str
    notes: str = ""


COMPARE_FLAGS = ("both_bad", "needs_expert", "harmful", "cannot_judge")


class CompareResult(WireModel):
    """Two responses: ``preference`` (-3..3, negative: responses[0] better, 0 tie). Three to nine:
    ``ranking``, tie groups of response ids best first, instead. ``criteria`` holds the overall
    criteria, ``ratings`` the per-response ones (``{response_id: {key: value}}``)."""

    preference: int | None = Field(default=None, ge=-3, le=3)
    ranking: list[list[str]] | None = Field(default=None, max_length=MAX_RESPONSES)
    presented_order: list[str]
    criteria: dict[str, Int32] = Field(default_factory=dict)
    ratings: dict[str, dict[str, Int32]] = Field(default_factory=dict)
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
    lease_epoch: Epoch
    result: dict[str, Any]
    started_at: WireTime | None = None
    submitted_at: WireTime
    active_seconds: float = Field(default=0, ge=0, le=10**9, allow_inf_nan=False)


class SubmissionOut(WireModel):
    id: Ident
    assignment_id: str
    task_id: str
    annotator_id: str
    lease_epoch: Epoch
    result: dict[str, Any]
    started_at: datetime | None = None
    submitted_at: datetime
    active_seconds: Seconds = 0
    late: bool = False
    state: str = "submitted"
    project_id: str | None = None


# --- change feed ------------------------------------------------------------------------


class Change(WireModel):
    seq: Int64
    entity: Entity
    op: Op
    id: Ident
    data: dict[str, Any] | None = None


class ChangesResponse(WireModel):
    changes: list[Change]
    next_cursor: str
    has_more: bool


class ChangesPage(WireModel):
    """The client's view of a feed page: each change is validated on its own (and quarantined
    when it fails), so one bad entry never stops the page; the cursor must be a plain string."""

    changes: list[Any]
    next_cursor: StrictStr = Field(max_length=200)
    has_more: StrictBool


# --- QA ---------------------------------------------------------------------------------


class ReviewCheckoutRequest(WireModel):
    project_id: str
    rate: Annotated[float, Field(gt=0, le=1, allow_inf_nan=False)] | None = None
    count: Annotated[int, Field(ge=1, le=10_000)] | None = None
    seed: Int64 = 0
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
    id: Ident
    submission_id: str
    reviewer_id: str
    verdict: Verdict
    comment: str
    created_at: datetime
    project_id: str | None = None
    reviewer_name: str = ""  # the reviewer's display name (added; "" from older servers)


# --- skips -------------------------------------------------------------------------------

MAX_SKIP_TEXT = 2000  # characters of a skip's free text


class SkipIn(WireModel):
    """A skipped task and why. The client makes the skip id (UUID) and sends it again on every
    retry; the server records the skip once and releases the caller's active lease on the task,
    so another annotator can take it. ``text`` is required (not blank) for ``other``."""

    task_id: Ident
    assignment_id: Ident | None = None  # the lease to release; None: the caller's newest one
    reason: SkipReason
    text: str = Field(default="", max_length=MAX_SKIP_TEXT)
    skipped_at: WireTime | None = None

    @model_validator(mode="after")
    def _other_says_why(self) -> SkipIn:
        if self.reason == SkipReason.OTHER and not self.text.strip():
            raise ValueError("a skip with reason 'other' needs a text saying why")
        return self


class SkipOut(WireModel):
    id: Ident
    task_id: str
    project_id: str
    assignment_id: str | None = None
    user_id: str
    reason: SkipReason
    text: str = ""
    skipped_at: datetime | None = None
    received_at: datetime
    released: bool = False  # this skip ended an active lease
    username: str = ""  # added for readers (QA leads): names, not ids
    task_title: str = ""


class SkipPage(WireModel):
    """``GET /projects/{id}/skips``: oldest first; pass ``next_cursor`` back for the next page
    (also later, to get only the skips made since)."""

    skips: list[SkipOut]
    next_cursor: str
    has_more: bool


class BiasShare(WireModel):
    """How often judgments chose the response with one cue (shown first, longer, more formatted)
    among the judged pairs where the two differ in it: ``k`` of ``n``, with a 95% Wilson interval;
    ``flagged`` when the interval excludes 50%."""

    n: int = 0
    k: int = 0
    share: float | None = None
    low: float | None = None
    high: float | None = None
    flagged: bool = False


class BiasStats(WireModel):
    first_shown: BiasShare = Field(default_factory=BiasShare)
    longer: BiasShare = Field(default_factory=BiasShare)
    more_formatted: BiasShare = Field(default_factory=BiasShare)


class SplitTask(WireModel):
    """A compare task judged by several annotators who disagree: ``split`` is 0 (all agree) to 1
    (every two judgments opposite), the mean over pairs of judgments and pairs of responses."""

    task_id: str
    title: str = ""
    judgments: int
    split: float
    submission_ids: list[str] = Field(default_factory=list)


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
    bias: BiasStats | None = None  # compare projects only


class ProjectStats(WireModel):
    project_id: str
    counts: dict[str, int]
    annotators: list[AnnotatorStats]
    agreement: dict[str, float | None]
    bias: BiasStats | None = None  # compare projects only: over every annotator's judgments
    split_tasks: list[SplitTask] = Field(default_factory=list)  # most split first
    skips: dict[str, int] = Field(default_factory=dict)  # skips by reason (added)


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


class DatabaseHealth(WireModel):
    state: str = Field(description="ok, or unreachable when a trivial query fails")
    dialect: str = Field(description="the SQLAlchemy dialect: sqlite or postgresql")


class HealthOut(WireModel):
    """``GET /health``: 200 with status ok, or 503 (with Retry-After) when the database is down."""

    status: str = Field(description="ok, or unavailable")
    version: str = Field(description="the server's package version")
    database: DatabaseHealth


# --- result validation (shared) ---------------------------------------------------------

ResultKind = Literal["bbox", "rewrite", "compare"]


def _err(loc: list[str | int], code: str, msg: str) -> FieldError:
    return FieldError(loc=["result", *loc], code=code, msg=msg)


def validate_bbox(
    payload: dict[str, Any], config: ProjectConfig, res: BBoxResult
) -> list[FieldError]:
    task = BBoxPayload.model_validate(payload)
    errors: list[FieldError] = []
    width, height = task.image.width, task.image.height
    if (res.image_width, res.image_height) != (width, height):
        errors.append(
            _err(["image_width"], "image_size_mismatch", "image size differs from the task")
        )
    names = {label.name for label in (task.labels or config.labels)}
    attributes = {a.key: a for a in (task.attributes or config.attributes)}
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
        errors.extend(_attribute_errors(i, box, attributes))
    if not res.boxes and not res.nothing_to_label:
        errors.append(_err(["boxes"], "boxes_empty", "no boxes and not flagged as empty"))
    if res.boxes and res.nothing_to_label:
        errors.append(
            _err(["nothing_to_label"], "nothing_with_boxes", "boxes drawn yet flagged as empty")
        )
    return errors


def _attribute_errors(i: int, box: Box, defs: dict[str, BoxAttribute]) -> list[FieldError]:
    """A box's attribute values checked against the project's attribute definitions."""
    errors: list[FieldError] = []
    for key, value in box.attributes.items():
        loc: list[str | int] = ["boxes", i, "attributes", key]
        spec = defs.get(key)
        if spec is None:
            errors.append(_err(loc, "attribute_unknown", f"unknown attribute {key!r}"))
        elif spec.type == "bool" and not isinstance(value, bool):
            errors.append(_err(loc, "attribute_invalid", f"{key} must be true or false"))
        elif spec.type == "choice" and (isinstance(value, bool) or value not in spec.options):
            errors.append(
                _err(loc, "attribute_invalid", f"{key} must be one of {', '.join(spec.options)}")
            )
    return errors


def validate_rewrite(
    payload: dict[str, Any], config: ProjectConfig, res: RewriteResult
) -> list[FieldError]:
    if not res.text_md.strip():
        return [_err(["text_md"], "text_empty", "the rewrite is empty")]
    return []


def validate_compare(
    payload: dict[str, Any], config: ProjectConfig, res: CompareResult
) -> list[FieldError]:
    task = ComparePayload.model_validate(payload)
    ids = [r.id for r in task.responses]
    errors: list[FieldError] = []
    if sorted(res.presented_order) != sorted(ids):
        errors.append(
            _err(
                ["presented_order"],
                "order_invalid",
                "presented_order must list every response id once",
            )
        )
    errors.extend(_judgment_errors(task, res, ids))
    criteria = task.criteria or config.criteria
    for crit in criteria:
        if not crit.per_response:
            errors.extend(_criterion_errors(["criteria", crit.key], crit, res.criteria))
    errors.extend(_rating_errors([c for c in criteria if c.per_response], res, ids))
    minimum = max(task.min_rationale_chars, config.min_rationale_chars)
    if len(res.rationale.strip()) < minimum:
        errors.append(
            _err(["rationale"], "rationale_short", f"rationale needs at least {minimum} characters")
        )
    for i, flag in enumerate(res.flags):
        if flag not in COMPARE_FLAGS:
            errors.append(_err(["flags", i], "flag_unknown", f"unknown flag {flag!r}"))
    return errors


def _judgment_errors(task: ComparePayload, res: CompareResult, ids: list[str]) -> list[FieldError]:
    """Two responses need a ``preference``; more need a ``ranking`` of every response once."""
    if not task.ranked:
        if res.ranking is not None:
            return [_err(["ranking"], "ranking_unexpected", "two responses take a preference")]
        if res.preference is None:
            return [_err(["preference"], "preference_missing", "no preference given")]
        return []
    if res.preference is not None:
        return [_err(["preference"], "preference_unexpected", "more than two are ranked")]
    if res.ranking is None:
        return [_err(["ranking"], "ranking_missing", "the responses are not ranked")]
    return ranking_errors(res.ranking, ids)


def ranking_errors(ranking: list[list[str]], ids: list[str]) -> list[FieldError]:
    """Problems with a ranking: empty tie groups, unknown ids, ids ranked twice or not at all."""
    errors: list[FieldError] = []
    seen: set[str] = set()
    for g, group in enumerate(ranking):
        if not group:
            errors.append(_err(["ranking", g], "ranking_group_empty", "an empty rank"))
        for i, rid in enumerate(group):
            if rid not in ids:
                errors.append(
                    _err(["ranking", g, i], "ranking_unknown", f"unknown response {rid!r}")
                )
            elif rid in seen:
                errors.append(
                    _err(["ranking", g, i], "ranking_duplicate", f"{rid!r} is ranked twice")
                )
            seen.add(rid)
    missing = [rid for rid in ids if rid not in seen]
    if missing:
        errors.append(_err(["ranking"], "ranking_incomplete", f"not ranked: {', '.join(missing)}"))
    return errors


def _criterion_errors(
    loc: list[str | int], crit: Criterion, values: dict[str, int]
) -> list[FieldError]:
    value = values.get(crit.key)
    if value is None:
        return [_err(loc, "criterion_missing", f"{crit.label} is not rated")]
    if not crit.min <= value <= crit.max:
        return [_err(loc, "criterion_range", f"{crit.label} must be {crit.min}..{crit.max}")]
    return []


def _rating_errors(
    per_response: list[Criterion], res: CompareResult, ids: list[str]
) -> list[FieldError]:
    """Every per-response criterion rated for every response; nothing rated for unknown ids."""
    errors: list[FieldError] = []
    for rid in res.ratings:
        if rid not in ids:
            errors.append(
                _err(["ratings", rid], "rating_unknown_response", f"unknown response {rid!r}")
            )
    keys = {c.key for c in per_response}
    for rid in ids:
        values = res.ratings.get(rid, {})
        for crit in per_response:
            errors.extend(_criterion_errors(["ratings", rid, crit.key], crit, values))
        for key in values:
            if key not in keys:
                errors.append(
                    _err(["ratings", rid, key], "rating_unknown", f"unknown criterion {key!r}")
                )
    return errors


Validator = Callable[[dict[str, Any], ProjectConfig, Any], list[FieldError]]
VALIDATORS: dict[TaskKind, Validator] = {
    TaskKind.BBOX: validate_bbox,
    TaskKind.REWRITE: validate_rewrite,
    TaskKind.COMPARE: validate_compare,
}


_BOX_SLICE = 500
_BOXES: TypeAdapter[list[Box]] = TypeAdapter(list[Box])


def parse_result(kind: str, result: dict[str, Any]) -> WireModel:
    """``result`` as its kind's model (ValidationError otherwise).

    A box list is validated 500 boxes at a time: one call into pydantic-core holds the GIL for
    its whole length, and on the server a 10,000-box result in one call kept every other
    request waiting ~20 ms; between slices other threads run."""
    model = RESULT_MODELS[TaskKind(kind)]
    boxes = result.get("boxes") if model is BBoxResult else None
    if not isinstance(boxes, list) or len(boxes) <= _BOX_SLICE:
        return model.model_validate(result)
    head = BBoxResult.model_validate({**result, "boxes": []})
    parsed: list[Box] = []
    try:
        for start in range(0, len(boxes), _BOX_SLICE):
            parsed.extend(_BOXES.validate_python(boxes[start : start + _BOX_SLICE]))
    except ValidationError:
        return model.model_validate(result)  # raises again, with the whole result's locations
    return head.model_copy(update={"boxes": parsed})


def dump_result(model: WireModel) -> dict[str, Any]:
    """``model.model_dump(mode="json")``, a long box list written 500 boxes at a time (see
    :func:`parse_result`)."""
    if not isinstance(model, BBoxResult) or len(model.boxes) <= _BOX_SLICE:
        return model.model_dump(mode="json")
    out = model.model_copy(update={"boxes": []}).model_dump(mode="json")
    for start in range(0, len(model.boxes), _BOX_SLICE):
        out["boxes"].extend(
            _BOXES.dump_python(model.boxes[start : start + _BOX_SLICE], mode="json")
        )
    return out


def check_result(
    kind: str, payload: dict[str, Any], config: ProjectConfig | None, result: dict[str, Any]
) -> tuple[WireModel | None, list[FieldError]]:
    """The parsed result and every problem with it; (None, errors) when it does not parse."""
    try:
        parsed = parse_result(kind, result)
        return parsed, VALIDATORS[TaskKind(kind)](payload, config or ProjectConfig(), parsed)
    except ValidationError as exc:
        errors = [
            FieldError(loc=["result", *err["loc"]], code="invalid", msg=err["msg"])
            for err in exc.errors()
        ]
        return None, errors


def validate_result(
    kind: str, payload: dict[str, Any], config: ProjectConfig | None, result: dict[str, Any]
) -> list[FieldError]:
    """All problems with ``result`` for a task of ``kind``; an empty list means valid."""
    return check_result(kind, payload, config, result)[1]


# --- parsing at the client's boundary -------------------------------------------------------

FEED_MODELS: dict[Entity, type[WireModel]] = {
    Entity.PROJECT: Project,
    Entity.TASK: Task,
    Entity.ASSIGNMENT: Assignment,
    Entity.SUBMISSION: SubmissionOut,
    Entity.REVIEW: ReviewOut,
}


M = TypeVar("M", bound=WireModel)


class BadWireData(ValueError):
    """An answer that is not what protocol v1 describes; ``str()`` says what is wrong."""


def parse_json(raw: bytes | str) -> Any:
    """JSON text to Python values: no NaN/Infinity, valid Unicode only, nesting bounded."""
    try:
        return from_json(raw, allow_inf_nan=False)
    except ValueError as exc:
        raise BadWireData(f"not valid JSON: {str(exc)[:200]}") from exc


def _short(exc: ValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        parts.append(f"{loc}: {err['msg']}")
    return "; ".join(parts)[:500]


def parse_as(model: type[M], value: Any) -> M:
    """``value`` (already decoded JSON) as ``model``; raises :class:`BadWireData`."""
    if not isinstance(value, dict):
        raise BadWireData(f"expected an object for {model.__name__}, got {type(value).__name__}")
    try:
        return model.model_validate(value)
    except ValidationError as exc:
        raise BadWireData(f"{model.__name__}: {_short(exc)}") from exc
    except (RecursionError, OverflowError) as exc:  # defensive: never leaks past the boundary
        raise BadWireData(f"{model.__name__}: {type(exc).__name__}") from exc


def parse_change(value: Any) -> tuple[Change, WireModel | None]:
    """One feed entry and, for an upsert, its validated object; raises :class:`BadWireData`."""
    change = parse_as(Change, value)
    if change.op == Op.DELETE:
        return change, None
    if change.data is None:
        raise BadWireData("an upsert without data")
    return change, parse_as(FEED_MODELS[change.entity], change.data)


def parse_list_of(model: type[WireModel], value: Any, key: str) -> list[Any]:
    """The raw items of a list answer (a bare list or ``{key: [...]}``); items are not parsed."""
    if isinstance(value, dict):
        value = value.get(key)
    if not isinstance(value, list):
        raise BadWireData(f"expected a list of {model.__name__}")
    return value

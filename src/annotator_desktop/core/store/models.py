"""SQLModel tables of the local cache. Schema changes go through ``migrations.py``."""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, DateTime, Index, TypeDecorator, event
from sqlmodel import Field, SQLModel


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator[datetime]):
    """Stores aware datetimes as naive UTC and gives them back aware."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Any) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Any) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def ts_field(*, nullable: bool = True, index: bool = False) -> Any:
    return Field(default=None, sa_column=Column(UTCDateTime(), nullable=nullable, index=index))


def json_field() -> Any:
    return Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class TaskState(StrEnum):
    """What the task list shows; derived from drafts, submissions and reviews."""

    NEW = "new"
    DRAFT = "draft"
    SUBMITTED = "submitted"
    ACCEPTED = "accepted"
    NEEDS_CHANGES = "needs_changes"
    REJECTED = "rejected"
    LATE = "late"
    CONFLICT = "conflict"
    SKIPPED = "skipped"  # the user skipped it, saying why (a Skip row)


class SubmissionState(StrEnum):
    QUEUED = "queued"  # in the outbox, for the server
    SUBMITTED_LOCALLY = "submitted_locally"  # a folder project's: done here, nothing to send
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    LATE = "late"
    NEEDS_SIGNIN = "needs_signin"


class Account(SQLModel, table=True):
    """The signed-in user (one row per server + user; ``current`` marks the active one)."""

    id: str = Field(primary_key=True)
    server_url: str
    username: str
    display_name: str = ""
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    locale: str = "en"
    current: bool = False
    server_kind: str = "annotator"  # annotator | labelstudio (schema v9)


class Project(SQLModel, table=True):
    id: str = Field(primary_key=True)
    name: str
    kind: str
    instructions_md: str = ""
    config: dict[str, Any] = json_field()
    source: str = "server"  # server | local
    local_root: str | None = None


class Task(SQLModel, table=True):
    __table_args__ = (
        Index("ix_task_project_state", "project_id", "state"),
        Index("ix_task_list_order", "project_id", "position", "id"),
    )

    id: str = Field(primary_key=True)
    project_id: str = Field(index=True)
    kind: str
    title: str = ""
    payload: dict[str, Any] = json_field()
    state: str = Field(default=TaskState.NEW, index=True)
    search_text: str = ""  # lower-cased text the task list filters on (schema v2)
    position: int = 0
    updated_at: datetime | None = ts_field()


class Assignment(SQLModel, table=True):
    """A lease on a task; ``lease_epoch`` is the server's fencing token."""

    id: str = Field(primary_key=True)
    task_id: str = Field(index=True)
    project_id: str = ""
    lease_epoch: int = 0
    expires_at: datetime | None = ts_field()
    state: str = "active"  # active | released | revoked | expired
    flagged: bool = False  # revoked while an unsent draft existed


class Asset(SQLModel, table=True):
    sha256: str = Field(primary_key=True)
    size: int | None = None
    mime: str = ""
    state: str = "missing"  # missing | partial | complete | bad
    bytes_have: int = 0
    etag: str = ""
    last_used_at: datetime | None = ts_field()


class Draft(SQLModel, table=True):
    task_id: str = Field(primary_key=True)
    assignment_id: str | None = None
    result: dict[str, Any] = json_field()
    active_seconds: float = 0.0
    started_at: datetime | None = ts_field()
    updated_at: datetime | None = ts_field()
    revision: int = 0


class Submission(SQLModel, table=True):
    id: str = Field(primary_key=True)  # client-made UUID, the idempotency key
    task_id: str = Field(index=True)
    assignment_id: str = ""
    annotator_id: str = ""
    lease_epoch: int = 0
    result: dict[str, Any] = json_field()
    started_at: datetime | None = ts_field()
    submitted_at: datetime | None = ts_field()
    active_seconds: float = 0.0
    state: str = SubmissionState.QUEUED
    errors: list[dict[str, Any]] = Field(
        default_factory=list, sa_column=Column(JSON, nullable=False)
    )
    origin: str = "local"  # local | server (another annotator's, seen in QA review)


class Skip(SQLModel, table=True):
    """A task the user skipped, and why (schema v8). ``state``: queued (its outbox row is to
    be sent) | sent | failed | local (a folder project's: recorded here only)."""

    id: str = Field(primary_key=True)  # client-made UUID, the idempotency key
    task_id: str = Field(index=True)
    assignment_id: str | None = None
    reason: str  # broken | unclear | not_my_expertise | other (protocol.SkipReason)
    text: str = ""
    skipped_at: datetime | None = ts_field()
    state: str = "queued"


class Outbox(SQLModel, table=True):
    """A request still to be sent; rows are kept (state ``done``) rather than deleted."""

    id: int | None = Field(default=None, primary_key=True)
    entity: str  # submission | review | skip
    ref_id: str = Field(index=True)
    method: str = "PUT"
    path: str
    body: dict[str, Any] = json_field()
    state: str = Field(default="queued", index=True)  # queued | sending | done | failed
    attempts: int = 0
    next_attempt_at: datetime | None = ts_field()
    last_error: str = ""
    created_at: datetime | None = ts_field()


class Review(SQLModel, table=True):
    id: str = Field(primary_key=True)
    submission_id: str = Field(index=True)
    task_id: str = ""
    reviewer_id: str = ""
    verdict: str
    comment: str = ""
    created_at: datetime | None = ts_field()
    state: str = "received"  # local | queued | sent | received


class Person(SQLModel, table=True):
    """A display name the server gave for a user id (a reviewer's, so people read names)."""

    id: str = Field(primary_key=True)
    name: str = ""


class AssetSource(SQLModel, table=True):
    """An image known by its address only (no hash from the server): the hash, size and
    dimensions learnt when it arrived, and the validator a cut download resumes with."""

    __tablename__ = "asset_source"  # schema v9

    url: str = Field(primary_key=True)
    sha256: str = ""  # "" until the whole file has arrived
    size: int | None = None  # the whole file's size, once a server said it
    width: int | None = None
    height: int | None = None
    mime: str = ""
    validator: str = ""  # strong ETag or Last-Modified of the partial download
    updated_at: datetime | None = ts_field()


class Quarantine(SQLModel, table=True):
    """A feed change that failed validation: kept raw (truncated) with the error (schema v4)."""

    id: int | None = Field(default=None, primary_key=True)
    seq: int | None = None
    entity: str = ""
    item_id: str = ""
    raw: str = ""
    error: str = ""
    received_at: datetime | None = ts_field()


class SyncState(SQLModel, table=True):
    """Key/value state of sync (cursor, last sync time) and of the app (last open task)."""

    key: str = Field(primary_key=True)
    value: str = ""


@event.listens_for(Task, "before_insert")
@event.listens_for(Task, "before_update")
def _fill_search_text(_mapper: Any, _conn: Any, task: Task) -> None:
    task.search_text = f"{task.id} {task.title}".lower()

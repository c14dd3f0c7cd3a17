"""Server tables (SQLModel). Times are naive UTC; JSON columns hold wire payloads."""

from __future__ import annotations

from typing import Any

from pydantic import NaiveDatetime as datetime  # stored naive UTC
from sqlalchemy import JSON, BigInteger, Column, Index, MetaData, Text, text
from sqlmodel import Field, SQLModel


class UserRow(SQLModel, table=True):
    __tablename__ = "users"
    id: str = Field(primary_key=True)
    username: str = Field(index=True, unique=True)
    display_name: str = ""
    roles: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    locale: str = "en"
    password_hash: str
    created_at: datetime


class TokenRow(SQLModel, table=True):
    """An access or refresh token, stored only as its SHA-256."""

    __tablename__ = "tokens"
    token_hash: str = Field(primary_key=True)
    kind: str  # access | refresh
    user_id: str = Field(index=True)
    family_id: str = Field(index=True)
    expires_at: datetime
    used_at: datetime | None = None


class LoginLimitRow(SQLModel, table=True):
    """Failed sign-ins of one limiter key (SHA-256 of user + address, or of an address)."""

    __tablename__ = "login_limits"
    key: str = Field(primary_key=True, max_length=64)
    failures: int = 0
    last_at: datetime = Field(index=True)


class ProjectRow(SQLModel, table=True):
    __tablename__ = "projects"
    id: str = Field(primary_key=True)
    name: str
    kind: str
    instructions_md: str = Field(default="", sa_column=Column(Text, nullable=False))
    config: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    created_at: datetime


class MemberRow(SQLModel, table=True):
    __tablename__ = "members"
    project_id: str = Field(primary_key=True)
    user_id: str = Field(primary_key=True, index=True)


_OPEN = text("live_count < overlap")  # a task with a free slot (see leases.checkout)
_ACTIVE = text("state = 'active'")


class TaskRow(SQLModel, table=True):
    """``live_count``: its active or submitted assignments, expired or not (kept by leases in the
    same transaction); ``done_count``: annotators with an on-time submission (kept by
    submissions); checkout reads only the open ones, through ``ix_tasks_open``."""

    __tablename__ = "tasks"
    __table_args__ = (
        Index("ix_tasks_open", "project_id", "seq_no", sqlite_where=_OPEN, postgresql_where=_OPEN),
    )
    id: str = Field(primary_key=True)
    project_id: str = Field(index=True)
    title: str = ""
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    overlap: int = 1
    asset_sha256: str | None = Field(default=None, index=True)
    epoch: int = 0
    seq_no: int = 0
    created_at: datetime
    live_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})
    done_count: int = Field(default=0, sa_column_kwargs={"server_default": "0"})


class TaskMetaRow(SQLModel, table=True):
    """What an import kept of a task's source line (its fields, the layout, the shuffle seed and
    which response was the source's "chosen"): for export only, never sent to annotators."""

    __tablename__ = "task_meta"
    task_id: str = Field(primary_key=True)
    project_id: str = Field(index=True)
    data: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))


class AssignmentRow(SQLModel, table=True):
    """A lease of one task to one user; ``state`` active|submitted|released|revoked|superseded|
    skipped (ended by the user's skip: checkout does not give the task to them again)."""

    __tablename__ = "assignments"
    __table_args__ = (
        Index("ix_assign_task_state", "task_id", "state"),
        Index("ix_assign_user_project_state", "user_id", "project_id", "state"),
        Index(
            "ix_assign_active_expiry", "project_id", "expires_at",
            sqlite_where=_ACTIVE, postgresql_where=_ACTIVE,
        ),
    )  # fmt: skip
    id: str = Field(primary_key=True)
    task_id: str
    project_id: str = Field(index=True)
    user_id: str = Field(index=True)
    lease_epoch: int = Field(sa_type=BigInteger)  # 64-bit: the wire allows up to 2**63-1
    state: str = "active"
    expires_at: datetime
    created_at: datetime
    updated_at: datetime


class SubmissionRow(SQLModel, table=True):
    __tablename__ = "submissions"
    __table_args__ = (  # stats by annotator and state without reading results; per-task lookups
        Index("ix_sub_project_annotator", "project_id", "annotator_id", "state", "active_seconds"),
        Index("ix_sub_task_annotator", "task_id", "annotator_id"),
    )
    id: str = Field(primary_key=True)
    body_hash: str
    assignment_id: str = Field(index=True)
    task_id: str = Field(index=True)
    project_id: str = Field(index=True)
    annotator_id: str = Field(index=True)
    lease_epoch: int = Field(sa_type=BigInteger)  # 64-bit: the wire allows up to 2**63-1
    result: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    started_at: datetime | None = None
    submitted_at: datetime
    active_seconds: float = 0
    late: bool = False
    state: str = "submitted"
    received_at: datetime


class ReviewRow(SQLModel, table=True):
    __tablename__ = "reviews"
    id: str = Field(primary_key=True)
    body_hash: str
    submission_id: str = Field(index=True)
    project_id: str = Field(index=True)
    reviewer_id: str
    verdict: str
    comment: str = Field(default="", sa_column=Column(Text, nullable=False))
    created_at: datetime


class SkipRow(SQLModel, table=True):
    """A task a user skipped, and why (``PUT /skips/{id}``; the id is the client's key).
    ``released``: the skip ended the user's active lease. Listed per project in the order
    received (``ix_skips_project_received``), by reason through ``ix_skips_project_reason``."""

    __tablename__ = "skips"
    __table_args__ = (
        Index("ix_skips_project_received", "project_id", "received_at", "id"),
        Index("ix_skips_project_reason", "project_id", "reason", "received_at", "id"),
        Index("ix_skips_task_user", "task_id", "user_id"),
    )
    id: str = Field(primary_key=True)
    body_hash: str
    task_id: str
    project_id: str
    assignment_id: str | None = None
    user_id: str
    reason: str
    text: str = Field(default="", sa_column=Column(Text, nullable=False))
    skipped_at: datetime | None = None
    received_at: datetime
    released: bool = False


class SkipCountRow(SQLModel, table=True):
    """Skips per project and reason, kept in the skip's write transaction (stats read these)."""

    __tablename__ = "skip_counts"
    project_id: str = Field(primary_key=True)
    reason: str = Field(primary_key=True)
    n: int = 0


class ChangeRow(SQLModel, table=True):
    """One entry of one user's change feed; only the newest per (user, entity, id) is kept."""

    __tablename__ = "changes"
    __table_args__ = (
        Index("ix_changes_user_seq", "user_id", "seq"),
        Index("ix_changes_key", "user_id", "entity", "entity_id"),
    )
    seq: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    user_id: str
    entity: str
    op: str
    entity_id: str
    data: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON, nullable=True))
    created_at: datetime = Field(index=True)


class CounterRow(SQLModel, table=True):
    """Named counters; ``feed`` hands out seq, ``horizon`` is the oldest cursor still served."""

    __tablename__ = "counters"
    name: str = Field(primary_key=True)
    value: int = 0


class AssetRow(SQLModel, table=True):
    __tablename__ = "assets"
    sha256: str = Field(primary_key=True)
    size: int
    mime: str = "application/octet-stream"
    created_at: datetime


class ProjectCountsRow(SQLModel, table=True):
    """Per-project task counts kept in the write transactions: ``started`` tasks have on-time
    submissions from fewer annotators than their overlap, ``completed`` from enough."""

    __tablename__ = "project_counts"
    project_id: str = Field(primary_key=True)
    tasks: int = 0
    started: int = 0
    completed: int = 0


class TaskAgreementRow(SQLModel, table=True):
    """One task's agreement parts (see core.metrics.project.TaskAgreement), summed by SQL for
    the project's figure. ``dirty``: a new on-time submission arrived and the parts are old;
    the stats worker (or the next stats request) computes them once and clears it."""

    __tablename__ = "task_agreement"
    __table_args__ = (Index("ix_task_agreement_project", "project_id", "dirty"),)
    task_id: str = Field(primary_key=True)
    project_id: str
    dirty: bool = True
    marks: int = 0  # +1 per mark: parts computed from older data never clear a newer mark
    annotators: int = 0
    pairs: int = 0
    total: float = 0.0
    skipped: int = 0
    n_values: int = 0
    value_sum: float = 0.0
    value_sq_sum: float = 0.0
    disagreement: float = 0.0


def server_metadata() -> MetaData:
    """The server's tables alone. ``SQLModel.metadata`` is shared by every SQLModel table of the
    process: where the desktop client's store is imported too (``annotator-desktop --demo`` runs
    the server in-process; the test suite), it also holds the client's tables, which must never
    be created in, or compared with, a server database."""
    own = MetaData()
    for table in SQLModel.metadata.sorted_tables:
        if table.name in _SERVER_TABLES:
            table.to_metadata(own)
    return own


_SERVER_TABLES = frozenset(
    cls.__tablename__
    for cls in list(globals().values())
    if isinstance(cls, type)
    and issubclass(cls, SQLModel)
    and hasattr(cls, "__table__")
    and cls.__module__ == __name__
)

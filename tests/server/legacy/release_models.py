"""The server tables of the last release made without migrations (a frozen copy of its
models.py, commit fa951b7), for the upgrade test: never edit."""

from __future__ import annotations

from typing import Any

from pydantic import NaiveDatetime as datetime  # stored naive UTC
from sqlalchemy import JSON, Column, Index, Text
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


class TaskRow(SQLModel, table=True):
    __tablename__ = "tasks"
    id: str = Field(primary_key=True)
    project_id: str = Field(index=True)
    title: str = ""
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    overlap: int = 1
    asset_sha256: str | None = Field(default=None, index=True)
    epoch: int = 0
    seq_no: int = 0
    created_at: datetime


class AssignmentRow(SQLModel, table=True):
    """A lease of one task to one user; ``state`` active|submitted|released|revoked|superseded."""

    __tablename__ = "assignments"
    __table_args__ = (Index("ix_assign_task_state", "task_id", "state"),)
    id: str = Field(primary_key=True)
    task_id: str
    project_id: str = Field(index=True)
    user_id: str = Field(index=True)
    lease_epoch: int
    state: str = "active"
    expires_at: datetime
    created_at: datetime
    updated_at: datetime


class SubmissionRow(SQLModel, table=True):
    __tablename__ = "submissions"
    id: str = Field(primary_key=True)
    body_hash: str
    assignment_id: str = Field(index=True)
    task_id: str = Field(index=True)
    project_id: str = Field(index=True)
    annotator_id: str = Field(index=True)
    lease_epoch: int
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

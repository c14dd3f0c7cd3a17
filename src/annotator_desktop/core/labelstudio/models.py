"""The connector's tables in the local store (schema v9): our ids beside Label Studio's.

Our ids for Label Studio objects are deterministic (:mod:`~annotator_desktop.core.labelstudio.
mapping`), so a re-pull maps to the same rows; these tables keep what an id cannot say.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, Column
from sqlmodel import Field, SQLModel

from annotator_desktop.core.labelstudio.configs import LsSchema
from annotator_desktop.core.store.models import ts_field


class LsProject(SQLModel, table=True):
    """A Label Studio project as last listed: its kind, or why this client cannot work on it;
    ``schema`` holds ``{"config": our ProjectConfig, "tags": the label config's tag names}``
    (see :class:`~annotator_desktop.core.labelstudio.configs.LsSchema`; read it with
    :func:`schema_of`)."""

    __tablename__ = "ls_project"

    project_id: str = Field(primary_key=True)  # ours: ls-<project>
    ls_id: int
    title: str = ""
    kind: str = ""  # bbox | rewrite | compare | "" (not supported)
    reason: str = ""  # one sentence when not supported
    schema_: dict[str, Any] = Field(
        default_factory=dict, sa_column=Column("schema", JSON, nullable=False)
    )
    seen_at: datetime | None = ts_field()


def schema_of(row: LsProject) -> LsSchema:
    """The project's kind, config and tag names as classified when it was last listed."""
    stored = row.schema_ if isinstance(row.schema_, dict) else {}
    config, tags = stored.get("config"), stored.get("tags")
    return LsSchema(
        kind=row.kind,
        reason=row.reason,
        config=config if isinstance(config, dict) else {},
        tags=tags if isinstance(tags, dict) else {},
    )


class LsTask(SQLModel, table=True):
    __tablename__ = "ls_task"

    our_id: str = Field(primary_key=True)  # ls-<project>-<task>
    project_id: str = Field(index=True)  # ours
    ls_task_id: int


class LsCursor(SQLModel, table=True):
    """One project's change cursor as of feed position ``id`` (see ``pull.py``): rows above the
    committed position are a page not yet applied and are ignored."""

    __tablename__ = "ls_cursor"

    id: int | None = Field(default=None, primary_key=True)
    project_id: str = Field(index=True)  # ours
    updated_at: str = ""  # the newest ``updated_at`` applied (Label Studio's text)
    page: int = 1  # > 1 while a run of tasks sharing one ``updated_at`` fills whole pages
    seen: list[int] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    last_full_listing: datetime | None = ts_field()


class LsAnnotation(SQLModel, table=True):
    """A submission (or skip) sent as a Label Studio annotation; ``state`` is the push's."""

    __tablename__ = "ls_annotation"

    submission_id: str = Field(primary_key=True)
    ls_task_id: int
    annotation_id: int | None = None
    state: str = ""


class LsReservation(SQLModel, table=True):
    """A task taken offline: a soft reservation, recorded here only (Label Studio has none)."""

    __tablename__ = "ls_reservation"

    task_id: str = Field(primary_key=True)  # ours
    reserved_at: datetime | None = ts_field()

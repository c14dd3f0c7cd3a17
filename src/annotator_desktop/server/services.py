"""Writes shared by the API, the CLI and the demo seed: users, projects, members, tasks."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session

from annotator_desktop.protocol import (
    PAYLOAD_MODELS,
    Entity,
    Op,
    ProjectConfig,
    Role,
    TaskKind,
)
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.models import MemberRow, ProjectRow, TaskRow, UserRow
from annotator_desktop.server.security import hash_password
from annotator_desktop.server.serialize import project_out


def create_user(
    session: Session,
    username: str,
    password: str,
    roles: list[str],
    *,
    display_name: str = "",
    locale: str = "en",
    scrypt_n: int = 2**14,
) -> UserRow:
    for role in roles:
        Role(role)
    if session.scalars(select(UserRow).where(UserRow.username == username)).first():
        raise ValueError(f"user {username!r} exists")
    row = UserRow(
        id=uuid.uuid4().hex, username=username, display_name=display_name or username,
        roles=list(roles), locale=locale, password_hash=hash_password(password, scrypt_n),
        created_at=utcnow(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def find_user(session: Session, name_or_id: str) -> UserRow | None:
    row = session.get(UserRow, name_or_id)
    if row is None:
        row = session.scalars(select(UserRow).where(UserRow.username == name_or_id)).first()
    return row


def create_project(
    session: Session,
    name: str,
    kind: str,
    *,
    instructions_md: str = "",
    config: dict[str, Any] | None = None,
    project_id: str | None = None,
) -> ProjectRow:
    TaskKind(kind)
    cfg = ProjectConfig.model_validate(config or {}).model_dump(mode="json")
    row = ProjectRow(
        id=project_id or uuid.uuid4().hex, name=name, kind=kind,
        instructions_md=instructions_md, config=cfg, created_at=utcnow(),
    )  # fmt: skip
    session.add(row)
    session.flush()
    return row


def add_member(
    session: Session, project: ProjectRow, user_id: str, pending: list[Pending] | None = None
) -> bool:
    """Make ``user_id`` a member; the project appears in their feed. False if already one.

    With ``pending``, the feed change is appended there for the caller to emit.
    """
    if session.get(MemberRow, (project.id, user_id)) is not None:
        return False
    session.add(MemberRow(project_id=project.id, user_id=user_id))
    data = project_out(project).model_dump(mode="json")
    change = Pending(user_id, Entity.PROJECT, Op.UPSERT, project.id, data)
    if pending is None:
        emit(session, [change])
    else:
        pending.append(change)
    return True


def add_tasks(session: Session, project: ProjectRow, tasks: list[dict[str, Any]]) -> list[TaskRow]:
    """Validate and insert tasks ``{id?, title?, payload, overlap?}``; ValueError on bad input."""
    kind = TaskKind(project.kind)
    default_overlap = int(project.config.get("overlap", 1) or 1)
    start = int(
        session.scalar(select(func.max(TaskRow.seq_no)).where(TaskRow.project_id == project.id))
        or 0
    )
    rows = []
    for i, spec in enumerate(tasks):
        payload = PAYLOAD_MODELS[kind].model_validate(spec["payload"]).model_dump(mode="json")
        asset = payload["image"]["sha256"] if kind == TaskKind.BBOX else None
        rows.append(TaskRow(
            id=str(spec.get("id") or uuid.uuid4().hex), project_id=project.id,
            title=str(spec.get("title", "")), payload=payload,
            overlap=max(1, int(spec.get("overlap", default_overlap))), asset_sha256=asset,
            seq_no=start + i + 1, created_at=utcnow(),
        ))  # fmt: skip
    session.add_all(rows)
    session.flush()
    return rows

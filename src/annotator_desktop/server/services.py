"""Writes shared by the API, the CLI and the demo seed: users, projects, members, tasks."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import func, select
from sqlmodel import Session, col

from annotator_desktop.protocol import (
    PAYLOAD_MODELS,
    Entity,
    Op,
    ProjectConfig,
    Role,
    TaskKind,
)
from annotator_desktop.server import tallies
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import Conflict
from annotator_desktop.server.feed import Pending, emit
from annotator_desktop.server.models import MemberRow, ProjectRow, TaskMetaRow, TaskRow, UserRow
from annotator_desktop.server.security import hash_password
from annotator_desktop.server.serialize import project_out
from annotator_desktop.server.strictjson import check_text, check_tree


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
    for text in (username, display_name, locale):
        check_text(text)
    if session.scalars(select(UserRow).where(col(UserRow.username) == username)).first():
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
        stmt = select(UserRow).where(col(UserRow.username) == name_or_id)
        row = session.scalars(stmt).first()
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
    check_text(name)
    check_text(instructions_md)
    check_tree(config or {})
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
    """Validate and insert tasks ``{id?, title?, payload, overlap?, metadata?}``; ValueError on
    bad input. ``metadata`` (an import's source fields) is kept apart, for export only."""
    kind = TaskKind(project.kind)
    default_overlap = int(project.config.get("overlap", 1) or 1)
    start = int(
        session.scalar(
            select(func.max(TaskRow.seq_no)).where(col(TaskRow.project_id) == project.id)
        )
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
    _check_new_tasks(session, rows)
    session.add_all(rows)
    session.add_all(
        TaskMetaRow(task_id=row.id, project_id=project.id, data=spec["metadata"])
        for row, spec in zip(rows, tasks, strict=True)
        if spec.get("metadata")
    )
    session.flush()
    tallies.add_tasks(session, project.id, len(rows))
    return rows


def _check_new_tasks(session: Session, rows: list[TaskRow]) -> None:
    """Valid Unicode everywhere (the CLI reads files the API's JSON check never sees), and
    ids that are free: Conflict (409) for one given twice or already taken."""
    ids = [row.id for row in rows]
    for row in rows:
        check_text(row.id)
        check_text(row.title)
        check_tree(row.payload)
    if len(set(ids)) != len(ids):
        raise Conflict("the same task id twice in one request")
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        taken = session.scalars(select(col(TaskRow.id)).where(col(TaskRow.id).in_(chunk))).first()
        if taken is not None:
            raise Conflict(f"task id {taken!r} exists")

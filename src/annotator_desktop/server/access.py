"""Who is calling, and per-object access checks (404 for what the caller may not see)."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass
from datetime import datetime
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlmodel import Session

from annotator_desktop.protocol import ErrorCode, Role
from annotator_desktop.server.context import Context, get_ctx
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import ApiError
from annotator_desktop.server.models import MemberRow, ProjectRow, TokenRow, UserRow
from annotator_desktop.server.security import token_hash

bearer = HTTPBearer(auto_error=False)


@dataclass(frozen=True)
class Caller:
    id: str
    username: str
    roles: frozenset[str]
    family_id: str

    @property
    def is_admin(self) -> bool:
        return Role.ADMIN in self.roles

    def has(self, *roles: str) -> bool:
        return self.is_admin or any(r in self.roles for r in roles)


class TokenCache:
    """Recently checked access tokens, so a busy client does not cost two queries per call.

    Entries live at most ``max_age`` seconds; logout and refresh-reuse drop a family at once.
    """

    def __init__(self, max_age: float = 30.0) -> None:
        self.max_age = max_age
        self._items: dict[str, tuple[Caller, datetime, float]] = {}
        self._lock = threading.Lock()

    def get(self, digest: str) -> Caller | None:
        with self._lock:
            item = self._items.get(digest)
        if item is None:
            return None
        caller, expires_at, cached = item
        if expires_at <= utcnow() or time.monotonic() - cached > self.max_age:
            with self._lock:
                self._items.pop(digest, None)
            return None
        return caller

    def put(self, digest: str, caller: Caller, expires_at: datetime) -> None:
        with self._lock:
            if len(self._items) > 10_000:
                self._items.clear()
            self._items[digest] = (caller, expires_at, time.monotonic())

    def drop_family(self, family_id: str) -> None:
        with self._lock:
            for key in [k for k, v in self._items.items() if v[0].family_id == family_id]:
                del self._items[key]


def authenticate(ctx: Context, token: str) -> Caller:
    digest = token_hash(token)
    cached = ctx.tokens.get(digest)
    if cached is not None:
        return cached
    with ctx.db.read() as session:
        row = session.get(TokenRow, digest)
        if row is None or row.kind != "access":
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "unknown or revoked access token")
        if row.expires_at <= utcnow():
            raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "the access token has expired")
        user = session.get(UserRow, row.user_id)
        if user is None:
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "the user no longer exists")
        caller = Caller(user.id, user.username, frozenset(user.roles), row.family_id)
        ctx.tokens.put(digest, caller, row.expires_at)
        return caller


async def current_caller(
    ctx: Annotated[Context, Depends(get_ctx)],
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> Caller:
    """The signed-in caller (a cache hit costs no query; a miss is one short PK lookup)."""
    if creds is None or not creds.credentials:
        raise ApiError(
            401, ErrorCode.UNAUTHORIZED, "sign in first", headers={"WWW-Authenticate": "Bearer"}
        )
    return authenticate(ctx, creds.credentials)


CallerDep = Annotated[Caller, Depends(current_caller)]
CtxDep = Annotated[Context, Depends(get_ctx)]


def is_member(session: Session, project_id: str, user_id: str) -> bool:
    return session.get(MemberRow, (project_id, user_id)) is not None


def visible_project(session: Session, caller: Caller, project_id: str) -> ProjectRow:
    """The project if the caller is an admin or a member; 404 otherwise."""
    row = session.get(ProjectRow, project_id)
    if row is None or not (caller.is_admin or is_member(session, project_id, caller.id)):
        raise ApiError(404, ErrorCode.NOT_FOUND, "no such project")
    return row


def lead_project(session: Session, caller: Caller, project_id: str) -> ProjectRow:
    """The project if the caller is its qa_lead (or an admin); 403 for other members."""
    row = visible_project(session, caller, project_id)
    if not caller.has(Role.QA_LEAD):
        raise ApiError(403, ErrorCode.FORBIDDEN, "qa_lead role needed")
    return row


def require_admin(caller: Caller) -> None:
    if not caller.is_admin:
        raise ApiError(403, ErrorCode.FORBIDDEN, "admin role needed")


def member_ids(session: Session, project_id: str) -> list[str]:
    stmt = select(MemberRow.user_id).where(MemberRow.project_id == project_id)
    return list(session.scalars(stmt).all())

"""Who is calling, and per-object access checks (404 for what the caller may not see)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from sqlmodel import Session, col

from annotator_desktop.protocol import ErrorCode, Role
from annotator_desktop.server.context import Context, get_ctx
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import ApiError
from annotator_desktop.server.models import MemberRow, ProjectRow, TokenRow, UserRow
from annotator_desktop.server.rawsql import RawConnection, Statement
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


_TOKENS = TokenRow.__table__  # type: ignore[attr-defined]
_USERS = UserRow.__table__  # type: ignore[attr-defined]
# Every request runs it: a plain driver statement (see rawsql), one PK join. Through
# SQLAlchemy (Core, in an autocommit connection) it cost a submission 0.5 ms of the server's CPU.
_AUTHENTICATE = Statement(
    f"SELECT k.kind, k.expires_at, k.family_id, u.id, u.username, u.roles"
    f" FROM {_TOKENS.name} k LEFT OUTER JOIN {_USERS.name} u ON u.id = k.user_id"
    " WHERE k.token_hash = :token_hash",
    json=["roles"], times=["expires_at"],
)  # fmt: skip


def authenticate(ctx: Context, token: str) -> Caller:
    """The token's caller, read from the database on every request (no per-process cache, so a
    token revoked through one worker is refused by every worker at once)."""
    with ctx.db.raw.connection() as conn:
        return authenticate_on(conn, token)


def authenticate_on(conn: RawConnection, token: str) -> Caller:
    """``authenticate`` on a connection the request goes on using (see submissions)."""
    rows = conn.query(_AUTHENTICATE, {"token_hash": token_hash(token)})
    found = rows[0] if rows else None
    if found is None or found["kind"] != "access":
        raise ApiError(401, ErrorCode.UNAUTHORIZED, "unknown or revoked access token")
    if found["expires_at"] <= utcnow():
        raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "the access token has expired")
    if found["id"] is None:
        raise ApiError(401, ErrorCode.UNAUTHORIZED, "the user no longer exists")
    return Caller(found["id"], found["username"], frozenset(found["roles"]), found["family_id"])


async def bearer_token(
    creds: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)],
) -> str:
    """The request's bearer token, not yet checked (401 when there is none)."""
    if creds is None or not creds.credentials:
        raise ApiError(
            401, ErrorCode.UNAUTHORIZED, "sign in first", headers={"WWW-Authenticate": "Bearer"}
        )
    return creds.credentials


TokenDep = Annotated[str, Depends(bearer_token)]


def current_caller(ctx: Annotated[Context, Depends(get_ctx)], token: TokenDep) -> Caller:
    """The signed-in caller (one short PK lookup; a sync dependency, so FastAPI runs the
    database read on a worker thread, never on the event loop)."""
    return authenticate(ctx, token)


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
    stmt = select(col(MemberRow.user_id)).where(col(MemberRow.project_id) == project_id)
    return list(session.scalars(stmt).all())

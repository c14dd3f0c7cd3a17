"""Login, rotating refresh tokens (reuse refused, family revoked), logout, /me."""

from __future__ import annotations

import uuid
from datetime import timedelta

from fastapi import APIRouter, Request, Response
from sqlalchemy import delete, select
from sqlmodel import Session, col

from annotator_desktop.protocol import (
    ErrorCode,
    LoginRequest,
    RefreshRequest,
    TokenResponse,
    User,
)
from annotator_desktop.server.access import CallerDep, CtxDep
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import utcnow
from annotator_desktop.server.errors import ApiError, problem_responses
from annotator_desktop.server.models import TokenRow, UserRow
from annotator_desktop.server.security import dummy_hash, new_token, token_hash, verify_password
from annotator_desktop.server.serialize import user_out
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["auth"], route_class=ParsedJSONRoute)


def issue_tokens(session: Session, ctx: Context, user: UserRow, family_id: str) -> TokenResponse:
    """A fresh access + refresh pair in ``family_id``; only hashes are stored."""
    now = utcnow()
    access, refresh = new_token(), new_token()
    ttl = ctx.settings.access_token_ttl
    session.add(TokenRow(
        token_hash=token_hash(access), kind="access", user_id=user.id, family_id=family_id,
        expires_at=now + timedelta(seconds=ttl),
    ))  # fmt: skip
    session.add(TokenRow(
        token_hash=token_hash(refresh), kind="refresh", user_id=user.id, family_id=family_id,
        expires_at=now + timedelta(seconds=ctx.settings.refresh_token_ttl),
    ))  # fmt: skip
    return TokenResponse(
        access_token=access, refresh_token=refresh, expires_in=ttl, user=user_out(user)
    )


def _revoke_family(session: Session, family_id: str) -> None:
    """Delete every token of the family: each worker's next lookup finds nothing."""
    session.execute(delete(TokenRow).where(col(TokenRow.family_id) == family_id))


def _address(request: Request) -> str:
    """The client's address (behind a trusted proxy: X-Forwarded-For, see forwarded_allow_ips)."""
    return request.client.host if request.client else "unknown"


@router.post(
    "/auth/login", response_model=TokenResponse, responses=problem_responses(400, 401, 422, 429)
)
def login(body: LoginRequest, request: Request, ctx: CtxDep) -> TokenResponse:
    address = _address(request)
    wait = ctx.limiter.reserve(body.username, address)
    if wait:
        raise ApiError(
            429, ErrorCode.RATE_LIMITED, "too many failed sign-ins; wait and try again",
            headers={"Retry-After": str(wait)},
        )  # fmt: skip
    with ctx.db.read() as session:
        stmt = select(UserRow).where(col(UserRow.username) == body.username)
        user = session.scalars(stmt).first()
    # an unknown name costs the same scrypt as a known one: the answer time tells nothing
    stored = user.password_hash if user is not None else dummy_hash(ctx.settings.scrypt_n)
    if not verify_password(body.password, stored) or user is None:
        raise ApiError(401, ErrorCode.INVALID_CREDENTIALS, "wrong user name or password")
    ctx.limiter.succeeded(body.username, address)
    with ctx.db.write() as session:
        return issue_tokens(session, ctx, user, uuid.uuid4().hex)


@router.post(
    "/auth/refresh", response_model=TokenResponse, responses=problem_responses(400, 401, 422)
)
def refresh(body: RefreshRequest, ctx: CtxDep) -> TokenResponse:
    """Rotate: the old refresh token is spent; spending it again revokes the whole family."""
    reused = ""
    with ctx.db.write() as session:
        row = session.get(TokenRow, token_hash(body.refresh_token), with_for_update=True)
        if row is None or row.kind != "refresh":
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "unknown refresh token")
        if row.used_at is not None:
            _revoke_family(session, row.family_id)
            reused = row.family_id
        elif row.expires_at <= utcnow():
            raise ApiError(401, ErrorCode.TOKEN_EXPIRED, "the refresh token has expired")
        else:
            user = session.get(UserRow, row.user_id)
            if user is None:
                raise ApiError(401, ErrorCode.UNAUTHORIZED, "the user no longer exists")
            row.used_at = utcnow()
            session.add(row)
            return issue_tokens(session, ctx, user, row.family_id)
    assert reused
    raise ApiError(401, ErrorCode.REFRESH_REUSED, "refresh token used twice; sign in again")


@router.post("/auth/logout", status_code=204, responses=problem_responses(401))
def logout(caller: CallerDep, ctx: CtxDep) -> Response:
    with ctx.db.write() as session:
        _revoke_family(session, caller.family_id)
    return Response(status_code=204)


@router.get("/me", response_model=User, responses=problem_responses(401))
def me(caller: CallerDep, ctx: CtxDep) -> User:
    with ctx.db.read() as session:
        user = session.get(UserRow, caller.id)
        if user is None:
            raise ApiError(401, ErrorCode.UNAUTHORIZED, "the user no longer exists")
        return user_out(user)

"""problem+json everywhere: our own errors, FastAPI's 404/405/422, body-parse and size errors."""

from __future__ import annotations

import json
import logging
from collections.abc import Mapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from sqlalchemy.exc import DataError, IntegrityError, OperationalError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from annotator_desktop.protocol import ErrorCode, FieldError, Problem

PROBLEM_TYPE = "application/problem+json"
log = logging.getLogger("annotator_desktop.server")

_STATUS_CODES = {
    400: ErrorCode.BAD_REQUEST,
    401: ErrorCode.UNAUTHORIZED,
    403: ErrorCode.FORBIDDEN,
    404: ErrorCode.NOT_FOUND,
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    410: ErrorCode.CURSOR_GONE,
    411: "length_required",
    413: ErrorCode.TOO_LARGE,
    415: "unsupported_media_type",
    416: ErrorCode.RANGE_NOT_SATISFIABLE,
    422: ErrorCode.VALIDATION,
    429: ErrorCode.RATE_LIMITED,
    503: ErrorCode.UNAVAILABLE,
}
_TITLES = {
    400: "Bad request", 401: "Unauthorized", 403: "Forbidden", 404: "Not found",
    405: "Method not allowed", 409: "Conflict", 410: "Gone", 413: "Payload too large",
    416: "Range not satisfiable", 422: "Invalid request", 429: "Too many requests",
    500: "Internal server error", 503: "Service unavailable",
}  # fmt: skip


class Conflict(ValueError):
    """An id that is taken (answered 409; the CLI reports it like any bad input)."""


class ApiError(Exception):
    """An error answered as problem+json with a machine ``code``."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str = "",
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(detail or code)
        self.status = status
        self.code = str(code)
        self.detail = detail
        self.errors = errors or []
        self.headers = headers or {}


def problem_response(
    status: int,
    code: str,
    detail: str = "",
    errors: list[FieldError] | None = None,
    headers: Mapping[str, str] | None = None,
) -> JSONResponse:
    body = Problem(
        title=_TITLES.get(status, "Error"), status=status, detail=detail, code=str(code),
        errors=errors or [],
    )  # fmt: skip
    return JSONResponse(
        body.model_dump(mode="json"), status_code=status, headers=headers, media_type=PROBLEM_TYPE
    )


def _field_errors(raw: list[dict[str, Any]]) -> list[FieldError]:
    out = []
    for err in raw:
        loc = [p if isinstance(p, int) else str(p) for p in err.get("loc", ())]
        out.append(
            FieldError(loc=loc, code=str(err.get("type", "invalid")), msg=str(err.get("msg")))
        )
    return out


async def _api_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, ApiError)
    return problem_response(exc.status, exc.code, exc.detail, exc.errors, exc.headers)


async def _http_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, StarletteHTTPException)
    code = _STATUS_CODES.get(exc.status_code, "error")
    detail = exc.detail if isinstance(exc.detail, str) else ""
    return problem_response(exc.status_code, code, detail, headers=exc.headers)


async def _validation_error(_request: Request, exc: Exception) -> JSONResponse:
    assert isinstance(exc, RequestValidationError)
    raw = list(exc.errors())
    if any(err.get("type") == "json_invalid" for err in raw):
        return problem_response(400, ErrorCode.BAD_REQUEST, "the body is not valid JSON")
    return problem_response(
        422, ErrorCode.VALIDATION, "the request does not match the schema", _field_errors(raw)
    )


async def _db_busy(_request: Request, exc: Exception) -> JSONResponse:
    """A locked or unreachable database: try again shortly (never a bare 500)."""
    log.warning(json.dumps({"event": "db_unavailable", "error": repr(exc)[:300]}))
    return problem_response(
        503, ErrorCode.UNAVAILABLE, "the database is busy; try again", headers={"Retry-After": "1"}
    )


async def _db_refused(_request: Request, exc: Exception) -> JSONResponse:
    """The database refused a value (e.g. a NUL character in PostgreSQL text): bad input."""
    return problem_response(422, ErrorCode.VALIDATION, "a value cannot be stored (bad characters?)")


async def _conflict(_request: Request, exc: Exception) -> JSONResponse:
    return problem_response(409, "conflict", str(exc))


async def _db_conflict(_request: Request, exc: Exception) -> JSONResponse:
    """A unique key taken (e.g. an existing task id sent by the admin API): 409, not 500."""
    log.info(json.dumps({"event": "db_conflict", "error": repr(exc)[:300]}))
    return problem_response(409, "conflict", "an object with that id already exists")


async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
    log.error(json.dumps({"event": "unhandled", "path": request.url.path, "error": repr(exc)}))
    return problem_response(500, "internal_error", "unexpected server error")


def install_handlers(app: FastAPI) -> None:
    app.add_exception_handler(ApiError, _api_error)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(OperationalError, _db_busy)
    app.add_exception_handler(DataError, _db_refused)
    app.add_exception_handler(IntegrityError, _db_conflict)
    app.add_exception_handler(Conflict, _conflict)
    app.add_exception_handler(Exception, _unexpected)


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """OpenAPI ``responses`` entries for problem+json answers."""
    schema = {"$ref": "#/components/schemas/Problem"}
    return {
        s: {"description": _TITLES.get(s, "Error"), "content": {PROBLEM_TYPE: {"schema": schema}}}
        for s in statuses
    }


class BodyLimitMiddleware:
    """Refuse bodies over the limit with 413 before the app reads them (pure ASGI)."""

    def __init__(self, app: ASGIApp, limit_for: Any) -> None:
        self.app = app
        self.limit_for = limit_for  # (method, path) -> max bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        limit = int(self.limit_for(scope["method"], scope["path"]))
        declared = dict(scope.get("headers") or []).get(b"content-length")
        if declared is not None:
            try:
                too_big = int(declared) > limit
            except ValueError:
                await problem_response(400, ErrorCode.BAD_REQUEST, "bad Content-Length")(
                    scope, receive, send
                )
                return
            if too_big:
                await self._too_large(scope, receive, send, limit)
                return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise _BodyTooLarge(limit)
            return message

        try:
            await self.app(scope, limited_receive, send)
        except _BodyTooLarge:
            await self._too_large(scope, receive, send, limit)

    @staticmethod
    async def _too_large(scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(413, ErrorCode.TOO_LARGE, f"body over {limit} bytes")
        await response(scope, receive, send)


class _BodyTooLarge(StarletteHTTPException):
    """Raised from ``receive`` so FastAPI's body reader passes it through as a 413."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"body over {limit} bytes")

"""Strict JSON request bodies: valid UTF-8, no NaN/Infinity, no lone surrogates, bounded depth.

Python's ``json`` (which FastAPI uses) accepts ``NaN``, ``Infinity``, ``1e999`` (as inf), lone
UTF-16 surrogates (``"\\ud800"``, or their UTF-8 bytes) and nesting until the interpreter's
recursion limit. Each of those was stored and then broke a later request (invalid JSON in a
SQLite column, a PostgreSQL error, a serializer's depth limit). ``StrictJSONMiddleware`` checks
every JSON request body before the application parses it and answers 400 problem+json.

The check parses the body (on a worker thread when it is large); routes made with
``ParsedJSONRoute`` take that parse instead of parsing the body again on the event loop.
"""

from __future__ import annotations

import json
import math
import re
from typing import Any

import anyio
from fastapi.routing import APIRoute
from starlette.requests import Request
from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from annotator_desktop.protocol import ErrorCode
from annotator_desktop.server.errors import problem_response

MAX_DEPTH = 32
PARSED = "annotator.json"  # the scope key of the checked body's parse
_UNPARSED: Any = object()
_OFF_LOOP_BYTES = 256 * 1024  # larger bodies are checked on a worker thread
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")


class BadJSON(ValueError):
    """The body is not strict JSON; the message says why (shown to the client)."""


def _refuse_constant(name: str) -> Any:
    raise BadJSON(f"{name} is not a JSON number")


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise BadJSON(f"the number {text[:40]} is too large")
    return value


def depth(obj: Any, limit: int = MAX_DEPTH) -> int:
    """How deeply arrays and objects nest in a parsed JSON value, counted level by level in
    Python (so a large body does not hold the GIL in one long call); stops past ``limit``."""
    level = [obj] if isinstance(obj, dict | list) else []
    found = 0
    while level and found <= limit:
        found += 1
        level = [
            v
            for c in level
            for v in (c.values() if isinstance(c, dict) else c)
            if isinstance(v, dict | list)
        ]
    return found


def check_text(value: str) -> str:
    """``value`` if it is valid Unicode (no lone surrogates); BadJSON otherwise."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise BadJSON("a string is not valid Unicode (a lone surrogate)") from None
    return value


def check_tree(obj: Any) -> None:
    """Every string (keys too) of a parsed JSON value is valid Unicode; floats are finite."""
    try:
        json.dumps(obj, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except UnicodeEncodeError:
        raise BadJSON("a string is not valid Unicode (a lone surrogate)") from None
    except ValueError:
        raise BadJSON("NaN and Infinity are not JSON numbers") from None
    except RecursionError:
        raise BadJSON(f"nested deeper than {MAX_DEPTH} levels") from None


def check_json(body: bytes, max_depth: int = MAX_DEPTH) -> Any:
    """The parsed ``body``; BadJSON unless it is strict JSON. Malformed JSON passes (as
    ``_UNPARSED``; FastAPI says 400)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadJSON("the body is not valid UTF-8") from None
    text = text.removeprefix("\ufeff")
    try:
        obj = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except BadJSON:
        raise
    except RecursionError:  # past the interpreter's limit, far past ours
        raise BadJSON(f"nested deeper than {max_depth} levels") from None
    except ValueError:
        return _UNPARSED  # not JSON at all: the application's parser answers it
    if text.count("[") + text.count("{") > max_depth and depth(obj, max_depth) > max_depth:
        raise BadJSON(f"nested deeper than {max_depth} levels")
    if _SURROGATE_ESCAPE.search(text):
        check_tree(obj)
    return obj


def _is_json(scope: Scope) -> bool:
    for name, value in scope.get("headers") or ():
        if name == b"content-type":
            main = value.split(b";")[0].strip().lower()
            return main == b"application/json" or (
                main.startswith(b"application/") and main.endswith(b"+json")
            )
    return False


class StrictJSONMiddleware:
    """Check JSON request bodies (POST, PUT, PATCH) before the app sees them (pure ASGI)."""

    def __init__(self, app: ASGIApp, max_depth: int = MAX_DEPTH) -> None:
        self.app = app
        self.max_depth = max_depth

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if (
            scope["type"] != "http"
            or scope["method"] not in ("POST", "PUT", "PATCH")
            or not _is_json(scope)
        ):
            await self.app(scope, receive, send)
            return
        chunks: list[bytes] = []
        more = True
        while more:
            message = await receive()
            if message["type"] != "http.request":
                await self.app(scope, receive, send)  # a disconnect: let the app see it
                return
            chunks.append(message.get("body", b""))
            more = bool(message.get("more_body", False))
        body = b"".join(chunks)
        try:
            if len(body) > _OFF_LOOP_BYTES:
                parsed = await anyio.to_thread.run_sync(check_json, body, self.max_depth)
            else:
                parsed = check_json(body, self.max_depth)
        except BadJSON as exc:
            response = problem_response(400, ErrorCode.BAD_REQUEST, str(exc))
            await response(scope, receive, send)
            return
        if parsed is not _UNPARSED:
            scope[PARSED] = parsed
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)


class _ParsedRequest(Request):
    async def json(self) -> Any:
        if not hasattr(self, "_json"):
            parsed = self.scope.get(PARSED, _UNPARSED)
            self._json = await super().json() if parsed is _UNPARSED else parsed
        return self._json


class ParsedJSONRoute(APIRoute):
    """A route whose JSON body is the one StrictJSONMiddleware parsed (FastAPI's own
    ``await request.json()`` would parse it again, on the event loop: ~5 ms for 500 KB)."""

    def get_route_handler(self) -> Any:
        handler = super().get_route_handler()

        async def route(request: Request) -> Response:
            return await handler(_ParsedRequest(request.scope, request.receive))

        return route

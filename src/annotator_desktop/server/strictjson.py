"""Strict JSON request bodies: valid UTF-8, no NaN/Infinity, no lone surrogates, bounded depth.

Python's ``json`` (which FastAPI uses) accepts ``NaN``, ``Infinity``, ``1e999`` (as inf), lone
UTF-16 surrogates (``"\\ud800"``, or their UTF-8 bytes) and nesting until the interpreter's
recursion limit. Each of those was stored and then broke a later request (invalid JSON in a
SQLite column, a PostgreSQL error, a serializer's depth limit). ``StrictJSONMiddleware`` checks
every JSON request body before the application parses it and answers 400 problem+json.
"""

from __future__ import annotations

import json
import math
import re
from itertools import accumulate
from typing import Any

import anyio
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from annotator_desktop.protocol import ErrorCode
from annotator_desktop.server.errors import problem_response

MAX_DEPTH = 32
_OFF_LOOP_BYTES = 256 * 1024  # larger bodies are checked on a worker thread
_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"', re.DOTALL)
_NOT_BRACKETS = re.compile(r"[^\[\]{}]+")
_STEP = {"[": 1, "{": 1, "]": -1, "}": -1}
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


def depth(text: str) -> int:
    """How deeply arrays and objects nest in JSON ``text`` (strings ignored)."""
    if text.count("[") + text.count("{") <= MAX_DEPTH:
        return 0  # too few brackets to exceed the limit: skip the scan
    brackets = _NOT_BRACKETS.sub("", _STRINGS.sub("", text))
    return max(accumulate(map(_STEP.__getitem__, brackets)), default=0)


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


def check_json(body: bytes, max_depth: int = MAX_DEPTH) -> None:
    """Raise BadJSON unless ``body`` is strict JSON. Malformed JSON passes (FastAPI says 400)."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise BadJSON("the body is not valid UTF-8") from None
    text = text.removeprefix("\ufeff")
    if depth(text) > max_depth:
        raise BadJSON(f"nested deeper than {max_depth} levels")
    try:
        obj = json.loads(text, parse_constant=_refuse_constant, parse_float=_finite)
    except BadJSON:
        raise
    except (ValueError, RecursionError):
        return  # not JSON at all: the application's parser answers it
    if _SURROGATE_ESCAPE.search(text):
        check_tree(obj)


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
                await anyio.to_thread.run_sync(check_json, body, self.max_depth)
            else:
                check_json(body, self.max_depth)
        except BadJSON as exc:
            response = problem_response(400, ErrorCode.BAD_REQUEST, str(exc))
            await response(scope, receive, send)
            return
        sent = False

        async def replay() -> Message:
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": body, "more_body": False}
            return await receive()

        await self.app(scope, replay, send)

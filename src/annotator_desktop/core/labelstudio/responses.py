"""Protocol v1 answers made in process: real ``requests.Response`` objects with a JSON body.

The connector answers the sync engine's protocol v1 calls itself, so the outbox and the feed code
read them exactly as they read our server's: status, ``Content-Type``, problem+json errors with a
machine ``code``, ``Retry-After`` on transient ones.
"""

from __future__ import annotations

import io
import json
from typing import Any

import requests
from requests.structures import CaseInsensitiveDict

JSON_TYPE = "application/json"
PROBLEM_TYPE = "application/problem+json"

# Machine codes of the connector's own problems (the UI translates by code).
QA_UNAVAILABLE = "qa_unavailable_on_labelstudio"
STATS_UNAVAILABLE = "stats_unavailable_on_labelstudio"
NOT_SUPPORTED = "not_supported_on_labelstudio"
PUSH_PENDING = "labelstudio_push_unavailable"


def make_response(
    status: int,
    body: Any = None,
    *,
    headers: dict[str, str] | None = None,
    url: str = "",
    content_type: str = JSON_TYPE,
) -> requests.Response:
    """A complete (already read) response; ``body`` None means no content."""
    resp = requests.Response()
    resp.status_code = status
    content = b"" if body is None else json.dumps(body, ensure_ascii=False).encode("utf-8")
    resp._content = content
    resp._content_consumed = True
    resp.raw = io.BytesIO(content)
    resp.headers = CaseInsensitiveDict(headers or {})
    if body is not None:
        resp.headers.setdefault("Content-Type", content_type)
    resp.headers["Content-Length"] = str(len(content))
    resp.url = url
    resp.encoding = "utf-8"
    return resp


def problem(
    status: int,
    code: str,
    detail: str = "",
    *,
    title: str = "",
    retry_after: float | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> requests.Response:
    """A problem+json answer, as our server sends them."""
    body: dict[str, Any] = {
        "type": "about:blank",
        "title": title or code.replace("_", " "),
        "status": status,
        "detail": detail,
        "code": code,
    }
    if errors:
        body["errors"] = errors
    headers = {"Retry-After": str(max(0, round(retry_after)))} if retry_after is not None else {}
    return make_response(status, body, headers=headers, content_type=PROBLEM_TYPE)

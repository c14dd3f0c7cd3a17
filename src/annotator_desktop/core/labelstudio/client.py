"""The sync engine's server client for a Label Studio server: protocol v1, answered in process.

:class:`LabelStudioClient` satisfies :class:`~annotator_desktop.core.sync.seam.ServerClient`.
``send`` routes each protocol v1 call to a handler that talks to Label Studio through
:class:`~annotator_desktop.core.labelstudio.session.LsSession` and answers what our server would
answer, as a real ``requests.Response`` (status, JSON body, headers); errors come back as
problem+json answers with a machine ``code``, and ``call`` raises them as ``ApiClient`` does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

import requests

from annotator_desktop.core.labelstudio import checkout, feed, mapping, projects, push
from annotator_desktop.core.labelstudio.responses import (
    NOT_SUPPORTED,
    QA_UNAVAILABLE,
    STATS_UNAVAILABLE,
    make_response,
    problem,
)
from annotator_desktop.core.labelstudio.session import LsSession
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import BadAnswer, Redirected, ServerError
from annotator_desktop.core.sync.http import decode_answer, error_from
from annotator_desktop.core.sync.tokens import Tokens
from annotator_desktop.core.sync.url_assets import URL_PATH
from annotator_desktop.protocol import API_PREFIX, ErrorCode

QA_TEXT = "QA review is not available on Label Studio servers (its Community edition has no review)"
PASSED_HEADERS = ("Range", "If-Range", "Accept-Encoding")
# Paths an image address from task data may not name (they act on the account, not on files).
FORBIDDEN_ASSET_PATHS = ("/api/token", "/user/", "/logout", "/api/current-user")

Handler = Callable[[re.Match[str], Any, dict[str, Any], dict[str, str]], requests.Response]


class LabelStudioClient:
    """Protocol v1 calls translated to one Label Studio server, as one PAT's owner."""

    def __init__(
        self,
        base_url: str,
        pat: str,
        store: Store,
        config: SyncConfig | None = None,
        *,
        session: requests.Session | None = None,
        tokens: Tokens | None = None,
    ) -> None:
        self.ls = LsSession(base_url, pat, config, session=session)
        self.base_url = self.ls.base_url
        self.config = self.ls.config
        self.store = store
        self._me: tuple[int, dict[str, Any]] | None = None
        if tokens is not None and tokens.refresh_token == pat:
            self.ls.prime(tokens.access_token, tokens.expires_at)
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = [
            ("GET", re.compile(r"/me"), self._get_me),
            ("GET", re.compile(r"/projects"), self._get_projects),
            ("GET", re.compile(r"/sync/changes"), self._get_changes),
            ("POST", re.compile(r"/projects/([^/]+)/checkout"), self._checkout),
            ("POST", re.compile(r"/assignments/([^/]+)/renew"), self._renew),
            ("POST", re.compile(r"/assignments/([^/]+)/release"), self._release),
            ("GET", re.compile(re.escape(URL_PATH)), self._asset),
            ("HEAD", re.compile(re.escape(URL_PATH)), self._asset),
            ("GET", re.compile(r"/projects/([^/]+)/stats"), self._stats),
            ("PUT", re.compile(r"/(submissions|skips)/([^/]+)"), self._push),
            ("POST", re.compile(r"/auth/logout"), lambda *_: make_response(204)),
            ("*", re.compile(r"/reviews?(/.*)?"), self._no_review),
        ]

    # --- the seam ---------------------------------------------------------------------------

    @property
    def tokens(self) -> Tokens | None:
        """The PAT (as the refresh token) and the current access token; None when signed out."""
        if not self.ls.pat:
            return None
        return Tokens(self.ls.current_access, self.ls.pat, self.ls.access_expires_at)

    @tokens.setter
    def tokens(self, value: Tokens | None) -> None:
        self.ls.pat = value.refresh_token if value is not None else ""
        if value is not None:
            self.ls.prime(value.access_token, value.expires_at)

    def send(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        auth: bool = True,
        stream: bool = False,
    ) -> requests.Response:
        """Answers one protocol v1 call; raises NetworkError / NotSignedIn like ``ApiClient``."""
        route = path.split("?", 1)[0].removeprefix(API_PREFIX) or "/"
        for verb, pattern, handler in self._routes:
            match = pattern.fullmatch(route)
            if match and verb in (method.upper(), "*"):
                try:
                    return handler(match, json, dict(params or {}), dict(headers or {}))
                except Redirected as exc:
                    return make_response(exc.status, None, headers={"Location": exc.location})
                except BadAnswer as exc:
                    return problem(502, exc.code, str(exc))
                except ServerError as exc:
                    return problem(exc.status, exc.code, exc.detail, retry_after=exc.retry_after)
        return problem(404, NOT_SUPPORTED, f"{method} {route} has no Label Studio counterpart")

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """The decoded JSON of a 2xx answer; ServerError (or a subclass) otherwise."""
        resp = self.send(method, path, **kwargs)
        return decode_answer(resp, f"{method} {path.split('?')[0]}", error_from)

    def probe(self) -> bool:
        return self.ls.probe()

    def check_transport(self) -> None:
        self.ls.check_transport()

    def logout(self) -> None:
        """Forgets the PAT here; it stays valid on the server (the user may use it elsewhere)."""
        self.ls.pat = ""

    def close(self) -> None:
        self.ls.close()

    # --- who --------------------------------------------------------------------------------

    def me(self) -> tuple[int, dict[str, Any]]:
        """The Label Studio user id and our ``User`` shape (asked once per client)."""
        if self._me is None:
            self._me = projects.whoami(self.ls)
        return self._me

    def _get_me(self, *_: Any) -> requests.Response:
        return make_response(200, self.me()[1])

    # --- handlers ---------------------------------------------------------------------------

    def _get_projects(self, *_: Any) -> requests.Response:
        return make_response(200, projects.list_projects(self.ls, self.store))

    def _get_changes(
        self, _m: re.Match[str], _b: Any, params: dict[str, Any], _h: dict[str, str]
    ) -> requests.Response:
        pages = self.config.max_pages_per_sync
        source = feed.Feed(self.ls, self.store, self.me()[0], max_pages=pages)
        limit = params.get("limit")
        try:
            body = source.changes(
                str(params.get("cursor") or ""), limit if isinstance(limit, int) else 100
            )
        except feed.CursorGone:
            return problem(410, ErrorCode.CURSOR_GONE, "this cursor was not made by this client")
        return make_response(200, body)

    def _checkout(
        self, match: re.Match[str], body: Any, _p: dict[str, Any], _h: dict[str, str]
    ) -> requests.Response:
        count = body.get("count") if isinstance(body, dict) else None
        count = count if isinstance(count, int) and not isinstance(count, bool) else 10
        answer = checkout.checkout(self.ls, self.store, self.me()[0], match.group(1), count)
        if answer is None:
            return problem(404, ErrorCode.NOT_FOUND, "no such Label Studio project here")
        return make_response(200, answer)

    def _renew(self, match: re.Match[str], *_: Any) -> requests.Response:
        lease = checkout.lease(self.store, match.group(1))
        if lease is None:
            return problem(404, ErrorCode.NOT_FOUND, "no reservation with this id")
        return make_response(200, lease)

    def _release(self, match: re.Match[str], *_: Any) -> requests.Response:
        checkout.release(self.store, match.group(1))
        return make_response(204)

    def _asset(
        self, _m: re.Match[str], _b: Any, params: dict[str, Any], headers: dict[str, str]
    ) -> requests.Response:
        url = params.get("url")
        if not isinstance(url, str) or not url:
            return problem(400, ErrorCode.BAD_REQUEST, "no image address")
        target = self.ls.url(url)
        path = target[len(self.ls.base_url) :]
        if any(path.startswith(p) for p in FORBIDDEN_ASSET_PATHS):
            return problem(403, ErrorCode.FORBIDDEN, "this address is not an image")
        passed = {k: v for k, v in headers.items() if k in PASSED_HEADERS}
        passed["Accept"] = "image/*, */*;q=0.5"
        return self.ls.request("GET", target, headers=passed, stream=True)

    def _stats(self, match: re.Match[str], *_: Any) -> requests.Response:
        project_id = match.group(1)
        if mapping.project(self.store, project_id) is None:
            return problem(404, STATS_UNAVAILABLE, "no such Label Studio project in the cache")
        user = self.me()[1]
        return make_response(
            200, projects.local_stats(self.store, project_id, str(user["id"]), user["username"])
        )

    def _push(
        self, match: re.Match[str], body: Any, _p: dict[str, Any], _h: dict[str, str]
    ) -> requests.Response:
        path = f"/{match.group(1)}/{match.group(2)}"
        return push.push_row(self.ls, self.store, "PUT", path, body)

    def _no_review(self, *_: Any) -> requests.Response:
        return problem(403, QA_UNAVAILABLE, QA_TEXT)


def refreshed_tokens(client: LabelStudioClient) -> Tokens:
    """The client's tokens after making sure the access token is current (signs in)."""
    client.ls.access_token()
    tokens = client.tokens
    assert tokens is not None
    return tokens

"""One ``requests.Session`` for the whole client: timeouts, retries, TLS, user agent, auth.

Only connect errors and 502/503/504 on idempotent methods are retried here (a few times, fast);
everything slower (Retry-After, back-off) is the outbox's job. A 401 triggers one token refresh
(only one at a time across threads) and the request is replayed as it was, so a ``PUT`` keeps its
idempotency key.
"""

from __future__ import annotations

import contextlib
import email.utils
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

from annotator_desktop import __version__
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import NetworkError, NotSignedIn, ServerError, TlsError
from annotator_desktop.core.sync.tokens import Tokens
from annotator_desktop.protocol import API_PREFIX

USER_AGENT = f"annotator-desktop/{__version__} (+protocol v1) requests/{requests.__version__}"
IDEMPOTENT = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})


def make_session(ca_bundle: str = "") -> requests.Session:
    """A session with small urllib3 retries, the user agent and TLS verification."""
    retry = Retry(
        total=3, connect=2, read=0, status=2, other=0, redirect=0,
        status_forcelist=(502, 503, 504), allowed_methods=IDEMPOTENT,
        backoff_factor=0.2, backoff_max=2.0, respect_retry_after_header=False,
        raise_on_status=False,
    )  # fmt: skip
    session = requests.Session()
    adapter = HTTPAdapter(max_retries=retry, pool_connections=4, pool_maxsize=8)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "application/json"
    session.verify = ca_bundle or True
    session.trust_env = False  # no proxies or .netrc credentials picked up behind our back
    return session


def parse_retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header (delta seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def error_from(resp: requests.Response) -> ServerError:
    """A ServerError from a problem+json (or any) error answer."""
    code, detail, errors = f"http_{resp.status_code}", "", []
    try:
        body = resp.json()
        if isinstance(body, dict):
            code = str(body.get("code") or code)
            detail = str(body.get("detail") or body.get("title") or "")
            errors = [e for e in body.get("errors") or [] if isinstance(e, dict)]
    except ValueError:
        pass
    retry_after = parse_retry_after(resp.headers.get("Retry-After"))
    return ServerError(resp.status_code, code, detail, errors, retry_after)


class ApiClient:
    """Calls protocol v1 on one server with the account's tokens."""

    def __init__(
        self,
        base_url: str,
        config: SyncConfig | None = None,
        *,
        tokens: Tokens | None = None,
        on_tokens: Callable[[Tokens], None] | None = None,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.config = config or SyncConfig()
        self.session = session or make_session(self.config.ca_bundle)
        self.tokens = tokens
        self._on_tokens = on_tokens
        self._refresh_lock = threading.Lock()

    @property
    def timeout(self) -> tuple[float, float]:
        return (self.config.connect_timeout, self.config.read_timeout)

    def url(self, path: str) -> str:
        return self.base_url + (path if path.startswith(API_PREFIX) else API_PREFIX + path)

    def close(self) -> None:
        self.session.close()

    # --- plain requests ------------------------------------------------------------------

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
        """Sends one request (refreshing once on 401); raises for network trouble only."""
        used = self.tokens
        resp = self._raw(method, path, json, params, headers, used if auth else None, stream)
        if auth and resp.status_code == 401:
            resp.close()
            self.refresh(used)
            resp = self._raw(method, path, json, params, headers, self.tokens, stream)
            if resp.status_code == 401:
                resp.close()
                raise NotSignedIn("the server refused the refreshed token")
        return resp

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """Sends and returns the JSON body of a 2xx answer; raises ServerError otherwise."""
        resp = self.send(method, path, **kwargs)
        try:
            if resp.status_code >= 400:
                raise error_from(resp)
            if resp.status_code == 204 or not resp.content:
                return None
            try:
                return resp.json()
            except ValueError as exc:
                raise ServerError(resp.status_code, "bad_body", "not JSON") from exc
        finally:
            resp.close()

    def _raw(
        self,
        method: str,
        path: str,
        body: Any,
        params: dict[str, Any] | None,
        headers: dict[str, str] | None,
        tokens: Tokens | None,
        stream: bool,
    ) -> requests.Response:
        all_headers = dict(headers or {})
        if tokens is not None:
            all_headers["Authorization"] = f"Bearer {tokens.access_token}"
        try:
            return self.session.request(
                method, self.url(path), json=body, params=params, headers=all_headers,
                timeout=self.timeout, stream=stream, allow_redirects=False,
            )  # fmt: skip
        except requests.exceptions.SSLError as exc:
            raise TlsError(str(exc)) from exc
        except requests.exceptions.RequestException as exc:
            raise NetworkError(f"{type(exc).__name__}: {exc}") from exc

    # --- tokens --------------------------------------------------------------------------

    def login(self, username: str, password: str) -> dict[str, Any]:
        """Signs in; returns the user (``id, username, display_name, roles, locale``)."""
        resp = self._raw(
            "POST", "/auth/login", {"username": username, "password": password}, None, None,
            None, False,
        )  # fmt: skip
        with resp:
            if resp.status_code >= 400:
                raise error_from(resp)
            body = resp.json()
        self._set_tokens(body)
        return dict(body.get("user") or {})

    def refresh(self, failed: Tokens | None) -> None:
        """Exchanges the refresh token once; concurrent callers wait and reuse the result."""
        with self._refresh_lock:
            if self.tokens is not None and self.tokens is not failed:
                return  # another thread refreshed while we waited
            current = self.tokens
            if current is None:
                raise NotSignedIn("not signed in")
            resp = self._raw(
                "POST", "/auth/refresh", {"refresh_token": current.refresh_token}, None, None,
                None, False,
            )  # fmt: skip
            with resp:
                if resp.status_code in (400, 401, 403):
                    raise NotSignedIn(error_from(resp).code)
                if resp.status_code >= 400:
                    raise error_from(resp)
                self._set_tokens(resp.json())

    def logout(self) -> None:
        if self.tokens is None:
            return
        with contextlib.suppress(NetworkError, NotSignedIn):
            self.send("POST", "/auth/logout").close()
        self.tokens = None

    def _set_tokens(self, body: dict[str, Any]) -> None:
        self.tokens = Tokens(
            access_token=str(body["access_token"]),
            refresh_token=str(body["refresh_token"]),
            expires_at=time.time() + float(body.get("expires_in", 900)),
        )
        if self._on_tokens is not None:
            self._on_tokens(self.tokens)

    def probe(self) -> bool:
        """Whether the server answers at all (any HTTP status counts); short timeouts."""
        try:
            resp = self.session.get(
                self.url("/me"), timeout=(min(3.0, self.config.connect_timeout), 5.0)
            )
            resp.close()
            return True
        except requests.exceptions.RequestException:
            return False

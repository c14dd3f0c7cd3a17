"""One ``requests.Session`` for the whole client: timeouts, retries, TLS, user agent, auth.

Only connect errors and 502/503/504 on idempotent methods are retried here (a few times, fast);
everything slower (Retry-After, back-off) is the outbox's job. A 401 triggers one token refresh
(only one at a time across threads) and the request is replayed as it was, so a ``PUT`` keeps its
idempotency key.
"""

from __future__ import annotations

import contextlib
import email.utils
import ipaddress
import logging
import socket
import threading
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import HTTPError
from urllib3.util.retry import Retry

from annotator_desktop import __version__
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import (
    BadAnswer,
    DeadlineExceeded,
    InsecureTransport,
    NetworkError,
    NotSignedIn,
    Redirected,
    ServerError,
    TlsError,
)
from annotator_desktop.core.sync.tokens import Tokens
from annotator_desktop.protocol import (
    API_PREFIX,
    BadWireData,
    TokenResponse,
    parse_as,
    parse_json,
)

log = logging.getLogger(__name__)
BODY_CHUNK = 64 * 1024

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
    value = value.strip()[:100]
    if value.isascii() and value.isdigit():
        return min(float(value), 10.0**9)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError, OverflowError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def problem_body(resp: requests.Response) -> dict[str, Any] | None:
    """The answer's problem+json object (with a string ``code``), or None for any other body."""
    try:
        body = parse_json(resp.content) if resp.content else None
    except (BadWireData, requests.exceptions.RequestException, OSError):
        return None
    if isinstance(body, dict) and isinstance(body.get("code"), str) and body["code"]:
        return body
    return None


def error_from(resp: requests.Response) -> ServerError:
    """A ServerError from a problem+json (or any) error answer."""
    code, detail, errors = f"http_{resp.status_code}", "", []
    body = problem_body(resp)
    if body is not None:
        code = str(body["code"])[:100]
        detail = str(body.get("detail") or body.get("title") or "")[:1000]
        raw_errors = body.get("errors")
        if isinstance(raw_errors, list):
            errors = [e for e in raw_errors[:100] if isinstance(e, dict)]
    retry_after = parse_retry_after(resp.headers.get("Retry-After"))
    return ServerError(resp.status_code, code, detail, errors, retry_after)


def redirect_from(resp: requests.Response) -> Redirected:
    return Redirected(resp.status_code, str(resp.headers.get("Location", ""))[:300])


def is_loopback_host(host: str) -> bool:
    """Whether ``host`` resolves only to loopback addresses (127.0.0.0/8, ::1)."""
    host = host.strip("[]")
    try:
        infos = socket.getaddrinfo(host, None)
    except (OSError, UnicodeError):
        return False
    addresses = {str(info[4][0]).split("%")[0] for info in infos}
    if not addresses:
        return False
    for text in addresses:
        try:
            addr = ipaddress.ip_address(text)
        except ValueError:
            return False
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        if not addr.is_loopback:
            return False
    return True


def check_transport(base_url: str, allow_insecure_http: bool) -> None:
    """Refuses plain http to anything but this computer unless the user allowed it."""
    parts = urlsplit(base_url)
    if parts.scheme == "https":
        return
    if parts.scheme != "http":
        raise InsecureTransport(f"the server address must start with https:// (got {base_url!r})")
    host = parts.hostname or ""
    if is_loopback_host(host):
        return
    if allow_insecure_http:
        log.warning("plain http to %s: passwords and data travel unencrypted", host)
        return
    raise InsecureTransport(
        f"plain http is only used to this computer, and {host or base_url} is not it: "
        "use an https:// address (or allow insecure http in the settings, at your own risk)"
    )


def read_body(resp: requests.Response, deadline: float, cap: int) -> None:
    """Reads the whole body into ``resp`` within ``deadline`` and ``cap`` bytes, or closes it."""
    declared = resp.headers.get("Content-Length", "")
    try:
        if declared.isdigit() and int(declared) > cap:
            raise BadAnswer("answer", f"larger than {cap} bytes", code="answer_too_large")
        chunks: list[bytes] = []
        size = 0
        while True:
            if time.monotonic() > deadline:
                raise DeadlineExceeded("no complete answer within the deadline")
            chunk = resp.raw.read1(BODY_CHUNK, decode_content=True)
            if not chunk:
                break
            size += len(chunk)
            if size > cap:
                raise BadAnswer("answer", f"larger than {cap} bytes", code="answer_too_large")
            chunks.append(chunk)
    except (BadAnswer, DeadlineExceeded):
        resp.close()
        raise
    except (requests.exceptions.RequestException, HTTPError, OSError) as exc:
        resp.close()
        raise NetworkError(f"answer cut: {type(exc).__name__}") from exc
    resp._content = b"".join(chunks)
    resp._content_consumed = True


def decode_answer(
    resp: requests.Response, label: str, to_error: Callable[[requests.Response], Exception]
) -> Any:
    """The decoded JSON of a 2xx answer (None when empty), closing ``resp``: a 3xx raises
    :class:`Redirected`, a 4xx/5xx what ``to_error`` makes of it, a body that is not JSON
    :class:`BadAnswer` naming ``label``."""
    with resp:
        if 300 <= resp.status_code < 400:
            raise redirect_from(resp)
        if resp.status_code >= 400:
            raise to_error(resp)
        if resp.status_code == 204 or not resp.content:
            return None
        try:
            return parse_json(resp.content)
        except BadWireData as exc:
            raise BadAnswer(label, str(exc)) from exc


def bounded_request(
    session: requests.Session,
    config: SyncConfig,
    method: str,
    url: str,
    timeout: tuple[float, float],
    *,
    json: Any,
    params: dict[str, Any] | None,
    headers: dict[str, str],
    stream: bool,
) -> requests.Response:
    """One request with no redirects followed; TLS and network failures become
    :class:`TlsError` / :class:`NetworkError`; unless ``stream``, the body is read within the
    call deadline and the answer cap."""
    deadline = time.monotonic() + config.call_deadline
    try:
        resp = session.request(
            method, url, json=json, params=params, headers=headers,
            timeout=timeout, stream=True, allow_redirects=False,
        )  # fmt: skip
    except requests.exceptions.SSLError as exc:
        raise TlsError(str(exc)) from exc
    except requests.exceptions.RequestException as exc:
        raise NetworkError(f"{type(exc).__name__}: {exc}") from exc
    if not stream:
        read_body(resp, deadline, config.max_answer_bytes)
    return resp


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
        self._transport_checked = False

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
        """Sends and returns the decoded JSON body of a 2xx answer; raises ServerError otherwise.

        A 3xx is :class:`Redirected`; a body that is not JSON is :class:`BadAnswer`.
        """
        return decode_answer(
            self.send(method, path, **kwargs), f"{method} {path.split('?')[0]}", error_from
        )

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
        self.check_transport()
        all_headers = dict(headers or {})
        if tokens is not None:
            all_headers["Authorization"] = f"Bearer {tokens.access_token}"
        return bounded_request(
            self.session, self.config, method, self.url(path), self.timeout,
            json=body, params=params, headers=all_headers, stream=stream,
        )  # fmt: skip

    def check_transport(self) -> None:
        """Raises :class:`InsecureTransport` for plain http to another computer (checked once)."""
        if not self._transport_checked:
            check_transport(self.base_url, self.config.allow_insecure_http)
            self._transport_checked = True

    # --- tokens --------------------------------------------------------------------------

    def login(self, username: str, password: str) -> dict[str, Any]:
        """Signs in; returns the user (``id, username, display_name, roles, locale``)."""
        resp = self._raw(
            "POST", "/auth/login", {"username": username, "password": password}, None, None,
            None, False,
        )  # fmt: skip
        with resp:
            answer = self._token_answer(resp, "the sign-in answer")
        self._set_tokens(answer)
        return answer.user.model_dump(mode="json")

    @staticmethod
    def _token_answer(resp: requests.Response, what: str) -> TokenResponse:
        """A fully valid token answer, or an error: nothing is stored from a partial one."""
        if 300 <= resp.status_code < 400:
            raise redirect_from(resp)
        if resp.status_code >= 400:
            raise error_from(resp)
        try:
            return parse_as(TokenResponse, parse_json(resp.content))
        except BadWireData as exc:
            raise BadAnswer(what, str(exc), status=resp.status_code) from exc

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
                self._set_tokens(self._token_answer(resp, "the token refresh answer"))

    def logout(self) -> None:
        if self.tokens is None:
            return
        with contextlib.suppress(NetworkError, NotSignedIn):
            self.send("POST", "/auth/logout").close()
        self.tokens = None

    def _set_tokens(self, answer: TokenResponse) -> None:
        self.tokens = Tokens(
            access_token=answer.access_token,
            refresh_token=answer.refresh_token,
            expires_at=time.time() + float(answer.expires_in),
        )
        if self._on_tokens is not None:
            self._on_tokens(self.tokens)

    def probe(self) -> bool:
        """Whether the server answers at all (any HTTP status counts); short timeouts."""
        try:
            self.check_transport()
            resp = self.session.get(
                self.url("/me"), timeout=(min(3.0, self.config.connect_timeout), 5.0), stream=True
            )
            resp.close()
            return True
        except (requests.exceptions.RequestException, InsecureTransport):
            return False

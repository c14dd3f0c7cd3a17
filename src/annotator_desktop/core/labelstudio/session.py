"""Plain HTTP to a Label Studio server with a personal access token (PAT).

The PAT is a long-lived JWT refresh token: ``POST /api/token/refresh/ {"refresh": PAT}`` gives a
short access token (about five minutes) sent as ``Authorization: Bearer``. It is refreshed ahead
of its expiry and once more on a 401, one refresh at a time across threads (the outbox sends a
few requests in parallel). Every answer is read within the sync settings' size cap and deadline,
like :class:`~annotator_desktop.core.sync.http.ApiClient`'s: network trouble is
:class:`NetworkError`, a 5xx or 429 is a transient :class:`ServerError` with its Retry-After.
"""

from __future__ import annotations

import base64
import binascii
import json
import threading
import time
from typing import Any
from urllib.parse import urljoin, urlsplit, urlunsplit

import requests

from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import (
    BadAnswer,
    InsecureTransport,
    NotSignedIn,
    ServerError,
)
from annotator_desktop.core.sync.http import (
    bounded_request,
    check_transport,
    decode_answer,
    make_session,
    parse_retry_after,
    redirect_from,
)
from annotator_desktop.protocol import BadWireData, parse_json

REFRESH_PATH = "/api/token/refresh/"
ACCESS_LIFETIME_GUESS = 300.0  # seconds, when the access token's ``exp`` cannot be read
REFRESH_AHEAD = 30.0  # seconds before expiry when the access token is renewed
MAX_ERROR_TEXT = 1000


def token_expiry(token: str) -> float | None:
    """The ``exp`` claim (epoch seconds) of a JWT, read without verifying it, or None."""
    parts = token.split(".")
    if len(parts) != 3:
        return None
    body = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(body.encode("ascii")))
    except (ValueError, binascii.Error, UnicodeError):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return float(exp) if isinstance(exp, int | float) and not isinstance(exp, bool) else None


def ls_error(resp: requests.Response) -> ServerError:
    """A ServerError from a Label Studio error answer (``{detail, validation_errors}``)."""
    detail = ""
    try:
        body = parse_json(resp.content) if resp.content else None
    except (BadWireData, requests.exceptions.RequestException, OSError):
        body = None
    if isinstance(body, dict):
        detail = str(body.get("detail") or "")
        extra = body.get("validation_errors") or body.get("errors")
        if extra:
            detail = f"{detail} {json.dumps(extra, default=str)}".strip()
    retry_after = parse_retry_after(resp.headers.get("Retry-After"))
    return ServerError(
        resp.status_code, f"http_{resp.status_code}", detail[:MAX_ERROR_TEXT], None, retry_after
    )


class LsSession:
    """Requests to one Label Studio server as the owner of one personal access token."""

    def __init__(
        self,
        base_url: str,
        pat: str,
        config: SyncConfig | None = None,
        *,
        session: requests.Session | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.pat = pat
        self.config = config or SyncConfig()
        self.session = session or make_session(self.config.ca_bundle)
        self._access = ""
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._transport_checked = False

    # --- addresses -----------------------------------------------------------------------

    def url(self, path_or_url: str) -> str:
        """An absolute URL on the signed-in origin: a path is joined to it, and an absolute URL
        (Label Studio builds them from its ``--host``) keeps its path but goes to this origin."""
        base = urlsplit(self.base_url)
        parts = urlsplit(path_or_url)
        if not parts.scheme and not parts.netloc:
            return urljoin(self.base_url + "/", path_or_url.lstrip("/"))
        prefix = base.path.rstrip("/")
        path = parts.path if parts.path.startswith(prefix + "/") else prefix + parts.path
        return urlunsplit((base.scheme, base.netloc, path, parts.query, ""))

    def check_transport(self) -> None:
        """Refuses plain http to another computer unless allowed (checked once)."""
        if not self._transport_checked:
            check_transport(self.base_url, self.config.allow_insecure_http)
            self._transport_checked = True

    # --- tokens --------------------------------------------------------------------------

    @property
    def access_expires_at(self) -> float:
        return self._expires_at

    @property
    def current_access(self) -> str:
        """The access token held now ("" before the first request); may have expired."""
        return self._access

    def prime(self, access: str, expires_at: float) -> None:
        """Starts from a saved access token (used until shortly before ``expires_at``)."""
        with self._lock:
            if access and expires_at > self._expires_at:
                self._access, self._expires_at = access, float(expires_at)

    def access_token(self) -> str:
        """A current access token, refreshed first when it expires soon."""
        with self._lock:
            if not self._access or time.time() > self._expires_at - REFRESH_AHEAD:
                self._refresh_locked()
            return self._access

    def refresh(self, failed: str | None = None) -> str:
        """Exchanges the PAT for a new access token, unless another thread just did."""
        with self._lock:
            if failed is None or self._access == failed or not self._access:
                self._refresh_locked()
            return self._access

    def expire_access(self) -> None:
        """Forgets the access token's expiry (tests: the next request refreshes first)."""
        with self._lock:
            self._expires_at = 0.0

    def _refresh_locked(self) -> None:
        resp = self._raw("POST", REFRESH_PATH, {"refresh": self.pat}, None, None, None, False)
        with resp:
            if resp.status_code in (400, 401, 403):
                raise NotSignedIn(
                    "the personal access token was refused (expired or revoked): "
                    "make a new one in Label Studio's account settings and sign in again"
                )
            if resp.status_code >= 300:
                raise ls_error(resp) if resp.status_code >= 400 else redirect_from(resp)
            try:
                body = parse_json(resp.content)
            except BadWireData as exc:
                raise BadAnswer("the token refresh answer", str(exc)) from exc
        access = body.get("access") if isinstance(body, dict) else None
        if not isinstance(access, str) or not access or len(access) > 16_384:
            raise BadAnswer("the token refresh answer", "no access token")
        self._access = access
        self._expires_at = token_expiry(access) or time.time() + ACCESS_LIFETIME_GUESS

    # --- requests ------------------------------------------------------------------------

    def request(
        self,
        method: str,
        path: str,
        *,
        json: Any = None,
        params: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        stream: bool = False,
        auth: bool = True,
    ) -> requests.Response:
        """One request (any status comes back); a 401 refreshes the token once and replays it.

        Raises :class:`NetworkError` (cut, timeout, deadline), :class:`NotSignedIn` (the PAT
        no longer works) or :class:`BadAnswer` (an answer over the size cap).
        """
        token = self.access_token() if auth else None
        resp = self._raw(method, path, json, params, headers, token, stream)
        if auth and resp.status_code == 401:
            resp.close()
            token = self.refresh(token)
            resp = self._raw(method, path, json, params, headers, token, stream)
            if resp.status_code == 401:
                resp.close()
                raise NotSignedIn("Label Studio refused the refreshed access token")
        return resp

    def call(self, method: str, path: str, **kwargs: Any) -> Any:
        """The decoded JSON of a 2xx answer; a :class:`ServerError` for anything else."""
        resp = self.request(method, path, **kwargs)
        return decode_answer(resp, f"Label Studio {method} {path.split('?')[0]}", ls_error)

    def _raw(
        self,
        method: str,
        path: str,
        body: Any,
        params: dict[str, Any] | None,
        headers: dict[str, str] | None,
        token: str | None,
        stream: bool,
    ) -> requests.Response:
        self.check_transport()
        all_headers = dict(headers or {})
        if token:
            all_headers["Authorization"] = f"Bearer {token}"
        timeout = (self.config.connect_timeout, self.config.read_timeout)
        return bounded_request(
            self.session, self.config, method, self.url(path), timeout,
            json=body, params=params, headers=all_headers, stream=stream,
        )  # fmt: skip

    def probe(self) -> bool:
        """Whether the server answers at all (any HTTP status counts); short timeouts."""
        try:
            self.check_transport()
            resp = self.session.get(
                self.url("/health"),
                timeout=(min(3.0, self.config.connect_timeout), 5.0),
                stream=True,
                allow_redirects=False,
            )
            resp.close()
            return True
        except (requests.exceptions.RequestException, InsecureTransport):
            return False

    def close(self) -> None:
        self.session.close()

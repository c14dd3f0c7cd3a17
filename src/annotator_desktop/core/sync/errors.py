"""Errors of the sync layer; each carries a machine ``code`` the UI translates."""

from __future__ import annotations

from typing import Any


class SyncError(Exception):
    """Base class; ``code`` is a machine code (see ``ui/sync_controller.py`` for the texts)."""

    code = "sync_error"

    def __init__(self, message: str = "", code: str | None = None) -> None:
        super().__init__(message or (code or self.code))
        if code:
            self.code = code


class NetworkError(SyncError):
    """The server could not be reached, or it stopped answering (timeouts, cuts, refused)."""

    code = "offline"


class TlsError(NetworkError):
    """The server's certificate could not be verified."""

    code = "tls_error"


class NotSignedIn(SyncError):
    """No usable tokens: the user must sign in (again)."""

    code = "needs_signin"


class ServerError(SyncError):
    """An HTTP error answer; ``status``, ``code``, field ``errors`` and ``retry_after``."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str = "",
        errors: list[dict[str, Any]] | None = None,
        retry_after: float | None = None,
    ) -> None:
        super().__init__(detail or f"HTTP {status} {code}", code)
        self.status = status
        self.detail = detail
        self.errors = errors or []
        self.retry_after = retry_after

    @property
    def transient(self) -> bool:
        """Worth retrying later: rate limits and server-side trouble."""
        return self.status in (408, 429) or self.status >= 500


class DeadlineExceeded(NetworkError):
    """A call took longer than its wall-clock deadline (a slow or dripping answer)."""

    code = "deadline"


class InsecureTransport(SyncError):
    """Plain http to a host that is not this computer, and the user has not allowed it."""

    code = "insecure_http"


class TooManyPages(SyncError):
    """The change feed kept saying ``has_more`` past the per-sync page cap."""

    code = "too_many_pages"


class BadAnswer(ServerError):
    """A 2xx answer that is not what protocol v1 describes (not JSON, wrong shape, too large)."""

    def __init__(self, what: str, detail: str, code: str = "bad_answer", status: int = 200) -> None:
        super().__init__(status, code, f"{what}: {detail}")
        self.what = what


class Redirected(ServerError):
    """A 3xx to an API call: usually a wrong server address (http instead of https, a proxy)."""

    def __init__(self, status: int, location: str) -> None:
        super().__init__(status, "redirected", f"the server redirected to {location or '?'}")
        self.location = location

    @property
    def transient(self) -> bool:
        return True


def describe(exc: BaseException) -> str:
    """One English sentence naming what failed and what to do (the CLI's message)."""
    if isinstance(exc, Redirected):
        return (
            f"the server redirected to {exc.location or 'another address'}: check the server "
            "address (use https:// if the server has moved to it)"
        )
    if isinstance(exc, DeadlineExceeded):
        return f"the server took too long to answer ({exc}); try again later or raise the deadline"
    if isinstance(exc, TlsError):
        return f"the server's certificate could not be verified ({exc}); check the CA bundle"
    if isinstance(exc, NetworkError):
        return f"the server could not be reached ({exc}); check the connection and try again"
    if isinstance(exc, InsecureTransport):
        return str(exc)
    if isinstance(exc, TooManyPages):
        return str(exc)
    if isinstance(exc, NotSignedIn):
        return "the server asked to sign in again: run `annotator-desktop login`"
    if isinstance(exc, BadAnswer):
        return (
            f"the server sent an answer this app cannot use ({exc.detail}); check the server "
            "address or tell the server's administrator"
        )
    if isinstance(exc, ServerError):
        return f"the server refused ({exc.code}){': ' + exc.detail if exc.detail else ''}"
    return f"{exc}"

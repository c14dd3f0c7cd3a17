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

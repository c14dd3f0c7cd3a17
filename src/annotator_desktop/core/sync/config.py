"""Tunables of the sync client; tests shrink the timeouts and back-off."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class SyncConfig:
    """Timeouts, back-off and limits; :meth:`from_settings` reads the app's settings object."""

    connect_timeout: float = 5.0
    read_timeout: float = 30.0
    download_wall_seconds: float = 900.0  # per file; the read timeout still applies per chunk
    backoff_base: float = 2.0
    backoff_cap: float = 600.0
    retry_after_cap: float = 300.0
    page_limit: int = 500
    push_batch: int = 50
    push_parallel: int = 4
    asset_cache_bytes: int = 2 * 1024**3
    ca_bundle: str = ""
    lease_renew_before: float = 6 * 3600.0
    call_deadline: float = 60.0  # wall clock per API call, answer body included
    max_answer_bytes: int = 64 * 1024**2  # per JSON answer
    max_asset_bytes: int = 512 * 1024**2  # per file when the server declares no size
    max_pages_per_sync: int = 2000  # feed pages per sync before "the server keeps sending pages"
    allow_insecure_http: bool = False  # plain http to a host that is not this computer

    @classmethod
    def from_settings(cls, settings: Any) -> SyncConfig:
        """Reads known attributes defensively (the settings object may lack any of them)."""
        cfg = cls()
        cfg.ca_bundle = str(getattr(settings, "ca_bundle", "") or "")
        mb = getattr(settings, "asset_cache_mb", None)
        if isinstance(mb, int) and mb > 0:
            cfg.asset_cache_bytes = mb * 1024 * 1024
        for name in ("connect_timeout", "read_timeout"):
            value = getattr(settings, name, None)
            if isinstance(value, int | float) and value > 0:
                setattr(cfg, name, float(value))
        deadline = getattr(settings, "call_deadline_seconds", None)
        if isinstance(deadline, int | float) and not isinstance(deadline, bool) and deadline > 0:
            cfg.call_deadline = float(deadline)
        for setting, name in (
            ("max_answer_mb", "max_answer_bytes"),
            ("max_asset_mb", "max_asset_bytes"),
        ):
            value = getattr(settings, setting, None)
            if isinstance(value, int) and not isinstance(value, bool) and value > 0:
                setattr(cfg, name, value * 1024 * 1024)
        pages = getattr(settings, "max_pages_per_sync", None)
        if isinstance(pages, int) and not isinstance(pages, bool) and pages > 0:
            cfg.max_pages_per_sync = pages
        cfg.allow_insecure_http = getattr(settings, "allow_insecure_http", False) is True
        return cfg

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
        return cfg

"""What every request handler needs: database, settings, asset folder, limiter."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fastapi import Request

from annotator_desktop.server.db import Database
from annotator_desktop.server.security import LoginLimiter
from annotator_desktop.server.settings import ServerSettings


@dataclass
class Context:
    db: Database
    settings: ServerSettings
    assets_dir: Path
    limiter: LoginLimiter
    tokens: Any = field(default=None)  # access.TokenCache, set by create_app
    writers: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(4, thread_name_prefix="writer")
    )

    def close(self) -> None:
        """Finish queued writes, then stop the database's threads and connections."""
        self.writers.shutdown(wait=True)
        self.db.dispose()


async def get_ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx

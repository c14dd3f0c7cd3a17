"""What every request handler needs: database, settings, asset folder, limiter."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from fastapi import Request

from annotator_desktop.server.agreement import AgreementWorker
from annotator_desktop.server.db import Database
from annotator_desktop.server.limiter import LoginLimiter
from annotator_desktop.server.settings import ServerSettings


@dataclass
class Context:
    db: Database
    settings: ServerSettings
    assets_dir: Path
    limiter: LoginLimiter
    writers: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(4, thread_name_prefix="writer")
    )
    agreement: AgreementWorker | None = None  # per-task agreement after each submission

    def close(self) -> None:
        """Finish queued writes, then stop the database's threads and connections."""
        self.writers.shutdown(wait=True)
        if self.agreement is not None:
            self.agreement.stop()
        self.db.dispose()


async def get_ctx(request: Request) -> Context:
    ctx: Context = request.app.state.ctx
    return ctx

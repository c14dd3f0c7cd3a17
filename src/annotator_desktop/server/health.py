"""``GET /health``: version and database state, for load balancers and the desktop client."""

from __future__ import annotations

import json
import logging
import os

from fastapi import APIRouter, Response
from sqlalchemy.exc import SQLAlchemyError

from annotator_desktop import __version__
from annotator_desktop.protocol import DatabaseHealth, HealthOut
from annotator_desktop.server.access import CtxDep
from annotator_desktop.server.db import Database
from annotator_desktop.server.rawsql import Statement
from annotator_desktop.server.strictjson import ParsedJSONRoute

router = APIRouter(tags=["health"], route_class=ParsedJSONRoute)
log = logging.getLogger("annotator_desktop.server")
RETRY_AFTER = "5"


_PING = Statement("SELECT 1 AS one")


def database_answers(db: Database) -> bool:
    """True when a trivial query goes through (a pooled connection, as requests use)."""
    try:
        db.raw.query(_PING, {})
    except (SQLAlchemyError, db.raw.Error) as exc:
        log.warning(json.dumps({"event": "health_db_unreachable", "error": repr(exc)[:300]}))
        return False
    return True


@router.get(
    "/health", response_model=HealthOut,
    responses={503: {"model": HealthOut, "description": "The database cannot be reached"}},
)  # fmt: skip
def health(ctx: CtxDep, response: Response) -> HealthOut:
    """No authentication. A sync handler: FastAPI runs it off the event loop.

    ``X-Server-Process`` names the worker process that answered (``serve --workers N``)."""
    ok = database_answers(ctx.db)
    response.headers["X-Server-Process"] = str(os.getpid())  # which worker answered
    if not ok:
        response.status_code = 503
        response.headers["Retry-After"] = RETRY_AFTER
    return HealthOut(
        status="ok" if ok else "unavailable",
        version=__version__,
        database=DatabaseHealth(
            state="ok" if ok else "unreachable", dialect=ctx.db.engine.dialect.name
        ),
    )

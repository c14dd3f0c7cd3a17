"""The FastAPI application factory."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from fastapi import FastAPI

from annotator_desktop import __version__
from annotator_desktop.protocol import API_PREFIX, Problem
from annotator_desktop.server import (
    assets,
    assignments,
    auth,
    feed,
    health,
    projects,
    qa,
    skips,
    stats,
    submissions,
)
from annotator_desktop.server.agreement import AgreementWorker
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import Database
from annotator_desktop.server.docs import install_docs
from annotator_desktop.server.errors import PROBLEM_TYPE, BodyLimitMiddleware, install_handlers
from annotator_desktop.server.kind_schemas import add_kind_schemas
from annotator_desktop.server.limiter import LoginLimiter
from annotator_desktop.server.logs import AccessLogMiddleware
from annotator_desktop.server.migrate import ensure_current
from annotator_desktop.server.settings import SWITCH_INTERVAL, ServerSettings
from annotator_desktop.server.strictjson import StrictJSONMiddleware

OPENAPI_PATH = f"{API_PREFIX}/openapi.json"


def _limit_for(settings: ServerSettings):
    def limit(method: str, path: str) -> int:
        if method == "POST" and path == f"{API_PREFIX}/assets":
            return settings.max_asset_bytes
        return settings.max_body_bytes

    return limit


def create_app(
    db_url: str,
    assets_dir: Path,
    *,
    demo: bool = False,
    settings: ServerSettings | None = None,
    demo_users: bool = False,
    migrate: bool = True,
) -> FastAPI:
    """A ready app on ``db_url`` (demo data seeded once when ``demo``).

    ``demo_users`` seeds only the four demo accounts (no projects). An empty database gets the
    schema; one behind the code is migrated when ``migrate``, else SchemaNotCurrent is raised.
    """
    settings = settings or ServerSettings()
    db = Database(
        db_url, background_checkpoints=True, synchronous=settings.sqlite_synchronous,
        pool_size=settings.db_pool_size,
    )  # fmt: skip
    try:
        ensure_current(db, migrate)
    except BaseException:
        db.dispose()
        raise
    assets_dir = Path(assets_dir)
    assets_dir.mkdir(parents=True, exist_ok=True)
    if demo or demo_users:
        from annotator_desktop.server.demo import seed_demo, seed_demo_users

        if demo:
            seed_demo(db, assets_dir, settings)
        else:
            seed_demo_users(db, settings)
    app = FastAPI(
        title="annotator-desktop task server", version=__version__,
        description="Protocol v1 reference server (see DESIGN.md, 'Task server contract').",
        openapi_url=OPENAPI_PATH, docs_url=None, redoc_url=None,  # docs.py serves them offline
    )  # fmt: skip
    app.state.ctx = Context(
        db=db, settings=settings, assets_dir=assets_dir,
        limiter=LoginLimiter(db, settings.login_max_failures, settings.login_window_seconds),
    )  # fmt: skip
    app.state.ctx.agreement = AgreementWorker(db)
    app.state.ctx.agreement.start()
    routers = (submissions, skips, feed, auth, projects, assignments, assets, qa, stats, health)
    for module in routers:
        app.include_router(module.router, prefix=API_PREFIX)
    install_docs(app, OPENAPI_PATH)
    install_handlers(app)
    app.add_middleware(StrictJSONMiddleware, max_depth=settings.max_json_depth)
    app.add_middleware(BodyLimitMiddleware, limit_for=_limit_for(settings))
    app.add_middleware(AccessLogMiddleware)
    _add_problem_schema(app)
    return app


def create_app_from_env() -> FastAPI:
    """The app from ServerSettings alone (ANNOTATOR_SERVER_* variables, the TOML file named by
    ANNOTATOR_SERVER_CONFIG): what each worker process of ``serve --workers N`` loads, e.g.
    ``uvicorn --factory annotator_desktop.server.app:create_app_from_env --workers 4``.
    The database must be migrated already (``annotator-server migrate``)."""
    from annotator_desktop.server.logs import setup_logging

    settings = ServerSettings.load()
    setup_logging(settings.log_level)
    sys.setswitchinterval(SWITCH_INTERVAL)
    db_url, assets_dir = settings.locations()
    return create_app(db_url, assets_dir, settings=settings, migrate=False)


def _add_problem_schema(app: FastAPI) -> None:
    """Make sure ``#/components/schemas/Problem`` exists in the OpenAPI document."""
    original = app.openapi

    def openapi() -> dict[str, Any]:
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        defs = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in defs.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components.setdefault("Problem", defs)
        add_kind_schemas(components)  # task payloads and results by kind (issue 21)
        _problems_everywhere(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


_ALWAYS = {"400": "Bad request", "413": "Payload too large", "422": "Invalid request"}


def _problems_everywhere(schema: dict[str, Any]) -> None:
    """Every error answer of every operation is problem+json, including FastAPI's own 422."""
    content = {PROBLEM_TYPE: {"schema": {"$ref": "#/components/schemas/Problem"}}}
    for ops in schema.get("paths", {}).values():
        for op in ops.values():
            responses = op.setdefault("responses", {})
            for status, desc in _ALWAYS.items():
                responses.setdefault(status, {"description": desc})
            if op.get("security"):
                responses.setdefault("401", {"description": "Unauthorized"})
            for status, response in responses.items():
                if status[0] in "45" and not _own_body(response):
                    response["content"] = content


def _own_body(response: dict[str, Any]) -> bool:
    """The route declared its own error body (e.g. /health's 503), not FastAPI's stock 422."""
    refs = [m.get("schema", {}).get("$ref", "") for m in response.get("content", {}).values()]
    return any(ref and not ref.endswith("/HTTPValidationError") for ref in refs)

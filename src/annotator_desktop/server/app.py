"""The FastAPI application factory."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI

from annotator_desktop import __version__
from annotator_desktop.protocol import API_PREFIX, Problem
from annotator_desktop.server import (
    assets,
    assignments,
    auth,
    feed,
    projects,
    qa,
    stats,
    submissions,
)
from annotator_desktop.server.access import TokenCache
from annotator_desktop.server.context import Context
from annotator_desktop.server.db import Database
from annotator_desktop.server.errors import PROBLEM_TYPE, BodyLimitMiddleware, install_handlers
from annotator_desktop.server.logs import AccessLogMiddleware
from annotator_desktop.server.security import LoginLimiter
from annotator_desktop.server.settings import ServerSettings


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
) -> FastAPI:
    """A ready app on ``db_url`` (tables created; demo data seeded once when ``demo``).

    ``demo_users`` seeds only the four demo accounts (no projects).
    """
    settings = settings or ServerSettings()
    db = Database(db_url, background_checkpoints=True, synchronous=settings.sqlite_synchronous)
    db.create_all()
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
        openapi_url=f"{API_PREFIX}/openapi.json", docs_url=f"{API_PREFIX}/docs", redoc_url=None,
    )  # fmt: skip
    app.state.ctx = Context(
        db=db, settings=settings, assets_dir=assets_dir,
        limiter=LoginLimiter(settings.login_max_failures, settings.login_window_seconds),
        tokens=TokenCache(),
    )  # fmt: skip
    for module in (submissions, feed, auth, projects, assignments, assets, qa, stats):
        app.include_router(module.router, prefix=API_PREFIX)
    install_handlers(app)
    app.add_middleware(BodyLimitMiddleware, limit_for=_limit_for(settings))
    app.add_middleware(AccessLogMiddleware)
    _add_problem_schema(app)
    return app


def _add_problem_schema(app: FastAPI) -> None:
    """Make sure ``#/components/schemas/Problem`` exists in the OpenAPI document."""
    original = app.openapi

    def openapi() -> dict:  # type: ignore[type-arg]
        if app.openapi_schema:
            return app.openapi_schema
        schema = original()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        defs = Problem.model_json_schema(ref_template="#/components/schemas/{model}")
        for name, sub in defs.pop("$defs", {}).items():
            components.setdefault(name, sub)
        components.setdefault("Problem", defs)
        _problems_everywhere(schema)
        app.openapi_schema = schema
        return schema

    app.openapi = openapi  # type: ignore[method-assign]


_ALWAYS = {"400": "Bad request", "413": "Payload too large", "422": "Invalid request"}


def _problems_everywhere(schema: dict) -> None:  # type: ignore[type-arg]
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
                if status[0] in "45":
                    response["content"] = content

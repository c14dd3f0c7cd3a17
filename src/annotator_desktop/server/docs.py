"""The API docs pages, served with no internet, and the redirects from ``/`` and ``/docs``.

FastAPI's own pages load Swagger UI and ReDoc from a CDN. Here the files come from the
``fastapi-offline`` package (Swagger UI 5, which reads OpenAPI 3.1, and ReDoc 2), mounted under
the API prefix.
"""

from __future__ import annotations

from pathlib import Path

import fastapi_offline
from fastapi import FastAPI, Request
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from starlette.responses import HTMLResponse, RedirectResponse

from annotator_desktop.protocol import API_PREFIX

ASSETS_DIR = Path(fastapi_offline.__file__).resolve().parent / "static"
DOCS_PATH = f"{API_PREFIX}/docs"
REDOC_PATH = f"{API_PREFIX}/redoc"
STATIC_PATH = f"{DOCS_PATH}/static"
# No "validator" badge: it would send the document to an outside service.
SWAGGER_PARAMETERS = {"validatorUrl": None}


def install_docs(app: FastAPI, openapi_url: str) -> None:
    """Docs at ``/api/v1/docs`` (Swagger UI) and ``/api/v1/redoc``; ``/`` and ``/docs`` lead there.

    Create ``app`` with ``docs_url=None, redoc_url=None`` so FastAPI's CDN pages stay off.
    """
    app.mount(STATIC_PATH, StaticFiles(directory=ASSETS_DIR), name="docs-static")

    @app.api_route(DOCS_PATH, methods=["GET", "HEAD"], include_in_schema=False)
    async def swagger_page(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_swagger_ui_html(
            openapi_url=root + openapi_url, title=f"{app.title} - API docs",
            swagger_js_url=f"{root}{STATIC_PATH}/swagger-ui-bundle.js",
            swagger_css_url=f"{root}{STATIC_PATH}/swagger-ui.css",
            swagger_favicon_url=f"{root}{STATIC_PATH}/favicon.png",
            swagger_ui_parameters=SWAGGER_PARAMETERS,
        )  # fmt: skip

    @app.api_route(REDOC_PATH, methods=["GET", "HEAD"], include_in_schema=False)
    async def redoc_page(request: Request) -> HTMLResponse:
        root = request.scope.get("root_path", "")
        return get_redoc_html(
            openapi_url=root + openapi_url, title=f"{app.title} - ReDoc",
            redoc_js_url=f"{root}{STATIC_PATH}/redoc.standalone.js",
            redoc_favicon_url=f"{root}{STATIC_PATH}/favicon.png", with_google_fonts=False,
        )  # fmt: skip

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    @app.api_route("/docs", methods=["GET", "HEAD"], include_in_schema=False)
    async def to_docs(request: Request) -> RedirectResponse:
        return RedirectResponse(request.scope.get("root_path", "") + DOCS_PATH, status_code=307)

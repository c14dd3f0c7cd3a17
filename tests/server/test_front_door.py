"""The front door: /health, redirects to the API docs, offline docs, the default data folder."""

from __future__ import annotations

import json
import re
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urljoin

import platformdirs
import pytest
import requests
from sqlalchemy.engine import make_url

from annotator_desktop import __version__
from annotator_desktop.protocol import HealthOut
from annotator_desktop.server.cli import main
from support.proxy import Proxy

from .conftest import API, Served, start_served, stop_served


def _health(served: Served) -> requests.Response:
    return requests.get(served.url + API + "/health", timeout=20)  # no Authorization header


def _assert_down(r: requests.Response, dialect: str) -> None:
    assert r.status_code == 503, r.text
    assert int(r.headers["Retry-After"]) > 0
    body = HealthOut.model_validate(r.json())
    assert body.status == "unavailable"
    assert (body.database.state, body.database.dialect) == ("unreachable", dialect)


@pytest.fixture
def bare(sqlite_url: str, tmp_path: Path) -> Iterator[Served]:
    """The server on SQLite with no users or projects."""
    srv = start_served(sqlite_url, tmp_path, demo=False)
    yield srv
    stop_served(srv)


# --- health ----------------------------------------------------------------------------------


def test_health_is_ok_without_a_token(db_url: str, tmp_path: Path) -> None:
    srv = start_served(db_url, tmp_path, demo=False)
    try:
        r = _health(srv)
        assert r.status_code == 200, r.text
        assert r.headers["content-type"].startswith("application/json")
        dialect = "sqlite" if db_url.startswith("sqlite") else "postgresql"
        assert r.json() == {
            "status": "ok", "version": __version__,
            "database": {"state": "ok", "dialect": dialect},
        }  # fmt: skip
    finally:
        stop_served(srv)


def test_health_503_when_the_sqlite_file_cannot_be_opened(tmp_path: Path) -> None:
    folder = tmp_path / "db"
    folder.mkdir()
    srv = start_served(f"sqlite:///{folder / 'server.sqlite3'}", tmp_path, demo=False)
    try:
        assert _health(srv).status_code == 200
        shutil.rmtree(folder)
        # open connections keep the deleted file; every new one fails to open it
        srv.db.engine.dispose()
        _assert_down(_health(srv), "sqlite")
    finally:
        stop_served(srv)


@pytest.mark.parametrize("db_url", ["postgres"], indirect=True)
def test_health_503_while_postgresql_is_unreachable(db_url: str, tmp_path: Path) -> None:
    """PostgreSQL behind a proxy that is switched off (connection refused), then on again."""
    real = make_url(db_url)
    if real.host not in ("127.0.0.1", "localhost"):
        pytest.skip("the proxy forwards to 127.0.0.1 only")
    proxy = Proxy(real.port or 5432).start()
    via_proxy = real.set(host="127.0.0.1", port=proxy.port).update_query_dict(
        {"connect_timeout": "5"}
    )
    srv = start_served(via_proxy.render_as_string(hide_password=False), tmp_path, demo=False)
    try:
        assert _health(srv).status_code == 200
        proxy.set_enabled(False)
        _assert_down(_health(srv), "postgresql")
        proxy.set_enabled(True)
        r = _health(srv)
        assert r.status_code == 200 and r.json()["database"]["state"] == "ok", r.text
    finally:
        stop_served(srv)
        proxy.stop()


def test_health_is_in_the_openapi_document(bare: Served) -> None:
    doc = requests.get(bare.url + API + "/openapi.json", timeout=20).json()
    op = doc["paths"][API + "/health"]["get"]
    assert "security" not in op
    ok = op["responses"]["200"]["content"]["application/json"]["schema"]
    down = op["responses"]["503"]["content"]["application/json"]["schema"]
    assert ok == down == {"$ref": "#/components/schemas/HealthOut"}
    assert {"status", "version", "database"} <= set(
        doc["components"]["schemas"]["HealthOut"]["required"]
    )


# --- redirects and docs ----------------------------------------------------------------------


@pytest.mark.parametrize("method", ["GET", "HEAD"])
@pytest.mark.parametrize("path", ["/", "/docs"])
def test_front_paths_redirect_to_the_api_docs(bare: Served, path: str, method: str) -> None:
    r = requests.request(method, bare.url + path, allow_redirects=False, timeout=20)
    assert r.status_code in (307, 308), r.text
    assert urljoin(bare.url + path, r.headers["location"]) == bare.url + API + "/docs"
    landed = requests.request(method, bare.url + path, timeout=20)
    assert landed.status_code == 200 and landed.url == bare.url + API + "/docs"
    assert landed.headers["content-type"].startswith("text/html")


_CONTENT_TYPES = {".js": "javascript", ".css": "text/css", ".png": "image/png", ".json": "json"}


@pytest.mark.parametrize("page", ["/docs", "/redoc"])
def test_docs_pages_load_nothing_from_the_internet(bare: Served, page: str) -> None:
    r = requests.get(bare.url + API + page, timeout=20)
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/html")
    html = r.text
    absolute = re.findall(r"""(?:https?:)?//[^\s"'<>]+""", html)
    assert [u for u in absolute if not u.startswith(bare.url)] == [], absolute
    refs = re.findall(r"""\b(?:src|href|spec-url)\s*=\s*["']([^"']+)["']""", html)
    refs += re.findall(r"""\burl\s*:\s*["']([^"']+)["']""", html)  # Swagger UI's inline script
    assert len(refs) >= 3, html
    for ref in refs:
        target = urljoin(r.url, ref)
        assert target.startswith(bare.url + "/"), target
        got = requests.get(target, timeout=20)
        assert got.status_code == 200, target
        suffix = Path(target).suffix
        assert _CONTENT_TYPES[suffix] in got.headers["content-type"], (target, got.headers)
        assert len(got.content) > 100, target
    if page == "/docs":
        assert '"validatorUrl": null' in html  # no badge that sends the document elsewhere


# --- the default data folder -----------------------------------------------------------------


def _cli(capsys: pytest.CaptureFixture[str], *args: str) -> list[dict[str, object]]:
    assert main(list(args)) == 0
    return [json.loads(line) for line in capsys.readouterr().out.splitlines() if line.strip()]


def _use_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    cwd = tmp_path / "cwd"
    cwd.mkdir()
    monkeypatch.chdir(cwd)
    return cwd


def test_annotator_server_home_holds_the_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cwd = _use_cwd(tmp_path, monkeypatch)
    home = tmp_path / "server-home"
    monkeypatch.setenv("ANNOTATOR_SERVER_HOME", str(home))
    image = tmp_path / "input.txt"
    image.write_text("some bytes")
    _cli(capsys, "users", "add", "zoe", "--role", "annotator", "--password", "zoe-pw")
    assert [u["username"] for u in _cli(capsys, "users", "list")] == ["zoe"]
    sha = _cli(capsys, "assets", "add", str(image))[0]["sha256"]
    assert list(cwd.iterdir()) == []
    assert (home / "server.sqlite3").is_file()
    assert (home / "assets" / str(sha)).is_file()


def test_db_and_assets_flags_override_the_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cwd = _use_cwd(tmp_path, monkeypatch)
    home = tmp_path / "server-home"
    monkeypatch.setenv("ANNOTATOR_SERVER_HOME", str(home))
    db = ["--db", f"sqlite:///{tmp_path / 'elsewhere.sqlite3'}", "--assets", str(tmp_path / "a")]
    _cli(capsys, "users", "add", "zoe", "--role", "annotator", "--password", "zoe-pw", *db)
    assert (tmp_path / "elsewhere.sqlite3").is_file()
    assert not home.exists() and list(cwd.iterdir()) == []


@pytest.mark.skipif(sys.platform == "win32", reason="HOME does not steer the Windows folder")
def test_default_data_folder_is_the_platform_user_data_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    cwd = _use_cwd(tmp_path, monkeypatch)
    monkeypatch.delenv("ANNOTATOR_SERVER_HOME", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    expected = Path(platformdirs.user_data_dir("annotator-server", appauthor=False))
    if sys.platform.startswith("linux"):
        assert expected == tmp_path / "xdg" / "annotator-server"
    assert expected.is_relative_to(tmp_path)
    _cli(capsys, "users", "add", "zoe", "--role", "annotator", "--password", "zoe-pw")
    assert (expected / "server.sqlite3").is_file()
    assert list(cwd.iterdir()) == []

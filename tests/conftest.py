"""Fixtures for every test: offscreen Qt, a fresh data folder, and guards against leaks.

Each test gets its own ``ANNOTATOR_DESKTOP_HOME`` under ``tmp_path`` so no test ever touches the
real profile, and a keyring backend that stores nothing. A test that leaves a thread running or
a top-level window open fails.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "keyring.backends.fail.Keyring")
os.environ.pop("ANNOTATOR_DESKTOP_HOME", None)

from annotator_desktop.core.store import Store, open_store


@pytest.fixture(autouse=True)
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, empty data folder for the app under test."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("ANNOTATOR_DESKTOP_HOME", str(home))
    return home


@pytest.fixture
def store(data_home: Path) -> Iterator[Store]:
    """A real SQLite cache file in the test's data folder."""
    st = open_store(data_home / "cache.sqlite3")
    yield st
    st.close()


@pytest.fixture
def live_server(tmp_path: Path) -> Iterator[Any]:
    """The reference server, served by uvicorn on 127.0.0.1 (port 0), with demo data."""
    from support.live_server import LiveServer

    server = LiveServer.start(tmp_path / "server", demo=True)
    yield server
    server.stop()


@pytest.fixture
def empty_server(tmp_path: Path) -> Iterator[Any]:
    """The reference server with users only (the demo users), no projects."""
    from support.live_server import LiveServer

    server = LiveServer.start(tmp_path / "server", demo=False)
    yield server
    server.stop()


_LEAK_EXEMPT = ("pydevd", "asyncio_", "ThreadPoolExecutor-0", "QDBusConnection")


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item: pytest.Item) -> Iterator[None]:
    item._threads_before = set(threading.enumerate())  # type: ignore[attr-defined]
    yield


@pytest.hookimpl(hookwrapper=True, trylast=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None) -> Iterator[None]:
    yield
    if not hasattr(item, "_threads_before"):  # skipped or failed in setup: nothing ran
        return
    before: set[threading.Thread] = item._threads_before  # type: ignore[attr-defined]
    leaked = [
        t
        for t in threading.enumerate()
        if t not in before and t.is_alive() and not t.name.startswith(_LEAK_EXEMPT)
    ]
    for t in leaked:
        t.join(timeout=2.0)
    leaked = [t for t in leaked if t.is_alive()]
    windows = _open_windows()
    problems = []
    if leaked:
        problems.append(f"threads left running: {[t.name for t in leaked]}")
    if windows:
        problems.append(f"top-level windows left open: {windows}")
    if problems:
        pytest.fail("; ".join(problems), pytrace=False)


def _open_windows() -> list[str]:
    try:
        from PySide6.QtWidgets import QApplication
    except ImportError:
        return []
    app = QApplication.instance()
    if app is None:
        return []
    return [
        f"{type(w).__name__}({w.objectName()!r})"
        for w in QApplication.topLevelWidgets()
        if w.isVisible()
    ]


@pytest.fixture(autouse=True)
def _release_clipboard() -> Iterator[None]:
    """What a test copied is handed back to Qt (a Python-made QMimeData left on the clipboard
    crashes the interpreter's shutdown; the app does the same when it quits)."""
    yield
    try:
        from annotator_desktop.ui.clipboard import release_clipboard
    except ImportError:
        return
    release_clipboard()

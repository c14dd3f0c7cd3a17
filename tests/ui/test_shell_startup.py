"""Starting under bad conditions: clear messages naming the file, no traceback, no data loss."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot
from shell_support import ShellRunner, seed

from annotator_desktop.ui.app_shell import EXIT_FOLDER, EXIT_RUNNING, EXIT_STORE
from annotator_desktop.ui.single_instance import InstanceLock


def test_corrupt_cache_is_kept_and_named(
    qtbot: QtBot, data_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = data_home / "cache.sqlite3"
    db.write_bytes(b"this is not a database" * 100)
    runner = ShellRunner(qtbot)
    try:
        runner.start()
        kept = list(data_home.glob("cache.sqlite3.damaged-*"))
        assert len(kept) == 1
        assert kept[0].read_bytes() == b"this is not a database" * 100
        err = capfd.readouterr().err
        assert str(kept[0]) in err and "Traceback" not in err
        assert runner.window.isVisible()
    finally:
        runner.close()


def test_cache_from_a_newer_version_refused(
    qtbot: QtBot, data_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    db = data_home / "cache.sqlite3"
    seed(db).close()
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = db.read_bytes()
    runner = ShellRunner(qtbot)
    try:
        assert runner.start(wait_ready=False) == EXIT_STORE
        err = capfd.readouterr().err
        assert str(db) in err and "newer version" in err and "Traceback" not in err
        assert db.read_bytes() == before
    finally:
        runner.close()


def test_settings_from_a_newer_version_kept_untouched(
    qtbot: QtBot, data_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    path = data_home / "settings.json"
    text = json.dumps({"schema_version": 99, "language": "fr", "future": True})
    path.write_text(text)
    runner = ShellRunner(qtbot)
    try:
        runner.start()
        qtbot.waitUntil(lambda: str(path) in runner.window.status.currentMessage(), timeout=3000)
        assert "newer version" in capfd.readouterr().err
    finally:
        runner.close()
    assert path.read_text() == text  # not overwritten on close


def test_unwritable_data_folder(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("ANNOTATOR_DESKTOP_HOME", str(blocker / "data"))
    runner = ShellRunner(qtbot)
    try:
        assert runner.start(wait_ready=False) == EXIT_FOLDER
        err = capfd.readouterr().err
        assert str(blocker / "data") in err and "cannot be written" in err
    finally:
        runner.close()


def test_second_instance_refused(
    qtbot: QtBot, data_home: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    lock = InstanceLock(data_home)
    assert lock.acquire()
    runner = ShellRunner(qtbot)
    try:
        assert runner.start(wait_ready=False) == EXIT_RUNNING
        err = capfd.readouterr().err
        assert "already running" in err and str(os.getpid()) in err
    finally:
        runner.close()
        lock.release()


def test_second_instance_process_exits_nonzero(data_home: Path) -> None:
    lock = InstanceLock(data_home)
    assert lock.acquire()
    try:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        out = subprocess.run(
            [sys.executable, "-m", "annotator_desktop.cli"],
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        lock.release()
    assert out.returncode == EXIT_RUNNING
    assert "already running" in out.stderr and "Traceback" not in out.stderr


def test_stale_lock_after_kill_is_taken_over(data_home: Path) -> None:
    code = (
        "import os, sys; from PySide6.QtCore import QLockFile; "
        "l = QLockFile(sys.argv[1]); l.setStaleLockTime(0); assert l.tryLock(0); "
        "print('locked', flush=True); os.kill(os.getpid(), 9)"
    )
    lock_path = data_home / "annotator-desktop.lock"
    subprocess.run([sys.executable, "-c", code, str(lock_path)], timeout=60)
    assert lock_path.exists()
    lock = InstanceLock(data_home)
    assert lock.acquire()
    lock.release()


@pytest.mark.slow
def test_smoke_run_exits_zero(data_home: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-m", "annotator_desktop.cli", "--smoke", "--lang", "en"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert out.returncode == 0, out.stderr
    assert "smoke ok" in out.stderr and "PlaceholderPane" in out.stderr
    assert "language=pseudo" in out.stderr


def test_main_window_paints_before_sqlalchemy_is_imported() -> None:
    """The window shows before the heavy store machinery loads (cold start budget)."""
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from annotator_desktop.core.settings import Settings\n"
        "from annotator_desktop.ui.main_window import MainWindow\n"
        "from annotator_desktop.ui.worker import Worker\n"
        "worker = Worker()\n"
        "window = MainWindow(worker, Settings())\n"
        "window.show()\n"
        "app.processEvents()\n"
        "print(sorted(m for m in ('sqlalchemy', 'sqlmodel', 'requests') if m in sys.modules))\n"
        "window.close()\n"
        "worker.shutdown()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert out.stdout.strip() == "[]", out.stdout

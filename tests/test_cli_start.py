"""Starting the GUI from the command line: no display, and the demo's own data folder."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from annotator_desktop.cli import main
from annotator_desktop.core.paths import HOME_ENV
from annotator_desktop.ui.app import no_display_message

NO_DISPLAY = "annotator-desktop: no display found."
DISPLAY_VARS = ("DISPLAY", "WAYLAND_DISPLAY", "WAYLAND_SOCKET", "QT_QPA_PLATFORM")


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "annotator_desktop.cli", *args],
        env=env, capture_output=True, text=True, timeout=120,
    )  # fmt: skip


def _headless_env(home: Path, runtime: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in DISPLAY_VARS}
    env.update({HOME_ENV: str(home), "XDG_RUNTIME_DIR": str(runtime), **extra})
    return env


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
@pytest.mark.parametrize("args", [[], ["--demo"], ["open", "."], ["--smoke"]])
def test_no_display_is_one_line_and_exit_2(tmp_path: Path, args: list[str]) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir()
    out = _run(args, _headless_env(tmp_path / "home", runtime))
    assert out.returncode == 2, out.stderr
    assert out.stderr.startswith(NO_DISPLAY)
    assert "QT_QPA_PLATFORM=offscreen annotator-desktop --smoke" in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1 and out.stdout == ""
    assert not (tmp_path / "home" / "demo" / "demo-server").exists()  # nothing was started


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11/Wayland check is Linux's")
def test_no_display_with_xcb_asked_for_explicitly(tmp_path: Path) -> None:
    out = _run([], _headless_env(tmp_path / "home", tmp_path, QT_QPA_PLATFORM="xcb"))
    assert out.returncode == 2 and out.stderr.startswith(NO_DISPLAY)


def test_display_check_rules(tmp_path: Path) -> None:
    def msg(env: dict[str, str], platform: str = "linux") -> bool:
        return no_display_message(env, platform) is not None

    assert msg({})
    assert msg({"QT_QPA_PLATFORM": "xcb"}) and msg({"QT_QPA_PLATFORM": "wayland;xcb"})
    assert not msg({"DISPLAY": ":0"}) and not msg({"WAYLAND_DISPLAY": "wayland-1"})
    for platform in ("offscreen", "minimal", "vnc:size=800x600", "eglfs", "linuxfb"):
        assert not msg({"QT_QPA_PLATFORM": platform})
    assert not msg({"QT_QPA_PLATFORM": "wayland;offscreen"})  # Qt falls back by itself
    assert not msg({}, "win32") and not msg({}, "darwin")
    assert msg({}, "freebsd14")
    (tmp_path / "wayland-0").touch()  # the default socket, used when WAYLAND_DISPLAY is unset
    assert not msg({"XDG_RUNTIME_DIR": str(tmp_path)})


def test_demo_data_folder_rules(
    data_home: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--demo", "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str(data_home / "demo")
    chosen = tmp_path / "chosen"
    assert main(["--demo", "--data-dir", str(chosen), "status", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["data_dir"] == str(chosen)  # --data-dir wins


def test_demo_settings_start_from_the_users_own(
    data_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (data_home / "settings.json").write_text(
        json.dumps({"schema_version": 2, "language": "de", "theme": "dark",
                    "server_url": "https://tasks.example.org", "window_geometry": "AAAA"})
    )  # fmt: skip
    assert main(["--demo", "status", "--json"]) == 0
    capsys.readouterr()
    demo = json.loads((data_home / "demo" / "settings.json").read_text())
    assert demo["language"] == "de" and demo["theme"] == "dark"
    assert demo["server_url"] == "" and demo.get("window_geometry", "") == ""


def _tasks_and_accounts(cache: Path) -> tuple[int, list[str]]:
    conn = sqlite3.connect(cache)
    try:
        tasks = conn.execute("SELECT count(*) FROM task").fetchone()[0]
        urls = [row[0] for row in conn.execute("SELECT server_url FROM account")]
    finally:
        conn.close()
    return int(tasks), urls


@pytest.mark.slow
@pytest.mark.parametrize("chosen_by", ["xdg", "home_env"])
def test_demo_run_leaves_the_normal_data_folder_alone(tmp_path: Path, chosen_by: str) -> None:
    env = {k: v for k, v in os.environ.items() if k != HOME_ENV}
    env.update(QT_QPA_PLATFORM="offscreen", XDG_DATA_HOME=str(tmp_path / "xdg"))
    if chosen_by == "xdg":
        normal = tmp_path / "xdg" / "annotator-desktop"
    else:
        normal = tmp_path / "home"
        env[HOME_ENV] = str(normal)
    demo = _run(["--demo", "--smoke", "--lang", "en"], env)
    assert demo.returncode == 0, demo.stderr
    assert (normal / "demo" / "cache.sqlite3").is_file()
    assert (normal / "demo" / "demo-server" / "server.sqlite3").is_file()
    assert (normal / "demo" / "settings.json").is_file()
    assert sorted(p.name for p in normal.iterdir()) == ["demo"]
    _tasks, demo_urls = _tasks_and_accounts(normal / "demo" / "cache.sqlite3")
    assert all(url.startswith("http://127.0.0.1:") for url in demo_urls)
    # A normal start after the demo: no demo tasks, no demo server address.
    status = _run(["status", "--json"], env)
    assert status.returncode == 0, status.stderr
    data = json.loads(status.stdout)
    assert data["data_dir"] == str(normal)
    assert data["tasks"] == {} and data["server"] == "" and not data["signed_in"]
    assert _tasks_and_accounts(normal / "cache.sqlite3") == (0, [])
    listed = _run(["projects", "--json"], env)
    assert json.loads(listed.stdout) == []

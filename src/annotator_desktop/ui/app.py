"""The GUI entry point called by the command line."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path

SWITCH_INTERVAL = 0.001  # seconds; background threads hand the GIL back to the UI thread sooner
EXIT_NO_DISPLAY = 2
NO_DISPLAY = (
    "annotator-desktop: no display found. Run it in a desktop session, or for a headless check "
    "use QT_QPA_PLATFORM=offscreen annotator-desktop --smoke."
)
# Systems where Qt needs an X11 or Wayland server (Windows and macOS always have their display).
_X11_SYSTEMS = ("linux", "freebsd", "openbsd", "netbsd", "dragonfly")


def no_display_message(
    env: Mapping[str, str] | None = None, platform: str | None = None
) -> str | None:
    """The line to print instead of starting Qt when it would find no display and abort
    (exit 134), else None. Decided from the environment only, before any Qt import.

    A ``QT_QPA_PLATFORM`` that needs no display (offscreen, minimal, vnc, eglfs, ...) is left to
    Qt; ``xcb`` needs ``DISPLAY``; ``wayland`` needs ``WAYLAND_DISPLAY`` (or the default socket).
    """
    env = os.environ if env is None else env
    if not (platform or sys.platform).startswith(_X11_SYSTEMS):
        return None
    asked = [
        part.split(":", 1)[0].strip()
        for part in env.get("QT_QPA_PLATFORM", "").split(";")
        if part.strip()
    ]
    if any(not name.startswith(("xcb", "wayland")) for name in asked):
        return None
    runtime = env.get("XDG_RUNTIME_DIR", "")
    has_x11 = bool(env.get("DISPLAY"))
    has_wayland = bool(
        env.get("WAYLAND_DISPLAY")
        or env.get("WAYLAND_SOCKET")
        or (runtime and Path(runtime, "wayland-0").exists())
    )
    if not asked:
        return None if has_x11 or has_wayland else NO_DISPLAY
    for name in asked:
        if (name.startswith("xcb") and has_x11) or (name.startswith("wayland") and has_wayland):
            return None
    return NO_DISPLAY


def tune_interpreter() -> None:
    """Shortens the GIL switch interval so database work never stalls the UI thread for long."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def _log_to_file() -> None:
    """Warnings and tracebacks go to the data folder's rotating log, never to the user."""
    import contextlib

    from annotator_desktop.core import logfile

    with contextlib.suppress(OSError):
        logfile.setup()


def run_gui(
    *,
    demo: bool = False,
    lang: str | None = None,
    open_dir: Path | None = None,
    smoke: bool = False,
    demo_server_url: str | None = None,
) -> int:
    """Starts the app and runs it until the main window closes; returns the exit code."""
    from PySide6.QtWidgets import QApplication

    from annotator_desktop import APP_NAME, __version__

    tune_interpreter()
    _log_to_file()

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    QApplication.setDesktopFileName(APP_NAME)  # static (QGuiApplication)
    from annotator_desktop.ui.app_shell import Shell

    shell = Shell(
        app,  # type: ignore[arg-type]
        lang=lang,
        open_dir=open_dir,
        smoke=smoke,
        demo_server_url=demo_server_url,
    )
    code = shell.start()
    if code:
        return code
    shell.failed.connect(app.exit)
    try:
        code = app.exec()
    finally:
        shell.close()
        from annotator_desktop.ui.clipboard import release_clipboard

        release_clipboard()
    return code or shell.exit_code

"""The GUI entry point called by the command line."""

from __future__ import annotations

import sys
from pathlib import Path

SWITCH_INTERVAL = 0.001  # seconds; background threads hand the GIL back to the UI thread sooner


def tune_interpreter() -> None:
    """Shortens the GIL switch interval so database work never stalls the UI thread for long."""
    sys.setswitchinterval(SWITCH_INTERVAL)


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

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setDesktopFileName(APP_NAME)
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

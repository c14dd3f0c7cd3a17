"""``--smoke``: show every registered pane once (and the placeholder), then quit with 0."""

from __future__ import annotations

import logging
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from annotator_desktop.ui.panes.base import TaskContext
from annotator_desktop.ui.panes.registry import registered_kinds

log = logging.getLogger(__name__)
MISSING_KIND = "smoke-check-missing-kind"


def run_smoke(shell: Any) -> None:
    """Runs the check; any error ends the app with exit code 1 instead of leaving it open."""
    try:
        _check(shell)
    except Exception:
        log.exception("smoke run failed")
        print("smoke FAILED", file=sys.stderr, flush=True)
        QApplication.instance().exit(1)  # type: ignore[union-attr]


def _check(shell: Any) -> None:
    window = shell.window
    if shell.translations.code == "en":
        shell.translations.apply("pseudo")  # load a translation: every string goes through it
    shown: list[str] = []
    for kind in [*registered_kinds(), MISSING_KIND]:
        pane = window.host.pane_for(kind)
        window.host.stack.setCurrentWidget(pane)
        try:
            pane.load(
                TaskContext(task_id="smoke", project_id="smoke", kind=kind, title="", payload={})
            )
        except Exception as exc:  # an empty payload may not be loadable; showing is the check
            log.info("pane %s did not load an empty task: %s", kind, exc)
        QApplication.processEvents()
        shown.append(f"{kind}:{type(pane).__name__}")
    print(
        f"smoke ok: language={shell.translations.code} "
        f"translation_loaded={shell.translations.loaded_ours} panes={','.join(shown)}",
        file=sys.stderr,
    )
    window.close()

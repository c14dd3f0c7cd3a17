"""Sign-in with a personal access token (Label Studio), through the same core code as the CLI.

Both steps run off the UI thread through the controller's worker: :func:`detect_kind` asks the
address what kind of server it is (``core.labelstudio.detect``), :func:`sign_in_with_token` signs
in (``core.labelstudio.signin``: the PAT is kept in the controller's TokenStore like our refresh
token) and hands the ready client to the controller, which then syncs as after any sign-in.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from annotator_desktop.core.sync import account as acct
from annotator_desktop.core.sync.errors import NotSignedIn


def detect_kind(
    controller: Any, url: str, done: Callable[[str], None], failed: Callable[[], None]
) -> None:
    """Calls ``done("labelstudio" | "annotator")`` on the UI thread, ``failed()`` when the
    address cannot be reached (then the usual sign-in tells why)."""
    from annotator_desktop.core.labelstudio.detect import detect

    server, config = acct.normalise_url(url), controller.config
    controller.worker.run_net(lambda: detect(server, config).kind, done, lambda _exc: failed())


def error_text(controller: Any, exc: BaseException) -> str:
    """One translated sentence for a failed token sign-in."""
    if isinstance(exc, ValueError):
        return QCoreApplication.translate(
            "SignInDialog",
            "That is not a personal access token. Copy it from Label Studio ▸ Account & "
            "Settings ▸ Personal Access Token.",
        )
    if isinstance(exc, NotSignedIn):
        return QCoreApplication.translate(
            "SignInDialog",
            "Label Studio refused this token. Copy a current one from Account & Settings ▸ "
            "Personal Access Token.",
        )
    return str(controller.error_text(exc))


def sign_in_with_token(controller: Any, url: str, pat: str) -> None:
    """Signs in off the UI thread; the controller's ``signed_in`` or ``sign_in_failed`` tells
    the outcome, as for a password sign-in."""
    controller.sign_in_token(url, pat, lambda exc: error_text(controller, exc))

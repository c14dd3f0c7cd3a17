"""Opening QA review from the main window: only for QA leads, one window kept per main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

# Roles that may review; kept here, away from the sync machinery, so that the main window
# can decide before its first paint without importing SQLAlchemy.
REVIEW_ROLES = frozenset({"qa_lead", "admin"})


def may_review(sync: Any) -> bool:
    """Whether the signed-in account has a role that may review (the server checks again)."""
    account = getattr(sync, "account", None)
    if sync is None or account is None or getattr(sync, "state", "") == "signed_out":
        return False
    return bool(REVIEW_ROLES & set(account.roles))


def refusal() -> str:
    return QCoreApplication.translate(
        "MainWindow", "Only QA leads can review submissions. Sign in with a QA lead account."
    )


def update_review_action(main: Any) -> None:
    """Enables Review for the signed-in account's roles; the server checks again (403)."""
    allowed = may_review(main.sync)
    action = main.actions_["review"]
    action.setEnabled(allowed)
    if not allowed:
        action.setToolTip(refusal())
        action.setStatusTip(refusal())


def open_review(main: Any) -> Any:
    """Shows the review window, or says in the status bar why it cannot open."""
    store = getattr(main, "store", None)
    if store is None or not may_review(main.sync):
        main.status.showMessage(refusal(), 8000)
        return None
    window = getattr(main, "review_window", None)
    if window is None:
        from annotator_desktop.ui.review.window import ReviewWindow

        window = ReviewWindow(store, main.worker, main.sync, main)
        hub = getattr(main, "changes", None)
        if hub is not None:  # a sync's record (or an emptied cache) may change the sample
            hub.changed.connect(window.apply_changes)
        elif main.sync is not None and hasattr(main.sync, "data_changed"):
            main.sync.data_changed.connect(window.reload)
        main.review_window = window
        window.start()
    window.show()
    window.raise_()
    window.activateWindow()
    return window

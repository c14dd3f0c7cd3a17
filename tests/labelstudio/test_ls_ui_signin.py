"""The app signed in to a real Label Studio from the sign-in dialog, driven by the keyboard: the
dialog asks for a personal access token once the address answers as Label Studio, the window then
lists the server's tasks (after the sync the app starts by itself), explains soft reservations in
a banner, keeps QA review off with the reason shown, and computes statistics from the cache."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from ls_admin import REWRITE_CONFIG, LsAdmin
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QToolButton
from pytestqt.qtbot import QtBot

from annotator_desktop.core.settings import Settings
from annotator_desktop.core.store import Store
from annotator_desktop.core.store.rows import read_list
from annotator_desktop.core.sync import tokens
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.ui.dialogs.signin import SignInDialog
from annotator_desktop.ui.main_window import MainWindow
from annotator_desktop.ui.sync_controller import SyncController
from annotator_desktop.ui.worker import Worker

CONFIG = SyncConfig(connect_timeout=5.0, read_timeout=30.0)
REVIEW_OFF = "QA review is not available on Label Studio servers."


@pytest.fixture
def window(qtbot: QtBot, store: Store) -> Iterator[MainWindow]:
    """The main window as the app builds it, signed out, shown."""
    tokens.forget_memory()
    worker = Worker()
    settings = Settings(auto_topup=0)
    win = MainWindow(worker, settings)
    win.set_list(read_list(store.path))
    win.set_store(store)
    win.attach_sync(SyncController(store, worker, settings, parent=win, config=CONFIG))
    win.show()
    try:
        yield win
    finally:
        for w in QApplication.topLevelWidgets():
            if w is not win and w.isVisible():
                w.close()
        win.close()
        worker.shutdown(wait=True)


def _open_dialog(qtbot: QtBot, win: MainWindow) -> SignInDialog:
    win.actions_["sign_in"].trigger()  # Sync ▸ Sign in…
    dialog = next(
        w
        for w in QApplication.topLevelWidgets()
        if w.objectName() == "signInDialog" and w.isVisible() and w.parent() is win
    )
    assert isinstance(dialog, SignInDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _type_address_and_token(qtbot: QtBot, dialog: SignInDialog, url: str, token: str) -> None:
    """Types the address; once the dialog asks for a token (it saw Label Studio), types it and
    presses Enter."""
    url_field = dialog.findChild(QLineEdit, "serverUrl")
    token_field = dialog.findChild(QLineEdit, "accessToken")
    qtbot.mouseClick(url_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(url_field, url)
    qtbot.waitUntil(token_field.isVisible, timeout=15000)
    assert not dialog.findChild(QLineEdit, "password").isVisible()
    assert not dialog.findChild(QLineEdit, "userName").isVisible()
    hint = dialog.findChild(QLabel, "tokenHint")
    assert hint.isVisible() and "Account & Settings ▸ Personal Access Token" in hint.text()
    qtbot.mouseClick(token_field, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(token_field, token)
    QTest.keyClick(token_field, Qt.Key.Key_Return)


def _rows(win: MainWindow, project_id: str) -> set[str]:
    model = win.task_list.model
    rows = (model.task_at(r) for r in range(model.rowCount()))
    return {t.id for t in rows if t is not None and t.project_id == project_id}


def test_sign_in_with_a_token_shows_the_tasks_banner_review_off_and_local_stats(
    qtbot: QtBot, window: MainWindow, store: Store, ls_admin: LsAdmin, ls_user: tuple[str, str]
) -> None:
    win = window
    project = ls_admin.create_project("UI rewrites", REWRITE_CONFIG)
    ids = ls_admin.import_tasks(project, [
        {"data": {"prompt": "Greet", "draft": "hi"}},
        {"data": {"prompt": "Thank", "draft": "thx"}},
    ])  # fmt: skip
    assert not win.ls_banner.isVisible()

    dialog = _open_dialog(qtbot, win)
    _type_address_and_token(qtbot, dialog, ls_admin.base, ls_user[1])

    wanted = {f"ls-{project}-{t}" for t in ids}
    # The first sync pulls every project of the shared server (other tests' too): a hang bound.
    qtbot.waitUntil(lambda: _rows(win, f"ls-{project}") == wanted, timeout=300000)
    assert not dialog.isVisible()
    assert win.sync.account.server_kind == "labelstudio"

    banner = win.ls_banner
    assert banner.isVisible() and banner.objectName() == "labelStudioBanner"
    assert banner.accessibleName() and "does not reserve tasks" in banner.text.text()
    review = win.actions_["review"]
    assert not review.isEnabled()
    assert review.toolTip() == REVIEW_OFF and review.statusTip() == REVIEW_OFF
    assert "not on Label Studio servers" in review.text()

    close = banner.findChild(QToolButton, "labelStudioBannerClose")
    assert close.accessibleName()
    qtbot.mouseClick(close, Qt.MouseButton.LeftButton)
    assert not banner.isVisible()
    qtbot.waitUntil(lambda: win.sync.idle, timeout=30000)
    win.raise_()
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win, timeout=5000)
    with qtbot.waitSignal(win.sync.state_changed, timeout=30000):
        QTest.keyClick(win, Qt.Key.Key_F5)  # a sync: the notice stays dismissed
    qtbot.waitUntil(lambda: win.sync.state == "online", timeout=30000)
    assert not banner.isVisible() and not review.isEnabled()

    box = win.task_list.project_box  # statistics: computed from the cache
    box.setCurrentIndex(box.findData(f"ls-{project}"))
    win.actions_["statistics"].trigger()  # Task ▸ Project statistics…
    view = win.stats_view
    qtbot.waitUntil(lambda: view.figures is not None, timeout=15000)
    assert view.figures.source != "server" and view.figures.counts.get("tasks") == 2
    assert "Computed on this computer" in view.source_label.text()
    view.close()

    # The next start: the saved Label Studio account is used again (its kind picks the client),
    # with no sign-in, and syncs.
    worker = Worker()
    settings = Settings(auto_topup=0)
    again = MainWindow(worker, settings)
    try:
        again.set_list(read_list(store.path))
        again.set_store(store)
        again.attach_sync(SyncController(store, worker, settings, parent=again, config=CONFIG))
        again.show()
        again.sync.start()
        qtbot.waitUntil(lambda: again.sync.state == "online", timeout=60000)
        assert again.sync.account.server_kind == "labelstudio"
        assert again.ls_banner.isVisible() and not again.actions_["review"].isEnabled()
    finally:
        again.close()
        worker.shutdown(wait=True)


def test_a_refused_token_says_so_in_one_sentence(
    qtbot: QtBot, window: MainWindow, ls_admin: LsAdmin
) -> None:
    win = window
    dialog = _open_dialog(qtbot, win)
    status = dialog.findChild(QLabel, "signInStatus")
    _type_address_and_token(qtbot, dialog, ls_admin.base, "not-a-real-token")
    qtbot.waitUntil(lambda: "refused this token" in status.text(), timeout=30000)
    assert dialog.isVisible() and win.sync.state == "signed_out"
    assert not win.ls_banner.isVisible()
    token_field = dialog.findChild(QLineEdit, "accessToken")
    assert token_field.isEnabled() and token_field.hasFocus()

    token_field.clear()
    qtbot.keyClicks(token_field, "two words")
    QTest.keyClick(token_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "not a personal access token" in status.text(), timeout=10000)
    dialog.close()

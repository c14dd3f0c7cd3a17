"""Starting the app: settings, language, data-folder lock, cache, main window, sync.

The window is shown as soon as the task list can be read (with the standard sqlite3 only);
the full store, migrations and the sync controller load right after the first paint.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication

from annotator_desktop.core import settings as settings_mod
from annotator_desktop.core.paths import data_dir, database_path, settings_path
from annotator_desktop.core.store.rows import HEAD_TASKS, ListData, quick_list, read_list
from annotator_desktop.ui import startup_errors as errors
from annotator_desktop.ui.i18n import Translations, resolve_language
from annotator_desktop.ui.single_instance import InstanceLock

log = logging.getLogger(__name__)
EXIT_STORE = 2
EXIT_RUNNING = 3
EXIT_FOLDER = 4
DEMO_USER, DEMO_PASSWORD = "ana", "ana-demo"  # the demo annotator (DESIGN.md)


class Shell(QObject):
    """Owns the app's long-lived parts; :meth:`start` returns 0 or an exit code."""

    ready = Signal()  # the store is open and the last task restored
    failed = Signal(int)

    def __init__(
        self,
        app: QApplication,
        *,
        lang: str | None = None,
        open_dir: Path | None = None,
        smoke: bool = False,
        demo_server_url: str | None = None,
    ) -> None:
        super().__init__()
        self.app = app
        self._lang = lang
        self._open_dir = open_dir
        self._smoke = smoke
        self._demo_url = demo_server_url
        self.store: Any = None
        self.window: Any = None
        self.worker: Any = None
        self.sync: Any = None
        self.lock: InstanceLock | None = None
        self.exit_code = 0

    # -- before the window ---------------------------------------------------------------
    def start(self) -> int:
        settings, settings_file = self._load_settings()
        self.translations = Translations(self.app)
        self.translations.apply(resolve_language(self._lang, settings.language))
        if settings.theme != "system":
            from annotator_desktop.ui.theme import apply_theme

            apply_theme(self.app, settings.theme)
        folder = self._data_folder()
        if folder is None:
            return EXIT_FOLDER
        self.lock = InstanceLock(folder)
        if not self.lock.acquire():
            errors.show_error(errors.already_running(self.lock.path, self.lock.owner()))
            return EXIT_RUNNING
        self.db_path = database_path(folder)
        listing = quick_list(self.db_path, HEAD_TASKS)  # the rest right after the first paint
        if listing is None:  # new, old-schema or damaged file: the full open decides now
            if not self._open_store_now():
                return EXIT_STORE
            listing = read_list(self.db_path)
        self._show_window(settings, settings_file, listing)
        return 0

    def _load_settings(self) -> tuple[settings_mod.Settings, Path | None]:
        try:
            path = settings_path()
            return settings_mod.load(path), path
        except settings_mod.SettingsError as exc:
            self._settings_problem = errors.settings_message(exc)
            return settings_mod.Settings(), None  # never overwrite a file we could not read
        except OSError as exc:
            self._settings_problem = str(exc)
            return settings_mod.Settings(), None

    def _data_folder(self) -> Path | None:
        try:
            folder = data_dir()
        except OSError as exc:
            target = Path(os.environ.get("ANNOTATOR_DESKTOP_HOME", "") or ".")
            errors.show_error(errors.folder_not_writable(target, exc.strerror or str(exc)))
            return None
        if not os.access(folder, os.W_OK):
            errors.show_error(errors.folder_not_writable(folder))
            return None
        return folder

    def _open_store_now(self) -> bool:
        from annotator_desktop.core.store import StoreError, open_store

        try:
            self.store = open_store(self.db_path)
        except StoreError as exc:
            errors.show_error(errors.store_message(exc))
            return False
        except OSError as exc:
            errors.show_error(errors.folder_not_writable(self.db_path.parent, str(exc)))
            return False
        return True

    def _show_window(
        self, settings: settings_mod.Settings, settings_file: Path | None, listing: ListData
    ) -> None:
        from annotator_desktop.ui.main_window import MainWindow
        from annotator_desktop.ui.worker import Worker

        self.worker = Worker()
        self.window = MainWindow(self.worker, settings)
        self.window.settings_file = settings_file
        self.window.translations = self.translations
        self.window.set_list(listing)
        self._listing_complete = listing.complete
        self.window.restore_window_state()
        if os.environ.get("ANNOTATOR_EXIT_AFTER_PAINT"):
            self.window.first_painted.connect(self._bench_exit)
        # The heavy part (SQLAlchemy, migrations, sync) starts once the window has painted.
        self._after_show_started = False
        self.window.first_painted.connect(self._schedule_after_show)
        QTimer.singleShot(1500, self._schedule_after_show)  # no paint (hidden, minimal platform)
        self.window.show()

    def _schedule_after_show(self) -> None:
        if not self._after_show_started:
            self._after_show_started = True
            QTimer.singleShot(0, self._after_show)

    def _bench_exit(self) -> None:
        print("first-paint", flush=True)
        print("first-paint", file=sys.stderr, flush=True)
        QTimer.singleShot(0, self.app.quit)

    # -- after the first paint ----------------------------------------------------------
    def _after_show(self) -> None:
        problem = getattr(self, "_settings_problem", "")
        if problem:
            errors.show_error(problem, self.window, fatal=False)
            self.window.status.showMessage(problem.splitlines()[0], 15000)
        if self.store is not None:
            self._store_ready(self.store)
            return
        path = self.db_path
        if not self._listing_complete:  # first in the queue: before the store opens
            self.worker.run_db(lambda: read_list(path), self.window.set_list, self._list_failed)
        # SQLAlchemy's import alone takes about a second: it happens on the worker, not here.
        self.worker.run_db(lambda: _open_store(path), self._store_ready, self._store_failed)

    def _list_failed(self, exc: BaseException) -> None:
        # the store opens next and says what is wrong with the file; the first rows stay
        log.warning("could not read the whole task list: %s", exc)

    def _store_failed(self, exc: BaseException) -> None:
        from annotator_desktop.core.store import StoreError

        text = errors.store_message(exc) if isinstance(exc, StoreError) else str(exc)
        errors.show_error(text, self.window)
        self.exit_code = EXIT_STORE
        self.failed.emit(EXIT_STORE)
        self.window.close()

    def _store_ready(self, store: Any) -> None:
        self.store = store
        self.window.set_store(store)
        if store.recovered_from is not None:
            errors.show_error(
                errors.recovered_message(store.recovered_from, store.path), self.window, fatal=False
            )
        from annotator_desktop.core.store import ops
        from annotator_desktop.ui.main_window_tasks import LAST_TASK_KEY

        self.worker.run_db(lambda: ops.get_state(store, LAST_TASK_KEY), self._restore_task)
        self._attach_sync()
        if self._open_dir is not None:
            self.window.open_folder(self._open_dir)

    def _restore_task(self, task_id: str) -> None:
        self.window.restore_last_task(task_id)
        self.ready.emit()
        if self._smoke:
            from annotator_desktop.ui.smoke import run_smoke

            QTimer.singleShot(0, lambda: run_smoke(self))

    def _attach_sync(self) -> None:
        try:
            from annotator_desktop.ui.sync_controller import SyncController
        except ImportError:
            return
        try:
            self.sync = SyncController(
                self.store, self.worker, self.window.settings, parent=self.window
            )
            self.window.attach_sync(self.sync)
            if hasattr(self.sync, "start"):
                self.sync.start()
            if self._demo_url and hasattr(self.sync, "sign_in"):
                self.sync.sign_in(self._demo_url, DEMO_USER, DEMO_PASSWORD)
        except Exception:
            log.exception("sync could not start")
            self.window.status.showMessage(self.tr("Sync could not start; working offline."), 10000)

    # -- shutdown -----------------------------------------------------------------------
    def close(self) -> None:
        """Closes the window (flushing drafts), stops the workers, frees the data folder."""
        if self.window is not None and self.window.isVisible():
            self.window.close()
        if self.worker is not None:
            self.worker.shutdown(wait=True)
        self._forget_demo_tokens()
        if self.store is not None:
            self.store.close()
        if self.lock is not None:
            self.lock.release()

    def _forget_demo_tokens(self) -> None:
        """The demo signs in afresh at each start, on a new port: its tokens are not left in
        the system keyring (everything else of the demo stays in its own data folder)."""
        if not self._demo_url or self.sync is None:
            return
        from annotator_desktop.core.sync.account import normalise_url
        from annotator_desktop.core.sync.tokens import TokenStore

        keys = {TokenStore.account_key(normalise_url(self._demo_url), DEMO_USER)}
        if self.sync.account is not None:  # signed in by now (else the sign-in was under way)
            keys.add(self.sync.account.key)
        for key in keys:
            self.sync.tokens.clear(key)


def _open_store(path: Path) -> Any:
    from annotator_desktop.core.store import open_store

    return open_store(path)

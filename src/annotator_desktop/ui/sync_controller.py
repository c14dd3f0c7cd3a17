"""The UI's handle on sync: sign-in, push-then-pull cycles, checkout, connectivity, timers.

All network and cache work runs through ``ui.worker`` (network on the pool, cache writes handed
to the serial DB executor); the UI thread only starts work and receives results. Signals:
``state_changed`` ('online' | 'offline' | 'syncing' | 'signed_out'), ``outbox_changed``,
``last_sync_changed``, ``data_changed`` ({'tasks': [...], 'projects': [...]}), ``progress``
(done, total, bytes), ``message`` (translated text).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from annotator_desktop.core.cancel import Cancelled, CancelToken
from annotator_desktop.core.changes import Changes
from annotator_desktop.core.paths import assets_dir, data_dir
from annotator_desktop.core.store import Store
from annotator_desktop.core.sync import account as acct
from annotator_desktop.core.sync import cache, leases, outbox
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.connectivity import Connectivity
from annotator_desktop.core.sync.engine import SyncEngine, SyncReport, last_sync
from annotator_desktop.core.sync.errors import (
    NetworkError,
    NotSignedIn,
    Redirected,
    ServerError,
    SyncError,
)
from annotator_desktop.core.sync.http import ApiClient
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.tokens import TokenStore
from annotator_desktop.ui.server_messages import problem_text, redirect_text
from annotator_desktop.ui.worker import Worker

log = logging.getLogger(__name__)
SYNC_EVERY_MS = 5 * 60 * 1000
PUSH_AFTER_MS = 200  # a few submits in a row make one push; well inside the 1 s promise
PROBE_CAP_WITH_WORK_S = 3.0  # offline with work to send: the server's return is seen within seconds


class SyncController(QObject):
    """Drives ``core.sync`` from the UI; see the module docstring for the signals."""

    state_changed = Signal(str)
    outbox_changed = Signal(int)
    last_sync_changed = Signal(str)
    data_changed = Signal(object)
    progress = Signal(int, int, int)
    message = Signal(str)
    signed_in = Signal(object)  # AccountInfo
    sign_in_failed = Signal(str)  # translated reason
    checked_out = Signal(str, int)  # project id, tasks taken
    push_scheduled = Signal(int)  # ms until the push the outbox's growth asked for

    def __init__(
        self,
        store: Store,
        worker: Worker,
        settings: Any,
        parent: QObject | None = None,
        *,
        config: SyncConfig | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.worker, self.settings = store, worker, settings
        self.config = config or SyncConfig.from_settings(settings)
        allow_file = bool(getattr(settings, "store_tokens_in_file", False))
        self.tokens = TokenStore(data_dir(), allow_file=allow_file)
        self.client: ServerClient | None = None
        self.account: acct.AccountInfo | None = None
        self.state = "signed_out"
        self.conn = Connectivity()
        self.hub: Any = None  # ui.changes_hub.ChangesHub, see attach_hub
        self.pending = 0  # the outbox count last read
        self._busy = False
        self._again = False
        self._stopped = False
        self._warned_keyring = False
        self._cancel: CancelToken | None = None
        self._sync_timer = QTimer(self)
        self._sync_timer.setInterval(int(getattr(settings, "sync_interval_ms", 0) or SYNC_EVERY_MS))
        self._sync_timer.timeout.connect(self.sync_now)
        self._push_timer = QTimer(self)
        self._push_timer.setSingleShot(True)
        self._push_timer.timeout.connect(self.sync_now)
        self._probe_timer = QTimer(self)
        self._probe_timer.setSingleShot(True)
        self._probe_timer.timeout.connect(self._probe)

    # --- change records ------------------------------------------------------------------

    def attach_hub(self, hub: Any) -> None:
        """Listens to every operation's change record (a push when the outbox grew) and
        publishes its own (sync, sign-in, sign-out) on the same signal."""
        self.hub = hub
        hub.changed.connect(self._on_changes)

    def _publish(self, changes: Changes) -> None:
        if self.hub is not None and not self._stopped:
            self.hub.publish(changes)

    def _on_changes(self, changes: Changes) -> None:
        if changes.outbox_grew and changes.source != "sync":
            self.schedule_push(PUSH_AFTER_MS)

    # --- life cycle ----------------------------------------------------------------------

    def start(self) -> None:
        """Loads the account from the cache (no network yet), then probes in the background."""
        self._stopped = False
        self._db(lambda: (acct.current_account(self.store), last_sync(self.store)), self._loaded)
        self.refresh_outbox()

    def _loaded(self, result: tuple[acct.AccountInfo | None, str]) -> None:
        info, stamp = result
        self.last_sync_changed.emit(stamp)
        if info is None:
            self._set_state("signed_out")
            return
        self._use_account(info)
        if self.client is None or self.client.tokens is None:
            self._set_state("signed_out")
            self._tell_keyring()
            return
        self._set_state("offline")
        self._probe_timer.start(0)

    def stop(self) -> None:
        """Stops timers and asks running work to end; late results are ignored."""
        self._stopped = True
        self._sync_timer.stop()
        self._probe_timer.stop()
        self._push_timer.stop()
        if self._cancel is not None:
            self._cancel.cancel()

    def _use_account(self, info: acct.AccountInfo) -> None:
        self.account = info
        # Our server or a Label Studio one: the account's kind picks the client (saved tokens).
        self.client = acct.make_client(self.store, info, self.config, self.tokens)

    # --- sign in / out -------------------------------------------------------------------

    def sign_in(self, url: str, username: str, password: str) -> None:
        """Signs in off the UI thread; ``signed_in`` or ``sign_in_failed`` tells the outcome."""
        server = acct.normalise_url(url)
        if not server or not username or not password:
            self._sign_in_error(SyncError(code="missing_fields"))
            return
        key = TokenStore.account_key(server, username)
        client = ApiClient(server, self.config, on_tokens=lambda t: self.tokens.save(key, t))

        def work() -> acct.AccountInfo:
            user = client.login(username, password)
            info = self._write(lambda: acct.save_account(self.store, server, user))
            if info.key != key and client.tokens is not None:
                self.tokens.save(info.key, client.tokens)
            return info

        self._net(work, lambda info: self._signed_in(info, client), self._sign_in_error)

    def sign_in_token(
        self, url: str, pat: str, error_text: Callable[[BaseException], str] | None = None
    ) -> None:
        """Signs in to a Label Studio server with a personal access token, off the UI thread
        (the PAT is kept in the TokenStore like our refresh token); ``signed_in`` or
        ``sign_in_failed`` tells the outcome, as for a password. ``error_text`` words a
        failure (default :meth:`error_text`)."""
        from annotator_desktop.core.labelstudio.signin import sign_in

        server = acct.normalise_url(url)
        words = error_text or self.error_text

        def work() -> tuple[acct.AccountInfo, Any]:
            return sign_in(server, pat, self.store, self.tokens, self.config, write=self._write)

        def fail(exc: BaseException) -> None:
            text = words(exc)
            self.sign_in_failed.emit(text)
            self.message.emit(text)

        self._net(work, lambda pair: self._signed_in(*pair), fail)

    def _signed_in(self, info: acct.AccountInfo, client: ApiClient) -> None:
        self.account, self.client = info, client
        client._on_tokens = lambda t: self.tokens.save(info.key, t)
        self.conn.succeeded()
        self.signed_in.emit(info)
        self.message.emit(self.tr("Signed in as %1.").replace("%1", info.display_name))
        self._tell_keyring()
        self._set_state("online")
        self._publish(Changes(source="sign_in", connection="online"))  # data: the sync
        self.sync_now()

    def _sign_in_error(self, exc: BaseException) -> None:
        text = self.error_text(exc)
        self.sign_in_failed.emit(text)
        self.message.emit(text)

    def sign_in_dialog(self, parent: QWidget | None = None) -> QWidget:
        from annotator_desktop.ui.dialogs.signin import SignInDialog

        dialog = SignInDialog(self, parent)
        dialog.open()
        return dialog

    def sign_out(self) -> None:
        """Forgets the tokens; then asks whether to empty the cache too."""
        info, client = self.account, self.client
        self.cancel()
        if info is not None:
            self.tokens.clear(info.key)
        if client is not None:
            self._net(client.logout, None, lambda _e: None)
        self.client = None
        self._db(lambda: acct.clear_current(self.store))
        self._set_state("signed_out")
        self._publish(Changes(source="sign_out", connection="signed_out"))
        self.message.emit(self.tr("Signed out."))
        parent = self.parent()
        if isinstance(parent, QWidget):
            self._confirm_clear(parent)

    def _confirm_clear(self, parent: QWidget) -> QMessageBox:
        box = QMessageBox(parent)
        box.setObjectName("clearCacheBox")
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Signed out"))
        box.setText(self.tr("Also remove the downloaded tasks from this computer?"))
        box.setInformativeText(
            self.tr("Drafts and submissions not yet sent would be lost. Keep them to be safe.")
        )
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        yes = box.button(QMessageBox.StandardButton.Yes)
        box.buttonClicked.connect(lambda button: self.clear_cache() if button is yes else None)
        box.open()
        return box

    def clear_cache(self) -> None:
        """Empties the cached server data (the user confirmed)."""
        self._db(lambda: cache.clear(self.store, assets_dir()), lambda _r: self._cleared())

    def _cleared(self) -> None:
        self.data_changed.emit({"tasks": [], "projects": [], "all": True})
        self._publish(Changes(source="clear_cache", all_tasks=True))
        self.refresh_outbox()
        self.message.emit(self.tr("The cache was emptied."))

    # --- sync ----------------------------------------------------------------------------

    def sync_now(self) -> None:
        """Push the outbox, then pull; a second request while busy runs once after."""
        if self._stopped:
            return
        if self.client is None or self.client.tokens is None:
            self._set_state("signed_out")
            return
        if self._busy:
            self._again = True
            return
        self._busy, self._again = True, False
        self._cancel = CancelToken()
        engine = SyncEngine(self.client, self.store, assets_dir(), self.config, write=self._write)
        top_up = int(getattr(self.settings, "auto_topup", 0) or 0)
        cancel = self._cancel
        self._set_state("syncing")
        self._net(
            lambda: engine.sync(top_up=top_up, cancel=cancel, progress=self.progress.emit),
            self._synced,
            self._sync_failed,
        )

    @property
    def idle(self) -> bool:
        """No cycle running and none about to start (a push asked for is still pending)."""
        return not self._busy and not self._push_timer.isActive()

    def schedule_push(self, delay_ms: int = PUSH_AFTER_MS) -> None:
        """Asks for a sync soon (the outbox grew); several calls in a row make one sync."""
        self.refresh_outbox()
        if self.state in ("online", "syncing") and not self._push_timer.isActive():
            self._push_timer.start(delay_ms)
            self.push_scheduled.emit(delay_ms)

    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.cancel()

    def _synced(self, report: SyncReport) -> None:
        self._busy = False
        self.conn.succeeded()
        self._set_state("online")
        self.last_sync_changed.emit(report.last_sync)
        self._set_pending(report.outbox_left)
        self.data_changed.emit(report.changed)
        self._publish(report.changes)
        self.message.emit(self._summary(report))
        self._sync_timer.start()
        if self._again:
            self.sync_now()
        elif report.outbox_left and report.next_due_in:  # rows in back-off: send when due
            self._push_timer.start(max(PUSH_AFTER_MS, int(report.next_due_in * 1000) + 50))

    def _sync_failed(self, exc: BaseException) -> None:
        self._busy = False
        self.refresh_outbox()
        if isinstance(exc, Cancelled):
            self._set_state("online" if self.conn.online else "offline")
            self.message.emit(self.tr("Sync cancelled."))
            return
        if isinstance(exc, NotSignedIn):
            self._set_state("signed_out")
        elif isinstance(exc, NetworkError | ServerError):
            self.conn.failed()
            self._set_state("offline")
            self._publish(Changes(source="sync", connection="offline"))
            self._sync_timer.stop()
            self._probe_timer.start(self._probe_delay_ms())
        else:
            log.error("sync failed", exc_info=exc)
        self.message.emit(self.error_text(exc))

    def _probe(self) -> None:
        client = self.client
        if self._stopped or client is None:
            return
        self._net(client.probe, self._probed, lambda _e: self._probed(False))

    def _probed(self, ok: bool) -> None:
        if self._stopped:
            return
        if ok:
            self.conn.succeeded()
            self.sync_now()
        else:
            self.conn.failed()
            self._set_state("offline")
            self._probe_timer.start(self._probe_delay_ms())

    @property
    def next_probe_ms(self) -> int | None:
        """Milliseconds until the next probe of an unreachable server (None when none waits):
        what the app has scheduled, so a test can check the cap without timing it."""
        return self._probe_timer.interval() if self._probe_timer.isActive() else None

    def _probe_delay_ms(self) -> int:
        """The back-off delay, capped while work waits to be sent (a probe is one small GET)."""
        delay = self.conn.next_probe_delay()
        if self.pending > 0:
            delay = min(delay, PROBE_CAP_WITH_WORK_S)
        return int(delay * 1000)

    def refresh_outbox(self) -> None:
        self._db(lambda: outbox.pending_count(self.store), self._set_pending)

    def _set_pending(self, count: int) -> None:
        self.pending = count
        self.outbox_changed.emit(count)

    # --- checkout ------------------------------------------------------------------------

    def problems_dialog(self, parent: QWidget | None = None) -> QWidget:
        """Sync ▸ Problems: server changes that were set aside (quarantined)."""
        from annotator_desktop.ui.dialogs.sync_problems import SyncProblemsDialog

        dialog = SyncProblemsDialog(self, parent)
        dialog.open()
        return dialog

    def take_offline_dialog(self, parent: QWidget | None = None) -> QWidget:
        from annotator_desktop.ui.dialogs.take_offline import TakeOfflineDialog

        dialog = TakeOfflineDialog(self, parent)
        dialog.open()
        return dialog

    def checkout(self, project_id: str, count: int) -> None:
        """Leases ``count`` tasks of a project, then fetches their assets in the background."""
        client = self.client
        if client is None:
            self._set_state("signed_out")
            return

        def work() -> list[str]:
            return leases.checkout(client, self.store, project_id, count, write=self._write)

        def done(ids: list[str]) -> None:
            self.checked_out.emit(project_id, len(ids))
            self.data_changed.emit({"tasks": ids, "projects": [project_id]})
            self._publish(
                Changes(source="checkout", tasks=dict.fromkeys(ids, ""), leases=frozenset(ids))
            )
            self.message.emit(self.tr("%n task(s) taken offline.", "", len(ids)))
            self.sync_now()

        self._net(work, done, self._sync_failed)

    def release(self, assignment_id: str) -> None:
        client = self.client
        if client is not None:
            self._net(
                lambda: leases.release(client, self.store, assignment_id, write=self._write),
                lambda _r: self._released(),
                self._sync_failed,
            )

    def _released(self) -> None:
        self.data_changed.emit({"tasks": [], "projects": []})
        self._publish(Changes(source="release", all_tasks=True))  # the lease's task is not named

    # --- helpers -------------------------------------------------------------------------

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _tell_keyring(self) -> None:
        if self.tokens.kind == "memory" and not self._warned_keyring:
            self._warned_keyring = True
            self.message.emit(
                self.tr(
                    "No secure password store is available: you stay signed in only until the "
                    "app closes."
                )
            )

    def _write(self, fn: Callable[[], Any]) -> Any:
        """Runs a cache write on the serial DB executor and waits (called from network work)."""
        return self.worker.run_db(fn).result()

    def _db(self, fn: Callable[[], Any], done: Callable[[Any], None] | None = None) -> None:
        self.worker.run_db(fn, self._guard(done), self._log_error)

    def _net(
        self,
        fn: Callable[[], Any],
        done: Callable[[Any], None] | None,
        error: Callable[[BaseException], None] | None,
    ) -> None:
        self.worker.run_net(fn, self._guard(done), self._guard(error) or self._log_error)

    def _guard(self, fn: Callable[[Any], None] | None) -> Callable[[Any], None] | None:
        if fn is None:
            return None
        return lambda value: None if self._stopped else fn(value)

    @staticmethod
    def _log_error(exc: BaseException) -> None:
        log.error("background sync work failed", exc_info=exc)

    def _summary(self, report: SyncReport) -> str:
        sent = report.push.accepted + report.push.late
        return (
            self.tr("Synced: %1 sent, %2 changes received, %3 waiting.")
            .replace("%1", QLocale().toString(sent))
            .replace("%2", QLocale().toString(report.pull.changes))
            .replace("%3", QLocale().toString(report.outbox_left))
        )

    def error_text(self, exc: BaseException) -> str:
        """A translated sentence for an error, chosen by its machine code."""
        code = getattr(exc, "code", "") if isinstance(exc, SyncError) else ""
        texts = {
            "invalid_credentials": self.tr("The user name or password is wrong."),
            "rate_limited": self.tr("Too many attempts. Wait a minute and try again."),
            "offline": self.tr("The server cannot be reached. Your work is kept and sent later."),
            "tls_error": self.tr("The server's certificate could not be verified."),
            "needs_signin": self.tr("Please sign in again."),
            "unauthorized": self.tr("Please sign in again."),
            "missing_fields": self.tr("Enter the server address, your user name and password."),
            "unavailable": self.tr("The server is busy. It will be tried again shortly."),
            "forbidden": self.tr("You are not allowed to do that on this server."),
            "not_found": self.tr("The server does not know this address. Check the URL."),
        }
        if code in texts:
            return texts[code]
        if isinstance(exc, Redirected):
            return redirect_text(exc.location)
        if code and problem_text(code):
            return problem_text(code)
        if isinstance(exc, ServerError):
            known = problem_text(code, exc.detail)  # the server's own text if the code is new
            return known or self.tr("The server answered with an error (%1).").replace("%1", code)
        return self.tr("Sync failed: %1").replace("%1", str(exc) or type(exc).__name__)

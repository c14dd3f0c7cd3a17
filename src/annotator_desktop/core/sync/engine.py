"""One sync cycle: push the outbox, pull projects and the feed, renew leases, top up, assets."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from annotator_desktop.core.cancel import Cancelled, CancelToken
from annotator_desktop.core.changes import Changes, tasks_changed
from annotator_desktop.core.store import Store, SyncState
from annotator_desktop.core.sync import assets, leases, outbox, pull, url_assets
from annotator_desktop.core.sync.config import SyncConfig
from annotator_desktop.core.sync.errors import NetworkError, SyncError
from annotator_desktop.core.sync.seam import ServerClient
from annotator_desktop.core.sync.writer import Writer, direct

LAST_SYNC_KEY = "sync.last_sync"
ProgressFn = Callable[[int, int, int], None]  # done, total, bytes


@dataclass
class SyncReport:
    push: outbox.PushReport = field(default_factory=outbox.PushReport)
    pull: pull.PullReport = field(default_factory=pull.PullReport)
    checked_out: list[str] = field(default_factory=list)
    renewed: int = 0
    assets: int = 0
    asset_bytes: int = 0
    asset_errors: list[str] = field(default_factory=list)
    outbox_left: int = 0
    next_due_in: float | None = None  # seconds until a waiting outbox row may be sent
    last_sync: str = ""

    @property
    def changed(self) -> dict[str, list[str]]:
        data = self.pull.changed.as_dict()
        data["tasks"] = sorted(set(data["tasks"]) | set(self.checked_out))
        return data

    @property
    def changes(self) -> Changes:
        """The cycle as a change record: the tasks it touched (states re-read by the views)."""
        push = self.push
        return Changes(
            source="sync",
            tasks=tasks_changed(self.changed["tasks"]),
            projects=frozenset(self.changed["projects"]),
            leases=frozenset(self.checked_out),
            outbox_left=self.outbox_left,
            connection="online",
            # a late or refused submission changes its task's state; the push does not say which
            all_tasks=self.pull.full_repull or bool(push.late or push.rejected or push.conflicts),
        )


def last_sync(store: Store) -> str:
    with store.read() as s:
        row = s.get(SyncState, LAST_SYNC_KEY)
        return row.value if row else ""


def _stamp(store: Store) -> str:
    value = datetime.now(UTC).isoformat(timespec="seconds")
    with store.write() as s:
        row = s.get(SyncState, LAST_SYNC_KEY) or SyncState(key=LAST_SYNC_KEY)
        row.value = value
        s.add(row)
    return value


class SyncEngine:
    """Runs cycles against one client and one cache; safe to call from one thread at a time."""

    def __init__(
        self,
        client: ServerClient,
        store: Store,
        assets_folder: Path,
        config: SyncConfig | None = None,
        *,
        write: Writer = direct,
    ) -> None:
        self.client, self.store, self.folder = client, store, assets_folder
        self.config = config or client.config
        self.write = write

    def sync(
        self,
        *,
        top_up: int = 0,
        with_assets: bool = True,
        cancel: CancelToken | None = None,
        progress: ProgressFn | None = None,
    ) -> SyncReport:
        """Push, then pull; raises NetworkError / NotSignedIn when the cycle could not finish."""
        report = SyncReport()
        total = outbox.pending_count(self.store)
        done = 0

        def pushed(n: int) -> None:
            nonlocal done
            done += n
            if progress is not None:
                progress(done, total, 0)

        report.push = outbox.push(
            self.client,
            self.store,
            self.config,
            write=self.write,
            cancel=cancel,
            on_progress=pushed,
        )
        if report.push.stopped_by in ("offline", "redirected") and report.push.error is not None:
            raise report.push.error
        if report.push.stopped_by == "offline":
            raise NetworkError("the server could not be reached while sending")
        if report.push.stopped_by == "cancelled":
            raise Cancelled()
        report.pull.changed.merge(pull.pull_projects(self.client, self.store, write=self.write))
        pulled = pull.pull(self.client, self.store, self.config, write=self.write, cancel=cancel)
        pulled.changed.merge(report.pull.changed)
        report.pull = pulled
        report.renewed = leases.renew_due(self.client, self.store, self.config, write=self.write)
        if top_up > 0:
            report.checked_out = leases.top_up(self.client, self.store, top_up, write=self.write)
        report.last_sync = self.write(lambda: _stamp(self.store))
        if with_assets:
            self.fetch_assets(report, cancel=cancel, progress=progress)
        report.outbox_left = outbox.pending_count(self.store)
        report.next_due_in = outbox.next_due_in(self.store)
        return report

    def fetch_assets(
        self,
        report: SyncReport,
        *,
        cancel: CancelToken | None = None,
        progress: ProgressFn | None = None,
    ) -> None:
        """Prefetches the images of open tasks in task order, then trims the cache."""
        todo = assets.wanted(self.store, self.folder)
        by_url = url_assets.wanted(self.store)
        received = 0

        def on_bytes(n: int) -> None:
            nonlocal received
            received += n
            if progress is not None:
                progress(report.assets, len(todo) + len(by_url), received)

        loader = assets.Downloader(
            self.client, self.store, self.folder, write=self.write, cancel=cancel, on_bytes=on_bytes
        )
        for ref in todo:
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                loader.fetch(ref)  # an image's preview is built as it arrives
                report.assets += 1
            except NetworkError:
                raise
            except SyncError as exc:
                report.asset_errors.append(f"{ref.sha256[:12]}: {exc}")
        self._fetch_by_url(report, by_url, on_bytes, cancel)
        report.asset_bytes = received
        assets.evict(self.store, self.folder, self.config.asset_cache_bytes)

    def _fetch_by_url(
        self,
        report: SyncReport,
        todo: list[url_assets.UrlRef],
        on_bytes: Callable[[int], None],
        cancel: CancelToken | None,
    ) -> None:
        """Images known by address only (a Label Studio server's): their tasks learn the hash."""
        loader = url_assets.UrlDownloader(
            self.client, self.store, self.folder, write=self.write, cancel=cancel, on_bytes=on_bytes
        )
        for ref in todo:
            if cancel is not None:
                cancel.raise_if_cancelled()
            try:
                report.pull.changed.tasks |= loader.fetch_url(ref)
                report.assets += 1
            except NetworkError:
                raise
            except SyncError as exc:
                report.asset_errors.append(f"{ref.url[-40:]}: {exc}")

"""The review window's handle on core: every cache and network call runs on the Worker."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal

from annotator_desktop.core import operations
from annotator_desktop.core.changes import Changes
from annotator_desktop.core.paths import assets_dir
from annotator_desktop.core.store import Review, Store
from annotator_desktop.core.sync import review
from annotator_desktop.core.sync.errors import ServerError
from annotator_desktop.ui.review.launch import REVIEW_ROLES, may_review
from annotator_desktop.ui.worker import Worker

__all__ = ["REVIEW_ROLES", "ReviewSession", "may_review"]

log = logging.getLogger(__name__)


class ReviewSession(QObject):
    """Loads, checks out and records verdicts off the UI thread; results arrive as signals."""

    sample_ready = Signal(object)  # review.Sample
    checkout_failed = Signal(str)  # translated reason
    verdict_saved = Signal(object)  # review Review row
    projects_ready = Signal(object)  # [(id, name, kind)]
    annotators_ready = Signal(str, object)  # project id, [(id, name)]

    def __init__(self, store: Store, worker: Worker, sync: Any, parent: QObject | None = None):
        super().__init__(parent)
        self.store, self.worker, self.sync = store, worker, sync
        self._closed = False

    def close(self) -> None:
        """Results that arrive later are dropped."""
        self._closed = True

    def load_cached(self) -> None:
        self._db(lambda: review.load_sample(self.store), self.sample_ready.emit)

    def load_projects(self) -> None:
        self._db(lambda: review.review_projects(self.store), self.projects_ready.emit)

    def load_annotators(self, project_id: str) -> None:
        client = getattr(self.sync, "client", None)
        if client is None:
            return
        self.worker.run_net(
            lambda: review.project_annotators(client, project_id),
            self._guard(lambda people: self.annotators_ready.emit(project_id, people)),
            self._guard(lambda _exc: self.annotators_ready.emit(project_id, [])),
        )

    def checkout(self, spec: review.SampleSpec) -> None:
        client = getattr(self.sync, "client", None)
        if client is None:
            self.checkout_failed.emit(self.tr("Sign in to check out a review sample."))
            return
        folder = assets_dir()
        self.worker.run_net(
            lambda: review.checkout(client, self.store, spec, folder, write=self._write),
            self._guard(self.sample_ready.emit),
            self._guard(self._failed),
        )

    def record(self, submission_id: str, verdict: str, comment: str) -> None:
        account = getattr(self.sync, "account", None)
        reviewer = account.id if account is not None else ""

        def work() -> tuple[Review, Changes]:
            return operations.record_verdict(
                self.store, submission_id, verdict, comment, reviewer_id=reviewer
            )

        self._db(work, self._saved)

    def _saved(self, saved: tuple[Review, Changes]) -> None:
        row, changes = saved
        self.verdict_saved.emit(row)
        hub = getattr(self.sync, "hub", None)
        if hub is not None:
            hub.publish(changes)  # the same path as a submit: the outbox grew, a push follows
            return
        schedule = getattr(self.sync, "schedule_push", None)
        if callable(schedule):
            schedule()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ServerError) and exc.status == 403:
            text = self.tr("Only QA leads can review submissions on this server.")
        elif self.sync is not None and hasattr(self.sync, "error_text"):
            text = self.sync.error_text(exc)
        else:
            text = str(exc)
        self.checkout_failed.emit(text)

    def _write(self, fn: Callable[[], Any]) -> Any:
        return self.worker.run_db(fn).result()

    def _db(self, fn: Callable[[], Any], done: Callable[[Any], None]) -> None:
        self.worker.run_db(fn, self._guard(done), self._log)

    def _guard(self, fn: Callable[[Any], None]) -> Callable[[Any], None]:
        return lambda value: None if self._closed else fn(value)

    @staticmethod
    def _log(exc: BaseException) -> None:
        log.error("review work failed", exc_info=exc)

"""Computes the rewrite's word diff against the draft off the UI thread, debounced."""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QObject, QTimer, Signal

from annotator_desktop.core.textdiff import (
    FormatRun,
    TextDiff,
    count_words,
    diff_texts,
    token_chunks,
    tokenize,
)
from annotator_desktop.ui.panes.rewrite.relay import post, relay

log = logging.getLogger(__name__)


def _tokens(text: str, yielding: bool) -> list[str]:
    if not yielding:
        return tokenize(text)
    out: list[str] = []
    for piece in token_chunks(text):
        out.extend(piece)
        time.sleep(0)  # a regex call holds the GIL; pausing keeps keystrokes snappy
    return out


@dataclass(frozen=True)
class DiffOutcome:
    """A diff and the edit revision of the rewrite it was computed from."""

    revision: int
    diff: TextDiff
    words: int
    chars: int
    base: int = 0  # which draft (set_base call) it was computed against


class DiffRunner(QObject):
    """Runs :func:`diff_texts` in a short-lived thread ``delay_ms`` after the last edit."""

    ready = Signal(object)  # DiffOutcome, on the main thread

    def __init__(
        self,
        source: Callable[[], str],
        parent: QObject | None = None,
        delay_ms: int = 250,
        runs: Callable[[], list[FormatRun]] | None = None,
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._runs = runs  # the rewrite's formatting, read on this (the UI) thread
        self._base_runs: list[FormatRun] | Callable[[], list[FormatRun]] | None = None
        self._base = ""
        self._base_tokens: list[str] | None = None
        self._revision = 0
        self._thread: threading.Thread | None = None
        self._again = False
        self._base_id = 0
        self.enabled = True
        self.latest: DiffOutcome | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._start)
        relay()  # created here, on the main thread

    def set_base(
        self, text: str, runs: list[FormatRun] | Callable[[], list[FormatRun]] | None = None
    ) -> None:
        """A new draft to compare with (a new task); results for the old one are dropped.

        ``runs``: the draft's formatting (or a function reading it, called on this thread
        before the first diff), so that formatting changes count as changes."""
        self._base = text
        self._base_runs = runs
        self._base_tokens = None
        self._base_id += 1
        self._revision += 1
        self.latest = None

    @property
    def revision(self) -> int:
        return self._revision

    def is_fresh(self) -> bool:
        return self.latest is not None and self.latest.revision == self._revision

    def touch(self) -> None:
        """Records an edit and (re)starts the debounce timer; cheap, runs on every keystroke."""
        self._revision += 1
        if self.enabled:
            self._timer.start()

    def run_soon(self) -> None:
        QTimer.singleShot(0, self, self._start)

    def compute_now(self) -> DiffOutcome:
        """The diff of the current text, computed here (for actions that need exact offsets)."""
        if self.is_fresh():
            assert self.latest is not None
            return self.latest
        outcome = self._compute(self._revision, self._source(), self._current_runs())
        self.latest = outcome
        self.ready.emit(outcome)
        return outcome

    def busy(self) -> bool:
        return self._thread is not None or self._timer.isActive()

    def wait(self, timeout: float = 5.0) -> None:
        """Joins a running computation (used on close)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)

    def _current_runs(self) -> list[FormatRun] | None:
        """The rewrite's formatting now (and the draft's, read once); on the UI thread."""
        if callable(self._base_runs):
            self._base_runs = self._base_runs()
        return self._runs() if self._runs is not None else None

    def _compute(
        self,
        revision: int,
        text: str,
        runs: list[FormatRun] | None = None,
        yielding: bool = False,
    ) -> DiffOutcome:
        """The diff; ``yielding`` (on the worker thread) lets the UI thread run between pieces."""
        base, base_id, base_tokens = self._base, self._base_id, self._base_tokens
        base_runs = None if callable(self._base_runs) else self._base_runs
        if base_tokens is None:
            base_tokens = _tokens(base, yielding)
            if base_id == self._base_id:
                self._base_tokens = base_tokens
        tokens = _tokens(text, yielding)
        diff = diff_texts(base, text, base_tokens, tokens, base_runs, runs)
        return DiffOutcome(revision, diff, count_words(diff.b_tokens), len(text), base_id)

    def _start(self) -> None:
        if self._thread is not None:
            self._again = True
            return
        revision, text, runs = self._revision, self._source(), self._current_runs()
        self._thread = threading.Thread(
            target=self._work, args=(revision, text, runs), name="rewrite-diff", daemon=True
        )
        self._thread.start()

    def _work(self, revision: int, text: str, runs: list[FormatRun] | None) -> None:
        try:
            outcome: object = self._compute(revision, text, runs, yielding=True)
        except Exception as exc:  # reported on the main thread, never lost silently
            outcome = exc
        post(self, self._on_finished, outcome)

    def _on_finished(self, outcome: object) -> None:
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join()
        if isinstance(outcome, BaseException):
            log.error("word diff failed", exc_info=outcome)
        elif (
            isinstance(outcome, DiffOutcome)
            and outcome.base == self._base_id
            and (self.latest is None or outcome.revision >= self.latest.revision)
        ):
            self.latest = outcome
            self.ready.emit(outcome)
        if self._again or (self.latest is not None and self.latest.revision != self._revision):
            self._again = False
            if self.enabled and not self._timer.isActive():
                self._timer.start()

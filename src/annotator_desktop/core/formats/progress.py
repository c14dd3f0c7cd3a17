"""Progress and cancellation inside an export: done/total reports, the cancel token polled
between steps (Qt-free; the callback runs on the exporting thread)."""

from __future__ import annotations

from annotator_desktop.core.cancel import CancelToken, ProgressFn

REPORTS_PER_RUN = 100  # at most about this many progress calls per export


class Steps:
    """Counts an export's steps: ``begin(total)``, ``step()`` per unit of work, ``finish()``.

    ``step`` and ``check`` raise :class:`~annotator_desktop.core.cancel.Cancelled` once the
    token is cancelled; ``finish`` never does (it follows the last write: the output is whole).
    """

    def __init__(self, progress: ProgressFn | None = None, cancel: CancelToken | None = None):
        self._progress = progress
        self._cancel = cancel
        self.done = 0
        self.total = 0
        self._every = 1
        self._reported = -1

    def check(self) -> None:
        """Raises Cancelled if the export was cancelled (thread-safe)."""
        if self._cancel is not None:
            self._cancel.raise_if_cancelled()

    def begin(self, total: int) -> None:
        """Starts counting ``total`` steps (0: the amount of work is not known yet)."""
        self.check()
        self.done, self.total = 0, max(0, total)
        self._every = max(1, self.total // REPORTS_PER_RUN)
        self._report()

    def step(self, n: int = 1) -> None:
        """``n`` more steps done; reported every 1/100 of the total."""
        self.check()
        self.done += n
        if self.done - self._reported >= self._every or self.done >= self.total:
            self._report()

    def finish(self) -> None:
        """The work is complete and written: reports done == total, whatever the token says."""
        self.done = self.total
        if self._reported != self.done:
            self._report()

    def _report(self) -> None:
        self._reported = self.done
        if self._progress is not None:
            self._progress(self.done, self.total)

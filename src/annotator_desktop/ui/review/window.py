"""The review window: rapid reading with j/k, the pane read-only, verdicts by key, no dialogs.

Stepping is in memory only (the sample is read once, on the database thread); a verdict is
written through the Worker and queued in the outbox like a submission.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.paths import assets_dir
from annotator_desktop.core.store import Review, Store
from annotator_desktop.core.sync.review import Entry, Sample, SampleSpec
from annotator_desktop.ui.pane_host import PaneHost
from annotator_desktop.ui.panes.base import OtherResult, TaskContext
from annotator_desktop.ui.review.essentials import entry_line, essentials_text
from annotator_desktop.ui.review.sample_dialog import SampleDialog
from annotator_desktop.ui.review.session import ReviewSession
from annotator_desktop.ui.review.verdict_bar import VerdictBar
from annotator_desktop.ui.worker import Worker

KEYS = {
    "next": "J",
    "previous": "K",
    "accept": "A",
    "needs_changes": "C",
    "reject": "R",
    "comment": "/",
    "toggle_list": "L",
    "new_sample": "Ctrl+N",
    "close": "Ctrl+W",
}
NEEDS_COMMENT = ("reject", "needs_changes")


class ReviewWindow(QMainWindow):
    """Reads a cached sample; ``shown(index)`` after each step (tests and benchmarks wait on it)."""

    shown = Signal(int)

    def __init__(
        self, store: Store, worker: Worker, sync: Any, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("reviewWindow")
        self.session = ReviewSession(store, worker, sync, self)
        self.sample = Sample(None, [])
        self.index = -1
        self._pending = ""
        self._assets = assets_dir()
        self.summary = QLabel(self)
        self.summary.setObjectName("reviewSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.essentials = QLabel(self)
        self.essentials.setObjectName("reviewEssentials")
        self.essentials.setTextFormat(Qt.TextFormat.PlainText)
        self.essentials.setWordWrap(True)
        self.essentials.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget(self)
        self.list.setObjectName("reviewList")
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.host = PaneHost(self)
        self.bar = VerdictBar(self)
        self.status_line = QLabel(self)
        self.status_line.setObjectName("reviewStatus")
        self.status_line.setTextFormat(Qt.TextFormat.PlainText)
        self.status_line.setWordWrap(True)
        self.actions_: dict[str, QAction] = {}
        self._build()
        self._make_actions()
        self.list.currentRowChanged.connect(self._row_changed)
        self.bar.verdict.connect(self.give)
        self.bar.submitted.connect(self._comment_entered)
        self.bar.left.connect(self._leave_comment)
        self.session.sample_ready.connect(self.set_sample)
        self._project_names: dict[str, str] = {}
        self.session.projects_ready.connect(self._got_projects)
        self.session.load_projects()  # names, not ids, in the summary line
        self.session.checkout_failed.connect(self._checkout_failed)
        self.session.verdict_saved.connect(self._saved)
        self.retranslate()
        self.resize(1280, 860)

    # --- building ------------------------------------------------------------------------
    def _build(self) -> None:
        right = QWidget(self)
        layout = QVBoxLayout(right)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.essentials)
        layout.addWidget(self.host, 1)
        layout.addWidget(self.bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("reviewSplitter")
        self.splitter.addWidget(self.list)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 4)
        self.splitter.setSizes([280, 1000])
        central = QWidget(self)
        outer = QVBoxLayout(central)
        outer.addWidget(self.summary)
        outer.addWidget(self.splitter, 1)
        outer.addWidget(self.status_line)
        self.setCentralWidget(central)

    def _make_actions(self) -> None:
        handlers = {
            "next": lambda: self.step(1),
            "previous": lambda: self.step(-1),
            "accept": lambda: self.give("accept"),
            "needs_changes": lambda: self.give("needs_changes"),
            "reject": lambda: self.give("reject"),
            "comment": self.focus_comment,
            "toggle_list": lambda: self.list.setVisible(not self.list.isVisible()),
            "new_sample": self.new_sample,
            "close": self.close,
        }
        for key, handler in handlers.items():
            action = QAction(self)
            action.setObjectName(f"review_{key}")
            action.setShortcut(QKeySequence(KEYS[key]))
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda _c=False, h=handler: h())
            self.addAction(action)
            self.actions_[key] = action

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("QA review"))
        texts = {
            "next": self.tr("Next submission"),
            "previous": self.tr("Previous submission"),
            "accept": self.tr("Accept"),
            "needs_changes": self.tr("Needs changes"),
            "reject": self.tr("Reject"),
            "comment": self.tr("Write a comment"),
            "toggle_list": self.tr("Show or hide the sample list"),
            "new_sample": self.tr("New sample…"),
            "close": self.tr("Close review"),
        }
        for key, text in texts.items():
            self.actions_[key].setText(text)
        self.list.setAccessibleName(self.tr("Submissions in the sample"))
        self.essentials.setAccessibleName(self.tr("Submission details"))
        self.summary.setAccessibleName(self.tr("Sample"))
        self.status_line.setAccessibleName(self.tr("Review status"))
        self.splitter.setAccessibleName(self.tr("Sample list and submission"))
        self.bar.retranslate()
        self.host.retranslate()
        self._show_summary()
        if 0 <= self.index < len(self.sample.entries):
            self._show_essentials(self.sample.entries[self.index])

    # --- sample --------------------------------------------------------------------------
    def start(self) -> None:
        """Shows the cached sample, or asks for a new one when there is none."""
        self.status_line.setText(self.tr("Loading the cached sample…"))
        self.session.sample_ready.connect(self._first_load, Qt.ConnectionType.SingleShotConnection)
        self.session.load_cached()

    def _first_load(self, sample: Sample) -> None:
        if not sample.entries:
            self.new_sample()

    def new_sample(self) -> SampleDialog:
        dialog = SampleDialog(self.session, self.sample.spec, self)
        dialog.chosen.connect(self.checkout)
        self.sample_dialog = dialog
        dialog.open()
        return dialog

    def checkout(self, spec: SampleSpec) -> None:
        self.status_line.setText(self.tr("Checking out the sample and its images…"))
        self.session.checkout(spec)

    def _checkout_failed(self, text: str) -> None:
        self.status_line.setText(text)

    def set_sample(self, sample: Sample) -> None:
        current = self.current_entry()
        keep = current.submission_id if current else ""
        self.sample = sample
        self.list.blockSignals(True)
        self.list.clear()
        for entry in sample.entries:
            item = QListWidgetItem(entry_line(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.submission_id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [e.submission_id for e in sample.entries]
        self.index = -1
        self._show_summary()
        if not sample.entries:
            self.host.clear()
            self.essentials.setText(self.tr("No submissions in this sample."))
            self.status_line.setText(self.tr("No submissions in this sample."))
            return
        self.status_line.setText(
            self.tr("%n submission(s) ready; J and K step through them.", "", len(ids))
        )
        if sample.asset_errors:
            self.status_line.setText(self.tr("Some images could not be downloaded."))
        self.go_to(ids.index(keep) if keep in ids else 0)
        if not self.bar.comment.hasFocus() or not self.bar.comment.text():
            self._leave_comment()  # J/K and the verdict keys work at once, not the text field

    def apply_changes(self, changes: Any) -> None:
        """A change record: a sync (or an emptied cache) may have changed the sample."""
        if changes.source == "sync" or changes.all_tasks:
            self.reload()

    def reload(self, _changes: object = None) -> None:
        """Re-reads the cached sample (after a sync, to show which verdicts were sent)."""
        self.session.load_cached()

    # --- stepping ------------------------------------------------------------------------
    def current_entry(self) -> Entry | None:
        if 0 <= self.index < len(self.sample.entries):
            return self.sample.entries[self.index]
        return None

    def step(self, delta: int) -> None:
        if self.sample.entries:
            self.go_to(max(0, min(len(self.sample.entries) - 1, self.index + delta)))

    def go_to(self, index: int) -> None:
        if not 0 <= index < len(self.sample.entries) or index == self.index:
            return
        self.index = index
        self._set_pending("")
        entry = self.sample.entries[index]
        ctx = TaskContext(
            task_id=entry.task_id, project_id=entry.project_id, kind=entry.kind,
            title=entry.title, payload=entry.payload,
            project_config=self.sample.project_config,
            instructions_md=self.sample.instructions_md, draft=entry.result,
            assets_dir=self._assets,
        )  # fmt: skip
        pane = self.host.show_task(ctx, read_only=True)
        pane.show_others([OtherResult(o.annotator, o.result) for o in entry.others])
        self._show_essentials(entry)
        self._show_summary()
        self.list.blockSignals(True)
        self.list.setCurrentRow(index)
        self.list.blockSignals(False)
        self.shown.emit(index)

    def _row_changed(self, row: int) -> None:
        self.go_to(row)

    def _show_essentials(self, entry: Entry) -> None:
        self.essentials.setText(essentials_text(entry))

    def _got_projects(self, projects: list[tuple[str, str, str]]) -> None:
        self._project_names = {pid: name for pid, name, _kind in projects}
        self._show_summary()

    def _show_summary(self) -> None:
        spec, total = self.sample.spec, len(self.sample.entries)
        if spec is None:
            self.summary.setText(self.tr("No sample checked out yet (Ctrl+N for a new one)."))
            return
        done = sum(1 for e in self.sample.entries if e.verdict)
        self.summary.setText(
            self.tr("Project %1 · seed %2 · %3 of %4 · %5 reviewed")
            .replace("%1", self._project_names.get(spec.project_id) or spec.project_id)
            .replace("%2", str(spec.seed))
            .replace("%3", str(self.index + 1))
            .replace("%4", str(total))
            .replace("%5", str(done))
        )

    # --- verdicts ------------------------------------------------------------------------
    def give(self, verdict: str) -> None:
        """A verdict key: Accept records at once; Reject and Needs changes want a comment."""
        entry = self.current_entry()
        if entry is None:
            return
        comment = self.bar.comment.text().strip()
        if verdict in NEEDS_COMMENT and not comment:
            self._set_pending(verdict)
            self.focus_comment()
            return
        self.session.record(entry.submission_id, verdict, comment)

    def _comment_entered(self) -> None:
        if self._pending:
            self.give(self._pending)
        else:
            self.status_line.setText(
                self.tr("Choose a verdict: A accept, C needs changes, R reject.")
            )
            self._leave_comment()

    def _saved(self, row: Review) -> None:
        ids = [e.submission_id for e in self.sample.entries]
        if row.submission_id not in ids:
            return
        at = ids.index(row.submission_id)
        entry = self.sample.entries[at]
        entry.verdict, entry.comment, entry.verdict_state = row.verdict, row.comment, row.state
        item = self.list.item(at)
        if item is not None:
            item.setText(entry_line(entry))
        self.status_line.setText(
            self.tr("Verdict saved; it is sent with the next sync (also offline).")
        )
        if at == self.index:
            self.bar.comment.clear()
            self._set_pending("")
            self._leave_comment()
            self._show_essentials(entry)
            if self.index < len(self.sample.entries) - 1:
                self.step(1)
        self._show_summary()

    def focus_comment(self) -> None:
        self.bar.comment.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _leave_comment(self) -> None:
        self._set_pending("")
        self.host.setFocus(Qt.FocusReason.OtherFocusReason)

    def _set_pending(self, verdict: str) -> None:
        self._pending = verdict
        self.bar.set_prompt(verdict)

    # --- closing -------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self._leave_comment()
        super().closeEvent(event)

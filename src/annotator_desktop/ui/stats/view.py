"""The statistics window of a project: counts, per-annotator figures, agreement, two charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.ui.review.judgments import JudgmentsDialog
from annotator_desktop.ui.stats import loader
from annotator_desktop.ui.stats.bias_view import BiasPanel, SplitPanel
from annotator_desktop.ui.stats.chart import Bar, BarChart, Segment
from annotator_desktop.ui.stats.data import ProjectFigures, SplitRow
from annotator_desktop.ui.worker import Worker

STATE_ORDER = ("new", "draft", "open", "in_progress", "completed", "submitted", "accepted",
               "needs_changes", "rejected", "late", "conflict")  # fmt: skip
COLORS = {
    "accepted": "#2e7d32", "needs_changes": "#c25e00", "rejected": "#c62828",
    "submitted": "#1f6fb2", "late": "#8e24aa", "conflict": "#8e24aa", "draft": "#f2b705",
    "new": "#78909c", "open": "#78909c", "in_progress": "#f2b705", "completed": "#2e7d32",
}  # fmt: skip


def count_label(key: str) -> str:
    labels = {
        "new": QCoreApplication.translate("Statistics", "New"),
        "draft": QCoreApplication.translate("Statistics", "Draft"),
        "open": QCoreApplication.translate("Statistics", "Open"),
        "in_progress": QCoreApplication.translate("Statistics", "In progress"),
        "completed": QCoreApplication.translate("Statistics", "Completed"),
        "submitted": QCoreApplication.translate("Statistics", "Waiting for review"),
        "accepted": QCoreApplication.translate("Statistics", "Accepted"),
        "needs_changes": QCoreApplication.translate("Statistics", "Needs changes"),
        "rejected": QCoreApplication.translate("Statistics", "Rejected"),
        "late": QCoreApplication.translate("Statistics", "Late"),
        "conflict": QCoreApplication.translate("Statistics", "Conflict"),
    }
    return labels.get(key, key)


class StatisticsView(QDialog):
    """Non-modal; loads off the UI thread. ``loaded`` carries the figures shown."""

    loaded = Signal(object)

    def __init__(
        self, worker: Worker, store: Any, sync: Any = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("statisticsView")
        self.worker, self.store, self.sync = worker, store, sync
        self.figures: ProjectFigures | None = None
        self._request = 0
        self._kinds: dict[str, str] = {}
        self._build()
        self.retranslate()
        self.resize(820, 860)

    def _build(self) -> None:
        self.project_box = QComboBox(self)
        self.project_box.setObjectName("statsProject")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("statsRefresh")
        self.source_label = QLabel(self)
        self.source_label.setObjectName("statsSource")
        self.source_label.setWordWrap(True)
        self.totals_label = QLabel(self)
        self.totals_label.setObjectName("statsTotals")
        self.skips_label = QLabel(self)
        self.skips_label.setObjectName("statsSkips")
        self.skips_label.setWordWrap(True)
        self.state_chart = BarChart(self)
        self.state_chart.setObjectName("statsStateChart")
        self.people_chart = BarChart(self)
        self.people_chart.setObjectName("statsPeopleChart")
        self.table = QTableWidget(0, 7, self)
        self.table.setObjectName("statsAnnotators")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)  # a few rows only
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.agreement = QFormLayout()
        self.bias = BiasPanel(self)
        self.split = SplitPanel(self)
        self.split.read.connect(self.read_split)
        self.judgments: JudgmentsDialog | None = None
        self.titles = [QLabel(self) for _ in range(6)]
        top = QHBoxLayout()
        top.addWidget(self.project_box, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.source_label)
        bodies: list[QWidget | QFormLayout] = [
            self.state_chart,
            self.people_chart,
            self.table,
            self.agreement,
            self.bias,
            self.split,
        ]
        for title, body in zip(self.titles, bodies, strict=True):
            title.setAlignment(Qt.AlignmentFlag.AlignLeading)
            font = title.font()
            font.setBold(True)
            title.setFont(font)
            layout.addWidget(title)
            if isinstance(body, QFormLayout):
                layout.addLayout(body)
            else:
                layout.addWidget(body, 1 if body is self.table else 0)
        layout.addWidget(self.totals_label)
        layout.addWidget(self.skips_label)
        self.project_box.currentIndexChanged.connect(lambda _i: self.reload())
        self.refresh_button.clicked.connect(self.reload)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Project statistics"))
        self.project_box.setAccessibleName(self.tr("Project"))
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setAccessibleName(self.tr("Refresh the statistics"))
        self.state_chart.setAccessibleName(self.tr("Counts by state"))
        self.people_chart.setAccessibleName(self.tr("Verdicts per annotator"))
        self.table.setAccessibleName(self.tr("Figures per annotator"))
        for title, text in zip(
            self.titles,
            (self.tr("Counts by state"), self.tr("Verdicts per annotator"),
             self.tr("Per annotator"), self.tr("Agreement"),
             self.tr("Position, length and formatting bias"), self.tr("Most split tasks")),
            strict=True,
        ):  # fmt: skip
            title.setText(text)
        self.table.setHorizontalHeaderLabels([
            self.tr("Annotator"), self.tr("Submitted"), self.tr("Accepted"),
            self.tr("Acceptance rate"), self.tr("Active time"), self.tr("Per hour"),
            self.tr("Needs changes / rejected"),
        ])  # fmt: skip
        self.bias.retranslate()
        self.split.retranslate()
        if self.figures is not None:
            self.show_figures(self.figures)

    # -- loading --------------------------------------------------------------------------
    def start(self, project_id: str = "") -> None:
        """Lists the cached projects, then loads ``project_id`` (or the first)."""
        store = self.store
        self.worker.run_db(
            lambda: loader.list_projects(store), lambda rows: self._projects(rows, project_id)
        )

    def _projects(self, rows: list[tuple[str, str, str]], wanted: str) -> None:
        self._kinds = {pid: kind for pid, _name, kind in rows}
        self.project_box.blockSignals(True)
        self.project_box.clear()
        for pid, name, _kind in rows:
            self.project_box.addItem(name, pid)
        self.project_box.setCurrentIndex(max(0, self.project_box.findData(wanted)))
        self.project_box.blockSignals(False)
        if not rows:
            self.source_label.setText(self.tr("No project is in the cache yet."))
            return
        self.reload()

    def reload(self) -> None:
        project_id = self.project_box.currentData()
        if not project_id:
            return
        self._request += 1
        request = self._request
        self.source_label.setText(self.tr("Loading…"))
        client = getattr(self.sync, "client", None)
        online = getattr(self.sync, "state", "") in ("online", "syncing")
        roles = getattr(getattr(self.sync, "account", None), "roles", None) or []
        if client is None or not online:
            self._local(request, project_id, "offline")
        elif not {"qa_lead", "admin"} & set(roles):
            self._local(request, project_id, "forbidden")
        else:
            kind = self._kinds.get(project_id, "")
            self.worker.run_net(
                lambda: loader.fetch_server(client, project_id, kind),
                lambda figures: self._done(request, figures),
                lambda exc: self._local(request, project_id, _reason(exc)),
            )

    def _local(self, request: int, project_id: str, note: str) -> None:
        if request != self._request:
            return
        store = self.store

        def work() -> ProjectFigures:
            figures = loader.read_local(store, project_id)
            return ProjectFigures(**{**figures.__dict__, "note": note})

        self.worker.run_db(work, lambda figures: self._done(request, figures))

    def _done(self, request: int, figures: ProjectFigures) -> None:
        if request != self._request:
            return  # the user chose another project meanwhile
        self.show_figures(figures)
        self.loaded.emit(figures)

    # -- showing --------------------------------------------------------------------------
    def show_figures(self, f: ProjectFigures) -> None:
        self.figures = f
        self.source_label.setText(self._source_text(f))
        task_keys = ("open", "in_progress", "completed") if f.source == "server" else (
            "new", "draft", "submitted", "accepted", "needs_changes", "rejected", "late", "conflict"
        )  # fmt: skip
        sub_keys = ("submitted", "accepted", "needs_changes", "rejected", "late")
        bars = [Bar(self.tr("Tasks"), _segments(f.counts, task_keys))]
        if f.source == "server":
            bars.append(Bar(self.tr("Submissions"), _segments(f.counts, sub_keys)))
        else:  # locally the verdicts are per submission: sum the annotators' figures
            verdicts = {
                "accepted": sum(a.accepted for a in f.annotators),
                "needs_changes": sum(a.needs_changes for a in f.annotators),
                "rejected": sum(a.rejected for a in f.annotators),
            }
            verdicts["submitted"] = f.counts.get("submissions", 0) - sum(verdicts.values())
            bars.append(Bar(self.tr("Submissions"), _segments(verdicts, sub_keys)))
        self.state_chart.set_bars(bars)
        self.people_chart.set_bars([
            Bar(a.name or self.tr("You"), (
                Segment(a.accepted, COLORS["accepted"], count_label("accepted")),
                Segment(a.needs_changes, COLORS["needs_changes"], count_label("needs_changes")),
                Segment(a.rejected, COLORS["rejected"], count_label("rejected")),
                Segment(a.submitted - a.accepted - a.needs_changes - a.rejected,
                        COLORS["submitted"], count_label("submitted")),
            )) for a in f.annotators
        ])  # fmt: skip
        self._fill_table(f)
        self._fill_agreement(f)
        compare = f.kind == "compare" or f.bias is not None or bool(f.split_tasks)
        for widget in (self.bias, self.split, self.titles[4], self.titles[5]):
            widget.setVisible(compare)
        self.bias.show_figures(f)
        self.split.show_rows(f.split_tasks)
        layout = self.layout()
        if layout is not None:
            layout.activate()
        self.totals_label.setText(
            self.tr("%n task(s)", "", f.counts.get("tasks", 0))
            + " · "
            + self.tr("%n submission(s)", "", f.counts.get("submissions", 0))
        )
        self.skips_label.setText(self._skips_text(f.skips))

    def _skips_text(self, skips: dict[str, int]) -> str:
        """Skipped tasks by reason, most first ("No task skipped." when none)."""
        from annotator_desktop.ui.skip_dialog import reason_label

        counted = sorted(((n, r) for r, n in skips.items() if n > 0), reverse=True)
        if not counted:
            return self.tr("No task skipped.")
        parts = " · ".join(f"{reason_label(r)} {QLocale().toString(n)}" for n, r in counted)
        return self.tr("Skipped: %1").replace("%1", parts)

    def _source_text(self, f: ProjectFigures) -> str:
        if f.source == "server":
            return self.tr("Figures from the server, for every annotator of the project.")
        reasons = {
            "offline": self.tr("The server cannot be reached."),
            "forbidden": self.tr("Only QA leads get the server's figures."),
        }
        reason = reasons.get(f.note, self.tr("The server's figures could not be loaded."))
        return self.tr("Computed on this computer from the cached submissions. %1").replace(
            "%1", reason
        )

    def _fill_table(self, f: ProjectFigures) -> None:
        locale = self.locale()
        self.table.setRowCount(len(f.annotators))
        for row, a in enumerate(f.annotators):
            rate = "–" if a.acceptance_rate is None else locale.toString(
                a.acceptance_rate * 100, "f", 0) + " %"  # fmt: skip
            per_hour = "–" if a.throughput_per_hour is None else locale.toString(
                a.throughput_per_hour, "f", 1)  # fmt: skip
            minutes = self.tr("%1 min").replace(
                "%1", locale.toString(a.active_seconds / 60, "f", 1)
            )
            changes = f"{locale.toString(a.needs_changes)} / {locale.toString(a.rejected)}"
            cells = [a.name or self.tr("You"), locale.toString(a.submitted),
                     locale.toString(a.accepted), rate, minutes, per_hour, changes]  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)

    def _fill_agreement(self, f: ProjectFigures) -> None:
        while self.agreement.rowCount():
            self.agreement.removeRow(0)
        names = {
            "overlap_tasks": self.tr("Tasks done by two or more annotators"),
            "box_f1": self.tr("Box agreement (IoU-matched F1, 1 = same boxes)"),
            "preference_alpha": self.tr("Preference agreement (Krippendorff's alpha)"),
            "edit_distance": self.tr("Rewrite distance (normalised edits, 0 = identical)"),
        }
        locale = self.locale()
        for key, value in f.agreement.items():
            if key == "overlap_tasks":
                text = locale.toString(int(value or 0))
            else:
                text = "–" if value is None else locale.toString(value, "f", 2)
            label = QLabel(text, self)
            label.setObjectName(f"statsAgreement_{key}")
            self.agreement.addRow(names.get(key, key), label)

    def read_split(self, row: SplitRow) -> JudgmentsDialog:
        """Opens one of the most split tasks with every cached judgment side by side."""
        if self.judgments is None:
            self.judgments = JudgmentsDialog(self.worker, self.store, self)
        self.judgments.show()
        self.judgments.open_task(row.task_id, row.submission_ids)
        return self.judgments


def _segments(counts: dict[str, int], keys: tuple[str, ...]) -> tuple[Segment, ...]:
    return tuple(
        Segment(counts[k], COLORS.get(k, "#607d8b"), count_label(k)) for k in keys if counts.get(k)
    )


def _reason(exc: BaseException) -> str:
    code = getattr(exc, "code", "")
    if code in ("forbidden", "offline"):
        return str(code)
    return "offline" if type(exc).__name__ in ("NetworkError", "TlsError") else "error"

"""Choosing a review sample: project, rate or count, optionally one annotator, and a seed."""

from __future__ import annotations

import random

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.sync.review import SampleSpec
from annotator_desktop.ui.review.session import ReviewSession
from annotator_desktop.ui.task_list_model import kind_label

SEED_MAX = 2_147_483_647


class SampleDialog(QDialog):
    """Emits ``chosen(SampleSpec)`` on OK; the window then checks the sample out."""

    chosen = Signal(object)

    def __init__(
        self, session: ReviewSession, last: SampleSpec | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reviewSampleDialog")
        self.session = session
        self._last = last
        self.project = QComboBox(self)
        self.project.setObjectName("reviewProject")
        self.by_rate = QRadioButton(self)
        self.by_rate.setObjectName("reviewByRate")
        self.rate = QDoubleSpinBox(self)
        self.rate.setObjectName("reviewRate")
        self.rate.setRange(0.1, 100.0)
        self.rate.setDecimals(1)
        self.rate.setValue(10.0)
        self.by_count = QRadioButton(self)
        self.by_count.setObjectName("reviewByCount")
        self.count = QSpinBox(self)
        self.count.setObjectName("reviewCount")
        self.count.setRange(1, 10_000)
        self.count.setValue(20)
        group = QButtonGroup(self)
        group.addButton(self.by_rate)
        group.addButton(self.by_count)
        self.by_count.setChecked(True)
        self.annotator = QComboBox(self)
        self.annotator.setObjectName("reviewAnnotator")
        self.seed = QSpinBox(self)
        self.seed.setObjectName("reviewSeed")
        self.seed.setRange(0, SEED_MAX)
        self.seed.setValue(random.randint(1, 99_999))
        self.note = QLabel(self)
        self.note.setObjectName("reviewSampleNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.setObjectName("reviewSampleButtons")
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setObjectName("reviewSampleOk")
        self.ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setObjectName(
            "reviewSampleCancel"
        )
        self._build()
        self.by_rate.toggled.connect(self._sync_enabled)
        self.project.currentIndexChanged.connect(self._project_changed)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        session.projects_ready.connect(self._set_projects)
        session.annotators_ready.connect(self._set_annotators)
        self.retranslate()
        self._sync_enabled()
        if last is not None:
            self.seed.setValue(last.seed)
            if last.rate is not None:
                self.by_rate.setChecked(True)
                self.rate.setValue(last.rate * 100.0)
            elif last.count is not None:
                self.count.setValue(last.count)
        session.load_projects()

    def _build(self) -> None:
        form = QFormLayout()
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeading | Qt.AlignmentFlag.AlignVCenter)
        self._project_label = QLabel(self)
        self._project_label.setBuddy(self.project)
        form.addRow(self._project_label, self.project)
        rate_row = QHBoxLayout()
        rate_row.addWidget(self.by_rate)
        rate_row.addWidget(self.rate, 1)
        count_row = QHBoxLayout()
        count_row.addWidget(self.by_count)
        count_row.addWidget(self.count, 1)
        self._size_label = QLabel(self)
        form.addRow(self._size_label, rate_row)
        form.addRow("", count_row)
        self._annotator_label = QLabel(self)
        self._annotator_label.setBuddy(self.annotator)
        form.addRow(self._annotator_label, self.annotator)
        self._seed_label = QLabel(self)
        self._seed_label.setBuddy(self.seed)
        form.addRow(self._seed_label, self.seed)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("New review sample"))
        self._project_label.setText(self.tr("&Project:"))
        self.project.setAccessibleName(self.tr("Project"))
        self._size_label.setText(self.tr("Sample size:"))
        self.by_rate.setText(self.tr("&Rate"))
        self.by_rate.setAccessibleName(self.tr("Sample a share of the submissions"))
        self.rate.setSuffix(self.tr(" %"))
        self.rate.setAccessibleName(self.tr("Share of the submissions, in percent"))
        self.by_count.setText(self.tr("C&ount"))
        self.by_count.setAccessibleName(self.tr("Sample a number of submissions"))
        self.count.setAccessibleName(self.tr("Number of submissions"))
        self._annotator_label.setText(self.tr("&Annotator:"))
        self.annotator.setAccessibleName(self.tr("Only this annotator's submissions"))
        if self.annotator.count() == 0:
            self.annotator.addItem(self.tr("Any annotator"), "")
        else:
            self.annotator.setItemText(0, self.tr("Any annotator"))
        self._seed_label.setText(self.tr("&Seed:"))
        self.seed.setAccessibleName(self.tr("Seed"))
        self.note.setText(
            self.tr(
                "The same project, size, annotator and seed give the same sample. The sample "
                "and its images are kept on this computer for review offline."
            )
        )
        self.ok.setText(self.tr("Check out"))
        self.ok.setAccessibleName(self.tr("Check out the sample"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel"))

    def _sync_enabled(self) -> None:
        self.rate.setEnabled(self.by_rate.isChecked())
        self.count.setEnabled(not self.by_rate.isChecked())

    def _set_projects(self, projects: list[tuple[str, str, str]]) -> None:
        self.project.clear()
        for pid, name, kind in projects:
            self.project.addItem(f"{name} ({kind_label(kind)})", pid)
        if self._last is not None:
            index = self.project.findData(self._last.project_id)
            if index >= 0:
                self.project.setCurrentIndex(index)
        self.ok.setEnabled(self.project.count() > 0)
        if not projects:
            self.note.setText(self.tr("No projects yet: sync once while online, then try again."))

    def _project_changed(self) -> None:
        while self.annotator.count() > 1:
            self.annotator.removeItem(1)
        pid = self.project.currentData()
        if pid:
            self.session.load_annotators(str(pid))

    def _set_annotators(self, project_id: str, people: list[tuple[str, str]]) -> None:
        if project_id != self.project.currentData():
            return
        while self.annotator.count() > 1:
            self.annotator.removeItem(1)
        for uid, name in people:
            self.annotator.addItem(name or uid, uid)
        if self._last is not None and self._last.annotator_id:
            index = self.annotator.findData(self._last.annotator_id)
            if index >= 0:
                self.annotator.setCurrentIndex(index)

    def spec(self) -> SampleSpec:
        by_rate = self.by_rate.isChecked()
        return SampleSpec(
            project_id=str(self.project.currentData() or ""),
            seed=self.seed.value(),
            rate=self.rate.value() / 100.0 if by_rate else None,
            count=None if by_rate else self.count.value(),
            annotator_id=str(self.annotator.currentData() or "") or None,
        )

    def _accept(self) -> None:
        spec = self.spec()
        if not spec.project_id:
            return
        self.chosen.emit(spec)
        self.accept()

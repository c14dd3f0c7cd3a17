"""The task list: filters (project, state, text) above a virtualised view of the tasks."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.changes import Changes
from annotator_desktop.core.store.rows import ListData
from annotator_desktop.ui.task_list_model import STATE_GROUPS, TaskFilter, TaskListModel
from annotator_desktop.ui.widgets.numbers import number

# Keys the list moves with; the open pane's window-wide shortcuts (e.g. nudge with the arrows)
# must not take them while the list has the focus.
LIST_KEYS = frozenset(
    {
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
    }
)


class TaskList(QWidget):
    """Emits ``task_activated(task_id)`` when the user picks a task.

    The state column shows a mark for QA verdicts; its tooltip has the reviewer's comment and
    when the task's lease ends.
    """

    task_activated = Signal(str)
    # Emitted after :meth:`set_list` replaced the rows (states and verdicts may have changed).
    list_replaced = Signal()
    text_searched = Signal(str)  # the filter's text changed: the full-text search may add rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("taskList")
        self.model = TaskListModel(self)
        self._build()
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(120)
        self._filter_timer.timeout.connect(self.apply_filter)
        self.retranslate()

    def _build(self) -> None:
        self.project_box = QComboBox(self)
        self.project_box.setObjectName("projectFilter")
        self.state_box = QComboBox(self)
        self.state_box.setObjectName("stateFilter")
        self.search = QLineEdit(self)
        self.search.setObjectName("taskSearch")
        self.search.setClearButtonEnabled(True)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("taskCount")
        # A table view, not a tree: QTreeView lays out every row when shown, asking the Python
        # model about each one (40-60 ms for 10,000 tasks before the first paint); a table's
        # rows are fixed-height header sections and only the visible ones are asked for.
        self.view = QTableView(self)
        self.view.setObjectName("taskView")
        self.view.setModel(self.model)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list instead of walking cells
        self.view.setCornerButtonEnabled(False)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        rows = self.view.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(self.fontMetrics().height() + 6)
        header = self.view.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        em = self.fontMetrics().horizontalAdvance("m")
        for column, width in ((1, 8), (2, 5), (3, 8)):  # never ResizeToContents: 100k rows
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width * em)
        filters = QHBoxLayout()
        filters.addWidget(self.project_box, 2)
        filters.addWidget(self.state_box, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(filters)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count_label)
        self.project_box.currentIndexChanged.connect(self.apply_filter)
        self.state_box.currentIndexChanged.connect(self.apply_filter)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        for widget in (self.view, self.project_box, self.state_box):
            widget.installEventFilter(self)
        self.model.modelReset.connect(self._update_count)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in (self.view, self.project_box, self.state_box)
            and event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in LIST_KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()  # the list and the filters keep their own arrow keys
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        self.project_box.setAccessibleName(self.tr("Filter by project"))
        self.state_box.setAccessibleName(self.tr("Filter by state"))
        self.search.setAccessibleName(self.tr("Search tasks"))
        self.search.setPlaceholderText(self.tr("Search tasks"))
        self.view.setAccessibleName(self.tr("Tasks"))
        self._fill_states()
        self._fill_projects()
        self.model.retranslate()
        self._update_count()

    def _fill_states(self) -> None:
        labels = {
            "": self.tr("All states"),
            "new": self.tr("New"),
            "draft": self.tr("Draft"),
            "submitted": self.tr("Submitted"),
            "accepted": self.tr("Accepted"),
            "needs_changes": self.tr("Needs changes"),
            "rejected": self.tr("Rejected"),
            "late_conflict": self.tr("Late or conflict"),
            "skipped": self.tr("Skipped"),
        }
        current = self.state_box.currentData() or ""
        self.state_box.blockSignals(True)
        self.state_box.clear()
        for key in ("", *STATE_GROUPS):
            self.state_box.addItem(labels[key], key)
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(current)))
        self.state_box.blockSignals(False)

    def _fill_projects(self) -> None:
        current = self.project_box.currentData() or ""
        self.project_box.blockSignals(True)
        self.project_box.clear()
        self.project_box.addItem(self.tr("All projects"), "")
        for pid, name in sorted(self.model.projects().items(), key=lambda kv: kv[1].lower()):
            self.project_box.addItem(name, pid)
        self.project_box.setCurrentIndex(max(0, self.project_box.findData(current)))
        self.project_box.blockSignals(False)

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total()
        self.count_label.setText(
            self.tr("%1 of %2 tasks").replace("%1", number(shown)).replace("%2", number(total))
        )

    # -- data and filtering -------------------------------------------------------------
    def set_list(self, data: ListData) -> None:
        """Replaces every row, keeping the filter and the current task."""
        keep = self.current_task_id()
        self.model.set_data(data.projects, data.tasks, data.verdicts, data.leases, data.total)
        self._fill_projects()
        if keep:
            self.select_task(keep, emit=False)
        if self.search.text().strip():
            self.text_searched.emit(self.search.text())
        self.list_replaced.emit()

    def apply_changes(self, changes: Changes) -> None:
        """An operation's record: rows whose new state it names are repainted in place."""
        for task_id, state in changes.tasks.items():
            if state:
                self.model.set_task_state(task_id, state)

    def update_rows(self, data: ListData, ids: set[str]) -> bool:
        """Repaints the rows of ``ids`` from ``data`` in place; False when only a full
        :meth:`set_list` can show the change."""
        if not self.model.update_rows(data.projects, data.tasks, data.verdicts, data.leases, ids):
            return False
        self._update_count()
        self.list_replaced.emit()
        return True

    def set_filter(self, flt: TaskFilter) -> None:
        """Sets the filter widgets (and so the filter) programmatically."""
        self.project_box.setCurrentIndex(max(0, self.project_box.findData(flt.project_id)))
        self.state_box.setCurrentIndex(max(0, self.state_box.findData(flt.state_group)))
        self.search.setText(flt.text)
        self.apply_filter()

    def apply_filter(self) -> None:
        keep = self.current_task_id()
        self._filter_timer.stop()
        self.model.set_filter(
            TaskFilter(
                project_id=self.project_box.currentData() or "",
                state_group=self.state_box.currentData() or "",
                text=self.search.text(),
            )
        )
        if keep:
            self.select_task(keep, emit=False)
        if self.search.text().strip():
            self.text_searched.emit(self.search.text())

    def add_text_matches(self, text: str, task_ids: set[str]) -> None:
        """Rows the full-text index found for ``text`` join the filter's (if still current)."""
        keep = self.current_task_id()
        self.model.set_text_matches(text, task_ids)
        if keep:
            self.select_task(keep, emit=False)

    # -- current task -------------------------------------------------------------------
    def current_task_id(self) -> str:
        index = self.view.currentIndex()
        row = self.model.task_at(index.row()) if index.isValid() else None
        return row.id if row else ""

    def select_task(self, task_id: str, *, emit: bool = True) -> bool:
        row = self.model.row_of(task_id)
        if row < 0:
            return False
        index = self.model.index(row, 0)
        selection = self.view.selectionModel()
        if not emit:
            selection.blockSignals(True)
        selection.setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        if not emit:
            selection.blockSignals(False)
            self.view.viewport().update()
        self.view.scrollTo(index)
        return True

    def step(self, delta: int, skip_states: frozenset[str] = frozenset()) -> bool:
        """Moves to the next (+1) or previous (-1) visible task whose state is not in
        ``skip_states``; False when there is none that way."""
        row = self.view.currentIndex().row() + delta if self.view.currentIndex().isValid() else 0
        while 0 <= row < self.model.rowCount():
            task = self.model.task_at(row)
            if task is None:
                return False
            if task.state not in skip_states:
                return self.select_task(task.id)
            row += delta
        return False

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        task = self.model.task_at(current.row()) if current.isValid() else None
        if task is not None:
            self.task_activated.emit(task.id)

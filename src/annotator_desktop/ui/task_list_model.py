"""The task list's model: plain Python rows, filtered into an index list (no proxy model).

Filtering 100,000 rows is one list comprehension over pre-split columns; the view only ever
asks for the rows it paints, so the list stays fast at any size.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QIcon

from annotator_desktop.core.store.rows import LeaseRow, ProjectRow, TaskRow, VerdictRow
from annotator_desktop.ui.widgets.verdict_text import lease_tip, state_icon, verdict_tip

COLUMNS = ("title", "project", "kind", "state")
# State filter choices -> the task states each one matches.
STATE_GROUPS: dict[str, frozenset[str]] = {
    "new": frozenset({"new"}),
    "draft": frozenset({"draft"}),
    "submitted": frozenset({"submitted"}),
    "accepted": frozenset({"accepted"}),
    "needs_changes": frozenset({"needs_changes"}),
    "rejected": frozenset({"rejected"}),
    "late_conflict": frozenset({"late", "conflict"}),
    "skipped": frozenset({"skipped"}),
}
STATE_COLORS = {
    "draft": "#b26a00",
    "submitted": "#1f6fb2",
    "accepted": "#2e7d32",
    "needs_changes": "#c62828",
    "rejected": "#c62828",
    "late": "#8e24aa",
    "conflict": "#8e24aa",
    "skipped": "#616161",
}


def state_label(state: str) -> str:
    """The translated name of a task state."""
    labels = {
        "new": QCoreApplication.translate("TaskList", "New"),
        "draft": QCoreApplication.translate("TaskList", "Draft"),
        "submitted": QCoreApplication.translate("TaskList", "Submitted"),
        "accepted": QCoreApplication.translate("TaskList", "Accepted"),
        "needs_changes": QCoreApplication.translate("TaskList", "Needs changes"),
        "rejected": QCoreApplication.translate("TaskList", "Rejected"),
        "late": QCoreApplication.translate("TaskList", "Late"),
        "conflict": QCoreApplication.translate("TaskList", "Conflict"),
        "skipped": QCoreApplication.translate("TaskList", "Skipped"),
    }
    return labels.get(state, state)


def kind_label(kind: str) -> str:
    """The translated name of a task kind (an unknown kind shows its code)."""
    labels = {
        "bbox": QCoreApplication.translate("TaskList", "Boxes"),
        "rewrite": QCoreApplication.translate("TaskList", "Rewrite"),
        "compare": QCoreApplication.translate("TaskList", "Comparison"),
    }
    return labels.get(kind, kind)


@dataclass(frozen=True)
class TaskFilter:
    project_id: str = ""  # "" = every project
    state_group: str = ""  # "" = every state, else a key of STATE_GROUPS
    text: str = ""

    @property
    def uses_index(self) -> bool:
        """Whether the project or state condition is set (they read a RowIndex)."""
        return bool(self.project_id or self.state_group)


@dataclass
class RowIndex:
    """Row numbers by project and by state, built once per data load."""

    by_project: dict[str, list[int]]
    by_state: dict[str, list[int]]


def build_index(project_ids: Sequence[str], states: Sequence[str]) -> RowIndex:
    by_project: dict[str, list[int]] = {}
    by_state: dict[str, list[int]] = {}
    for i, (p, s) in enumerate(zip(project_ids, states, strict=True)):
        by_project.setdefault(p, []).append(i)
        by_state.setdefault(s, []).append(i)
    return RowIndex(by_project, by_state)


def filter_rows(
    project_ids: Sequence[str],
    states: Sequence[str],
    texts: Sequence[str],
    flt: TaskFilter,
    index: RowIndex | None = None,
) -> list[int]:
    """Indexes (ascending) of the rows that pass ``flt``; the columns are parallel lists.

    Each condition narrows the previous result, the cheap ones first; with ``index`` the
    project and state conditions are dictionary look-ups instead of scans.
    """
    if index is None and flt.uses_index:
        index = build_index(project_ids, states)
    needle = flt.text.strip().lower()
    wanted = STATE_GROUPS.get(flt.state_group)
    rows: list[int] | None = None
    if flt.project_id and index is not None:
        rows = index.by_project.get(flt.project_id, [])
    if wanted is not None and index is not None:
        in_state = sorted(i for s in wanted for i in index.by_state.get(s, []))
        if rows is None:
            rows = in_state
        else:
            keep = set(in_state)
            rows = [i for i in rows if i in keep]
    if needle:
        if rows is None:
            rows = [i for i, t in enumerate(texts) if needle in t]
        else:
            rows = [i for i in rows if needle in texts[i]]
    return list(range(len(project_ids))) if rows is None else list(rows)


class TaskListModel(QAbstractTableModel):
    """Rows of the task list; ``visible`` maps view rows to indexes into ``rows``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []
        self._pids: list[str] = []
        self._states: list[str] = []
        self._texts: list[str] = []
        self._visible: list[int] = []
        self._projects: dict[str, str] = {}
        self._filter = TaskFilter()
        self._by_id: dict[str, int] = {}
        self._index: RowIndex | None = RowIndex({}, {})
        self._verdicts: dict[str, VerdictRow] = {}
        self._leases: dict[str, LeaseRow] = {}
        self._icons: dict[str, QIcon] = {}
        self._missing = 0  # rows still to come (see set_data)
        self._text_matches: tuple[str, frozenset[int]] = ("", frozenset())  # full-text hits

    # -- data ---------------------------------------------------------------------------
    def set_data(
        self,
        projects: list[ProjectRow],
        rows: list[TaskRow],
        verdicts: dict[str, VerdictRow] | None = None,
        leases: dict[str, LeaseRow] | None = None,
        total: int | None = None,
    ) -> None:
        """``total`` (more than ``len(rows)``): the rows are the first of that many; the rest
        show as blank rows until the next ``set_data``, so the scroll bar is right at once."""
        self.beginResetModel()
        self._text_matches = ("", frozenset())  # row numbers change: the search runs again
        self._missing = max(0, (total or 0) - len(rows))
        self._verdicts = dict(verdicts or {})
        self._leases = dict(leases or {})
        self._projects = {p.id: p.name for p in projects}
        self._rows = rows
        ids, pids, _kinds, _titles, states, texts = (
            (list(c) for c in zip(*rows, strict=True)) if rows else ([], [], [], [], [], [])
        )
        if not all(texts):
            texts = [r.search_text or f"{r.id} {r.title}".lower() for r in rows]
        self._pids, self._states, self._texts = pids, states, texts
        self._by_id = dict(zip(ids, range(len(ids)), strict=True))
        self._index = None  # built by the first project or state filter, not before the paint
        self._visible = self._filtered(self._filter)
        self.endResetModel()

    def set_filter(self, flt: TaskFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._visible = self._filtered(flt)
        self.endResetModel()

    def _filtered(self, flt: TaskFilter) -> list[int]:
        if self._index is None and flt.uses_index:
            self._index = build_index(self._pids, self._states)
        rows = filter_rows(self._pids, self._states, self._texts, flt, self._index)
        text, extra = self._text_matches
        if extra and flt.text and text == flt.text:  # words found in prompts and drafts too
            others = filter_rows(
                self._pids, self._states, self._texts, replace(flt, text=""), self._index
            )
            rows = sorted(set(rows) | {i for i in others if i in extra})
        return rows

    def set_text_matches(self, text: str, task_ids: set[str]) -> None:
        """The full-text index's matches for ``text``; shown while the filter has that text."""
        found = frozenset(i for t in task_ids if (i := self._by_id.get(t)) is not None)
        self._text_matches = (text, found)
        if text != self._filter.text:
            return
        visible = self._filtered(self._filter)
        if visible != self._visible:
            self.beginResetModel()
            self._visible = visible
            self.endResetModel()

    def set_task_state(self, task_id: str, state: str) -> None:
        """Updates one row's state in place (after a save or a submit)."""
        i = self._by_id.get(task_id)
        if i is None or self._states[i] == state:
            return
        old = self._rows[i]
        self._rows[i] = TaskRow(old.id, old.project_id, old.kind, old.title, state, old.search_text)
        if self._index is not None:
            old_rows = self._index.by_state.get(old.state, [])
            if i in old_rows:
                old_rows.remove(i)
            bisect.insort(self._index.by_state.setdefault(state, []), i)
        self._states[i] = state
        row = self.row_of(task_id)
        if row >= 0:
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def update_rows(
        self,
        projects: list[ProjectRow],
        rows: list[TaskRow],
        verdicts: dict[str, VerdictRow],
        leases: dict[str, LeaseRow],
        ids: set[str],
    ) -> bool:
        """Replaces the rows of ``ids`` in place (dataChanged, or a row in or out of the
        filter); no reset. False, changing nothing, when a task or project is new or gone, or
        a task moved project: then the caller reloads everything."""
        got = {r.id: r for r in rows}
        if self._missing or set(got) != ids or {p.id for p in projects} != set(self._projects):
            return False
        if not ids <= self._by_id.keys():
            return False
        if any(got[t].project_id != self._rows[self._by_id[t]].project_id for t in ids):
            return False
        names = {p.id: p.name for p in projects}
        renamed, self._projects = names != self._projects, names
        for task_id in sorted(ids, key=self._by_id.__getitem__):
            self._verdicts.pop(task_id, None)
            self._leases.pop(task_id, None)
            if task_id in verdicts:
                self._verdicts[task_id] = verdicts[task_id]
            if task_id in leases:
                self._leases[task_id] = leases[task_id]
            self._replace_row(self._by_id[task_id], got[task_id])
        if renamed and self._visible:
            self.dataChanged.emit(self.index(0, 1), self.index(len(self._visible) - 1, 1))
        return True

    def _replace_row(self, i: int, new: TaskRow) -> None:
        old = self._rows[i]
        self._rows[i] = new
        self._texts[i] = new.search_text or f"{new.id} {new.title}".lower()
        if self._index is not None and old.state != new.state:
            old_rows = self._index.by_state.get(old.state, [])
            if i in old_rows:
                old_rows.remove(i)
            bisect.insort(self._index.by_state.setdefault(new.state, []), i)
        self._states[i] = new.state
        pos = bisect.bisect_left(self._visible, i)
        shown = pos < len(self._visible) and self._visible[pos] == i
        passes = bool(filter_rows([new.project_id], [new.state], [self._texts[i]], self._filter))
        if shown and passes:
            self.dataChanged.emit(self.index(pos, 0), self.index(pos, len(COLUMNS) - 1))
        elif shown:
            self.beginRemoveRows(QModelIndex(), pos, pos)
            del self._visible[pos]
            self.endRemoveRows()
        elif passes:
            self.beginInsertRows(QModelIndex(), pos, pos)
            self._visible.insert(pos, i)
            self.endInsertRows()

    def set_task_state_if(self, task_id: str, old: str, new: str) -> None:
        i = self._by_id.get(task_id)
        if i is not None and self._states[i] == old:
            self.set_task_state(task_id, new)

    @property
    def filter(self) -> TaskFilter:
        return self._filter

    def projects(self) -> dict[str, str]:
        return dict(self._projects)

    def total(self) -> int:
        return len(self._rows) + self._missing

    def _blank_rows(self) -> int:
        """Rows still to come, shown blank while no filter is set."""
        return self._missing if self._filter == TaskFilter() else 0

    def task_at(self, row: int) -> TaskRow | None:
        if 0 <= row < len(self._visible):
            return self._rows[self._visible[row]]
        return None

    def row_of(self, task_id: str) -> int:
        """The view row of ``task_id``, or -1 when it is filtered out or unknown."""
        i = self._by_id.get(task_id)
        if i is None:
            return -1
        pos = bisect.bisect_left(self._visible, i)
        return pos if pos < len(self._visible) and self._visible[pos] == i else -1

    def has_task(self, task_id: str) -> bool:
        return task_id in self._by_id

    def state_of(self, task_id: str) -> str:
        i = self._by_id.get(task_id)
        return self._states[i] if i is not None else ""

    def verdict_of(self, task_id: str) -> VerdictRow | None:
        return self._verdicts.get(task_id)

    def lease_of(self, task_id: str) -> LeaseRow | None:
        return self._leases.get(task_id)

    def tooltip(self, row: TaskRow) -> str:
        """The row's tooltip: id, then the QA verdict and comment, then the lease."""
        parts = [row.id]
        verdict = self._verdicts.get(row.id)
        if verdict is not None:
            parts.append(verdict_tip(verdict, row.state))
        lease = self._leases.get(row.id)
        if lease is not None:
            tip = lease_tip(lease)
            if tip:
                parts.append(tip)
        return "\n\n".join(parts)

    def _icon(self, row: TaskRow) -> QIcon | None:
        lease = self._leases.get(row.id)
        key = "flagged" if lease is not None and lease.flagged else row.state
        if key not in self._icons:
            icon = state_icon(key)
            if icon is None:
                return None
            self._icons[key] = icon
        return self._icons[key]

    # -- Qt model interface -------------------------------------------------------------
    def rowCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(self._visible) + self._blank_rows()

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if index.isValid() and index.row() >= len(self._visible):
            return Qt.ItemFlag.NoItemFlags  # a row still to come
        return super().flags(index)

    def columnCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008
    ) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        row = self._rows[self._visible[index.row()]]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "title":
                return row.title or row.id
            if column == "project":
                return self._projects.get(row.project_id, row.project_id)
            if column == "kind":
                return kind_label(row.kind)
            return state_label(row.state)
        if role == Qt.ItemDataRole.ForegroundRole and column == "state":
            color = STATE_COLORS.get(row.state)
            return QColor(color) if color else None
        if role == Qt.ItemDataRole.DecorationRole and column == "state":
            return self._icon(row)
        if role == Qt.ItemDataRole.ToolTipRole and column in ("title", "state"):
            return self.tooltip(row)
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        names = {
            "title": QCoreApplication.translate("TaskList", "Task"),
            "project": QCoreApplication.translate("TaskList", "Project"),
            "kind": QCoreApplication.translate("TaskList", "Kind"),
            "state": QCoreApplication.translate("TaskList", "State"),
        }
        return names[COLUMNS[section]]

    def retranslate(self) -> None:
        self._icons.clear()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self._visible:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._visible) - 1, 3))

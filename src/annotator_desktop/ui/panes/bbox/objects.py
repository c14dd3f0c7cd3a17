"""The object list: every box under its label, with hide and lock, and the selected box's
attributes. It only reports what the user asks for; the pane turns that into undo commands."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHeaderView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from annotator_desktop.core.bbox_model import AttributeDef, AttrValue, BoxData, BoxModel
from annotator_desktop.ui.panes.bbox.actions import KeepNavigationKeys

HIDE_COL, LOCK_COL = 1, 2
ID_ROLE = Qt.ItemDataRole.UserRole
LABEL_ROLE = Qt.ItemDataRole.UserRole + 1


class ObjectList(QWidget):
    # the user selected these boxes in the list
    boxes_selected = Signal(object)
    # (box id, "hidden" or "locked", value)
    box_flag_set = Signal(int, str, bool)
    # (label, hidden): hide or show every box of a label (a view setting, not an edit)
    label_hidden = Signal(str, bool)
    # (box id, attribute key, value or None to clear)
    attribute_set = Signal(int, str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bboxObjectPanel")
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("bboxObjectList")
        self.tree.setColumnCount(3)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(HIDE_COL, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(LOCK_COL, QHeaderView.ResizeMode.ResizeToContents)
        self.attributes = QWidget(self)
        self.attributes.setObjectName("bboxAttributes")
        self._form = QFormLayout(self.attributes)
        self._form.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.attributes)
        self._model: BoxModel | None = None
        self._defs: list[AttributeDef] = []
        self._items: dict[int, QTreeWidgetItem] = {}
        self._labels_of: dict[int, str] = {}
        self._hidden_labels: set[str] = set()
        self._selected: set[int] = set()
        self._filling = False
        self.read_only = False
        self._editors: dict[str, QCheckBox | QComboBox] = {}
        self._refill_timer = QTimer(self)
        self._refill_timer.setSingleShot(True)
        self._refill_timer.setInterval(0)
        self._refill_timer.timeout.connect(self.refill)
        self._keys = KeepNavigationKeys(self)
        self.tree.installEventFilter(self._keys)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemSelectionChanged.connect(self._on_tree_selection)
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([self.tr("Object"), self.tr("Hide"), self.tr("Lock")])
        self.tree.setAccessibleName(self.tr("Boxes"))
        self.attributes.setAccessibleName(self.tr("Attributes of the selected box"))
        self.refill()

    # --- data -----------------------------------------------------------------------------
    def set_model(self, model: BoxModel, defs: list[AttributeDef], hidden: set[str]) -> None:
        if self._model is not None:
            self._model.unsubscribe(self._on_model)
        self._model = model
        self._defs = defs
        self._hidden_labels = set(hidden)
        self._selected = set()
        model.subscribe(self._on_model)
        self._build_editors()
        # emptied at once (no stale ids), filled when the event loop is back: a task with
        # thousands of boxes opens without waiting for its list
        self._filling = True
        self.tree.clear()
        self._items.clear()
        self._labels_of.clear()
        self._filling = False
        self._refill_timer.start()

    def set_read_only(self, read_only: bool) -> None:
        """Read-only (QA review): the list still selects; hide, lock and attributes are fixed."""
        self.read_only = read_only
        self.attributes.setEnabled(not read_only)
        self._refill_timer.start()

    def _on_model(self, what: str, box_id: int) -> None:
        if what == "changed" and self._model is not None and box_id in self._items:
            box = self._model.get(box_id)
            if self._labels_of.get(box_id) == box.label:
                self._update_item(self._items[box_id], box)  # cheap: a drag changes boxes a lot
                if box_id in self._selected:
                    self._show_attributes()
                return
        self._refill_timer.start()

    def refill(self) -> None:
        """Rebuilds the tree: one row per label, its boxes below (numbered as in messages)."""
        self._refill_timer.stop()
        model = self._model
        self._filling = True
        self.tree.clear()
        self._items.clear()
        self._labels_of.clear()
        if model is not None:
            groups: dict[str, list[tuple[int, int, BoxData]]] = {}
            for number, (box_id, box) in enumerate(model.items(), start=1):
                groups.setdefault(box.label, []).append((number, box_id, box))
            names = [lab.name for lab in model.labels]
            names += sorted(n for n in groups if n not in names)
            for name in names:
                members = groups.get(name, [])
                if not members and name not in {lab.name for lab in model.labels}:
                    continue
                top = QTreeWidgetItem(self.tree)
                top.setText(0, f"{name or '—'} ({len(members)})")
                top.setData(0, LABEL_ROLE, name)
                top.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                top.setCheckState(HIDE_COL, _check(name in self._hidden_labels))
                top.setToolTip(HIDE_COL, self.tr("Hide every box of this label"))
                for number, box_id, box in members:
                    child = QTreeWidgetItem(top)
                    child.setData(0, ID_ROLE, box_id)
                    child.setText(0, self.tr("Box %1").replace("%1", str(number)))
                    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                    if not self.read_only:
                        flags |= Qt.ItemFlag.ItemIsUserCheckable
                    child.setFlags(flags)
                    self._update_item(child, box)
                    self._items[box_id] = child
                    self._labels_of[box_id] = box.label
                top.setExpanded(True)
        self._filling = False
        self.show_selection(self._selected)

    def _update_item(self, item: QTreeWidgetItem, box: BoxData) -> None:
        filling, self._filling = self._filling, True
        item.setCheckState(HIDE_COL, _check(box.hidden))
        item.setCheckState(LOCK_COL, _check(box.locked))
        self._filling = filling

    # --- selection ------------------------------------------------------------------------
    def show_selection(self, ids: set[int]) -> None:
        """Mirrors the canvas selection (without echoing it back)."""
        self._selected = set(ids)
        filling, self._filling = self._filling, True
        self.tree.clearSelection()
        for box_id in ids:
            item = self._items.get(box_id)
            if item is not None:
                item.setSelected(True)
                self.tree.scrollToItem(item)
        self._filling = filling
        self._show_attributes()

    def _on_tree_selection(self) -> None:
        if self._filling:
            return
        ids = {
            int(item.data(0, ID_ROLE))
            for item in self.tree.selectedItems()
            if item.data(0, ID_ROLE) is not None
        }
        self._selected = ids
        self._show_attributes()
        self.boxes_selected.emit(ids)

    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling or column not in (HIDE_COL, LOCK_COL):
            return
        value = item.checkState(column) == Qt.CheckState.Checked
        box_id = item.data(0, ID_ROLE)
        if box_id is None:
            name = str(item.data(0, LABEL_ROLE))
            if column == HIDE_COL:
                (self._hidden_labels.add if value else self._hidden_labels.discard)(name)
                self.label_hidden.emit(name, value)
            return
        self.box_flag_set.emit(int(box_id), "hidden" if column == HIDE_COL else "locked", value)

    # --- attributes -----------------------------------------------------------------------
    def _build_editors(self) -> None:
        while self._form.rowCount():
            self._form.removeRow(0)
        self._editors = {}
        for spec in self._defs:
            editor: QCheckBox | QComboBox
            if spec.type == "bool":
                editor = QCheckBox(spec.label or spec.key, self.attributes)
                editor.toggled.connect(
                    lambda on, key=spec.key: self._attribute_edited(key, bool(on))
                )
                self._form.addRow(editor)
            else:
                editor = QComboBox(self.attributes)
                editor.addItem("—", None)
                for option in spec.options:
                    editor.addItem(option, option)
                editor.activated.connect(
                    lambda _i, key=spec.key, e=editor: self._attribute_edited(key, e.currentData())
                )
                self._form.addRow(spec.label or spec.key, editor)
            editor.installEventFilter(self._keys)
            editor.setObjectName(f"bboxAttribute_{spec.key}")
            editor.setAccessibleName(spec.label or spec.key)
            self._editors[spec.key] = editor
        self._show_attributes()

    def _show_attributes(self) -> None:
        """The attribute editors show the selected box's values (one box selected only)."""
        one = len(self._selected) == 1 and self._model is not None
        self.attributes.setVisible(bool(self._editors) and one)
        if not one or self._model is None:
            return
        (box_id,) = self._selected
        if box_id not in self._model.ids():
            return
        values = self._model.get(box_id).attribute_map()
        filling, self._filling = self._filling, True
        for key, editor in self._editors.items():
            editor.blockSignals(True)
            if isinstance(editor, QCheckBox):
                editor.setChecked(values.get(key) is True)
            else:
                editor.setCurrentIndex(max(0, editor.findData(values.get(key))))
            editor.blockSignals(False)
        self._filling = filling

    def _attribute_edited(self, key: str, value: AttrValue | None) -> None:
        if self._filling or len(self._selected) != 1:
            return
        (box_id,) = self._selected
        self.attribute_set.emit(box_id, key, value)


def _check(on: bool) -> Qt.CheckState:
    return Qt.CheckState.Checked if on else Qt.CheckState.Unchecked

"""Ranking three to nine responses: keys 1–9 give the current response a rank, dragging reorders.

Ties are allowed (two responses with the same rank). The list is kept sorted best first; a drag
puts the dragged response at the drop row and ranks everything by position, keeping the ties of
the responses it did not touch.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from annotator_desktop.ui.panes.compare.texts import fill, translate

_DIGITS = {getattr(Qt.Key, f"Key_{d}"): d for d in range(1, 10)}
_CLEAR = {Qt.Key.Key_Delete, Qt.Key.Key_Backspace}
_ID = Qt.ItemDataRole.UserRole
PREVIEW_CHARS = 90

Ranking = list[list[str]]


def groups_from_ranks(order: list[str], ranks: dict[str, int]) -> Ranking:
    """Tie groups best first (ids in ``order`` within a group); unranked ids are left out."""
    values = sorted({ranks[i] for i in order if i in ranks})
    return [[i for i in order if ranks.get(i) == v] for v in values]


def ranks_from_groups(groups: object, ids: list[str]) -> dict[str, int]:
    """Ranks (1 = best) of a saved ranking; anything malformed is ignored."""
    ranks: dict[str, int] = {}
    if not isinstance(groups, list):
        return ranks
    for index, group in enumerate(groups, start=1):
        if isinstance(group, list):
            for rid in group:
                if isinstance(rid, str) and rid in ids and rid not in ranks:
                    ranks[rid] = index
    return ranks


def _preview(text: str) -> str:
    """The beginning of a response on one line (whitespace runs made single spaces)."""
    head = " ".join(text[: 4 * PREVIEW_CHARS].split())
    if len(head) < PREVIEW_CHARS and len(text) > 4 * PREVIEW_CHARS:
        head = " ".join(text.split())  # mostly whitespace at the start: the whole text
    return head[:PREVIEW_CHARS]


class RankingList(QListWidget):
    """The responses as rows, best first; ``edited`` after every user change."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compareRanking")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.NoDragDrop)  # own, simpler drag
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMinimumHeight(120)
        # every row in view, none hidden behind a sideways scroll bar: long previews are
        # elided (the whole response is in the columns above)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setWordWrap(False)
        self._ids: list[str] = []  # presented order
        self._letters: dict[str, str] = {}
        self._previews: dict[str, str] = {}
        self.ranks: dict[str, int] = {}
        self._editable = True
        self._pressed: QListWidgetItem | None = None

    # --- state --------------------------------------------------------------------------
    def set_responses(self, ids: list[str], letters: list[str], previews: list[str]) -> None:
        self._ids = list(ids)
        self._letters = dict(zip(ids, letters, strict=True))
        self._previews = {i: _preview(p) for i, p in zip(ids, previews, strict=True)}
        self.set_ranking([])

    def set_ranking(self, groups: object) -> None:
        """Shows a saved ranking without reporting an edit."""
        self.ranks = ranks_from_groups(groups, self._ids)
        self._refill(None)

    def ranking(self) -> Ranking:
        return groups_from_ranks(self.row_ids(), self.ranks)

    def complete(self) -> bool:
        return all(i in self.ranks for i in self._ids)

    def row_ids(self) -> list[str]:
        return [str(self.item(r).data(_ID)) for r in range(self.count())]

    def set_editable(self, editable: bool) -> None:
        self._editable = editable

    # --- edits --------------------------------------------------------------------------
    def assign(self, rid: str, rank: int | None) -> None:
        """Gives response ``rid`` a rank (1 = best; None clears) as a user edit."""
        if not self._editable or rid not in self._ids:
            return
        if rank is not None and not 1 <= rank <= len(self._ids):
            return
        if self.ranks.get(rid) == rank:
            return
        if rank is None:
            self.ranks.pop(rid, None)
        else:
            self.ranks[rid] = rank
        self._refill(rid)
        self.edited.emit()

    def move_to(self, rid: str, row: int) -> None:
        """Puts ``rid`` at ``row`` and ranks every response by its position (a drag)."""
        if not self._editable or rid not in self._ids:
            return
        rows = [i for i in self.row_ids() if i != rid]
        row = max(0, min(row, len(rows)))
        rows.insert(row, rid)
        ranks: dict[str, int] = {}
        rank = 0
        for k, current in enumerate(rows):
            previous = rows[k - 1] if k else None
            tied = (
                previous is not None
                and rid not in (current, previous)
                and current in self.ranks
                and self.ranks.get(current) == self.ranks.get(previous)
            )
            if not tied:
                rank += 1
            ranks[current] = rank
        if ranks == self.ranks and rows == self.row_ids():
            return
        self.ranks = ranks
        self._refill(rid, rows)
        self.edited.emit()

    def _refill(self, current: str | None, rows: list[str] | None = None) -> None:
        if rows is None:
            big = len(self._ids) + 1
            position = {rid: k for k, rid in enumerate(self.row_ids() or self._ids)}
            rows = sorted(self._ids, key=lambda i: (self.ranks.get(i, big), position.get(i, 0)))
        texts = [self._row_text(rid) for rid in rows]
        shown = [(str(self.item(r).data(_ID)), self.item(r).text()) for r in range(self.count())]
        if shown != list(zip(rows, texts, strict=True)):  # loading a task sets it several times
            self.blockSignals(True)
            self.clear()
            for rid, text in zip(rows, texts, strict=True):
                item = QListWidgetItem(text)
                item.setData(_ID, rid)
                item.setToolTip(text)  # the row may be elided
                self.addItem(item)
            self.blockSignals(False)
        row = rows.index(current) if current is not None and current in rows else 0
        if rows and self.currentRow() != row:
            self.setCurrentRow(row)

    def _row_text(self, rid: str) -> str:
        rank = self.ranks.get(rid)
        tied = rank is not None and list(self.ranks.values()).count(rank) > 1
        if rank is None:
            head = translate("ComparePane", "not ranked")
        elif tied:
            head = fill(translate("ComparePane", "rank %1 (tie)"), rank)
        else:
            head = fill(translate("ComparePane", "rank %1"), rank)
        letter = self._letters.get(rid, "?")
        return f"{head} · {letter}: {self._previews.get(rid, '')}"

    def retranslate(self) -> None:
        self.setAccessibleName(translate("ComparePane", "Ranking of the responses, best first"))
        self.setToolTip(
            translate(
                "ComparePane",
                "Keys 1–9 give the selected response a rank (equal ranks are ties); "
                "drag a response to reorder; Delete clears its rank.",
            )
        )
        for row in range(self.count()):
            item = self.item(row)
            item.setText(self._row_text(str(item.data(_ID))))

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(_ID))

    # --- keys ---------------------------------------------------------------------------
    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and self._handles(event)
        ):
            event.accept()
            return True
        return super().event(event)

    def _handles(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return mods == Qt.KeyboardModifier.NoModifier and (
            event.key() in _DIGITS or event.key() in _CLEAR
        )

    def keyPressEvent(self, event: QKeyEvent) -> None:
        rid = self.current_id()
        if not self._handles(event) or rid is None:
            super().keyPressEvent(event)
            return
        key = event.key()
        self.assign(rid, None if key in _CLEAR else _DIGITS[key])
        event.accept()

    # --- drag to reorder ----------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        super().mousePressEvent(event)
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self.itemAt(event.position().toPoint())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pressed is not None and self._editable:
            self.viewport().setCursor(Qt.CursorShape.DragMoveCursor)
            return  # no rubber-band selection while dragging a row
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        self.viewport().unsetCursor()
        if pressed is not None and event.button() == Qt.MouseButton.LeftButton:
            target = self._drop_row(event.position().toPoint())
            source = self.row(pressed)
            if target != source:
                self.move_to(str(pressed.data(_ID)), target)
                event.accept()
                return
        super().mouseReleaseEvent(event)

    def _drop_row(self, point: QPoint) -> int:
        item = self.itemAt(point)
        if item is None:
            return self.count() - 1 if point.y() > 0 else 0
        return self.row(item)

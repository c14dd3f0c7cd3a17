"""A splitter with layouts by name: sizes remembered per name, defaults as shares of its length.

A pane shows the same parts with different needs (a plain prompt needs little room, a dialogue's
earlier turns need room to be read): each named layout keeps the sizes the user left it
(``layout_memory``, saved in the settings) apart from the others. Default shares are applied once
the splitter has its real length: sizes given before it is laid out would be redistributed by the
stretch factors, not kept in proportion.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSplitter, QWidget

from annotator_desktop.ui.panes import layout_memory


class ShareSplitter(QSplitter):
    """``use_layout(name, …)`` switches layouts; a moved handle is remembered for the name."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None) -> None:
        super().__init__(orientation, parent)
        self._shares: list[int] | None = None
        self.layout_key = ""
        self.splitterMoved.connect(self._remember)

    def use_layout(
        self, key: str, default: Sequence[int], stretch: Sequence[int], shares: bool = True
    ) -> None:
        """The sizes the user left for ``key``, else ``default``: percentages of the length
        when ``shares``, else pixels. ``stretch``: how later growth is shared."""
        if key == self.layout_key:
            return
        self.layout_key = key
        for i, factor in enumerate(stretch):
            self.setStretchFactor(i, factor)
        saved = layout_memory.recall(key, self.count())
        if saved is None and shares:
            self._shares = list(default)
            if self.isVisible() and sum(self.sizes()) > 0:
                self._apply_shares()
            return
        self._shares = None
        self.setSizes(saved if saved is not None else list(default))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shares is not None and sum(self.sizes()) > 0:
            self._apply_shares()

    def _apply_shares(self) -> None:
        shares, self._shares = self._shares or [], None
        total = sum(self.sizes())
        self.setSizes([total * share // 100 for share in shares])

    def _remember(self, _pos: int, _index: int) -> None:
        if self.layout_key:
            layout_memory.remember(self.layout_key, self.sizes())

"""Project statistics: counts, per-annotator figures, agreement (server or local) and charts."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QWidget


def show_statistics(
    parent: QWidget | None, worker: Any, store: Any, sync_controller: Any = None,
    project_id: str = "",
) -> QWidget:  # fmt: skip
    """Opens the (non-modal) statistics window and starts loading; returns it."""
    from annotator_desktop.ui.stats.view import StatisticsView

    view = StatisticsView(worker, store, sync_controller, parent)
    view.show()
    view.start(project_id)
    return view

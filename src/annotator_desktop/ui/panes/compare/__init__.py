"""The pairwise comparison pane (task kind ``compare``), registered with the pane registry."""

from annotator_desktop.ui.panes.compare.pane import ComparePane
from annotator_desktop.ui.panes.registry import register_pane

register_pane("compare", ComparePane)

__all__ = ["ComparePane"]

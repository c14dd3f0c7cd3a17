"""The rewrite pane: edit a model's draft as rich text, with tracked changes against it."""

from annotator_desktop.ui.panes.registry import register_pane
from annotator_desktop.ui.panes.rewrite.pane import RewritePane

register_pane("rewrite", RewritePane)

__all__ = ["RewritePane"]

"""The bounding-box pane; importing this package registers it for tasks of kind ``bbox``."""

from __future__ import annotations

from annotator_desktop.ui.panes.bbox.pane import BBoxPane
from annotator_desktop.ui.panes.registry import register_pane

register_pane("bbox", BBoxPane)

__all__ = ["BBoxPane"]

"""Panes registered by task kind; a placeholder shows kinds that have no pane yet."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from annotator_desktop.ui.panes.base import TaskPane

PaneFactory = Callable[[QWidget | None], TaskPane]

_REGISTRY: dict[str, PaneFactory] = {}


def register_pane(kind: str, factory: PaneFactory) -> None:
    _REGISTRY[kind] = factory


def registered_kinds() -> list[str]:
    _load_builtin()
    return sorted(_REGISTRY)


def create_pane(kind: str, parent: QWidget | None = None) -> TaskPane:
    """A new pane for ``kind``, or the read-only placeholder when none is registered."""
    _load_builtin()
    factory = _REGISTRY.get(kind)
    if factory is None:
        from annotator_desktop.ui.panes.placeholder import PlaceholderPane

        return PlaceholderPane(parent)
    return factory(parent)


_loaded = False


def _load_builtin() -> None:
    """Imports the built-in panes, each of which registers itself; a missing one is skipped."""
    global _loaded
    if _loaded:
        return
    _loaded = True
    import importlib

    for module in (
        "annotator_desktop.ui.panes.bbox",
        "annotator_desktop.ui.panes.rewrite",
        "annotator_desktop.ui.panes.compare",
    ):
        try:
            importlib.import_module(module)
        except ModuleNotFoundError as exc:
            if exc.name != module:
                raise

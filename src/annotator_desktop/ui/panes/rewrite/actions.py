"""The rewrite pane's actions as data: name, shortcut and handler, shown in the toolbar."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from annotator_desktop.ui.widgets.numbers import local_digits


@dataclass(frozen=True)
class ActionSpec:
    name: str
    shortcut: str | QKeySequence.StandardKey
    handler: Callable[[], object]
    editing: bool = True  # disabled in read-only mode
    checkable: bool = False
    toolbar: bool = True


def action_texts() -> dict[str, str]:
    """The translated label of each action, by name (literal strings, so lupdate finds them)."""
    return {
        "rewriteBold": QCoreApplication.translate("RewriteActions", "Bold"),
        "rewriteItalic": QCoreApplication.translate("RewriteActions", "Italic"),
        "rewriteInlineCode": QCoreApplication.translate("RewriteActions", "Inline code"),
        "rewriteCodeBlock": QCoreApplication.translate("RewriteActions", "Code block"),
        "rewriteHeading1": QCoreApplication.translate("RewriteActions", "Heading 1"),
        "rewriteHeading2": QCoreApplication.translate("RewriteActions", "Heading 2"),
        "rewriteHeading3": QCoreApplication.translate("RewriteActions", "Heading 3"),
        "rewriteParagraph": QCoreApplication.translate("RewriteActions", "Normal text"),
        "rewriteBullets": QCoreApplication.translate("RewriteActions", "Bulleted list"),
        "rewriteNumbers": QCoreApplication.translate("RewriteActions", "Numbered list"),
        "rewriteQuote": QCoreApplication.translate("RewriteActions", "Quote"),
        "rewriteLink": QCoreApplication.translate("RewriteActions", "Link…"),
        "rewritePastePlain": QCoreApplication.translate("RewriteActions", "Paste as plain text"),
        "rewriteFind": QCoreApplication.translate("RewriteActions", "Find…"),
        "rewriteReplace": QCoreApplication.translate("RewriteActions", "Replace…"),
        "rewriteUndo": QCoreApplication.translate("RewriteActions", "Undo"),
        "rewriteRedo": QCoreApplication.translate("RewriteActions", "Redo"),
        "rewriteNextChange": QCoreApplication.translate("RewriteActions", "Next change"),
        "rewritePreviousChange": QCoreApplication.translate("RewriteActions", "Previous change"),
        "rewriteRevertChange": QCoreApplication.translate("RewriteActions", "Revert change"),
        "rewriteResetDraft": QCoreApplication.translate("RewriteActions", "Reset to draft"),
        "rewriteSpelling": QCoreApplication.translate("RewriteActions", "Check spelling"),
    }


def build_actions(owner: QWidget, specs: list[ActionSpec]) -> dict[str, QAction]:
    """QActions for ``specs``, added to ``owner`` so their shortcuts work inside it."""
    actions: dict[str, QAction] = {}
    for spec in specs:
        action = QAction(owner)
        action.setObjectName(spec.name)
        action.setShortcut(QKeySequence(spec.shortcut))
        action.setCheckable(spec.checkable)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, fn=spec.handler: fn())
        action.setProperty("editing", spec.editing)
        action.setProperty("toolbar", spec.toolbar)
        owner.addAction(action)
        actions[spec.name] = action
    retranslate_actions(actions)
    return actions


def retranslate_actions(actions: dict[str, QAction]) -> None:
    texts = action_texts()
    for name, action in actions.items():
        text = local_digits(texts.get(name, name))  # "Heading 1" in the UI's digits
        action.setText(text)
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{text} ({shortcut})" if shortcut else text)

"""Offline spell checking of the rewrite: Hunspell dictionaries, else pyspellchecker's lists.

See :mod:`~annotator_desktop.ui.panes.rewrite.dictionaries` for where dictionaries come from;
nothing is downloaded. A dictionary can take a second or two to load, so it loads on a
background thread the first time spell checking is switched on for a language, and is kept
for the session.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QSyntaxHighlighter, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QMenu

from annotator_desktop.ui.panes.rewrite import dictionaries
from annotator_desktop.ui.panes.rewrite.relay import post, relay
from annotator_desktop.ui.widgets.markdown_editor import MarkdownEditor

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CHECKERS: dict[str, Any] = {}
_LOCK = threading.Lock()


def available(language: str) -> bool:
    return dictionaries.available(language)


def _load(language: str) -> Any:
    with _LOCK:
        if language not in _CHECKERS:
            _CHECKERS[language] = dictionaries.open_dictionary(language)
        return _CHECKERS[language]


class SpellLoader(QObject):
    """Loads a dictionary off the UI thread; ``ready`` carries (language, checker)."""

    ready = Signal(str, object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        relay()  # created here, on the main thread
        self._threads: list[threading.Thread] = []

    def request(self, language: str) -> None:
        if language in _CHECKERS:
            self.ready.emit(language, _CHECKERS[language])
            return
        thread = threading.Thread(
            target=self._work, args=(language,), name="rewrite-spelling", daemon=True
        )
        self._threads.append(thread)
        thread.start()

    def _work(self, language: str) -> None:
        checker = _load(language)
        post(self, self._finish, language, checker)

    def _finish(self, language: str, checker: object) -> None:
        self._threads = [t for t in self._threads if t.is_alive()]
        self.ready.emit(language, checker)

    def wait(self, timeout: float = 10.0) -> None:
        for thread in self._threads:
            thread.join(timeout)


def misspelled(checker: Any, text: str, ignored: set[str]) -> list[tuple[int, int]]:
    """(start, length) of each word of ``text`` the dictionary does not know."""
    out = []
    for match in _WORD.finditer(text):
        word = match.group()
        if len(word) < 2 or word.isupper() or word.lower() in ignored or word in checker:
            continue
        out.append((match.start(), len(word)))
    return out


class SpellHighlighter(QSyntaxHighlighter):
    """Underlines unknown words with a wavy red line; code is never checked."""

    def __init__(self, document: QTextDocument, checker: Any) -> None:
        super().__init__(document)
        self.checker = checker
        self.ignored: set[str] = set()
        self._format = QTextCharFormat()
        self._format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self._format.setUnderlineColor(Qt.GlobalColor.red)

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        if block.blockFormat().nonBreakableLines():
            return
        for start, length in misspelled(self.checker, text, self.ignored):
            self.setFormat(start, length, self._format)

    def suggestions(self, word: str, limit: int = 5) -> list[str]:
        return list(self.checker.suggest(word, limit))

    def ignore(self, word: str) -> None:
        """Accepts ``word`` for the rest of the session."""
        self.ignored.add(word.lower())
        self.rehighlight()


def task_language(language: str | None, text: str) -> str:
    """The dictionary to check a task with: its language, else English for plain-Latin text."""
    if language:
        return language.split("-")[0].split("_")[0].lower()
    letters = [c for c in text[:1000] if c.isalpha()]
    if letters and sum(c.isascii() for c in letters) / len(letters) > 0.95:
        return "en"
    return ""


class SpellingController(QObject):
    """Switches spell checking of ``editor`` on and off and adds suggestions to its menu."""

    def __init__(self, editor: MarkdownEditor, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.language = ""
        self.enabled = False
        self.highlighter: SpellHighlighter | None = None
        # True while underlines are being (re)applied: not an edit of the text.
        self.rehighlighting = False
        self.loader = SpellLoader(self)
        self.loader.ready.connect(self._on_ready)
        editor.context_menu_hook = self._extend_menu

    def set_language(self, language: str) -> None:
        """Called on load; re-attaches to the editor's (new) document."""
        self.language = language
        self._detach()
        if self.enabled and available(language):
            self.loader.request(language)

    def can_check(self) -> bool:
        return available(self.language)

    def set_enabled(self, on: bool) -> None:
        self.enabled = on
        if not on:
            self._detach()
        elif self.can_check():
            self.loader.request(self.language)

    def _on_ready(self, language: str, checker: object) -> None:
        if not self.enabled or language != self.language:
            return
        self._detach()
        self._quietly(lambda: setattr(self, "highlighter", self._new_highlighter(checker)))

    def _new_highlighter(self, checker: object) -> SpellHighlighter:
        highlighter = SpellHighlighter(self.editor.document(), checker)
        highlighter.rehighlight()
        return highlighter

    def _quietly(self, fn: Callable[[], object]) -> None:
        """Runs ``fn`` and the highlighter's own deferred pass with ``rehighlighting`` set."""
        self.rehighlighting = True
        fn()
        QTimer.singleShot(0, self, self._done_quietly)

    def _done_quietly(self) -> None:
        self.rehighlighting = False

    def _detach(self) -> None:
        if self.highlighter is not None:
            highlighter = self.highlighter
            self._quietly(lambda: highlighter.setDocument(None))
            self.highlighter.deleteLater()
            self.highlighter = None

    def word_at(self, cursor: QTextCursor) -> tuple[QTextCursor, str] | None:
        """The misspelled word at ``cursor`` (selected in a copy of it), if any."""
        if self.highlighter is None:
            return None
        found = QTextCursor(cursor)
        found.select(QTextCursor.SelectionType.WordUnderCursor)
        word = found.selectedText()
        if not word or not misspelled(self.highlighter.checker, word, self.highlighter.ignored):
            return None
        return found, word

    def menu_actions(self, cursor: QTextCursor, parent: QObject) -> list[QAction]:
        """Suggestions for the misspelled word at ``cursor``, then "Ignore"."""
        hit = self.word_at(cursor)
        if hit is None or self.highlighter is None:
            return []
        found, word = hit
        actions = []
        for suggestion in self.highlighter.suggestions(word):
            action = QAction(suggestion, parent)
            action.triggered.connect(lambda _=False, s=suggestion: self._replace(found, s))
            actions.append(action)
        ignore = QAction(self.tr("Ignore “%1”").replace("%1", word), parent)
        ignore.triggered.connect(lambda _=False: self._ignore(word))
        actions.append(ignore)
        return actions

    def _replace(self, cursor: QTextCursor, text: str) -> None:
        if not self.editor.isReadOnly():
            cursor.insertText(text)

    def _ignore(self, word: str) -> None:
        highlighter = self.highlighter
        if highlighter is not None:
            self._quietly(lambda: highlighter.ignore(word))

    def _extend_menu(self, menu: QMenu, cursor: QTextCursor) -> None:
        actions = self.menu_actions(cursor, menu)
        if actions:
            first = menu.actions()[0] if menu.actions() else None
            # PySide6's stubs say QAction; Qt takes nullptr (append) as well
            menu.insertActions(first, actions)  # type: ignore[arg-type]
            menu.insertSeparator(first)  # type: ignore[arg-type]

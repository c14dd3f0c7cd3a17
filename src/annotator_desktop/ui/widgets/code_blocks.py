"""Fenced code blocks in shown Markdown: Pygments colours and no wrapping (Copy: code_copy).

Qt's Markdown import already gives a fenced block a monospace font, keeps its lines unbroken (so
a long line scrolls sideways) and records the fence's language. Colours are laid over the block
layouts as *additional formats* (as QSyntaxHighlighter does): the document text, its plain text
(word counts, differences) and its Markdown stay exactly as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from pygments.lexer import Lexer
from pygments.lexers import get_lexer_by_name
from pygments.lexers.special import TextLexer
from pygments.styles import get_style_by_name
from pygments.token import Token, _TokenType
from pygments.util import ClassNotFound
from PySide6.QtCore import QObject, QRectF
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QTextBlock,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
)

from annotator_desktop.core.code_fences import same_but_whitespace, top_level_fences

# Guessing a language is only tried on this much text (and only on blocks without a fence tag).
GUESS_CHARS = 4000
_FENCE = QTextFormat.Property.BlockCodeFence
_LANGUAGE = QTextFormat.Property.BlockCodeLanguage

# Cheap, ordered guesses for an untagged block: (language, pattern).
_GUESSES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("json", re.compile(r"\A\s*[\[{]\s*\"[^\"]*\"\s*:", re.S)),
    ("python", re.compile(r"^\s*(def |class \w+[:(]|import \w|from \w+ import |print\()", re.M)),
    ("rust", re.compile(r"^\s*(fn \w+|let mut |use \w+::|impl )", re.M)),
    ("go", re.compile(r"^\s*(package \w+|func \w+\(|import \()", re.M)),
    ("cpp", re.compile(r"^\s*#include\s*[<\"]|std::", re.M)),
    (
        "java",
        re.compile(r"^\s*(public |private )?(static )?(class|interface) \w+|System\.out", re.M),
    ),
    ("javascript", re.compile(r"^\s*(const |let |function |export |console\.log)|=>", re.M)),
    ("sql", re.compile(r"^\s*(SELECT|INSERT|UPDATE|DELETE|CREATE TABLE)\b", re.M | re.I)),
    ("html", re.compile(r"^\s*<(!DOCTYPE|html|div|p|span|body)\b", re.M | re.I)),
    ("yaml", re.compile(r"\A(\s*[\w-]+:( .*)?\n)+\s*[\w-]+:", re.M)),
    ("bash", re.compile(r"^\s*(\$ |sudo |echo |export \w+=|cd |pip |npm |apt(-get)? )", re.M)),
)


@dataclass
class CodeBlock:
    """Consecutive fenced blocks of a document: one code block of the Markdown."""

    first: int  # block numbers, inclusive
    last: int
    language: str
    position: int  # character position of the first block
    done: bool = False
    lines: list[str] = field(default_factory=list)

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


def code_blocks(doc: QTextDocument) -> list[CodeBlock]:
    """The fenced code blocks of ``doc`` in document order."""
    found: list[CodeBlock] = []
    block = doc.begin()
    previous = -2
    while block.isValid():
        fmt = block.blockFormat()
        if fmt.hasProperty(_FENCE):
            number = block.blockNumber()
            language = fmt.stringProperty(_LANGUAGE)
            current = found[-1] if found else None
            if current is not None and previous == number - 1 and current.language == language:
                current.last = number
                current.lines.append(block.text())
            else:
                found.append(
                    CodeBlock(number, number, language, block.position(), False, [block.text()])
                )
            previous = number
        block = block.next()
    return found


def guess_language(code: str) -> str:
    """A language name for untagged code (cheap patterns; "" when nothing fits)."""
    sample = code[:GUESS_CHARS]
    for language, pattern in _GUESSES:
        if pattern.search(sample):
            return language
    return ""


@lru_cache(maxsize=64)
def _lexer(language: str) -> Lexer:
    name = language.strip().lower().split()[0] if language.strip() else ""
    if not name:
        return TextLexer()
    try:
        return get_lexer_by_name(name, stripnl=False, ensurenl=False)
    except ClassNotFound:
        return TextLexer()


def lexer_for(block: CodeBlock) -> Lexer:
    """The fence's language, else a guess from the code, else plain text."""
    lexer = _lexer(block.language)
    if isinstance(lexer, TextLexer) and not block.language.strip():
        lexer = _lexer(guess_language(block.text))
    return lexer


@lru_cache(maxsize=4)
def _palette(dark: bool) -> dict[_TokenType, QTextCharFormat]:
    style = get_style_by_name("monokai" if dark else "default")
    formats: dict[_TokenType, QTextCharFormat] = {}
    for token, spec in style:
        fmt = QTextCharFormat()
        if spec["color"]:
            fmt.setForeground(QColor(f"#{spec['color']}"))
        if spec["bold"]:
            fmt.setFontWeight(QFont.Weight.Bold)
        if spec["italic"]:
            fmt.setFontItalic(True)
        formats[token] = fmt
    return formats


def _format_for(token: _TokenType, palette: dict[_TokenType, QTextCharFormat]) -> QTextCharFormat:
    while token not in palette and token.parent is not None:
        token = token.parent
    return palette.get(token, palette.get(Token, QTextCharFormat()))


class CodeHighlighter:
    """Colours the fenced code blocks of one document: the first ones at once, the rest later."""

    def __init__(self, doc: QTextDocument, dark: bool = False, has_code: bool = True) -> None:
        self.doc = doc
        self.dark = dark
        # Found on first use (idle time); ``has_code`` False (no fence in the text) skips it.
        self._blocks: list[CodeBlock] | None = None if has_code else []

    @property
    def blocks(self) -> list[CodeBlock]:
        if self._blocks is None:
            self._blocks = code_blocks(self.doc)
        return self._blocks

    def pending(self) -> bool:
        return self._blocks is None or any(not b.done for b in self._blocks)

    def highlight(self, up_to_position: int | None = None, limit: int | None = None) -> int:
        """Colours the pending blocks that start before ``up_to_position`` (None: all).

        Returns how many it coloured.
        """
        done = 0
        for block in self.blocks:
            if block.done:
                continue
            if up_to_position is not None and block.position > up_to_position:
                break
            if limit is not None and done >= limit:
                break
            self._apply(block)
            done += 1
        return done

    def _apply(self, block: CodeBlock) -> None:
        block.done = True
        palette = _palette(self.dark)
        ranges: list[list[QTextLayout.FormatRange]] = [[] for _ in block.lines]
        line, column = 0, 0
        for token, value in lexer_for(block).get_tokens(block.text):
            fmt = _format_for(token, palette)
            for i, piece in enumerate(value.split("\n")):
                if i:
                    line, column = line + 1, 0
                if piece and line < len(ranges) and fmt.isValid() and not fmt.isEmpty():
                    r = QTextLayout.FormatRange()
                    r.start, r.length, r.format = column, len(piece), fmt
                    ranges[line].append(r)
                column += len(piece)
        text_block = self.doc.findBlockByNumber(block.first)
        for line_ranges in ranges:
            if not text_block.isValid():
                break
            layout = text_block.layout()
            if layout is not None:
                layout.setFormats(line_ranges)
            text_block = text_block.next()
        end = self.doc.findBlockByNumber(block.last)
        self.doc.markContentsDirty(block.position, end.position() + end.length() - block.position)

    def block_at(self, position: int) -> CodeBlock | None:
        """The code block holding the character ``position``, if any."""
        number = self.doc.findBlock(position).blockNumber()
        for block in self.blocks:
            if block.first <= number <= block.last:
                return block
        return None


def has_fence(text: str) -> bool:
    return "```" in text or "~~~" in text


def is_dark(widget: QObject | None = None) -> bool:
    palette = QGuiApplication.palette()
    return palette.base().color().lightness() < 128


def block_rect(doc: QTextDocument, code: CodeBlock) -> QRectF:
    """The document rectangle covering a code block's lines."""
    layout = doc.documentLayout()
    rect = QRectF()
    block: QTextBlock = doc.findBlockByNumber(code.first)
    while block.isValid() and block.blockNumber() <= code.last:
        rect = rect.united(layout.blockBoundingRect(block))
        block = block.next()
    return rect


def restore_code_verbatim(doc: QTextDocument, text: str) -> None:
    """Puts each fenced code block's lines back exactly as in ``text`` (Qt expands tabs).

    Only when the document's code blocks match the source's one to one, differing at most in
    whitespace; anything else is left as Qt read it.
    """
    if "\t" not in text:
        return  # Qt changes nothing else in code: only tabs need putting back
    groups = code_blocks(doc)
    fences = top_level_fences(text)
    if not groups or len(groups) != len(fences):
        return
    for group, fence in zip(groups, fences, strict=True):
        lines = fence.body.split("\n")
        if group.text == fence.body or len(lines) != len(group.lines):
            continue
        if not same_but_whitespace(group.text, fence.body):
            continue
        block = doc.findBlockByNumber(group.first)
        for line in lines:
            if block.text() != line:
                first = block.begin()
                fmt = first.fragment().charFormat() if not first.atEnd() else block.charFormat()
                cursor = QTextCursor(block)
                cursor.movePosition(
                    QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor
                )
                cursor.insertText(line, fmt)
            block = block.next()

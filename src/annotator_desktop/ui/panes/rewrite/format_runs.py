"""The formatting of a rich-text document as runs of plain-text offsets, for the word diff.

The diff compares ``toPlainText()`` tokens; with these runs each token also carries its inline
format (bold, italic, strike-through, code, link) and its block's (heading level, list, quote,
code block), so making a word bold or a line a heading shows in the Changes view as a change.
Runs are read on the UI thread (documents are not thread-safe); the diff runs elsewhere.
Formats are looked up once per format index, so a 20,000-word draft takes a few milliseconds.
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextDocument, QTextFormat

from annotator_desktop.core.textdiff import FormatRun

_P = QTextFormat.Property
_BOLD = 600
_PLAIN_BLOCK = (0, 0, False)
_PLAIN_INLINE = (False, False, False, False, "")


def _block_key(fmt: QTextBlockFormat) -> tuple[int, int, bool]:
    code = fmt.hasProperty(_P.BlockCodeFence) or fmt.nonBreakableLines()
    return (fmt.headingLevel(), int(fmt.property(_P.BlockQuoteLevel) or 0), code)


def _inline_key(cf: QTextCharFormat) -> tuple[bool, bool, bool, bool, str]:
    href = cf.anchorHref() if cf.isAnchor() else ""
    return (
        cf.fontWeight() >= _BOLD,
        cf.fontItalic(),
        cf.fontStrikeOut(),
        cf.fontFixedPitch(),
        href,
    )


def format_runs(doc: QTextDocument) -> list[FormatRun]:
    """``(start, end, key)`` per formatted text fragment, in document order; plain text in a
    plain paragraph has no run, so that it costs nothing in the diff."""
    formats = doc.allFormats()
    blocks: dict[int, tuple[int, int, bool]] = {}
    inlines: dict[int, tuple[bool, bool, bool, bool, str]] = {}
    runs: list[FormatRun] = []
    block = doc.begin()
    while block.isValid():
        index = block.blockFormatIndex()
        if index not in blocks:
            blocks[index] = _block_key(formats[index].toBlockFormat())
        lst = block.textList()
        list_key = None if lst is None else (lst.format().style().value, lst.format().indent())
        block_key: Hashable = (blocks[index], list_key)
        plain_block = blocks[index] == _PLAIN_BLOCK and list_key is None
        heading = blocks[index][0] > 0
        it = block.begin()
        while not it.atEnd():
            frag = it.fragment()
            it += 1
            char_index = frag.charFormatIndex()
            if char_index not in inlines:
                inlines[char_index] = _inline_key(formats[char_index].toCharFormat())
            inline = inlines[char_index]
            if heading:  # a heading is bold by itself: only its level counts
                inline = (False, *inline[1:])
            if plain_block and inline == _PLAIN_INLINE:
                continue
            start = frag.position()
            runs.append((start, start + frag.length(), (block_key, inline)))
        block = block.next()
    return runs

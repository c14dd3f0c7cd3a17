"""Edits that follow the word diff: revert one change, reset to the draft, mark insertions.

Character offsets of :class:`~annotator_desktop.core.textdiff.Change` are positions in the
documents, because the diff compares their ``toPlainText()`` (which keeps positions).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from annotator_desktop.core.textdiff import Change

MAX_HIGHLIGHTS = 500


def _span(doc: QTextDocument, start: int, end: int) -> QTextCursor:
    cursor = QTextCursor(doc)
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return cursor


def revert(rewrite: QTextDocument, draft: QTextDocument, change: Change) -> None:
    """Puts the draft's text, with its formatting, in place of ``change`` (one undo step)."""
    target = _span(rewrite, change.b_start, change.b_end)
    target.beginEditBlock()
    if change.a_end > change.a_start:
        target.insertFragment(_span(draft, change.a_start, change.a_end).selection())
        _restore_blocks(rewrite, draft, change)
    else:
        target.removeSelectedText()
    target.endEditBlock()


def _restore_blocks(rewrite: QTextDocument, draft: QTextDocument, change: Change) -> None:
    """Gives the blocks of a reverted change the draft's block format (heading, quote) and
    takes them out of a list the draft did not have them in; a fragment carries neither."""
    old = draft.findBlock(change.a_start)
    block = rewrite.findBlock(change.b_start)
    end = change.b_start + (change.a_end - change.a_start)
    while block.isValid() and old.isValid() and block.position() <= end:
        cursor = QTextCursor(block)
        cursor.setBlockFormat(old.blockFormat())
        lst = block.textList()
        if lst is not None and old.textList() is None:
            lst.remove(block)
            fmt = block.blockFormat()
            fmt.setIndent(old.blockFormat().indent())
            cursor.setBlockFormat(fmt)
        block, old = block.next(), old.next()


def reset(rewrite: QTextDocument, draft: QTextDocument) -> None:
    """Replaces all of ``rewrite`` with ``draft`` (one undo step)."""
    cursor = QTextCursor(rewrite)
    cursor.beginEditBlock()
    cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()
    source = QTextCursor(draft)
    source.select(QTextCursor.SelectionType.Document)
    cursor.insertFragment(source.selection())
    cursor.endEditBlock()


def insertion_marks(
    rewrite: QTextDocument, changes: list[Change]
) -> list[QTextEdit.ExtraSelection]:
    """A light green background under inserted text (the first ``MAX_HIGHLIGHTS`` changes)."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(0, 170, 0, 50))
    marks = []
    for change in changes[:MAX_HIGHLIGHTS]:
        if change.b_end > change.b_start:
            mark = QTextEdit.ExtraSelection()
            mark.cursor = _span(rewrite, change.b_start, change.b_end)
            mark.format = fmt
            marks.append(mark)
    return marks

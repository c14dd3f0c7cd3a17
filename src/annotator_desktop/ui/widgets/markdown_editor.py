"""A rich-text editor whose wire format is Markdown, and the Markdown reader/writer it uses.

Markdown is read with ``QTextDocument.setMarkdown`` (GitHub dialect, raw HTML shown as text) and
written by :func:`document_markdown` through the Qt-free writer of :mod:`core.markdown_io`, so it
round-trips: headings, emphasis, inline code, fenced code with its language, nested lists, task
items, quotes, links, images (as references; never loaded) and tables. Pasted HTML is reduced to
an allow-list (no images, scripts, styles; links only http/https); nothing is ever fetched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QObject, Qt, QUrl
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QGuiApplication,
    QKeyEvent,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextDocumentFragment,
    QTextFormat,
    QTextListFormat,
    QTextTable,
)
from PySide6.QtWidgets import QMenu, QTextEdit, QWidget

from annotator_desktop.core.markdown_io import (
    MdBlock,
    Span,
    blocks_to_markdown,
    markdown_link_ok,
    safe_link,
    sanitize_html,
)
from annotator_desktop.ui.widgets.code_blocks import restore_code_verbatim

MARKDOWN_MIME = "text/markdown"
MARKDOWN_READ = (
    QTextDocument.MarkdownFeature.MarkdownDialectGitHub
    | QTextDocument.MarkdownFeature.MarkdownNoHTML
)
_P = QTextFormat.Property
_ORDERED = {
    QTextListFormat.Style.ListDecimal,
    QTextListFormat.Style.ListLowerAlpha,
    QTextListFormat.Style.ListUpperAlpha,
    QTextListFormat.Style.ListLowerRoman,
    QTextListFormat.Style.ListUpperRoman,
}
_BOLD = 600
_BULLET_CHARS = {
    QTextListFormat.Style.ListDisc: "-",
    QTextListFormat.Style.ListCircle: "*",
    QTextListFormat.Style.ListSquare: "+",
}


def document_markdown(doc: QTextDocument) -> str:
    """``doc`` as GitHub Markdown."""
    return blocks_to_markdown(document_blocks(doc))


def document_blocks(doc: QTextDocument) -> list[MdBlock]:
    out: list[MdBlock] = []
    seen_tables: set[int] = set()
    block = doc.begin()
    while block.isValid():
        table = QTextCursor(block).currentTable()
        if table is not None:
            if table.firstPosition() not in seen_tables:
                seen_tables.add(table.firstPosition())
                out.append(_table_block(table))
        else:
            out.append(_block(block))
        block = block.next()
    return _drop_trailing_empty(out)


def _drop_trailing_empty(blocks: list[MdBlock]) -> list[MdBlock]:
    """Drops empty paragraphs, which Markdown cannot express anyway."""
    return [b for b in blocks if b.kind != "para" or b.list_style or _has_text(b.spans)]


def _has_text(spans: list[Span]) -> bool:
    return any(s.text.strip() or s.image for s in spans)


def _block(block: QTextBlock) -> MdBlock:
    fmt = block.blockFormat()
    quote = int(fmt.property(_P.BlockQuoteLevel) or 0)
    if fmt.hasProperty(_P.BlockCodeFence) or fmt.nonBreakableLines():
        lang = str(fmt.property(_P.BlockCodeLanguage) or "")
        text = block.text().replace("\u2028", "\n").replace("\u00a0", " ")
        return MdBlock(kind="code", code_lang=lang, code_text=text, quote=quote)
    if fmt.hasProperty(_P.BlockTrailingHorizontalRulerWidth):
        return MdBlock(kind="rule", quote=quote)
    heading = fmt.headingLevel()
    spans = block_spans(block, ignore_bold=heading > 0)
    md = MdBlock(kind="heading" if heading else "para", spans=spans, heading=heading, quote=quote)
    lst = block.textList()
    if lst is not None:
        lf = lst.format()
        md.list_style = "ordered" if lf.style() in _ORDERED else "bullet"
        md.list_indent = lf.indent()
        md.list_id = lst.objectIndex()
        md.bullet = _BULLET_CHARS.get(lf.style(), "-")
        md.delimiter = ")" if lf.numberSuffix() == ")" else "."
        md.list_number = lst.itemNumber(block) + max(1, lf.start())
        marker = fmt.marker()
        if marker != QTextBlockFormat.MarkerType.NoMarker:
            md.task = "done" if marker == QTextBlockFormat.MarkerType.Checked else "open"
    return md


def block_spans(block: QTextBlock, ignore_bold: bool = False) -> list[Span]:
    """The inline runs of ``block`` with their formats."""
    spans: list[Span] = []
    it = block.begin()
    while not it.atEnd():
        frag = it.fragment()
        it += 1
        if not frag.isValid():
            continue
        cf = frag.charFormat()
        text = frag.text().replace("\u00a0", " ")
        if cf.isImageFormat():
            img = cf.toImageFormat()
            alt = str(img.property(_P.ImageAltText) or "")
            spans.extend(Span(alt, image=img.name() or " ") for _ in text)
            continue
        href = cf.anchorHref() if cf.isAnchor() else ""
        spans.append(
            Span(
                text,
                bold=not ignore_bold and cf.fontWeight() >= _BOLD,
                italic=cf.fontItalic(),
                strike=cf.fontStrikeOut(),
                code=cf.fontFixedPitch(),
                href=_clean_href(href),
            )
        )
    return spans


def _clean_href(href: str) -> str:
    if not href or not markdown_link_ok(href):
        return ""
    return href.replace(" ", "%20").replace(")", "%29").replace("(", "%28")


def _table_block(table: QTextTable) -> MdBlock:
    rows = []
    for r in range(table.rows()):
        row = []
        for c in range(table.columns()):
            cell = table.cellAt(r, c)
            spans: list[Span] = []
            block = cell.firstCursorPosition().block()
            end = cell.lastCursorPosition().block()
            while block.isValid():
                if spans:
                    spans.append(Span(" "))
                spans.extend(block_spans(block, ignore_bold=r == 0))
                if block == end:
                    break
                block = block.next()
            row.append(spans)
        rows.append(row)
    return MdBlock(kind="table", rows=rows)


# --- the editor -------------------------------------------------------------------------------

_HEADING_SIZES = {1: 3, 2: 2, 3: 1, 4: 0, 5: -1, 6: -1}


class MarkdownEditor(QTextEdit):
    """Rich-text editor whose wire format is Markdown; pastes are sanitised, nothing is loaded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("markdownEditor")
        self.setAcceptRichText(True)
        self.setTabChangesFocus(False)
        self.blocked_loads = 0
        # Called with the context menu and the cursor at the click before the menu shows.
        self.context_menu_hook: Callable[[QMenu, QTextCursor], None] | None = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab and Shift+Tab in a list nest and un-nest the item instead of typing a tab."""
        key = event.key()
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not self.isReadOnly():
            plain = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
            if self.textCursor().currentList() is not None and not plain:
                self.indent_list_item(-1 if key == Qt.Key.Key_Backtab else 1)
                return
        super().keyPressEvent(event)

    def indent_list_item(self, delta: int) -> None:
        """Moves the current list items one level deeper (1) or shallower (-1)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        for block in _blocks_of(cursor):
            lst = block.textList()
            if lst is None:
                continue
            level = lst.format().indent() + delta
            if level < 1:
                lst.remove(block)
                bf = block.blockFormat()
                bf.setIndent(0)
                QTextCursor(block).setBlockFormat(bf)
                continue
            target = _list_at_level(block, level)
            lst.remove(block)
            if target is not None:
                target.add(block)
            else:
                fmt = QTextListFormat(lst.format())
                fmt.setIndent(level)
                QTextCursor(block).createList(fmt)
        cursor.endEditBlock()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.context_menu_hook is not None:
            self.context_menu_hook(menu, self.cursorForPosition(event.pos()))
        menu.exec(event.globalPos())
        menu.deleteLater()

    # Markdown in and out
    def set_markdown(self, text: str, direction: Qt.LayoutDirection | None = None) -> None:
        """Replaces the content with ``text`` (raw HTML shown as text) and clears undo.

        The document is built before it is attached, so Qt lays it out lazily (visible part
        first) instead of once per imported block: a 20,000-word draft opens in a blink.
        """
        self.setDocument(markdown_document(text, self, direction))

    def setDocument(self, document: QTextDocument) -> None:
        # Extra selections (the diff's insertion marks) hold cursors into the old document,
        # which is deleted below; left in place they crash the next repaint or diff.
        self.setExtraSelections([])
        old = self.document()
        ours = old is not document and old.parent() is self  # else Qt deletes its own
        super().setDocument(document)
        if ours:
            old.deleteLater()

    def markdown(self) -> str:
        return document_markdown(self.document())

    # Nothing is ever loaded: model text may reference remote or local images.
    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        self.blocked_loads += 1
        return None

    # Clipboard and drag-and-drop
    def canInsertFromMimeData(self, source: QMimeData) -> bool:
        return source.hasText() or source.hasHtml() or source.hasFormat(MARKDOWN_MIME)

    def insertFromMimeData(self, source: QMimeData) -> None:
        """Inserts our own Markdown, else sanitised HTML, else plain text; never images."""
        cursor = self.textCursor()
        if source.hasFormat(MARKDOWN_MIME):
            text = bytes(source.data(MARKDOWN_MIME).data()).decode("utf-8", "replace")
            cursor.insertFragment(markdown_fragment(text))
        elif source.hasHtml():
            clean = sanitize_html(source.html())
            cursor.insertFragment(QTextDocumentFragment.fromHtml(clean))
        elif source.hasText():
            cursor.insertText(source.text())
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def createMimeDataFromSelection(self) -> QMimeData:
        """Copies as plain text and Markdown (no HTML with styles, no document internals)."""
        frag = self.textCursor().selection()
        mime = QMimeData()
        mime.setText(frag.toPlainText())
        doc = QTextDocument()
        QTextCursor(doc).insertFragment(frag)
        mime.setData(MARKDOWN_MIME, QByteArray(document_markdown(doc).encode("utf-8")))
        return mime

    def paste_plain(self) -> None:
        """Pastes the clipboard's text without any formatting."""
        text = QGuiApplication.clipboard().text()
        if text and not self.isReadOnly():
            self.textCursor().insertText(text)

    # Inline formats
    def toggle_bold(self) -> None:
        bold = self.currentCharFormat().fontWeight() >= _BOLD
        fmt = QTextCharFormat()
        fmt.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        self._merge(fmt)

    def toggle_italic(self) -> None:
        fmt = QTextCharFormat()
        fmt.setFontItalic(not self.currentCharFormat().fontItalic())
        self._merge(fmt)

    def toggle_inline_code(self) -> None:
        on = not self.currentCharFormat().fontFixedPitch()
        fmt = QTextCharFormat()
        fmt.setFontFixedPitch(on)
        fmt.setFontFamilies(["monospace"] if on else [self.font().family()])
        self._merge(fmt)

    def set_link(self, url: str, text: str = "") -> bool:
        """Links the selection (or inserts ``text``) to ``url``; refuses all but http/https."""
        href = safe_link(url)
        if href is None:
            return False
        fmt = QTextCharFormat()
        fmt.setAnchor(True)
        fmt.setAnchorHref(href)
        fmt.setFontUnderline(True)
        fmt.setForeground(self.palette().link())
        cursor = self.textCursor()
        if cursor.hasSelection():
            cursor.mergeCharFormat(fmt)
        else:
            cursor.insertText(text or href, fmt)
            cursor.setCharFormat(QTextCharFormat())
        self.setTextCursor(cursor)
        return True

    def _merge(self, fmt: QTextCharFormat) -> None:
        """Formats the selection, else the word the cursor is inside, else what is typed next."""
        cursor = self.textCursor()
        if not cursor.hasSelection() and _inside_word(cursor):
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(fmt)
        self.mergeCurrentCharFormat(fmt)

    # Block formats
    def set_heading(self, level: int) -> None:
        """Makes the current blocks headings of ``level`` (0: normal paragraphs)."""
        cursor = self.textCursor()
        cursor.beginEditBlock()
        bf = QTextBlockFormat()
        bf.setHeadingLevel(level)
        cursor.mergeBlockFormat(bf)
        cf = QTextCharFormat()
        cf.setProperty(_P.FontSizeAdjustment, _HEADING_SIZES.get(level, 0))
        cf.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        _select_blocks(cursor)
        cursor.mergeCharFormat(cf)
        cursor.endEditBlock()

    def toggle_code_block(self) -> None:
        cursor = self.textCursor()
        on = not self.textCursor().blockFormat().hasProperty(_P.BlockCodeFence)
        cursor.beginEditBlock()
        for block in _blocks_of(cursor):
            bf = block.blockFormat()
            if on:
                bf.setProperty(_P.BlockCodeFence, "`")
                bf.setNonBreakableLines(True)
            else:
                for prop in (_P.BlockCodeFence, _P.BlockCodeLanguage):
                    bf.clearProperty(prop)
                bf.setNonBreakableLines(False)
            c = QTextCursor(block)
            c.setBlockFormat(bf)
        cf = QTextCharFormat()
        cf.setFontFixedPitch(on)
        cf.setFontFamilies(["monospace"] if on else [self.font().family()])
        _select_blocks(cursor)
        cursor.mergeCharFormat(cf)
        cursor.endEditBlock()

    def toggle_quote(self) -> None:
        cursor = self.textCursor()
        on = not cursor.blockFormat().property(_P.BlockQuoteLevel)
        cursor.beginEditBlock()
        for block in _blocks_of(cursor):
            bf = block.blockFormat()
            if on:
                bf.setProperty(_P.BlockQuoteLevel, 1)
                bf.setLeftMargin(40)
            else:
                bf.clearProperty(_P.BlockQuoteLevel)
                bf.setLeftMargin(0)
            QTextCursor(block).setBlockFormat(bf)
        cursor.endEditBlock()

    def toggle_list(self, ordered: bool) -> None:
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        cursor = self.textCursor()
        cursor.beginEditBlock()
        current = cursor.currentList()
        if current is not None and (current.format().style() in _ORDERED) == ordered:
            for block in _blocks_of(cursor):
                lst = block.textList()
                if lst is not None:
                    lst.remove(block)
                bf = block.blockFormat()
                bf.setIndent(0)
                QTextCursor(block).setBlockFormat(bf)
        elif current is not None:
            lf = current.format()
            lf.setStyle(style)
            current.setFormat(lf)
        else:
            cursor.createList(style)
        cursor.endEditBlock()


def _list_at_level(block: QTextBlock, level: int) -> Any:
    """The list at ``level`` that ``block`` continues: the nearest one above, inside this list."""
    prev = block.previous()
    while prev.isValid() and prev.textList() is not None:
        lst = prev.textList()
        indent = lst.format().indent()
        if indent == level:
            return lst
        if indent < level:
            return None
        prev = prev.previous()
    return None


def _inside_word(cursor: QTextCursor) -> bool:
    text = cursor.block().text()
    at = cursor.positionInBlock()
    return 0 < at < len(text) and text[at - 1].isalnum() and text[at].isalnum()


def _blocks_of(cursor: QTextCursor) -> list[QTextBlock]:
    doc = cursor.document()
    first = doc.findBlock(cursor.selectionStart())
    last = doc.findBlock(cursor.selectionEnd())
    out = [first]
    block = first
    while block != last and block.isValid():
        block = block.next()
        out.append(block)
    return out


def _select_blocks(cursor: QTextCursor) -> None:
    """Extends the selection of ``cursor`` to whole blocks."""
    start, end = cursor.selectionStart(), cursor.selectionEnd()
    cursor.setPosition(start)
    cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)


def markdown_document(
    text: str, parent: QObject | None = None, direction: Qt.LayoutDirection | None = None
) -> QTextDocument:
    """A new document holding Markdown ``text`` (raw HTML shown as text, nothing loaded).

    Give the widget that shows it as ``parent``: its ``loadResource`` then answers for images.
    ``direction`` sets the text direction and alignment before any layout happens.
    """
    doc = QTextDocument(parent)
    if direction is not None:
        # Alignment stays "leading": Qt mirrors AlignLeft for right-to-left text by itself
        # (an explicit AlignRight would be mirrored back to the left).
        option = doc.defaultTextOption()
        option.setTextDirection(direction)
        doc.setDefaultTextOption(option)
    doc.setUndoRedoEnabled(False)
    doc.setMarkdown(text, MARKDOWN_READ)
    restore_code_verbatim(doc, text)
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)
    return doc


def markdown_fragment(text: str) -> QTextDocumentFragment:
    """``text`` read as Markdown (raw HTML as text), with every image left out."""
    doc = QTextDocument()
    doc.setMarkdown(text, MARKDOWN_READ)
    cursor = QTextCursor(doc)
    found = doc.find("\ufffc", 0)
    while not found.isNull():
        if found.charFormat().isImageFormat():
            found.removeSelectedText()
        found = doc.find("\ufffc", found)
    cursor.select(QTextCursor.SelectionType.Document)
    return cursor.selection()

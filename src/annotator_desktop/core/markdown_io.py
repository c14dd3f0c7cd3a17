"""Markdown and HTML helpers for the rich-text editor (Qt-free).

:func:`sanitize_html` reduces pasted HTML to a small allow-list (no images, scripts, styles or
attributes; links only http/https). :func:`blocks_to_markdown` writes GitHub Markdown from a
plain block model that the editor extracts from its document: Qt's own Markdown writer wraps
lines at 80 columns and mis-indents nested lists, so a rewrite would not round-trip through it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from urllib.parse import urlsplit

LINK_SCHEMES = frozenset({"http", "https"})


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_KEEP = _words(
    "b strong i em u code pre h1 h2 h3 h4 h5 h6 ul ol li a blockquote p br div span s "
    "strike del tt kbd hr"
)
_DROP_WITH_CONTENT = _words(
    "script style iframe object embed noscript template svg math head title textarea "
    "select button form frameset frame applet audio video canvas"
)
_VOID = frozenset({"br", "hr"})
_CONTROL = re.compile(r"[\x00-\x20\x7f]+")


def safe_link(href: str | None) -> str | None:
    """``href`` when it is an absolute http/https address, else None."""
    if not href:
        return None
    cleaned = _CONTROL.sub("", href)
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return None
    return cleaned if scheme in LINK_SCHEMES else None


_UNSAFE_SCHEMES = frozenset({"javascript", "vbscript", "data", "file"})


def markdown_link_ok(href: str) -> bool:
    """False for links that run code or read local files (javascript:, data:, file:, ...)."""
    cleaned = _CONTROL.sub("", href)
    try:
        scheme = urlsplit(cleaned).scheme.lower()
    except ValueError:
        return False
    return scheme not in _UNSAFE_SCHEMES


class _Sanitizer(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self._skip = 0
        self._open: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip += 1
        elif self._skip or tag not in _KEEP:
            return
        elif tag == "a":
            href = safe_link(dict(attrs).get("href"))
            self._open.append("a" if href else "")
            if href:
                self.out.append(f'<a href="{escape(href, quote=True)}">')
        elif tag in _VOID:
            self.out.append(f"<{tag}>")
        else:
            self.out.append(f"<{tag}>")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip and tag in _VOID:
            self.out.append(f"<{tag}>")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip = max(0, self._skip - 1)
        elif self._skip or tag not in _KEEP or tag in _VOID:
            return
        elif tag == "a":
            if self._open and self._open.pop():
                self.out.append("</a>")
        else:
            self.out.append(f"</{tag}>")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.out.append(escape(data, quote=False))


def sanitize_html(html: str) -> str:
    """``html`` reduced to safe structure: no images, scripts, styles, attributes or bad links."""
    parser = _Sanitizer()
    parser.feed(html)
    parser.close()
    return "".join(parser.out)


# --- Markdown writing -------------------------------------------------------------------------


@dataclass(frozen=True)
class Span:
    """A run of text with one set of inline formats."""

    text: str
    bold: bool = False
    italic: bool = False
    strike: bool = False
    code: bool = False
    href: str = ""
    image: str = ""  # an image's source; ``text`` is its alt text


@dataclass
class MdBlock:
    """One paragraph-like block of the editor's document."""

    kind: str = "para"  # para, heading, code, rule, table
    spans: list[Span] = field(default_factory=list)
    heading: int = 0
    list_style: str = ""  # "", "bullet" or "ordered"
    list_indent: int = 0
    list_id: int = 0
    list_number: int = 1
    task: str = ""  # "", "open" or "done" (a task-list item)
    bullet: str = "-"  # "-", "*" or "+"
    delimiter: str = "."  # "." or ")" after a number
    quote: int = 0
    code_lang: str = ""
    code_text: str = ""
    rows: list[list[list[Span]]] = field(default_factory=list)


_ESCAPE_ALWAYS = re.compile(r"([\\`*\[\]<])")
_UNDERSCORE_EDGE = re.compile(r"(?<!\w)_|_(?!\w)")
_LINE_START = re.compile(r"^(\s*)([#>+\-=|]+|\d+[.)])(?=\s|$)")
_ENTITY = re.compile(r"&(?=#?\w+;)")
_TILDES = re.compile(r"~~")


_SPECIAL = frozenset("\\`*[]<_&~")


def escape_text(text: str) -> str:
    """Escapes what Markdown would otherwise read as syntax, and nothing more."""
    if _SPECIAL.isdisjoint(text):
        return text
    text = _ESCAPE_ALWAYS.sub(r"\\\1", text)
    text = _UNDERSCORE_EDGE.sub(r"\\_", text)
    text = _ENTITY.sub(r"\\&", text)
    return _TILDES.sub(r"\\~\\~", text)


def _code_span(text: str) -> str:
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"


_MARKS = (("href", ""), ("bold", "**"), ("italic", "*"), ("strike", "~~"))


def inline_markdown(spans: list[Span], newline: str = "\n") -> str:
    """Spans as inline Markdown, with emphasis nested properly and whitespace kept outside it."""
    out: list[str] = []
    stack: list[tuple[str, str]] = []  # (mark name, value)

    def close_top() -> None:
        name, value = stack.pop()
        text = "".join(out)
        stripped = text.rstrip(" ")
        trailing = text[len(stripped) :]
        out[:] = [stripped]
        out.append(f"]({value})" if name == "href" else dict(_MARKS)[name])
        out.append(trailing)

    for span in spans:
        wanted = [(n, span.href) if n == "href" else (n, "") for n, _ in _MARKS if getattr(span, n)]
        while stack and any(item not in wanted for item in stack):
            close_top()
        body = span.text
        lead = body[: len(body) - len(body.lstrip(" "))]
        if lead and [w for w in wanted if w not in stack]:
            out.append(lead)
            body = body[len(lead) :]
        for item in wanted:
            if item not in stack:
                stack.append(item)
                out.append("[" if item[0] == "href" else dict(_MARKS)[item[0]])
        if span.image:
            out.append(f"![{escape_text(span.text)}]({span.image})")
        elif span.code:
            out.append(_code_span(body))
        else:
            out.append(escape_text(body).replace("\u2028", "\\" + newline))
    while stack:
        close_top()
    return "".join(out)


def _escape_line_start(text: str) -> str:
    return _LINE_START.sub(lambda m: f"{m.group(1)}{m.group(2)[:-1]}\\{m.group(2)[-1]}", text)


def blocks_to_markdown(blocks: list[MdBlock]) -> str:
    """GitHub Markdown for ``blocks``; lists nest by their indent, code fences keep languages."""
    lines: list[str] = []
    list_stack: list[tuple[int, int, int]] = []
    prev: MdBlock | None = None
    top_list = -1
    top_char = ""
    char = ""
    i = 0
    while i < len(blocks):
        block = blocks[i]
        if block.kind == "code":
            group = [block]
            while (
                i + 1 < len(blocks)
                and blocks[i + 1].kind == "code"
                and blocks[i + 1].code_lang == block.code_lang
                and blocks[i + 1].quote == block.quote
            ):
                i += 1
                group.append(blocks[i])
            body = "\n".join(b.code_text for b in group)
        else:
            body = ""
        new_list = False
        if not block.list_style:
            list_stack.clear()
            top_list = -1
        elif not list_stack or block.list_indent <= list_stack[0][0]:
            new_list = block.list_id != top_list
            top_list = block.list_id
        if new_list:
            list_stack.clear()
            after_list = prev is not None and bool(prev.list_style)
            top_char = _list_char(block, top_char if after_list else "")
        if block.list_style:
            char = top_char if block.list_id == top_list else _list_char(block, "")
        if prev is not None and (new_list or not (block.list_style and prev.list_style)):
            lines.append(_quote_prefix(min(prev.quote, block.quote)).rstrip())
        prefix = _quote_prefix(block.quote)
        lines.extend(prefix + line for line in _block_lines(block, body, list_stack, char))
        prev = block
        i += 1
    return "\n".join(lines).rstrip("\n") + "\n" if lines else ""


_BULLETS = "-*+"


def _list_char(block: MdBlock, avoid: str) -> str:
    """The block's bullet or number delimiter, or another one if it equals ``avoid``.

    Two adjacent lists with the same marker would read back as one list.
    """
    if block.list_style == "ordered":
        char = block.delimiter if block.delimiter in ".)" else "."
        return (")" if char == "." else ".") if char == avoid else char
    char = block.bullet if block.bullet in _BULLETS else "-"
    return _BULLETS[(_BULLETS.index(char) + 1) % 3] if char == avoid else char


def _quote_prefix(level: int) -> str:
    return "> " * level


def _block_lines(
    block: MdBlock, code_body: str, list_stack: list[tuple[int, int, int]], char: str
) -> list[str]:
    if block.kind == "code":
        fence = "~~~" if "```" in code_body else "```"
        return [f"{fence}{block.code_lang}", *code_body.split("\n"), fence]
    if block.kind == "rule":
        return ["---"]
    if block.kind == "table":
        return _table_lines(block.rows)
    if block.list_style:
        return _list_item_lines(block, list_stack, char)
    text = inline_markdown(block.spans)
    if block.kind == "heading":
        return ["#" * block.heading + " " + text.replace("\n", " ")]
    return _escape_line_start(text).split("\n")


def _list_item_lines(
    block: MdBlock, list_stack: list[tuple[int, int, int]], char: str
) -> list[str]:
    """One list item; ``list_stack`` holds (indent, marker column, content column) per level."""
    while list_stack and list_stack[-1][0] > block.list_indent:
        list_stack.pop()
    if list_stack and list_stack[-1][0] == block.list_indent:
        column = list_stack.pop()[1]
    else:
        column = list_stack[-1][2] if list_stack else 0
    marker = f"{block.list_number}{char} " if block.list_style == "ordered" else f"{char} "
    list_stack.append((block.list_indent, column, column + len(marker)))
    pad = " " * (column + len(marker))
    text = inline_markdown(block.spans, "\n" + pad)
    first, *rest = _escape_line_start(text).split("\n")
    box = {"open": "[ ] ", "done": "[x] "}.get(block.task, "")
    return [" " * column + marker + box + first, *rest]


def _table_lines(rows: list[list[list[Span]]]) -> list[str]:
    if not rows:
        return []
    width = max(len(r) for r in rows)

    def cell(spans: list[Span]) -> str:
        return inline_markdown(spans).replace("|", "\\|").replace("\n", " ").strip()

    lines = []
    for n, row in enumerate(rows):
        cells = [cell(c) for c in row] + [""] * (width - len(row))
        lines.append("| " + " | ".join(cells) + " |")
        if n == 0:
            lines.append("|" + "|".join(" --- " for _ in range(width)) + "|")
    return lines

"""HTML for a word diff: deletions struck through in red, insertions underlined in green.

Long unchanged stretches are elided around the changes, so the view costs what the changes cost
and a reviewer reads only what changed. Every change links to ``change:N`` (click to select it).
All text is escaped; the HTML has no images, no scripts and no external references.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from html import escape

from annotator_desktop.core.textdiff import Opcode, TextDiff, count_words

CONTEXT_TOKENS = 16
MAX_CHANGES = 1000
_INS = "background-color:rgba(0,170,0,70); text-decoration:underline;"
_DEL = "background-color:rgba(230,0,0,60); text-decoration:line-through;"
_CURRENT = " border:1px solid; font-weight:bold;"
#: Notes about the text ("[12 unchanged words]"): the view gives class "muted" a colour that
#: is readable in its theme (its document's default style sheet).
_MUTED = 'class="muted"'
ElidedLabel = Callable[[int], str]
#: Inline format flags of :mod:`format_runs` keys (bold, italic, strike, code, link) as HTML.
_INLINE_TAGS = (("<b>", "</b>"), ("<i>", "</i>"), ("<s>", "</s>"), ("<code>", "</code>"),
                ("<u>", "</u>"))  # fmt: skip


def _text(tokens: list[str]) -> str:
    return escape("".join(tokens), quote=False)


def _equal(
    tokens: list[str], first: bool, last: bool, context: int | None, label: ElidedLabel
) -> str:
    if context is None or len(tokens) <= 2 * context + 8:
        return _text(tokens)
    head = [] if first else tokens[:context]
    tail = [] if last else tokens[-context:]
    hidden = tokens[len(head) : len(tokens) - len(tail)]
    marker = f"<span {_MUTED}> [{escape(label(count_words(hidden)))}] </span>"
    return _text(head) + ("\n" if head else "") + marker + ("\n" if tail else "") + _text(tail)


def _formatted(tokens: list[str], keys: list[Hashable] | None) -> str:
    """``tokens`` as HTML, each in its own formatting when the diff compared formats."""
    if keys is None:
        return _text(tokens)
    out = []
    for token, key in zip(tokens, keys, strict=True):
        html = escape(token, quote=False)
        formats = key[1] if isinstance(key, tuple) else ()
        for block, inline in formats[:1]:
            heading = block[0][0] if isinstance(block, tuple) and block else 0
            for on, (start, end) in zip(inline, _INLINE_TAGS, strict=False):
                if on and token.strip():
                    html = f"{start}{html}{end}"
            if heading and token.strip():
                html = f'<span style="font-weight:bold; font-size:large;">{html}</span>'
        out.append(html)
    return "".join(out)


def _changed(
    kind: str, index: int, tokens: list[str], current: int, keys: list[Hashable] | None = None
) -> str:
    style = (_INS if kind == "ins" else _DEL) + (_CURRENT if index == current else "")
    link = f'<a name="c{index}" href="change:{index}" style="color:inherit; {style}">'
    return f"{link}{_formatted(tokens, keys)}</a>"


def render(
    diff: TextDiff,
    side: str = "inline",
    current: int = -1,
    context: int | None = CONTEXT_TOKENS,
    label: ElidedLabel = lambda n: f"{n} unchanged words",
    format_label: str = "formatting",
) -> str:
    """The diff as HTML: ``side`` is "inline" (both), "old" (deletions) or "new" (insertions)."""
    parts: list[str] = []
    ops = diff.opcodes
    index = -1
    for n, op in enumerate(ops):
        if op.tag == "equal":
            toks = diff.a_tokens[op.a0 : op.a1]
            parts.append(_equal(toks, n == 0, n == len(ops) - 1, context, label))
            continue
        index += 1
        if index >= MAX_CHANGES:
            parts.append(_rest(diff, ops[n:]))
            break
        parts.append(_change_html(diff, op, index, side, current, format_label))
    body = "".join(parts)
    return f'<div style="white-space:pre-wrap;">{body}</div>'


def _change_html(
    diff: TextDiff, op: Opcode, index: int, side: str, current: int, format_label: str
) -> str:
    out = ""
    old, new = diff.a_tokens[op.a0 : op.a1], diff.b_tokens[op.b0 : op.b1]
    old_keys = diff.a_keys[op.a0 : op.a1] if diff.a_keys is not None else None
    new_keys = diff.b_keys[op.b0 : op.b1] if diff.b_keys is not None else None
    if side in ("inline", "old") and op.a1 > op.a0:
        out += _changed("del", index, old, current, old_keys)
    if side in ("inline", "new") and op.b1 > op.b0:
        out += _changed("ins", index, new, current, new_keys)
    if old == new and out:  # the same text, formatted differently
        out += f"<span {_MUTED}> [{escape(format_label)}]</span>"
    if not out:  # keeps the two sides aligned on the change
        out = f'<a href="change:{index}" style="{_DEL if side == "old" else _INS}">\u200b</a>'
    return out


def _rest(diff: TextDiff, ops: list[Opcode]) -> str:
    tokens = [t for op in ops for t in diff.b_tokens[op.b0 : op.b1]]
    return _text(tokens)

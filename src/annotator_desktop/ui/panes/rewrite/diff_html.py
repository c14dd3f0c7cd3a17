"""HTML for a word diff: deletions struck through in red, insertions underlined in green.

Long unchanged stretches are elided around the changes, so the view costs what the changes cost
and a reviewer reads only what changed. Every change links to ``change:N`` (click to select it).
All text is escaped; the HTML has no images, no scripts and no external references.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from annotator_desktop.core.textdiff import Opcode, TextDiff, count_words

CONTEXT_TOKENS = 16
MAX_CHANGES = 1000
_INS = "background-color:rgba(0,170,0,70); text-decoration:underline;"
_DEL = "background-color:rgba(230,0,0,60); text-decoration:line-through;"
_CURRENT = " border:1px solid; font-weight:bold;"
_ELIDED = "color:gray;"
ElidedLabel = Callable[[int], str]


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
    marker = f'<span style="{_ELIDED}"> [{escape(label(count_words(hidden)))}] </span>'
    return _text(head) + ("\n" if head else "") + marker + ("\n" if tail else "") + _text(tail)


def _changed(kind: str, index: int, tokens: list[str], current: int) -> str:
    style = (_INS if kind == "ins" else _DEL) + (_CURRENT if index == current else "")
    link = f'<a name="c{index}" href="change:{index}" style="color:inherit; {style}">'
    return f"{link}{_text(tokens)}</a>"


def render(
    diff: TextDiff,
    side: str = "inline",
    current: int = -1,
    context: int | None = CONTEXT_TOKENS,
    label: ElidedLabel = lambda n: f"{n} unchanged words",
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
        parts.append(_change_html(diff, op, index, side, current))
    body = "".join(parts)
    return f'<div style="white-space:pre-wrap;">{body}</div>'


def _change_html(diff: TextDiff, op: Opcode, index: int, side: str, current: int) -> str:
    out = ""
    if side in ("inline", "old") and op.a1 > op.a0:
        out += _changed("del", index, diff.a_tokens[op.a0 : op.a1], current)
    if side in ("inline", "new") and op.b1 > op.b0:
        out += _changed("ins", index, diff.b_tokens[op.b0 : op.b1], current)
    if not out:  # keeps the two sides aligned on the change
        out = f'<a href="change:{index}" style="{_DEL if side == "old" else _INS}">\u200b</a>'
    return out


def _rest(diff: TextDiff, ops: list[Opcode]) -> str:
    tokens = [t for op in ops for t in diff.b_tokens[op.b0 : op.b1]]
    return _text(tokens)

"""The fenced code blocks of Markdown text, exactly as written (Qt-free).

Qt's Markdown import expands tabs inside code; the rewrite editor uses these bodies to put the
code back byte for byte, so a code block survives the Markdown round trip unchanged.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN = re.compile(r"^( {0,3})(`{3,}|~{3,})([^\n]*)$")


@dataclass(frozen=True, slots=True)
class Fence:
    info: str  # the info string after the opening fence (language first)
    body: str  # the lines between the fences, joined by "\n"


def top_level_fences(text: str) -> list[Fence]:
    """The fenced code blocks that start at the margin (not in lists or quotes), in order."""
    fences: list[Fence] = []
    lines = text.replace("\r\n", "\n").split("\n")
    i = 0
    while i < len(lines):
        match = _OPEN.match(lines[i])
        if match is None or (match.group(2)[0] == "`" and "`" in match.group(3)):
            i += 1
            continue
        indent, fence = len(match.group(1)), match.group(2)
        close = re.compile(rf"^ {{0,3}}{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        body: list[str] = []
        i += 1
        while i < len(lines) and close.match(lines[i]) is None:
            line = lines[i]
            strip = min(indent, len(line) - len(line.lstrip(" ")))
            body.append(line[strip:])
            i += 1
        fences.append(Fence(match.group(3).strip(), "\n".join(body)))
        i += 1
    return fences


def same_but_whitespace(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ at most in spaces and tabs."""
    return re.sub(r"[ \t]", "", a) == re.sub(r"[ \t]", "", b)
